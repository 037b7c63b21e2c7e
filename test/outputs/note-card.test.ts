/** Lists of note cards: every text escaped, a note in another language than the page marked and tagged. */
import { describe, expect, it } from "vitest";
import { noteListHtml } from "../../lib/outputs/note-card.ts";
import { noteView } from "../support/note-views.ts";

const english = noteView("2016/export-workshop", { title: `Export <controls> & "brokering"`, summary: "A <b>summary</b> of what was discussed." });
const french = noteView("2016/atelier.fr", { title: "Atelier sur les contrôles à l'exportation" });

describe("noteListHtml", () => {
  it("escapes every text taken from a note", () => {
    const html = noteListHtml([english], "en", 3);
    expect(html).toContain("Export &lt;controls&gt; &amp; &quot;brokering&quot;");
    expect(html).toContain("A &lt;b&gt;summary&lt;/b&gt; of what was discussed.");
    expect(html).not.toContain("<controls>");
  });

  it("lists the cards in order inside one ordered list, with the heading level asked for", () => {
    const html = noteListHtml([english, french], "en", 4);
    expect(html.startsWith('<ol class="note-list" role="list">\n<li class="note-card"')).toBe(true);
    expect(html.endsWith("</li>\n</ol>\n")).toBe(true);
    expect(html.match(/<h4 class="note-card-title">/g)).toHaveLength(2);
    expect(html.indexOf("Export &lt;controls")).toBeLessThan(html.indexOf("Atelier sur"));
  });

  it("marks a note written in another language than the page's, in the page's language", () => {
    const onEnglishPage = noteListHtml([french], "en", 3);
    expect(onEnglishPage).toContain('<li class="note-card" lang="fr" dir="ltr">');
    expect(onEnglishPage).toMatch(/<span class="language-marker" lang="en" dir="ltr">\(in French\)<\/span>/);
    const onArabicPage = noteListHtml([english], "ar", 3);
    expect(onArabicPage).toMatch(/<span class="language-marker" lang="ar" dir="rtl">[^<]+<\/span>/);
    expect(noteListHtml([french], "fr", 3)).not.toContain("language-marker");
  });

  it("is an empty list when there are no notes", () => {
    expect(noteListHtml([], "fr", 3)).toBe('<ol class="note-list" role="list">\n</ol>\n');
  });
});
