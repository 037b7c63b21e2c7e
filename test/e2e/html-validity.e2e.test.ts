/**
 * Every built page is valid HTML according to the Nu HTML Checker (vnu), run with Java.
 */
import { inject, describe, expect, it } from "vitest";
import { requireJava } from "./support/browser.ts";
import { formatVnuMessage, runVnu } from "./support/site-checks.ts";
import { htmlFiles } from "./support/site-pages.ts";

describe("HTML validity (Nu HTML Checker)", () => {
  const siteDir = inject("siteDir");

  it("finds no errors in any built page", () => {
    requireJava();
    const pages = htmlFiles(siteDir);
    expect(pages.length, "the fixture build has pages to check").toBeGreaterThanOrEqual(10);
    const { errors } = runVnu(siteDir);
    if (errors.length > 0) console.error(`vnu reported ${errors.length} error(s):\n${errors.map((error) => formatVnuMessage(siteDir, error)).join("\n")}`);
    expect(errors.map((error) => formatVnuMessage(siteDir, error))).toEqual([]);
  });
});
