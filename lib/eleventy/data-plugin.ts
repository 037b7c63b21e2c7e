/**
 * Open data and citations: /data/notes.json, /data/notes.csv, their JSON Schema and Data Package,
 * and each note page's BibTeX, RIS and CSL-JSON files; the data page's words; the "Cite this note"
 * section and the Highwire tags of note pages.
 *
 * Only glue over lib/outputs (open-data, csv-export, data-package, citations). Like the calendars
 * (facets-plugin.ts), the files are written in one pass once Eleventy is done rather than as a
 * template per note: Eleventy would otherwise hold tens of thousands of extra pages in memory.
 */
import type { UserConfig } from "@11ty/eleventy";
import { addSharedGlobalData } from "./shared-global-data.ts";
import { benchTiming } from "../build/bench-timing.ts";
import { writeSiteFiles, type SiteFile } from "../outputs/site-files.ts";
import { formatDate } from "../languages/date-format.ts";
import { LANGUAGE_CODES } from "../languages/languages.ts";
import { translate } from "../languages/messages.ts";
import { noteFieldsOf } from "../note/note-schema.ts";
import { byEventNewestFirst, type NoteView } from "../note/note-view.ts";
import { buildDate, buildDateIso, publicationState } from "../note/publication.ts";
import { citationFiles, citationMetaTags, noteCitation } from "../outputs/open-data/citations.ts";
import { notesCsvText } from "../outputs/open-data/csv-export.ts";
import { dataPackage } from "../outputs/open-data/data-package.ts";
import { openDataPage } from "../outputs/open-data/open-data-page.ts";
import { DATA_FILES, notesJsonSchema, notesJsonText, openDataRecord, type OpenDataRecord } from "../outputs/open-data/open-data.ts";
import type { SiteSettings } from "../../site.config.ts";
import { allNoteItems, noteBodyText, type NoteItem } from "./notes-plugin.ts";

/** The Markdown after a note's front matter, which Eleventy keeps on the page as `rawInput`. */
function bodyOf(item: NoteItem): string {
  const page: object = item.data.page;
  return "rawInput" in page && typeof page.rawInput === "string" ? page.rawInput : "";
}

/** The records of notes.json, in a stable order: newest event first, then by address. */
export function openDataRecords(items: readonly NoteItem[], baseUrl: string, today = buildDate()): OpenDataRecord[] {
  return items
    // The preview builds pages for drafts and scheduled notes; the data never hold them.
    .filter((item) => publicationState(item.data.note, today) === "published")
    .sort((a, b) => byEventNewestFirst(a.data.note, b.data.note) || a.data.note.url.localeCompare(b.data.note.url))
    .map((item) => {
      const body = bodyOf(item);
      return openDataRecord({ fields: noteFieldsOf(item.data), view: item.data.note, body, bodyText: noteBodyText(body) }, baseUrl);
    });
}

/** Every file of this feature for one build: the data files, then each note page's references, made as they are written. */
export function* openDataFiles(items: readonly NoteItem[], settings: SiteSettings, today = buildDate()): Generator<SiteFile> {
  const records = openDataRecords(items, settings.baseUrl, today);
  const jsonText = notesJsonText(records);
  const csvText = notesCsvText(records);
  const descriptor = dataPackage({
    baseUrl: settings.baseUrl,
    siteName: settings.name,
    description: settings.description,
    publisher: settings.publisher,
    buildDate: buildDateIso(),
    csvText,
    jsonText,
  });
  yield { url: DATA_FILES.json, text: jsonText };
  yield { url: DATA_FILES.csv, text: csvText };
  yield { url: DATA_FILES.jsonSchema, text: `${JSON.stringify(notesJsonSchema(settings.baseUrl), null, 2)}\n` };
  yield { url: DATA_FILES.dataPackage, text: `${JSON.stringify(descriptor, null, 2)}\n` };
  for (const item of items) yield* citationFiles(item.data.note, settings);
}

export default function dataPlugin(config: UserConfig, settings: SiteSettings): void {
  // The data page's words in each language (pages/data.njk is built once per language).
  addSharedGlobalData(config, "openDataIn", () =>
    Object.fromEntries(
      LANGUAGE_CODES.map((language) => [
        language,
        openDataPage(language, { baseUrl: settings.baseUrl, siteName: translate(language, "site.name"), publisher: translate(language, "site.publisher"), dateLabel: formatDate(buildDate(), language) }),
      ]),
    ),
  );
  config.addFilter("noteCitation", (note: NoteView) => noteCitation(note, settings));
  config.addFilter("citationMetaTags", (note: NoteView) => citationMetaTags(note, settings));

  // Every note page of this build (the preview's drafts included, whose pages link to their files).
  let items: NoteItem[] = [];
  config.addCollection("openDataNotes", (api) => {
    items = allNoteItems(api);
    // Not the array itself: Eleventy looks up every item of an array collection in its template map, O(notes²).
    return { count: items.length };
  });
  config.on("eleventy.after", async ({ directories, outputMode }: { directories: { output: string }; outputMode?: string }) => {
    if (outputMode && outputMode !== "fs") return;
    const started = performance.now();
    await writeSiteFiles(directories.output, openDataFiles(items, settings));
    benchTiming("open-data", started);
  });
}
