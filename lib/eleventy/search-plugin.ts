/**
 * Search in the pages: the index's filter, sort and metadata names for the layouts and the search
 * page, and, in the preview (`npm start`), a fresh search index after every rebuild. The published
 * build (lib/build/site-build.ts) indexes the site itself once Eleventy is done.
 */
import type { UserConfig } from "@11ty/eleventy";
import { addSharedGlobalData } from "./shared-global-data.ts";
import { benchTiming } from "../build/bench-timing.ts";
import { buildSearchIndex, searchIndexSummary } from "../build/search-index.ts";
import { LANGUAGE_CODES } from "../languages/languages.ts";
import { SEARCH_FILTER_ORDER, SEARCH_FILTERS, SEARCH_META, SEARCH_SORTS, searchPageStrings } from "../outputs/search-filters.ts";

export default function searchPlugin(config: UserConfig): void {
  // The layouts and the search page spell the index's filter, sort and metadata names from here.
  addSharedGlobalData(config, "search", {
    filters: SEARCH_FILTERS,
    filterOrder: SEARCH_FILTER_ORDER,
    sorts: SEARCH_SORTS,
    meta: SEARCH_META,
    strings: Object.fromEntries(LANGUAGE_CODES.map((language) => [language, searchPageStrings(language)])),
  });
  config.on("eleventy.after", async ({ directories, runMode }) => {
    if (runMode === "build") return;
    const started = performance.now();
    const { pages } = await buildSearchIndex(directories.output);
    benchTiming("pagefind", started);
    console.log(searchIndexSummary(pages));
  });
}
