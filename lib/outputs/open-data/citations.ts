/**
 * "Cite this note": each note as a reference in CSL-JSON, BibTeX and RIS (written by citation-js's
 * output plugins from one CSL item, without a `Cite` object, whose input checks cost more than the writing), the citation shown on its page, and the Highwire `citation_*` tags that
 * reference managers and Google Scholar read from the page's head.
 *
 * The author is the publisher named in the site settings (the Committee), as for the UN's own
 * documents; the date is the note's `published` date.
 */
import { plugins, type CslItem } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { requireCalendarDate } from "../../note/calendar-date.ts";
import { splitMessage, type NoteView, type SplitSentence } from "../../note/note-view.ts";
import { translate } from "../../languages/messages.ts";
import { absoluteUrl } from "./open-data.ts";

// With `asciiOnly` (the default) the BibTeX writer escapes LaTeX's special characters but also
// deletes every character it has no LaTeX command for: an Arabic, Chinese or Russian title would
// come out empty. Off, it writes UTF-8 as is (biber, Zotero and JabRef read it) and escapes
// nothing, so `latexText` escapes the special characters before the writer sees the text.
plugins.config.get("@bibtex").format.useIdAsLabel = true;
// The key is `citationKey`, already ASCII letters, digits and hyphens; the check would drop the hyphens.
plugins.config.get("@bibtex").format.checkLabel = false;
plugins.config.get("@bibtex").format.asciiOnly = false;

export interface CitationSettings {
  readonly baseUrl: string;
  /** The author and publisher of every note */
  readonly publisher: string;
}

/** The files of a note's reference, beside its page. */
export const CITATION_FILES = {
  bibtex: { name: "citation.bib", label: "BibTeX", type: "application/x-bibtex" },
  ris: { name: "citation.ris", label: "RIS", type: "application/x-research-info-systems" },
  csl: { name: "citation.csl.json", label: "CSL-JSON", type: "application/vnd.citationstyles.csl+json" },
} as const;

export type CitationFormat = keyof typeof CITATION_FILES;

/** The citation key: ASCII whatever the title's script, unique per note file (`un1540-2016-dushanbe-workshop-fr`). */
export function citationKey(note: NoteView): string {
  return `un1540-${note.year}-${note.slug}${note.language === "en" ? "" : `-${note.language}`}`;
}

const dateParts = (isoDate: string): number[] => {
  const date = requireCalendarDate(isoDate);
  return [date.year, date.month, date.day];
};

/** The note as a CSL-JSON item: a report, in the note's language, with its event as context. */
export function cslItem(note: NoteView, settings: CitationSettings): CslItem {
  return {
    id: citationKey(note),
    type: "report",
    title: note.title,
    author: [{ literal: settings.publisher }],
    publisher: settings.publisher,
    genre: note.labels.informationNote,
    issued: { "date-parts": [dateParts(note.published)] },
    URL: absoluteUrl(note.url, settings.baseUrl),
    language: note.languageTag,
    abstract: note.summary,
    "event-title": note.title,
    "event-date": { "date-parts": [dateParts(note.startDate), dateParts(note.endDate)] },
    ...(note.place ? { "event-place": note.place } : {}),
  };
}

const LATEX_SPECIALS: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  // The writer reads <i>, <b> and the like as CSL rich text; a title's angle brackets are text.
  "<": "\\textless{}",
  ">": "\\textgreater{}",
};

