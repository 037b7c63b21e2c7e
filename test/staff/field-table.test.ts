import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fieldTableMarkdown, withCurrentFieldTable } from "../../lib/staff/field-table.ts";
import { NOTE_FIELDS } from "../../lib/note/note-schema.ts";

describe("the README's field table", () => {
  it("lists every field of the schema", () => {
    const table = fieldTableMarkdown();
    for (const field of NOTE_FIELDS) expect(table).toContain(`| \`${field}\` |`);
  });

  it("is up to date with the schema (run npm run docs when this fails)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(withCurrentFieldTable(readme)).toBe(readme);
  });
});
