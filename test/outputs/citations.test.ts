/**
 * A note's references (BibTeX, RIS, CSL-JSON) read back with citation-js's own parsers, in Arabic,
 * Chinese and with hostile titles; the page's citation and Highwire tags.
 */
import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { NoteSchema } from "../../lib/note/note-schema.ts";
import { buildNoteView, type NoteView } from "../../lib/note/note-view.ts";
import { bibtexText, citationFiles, citationKey, citationMetaTags, cslItem, cslJsonText, latexText, noteCitation, risText } from "../../lib/outputs/open-data/citations.ts";
import { siteSettings } from "../../site.config.ts";
import { validFrontMatter } from "../support/fixture-notes.ts";
import { BUILD_DATE } from "../support/note-views.ts";

const SETTINGS = { baseUrl: "https://notes.example.org", publisher: siteSettings.publisher };

function view(file: string, overrides: Record<string, unknown> = {}): NoteView {
  return buildNoteView(NoteSchema.parse(validFrontMatter(overrides)), file, siteSettings, BUILD_DATE);
}

const ARABIC_TITLE = "ورشة عمل إقليمية بشأن ضوابط التصدير";
const CHINESE_TITLE = "出口管制区域讲习班（第二期）";
const HOSTILE_TITLE = `<script>alert("x")</script> {Braces} 100% & $5 #1 a_b ~ ^ \\ Côte d'Ivoire`;

const arabic = view("notes/2016/export-workshop.ar.md", { title: ARABIC_TITLE, city: "دوشانبي" });
const chinese = view("notes/2016/export-workshop.zh.md", { title: CHINESE_TITLE, organizers: ["联合国裁军事务厅"] });
const hostile = view("notes/2016/hostile.md", { title: HOSTILE_TITLE, summary: "A summary over\ntwo lines with {braces} and 50% of it." });

const readBack = (text: string) => new Cite(text).data[0]!;

describe("the CSL item", () => {
  it("has the Committee as author, the note as an information note, and its address", () => {
    expect(cslItem(hostile, SETTINGS)).toEqual({
      id: "un1540-2016-hostile",
      type: "report",
      title: HOSTILE_TITLE,
      author: [{ literal: siteSettings.publisher }],
      publisher: siteSettings.publisher,
      genre: "Information Note",
      issued: { "date-parts": [[2016, 3, 2]] },
      URL: "https://notes.example.org/notes/2016/hostile/",
      language: "en",
      abstract: "A summary over\ntwo lines with {braces} and 50% of it.",
      "event-title": HOSTILE_TITLE,
      "event-date": { "date-parts": [[2016, 2, 29], [2016, 3, 1]] },
      "event-place": "Dushanbe, Tajikistan",
    });
    expect(citationKey(arabic)).toBe("un1540-2016-export-workshop-ar");
    expect(cslItem(chinese, SETTINGS)).toMatchObject({ genre: "情况说明", language: "zh-Hans", URL: "https://notes.example.org/zh/notes/2016/export-workshop/" });
  });
});

describe("BibTeX", () => {
  it("escapes LaTeX's special characters and nothing else", () => {
    expect(latexText(HOSTILE_TITLE)).toBe(
      "\\textless{}script\\textgreater{}alert(\"x\")\\textless{}/script\\textgreater{} \\{Braces\\} 100\\% \\& \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} Côte d'Ivoire",
    );
    expect(latexText(ARABIC_TITLE)).toBe(ARABIC_TITLE);
  });

  it.each([
    ["Arabic", arabic, ARABIC_TITLE],
    ["Chinese", chinese, CHINESE_TITLE],
    ["hostile", hostile, HOSTILE_TITLE],
  ])("keeps a%s title whole, read back by citation-js", (_name, note, title) => {
    const text = bibtexText(cslItem(note, SETTINGS));
    expect(text.startsWith(`@techreport{${citationKey(note)},`)).toBe(true);
    const item = readBack(text);
    expect(item.title).toBe(title);
    // A name in braces is one name, which the reader gives as a family name.
    expect(item.author).toEqual([{ family: siteSettings.publisher }]);
    expect(item.URL).toBe(`https://notes.example.org${note.url}`);
    expect(item.issued).toEqual({ "date-parts": [[2016, 3, 2]] });
  });

  it("writes non-Latin text as UTF-8 and leaves braces balanced", () => {
    const text = bibtexText(cslItem(chinese, SETTINGS));
    expect(text).toContain(CHINESE_TITLE);
    const hostileText = bibtexText(cslItem(hostile, SETTINGS));
    expect(hostileText).not.toContain("<script>");
    const depth = [...hostileText.replace(/\\[{}]/g, "")].reduce((level, character) => (level < 0 ? level : level + (character === "{" ? 1 : character === "}" ? -1 : 0)), 0);
    expect(depth).toBe(0);
  });
});

