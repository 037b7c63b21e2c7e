/**
 * The browse pages' RSS and Atom feeds, written as text in one pass rather than as an Eleventy page
 * each: in six languages there are thousands, each a short list, and as pages they cost the build
 * more than everything they hold. Short entries: title, link, dates, the summary with date and venue.
 */
import { languageOf } from "../../languages/languages.ts";
import { translate } from "../../languages/messages.ts";
import { feedEntryText, type NoteView } from "../../note/note-view.ts";
import type { FacetFeed } from "../facet-pages.ts";
import { absoluteUrl, isoDateToRfc3339, isoDateToRfc822 } from "./feed-dates.ts";
import type { SiteFile } from "../site-files.ts";
import { noteTextCache } from "../note-text-cache.ts";
import { escapeText as e } from "../xml.ts";

/**
 * An entry is the same in every feed that lists its note (the note in its own words, whatever the
 * feed's language), and a note is in a dozen browse feeds per language: each entry is written once.
 */
const cachedEntry = noteTextCache();

function rssItem(note: NoteView, baseUrl: string): string {
  const url = e(absoluteUrl(note.url, baseUrl));
  return [
    "<item>",
    `<title>${e(note.title)}</title>`,
    `<link>${url}</link>`,
    `<guid isPermaLink="true">${url}</guid>`,
    `<pubDate>${isoDateToRfc822(note.published)}</pubDate>`,
    `<dc:language>${e(note.languageTag)}</dc:language>`,
    `<dc:creator>${e(note.organizers.join("; "))}</dc:creator>`,
    `<category>${e(note.typeLabel)}</category>`,
    `<description>${e(feedEntryText(note))}</description>`,
    "</item>",
  ].join("\n");
}

function atomEntry(note: NoteView, baseUrl: string): string {
  const url = e(absoluteUrl(note.url, baseUrl));
  return [
    `<entry xml:lang="${e(note.languageTag)}">`,
    `<title type="text">${e(note.title)}</title>`,
    `<link href="${url}" rel="alternate" type="text/html"/>`,
    `<id>${url}</id>`,
    `<published>${isoDateToRfc3339(note.published)}</published>`,
    `<updated>${isoDateToRfc3339(note.lastModified)}</updated>`,
    ...note.organizers.map((organizer) => `<author><name>${e(organizer)}</name></author>`),
    `<category term="${e(note.type)}" label="${e(note.typeLabel)}"/>`,
    `<summary type="text">${e(feedEntryText(note))}</summary>`,
    "</entry>",
  ].join("\n");
}

function rss<T>(feed: FacetFeed<T>, viewOf: (entry: T) => NoteView, baseUrl: string): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    `<title>${e(feed.title)}</title>`,
    `<link>${e(absoluteUrl(feed.pageUrl, baseUrl))}</link>`,
    `<atom:link href="${e(absoluteUrl(feed.rssUrl, baseUrl))}" rel="self" type="application/rss+xml"/>`,
    `<description>${e(feed.description)}</description>`,
    `<language>${e(languageOf(feed.language).tag)}</language>`,
    `<copyright>${e(translate(feed.language, "site.publisher"))}</copyright>`,
    `<lastBuildDate>${isoDateToRfc822(feed.updated)}</lastBuildDate>`,
  ];
  const key = `rss ${baseUrl}`;
  for (const entry of feed.entries) {
    const note = viewOf(entry);
    lines.push(cachedEntry(note, key, () => rssItem(note, baseUrl)));
  }
  lines.push("</channel>", "</rss>", "");
  return lines.join("\n");
}

function atom<T>(feed: FacetFeed<T>, viewOf: (entry: T) => NoteView, baseUrl: string): string {
  const publisher = e(translate(feed.language, "site.publisher"));
  const page = e(absoluteUrl(feed.pageUrl, baseUrl));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(languageOf(feed.language).tag)}">`,
    `<title>${e(feed.title)}</title>`,
    `<subtitle>${e(feed.description)}</subtitle>`,
    `<id>${page}</id>`,
    `<link href="${page}" rel="alternate" type="text/html"/>`,
    `<link href="${e(absoluteUrl(feed.atomUrl, baseUrl))}" rel="self" type="application/atom+xml"/>`,
    `<updated>${isoDateToRfc3339(feed.updated)}</updated>`,
    `<author><name>${publisher}</name></author>`,
    `<rights>${publisher}</rights>`,
  ];
  const key = `atom ${baseUrl}`;
  for (const entry of feed.entries) {
    const note = viewOf(entry);
    lines.push(cachedEntry(note, key, () => atomEntry(note, baseUrl)));
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}

/** The RSS and Atom files of every browse page's feed, by address, each written out as it is asked for. */
export function* facetFeedFiles<T>(feeds: readonly FacetFeed<T>[], viewOf: (entry: T) => NoteView, baseUrl: string): Generator<SiteFile> {
  for (const feed of feeds) {
    yield { url: feed.rssUrl, text: rss(feed, viewOf, baseUrl) };
    yield { url: feed.atomUrl, text: atom(feed, viewOf, baseUrl) };
  }
}
