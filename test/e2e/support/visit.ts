/**
 * Opening one page of the fixture site the way a reader would: wait for it to finish loading and,
 * on the search page, run a search so that Pagefind's scripts, WebAssembly and index are loaded too.
 */
import type { Page, Response } from "playwright-core";
import { publishedFixtureNotes } from "./fixture-site.ts";
import { SEARCH_INPUT, searchFor } from "./search-ui.ts";
import { pagesToCheck, type SitePage } from "./site-pages.ts";

/**
 * One page of every kind in the build (facet pages included as they appear), plus every fixture
 * note; with `sitemap`, also every page sitemap.xml lists.
 */
/**
 * The pages the browser checks visit: one of each kind and every fixture note, in English; in the
 * other languages (unless `everyLanguage`), the kinds where a language changes what is drawn or read —
 * home, archive, a note, search and a browse page — rather than every kind six times over.
 */
export function e2ePages(siteDir: string, options: { sitemap?: boolean; everyLanguage?: boolean } = {}): SitePage[] {
  const pages = pagesToCheck(
    siteDir,
    publishedFixtureNotes().map((note) => note.url),
    options,
  );
  if (options.everyLanguage || options.sitemap) return pages;
  const sampled = new Set(["home /", "/notes/", "/notes/…/…/", "/search/", "/countries/…/"]);
  return pages.filter((page) => {
    const language = /^\/(ar|es|fr|ru|zh)\//.exec(page.url)?.[1];
    return language === undefined || sampled.has(page.kind.slice(language.length + 1));
  });
}

export async function visit(page: Page, origin: string, sitePage: SitePage): Promise<Response> {
  const response = await page.goto(`${origin}${sitePage.url}`, { waitUntil: "load" });
  if (!response) throw new Error(`no response for ${sitePage.url}`);
  await page.waitForLoadState("networkidle");
  if ((await page.locator(SEARCH_INPUT).count()) > 0 || (await page.locator("[data-search-root]").count()) > 0) {
    await page.locator(SEARCH_INPUT).waitFor({ state: "visible", timeout: 20_000 });
    const { results } = await searchFor(page, "outreach");
    if (results.length === 0) throw new Error(`the search on ${sitePage.url} found nothing for "outreach"`);
    await page.waitForLoadState("networkidle");
  }
  return response;
}
