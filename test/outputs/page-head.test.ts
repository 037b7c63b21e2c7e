import { describe, expect, it } from "vitest";
import { translate } from "../../lib/languages/messages.ts";
import { browsePageHead, interfacePageHead } from "../../lib/outputs/page-head.ts";
import { interfaceVersions } from "../../lib/outputs/page-languages.ts";

describe("interfacePageHead", () => {
  it("titles the home page by the site's name alone, and other pages '<title> · <site>', in the page's language", () => {
    const home = interfacePageHead("fr", { path: "/", title: translate("fr", "home.title") });
    expect(home.documentTitle).toBe(translate("fr", "site.name"));
    expect(home.title).toBe(translate("fr", "home.title"));
    const archive = interfacePageHead("fr", { path: "/notes/", title: "Archives" });
    expect(archive.documentTitle).toBe(translate("fr", "site.pageTitle", { title: "Archives", site: translate("fr", "site.name") }));
  });

  it("speaks Arabic right to left, with its Open Graph locale, and links every language with an x-default", () => {
    const head = interfacePageHead("ar", { path: "/search/" });
    expect([head.lang, head.tag, head.dir, head.ogLocale]).toEqual(["ar", "ar", "rtl", "ar_AR"]);
    expect(head.alternates.map((alternate) => alternate.url)).toEqual(["/search/", "/ar/search/", "/es/search/", "/fr/search/", "/ru/search/", "/zh/search/", "/search/"]);
    expect(head.alternates.at(-1)?.hreflang).toBe("x-default");
    expect(head.versions).toHaveLength(6);
  });

  it("falls back to the site's name and description when the page gives none", () => {
    const head = interfacePageHead("zh", { path: "/404.html" });
    expect(head.title).toBe(translate("zh", "site.name"));
    expect(head.description).toBe(translate("zh", "site.description"));
    expect(head.feeds).toEqual([]);
  });
});

describe("browsePageHead", () => {
  const versions = interfaceVersions("/countries/tajikistan/").slice(0, 2);
  const entry = {
    language: "es" as const,
    title: "Tayikistán",
    description: "Notas sobre Tayikistán.",
    versions,
    feeds: [{ type: "application/rss+xml", label: "RSS", title: "Tayikistán (RSS)", url: "/es/countries/tajikistan/rss.xml" }],
    lastModified: "2016-03-02",
  };

  it("takes its language, titles, feeds and last change from the entry", () => {
    const head = browsePageHead(entry);
    expect([head.lang, head.tag, head.dir]).toEqual(["es", "es", "ltr"]);
    expect(head.title).toBe("Tayikistán");
    expect(head.documentTitle).toBe(translate("es", "site.pageTitle", { title: "Tayikistán", site: translate("es", "site.name") }));
    expect(head.feeds).toEqual([{ type: "application/rss+xml", title: "Tayikistán (RSS)", url: "/es/countries/tajikistan/rss.xml" }]);
    expect(head.lastModified).toBe("2016-03-02");
  });

  it("links only the languages the page exists in, without an x-default", () => {
    expect(browsePageHead(entry).alternates).toEqual(versions.map(({ hreflang, url }) => ({ hreflang, url })));
    expect(browsePageHead({ ...entry, versions: undefined }).alternates).toEqual([]);
  });
});
