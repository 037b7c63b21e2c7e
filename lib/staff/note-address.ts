/**
 * Which existing notes already use a web address, so the `new` and `import` commands can refuse to
 * create a second note at the same address instead of leaving the clash for the build to find.
 *
 * A note's address comes from the year of its `start_date`, not from the folder it sits in, so each
 * note with the same file name is read; a note whose date cannot be read counts by its folder year.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readYaml, splitNoteSource } from "../note/front-matter.ts";
import { findNoteFiles, noteFileSlug, noteUrl } from "../note/note-files.ts";

function frontMatterOf(file: string): Record<string, unknown> {
  try {
    const source = splitNoteSource(readFileSync(file, "utf8"));
    return "problem" in source ? {} : readYaml(source.yaml);
  } catch {
    return {};
  }
}

function startDateOf(file: string): string | undefined {
  const startDate = frontMatterOf(file).start_date;
  return typeof startDate === "string" && /^\d{4}-/.test(startDate) ? startDate : undefined;
}

/** The note files under `notesDirectory` that are (or would be) published at `url`. */
export function notesAtUrl(notesDirectory: string, url: string): string[] {
  if (!existsSync(notesDirectory)) return [];
  const slug = url.split("/").filter(Boolean).pop();
  return findNoteFiles(notesDirectory).filter((file) => {
    if (noteFileSlug(file) !== slug) return false;
    const startDate = startDateOf(file) ?? `${path.basename(path.dirname(file))}-01-01`;
    return noteUrl(startDate, file) === url;
  });
}

/**
 * Notes about an event that starts on the same day in the same city: probably the same event under
 * another file name, which an import should point out rather than silently duplicate.
 */
export function notesOnSameDayAndCity(notesDirectory: string, startDate: string, city: string): string[] {
  if (!existsSync(notesDirectory)) return [];
  const wanted = city.trim().toLowerCase();
  return findNoteFiles(notesDirectory).filter((file) => {
    const data = frontMatterOf(file);
    return data.start_date === startDate && typeof data.city === "string" && data.city.trim().toLowerCase() === wanted;
  });
}
