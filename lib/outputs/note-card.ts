/**
 * A note as a card in a list (home, archive, browse pages, related notes), and the list itself, as
 * HTML. Built here rather than by a template include because the same few thousand cards appear in
 * tens of thousands of list places across six languages: each card is made once per page language
 * and heading level. Every text in a card is escaped here.
 */
import { isLanguageCode, DEFAULT_LANGUAGE, type LanguageCode } from "../languages/languages.ts";
import { noteTextCache } from "./note-text-cache.ts";
import { languageMarker, type NoteView } from "../note/note-view.ts";
import { escapeText as e } from "./xml.ts";

const cachedCard = noteTextCache();

/**
 * The list of `notes` as cards on a page in `pageLanguage`, `<ol>` included: one filter call per list
 * rather than a template loop, whose per-item bookkeeping cost more than the (cached) cards on
 * thousands of browse pages. A card of a note written in another language than the page's is
 * marked as such and carries its own `lang` and `dir`.
 */
export function noteListHtml(notes: Iterable<NoteView>, pageLanguage: string, headingLevel: number): string {
  const language = isLanguageCode(pageLanguage) ? pageLanguage : DEFAULT_LANGUAGE;
  const key = `${language}:${headingLevel}`;
  let html = '<ol class="note-list" role="list">';
  for (const note of notes) html += `\n${cachedCard(note, key, () => cardHtml(note, language, headingLevel))}`;
  return `${html}\n</ol>\n`;
}

function cardHtml(note: NoteView, language: LanguageCode, headingLevel: number): string {
  const marker = languageMarker(note, language);
  const level = Number.isInteger(headingLevel) && headingLevel >= 2 && headingLevel <= 6 ? headingLevel : 3;
  return [
    `<li class="note-card"${marker ? ` lang="${e(marker.noteTag)}" dir="${e(marker.noteDirection)}"` : ""}>`,
    `  <h${level} class="note-card-title"><a href="${e(note.url)}">${e(note.title)}</a>${marker ? ` <span class="language-marker" lang="${e(marker.pageTag)}" dir="${e(marker.pageDirection)}">${e(marker.text)}</span>` : ""}</h${level}>`,
    `  <p class="note-card-meta"><span class="note-type">${e(note.typeLabel)}</span> · <time datetime="${e(note.startDate)}">${e(note.dateAndVenue)}</time></p>`,
    `  <p class="note-card-summary">${e(note.summary)}</p>`,
    "</li>",
  ].join("\n");
}
