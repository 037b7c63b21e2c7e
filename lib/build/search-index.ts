/**
 * The Pagefind search index of a built site: one index per language, from each page's <html lang>,
 * so each language's words are stemmed (Chinese is segmented) as that language needs. What gets
 * indexed is decided in the HTML: only a note page's article carries `data-pagefind-body` (layouts/note.njk).
 *
 * Each language's index is made complete: besides its own notes, it holds every event that has no
 * note in that language, by the version the site lists for it (English, or its first language), so
 * a reader searching from /fr/search/ finds every event once. The version names the languages it
 * stands in for in `data-untranslated` (layouts/note.njk). A language with no notes of its own has no
 * index: Pagefind then opens the largest, which already holds every event.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import * as pagefind from "pagefind";
import { isLanguageCode, LANGUAGE_CODES, languageOf, localizedPath, type LanguageCode } from "../languages/languages.ts";
import { NOTES_DIRECTORY } from "../note/note-files.ts";
import { SEARCH_PAGE_PATH } from "../outputs/search-filters.ts";

/** The index's folder in the site: `/pagefind/` */
export const SEARCH_INDEX_FOLDER = "pagefind";

/** Where each language's note pages are: `notes`, `fr/notes` … */
const NOTE_PAGE_FOLDERS = new Map<LanguageCode, string>(LANGUAGE_CODES.map((code) => [code, localizedPath(`/${NOTES_DIRECTORY}`, code).slice(1)]));

/** The note pages under a language's notes folder: `<year>/<name>/index.html` (the archive page is its own index.html). */
function notePagesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === "index.html" && path.relative(folder, entry.parentPath).split(path.sep).length === 2)
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Pagefind's pattern for the HTML files under these folders (at any depth), braces only for more than one folder. */
export function notePagesGlob(folders: readonly string[]): string {
  const under = folders.length === 1 ? folders[0]! : `{${folders.join(",")}}`;
  return `${under}/**/*.html`;
}

const UNTRANSLATED = /<article class="note" data-pagefind-body data-untranslated="([a-z ]+)">/;
const HTML_LANG = /<html lang="[^"]*"/;

/**
 * The pages to add to other languages' indexes: a listed version's HTML, restated in each language it
 * stands in for. Pagefind keeps one record per address, so each stand-in's address carries the
 * language as a fragment (`/notes/2016/x/#fr`), which leads to the same page.
 */
export function standInPages(html: string, url: string, indexed: ReadonlySet<LanguageCode>): { url: string; content: string; language: LanguageCode }[] {
  const untranslated = (UNTRANSLATED.exec(html)?.[1]?.split(" ") ?? []).filter(isLanguageCode);
  return untranslated
    .filter((language) => indexed.has(language))
    .map((language) => ({ url: `${url}#${language}`, language, content: html.replace(HTML_LANG, `<html lang="${languageOf(language).tag}"`) }));
}

/**
 * The tag the search pages give Pagefind as `metaCacheTag`. Pagefind asks for its entry file, which
 * names each language's metadata file by the hash of its content, as `pagefind-entry.json?ts=<tag>`,
 * with a new timestamp on every visit when no tag is given, so that a browser never keeps it. A hash
 * of the entry file itself changes exactly when an index does, so the address can be kept as long as
 * it is asked for.
 */
export function metaCacheTag(entryFile: string): string {
  return createHash("sha256").update(entryFile).digest("hex").slice(0, 16);
}

const CACHE_TAG_ATTRIBUTE = /\bdata-meta-cache-tag="[^"]*"/;

/** The search page's HTML with the index's cache tag in its search root (pages/search.njk leaves it empty). */
export function withMetaCacheTag(html: string, tag: string): string {
  return html.replace(CACHE_TAG_ATTRIBUTE, `data-meta-cache-tag="${tag}"`);
}

/**
 * Writes the tag of the index in `indexDirectory` into every language's search page under
 * `siteDirectory`; returns the tag. The pages are written by Eleventy before the index exists, hence
 * this second pass over these few files.
 */
export function writeMetaCacheTag(siteDirectory: string, indexDirectory: string): string {
  const tag = metaCacheTag(readFileSync(path.join(indexDirectory, "pagefind-entry.json"), "utf8"));
  for (const language of LANGUAGE_CODES) {
    const file = path.join(siteDirectory, localizedPath(SEARCH_PAGE_PATH, language), "index.html");
    if (!existsSync(file)) continue;
    const html = readFileSync(file, "utf8");
    const tagged = withMetaCacheTag(html, tag);
    if (tagged !== html) writeFileSync(file, tagged);
  }
  return tag;
}

