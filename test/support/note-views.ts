/**
 * NoteViews for unit tests of the pure browse functions, built through the real schema and view.
 */
import { NoteSchema, type NoteInput } from "../../lib/note/note-schema.ts";
import { validFrontMatter } from "./fixture-notes.ts";
import { buildNoteView, type NoteView } from "../../lib/note/note-view.ts";
import { siteSettings } from "../../site.config.ts";

export const BUILD_DATE = { year: 2024, month: 6, day: 1 } as const;

/** A note view from front matter overrides; `file` sets the URL slug. */
export function noteView(file: string, overrides: Partial<NoteInput> & Record<string, unknown> = {}): NoteView {
  const note = NoteSchema.parse(validFrontMatter(overrides));
  return buildNoteView(note, `notes/${file}.md`, siteSettings, BUILD_DATE);
}
