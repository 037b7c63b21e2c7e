/**
 * CITATION.cff: the fields CFF 1.2.0 requires, and the version package.json gives, so a release
 * cannot be cited under the previous version number.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPOSITORY } from "../support/build-fixture-site.ts";

const cff: unknown = parse(readFileSync(path.join(REPOSITORY, "CITATION.cff"), "utf8"));
const pkg: unknown = JSON.parse(readFileSync(path.join(REPOSITORY, "package.json"), "utf8"));

describe("CITATION.cff", () => {
  it("has the keys CFF 1.2.0 requires, with authors that each have a name", () => {
    expect(cff).toMatchObject({ "cff-version": "1.2.0", message: expect.any(String), title: expect.any(String), type: "software" });
    const authors = (cff as { authors?: unknown }).authors;
    expect(Array.isArray(authors) && authors.length > 0).toBe(true);
    for (const author of authors as unknown[]) expect(author).toMatchObject({ name: expect.stringMatching(/\S/) });
  });

  it("gives the version of package.json", () => {
    expect((cff as { version?: unknown }).version).toBe((pkg as { version?: unknown }).version);
  });
});