/**
 * Builds the index of the note pages into `outputPath` (by default the site's `pagefind/`), and gives
 * the search pages its cache tag; returns how many HTML files Pagefind read, stand-ins included.
 */
export async function buildSearchIndex(siteDirectory: string, outputPath = path.join(siteDirectory, SEARCH_INDEX_FOLDER)): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const pagesByLanguage = new Map([...NOTE_PAGE_FOLDERS].map(([language, folder]) => [language, notePagesUnder(path.join(siteDirectory, folder))]));
    const indexed = new Set([...pagesByLanguage].filter(([, files]) => files.length > 0).map(([language]) => language));
    // Only note pages carry data-pagefind-body; reading the browse pages, feeds' neighbours and
    // the rest too would only cost Pagefind time and memory (about 300 MB at 10 000 notes). Only
    // the folders of languages that have notes: Pagefind walks every folder a pattern may match
    // (1.7 s of its 15 at 10 000 notes in English for the five empty languages' patterns).
    const added = await index.addDirectory({ path: siteDirectory, glob: notePagesGlob(indexed.size > 0 ? [...indexed].map((language) => NOTE_PAGE_FOLDERS.get(language)!) : [...NOTE_PAGE_FOLDERS.values()]) });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    let pages = added.page_count;
    if (indexed.size > 1) {
      for (const file of [...pagesByLanguage.values()].flat()) {
        const url = `/${path.relative(siteDirectory, path.dirname(file)).split(path.sep).join("/")}/`;
        for (const standIn of standInPages(readFileSync(file, "utf8"), url, indexed)) {
          const result = await index.addHTMLFile({ url: standIn.url, content: standIn.content });
          if (result.errors.length > 0) throw new Error(`Pagefind could not index ${url} for ${standIn.language}: ${result.errors.join("; ")}`);
          pages += 1;
        }
      }
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    writeMetaCacheTag(siteDirectory, outputPath);
    return { pages };
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's content-named files: `pagefind.en_<hash>.pf_meta`, `fragment/en_<hash>.pf_fragment`, `index/…`, `filter/…`. */
const CONTENT_NAMED = /^(?:pagefind\.([^/]+)\.pf_meta|(?:fragment|index|filter)\/(([a-z-]+)_[0-9a-f]+)\.pf_(?:fragment|index|filter))$/i;

/**
 * Which files of an index folder the index in it uses, for files Pagefind did not write this time.
 * Pagefind leaves alone a content-named file that is already there (its content would be the same),
 * so a rebuild over an old index keeps those files unwritten. The index names them: the entry file
 * names each language's metadata file, and that file (gzipped CBOR after Pagefind's signature)
 * holds the name of every fragment, index chunk and filter file of its language as a CBOR text
 * string. Any other file is Pagefind's own script or style, rewritten every time.
 */
export function indexFilesInUse(indexDirectory: string): (relative: string) => boolean {
  const entry = JSON.parse(readFileSync(path.join(indexDirectory, "pagefind-entry.json"), "utf8")) as { languages?: Record<string, { hash?: string }> };
  const metaNames = new Map<string, Buffer>();
  for (const [language, { hash }] of Object.entries(entry.languages ?? {})) {
    if (hash) metaNames.set(language, gunzipSync(readFileSync(path.join(indexDirectory, `pagefind.${hash}.pf_meta`))));
  }
  const inUse = new Set([...Object.values(entry.languages ?? {})].map(({ hash }) => hash));
  return (relative) => {
    const match = CONTENT_NAMED.exec(relative);
    if (!match) return false;
    if (match[1] !== undefined) return inUse.has(match[1]);
    const [name, language] = [match[2]!, match[3]!];
    // A CBOR text string of up to 23 bytes is one byte, 0x60 plus its length, then the text.
    const encoded = Buffer.concat([Buffer.from([0x60 + Buffer.byteLength(name)]), Buffer.from(name)]);
    return Buffer.byteLength(name) <= 23 && (metaNames.get(language)?.includes(encoded) ?? false);
  };
}

export function searchIndexSummary(pages: number): string {
  return `[search] Pagefind read ${pages} HTML file${pages === 1 ? "" : "s"} and indexed the note pages among them`;
}
