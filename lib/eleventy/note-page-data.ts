/**
 * What a note page holds besides its front matter: its address, its language versions, the `note`
 * view the layout shows, the links to the browse pages that list it, the page's head and the
 * languages it stands in for in the search index.
 *
 * Worked out once per note, by the preprocessor that has just parsed it and found it published
 * (notes-plugin.ts), rather than as `eleventyComputed`: Eleventy runs every computed function twice
 * per page (first under a proxy, to learn which data it reads) and builds a dependency graph for
 * each page, which cost more than the note view itself at thousands of notes.
 */
import type { EventVersions } from "../note/note-versions.ts";
import { eventVersions } from "../note/note-versions.ts";
import { noteUrl } from "../note/note-files.ts";
import type { Note } from "../note/note-schema.ts";
import { buildNoteView, type NoteDefaults, type NoteView } from "../note/note-view.ts";
import { buildDate, isPreview } from "../note/publication.ts";
import { LANGUAGE_CODES, type LanguageCode } from "../languages/languages.ts";
import { noteFacetLinks } from "../outputs/facets.ts";
import { notePageHead, type PageHead } from "../outputs/page-head.ts";

export interface NotePageData {
  /** A function, so that Eleventy takes the address as it is instead of compiling it as a template. */
  readonly permalink: () => string;
  readonly versions: EventVersions;
  readonly note: NoteView;
  readonly browse: ReturnType<typeof noteFacetLinks>;
  readonly pageHead: PageHead;
  /**
   * Every version is indexed, in its own language's index. The version listed once per event also
   * names the languages the event has no version in: the build adds it to those languages' indexes
   * too (lib/build/search-index.ts), so each language's search finds every event once.
   */
  readonly untranslated: readonly LanguageCode[];
}

export function notePageData(note: Note, inputPath: string, defaults: NoteDefaults): NotePageData {
  const url = noteUrl(note.start_date, inputPath);
  const versions = eventVersions(inputPath, buildDate(), isPreview());
  const view = buildNoteView(note, inputPath, defaults, buildDate(), versions.languages);
  return {
    permalink: () => url,
    versions,
    note: view,
    browse: noteFacetLinks(view),
    pageHead: notePageHead(view),
    untranslated: view.listed ? LANGUAGE_CODES.filter((code) => !view.versions.some((version) => version.language === code)) : [],
  };
}
