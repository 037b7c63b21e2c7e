/**
 * The words and links of the base layout that are the same on every page of a language: the site's
 * name, the header's navigation, the site's feeds and the footer. Made once per language, where the
 * layout used to translate and localise each of them again on every one of thousands of pages.
 * Plain text: the layout escapes it like anything else.
 */
import { LANGUAGES, localizedPath, type LanguageCode } from "../languages/languages.ts";
import { translate, type MessageKey } from "../languages/messages.ts";
import type { HeadFeed } from "./page-head.ts";

export interface ChromeLink {
  readonly url: string;
  readonly text: string;
}

export interface NavigationLink extends ChromeLink {
  /** Also current on the pages under it (`/notes/` on every note page) */
  readonly section: boolean;
}

export interface PageChrome {
  readonly siteName: string;
  readonly siteDescription: string;
  readonly homeUrl: string;
  readonly skipLink: string;
  /** The site's own feeds, in `<head>` */
  readonly feeds: readonly HeadFeed[];
  readonly navigationLabel: string;
  readonly navigation: readonly NavigationLink[];
  readonly languageNavigationLabel: string;
  readonly footer: {
    readonly contact: string;
    readonly notice: string;
    readonly follow: ChromeLink;
    readonly openData: ChromeLink;
  };
}

const NAVIGATION: readonly (readonly [path: string, key: MessageKey])[] = [
  ["/", "site.nav.home"],
  ["/notes/", "site.nav.notes"],
  ["/search/", "site.nav.search"],
  ["/subscribe/", "site.nav.subscribe"],
];

export function pageChrome(language: LanguageCode, contactEmail: string): PageChrome {
  const say = (key: MessageKey, params = {}) => translate(language, key, params);
  const siteName = say("site.name");
  return {
    siteName,
    siteDescription: say("site.description"),
    homeUrl: localizedPath("/", language),
    skipLink: say("site.skipLink"),
    feeds: [
      { type: "application/rss+xml", title: say("site.feedTitle.rss", { title: siteName }), url: localizedPath("/rss.xml", language) },
      { type: "application/atom+xml", title: say("site.feedTitle.atom", { title: siteName }), url: localizedPath("/atom.xml", language) },
      { type: "application/feed+json", title: say("site.feedTitle.json", { title: siteName }), url: localizedPath("/feed.json", language) },
    ],
    navigationLabel: say("site.mainNavigation"),
    navigation: NAVIGATION.map(([path, key]) => ({ url: localizedPath(path, language), text: say(key), section: path === "/notes/" })),
    languageNavigationLabel: say("site.languageNavigation"),
    footer: {
      contact: say("site.footer.contact", { name: say("site.contactName"), email: contactEmail }),
      notice: `${say("site.footer.notOfficial")} ${say("site.publisher")}.`,
      follow: { url: localizedPath("/subscribe/", language), text: say("site.footer.follow") },
      openData: { url: localizedPath("/data/", language), text: say("openData.footerLink") },
    },
  };
}

/** The chrome of every language the site is built in, by language code. */
export function pageChromes(contactEmail: string): Readonly<Record<string, PageChrome>> {
  return Object.fromEntries(LANGUAGES.map((language) => [language.code, pageChrome(language.code, contactEmail)]));
}
