/**
 * NoteViews for unit tests of the pure browse functions, built through the real schema and view.
 */
import { NoteSchema, type NoteInput } from "../../lib/note-schema.ts";
import { buildNoteView, type NoteView } from "../../lib/note-view.ts";
import { siteSettings } from "../../site.config.ts";

export const BUILD_DATE = { year: 2024, month: 6, day: 1 } as const;

/** A note view from front matter overrides; `file` sets the URL slug. */
export function noteView(file: string, overrides: Partial<NoteInput> & Record<string, unknown> = {}): NoteView {
  const note = NoteSchema.parse({
    title: "Regional workshop on export controls",
    type: "workshop",
    organizers: ["UNODA"],
    start_date: "2016-02-29",
    end_date: "2016-03-01",
    city: "Dushanbe",
    country: "Tajikistan",
    summary: "Officials from the region discussed export controls and reporting.",
    published: "2016-03-02",
    ...overrides,
  });
  return buildNoteView(note, `notes/${file}.md`, siteSettings, BUILD_DATE);
}