/** Text with LaTeX's special characters escaped, every other character (any script) left as it is. */
export function latexText(text: string): string {
  return text.replace(/[\\{}%&$#_~^<>]/g, (character) => LATEX_SPECIALS[character]!);
}

/** The note's BibTeX entry (`@techreport`). */
export function bibtexText(item: CslItem): string {
  const escaped: CslItem = {
    ...item,
    title: latexText(item.title ?? ""),
    author: (item.author ?? []).map((name) => ({ literal: latexText(name.literal ?? "") })),
    ...Object.fromEntries(["publisher", "genre", "abstract", "event-title", "event-place"].filter((field) => typeof item[field] === "string").map((field) => [field, latexText(String(item[field]))])),
  };
  return `${String(plugins.output.format("bibtex", [escaped])).trim()}\n`;
}

/**
 * The note's RIS record. citation-js maps the item to RIS tags; the lines are written here because
 * its writer breaks every value after 70 characters (UTF-16 units, so it can split a character in
 * two), and RIS readers, citation-js's own included, join the pieces with a space.
 */
export function risText(item: CslItem): string {
  const entries = plugins.output.format("ris", [item], { format: "object" });
  if (!Array.isArray(entries) || entries.length !== 1) throw new Error("citation-js made no RIS record");
  const entry: unknown = entries[0];
  if (typeof entry !== "object" || entry === null) throw new Error("citation-js made no RIS record");
  const lines: string[] = [];
  let type = "RPRT";
  for (const [tag, value] of Object.entries(entry)) {
    if (tag === "TY") {
      type = String(value);
      continue;
    }
    // One value a line: a line break inside one would end it early.
    for (const item of [value].flat()) lines.push(`${tag}  - ${String(item).replace(/\s*[\r\n]+\s*/g, " ")}`);
  }
  return [`TY  - ${type}`, ...lines, "ER  - ", ""].join("\r\n");
}

/** The note's CSL-JSON file: a list of one item, as reference managers import it. */
export function cslJsonText(item: CslItem): string {
  // `<`, `>` and `&` as \u escapes: the same values to a reference manager, no markup to anything else.
  const json = String(plugins.output.format("data", [item], { format: "text" })).trim();
  return `${json.replace(/[<>&]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}

/** Every reference file of one note, by the address it is published at. */
export function citationFiles(note: NoteView, settings: CitationSettings): { url: string; text: string }[] {
  const item = cslItem(note, settings);
  return [
    { url: `${note.url}${CITATION_FILES.bibtex.name}`, text: bibtexText(item) },
    { url: `${note.url}${CITATION_FILES.ris.name}`, text: risText(item) },
    { url: `${note.url}${CITATION_FILES.csl.name}`, text: cslJsonText(item) },
  ];
}

/** What the "Cite this note" section shows, in the note's language. */
export interface NoteCitation {
  readonly heading: string;
  /** The citation around the address, which the page makes a link */
  readonly sentence: SplitSentence;
  readonly url: string;
  readonly downloadLabel: string;
  readonly downloads: readonly { readonly url: string; readonly label: string; readonly type: string }[];
}

export function noteCitation(note: NoteView, settings: CitationSettings): NoteCitation {
  const url = absoluteUrl(note.url, settings.baseUrl);
  const language = note.language;
  return {
    heading: translate(language, "cite.heading"),
    sentence: splitMessage(language, "cite.citation", {
      author: settings.publisher,
      title: note.title,
      genre: note.labels.informationNote,
      date: note.publishedLabel,
      accessed: translate(language, "cite.accessedPlaceholder"),
    }, "url"),
    url,
    downloadLabel: translate(language, "cite.download"),
    downloads: Object.values(CITATION_FILES).map((file) => ({ url: `${note.url}${file.name}`, label: file.label, type: file.type })),
  };
}

/** A `<meta name content>` pair for the page's head. */
export interface MetaTag {
  readonly name: string;
  readonly content: string;
}

/** Highwire Press tags, which Zotero, Mendeley and Google Scholar read to cite the page. */
export function citationMetaTags(note: NoteView, settings: CitationSettings): MetaTag[] {
  const published = requireCalendarDate(note.published);
  const url = absoluteUrl(note.url, settings.baseUrl);
  const pad = (value: number) => String(value).padStart(2, "0");
  return [
    { name: "citation_title", content: note.title },
    { name: "citation_author", content: settings.publisher },
    { name: "citation_publication_date", content: `${String(published.year).padStart(4, "0")}/${pad(published.month)}/${pad(published.day)}` },
    { name: "citation_publisher", content: settings.publisher },
    { name: "citation_technical_report_institution", content: settings.publisher },
    { name: "citation_language", content: note.language },
    { name: "citation_abstract", content: note.summary },
    { name: "citation_abstract_html_url", content: url },
    { name: "citation_public_url", content: url },
  ];
}
