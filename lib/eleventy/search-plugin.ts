/**
 * Builds the Pagefind search index at the end of every Eleventy build, the preview included, so
 * search works wherever the site does. What gets indexed is decided in the HTML: only note pages
 * carry `data-pagefind-body` (see layouts/note.njk).
 */
import type { UserConfig } from "@11ty/eleventy";
import path from "node:path";
import * as pagefind from "pagefind";
import { SEARCH_FILTER_ORDER, SEARCH_FILTERS, SEARCH_META, SEARCH_SORTS } from "../outputs/search-filters.ts";
import { NOTES_DIRECTORY } from "../note/note-files.ts";

/** Builds the index of the note pages; returns how many HTML files Pagefind read. */
export async function buildSearchIndex(siteDirectory: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    // Only note pages carry data-pagefind-body; reading the browse pages, feeds' neighbours and
    // the rest too would only cost Pagefind time and memory (about 300 MB at 10 000 notes).
    const added = await index.addDirectory({ path: siteDirectory, glob: `${NOTES_DIRECTORY}/**/*.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDirectory, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/**
 * Set to "after-build" by `buildSite` for its Eleventy worker: the build script indexes the site
 * itself once Eleventy's memory is freed. The preview (`npm start`) indexes in Eleventy's hook.
 */
export const SEARCH_INDEX_VARIABLE = "SITE_SEARCH_INDEX";

export function searchIndexSummary(pages: number): string {
  return `[search] Pagefind read ${pages} HTML file${pages === 1 ? "" : "s"} and indexed the note pages among them`;
}

export default function searchPlugin(config: UserConfig): void {
  // The layouts and the search page spell the index's filter, sort and metadata names from here.
  config.addGlobalData("search", { filters: SEARCH_FILTERS, filterOrder: SEARCH_FILTER_ORDER, sorts: SEARCH_SORTS, meta: SEARCH_META });
  config.on("eleventy.after", async ({ directories }) => {
    if (process.env[SEARCH_INDEX_VARIABLE] === "after-build") return;
    const started = performance.now();
    const { pages } = await buildSearchIndex(directories.output);
    if (process.env.BENCH_TIMINGS === "1") console.log(`[bench-timing] pagefind ${(performance.now() - started).toFixed(1)}`);
    console.log(searchIndexSummary(pages));
  });
}
