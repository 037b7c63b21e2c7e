/**
 * Every note gets the note layout and its URL, `/notes/<year of start_date>/<name>/` (under
 * `/<lang>/` for a note in another language than English), and a `note` object holding everything
 * the layout shows (see lib/note/note-view.ts), in the note's own language.
 */
import { buildDate, isPreview } from "../lib/note/publication.ts";
import { noteUrl } from "../lib/note/note-files.ts";
import { LANGUAGE_CODES } from "../lib/languages/languages.ts";
import { parseNoteTemplate } from "../lib/note/note-schema.ts";
import { eventVersions, type EventVersions } from "../lib/note/note-versions.ts";
import { noteFacetLinks } from "../lib/outputs/facets.ts";
import { buildNoteView, type NoteView } from "../lib/note/note-view.ts";
import { notePageHead } from "../lib/outputs/page-head.ts";
import { siteSettings } from "../site.config.ts";

interface TemplateData extends Record<string, unknown> {
  readonly page: { readonly inputPath: string };
}

export default {
  layout: "note.njk",
  eleventyComputed: {
    permalink: (data: TemplateData) => (typeof data.start_date === "string" ? noteUrl(data.start_date, data.page.inputPath) : false),
    // The note's published language versions, read beside its file (see lib/note/note-versions.ts).
    versions: (data: TemplateData) => eventVersions(data.page.inputPath, buildDate(), isPreview()),
    note: (data: TemplateData & { versions?: EventVersions }) => {
      const parsed = parseNoteTemplate(data.page.inputPath, data);
      if (!parsed.success) return undefined;
      return buildNoteView(parsed.data, data.page.inputPath, siteSettings, buildDate(), data.versions?.languages);
    },
    // Links to the browse pages in the note's language that list it: its country, region, organizers, type, year and topics.
    browse: (data: TemplateData & { note?: NoteView }) => (data.note ? noteFacetLinks(data.note) : undefined),
    // The page's language, titles, `hreflang` alternates and language switcher, for the layout's head.
    pageHead: (data: TemplateData & { note?: NoteView }) => (data.note ? notePageHead(data.note) : undefined),
    // Every version is indexed, in its own language's index. The version listed once per event also
    // names the languages the event has no version in: the build adds it to those languages' indexes
    // too (lib/build/search-index.ts), so each language's search finds every event once.
    untranslated: (data: TemplateData & { note?: NoteView }) =>
      data.note?.listed ? LANGUAGE_CODES.filter((code) => !data.note!.versions.some((version) => version.language === code)) : [],
  },
};
