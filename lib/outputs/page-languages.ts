/**
 * Pages in the six languages: which version of each event a page in one language lists, and the
 * addresses of an interface page in every language (for `hreflang` alternates and the switcher).
 */
import { LANGUAGES, LANGUAGE_CODES, localizedPath, type LanguageCode } from "../languages/languages.ts";
import type { NoteView } from "../note/note-view.ts";
import { escapeXml } from "./xml.ts";

export interface PageVersion {
  readonly code: LanguageCode;
  readonly hreflang: string;
  readonly endonym: string;
  readonly dir: "ltr" | "rtl";
  readonly url: string;
}

/** An interface page (home, archive, search…) in every language, English first. */
export function interfaceVersions(path: string): PageVersion[] {
  return LANGUAGES.map((language) => ({ code: language.code, hreflang: language.tag, endonym: language.endonym, dir: language.direction, url: localizedPath(path, language.code) }));
}

/** `hreflang` alternates of an interface page: every language, and English as `x-default`. */
export function interfaceAlternates(path: string): { hreflang: string; url: string }[] {
  return [...interfaceVersions(path).map(({ hreflang, url }) => ({ hreflang, url })), { hreflang: "x-default", url: localizedPath(path, "en") }];
}

/**
 * What a page in `language` lists: each event once, in that language when a version exists,
 * otherwise the version listed everywhere (English, or the language it was written in), which the
 * list then marks as such. `entries` are every published version of every event.
 */
/** What choosing among an event's versions needs to know of each. */
export type EventVersion = Pick<NoteView, "eventKey" | "language" | "listed">;

export function eventsInLanguage<T>(entries: readonly T[], viewOf: (entry: T) => EventVersion, language: LanguageCode): T[] {
  const chosen = new Map<string, T>();
  for (const entry of entries) {
    const note = viewOf(entry);
    const current = chosen.get(note.eventKey);
    if (note.language === language) chosen.set(note.eventKey, entry);
    else if (current === undefined && note.listed) chosen.set(note.eventKey, entry);
    else if (current !== undefined && viewOf(current).language !== language && note.listed) chosen.set(note.eventKey, entry);
  }
  return [...chosen.values()];
}

/** The same per-language lists for every language, sharing one array when nothing differs. */
export function eventsByLanguage<T>(entries: readonly T[], viewOf: (entry: T) => EventVersion): Record<LanguageCode, T[]> {
  const listed = entries.filter((entry) => viewOf(entry).listed);
  const languagesWithVersions = new Set(entries.filter((entry) => !viewOf(entry).listed).map((entry) => viewOf(entry).language));
  const byLanguage = {} as Record<LanguageCode, T[]>;
  for (const code of LANGUAGE_CODES) {
    // A language no unlisted version is written in lists exactly the listed versions: the same array,
    // so the browse pages computed from it are computed once.
    byLanguage[code] = languagesWithVersions.has(code) ? eventsInLanguage(entries, viewOf, code) : listed;
  }
  return byLanguage;
}

/** A piece of markup a message places by name: a link, or emphasised words. */
export interface MessagePart {
  /** Several links in a row, separated by commas (`text` and `href` are then not used) */
  readonly links?: readonly { readonly text: string; readonly href: string }[];
  readonly text?: string;
  readonly href?: string;
  /** A link's media type, such as `text/calendar` */
  readonly type?: string;
  readonly strong?: boolean;
}


function partHtml(part: MessagePart): string {
  if (part.links) return part.links.map((link) => partHtml(link)).join(", ");
  const text = escapeXml(part.text ?? "");
  if (part.href !== undefined) return `<a href="${escapeXml(part.href)}"${part.type ? ` type="${escapeXml(part.type)}"` : ""}>${text}</a>`;
  return part.strong ? `<strong>${text}</strong>` : text;
}

/**
 * A translated sentence as HTML, with some of its placeholders filled by links or emphasis: the
 * words around them are escaped, each part is escaped and wrapped, so the result is safe to insert.
 * `fill` is the translation with every placeholder of `parts` still in it (`{archive}`).
 */
export function messageWithMarkup(fill: (params: Record<string, string>) => string, parts: Readonly<Record<string, MessagePart>>): string {
  const tokens = Object.fromEntries(Object.keys(parts).map((name, index) => [name, `\u0000${index}\u0000`]));
  const names = Object.keys(parts);
  return escapeXml(fill(tokens)).replace(/\u0000(\d+)\u0000/g, (_, index: string) => partHtml(parts[names[Number(index)]!]!));
}

/**
 * Browse pages in several languages, each with the versions of itself that exist: the same value's
 * page in another language (`/fr/countries/tajikistan/`), when that language lists the value.
 */
export function withVersions<P extends { readonly language: LanguageCode; readonly url: string }>(pages: readonly P[], keyOf: (page: P) => string): (P & { readonly versions: PageVersion[] })[] {
  const byKey = new Map<string, P[]>();
  for (const page of pages) {
    const key = keyOf(page);
    const same = byKey.get(key);
    if (same) same.push(page);
    else byKey.set(key, [page]);
  }
  // One list per page key, shared by the versions (see language-links.ts, which makes their links once).
  const versionsByKey = new Map<string, PageVersion[]>();
  return pages.map((page) => {
    const key = keyOf(page);
    let versions = versionsByKey.get(key);
    if (!versions) {
      const same = byKey.get(key)!;
      versions = LANGUAGES.flatMap((language) => {
        const version = same.find((candidate) => candidate.language === language.code);
        return version ? [{ code: language.code, hreflang: language.tag, endonym: language.endonym, dir: language.direction, url: version.url }] : [];
      });
      versionsByKey.set(key, versions);
    }
    return { ...page, versions };
  });
}
