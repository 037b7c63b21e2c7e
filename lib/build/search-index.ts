/**
 * The Pagefind search index of a built site. What gets indexed is decided in the HTML: only note
 * pages carry `data-pagefind-body` (see layouts/base.njk and layouts/note.njk).
 */
import path from "node:path";
import * as pagefind from "pagefind";
import { LANGUAGE_CODES, localizedPath } from "../languages/languages.ts";
import { NOTES_DIRECTORY } from "../note/note-files.ts";

/** Where note pages are, in every language: `notes`, `fr/notes` … */
const NOTE_PAGE_FOLDERS = LANGUAGE_CODES.map((code) => localizedPath(`/${NOTES_DIRECTORY}`, code).slice(1));

/** Builds the index of the note pages; returns how many HTML files Pagefind read. */
export async function buildSearchIndex(siteDirectory: string): Promise<{ pages: number }> {
  // One index per language, from each page's <html lang>: stemming and word segmentation follow it.
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    // Only note pages carry data-pagefind-body; reading the browse pages, feeds' neighbours and
    // the rest too would only cost Pagefind time and memory (about 300 MB at 10 000 notes).
    const added = await index.addDirectory({ path: siteDirectory, glob: `{${NOTE_PAGE_FOLDERS.join(",")}}/**/*.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDirectory, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export function searchIndexSummary(pages: number): string {
  return `[search] Pagefind read ${pages} HTML file${pages === 1 ? "" : "s"} and indexed the note pages among them`;
}
