/**
 * Search from the French and Arabic search pages, in Chromium: each finds its language's note by its
 * own word forms, and also finds the events that have no note in that language (by their English
 * note), each event once; the filter groups are named in the page's language.
 */
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { pagePerTest } from "./support/browser.ts";
import { SEARCH_INPUT, searchFor } from "./support/search-ui.ts";

const DUSHANBE = "notes/2022/dushanbe-points-of-contact-training/";
const KHUJAND = "/notes/2015/khujand-border-licensing-workshop/";

describe("search in other languages", () => {
  const origin = inject("siteOrigin");
  const testPage = pagePerTest();
  let page: Page;

  beforeEach(() => {
    page = testPage();
  });

  async function open(language: string): Promise<void> {
    await page.goto(`${origin}/${language}/search/`);
    await page.locator(SEARCH_INPUT).waitFor({ state: "visible", timeout: 20_000 });
  }

  it("finds the French note from the French page, by a French word form", async () => {
    await open("fr");
    // "formation" is in the French note's title; the plural finds it through French stemming.
    const { results } = await searchFor(page, "formations");
    expect(results).toContain(`/fr/${DUSHANBE}`);
    expect(results).not.toContain(`/${DUSHANBE}`);
  });

  it("finds the Arabic note from the Arabic page", async () => {
    await open("ar");
    const { results } = await searchFor(page, "دوشانبي");
    expect(results).toEqual([`/ar/${DUSHANBE}`]);
  });

  it("finds, from the French page, the events that have no French note, each once", async () => {
    await open("fr");
    const { results } = await searchFor(page, "outreach");
    expect(results).toContain(KHUJAND);
    // Dushanbe has a French note, which does not say "outreach": its English note is not offered instead.
    expect(results).not.toContain(`/${DUSHANBE}`);
    expect(new Set(results).size).toBe(results.length);
  });

  it("names the filter groups in the page's language", async () => {
    await open("fr");
    await searchFor(page, "outreach");
    const names = await page.locator(".pagefind-ui__filter-name").allTextContents();
    expect(names).toContain("Pays");
    expect(names).not.toContain("country");
  });
});
