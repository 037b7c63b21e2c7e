/**
 * Notes as Eleventy templates: front matter read by the validator's YAML reader, bodies rendered by
 * the site's Markdown renderer (never through a template engine, so `{{` in a note is just text),
 * and drafts, scheduled and invalid notes kept off the published site.
 */
import type { CollectionApi, CollectionItem, UserConfig } from "@11ty/eleventy";
import { pathToFileURL } from "node:url";
import { isPreview, isPublishable } from "../note/publication.ts";
import { normalizeNoteText, readYaml } from "../note/front-matter.ts";
import { noteBodyRenderer } from "../note/markdown.ts";
import { isNoteFile, NOTES_DIRECTORY } from "../note/note-files.ts";
import { parseNoteTemplate } from "../note/note-schema.ts";
import { archiveYears, type ArchiveYear } from "../outputs/archive-years.ts";
import { byEventSoonestFirst, byPublishedNewestFirst, groupByEventYear, type NoteView } from "../note/note-view.ts";
import { LANGUAGE_CODES, type LanguageCode } from "../languages/languages.ts";
import { eventsByLanguage } from "../outputs/page-languages.ts";
import { formatFinding } from "../validation/report-findings.ts";
import { validateNoteFiles } from "../validation/validate-notes.ts";
import type { SiteSettings } from "../../site.config.ts";
import { notePageData } from "./note-page-data.ts";

export type NoteItem = CollectionItem<{ note: NoteView }>;

// A build's collections each ask for the note pages (about fifty times in six languages); Eleventy
// sorts every page and matches each against the pattern each time. Kept per collection API (one per
// build) for as long as it holds as many pages.
const noteItemsMemo = new WeakMap<CollectionApi, { readonly pages: number; readonly items: NoteItem[] }>();

/** Every note page Eleventy builds, in every language (drafts and scheduled notes only in the preview). */
export function allNoteItems(api: CollectionApi): NoteItem[] {
  const pages = api.getAll().length;
  const known = noteItemsMemo.get(api);
  if (known?.pages === pages) return known.items;
  const items = api.getFilteredByGlob(`./${NOTES_DIRECTORY}/**/*.md`).filter((item): item is NoteItem => Boolean((item.data as { note?: NoteView }).note));
  noteItemsMemo.set(api, { pages, items });
  return items;
}

/**
 * One page per event, for everything that lists events (home, archive, browse pages, feeds,
 * calendars): its English version when there is one, otherwise its first language (see `listedLanguage`).
 */
export function noteItems(api: CollectionApi): NoteItem[] {
  return allNoteItems(api).filter((item) => item.data.note.listed);
}

const viewOf = (item: NoteItem): NoteView => item.data.note;

// One for every build of this thread: Eleventy renders the bodies with it, the open data reads their text.
const bodies = noteBodyRenderer();

/** A note body as plain text, from the parse that rendered its page in this build when there was one. */
export function noteBodyText(markdown: string): string {
  return bodies.plainText(markdown);
}

// Every collection of a build asks for the same per-language lists: they are made once, as long as
// the note pages are the same objects (a rebuild in the preview makes new ones).
let eventsMemo: { readonly items: readonly NoteItem[]; readonly events: Record<LanguageCode, NoteItem[]> } | undefined;

/**
 * What the pages of each language list: every event once, in that language where it has a version
 * (see `eventsByLanguage`). Languages with no version of their own share the English array.
 */
export function eventsIn(api: CollectionApi): Record<LanguageCode, NoteItem[]> {
  const items = allNoteItems(api);
  if (eventsMemo && eventsMemo.items.length === items.length && eventsMemo.items.every((item, index) => item === items[index])) return eventsMemo.events;
  eventsMemo = { items, events: eventsByLanguage(items, viewOf) };
  return eventsMemo.events;
}

interface LanguageLists {
  readonly notes: NoteItem[];
  readonly byEventYear: ArchiveYear<NoteItem>[];
  readonly upcoming: NoteItem[];
}