describe("RIS", () => {
  it.each([
    ["Arabic", arabic, ARABIC_TITLE],
    ["Chinese", chinese, CHINESE_TITLE],
    ["hostile", hostile, HOSTILE_TITLE],
  ])("keeps a%s title whole, read back by citation-js", (_name, note, title) => {
    const text = risText(cslItem(note, SETTINGS));
    const item = readBack(text);
    expect(item.title).toBe(title);
    expect(item.URL).toBe(`https://notes.example.org${note.url}`);
    expect(item.author).toEqual([{ literal: siteSettings.publisher }]);
  });

  it("writes one tag a line, however long the value, with CRLF line ends", () => {
    const long = view("notes/2016/long.md", { title: `${"Very long title ".repeat(12)}end` });
    const text = risText(cslItem(long, SETTINGS));
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("TY  - RPRT");
    expect(lines.at(-2)).toBe("ER  - ");
    expect(lines.every((line) => line === "" || /^[A-Z][A-Z0-9]  - /.test(line))).toBe(true);
    expect(lines).toContain(`TI  - ${"Very long title ".repeat(12)}end`);
    expect(risText(cslItem(hostile, SETTINGS))).toContain("AB  - A summary over two lines with {braces} and 50% of it.\r\n");
  });
});

describe("CSL-JSON", () => {
  it("is a list of the one item, which citeproc formats", () => {
    const text = cslJsonText(cslItem(arabic, SETTINGS));
    const items = JSON.parse(text) as { title: string; id: string }[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: "un1540-2016-export-workshop-ar", title: ARABIC_TITLE });
    const formatted = new Cite(items).format("bibliography", { format: "text", template: "apa", lang: "en-US" });
    expect(formatted).toContain(ARABIC_TITLE);
    expect(formatted).toContain("https://notes.example.org/ar/notes/2016/export-workshop/");
  });

  it("keeps a hostile title as data", () => {
    const items = JSON.parse(cslJsonText(cslItem(hostile, SETTINGS))) as { title: string }[];
    expect(items[0]!.title).toBe(HOSTILE_TITLE);
  });
});

describe("the files and the page", () => {
  it("publishes the three files beside the note's page", () => {
    expect(citationFiles(chinese, SETTINGS).map((file) => file.url)).toEqual([
      "/zh/notes/2016/export-workshop/citation.bib",
      "/zh/notes/2016/export-workshop/citation.ris",
      "/zh/notes/2016/export-workshop/citation.csl.json",
    ]);
  });

  it("writes the citation in the note's language, around its address", () => {
    const english = noteCitation(hostile, SETTINGS);
    expect(english.heading).toBe("Cite this note");
    expect(`${english.sentence.before}${english.url}${english.sentence.after}`).toBe(
      `${siteSettings.publisher}. “${HOSTILE_TITLE}”. Information Note, 2 March 2016. https://notes.example.org/notes/2016/hostile/ (accessed day month year).`,
    );
    expect(english.downloads.map((download) => download.url)).toEqual(["/notes/2016/hostile/citation.bib", "/notes/2016/hostile/citation.ris", "/notes/2016/hostile/citation.csl.json"]);
    const french = noteCitation(view("notes/2016/atelier.fr.md", { title: "Atelier régional" }), SETTINGS);
    expect(french.heading).toBe("Citer cette note");
    expect(french.sentence.before).toContain("« Atelier régional »");
  });

  it("gives the Highwire tags Zotero and Google Scholar read", () => {
    expect(citationMetaTags(arabic, SETTINGS)).toEqual([
      { name: "citation_title", content: ARABIC_TITLE },
      { name: "citation_author", content: siteSettings.publisher },
      { name: "citation_publication_date", content: "2016/03/02" },
      { name: "citation_publisher", content: siteSettings.publisher },
      { name: "citation_technical_report_institution", content: siteSettings.publisher },
      { name: "citation_language", content: "ar" },
      { name: "citation_abstract", content: "Officials from the region discussed export controls and reporting." },
      { name: "citation_abstract_html_url", content: "https://notes.example.org/ar/notes/2016/export-workshop/" },
      { name: "citation_public_url", content: "https://notes.example.org/ar/notes/2016/export-workshop/" },
    ]);
  });
});
