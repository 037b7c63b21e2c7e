/**
 * Where notes live and what URL each one gets.
 *
 * A note's URL is `/notes/<year of start_date>/<name>/`, wherever the file sits under `notes/`:
 * year folders are only a convenience for staff. `<name>.md` is English; `<name>.<lang>.md` is the
 * same event in another of the six languages, published under `/<lang>/notes/<year>/<name>/`.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LANGUAGE, explainNoteFileName, localizedPath, noteFileName, splitNoteFileName, type LanguageCode } from "../languages/languages.ts";

export const NOTES_DIRECTORY = "notes";

/** File names become URLs, so they must be lower-case words joined by hyphens. */
const FILE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The note's name without its language suffix: `workshop` for `workshop.md` and `workshop.fr.md`. */
export function noteFileSlug(file: string): string {
  const split = splitNoteFileName(path.basename(file));
  return split.kind === "not-a-note" ? path.basename(file).replace(/\.md$/i, "") : split.name;
}

/** The language a note file is written in, told by its name (English when the name has no valid suffix). */
export function noteLanguage(file: string): LanguageCode {
  const split = splitNoteFileName(path.basename(file));
  return split.kind === "note" ? split.language : DEFAULT_LANGUAGE;
}

/**
 * What the files of one event share: their folder and name, `notes/2016/workshop` for
 * `notes/2016/workshop.md` and `notes/2016/workshop.fr.md`. Forward slashes on every system.
 */
export function noteEventKey(file: string): string {
  return path.join(path.dirname(file), noteFileSlug(file)).split(path.sep).join("/");
}

export function explainBadFileSlug(file: string): string | undefined {
  // A language suffix written wrongly (`.en.md`, `.FR.md`, `.de.md`) is explained first, with the name to write.
  const languageProblem = explainNoteFileName(path.basename(file));
  if (languageProblem) return languageProblem;
  const slug = noteFileSlug(file);
  if (FILE_SLUG.test(slug)) return undefined;
  const suggestion = slug
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `name "${path.basename(file)}" becomes the note's web address, so it may only hold lower-case letters, digits and single hyphens: rename it to ${noteFileName(suggestion || "a-short-name", noteLanguage(file))}`;
}

/** `/notes/2016/workshop/` for `workshop.md`, `/fr/notes/2016/workshop/` for `workshop.fr.md`. */
export function noteUrl(startDate: string, file: string): string {
  return localizedPath(`/notes/${startDate.slice(0, 4)}/${noteFileSlug(file)}/`, noteLanguage(file));
}

/**
 * The one rule for what under notes/ is a note, used by the validator, the wizard, the importer and
 * Eleventy alike. `path` is relative to the notes folder or the project, with `/` or the system's
 * separator. Hidden files and folders (editors' and the system's own) and README files (notes for
 * staff about the folder) are never notes; every other `.md` file is.
 */
export function isNoteFile(file: string): boolean {
  const segments = file.split(/[\\/]/).filter((segment) => segment !== "" && segment !== ".");
  const name = segments[segments.length - 1] ?? "";
  if (segments.some((segment) => segment.startsWith("."))) return false;
  return name.endsWith(".md") && name.toLowerCase() !== "readme.md";
}

/**
 * What to tell staff about a file under notes/ that is not a note, or undefined when it needs
 * nothing said (a note, a README, anything hidden). Such a file is never published.
 */
export function explainNotANote(file: string): string | undefined {
  if (isNoteFile(file)) return undefined;
  const segments = file.split(/[\\/]/).filter((segment) => segment !== "" && segment !== ".");
  const name = segments[segments.length - 1] ?? "";
  if (segments.some((segment) => segment.startsWith(".")) || name.toLowerCase() === "readme.md") return undefined;
  // The folder's own settings for the site generator (notes/notes.11tydata.ts) belong there.
  if (/\.11tydata\.(ts|js|json)$/.test(name)) return undefined;
  if (name.toLowerCase().endsWith(".md")) return `is not read as a note because its name ends in "${name.slice(-3)}": rename it to ${name.slice(0, -3)}.md`;
  return `is not a note (only .md files are) and is not published: move it out of ${NOTES_DIRECTORY}/, or save it as a .md note`;
}

/** Every note file under a folder, sorted (see `isNoteFile`). */
export function findNoteFiles(directory: string): string[] {
  return listFiles(directory).filter((file) => isNoteFile(path.relative(directory, file)));
}

/** Files under a folder that are not notes and that staff should hear about (see `explainNotANote`). */
export function findStrayFiles(directory: string): { file: string; problem: string }[] {
  return listFiles(directory).flatMap((file) => {
    const problem = explainNotANote(path.relative(directory, file));
    return problem ? [{ file, problem }] : [];
  });
}

function listFiles(directory: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found.push(full);
    }
  };
  walk(directory);
  return found.sort();
}

/** The note files named by command-line arguments: files as given, folders searched. */
export function expandNotePaths(paths: readonly string[]): string[] {
  return paths.flatMap((given) => (statSync(given).isDirectory() ? findNoteFiles(given) : [given]));
}

/** Forward-slash paths relative to the project, for messages and annotations. */
export function displayPath(file: string, root = process.cwd()): string {
  const relative = path.relative(root, path.resolve(file));
  return (relative.startsWith("..") ? path.resolve(file) : relative).split(path.sep).join("/");
}
