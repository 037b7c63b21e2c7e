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
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
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

const UNTRANSLATED = /<article class="note" data-pagefind-body data-untranslated="([a-z ]+)"/;
const HTML_LANG = /<html lang="[^"]*"/;

/** An address as the value of an HTML attribute. */
function attributeValue(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * The pages to add to other languages' indexes: a listed version's HTML, restated in each language it
 * stands in for. Pagefind names a page it reads from a file by the file's path, so each stand-in is a
 * file of its own (`file`, under the stand-ins' folder), and its `url` metadata gives the address
 * readers follow, the listed version's page (Pagefind's UI links to `url` when a page has it).
 */
export function standInPages(html: string, url: string, indexed: ReadonlySet<LanguageCode>): { file: string; content: string; language: LanguageCode }[] {
  const article = UNTRANSLATED.exec(html);
  const untranslated = (article?.[1]?.split(" ") ?? []).filter(isLanguageCode);
  return untranslated
    .filter((language) => indexed.has(language))
    .map((language) => ({
      file: `${language}${url}index.html`,
      language,
      content: html
        .replace(HTML_LANG, `<html lang="${languageOf(language).tag}"`)
        .replace(UNTRANSLATED, (start) => `${start} data-pagefind-meta="url:${attributeValue(url)}"`),
    }));
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

/** Pagefind's indexer for this platform, as the pagefind package installs it (the extended one segments Chinese). */
function pagefindBinary(): string {
  const names = ["pagefind_extended", "pagefind"];
  for (const name of names) {
    // The variables Pagefind's own npm wrapper reads, for a machine that has no package for its platform.
    const given = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (given) return given;
  }
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const require = createRequire(import.meta.url);
  for (const name of names) {
    try {
      return require.resolve(`@pagefind/${platform}-${process.arch}/bin/${platform === "windows" ? `${name}.exe` : name}`);
    } catch {
      // the next name
    }
  }
  throw new Error(`Pagefind has no indexer installed for ${platform}-${process.arch}: run npm ci, or set PAGEFIND_BINARY_PATH to a Pagefind binary`);
}

/**
 * How Pagefind's memory allocator (jemalloc, built into its binary, which reads `_RJEM_MALLOC_CONF`)
 * is told to work: keep the memory it frees for its next allocations instead of handing it back to
 * the system after 10 s (`dirty_decay_ms:-1`), in huge pages where the system allows them (`thp`),
 * and in 2 arenas rather than 4 per core. Pagefind alone over the same 10 000 note pages: 43.7 to 50.4 s
 * of CPU in five runs by default, 25.6 and 29.1 s with these, its peak 2.61–2.69 GB then and 2.63–2.64 GB
 * now, the index files the same; over 1 000 pages, 1.7–1.9 s instead of 2.6–2.9 s. (Without the
 * arenas setting its peak grew to 3.12 GB.)
 */
const PAGEFIND_ALLOCATOR_SETTINGS = "dirty_decay_ms:-1,muzzy_decay_ms:-1,thp:always,metadata_thp:always,narenas:2";

/**
 * Runs Pagefind's command line over `source`, writing the index into `outputPath`. Its Node API builds
 * an index twice when asked to write it (Pagefind 1.6's service builds before writing, and its write
 * builds again): 45 s of CPU against 33 s for the command line over the same 10 000 note pages, the
 * same files written. The index depends on the pages alone: Pagefind reads a configuration file
 * from the folder it runs in, so it runs in the index's own folder, which only ever holds Pagefind's
 * files, and PAGEFIND_ variables are left out of its environment.
 */
function runPagefind(source: string, glob: string, outputPath: string): Promise<void> {
  const environment = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PAGEFIND_"))),
    _RJEM_MALLOC_CONF: process.env._RJEM_MALLOC_CONF ?? PAGEFIND_ALLOCATOR_SETTINGS,
  };
  const binary = pagefindBinary();
  const output = path.resolve(outputPath);
  mkdirSync(output, { recursive: true });
  return new Promise((resolve, reject) => {
    execFile(
      binary,
      ["--site", path.resolve(source), "--glob", glob, "--output-path", output, "--silent"],
      { cwd: output, env: environment, windowsHide: true, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`Pagefind could not index the site: ${(stderr || stdout || error.message).trim()}`));
        else resolve();
      },
    );
  });
}

