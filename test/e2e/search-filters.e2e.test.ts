/**
 * What the search page downloads, in Chromium: the filters' values (Pagefind's filter chunks) only
 * once a reader opens a filter group, with the mouse or the keyboard, or arrives with an address that
 * names a filter; and Pagefind's entry file under the build's cache tag, the same on every visit,
 * instead of a new timestamp each time.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { metaCacheTag } from "../../lib/build/search-index.ts";
import { describeProblems, pagePerTest, watchPage, type PageProblems } from "./support/browser.ts";
import { RESULT_LINK, settledResults, tickFilter } from "./support/search-ui.ts";

const KHUJAND = "/notes/2015/khujand-border-licensing-workshop/";
const DUSHANBE = "/notes/2022/dushanbe-points-of-contact-training/";
// Every published fixture note mentions "outreach".
const COMMON_WORD = "outreach";

const FILTER_CHUNK = /\/pagefind\/filter\/[^/]+\.pf_filter$/;
const ENTRY = /\/pagefind\/pagefind-entry\.json$/;

describe("search downloads", () => {
  const origin = inject("siteOrigin");
  const siteDir = inject("siteDir");
  const testPage = pagePerTest();
  let page: Page;
  let problems: PageProblems;
  let requested: string[];

  beforeEach(async () => {
    page = testPage();
    problems = await watchPage(page);
    requested = [];
    page.on("request", (request) => requested.push(request.url()));
  });
  afterEach(() => {
    expect(describeProblems(problems)).toEqual([]);
  });

  const filterChunks = () => requested.filter((url) => FILTER_CHUNK.test(new URL(url).pathname));
  const block = (filter: string) => page.locator(".pagefind-ui__filter-block", { has: page.locator(`.pagefind-ui__filter-name[data-filter="${filter}"]`) });

  async function openWithResults(query: string, term: string): Promise<void> {
    await page.goto(`${origin}/search/?${query}`);
    const { results } = await settledResults(page, term);
    expect(results.length).toBeGreaterThan(0);
  }

  it("shows results and the closed filter groups without downloading any filter's values", async () => {
    await openWithResults(`q=${COMMON_WORD}`, COMMON_WORD);
    await page.waitForLoadState("networkidle");
    const names = await page.locator(".pagefind-ui__filter-name").evaluateAll((elements) => elements.map((element) => element.getAttribute("data-filter")));
    expect([...names].sort()).toEqual(["country", "organizer", "region", "topic", "type", "year"]);
    expect(await page.locator(".pagefind-ui__filter-checkbox").count()).toBe(0);
    expect(filterChunks()).toEqual([]);
  });

  it("downloads the filters when a group is opened, then filters with them", async () => {
    await openWithResults(`q=${COMMON_WORD}`, COMMON_WORD);
    await page.waitForLoadState("networkidle");
    expect(filterChunks()).toEqual([]);
    await tickFilter(page, "country", "Tajikistan");
    expect(filterChunks().length).toBeGreaterThan(0);
    const { results } = await settledResults(page, COMMON_WORD);
    expect([...results].sort()).toEqual([DUSHANBE, KHUJAND].sort());
    expect(new URL(page.url()).searchParams.getAll("country")).toEqual(["Tajikistan"]);
  });

  it("opens a group with the keyboard: Enter loads its values, Tab reaches them, Space ticks one", async () => {
    await openWithResults(`q=${COMMON_WORD}`, COMMON_WORD);
    await page.waitForLoadState("networkidle");
    expect(filterChunks()).toEqual([]);
    const name = block("country").locator(".pagefind-ui__filter-name");
    await name.focus();
    await page.keyboard.press("Enter");
    const first = block("country").getByRole("checkbox").first();
    await first.waitFor({ state: "visible", timeout: 10_000 });
    expect(filterChunks().length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-filter"))).toBe("country");
    await page.keyboard.press("Tab");
    expect(await first.evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.press("Space");
    expect(await first.isChecked()).toBe(true);
    const { results } = await settledResults(page, COMMON_WORD);
    expect(results.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.getAll("country")).toHaveLength(1);
  });

  it("downloads the filters at once for an address that names one, and shows it ticked", async () => {
    await openWithResults(`q=${COMMON_WORD}&country=Tajikistan`, COMMON_WORD);
    expect(filterChunks().length).toBeGreaterThan(0);
    const { results } = await settledResults(page, COMMON_WORD);
    expect([...results].sort()).toEqual([DUSHANBE, KHUJAND].sort());
    // Ticked, in its group, which stays closed until the reader opens it.
    const tajikistan = block("country").getByRole("checkbox", { name: /^\s*Tajikistan\b/, includeHidden: true });
    expect(await tajikistan.isChecked()).toBe(true);
    await page.locator(RESULT_LINK).first().waitFor();
  });

  it("asks for Pagefind's entry file with the build's cache tag, the same on the next visit", async () => {
    const entry = readFileSync(path.join(siteDir, "pagefind", "pagefind-entry.json"), "utf8");
    const tag = metaCacheTag(entry);
    await openWithResults(`q=${COMMON_WORD}`, COMMON_WORD);
    expect(await page.locator("#search").getAttribute("data-meta-cache-tag")).toBe(tag);
    await page.goto(`${origin}/search/?q=quillfeather`);
    await settledResults(page, "quillfeather");
    const entryRequests = requested.filter((url) => ENTRY.test(new URL(url).pathname));
    expect(entryRequests.length).toBeGreaterThanOrEqual(2);
    expect(entryRequests.map((url) => new URL(url).searchParams.get("ts"))).toEqual(entryRequests.map(() => tag));
  });

  it("uses the same tag for the list of an address with a repeated filter", async () => {
    const tag = metaCacheTag(readFileSync(path.join(siteDir, "pagefind", "pagefind-entry.json"), "utf8"));
    await page.goto(`${origin}/search/?country=Tajikistan&country=Kenya`);
    await page.locator(".search-any [role=status]", { hasText: /with/ }).waitFor({ timeout: 20_000 });
    const entryRequests = requested.filter((url) => ENTRY.test(new URL(url).pathname));
    expect(entryRequests.map((url) => new URL(url).searchParams.get("ts"))).toEqual([tag]);
  });
});
