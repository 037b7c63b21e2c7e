/** The layout's words and links per language: translated, localised, the same as the messages say. */
import { describe, expect, it } from "vitest";
import { pageChrome, pageChromes } from "../../lib/outputs/page-chrome.ts";
import { LANGUAGE_CODES } from "../../lib/languages/languages.ts";
import { translate } from "../../lib/languages/messages.ts";

describe("pageChrome", () => {
  it("links the header, feeds and footer to pages in the page's language", () => {
    const french = pageChrome("fr", "committee@example.org");
    expect(french.homeUrl).toBe("/fr/");
    expect(french.navigation.map((link) => link.url)).toEqual(["/fr/", "/fr/notes/", "/fr/search/", "/fr/subscribe/"]);
    expect(french.navigation.filter((link) => link.section).map((link) => link.url)).toEqual(["/fr/notes/"]);
    expect(french.feeds.map((feed) => feed.url)).toEqual(["/fr/rss.xml", "/fr/atom.xml", "/fr/feed.json"]);
    expect([french.footer.follow.url, french.footer.openData.url]).toEqual(["/fr/subscribe/", "/fr/data/"]);
    expect(pageChrome("en", "committee@example.org").navigation[1]!.url).toBe("/notes/");
  });

  it("says everything in the page's language, with the site's name in the feeds' titles and the address in the footer", () => {
    for (const language of LANGUAGE_CODES) {
      const chrome = pageChrome(language, "committee@example.org");
      expect(chrome.siteName).toBe(translate(language, "site.name"));
      expect(chrome.navigation[0]!.text).toBe(translate(language, "site.nav.home"));
      for (const feed of chrome.feeds) expect(feed.title).toContain(chrome.siteName);
      expect(chrome.footer.contact).toContain("committee@example.org");
      expect(chrome.footer.notice).toContain(translate(language, "site.publisher"));
    }
    expect(pageChrome("ar", "x@example.org").skipLink).not.toBe(pageChrome("en", "x@example.org").skipLink);
  });

  it("is made for every language the site is built in", () => {
    expect(Object.keys(pageChromes("committee@example.org")).sort()).toEqual([...LANGUAGE_CODES].sort());
  });
});
