/** A page's links to its language versions: absolute alternates, the switcher marking the page's own language. */
import { describe, expect, it } from "vitest";
import { alternateLinksHtml, languageSwitcherItemsHtml } from "../../lib/outputs/language-links.ts";
import { interfaceAlternates, interfaceVersions } from "../../lib/outputs/page-languages.ts";

describe("alternateLinksHtml", () => {
  it("writes one absolute alternate per version and x-default, each on its own line", () => {
    const html = alternateLinksHtml(interfaceAlternates("/notes/"), "https://notes.example.org");
    const lines = html.split("\n").filter(Boolean);
    expect(lines).toHaveLength(7);
    expect(lines).toContain('<link rel="alternate" hreflang="fr" href="https://notes.example.org/fr/notes/">');
    expect(lines).toContain('<link rel="alternate" hreflang="x-default" href="https://notes.example.org/notes/">');
    expect(html.startsWith("\n")).toBe(true);
  });

  it("escapes what it writes", () => {
    expect(alternateLinksHtml([{ hreflang: 'en"x', url: "/a?b=1&c=2" }], "https://notes.example.org")).toBe('\n<link rel="alternate" hreflang="en&quot;x" href="https://notes.example.org/a?b=1&amp;c=2">');
  });
});

describe("languageSwitcherItemsHtml", () => {
  it("names each version in its own language and marks only the page's own as current", () => {
    const html = languageSwitcherItemsHtml(interfaceVersions("/search/"), "ar");
    expect(html.match(/<li>/g)).toHaveLength(6);
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toMatch(/<a href="\/ar\/search\/" lang="ar" hreflang="ar" dir="rtl" aria-current="page">العربية<\/a>/);
    expect(html).toContain('<a href="/search/" lang="en" hreflang="en" dir="ltr">English</a>');
  });
});