function languageLists(events: readonly NoteItem[]): LanguageLists {
  const items = new Map(events.map((item) => [item.data.note, item]));
  return {
    notes: [...events].sort((a, b) => byPublishedNewestFirst(a.data.note, b.data.note)),
    byEventYear: archiveYears(groupByEventYear([...items.keys()]).map(({ year, notes }) => ({ year, notes: notes.map((note) => items.get(note)!) }))),
    upcoming: events.filter((item) => item.data.note.upcoming).sort((a, b) => byEventSoonestFirst(a.data.note, b.data.note)),
  };
}

function mapLanguages<T>(lists: Record<LanguageCode, LanguageLists>, pick: (lists: LanguageLists) => T): Record<LanguageCode, T> {
  return Object.fromEntries(LANGUAGE_CODES.map((code) => [code, pick(lists[code])])) as Record<LanguageCode, T>;
}

export default function notesPlugin(config: UserConfig, settings: SiteSettings): void {
  // Eleventy hands over the text between the --- lines as it is in the file; CRLF files would leave a
  // stray "\r" on the last value, so line endings are normalised exactly as the validator does.
  config.setFrontMatterParsingOptions({ engines: { yaml: (text: string) => readYaml(normalizeNoteText(text)) } });
  config.setLibrary("md", bodies.library);
  config.on("eleventy.before", () => bodies.forget());
  // Lets folder data files be TypeScript (notes/notes.11tydata.ts).
  config.addDataExtension("ts", {
    parser: async (_contents, filePath) => ((await import(pathToFileURL(filePath).href)) as { default: unknown }).default,
    read: false,
  });

  config.addPreprocessor("publishable-notes", "md", (data) => {
    const inputPath = data.page.inputPath;
    if (!inputPath.includes(`/${NOTES_DIRECTORY}/`)) return undefined;
    // The same rule as the validator's: a README or a file in a hidden folder is never a page.
    if (!isNoteFile(inputPath)) return false;
    const parsed = parseNoteTemplate(inputPath, data);
    if (!parsed.success) {
      const report = validateNoteFiles([inputPath]);
      const details = report.findings.length > 0 ? report.findings.map(formatFinding).join("\n") : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n");
      // A published build never drops a note silently: builds validate first, so reaching this is a bug.
      if (!isPreview()) throw new Error(`${inputPath} could not be read as a note:\n${details}`);
      console.warn(`[notes] Not shown until fixed:\n${details}`);
      return false;
    }
    if (!isPublishable(parsed.data)) return false;
    // The preprocessor's data is the page's own: what the layout reads is added to it here, once.
    Object.assign(data, notePageData(parsed.data, inputPath, settings));
    return undefined;
  });

  const listsOf = (api: CollectionApi): Record<LanguageCode, LanguageLists> => {
    const events = eventsIn(api);
    if (listsMemo?.events !== events) {
      const built = new Map<readonly NoteItem[], LanguageLists>();
      const lists = {} as Record<LanguageCode, LanguageLists>;
      for (const code of LANGUAGE_CODES) {
        lists[code] = built.get(events[code]) ?? languageLists(events[code]);
        built.set(events[code], lists[code]);
      }
      listsMemo = { events, lists };
    }
    return listsMemo.lists;
  };
  let listsMemo: { readonly events: Record<LanguageCode, NoteItem[]>; readonly lists: Record<LanguageCode, LanguageLists> } | undefined;
  config.addCollection("notesIn", (api) => mapLanguages(listsOf(api), (lists) => lists.notes));
  config.addCollection("notesByEventYearIn", (api) => mapLanguages(listsOf(api), (lists) => lists.byEventYear));
  config.addCollection("upcomingNotesIn", (api) => mapLanguages(listsOf(api), (lists) => lists.upcoming));

  // No collection is a plain list of note pages: Eleventy looks each item of an array collection up
  // in its template map with a linear search, O(notes²) per collection. The lists by language above
  // are objects, which it leaves alone.
}
