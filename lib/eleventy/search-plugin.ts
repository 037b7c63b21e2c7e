/**
 * Builds the Pagefind search index at the end of every Eleventy build, the preview included, so
 * search works wherever the site does. What gets indexed is decided in the HTML: only note pages
 * carry `data-pagefind-body` (see layouts/note.njk).
 */
import type { UserConfig } from "@11ty/eleventy";
import path from "node:path";
import * as pagefind from "pagefind";

/** Builds the index; returns how many HTML files Pagefind read (only note pages are indexed). */
export async function buildSearchIndex(siteDirectory: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDirectory });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDirectory, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export default function searchPlugin(config: UserConfig): void {
  config.on("eleventy.after", async ({ directories }) => {
    const started = performance.now();
    const { pages } = await buildSearchIndex(directories.output);
    if (process.env.BENCH_TIMINGS === "1") console.log(`[bench-timing] pagefind ${(performance.now() - started).toFixed(1)}`);
    console.log(`[search] Pagefind read ${pages} HTML file${pages === 1 ? "" : "s"} and indexed the note pages among them`);
  });
}
