/**
 * The preview's quick render: the pages of a few note files, made by Eleventy with the site's own
 * configuration, layouts and data, but reading only those files. A fraction of a second, where a
 * build of the whole site takes seconds to minutes: Eleventy computes the data of every template it
 * reads, and a note's page only needs its own files.
 *
 * Only the related notes of a note page depend on the other notes; they are chosen by the same
 * function as in a whole build (`relatedNotesIndex`), among the views of every note the preview
 * keeps (see `relatedNoteCards`).
 */
import { createEleventy } from "./eleventy-project.ts";
import { assignPreviewRole, type PreviewNote, type RelatedNoteCard } from "./preview-roles.ts";
import { relatedNotesIndex } from "../outputs/facets.ts";
import { organizerKey, topicSlug } from "../note/browse-index.ts";
import { eventsByLanguage } from "../outputs/page-languages.ts";
import { byPublishedNewestFirst, type NoteView } from "../note/note-view.ts";

export interface RenderedNotePage extends PreviewNote {
  readonly url: string;
  readonly html: string;
}

/** Characters that would make a file name a glob pattern; escaped, they match themselves. */
const GLOB_SPECIAL = /[\\*?[\]{}()!@+]/g;

/** Eleventy's input for exactly these files (paths relative to the project folder, `/`-separated). */
export function inputGlobOf(files: readonly string[]): string {
  const escaped = files.map((file) => file.replace(/^\.\//, "").replace(GLOB_SPECIAL, "\\$&"));
  return escaped.length === 1 ? escaped[0]! : `{${escaped.join(",")}}`;
}

/**
 * What makes two notes related (`relatedNotesIndex`): the host country, an organizer, a topic. The
 * same keys as that function's, kept per view so that the thousands of other notes are keyed once.
 */
const relationKeys = new WeakMap<NoteView, readonly string[]>();
function relationKeysOf(note: NoteView): readonly string[] {
  let keys = relationKeys.get(note);
  if (!keys) {
    const found = new Set<string>();
    if (note.country) found.add(`country:${note.country.code}`);
    for (const organizer of note.organizers) {
      const key = organizerKey(organizer);
      if (key) found.add(`organizer:${key.slug}`);
    }
    for (const topic of note.topics) if (topicSlug(topic)) found.add(`topic:${topicSlug(topic)}`);
    keys = [...found];
    relationKeys.set(note, keys);
  }
  return keys;
}

/**
 * The related notes of `note` as a whole build lists them: among the events of its language's list
 * (`collections.notesIn[language]`, newest published first), `note` standing in for the version of
 * its own file. `others` are every note page of the site, in the order of the build's collections.
 *
 * Only the notes that share a country, organizer or topic with it can be related, so only those are
 * sorted and handed to `relatedNotesIndex`: sorting them alone keeps the order they have in the
 * whole list, and the lists it picks from for `note` hold exactly them.
 */
export function relatedNoteCards(others: Iterable<NoteView>, note: NoteView): RelatedNoteCard[] {
  const entries: NoteView[] = [];
  let replaced = false;
  for (const other of others) {
    const same = other.eventKey === note.eventKey && other.language === note.language;
    if (same && !replaced) entries.push(note);
    if (same) replaced = true;
    else entries.push(other);
  }
  if (!replaced) entries.push(note);
  const keys = new Set(relationKeysOf(note));
  const list: readonly NoteView[] = eventsByLanguage(entries, (entry) => entry)[note.language] ?? [];
  const candidates = list.filter((entry) => entry === note || relationKeysOf(entry).some((key) => keys.has(key)));
  const related = relatedNotesIndex(candidates.sort(byPublishedNewestFirst), (entry) => entry).get(note) ?? [];
  return related.map((entry) => ({ data: { note: entry } }));
}

/**
 * Renders the note files (paths relative to the project folder) with the site's configuration.
 * Returns the pages Eleventy made; a file that makes none is one the notes plugin left out (it
 * could not be read as a note). `output` is the site folder, which nothing here writes to.
 */
export async function renderNotePages(files: readonly string[], output: string, others: () => Iterable<NoteView>): Promise<RenderedNotePage[]> {
  if (files.length === 0) return [];
  const eleventy = createEleventy({
    output,
    // "watch": a preview run (drafts shown), without the dev server's stand-ins for copied files.
    runMode: "watch",
    input: inputGlobOf(files),
    configure: (config) => assignPreviewRole(config, { kind: "render", relatedNotes: (note) => relatedNoteCards(others(), note) }),
  });
  const pages = await eleventy.toJSON();
  return pages.flatMap((page) => {
    const note = page.data?.note as NoteView | undefined;
    return typeof page.url === "string" && note ? [{ inputPath: page.inputPath, url: page.url, html: page.content, note }] : [];
  });
}
