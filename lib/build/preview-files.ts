/**
 * How the preview changes the folder it serves without ever letting a reader see half a file:
 * every file is written beside its place and renamed into it (a rename replaces a file at once on
 * the same file system), builds' files included.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LANGUAGE_CODES, localizedPath } from "../languages/languages.ts";
import { NOTES_DIRECTORY } from "../note/note-files.ts";

/** Writes `file` so that a reader gets either its old text or the new one, never part of it. */
export function writeFileAtomically(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Beside the file, so on the same file system: the rename is then a single step.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/** The file of a page at `url` (`/notes/2016/x/`) in the site folder. */
export function pageFile(siteDirectory: string, url: string): string {
  return path.join(siteDirectory, ...url.split("/").filter(Boolean), "index.html");
}

/** Removes the files of a note's folder (its page, calendar and references), and the folder once empty. */
export function removeNoteFolder(siteDirectory: string, url: string): void {
  const folder = path.dirname(pageFile(siteDirectory, url));
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) if (entry.isFile()) unlinkSync(path.join(folder, entry.name));
  try {
    rmdirSync(folder);
  } catch {
    // not empty: something else lives there
  }
}

/** The note folders of every language, relative to the site folder: `notes`, `fr/notes` … */
const NOTE_FOLDERS = LANGUAGE_CODES.map((code) => localizedPath(`/${NOTES_DIRECTORY}`, code).slice(1));

/**
 * The address of the note folder a site file is in (`/notes/2016/x/` for `notes/2016/x/event.ics`),
 * or undefined for any other file. `relative` is `/`-separated, relative to the site folder.
 */
export function noteFolderUrlOf(relative: string): string | undefined {
  for (const folder of NOTE_FOLDERS) {
    if (!relative.startsWith(`${folder}/`)) continue;
    const parts = relative.slice(folder.length + 1).split("/");
    // `<year>/<name>/<file>`: the archive page is `notes/index.html`, a year has no page of its own.
    if (parts.length === 3) return `/${folder}/${parts[0]}/${parts[1]}/`;
  }
  return undefined;
}

/** Every file under a folder, relative to it, `/`-separated. */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** How many files are moved between two turns of the event loop, so that requests are still answered. */
const FILES_PER_TURN = 200;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Moves every file of `staging` (or those listed, in that order) to the same place in `site`, except
 * those `keep` refuses (which are deleted). `keep` is asked right before each move, in the same turn of the event loop, so a page
 * the preview writes meanwhile is never replaced by an older one.
 */
export async function moveStagedFiles(staging: string, site: string, keep: (relative: string) => boolean, files = filesUnder(staging)): Promise<string[]> {
  const moved: string[] = [];
  const folders = new Set<string>();
  for (let start = 0; start < files.length; start += FILES_PER_TURN) {
    if (start > 0) await nextTurn();
    for (const relative of files.slice(start, start + FILES_PER_TURN)) {
      const from = path.join(staging, ...relative.split("/"));
      if (!keep(relative)) {
        rmSync(from, { force: true });
        continue;
      }
      const to = path.join(site, ...relative.split("/"));
      const folder = path.dirname(to);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      renameSync(from, to);
      moved.push(relative);
    }
  }
  return moved;
}

/**
 * Deletes the files of `site` that a whole build no longer makes (`made`, relative paths), such as
 * the browse page of a country that has lost its last note, except those `keep` holds on to.
 */
export async function removeFilesNotMade(site: string, made: ReadonlySet<string>, keep: (relative: string) => boolean): Promise<string[]> {
  const removed: string[] = [];
  const files = filesUnder(site).filter((relative) => !made.has(relative));
  for (let start = 0; start < files.length; start += FILES_PER_TURN) {
    if (start > 0) await nextTurn();
    for (const relative of files.slice(start, start + FILES_PER_TURN)) {
      if (keep(relative)) continue;
      rmSync(path.join(site, ...relative.split("/")), { force: true });
      removed.push(relative);
    }
  }
  return removed;
}

/**
 * Puts a freshly written search index (`built`, Pagefind's output folder) in place of the site's:
 * its files first, `pagefind-entry.json` (which names the others) last. Pagefind's other files are
 * named by their content; those no longer named are deleted one index later, so a search page that
 * read the previous entry can still fetch them.
 */
export async function moveSearchIndex(built: string, target: string, previous: ReadonlySet<string> | undefined): Promise<Set<string>> {
  const ENTRY = "pagefind-entry.json";
  const files = filesUnder(built).sort((a, b) => Number(a === ENTRY) - Number(b === ENTRY));
  const current = new Set(files);
  const before = filesUnder(target);
  const kept = previous ?? new Set(before);
  const stale = before.filter((file) => !current.has(file) && !kept.has(file));
  await moveStagedFiles(built, target, () => true, files);
  for (const file of stale) rmSync(path.join(target, ...file.split("/")), { force: true });
  rmSync(built, { recursive: true, force: true });
  return current;
}
