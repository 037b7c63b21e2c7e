/**
 * Search on the built fixture site, in Chromium: Pagefind finds a note by a word only it contains,
 * each filter narrows the results to matching notes, results open their note, drafts are never
 * found, and all of it works with the keyboard alone.
 */
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { pagePerTest } from "./support/browser.ts";
import { DRAFT_WORD, publishedFixtureNotes } from "./support/fixture-site.ts";
import { openSearch, RESULT_LINK, SEARCH_INPUT, searchFor, settledResults, tickFilter } from "./support/search-ui.ts";

const KHUJAND = "/notes/2015/khujand-border-licensing-workshop/";
const DUSHANBE = "/notes/2022/dushanbe-points-of-contact-training/";
const ALMATY = "/notes/2021/almaty-regional-conference/";
const NAIROBI = "/notes/2023/nairobi-committee-visit/";
const PANAMA = "/notes/2019/panama-brokering-seminar/";

// Every published fixture note mentions "outreach"; each filter below keeps a known subset.
const COMMON_WORD = "outreach";
const FILTERS: { filter: string; value: string; expected: string[]; marker: RegExp }[] = [
  { filter: "year", value: "2023", expected: [NAIROBI], marker: /data-pagefind-filter="year">2023</ },
  { filter: "country", value: "Tajikistan", expected: [KHUJAND, DUSHANBE], marker: /data-pagefind-filter="country">Tajikistan</ },
  { filter: "type", value: "Workshop", expected: [KHUJAND], marker: /data-pagefind-filter="type">Workshop</ },
  { filter: "organizer", value: "OSCE", expected: [ALMATY, KHUJAND], marker: /data-pagefind-filter="organizer">OSCE</ },
];

describe("search", () => {
  const origin = inject("siteOrigin");
  const testPage = pagePerTest();
  let page: Page;

  beforeEach(async () => {
    page = testPage();
    await openSearch(page, origin);
  });

  it("finds the one note containing a fixture-unique word, and its link opens the note", async () => {
    const { results, titles } = await searchFor(page, "quillfeather");
    expect(results).toEqual([KHUJAND]);
    expect(titles).toEqual(["Border licensing workshop for Tajikistan customs officers"]);
    await page.locator(RESULT_LINK).first().click();
    await page.waitForURL(`${origin}${KHUJAND}`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Border licensing workshop for Tajikistan customs officers");
  });

  it("shows a title with &, < and quotes exactly as written", async () => {
    const { results, titles } = await searchFor(page, "brokering");
    expect(results).toEqual([PANAMA]);
    expect(titles).toEqual(['Controls & "brokering" <review> seminar in Panama']);
  });

  it("finds every published note by a word they share", async () => {
    const { results } = await searchFor(page, COMMON_WORD);
    expect([...results].sort()).toEqual(publishedFixtureNotes().map((note) => note.url).sort());
  });

  for (const { filter, value, expected, marker } of FILTERS) {
    it(`the ${filter} filter narrows the results to notes with ${filter} ${value}`, async () => {
      const before = await searchFor(page, COMMON_WORD);
      expect(before.results.length).toBeGreaterThanOrEqual(6);
      await tickFilter(page, filter, value);
      const after = await settledResults(page, COMMON_WORD);
      expect(after.results.length).toBeGreaterThan(0);
      expect(after.results.length).toBeLessThan(before.results.length);
      expect([...after.results].sort()).toEqual([...expected].sort());
      for (const url of after.results) {
        const html = await (await fetch(`${origin}${url}`)).text();
        expect(html, `${url} has ${filter} ${value}`).toMatch(marker);
      }
    });
  }

  it("never finds the draft note's word", async () => {
    // The same page finds a published note first, so "no results" below is a real answer.
    expect((await searchFor(page, "quillfeather")).results).toHaveLength(1);
    const { results, message } = await searchFor(page, DRAFT_WORD);
    expect(results).toEqual([]);
    expect(message).toMatch(/no results/i);
    // The draft's title word is in no published note either.
    expect((await searchFor(page, "roundtable")).results).toEqual([]);
  });

  it("works with the keyboard alone: Tab to the box, type, Tab to the first result, Enter opens it", async () => {
    const focusMatches = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    let presses = 0;
    while (!(await focusMatches(SEARCH_INPUT))) {
      if (++presses > 30) throw new Error("30 presses of Tab never reached the search box");
      await page.keyboard.press("Tab");
    }
    await page.keyboard.type("quillfeather");
    const { results } = await settledResults(page, "quillfeather");
    expect(results).toEqual([KHUJAND]);
    presses = 0;
    while (!(await focusMatches(RESULT_LINK))) {
      if (++presses > 40) throw new Error("40 presses of Tab never reached the first search result");
      await page.keyboard.press("Tab");
    }
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(new URL(focused).pathname).toBe(KHUJAND);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${origin}${KHUJAND}`);
    expect(await page.locator("h1").textContent()).toBe("Border licensing workshop for Tajikistan customs officers");
  });
});
