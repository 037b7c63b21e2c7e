/**
 * Every note gets the note layout and its URL, `/notes/<year of start_date>/<file name>/`, and a
 * `note` object holding everything the layout shows (see lib/note/note-view.ts).
 */
import { buildDate } from "../lib/note/publication.ts";
import { noteUrl } from "../lib/note/note-files.ts";
import { noteFieldsOf, NoteSchema } from "../lib/note/note-schema.ts";
import { noteFacetLinks } from "../lib/outputs/facets.ts";
import { buildNoteView, type NoteView } from "../lib/note/note-view.ts";
import { siteSettings } from "../site.config.ts";

interface TemplateData extends Record<string, unknown> {
  readonly page: { readonly inputPath: string };
}

export default {
  layout: "note.njk",
  eleventyComputed: {
    permalink: (data: TemplateData) => (typeof data.start_date === "string" ? noteUrl(data.start_date, data.page.inputPath) : false),
    description: (data: TemplateData) => (typeof data.summary === "string" ? data.summary.trim() : undefined),
    note: (data: TemplateData) => {
      const parsed = NoteSchema.safeParse(noteFieldsOf(data));
      return parsed.success ? buildNoteView(parsed.data, data.page.inputPath, siteSettings, buildDate()) : undefined;
    },
    // Links to the browse pages listing this note's country, region, organizers, type, year and topics.
    browse: (data: TemplateData & { note?: NoteView }) => (data.note ? noteFacetLinks(data.note) : undefined),
  },
};
