/**
 * Where notes live and what URL each one gets.
 *
 * A note's URL is `/notes/<year of start_date>/<file name without .md>/`, wherever the file sits
 * under `notes/`: year folders are only a convenience for staff.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export const NOTES_DIRECTORY = "notes";

/** File names become URLs, so they must be lower-case words joined by hyphens. */
const FILE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function noteFileSlug(file: string): string {
  return path.basename(file).replace(/\.md$/i, "");
}

export function explainBadFileSlug(file: string): string | undefined {
  const slug = noteFileSlug(file);
  if (FILE_SLUG.test(slug)) return undefined;
  const suggestion = slug
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `name "${path.basename(file)}" becomes the note's web address, so it may only hold lower-case letters, digits and single hyphens: rename it to ${suggestion || "a-short-name"}.md`;
}

export function noteUrl(startDate: string, file: string): string {
  return `/notes/${startDate.slice(0, 4)}/${noteFileSlug(file)}/`;
}

/** Every `.md` file under a folder, sorted, skipping hidden folders and README files. */
export function findNoteFiles(directory: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md") && entry.name.toLowerCase() !== "readme.md") found.push(full);
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
