/**
 * What the base layout writes in a page's `<html>` and `<head>` and in its header's language
 * switcher: the page's language, titles, description, `hreflang` alternates, language versions,
 * feeds and last change. One object per page, made here for each kind of page (interface, browse,
 * note), because Eleventy pays for every computed value of every page: one value instead of a dozen
 * is most of the cost of the thousands of browse pages that six languages make.
 */
import { languageOf, type LanguageCode, type TextDirection } from "../languages/languages.ts";
import { translate } from "../languages/messages.ts";
import { noteAlternates, type NoteView } from "../note/note-view.ts";
import { interfaceAlternates, interfaceVersions, type PageVersion } from "./page-languages.ts";

export interface HeadFeed {
  readonly type: string;
  readonly title: string;
  readonly url: string;
}

export interface PageHead {
  /** The interface's language (its words, header and footer): a language code */
  readonly lang: LanguageCode;
  /** `<html lang>`: a BCP 47 tag */
  readonly tag: string;
  readonly dir: TextDirection;
  readonly ogLocale: string;
  /** `<title>` */
  readonly documentTitle: string;
  /** `og:title`: the page's own title, without the site's name */
  readonly title: string;
  readonly description: string;
  readonly alternates: readonly { readonly hreflang: string; readonly url: string }[];
  /** The header's language switcher: shown when there is more than one */
  readonly versions: readonly PageVersion[];
  /** Feeds of this page's own list, beside the site's */
  readonly feeds: readonly HeadFeed[];
  /** For the sitemap: the page's last change, when it has one of its own */
  readonly lastModified?: string;
}

function languageParts(language: LanguageCode) {
  const { tag, direction, openGraphLocale } = languageOf(language);
  return { lang: language, tag, dir: direction, ogLocale: openGraphLocale };
}

/**
 * An interface page (home, archive, search…) in `language`: its title and description by message
 * key or as text, the home page titled by the site's name alone.
 */
export function interfacePageHead(language: LanguageCode, page: { readonly path: string; readonly title?: string; readonly description?: string }): PageHead {
  const siteName = translate(language, "site.name");
  const title = page.title ?? siteName;
  return {
    ...languageParts(language),
    documentTitle: page.title !== undefined && page.path !== "/" ? translate(language, "site.pageTitle", { title: page.title, site: siteName }) : siteName,
    title,
    description: page.description ?? translate(language, "site.description"),
    alternates: interfaceAlternates(page.path),
    versions: interfaceVersions(page.path),
    feeds: [],
  };
}

/** What a browse page's entry (lib/outputs/facet-pages.ts) gives its head. */
export interface BrowseEntryHead {
  readonly language: LanguageCode;
  readonly title: string;
  readonly description: string;
  readonly versions?: readonly PageVersion[];
  readonly feeds?: readonly HeadFeed[];
  readonly lastModified?: string;
}

// The versions of a browse page share one list (withVersions), so they share its alternates too.
const alternatesOfVersions = new WeakMap<readonly PageVersion[], PageHead["alternates"]>();

/** A browse page (a country, an organizer…, or a facet's index) in its entry's language. */
export function browsePageHead(entry: BrowseEntryHead): PageHead {
  const versions = entry.versions ?? [];
  let alternates = alternatesOfVersions.get(versions);
  if (!alternates) {
    alternates = versions.map(({ hreflang, url }) => ({ hreflang, url }));
    alternatesOfVersions.set(versions, alternates);
  }
  return {
    ...languageParts(entry.language),
    documentTitle: translate(entry.language, "site.pageTitle", { title: entry.title, site: translate(entry.language, "site.name") }),
    title: entry.title,
    description: entry.description,
    alternates,
    versions,
    feeds: (entry.feeds ?? []).map(({ type, title, url }) => ({ type, title, url })),
    ...(entry.lastModified ? { lastModified: entry.lastModified } : {}),
  };
}

/** A note's page, in the note's own language, switching to its other language versions. */
export function notePageHead(note: NoteView): PageHead {
  return {
    ...languageParts(note.language),
    documentTitle: note.pageTitle,
    title: note.title,
    description: note.summary.trim(),
    alternates: noteAlternates(note),
    versions: note.versions.map((version) => ({ code: version.language, hreflang: version.tag, endonym: version.endonym, dir: version.direction, url: version.url })),
    feeds: [],
    lastModified: note.lastModified,
  };
}
