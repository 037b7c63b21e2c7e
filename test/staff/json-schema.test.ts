/**
 * The committed JSON Schema for editors must match the note schema it is generated from.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NOTE_SCHEMA_FILE, noteSchemaFileText } from "../../lib/staff/note-schema-file.ts";
import { NOTE_FIELDS } from "../../lib/note/note-schema.ts";

const committed = readFileSync(new URL(`../../${NOTE_SCHEMA_FILE}`, import.meta.url), "utf8");

describe("schema/note.schema.json", () => {
  it("is up to date with lib/note/note-schema.ts (run npm run schema and commit the file if this fails)", () => {
    expect(committed, `${NOTE_SCHEMA_FILE} is out of date: run "npm run schema" and commit the file it writes`).toBe(noteSchemaFileText());
  });

  it("describes every field of a note and allows no others", () => {
    const schema = JSON.parse(committed) as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(schema.properties)).toEqual(NOTE_FIELDS);
    expect(schema.additionalProperties).toBe(false);
  });

  it("ends with a newline, like every other text file in the repository", () => {
    expect(committed.endsWith("}\n")).toBe(true);
  });
});
