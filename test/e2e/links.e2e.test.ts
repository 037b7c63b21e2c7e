/**
 * Every internal link and asset reference of the built site resolves to a built file, and every
 * `#fragment` to an element on the target page. External addresses are listed, never fetched.
 */
import { inject, describe, expect, it } from "vitest";
import { FIXTURE_BASE_URL, publishedFixtureNotes } from "./support/fixture-site.ts";
import { checkLinks, fileForPath } from "./support/site-checks.ts";

describe("links in the built site", () => {
  const siteDir = inject("siteDir");

  it("resolves every internal href and src, fragments included", () => {
    const report = checkLinks(siteDir, FIXTURE_BASE_URL);
    const external = [...report.external.entries()].sort(([a], [b]) => a.localeCompare(b));
    console.log(`Checked ${report.checked} internal references. External addresses (not fetched):\n${external.map(([url, pages]) => `  ${url}  ← ${[...pages].join(", ")}`).join("\n")}`);
    // Every note page links to the archive, and the fixture notes link to each other and to headings.
    expect(report.checked).toBeGreaterThan(publishedFixtureNotes().length * 5);
    expect(report.broken).toEqual([]);
  });

  it("lists only built pages in sitemap.xml", async () => {
    const { existsSync, readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const sitemap = path.join(siteDir, "sitemap.xml");
    expect(existsSync(sitemap), "the build writes sitemap.xml (pages/sitemap.njk)").toBe(true);
    const locations = [...readFileSync(sitemap, "utf8").matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThanOrEqual(publishedFixtureNotes().length);
    for (const location of locations) {
      expect(location.startsWith(`${FIXTURE_BASE_URL}/`), `${location} is on the site`).toBe(true);
      expect(fileForPath(siteDir, new URL(location).pathname), `${location} is a built page`).toBeDefined();
    }
    expect(locations.some((location) => location.includes("zanzibar-draft-roundtable"))).toBe(false);
  });

  it("collects the external links of the fixture notes instead of fetching them", () => {
    const report = checkLinks(siteDir, FIXTURE_BASE_URL);
    expect([...report.external.keys()]).toEqual(expect.arrayContaining(["https://example.org/agenda-almaty-2021.pdf", "https://example.com/press/almaty-2021"]));
    expect(report.external.get("https://example.org/agenda-almaty-2021.pdf")).toContain("/notes/2021/almaty-regional-conference/");
  });

  it("detects a link to a missing fragment and a missing file", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const folder = mkdtempSync(path.join(tmpdir(), "e2e-links-"));
    try {
      writeFileSync(path.join(folder, "index.html"), '<!doctype html><h1 id="top">x</h1><a href="#top">ok</a><a href="#nowhere">bad</a><img src="/missing.png" alt="">');
      const report = checkLinks(folder, FIXTURE_BASE_URL);
      expect(report.broken).toHaveLength(2);
      expect(report.broken.join("\n")).toMatch(/no element with id "nowhere"/);
      expect(report.broken.join("\n")).toMatch(/no file for \/missing\.png/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