/** Pagefind's command line writes no index without words; its Node API writes an empty one, which the search pages can still load. */
async function writeEmptyIndex(outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
}

/** The stand-ins' folder in the folder Pagefind reads. */
const STAND_INS_FOLDER = "stand-ins";

/**
 * A folder for Pagefind to read when some events need stand-ins: each note page at its own path (a
 * hard link, or a copy across file systems) and each stand-in as a file under `stand-ins/`. Pagefind
 * names a page by its path and follows no symbolic link below the folders its pattern starts from, so
 * the pages cannot stay where they are. Returns how many stand-ins it wrote.
 */
function writeSearchSource(source: string, siteDirectory: string, pages: readonly string[], languages: ReadonlySet<LanguageCode>): number {
  let standIns = 0;
  for (const file of pages) {
    const relative = path.relative(siteDirectory, file);
    const copy = path.join(source, relative);
    mkdirSync(path.dirname(copy), { recursive: true });
    try {
      linkSync(file, copy);
    } catch {
      copyFileSync(file, copy);
    }
    const url = `/${path.dirname(relative).split(path.sep).join("/")}/`;
    for (const standIn of standInPages(readFileSync(file, "utf8"), url, languages)) {
      const target = path.join(source, STAND_INS_FOLDER, standIn.file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, standIn.content);
      standIns += 1;
    }
  }
  return standIns;
}

/**
 * Builds the index of the note pages into `outputPath` (by default the site's `pagefind/`), and gives
 * the search pages its cache tag; returns how many HTML files Pagefind read, stand-ins included.
 *
 * Only the note folders of languages that have notes: the browse pages, feeds and the rest carry no
 * `data-pagefind-body` and would only cost Pagefind time and memory (about 300 MB at 10 000 notes),
 * and Pagefind walks every folder a pattern names (1.7 s of its 15 at 10 000 notes in English for the
 * five empty languages' patterns). With one such language there is nothing to stand in for, and
 * Pagefind reads the site itself.
 */
export async function buildSearchIndex(siteDirectory: string, outputPath = path.join(siteDirectory, SEARCH_INDEX_FOLDER)): Promise<{ pages: number }> {
  const pagesByLanguage = new Map([...NOTE_PAGE_FOLDERS].map(([language, folder]) => [language, notePagesUnder(path.join(siteDirectory, folder))]));
  const indexed = [...pagesByLanguage].filter(([, files]) => files.length > 0).map(([language]) => language);
  const folders = indexed.map((language) => NOTE_PAGE_FOLDERS.get(language)!);
  let pages = [...pagesByLanguage.values()].reduce((count, files) => count + files.length, 0);
  if (indexed.length === 0) {
    await writeEmptyIndex(outputPath);
  } else if (indexed.length === 1) {
    await runPagefind(siteDirectory, notePagesGlob(folders), outputPath);
  } else {
    const source = mkdtempSync(path.join(path.dirname(path.resolve(outputPath)), ".search-source-"));
    try {
      const standIns = writeSearchSource(source, siteDirectory, [...pagesByLanguage.values()].flat(), new Set(indexed));
      pages += standIns;
      await runPagefind(source, notePagesGlob(standIns > 0 ? [...folders, STAND_INS_FOLDER] : folders), outputPath);
    } finally {
      rmSync(source, { recursive: true, force: true });
    }
  }
  writeMetaCacheTag(siteDirectory, outputPath);
  return { pages };
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
