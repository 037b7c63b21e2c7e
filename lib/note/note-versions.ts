/**
 * The language versions of one event: the files beside a note that share its name
 * (`workshop.md`, `workshop.fr.md`, `workshop.ar.md` …), and which of them a build publishes.
 *
 * Read from the folder rather than from the build's collections because a note page needs the
 * answer while its own data is computed: its language switcher, its `hreflang` alternates, and
 * whether it is the version listed once per event (and so indexed for search). Each folder is listed
 * once, and again only when its modification time says a file was added, removed or renamed (the
 * preview); a sibling's front matter is read only when it exists.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { CalendarDate } from "./calendar-date.ts";
import { parseYamlWithPositions, splitNoteSource, yamlDocumentToData } from "./front-matter.ts";
import { noteFileSlug, noteLanguage } from "./note-files.ts";
import { noteFieldsOf, NoteSchema, type Note } from "./note-schema.ts";
import { listedLanguage } from "./note-view.ts";
import { isPublishable } from "./publication.ts";
import { LANGUAGE_CODES, noteFileName, type LanguageCode } from "../languages/languages.ts";

/** The file of the same event in another language: `versionFile("notes/2016/workshop.md", "fr")` is `notes/2016/workshop.fr.md`. */
export function versionFile(file: string, language: LanguageCode): string {
  return path.join(path.dirname(file), noteFileName(noteFileSlug(file), language));
}

const folderListings = new Map<string, { readonly modified: number; readonly names: ReadonlySet<string> }>();

/** The file names in a folder, read again only when the folder changed. */
function namesIn(folder: string): ReadonlySet<string> {
  const modified = statSync(folder).mtimeMs;
  const known = folderListings.get(folder);
  if (known && known.modified === modified) return known.names;
  const names = new Set(readdirSync(folder));
  folderListings.set(folder, { modified, names });
  return names;
}

/** The note in a file, when the build would publish it: it reads as a valid note that is not a draft or scheduled. */
function publishedNote(file: string, today: CalendarDate, preview: boolean): Note | undefined {
  const source = splitNoteSource(readFileSync(file, "utf8"));
  if ("problem" in source) return undefined;
  const { document } = parseYamlWithPositions(source.yaml);
  if (document.errors.length > 0) return undefined;
  const data = yamlDocumentToData(document);
  if (!data || typeof data !== "object" || Array.isArray(data)) return undefined;
  const parsed = NoteSchema.safeParse(noteFieldsOf(data as Record<string, unknown>));
  return parsed.success && isPublishable(parsed.data, today, preview) ? parsed.data : undefined;
}

export interface EventVersions {
  /** The languages in which the build publishes the event, in the site's language order; the note's own always counts */
  readonly languages: LanguageCode[];
  /** The version listed once per event (see `listedLanguage`), when it is another file than the note's own */
  readonly listed?: { readonly file: string; readonly note: Note };
}

/** The published language versions of the event of `file` (whose own page is being built). */
export function eventVersions(file: string, today: CalendarDate, preview: boolean): EventVersions {
  const own = noteLanguage(file);
  const notes = new Map<LanguageCode, Note>();
  const siblings = namesIn(path.dirname(file));
  const languages = LANGUAGE_CODES.filter((language) => {
    if (language === own) return true;
    const sibling = versionFile(file, language);
    const note = siblings.has(path.basename(sibling)) ? publishedNote(sibling, today, preview) : undefined;
    if (note) notes.set(language, note);
    return note !== undefined;
  });
  const listedCode = listedLanguage(languages);
  const listed = listedCode && listedCode !== own ? notes.get(listedCode) : undefined;
  return { languages, ...(listedCode && listed ? { listed: { file: versionFile(file, listedCode), note: listed } } : {}) };
}
