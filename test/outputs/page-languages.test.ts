/**
 * Pages in the six languages: which version of each event a page lists, the addresses of an
 * interface page in every language, and sentences with links inside them.
 */
import { describe, expect, it } from "vitest";
import { eventsByLanguage, eventsInLanguage, interfaceAlternates, interfaceVersions, messageWithMarkup, withVersions } from "../../lib/outputs/page-languages.ts";
import type { NoteView } from "../../lib/note/note-view.ts";

type Version = Pick<NoteView, "eventKey" | "language" | "listed"> & { readonly name: string };
const viewOf = (entry: Version) => entry;
const version = (name: string, eventKey: string, language: NoteView["language"], listed: boolean): Version => ({ name, eventKey, language, listed });

const dushanbe = { en: version("dushanbe.en", "2016/dushanbe", "en", true), fr: version("dushanbe.fr", "2016/dushanbe", "fr", false), ar: version("dushanbe.ar", "2016/dushanbe", "ar", false) };
const nouakchott = { ar: version("nouakchott.ar", "2017/nouakchott", "ar", true), fr: version("nouakchott.fr", "2017/nouakchott", "fr", false) };
const lima = { fr: version("lima.fr", "2018/lima", "fr", true) };
const all = [dushanbe.en, dushanbe.fr, dushanbe.ar, nouakchott.ar, nouakchott.fr, lima.fr];

describe("eventsInLanguage", () => {
  it("lists each event once, in the page's language where it has a version, otherwise its listed version", () => {
    const names = (language: NoteView["language"]) => eventsInLanguage(all, viewOf, language).map((entry) => entry.name).sort();
    expect(names("fr")).toEqual(["dushanbe.fr", "lima.fr", "nouakchott.fr"]);
    expect(names("ar")).toEqual(["dushanbe.ar", "lima.fr", "nouakchott.ar"]);
    expect(names("es")).toEqual(["dushanbe.en", "lima.fr", "nouakchott.ar"]);
    expect(names("en")).toEqual(["dushanbe.en", "lima.fr", "nouakchott.ar"]);
  });

  it("does not depend on the order the versions come in", () => {
    const reversed = [...all].reverse();
    expect(eventsInLanguage(reversed, viewOf, "fr").map((entry) => entry.name).sort()).toEqual(["dushanbe.fr", "lima.fr", "nouakchott.fr"]);
    expect(eventsInLanguage(reversed, viewOf, "ru").map((entry) => entry.name).sort()).toEqual(["dushanbe.en", "lima.fr", "nouakchott.ar"]);
  });
});

describe("eventsByLanguage", () => {
  it("shares one list among the languages no version is written in, so their browse pages are computed once", () => {
    const lists = eventsByLanguage(all, viewOf);
    expect(lists.es).toBe(lists.ru);
    expect(lists.es).toBe(lists.zh);
    expect(lists.fr).not.toBe(lists.es);
    expect(lists.en.map((entry) => entry.name)).toEqual(["dushanbe.en", "nouakchott.ar", "lima.fr"]);
  });
});

describe("interface pages in every language", () => {
  it("gives every language's address, English first and as x-default", () => {
    expect(interfaceVersions("/notes/").map((entry) => entry.url)).toEqual(["/notes/", "/ar/notes/", "/es/notes/", "/fr/notes/", "/ru/notes/", "/zh/notes/"]);
    expect(interfaceAlternates("/search/").at(-1)).toEqual({ hreflang: "x-default", url: "/search/" });
    expect(interfaceAlternates("/search/").find((entry) => entry.hreflang === "zh-Hans")).toEqual({ hreflang: "zh-Hans", url: "/zh/search/" });
  });

  it("finds a browse page's versions among the languages that list its value", () => {
    const pages = withVersions(
      [
        { language: "en" as const, url: "/topics/reporting/", key: "reporting" },
        { language: "fr" as const, url: "/fr/topics/reporting/", key: "reporting" },
        { language: "fr" as const, url: "/fr/topics/rapports/", key: "rapports" },
      ],
      (page) => page.key,
    );
    expect(pages[0]!.versions.map((entry) => entry.url)).toEqual(["/topics/reporting/", "/fr/topics/reporting/"]);
    expect(pages[2]!.versions.map((entry) => entry.url)).toEqual(["/fr/topics/rapports/"]);
  });
});

describe("messageWithMarkup", () => {
  it("escapes the sentence and each part, and wraps the parts", () => {
    const html = messageWithMarkup((tokens) => `See the ${tokens.archive} <now> & ${tokens.feed}.`, {
      archive: { text: "archive <of notes>", href: "/notes/?a=1&b=2" },
      feed: { text: "feed", strong: true },
    });
    expect(html).toBe('See the <a href="/notes/?a=1&amp;b=2">archive &lt;of notes&gt;</a> &lt;now&gt; &amp; <strong>feed</strong>.');
  });

  it("joins several links with commas", () => {
    expect(messageWithMarkup((tokens) => `Too small: ${tokens.countries}.`, { countries: { links: [{ text: "Malta", href: "/countries/malta/" }, { text: "Tonga", href: "/countries/tonga/" }] } })).toBe(
      'Too small: <a href="/countries/malta/">Malta</a>, <a href="/countries/tonga/">Tonga</a>.',
    );
  });
});
