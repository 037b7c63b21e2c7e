/**
 * Text made from a note once per build and reused wherever it appears again: a card in every list
 * that shows the note, an entry in every feed that carries it. Keyed by the note's view object, so a
 * rebuild in the preview (new views) never gets stale text.
 */
import type { NoteView } from "../note/note-view.ts";

/** A cache of texts per note and key: `cached(note, key, make)` makes the text the first time only. */
export function noteTextCache(): (note: NoteView, key: string, make: () => string) => string {
  const texts = new WeakMap<NoteView, Map<string, string>>();
  return (note, key, make) => {
    let forNote = texts.get(note);
    const cached = forNote?.get(key);
    if (cached !== undefined) return cached;
    const text = make();
    if (!forNote) texts.set(note, (forNote = new Map()));
    forNote.set(key, text);
    return text;
  };
}
