/**
 * Reading an information note in the legacy format (Markdown converted from the old PDF notes) into
 * the site's front matter and body.
 *
 * Pure: text in, a draft note out, with two lists for the person importing it: what was filled in
 * from the text, and what needs a person's eye. Nothing is guessed silently: a value that cannot be
 * read with confidence becomes a `TODO` the validator reports, and every note stays a draft.
 *
 * The PDF conversions vary in every detail (labels, bold, footnote marks, dashes, the order of date
 * and place), so each field is read on its own: a line that cannot be read costs only its field,
 * and that field is named in "Needs review".
 */
import { explainInvalidDate } from "../note/calendar-date.ts";
import { resolveCountry } from "../note/countries.ts";
import type { NoteType } from "../note/note-schema.ts";

export interface LegacyImportOptions {
  /** `published` for the imported note, `YYYY-MM-DD` */
  readonly today: string;
  /** The site's default contact e-mail: a note naming it needs no `contact` field */
  readonly defaultContactEmail: string;
  /** The site's default disclaimer: a footnote repeating it is dropped */
  readonly defaultDisclaimer: string;
}

export interface LegacyImport {
  readonly frontMatter: Record<string, unknown>;
  readonly body: string;
  /** What was read from the text, one line each, for the person importing */
  readonly filledIn: string[];
  /** What a person must check or write before the note is published */
  readonly needsReview: string[];
}

export interface DateRange {
  readonly start: string;
  /** Only when the event lasted more than one day */
  readonly end?: string;
}

// ---------------------------------------------------------------------------------------------
// Footnote debris: the PDF conversion escaped `<sup>1</sup>` once or twice, and sometimes wrapped
// part of the escaped text in another <sup>, so one marker can look like
// `<sup>&</sup>lt;sup&gt;1&lt;/sup&gt;`. Decoding and unwrapping until nothing changes leaves
// `<sup>1</sup>`, which then becomes a Markdown footnote reference or definition.

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|nbsp|#\d{1,5}|#x[0-9a-f]{1,4});/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(Number(lower.slice(1)));
    return ENTITIES[lower] ?? whole;
  });
}

/** Footnote markup in a line reduced to `<sup>N</sup>`; other stray `<sup>` tags removed. */
export function cleanFootnoteDebris(line: string): string {
  if (!/sup|&[a-z#]/i.test(line)) return line;
  let current = line;
  for (let round = 0; round < 10; round++) {
    const next = decodeEntities(current).replace(/<sup>((?:(?!<\/sup>)[\s\S])*?)<\/sup>/gi, (_whole, inner: string) => (/^\s*\d{1,3}\s*$/.test(inner) ? `<sup>${inner.trim()}</sup>` : inner));
    if (next === current) break;
    current = next;
  }
  // Unmatched tags left over once every pair is resolved carry no meaning.
  return current.replace(/<sup>(\d{1,3})<\/sup>/gi, "\u0000$1\u0001").replace(/<\/?sup>/gi, "").replace(/\u0000(\d+)\u0001/g, "<sup>$1</sup>");
}

// ---------------------------------------------------------------------------------------------
// Dates: "5 June 2018", "3–4 May 2017", "29 February – 1 March 2016", "May 3-5, 2017",
// "30 December 2019 – 2 January 2020", with a hyphen, an en or em dash, "to" or "until" between the
// days, sometimes after "from", "on" or a weekday.

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_WORD = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY_WORD = "(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?";
const DASHES = "\\-‐‑‒–—―−";
const DATE_ISH = new RegExp(
  `^(?:\\s+|,|\\d{1,4}(?:st|nd|rd|th)?|${MONTH_WORD}\\.?(?![a-z])|${WEEKDAY_WORD}\\.?(?![a-z])|(?:from|on|to|until|and)(?![a-z])|[${DASHES}])*$`,
  "i",
);
const RANGE_SEPARATOR = new RegExp(`\\s*(?:[${DASHES}]|\\bto\\b|\\buntil\\b|\\band\\b)\\s*`, "i");
// Words that say nothing about which days: "from 3 to 5 May", "on Wednesday, 3 May".
const FILLER_WORDS = new RegExp(`\\b(?:from|on|${WEEKDAY_WORD})\\b\\.?`, "gi");
const YEAR = /\b(?:19|20)\d{2}\b/g;

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3)) && month.startsWith(lower.replace(/^sept$/, "sep")));
  return index === -1 ? undefined : index + 1;
}

interface DatePart {
  day?: number;
  month?: number;
  year?: number;
}

function parseDatePart(text: string): DatePart | undefined {
  const part: DatePart = {};
  for (const token of text.split(/\s+/).filter(Boolean)) {
    if (/^\d{4}$/.test(token) && part.year === undefined) part.year = Number(token);
    else if (/^\d{1,2}$/.test(token) && part.day === undefined) part.day = Number(token);
    else if (monthNumber(token) !== undefined && part.month === undefined) part.month = monthNumber(token);
    else return undefined;
  }
  return part.day === undefined ? undefined : part;
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** A date or range written in words, as ISO dates; `undefined` when it cannot be read for certain. */
export function parseLegacyDateRange(text: string): DateRange | undefined {
  const cleaned = text
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, "$1")
    .replace(FILLER_WORDS, " ")
    .replace(/[,.]/g, " ")
    .trim();
  const sides = cleaned.split(RANGE_SEPARATOR).map((side) => side.trim()).filter(Boolean);
  if (sides.length < 1 || sides.length > 2) return undefined;
  const parts = sides.map(parseDatePart);
  if (parts.some((part) => part === undefined)) return undefined;
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  last.month ??= first.month;
  if (last.month === undefined || last.year === undefined) return undefined;
  first.month ??= last.month;
  // "30 December – 2 January 2020" starts in the year before the one written.
  first.year ??= first.month > last.month ? last.year - 1 : last.year;
  const start = iso(first.year, first.month, first.day!);
  const end = iso(last.year, last.month, last.day!);
  if (explainInvalidDate(start) || explainInvalidDate(end) || end < start) return undefined;
  return end === start ? { start } : { start, end };
}

export interface DateAndVenue {
  /** The date words as written, when a readable date was found */
  readonly date?: string;
  /** Everything else: the place */
  readonly venue: string;
}

const SEPARATORS_AT_START = new RegExp(`^[\\s,;:${DASHES}]+`);
const SEPARATORS_AT_END = new RegExp(`[\\s,;:.${DASHES}]+$`);
const tidyVenue = (text: string) => text.replace(SEPARATORS_AT_START, "").replace(/^in\s+/i, "").replace(SEPARATORS_AT_END, "");

/**
 * Splits a line such as "5 June 2018, New Delhi, India" or "Panama City, Panama, 3–5 May 2017" into
 * its date and its place, whichever comes first. When no readable date is found, the pieces that
 * carry digits are left out so the place can still be read: "Spring 2015, Port Harbour, Freedonia".
 */
export function splitDateAndVenue(text: string): DateAndVenue {
  let best: { start: number; end: number } | undefined;
  for (const year of text.matchAll(YEAR)) {
    const end = year.index + year[0].length;
    // The longest run of date words that ends at this year and reads as a date.
    for (let start = 0; start < end; start++) {
      const atWordStart = start === 0 || !/[\p{L}\p{N}]/u.test(text[start - 1]!) || !/[\p{L}\p{N}]/u.test(text[start]!);
      const candidate = text.slice(start, end);
      if (atWordStart && DATE_ISH.test(candidate) && parseLegacyDateRange(candidate)) {
        if (!best || end - start > best.end - best.start) best = { start, end };
        break;
      }
    }
  }
  if (!best) {
    const venue = splitOutsideParentheses(text, ",").filter((piece) => !/\d/.test(piece) && !DATE_ISH.test(piece));
    return { venue: tidyVenue(venue.join(", ")) };
  }
  const date = text.slice(best.start, best.end).replace(SEPARATORS_AT_START, "").trim();
  const venue = [text.slice(0, best.start), text.slice(best.end)].map(tidyVenue).filter(Boolean).join(", ");
  return { date, venue };
}

// ---------------------------------------------------------------------------------------------
// Organizers: split on commas only when every piece is plainly a whole name, so
// "Organisation for Security and Cooperation in Europe (OSCE)" is never cut at its "and".

const ACRONYM = /^[A-Z][A-Z0-9&-]{1,11}$/;
const ENDS_WITH_ACRONYM = /\([A-Z][A-Za-z0-9&.-]{1,14}\)$/;
const INSTITUTION_HEAD = /^(?:the\s+)?(?:Government|Ministry|Republic|Kingdom|State|Office|Permanent Mission|Mission|Embassy|Organi[sz]ation|United Nations|European Union|African Union|League|Centre|Center|Institute|Agency|Secretariat|Committee|Council|Department|Federal|National|International|Regional|Parliament|University)\b/;

const isCertainName = (piece: string) => Boolean(resolveCountry(piece)) || ACRONYM.test(piece) || ENDS_WITH_ACRONYM.test(piece);
const isLikelyName = (piece: string) => isCertainName(piece) || INSTITUTION_HEAD.test(piece);

function splitOutsideParentheses(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = "";
  for (const character of text) {
    if (character === "(") depth++;
    if (character === ")") depth = Math.max(0, depth - 1);
    if (character === separator && depth === 0) {
      pieces.push(current);
      current = "";
    } else current += character;
  }
  pieces.push(current);
  return pieces.map((piece) => piece.trim()).filter(Boolean);
}

export interface OrganizerSplit {
  readonly names: string[];
  /** Why a person should check the split, when it is not certain */
  readonly doubt?: string;
}

export function splitOrganizers(text: string): OrganizerSplit {
  const whole = text.trim().replace(/\.$/, "");
  if (whole.includes(";")) return { names: splitOutsideParentheses(whole, ";") };
  const pieces = splitOutsideParentheses(whole, ",").flatMap((piece, index, all) => {
    // "OSCE, UNODA and Kazakhstan": the last piece may join two names with "and".
    const halves = piece.split(/\s+(?:and|&)\s+/);
    return index === all.length - 1 && halves.length === 2 && halves.every(isCertainName) ? halves : [piece];
  });
  if (pieces.length <= 1) return { names: pieces };
  if (pieces.every(isCertainName)) return { names: pieces };
  if (pieces.every(isLikelyName)) {
    return { names: pieces, doubt: `split "${whole}" at its commas into ${pieces.length} organizers: check that none of them is part of another's name` };
  }
  return { names: [whole], doubt: `kept "${whole}" as one organizer: if it names several, put each on its own line` };
}

// ---------------------------------------------------------------------------------------------
// Type, from the words of the title.

const TYPE_WORDS: readonly [RegExp, NoteType][] = [
  [/\bworkshops?\b/i, "workshop"],
  [/\bconferences?\b/i, "conference"],
  [/\b(?:seminars?|webinars?)\b/i, "seminar"],
  [/\b(?:training|courses?)\b/i, "training"],
  [/\bvisits?\b/i, "visit"],
  [/\bmeetings?\b/i, "meeting"],
  [/\bbriefings?\b/i, "briefing"],
  [/\bround[\s-]?tables?\b/i, "roundtable"],
  [/\bexercises?\b/i, "exercise"],
];

/** The note types the title's words suggest, in the order they appear in the title. */
export function typesInTitle(title: string): NoteType[] {
  return TYPE_WORDS.map(([pattern, type]) => ({ type, at: title.search(pattern) }))
    .filter(({ at }) => at !== -1)
    .sort((a, b) => a.at - b.at)
    .map(({ type }) => type);
}

// ---------------------------------------------------------------------------------------------
// Contact and disclaimer.

const EMAIL = /(?:([^\s@]+)\s)?([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/;

export interface ContactFound {
  readonly email: string;
  readonly name?: string;
  /** The address as written, when a space inside it was removed */
  readonly repairedFrom?: string;
}

/** The e-mail address in a contact sentence, mending the space the PDF conversion put inside some. */
export function findContact(paragraph: string, defaultEmail: string): ContactFound | undefined {
  const text = paragraph.replace(/\s+@\s*|@\s+/g, "@");
  const match = EMAIL.exec(text);
  if (!match) return undefined;
  const plain = match[2]!;
  const before = match[1]?.replace(/^[(<\[]+/, "");
  // "1540 experts@un.org": a number or a dangling dot before the address belongs to it; a word such as "at" does not.
  const glued = before && /^[A-Za-z0-9._%+-]+$/.test(before) && (/\d/.test(before) || /[._-]$/.test(before) || `${before}${plain}`.toLowerCase() === defaultEmail.toLowerCase()) ? `${before}${plain}` : undefined;
  const name = /\bcontact\s+(.+?)\s+(?:by\s+e-?mail|via|at|on)\b/i.exec(text)?.[1]?.trim();
  return { email: glued ?? plain, ...(name ? { name } : {}), ...(glued ? { repairedFrom: `${before} ${plain}` } : {}) };
}

/** Compares disclaimers as a reader would: case, spacing and the kind of dash do not matter. */
export function sameDisclaimer(a: string, b: string): boolean {
  const normal = (text: string) =>
    text
      .replace(new RegExp(`\\s*[${DASHES}]\\s*`, "g"), " - ")
      .replace(/\s+/g, " ")
      .replace(/[.\s]+$/, "")
      .trim()
      .toLowerCase();
  return normal(a) === normal(b);
}

// ---------------------------------------------------------------------------------------------
// The lines of a legacy note. Each line is recognised on its own — the "Information Note" heading,
// a labelled header line, a footnote, page-break debris, a heading, text — so a line that cannot be
// read costs only what it says, and the lines after it are still read.

type HeaderField = "title" | "organizers" | "dateAndVenue" | "date" | "venue";

const DATE_LABEL = "dates?(?:\\s*\\(s\\))?";
const VENUE_LABEL = "(?:venue|place|location)s?";
const LABEL_PATTERNS: readonly (readonly [HeaderField, string])[] = [
  ["dateAndVenue", `${DATE_LABEL}\\s*(?:and|&|/|,)\\s*${VENUE_LABEL}|${VENUE_LABEL}\\s*(?:and|&|/|,)\\s*${DATE_LABEL}`],
  ["title", "event\\s+(?:title|name)|(?:title|name)\\s+of\\s+(?:the\\s+)?event|event|title"],
  ["organizers", "organi[sz]ers?(?:\\s*\\(s\\))?|organi[sz]ations?|organi[sz]ing\\s+(?:entities|organi[sz]ations|partners)|co-?organi[sz]ers?|organi[sz]ed\\s+by|hosted\\s+by"],
  ["date", DATE_LABEL],
  ["venue", VENUE_LABEL],
];
const LABELS = LABEL_PATTERNS.map(([field, pattern]) => [field, new RegExp(`^(?:${pattern})$`, "i")] as const);
const LABEL_LINE = new RegExp(`^(${LABEL_PATTERNS.map(([, pattern]) => `(?:${pattern})`).join("|")})(?![\\p{L}\\p{N}])\\s*(:?)\\s*(.*)$`, "iu");

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const toDigits = (mark: string) => mark.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (digit) => String(SUPERSCRIPT_DIGITS.indexOf(digit))).replace(/\D/g, "");
/** A footnote number as the conversions wrote it: `<sup>1</sup>`, `[^1]`, pandoc's `^1^`, or `¹`. */
const FOOTNOTE_MARK = `(?:<sup>\\d{1,3}</sup>|\\[\\^\\d{1,3}\\]|\\^\\d{1,3}\\^|[${SUPERSCRIPT_DIGITS}]{1,3})`;
const stripFootnoteMarks = (text: string) => text.replace(new RegExp(FOOTNOTE_MARK, "g"), "").trim();
const INFORMATION_NOTE = new RegExp(`^information\\s+note\\s*(${FOOTNOTE_MARK}|\\d{1,2})?\\s*[.:]?$`, "i");
const FOOTNOTE_DEFINITION = new RegExp(`^\\s*(<sup>\\d{1,3}</sup>|\\[\\^\\d{1,3}\\]:|\\^\\d{1,3}\\^|[${SUPERSCRIPT_DIGITS}]{1,3})\\s*(.+)$`);
// What a page break leaves: page numbers ("3", "- 3 -", "Page 3 of 4", "3/4"), a rule, a marker.
const PAGE_DEBRIS = /^(?:page\s+\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|[-–—]?\s*\d{1,3}\s*[-–—]?|\d{1,3}\s*\/\s*\d{1,3}|<!--\s*page\s*break\s*-->|\\(?:newpage|pagebreak)|[-_*](?:\s*[-_*]){2,})$/i;
// Form feeds and other control characters the PDF conversion left at page breaks.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const SECTION_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-H]\.|\(?\d+\))\s+/;
const HOUSE_HEADINGS: Record<string, string> = { background: "Background", overview: "Overview", "additional comments": "Additional comments", "additional comment": "Additional comments" };

const stripEmphasis = (text: string) => text.replace(/\*{1,3}|_{2,3}/g, "").trim();
const houseHeading = (text: string) => HOUSE_HEADINGS[stripEmphasis(text).replace(SECTION_NUMBER, "").replace(/[.:]$/, "").trim().toLowerCase()];

function normaliseHeading(hashes: string, text: string): string {
  const words = stripEmphasis(text).replace(SECTION_NUMBER, "").trim();
  const level = hashes.length === 1 ? "##" : hashes;
  return `${level} ${HOUSE_HEADINGS[words.toLowerCase()] ?? words}`;
}

/** The footnote number of an "Information Note" heading, however it is marked up; `undefined` when the line is not that heading. */
export function readInformationNoteHeading(line: string): { readonly footnote?: string } | undefined {
  const bare = stripEmphasis(line.replace(/^\s*#{1,6}\s*/, "").replace(/\s*#+\s*$/, ""));
  const match = INFORMATION_NOTE.exec(bare);
  if (!match) return undefined;
  return match[1] ? { footnote: toDigits(match[1]) } : {};
}

interface LabelledLine {
  readonly field: HeaderField;
  readonly value: string;
}

/** A header line such as `**Organizers:** …`, `**Venue and date**: …`, `ORGANISERS …` or `Organised by …`. */
function readLabelledLine(line: string): LabelledLine | undefined {
  const withoutHashes = line.replace(/^\s*#{1,6}\s+/, "");
  const bold = /^\s*[*_]/.test(withoutHashes);
  const match = LABEL_LINE.exec(stripEmphasis(withoutHashes));
  if (!match) return undefined;
  const label = match[1]!.replace(/\s+/g, " ");
  // Without a colon only a bold or capitalised label, or a phrase such as "Organised by", is a label:
  // a line that merely starts with "Organisation of…" is not.
  if (match[2] === "" && !bold && label !== label.toUpperCase() && !/\bby$/i.test(label)) return undefined;
  const field = LABELS.find(([, pattern]) => pattern.test(label))?.[0];
  return field ? { field, value: stripFootnoteMarks(match[3]!) } : undefined;
}

interface Heading {
  readonly text: string;
  /** A numbered or usual section heading, which always starts the body */
  readonly section: boolean;
}

/** `## 1. Background`, `**2. Overview**` or a line reading just `BACKGROUND`, as a Markdown heading. */
function readHeading(line: string): Heading | undefined {
  const heading = HEADING.exec(line);
  if (heading) {
    const words = stripEmphasis(heading[2]!);
    return { text: normaliseHeading(heading[1]!, heading[2]!), section: SECTION_NUMBER.test(words) || houseHeading(words) !== undefined };
  }
  // A bold line such as "**1. Background**" was a heading in the PDF.
  const bold = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$/.exec(line);
  if (bold && (SECTION_NUMBER.test(bold[1]!.trim()) || houseHeading(bold[1]!))) return { text: normaliseHeading("##", bold[1]!), section: true };
  const house = houseHeading(line);
  return house ? { text: `## ${house}`, section: true } : undefined;
}

interface Footnote {
  readonly number: string;
  readonly text: string;
}

interface StrayLine {
  readonly text: string;
  readonly bodyIndex: number;
}

interface ScannedNote {
  readonly fields: Partial<Record<HeaderField, string>>;
  readonly titleFootnote?: string;
  readonly footnotes: Footnote[];
  readonly bodyLines: string[];
  /** Lines above the first heading that were not recognised: kept in the text, and reported */
  readonly strayLines: StrayLine[];
  readonly sawSection: boolean;
}

function scanLines(text: string, defaultDisclaimer: string): ScannedNote {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => cleanFootnoteDebris(line.replace(CONTROL_CHARACTERS, "")).trimEnd());
  const fields: Partial<Record<HeaderField, string>> = {};
  let titleFootnote: string | undefined;
  const footnotes: Footnote[] = [];
  const bodyLines: string[] = [];
  const strayLines: StrayLine[] = [];
  let inHeader = true;
  // Header lines are still read after a stray section heading, until the body's first line of text.
  let bodyStarted = false;
  let sawSection = false;
  // A label alone on its line ("**Event**:"), whose value the conversion put on the next line.
  let waitingFor: HeaderField | undefined;

  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === "") {
      bodyLines.push("");
      continue;
    }
    if (PAGE_DEBRIS.test(trimmed)) continue;
    const informationNote = bodyStarted ? undefined : readInformationNoteHeading(trimmed);
    if (informationNote) {
      titleFootnote ??= informationNote.footnote;
      continue;
    }
    const footnote = FOOTNOTE_DEFINITION.exec(trimmed);
    if (footnote) {
      footnotes.push({ number: toDigits(footnote[1]!), text: footnote[2]!.trim() });
      continue;
    }
    // A disclaimer footnote whose number lost its superscript ("1 For information – …"), or lost its number.
    const bareFootnote = /^(?:(\d{1,2})\s+)?(.+)$/.exec(trimmed)!;
    const bareText = bareFootnote[2]!;
    if (sameDisclaimer(bareText, defaultDisclaimer) || (bareFootnote[1] !== undefined && /^for information\b/i.test(bareText))) {
      footnotes.push({ number: bareFootnote[1] ?? titleFootnote ?? "", text: bareText.trim() });
      continue;
    }
    if (!bodyStarted) {
      const labelled = readLabelledLine(trimmed);
      if (labelled && fields[labelled.field] === undefined && labelled.value !== "") {
        fields[labelled.field] = labelled.value;
        waitingFor = undefined;
        continue;
      }
      if (labelled && fields[labelled.field] === undefined) {
        waitingFor = labelled.field;
        continue;
      }
    }
    const heading = readHeading(line);
    // Only a section heading ends the header while fields are still missing: a heading that is none
    // (a running header, a garbled "Information Note") must not cost the fields after it.
    const headerComplete = fields.title !== undefined && fields.organizers !== undefined && (fields.date !== undefined || fields.dateAndVenue !== undefined);
    if (heading && (heading.section || !inHeader || headerComplete)) {
      inHeader = false;
      sawSection ||= heading.section;
      waitingFor = undefined;
      bodyLines.push(heading.text);
      continue;
    }
    if (!bodyStarted && waitingFor) {
      fields[waitingFor] = stripFootnoteMarks(stripEmphasis(trimmed.replace(/^#{1,6}\s+/, "")));
      waitingFor = undefined;
      continue;
    }
    if (inHeader) strayLines.push({ text: trimmed, bodyIndex: bodyLines.length });
    else bodyStarted = true;
    bodyLines.push(line.replace(/<sup>(\d+)<\/sup>|\^(\d{1,3})\^/g, (_whole, sup: string | undefined, caret: string | undefined) => `[^${sup ?? caret}]`));
  }
  return { fields, ...(titleFootnote ? { titleFootnote } : {}), footnotes, bodyLines, strayLines, sawSection };
}

// ---------------------------------------------------------------------------------------------
// The note's fields, each read on its own: one that cannot be read becomes a TODO with a line in
// "Needs review", and the others are unaffected.

interface Findings {
  readonly filledIn: string[];
  readonly needsReview: string[];
}

function readTitleAndType(titleText: string | undefined, frontMatter: Record<string, unknown>, { filledIn, needsReview }: Findings): void {
  const title = titleText === undefined ? "" : stripEmphasis(stripFootnoteMarks(titleText)).replace(/\s+/g, " ");
  if (title === "") {
    frontMatter.title = "TODO: write the event's title";
    frontMatter.type = "TODO";
    needsReview.push("title: no Event line was found: write the event's title", "type: write the kind of event");
    return;
  }
  frontMatter.title = title;
  filledIn.push(`title: ${title}`);
  const types = typesInTitle(title);
  if (types.length > 0) {
    frontMatter.type = types[0];
    filledIn.push(`type: ${types[0]} (from the title)`);
    if (new Set(types).size > 1) needsReview.push(`type: the title fits ${[...new Set(types)].join(" and ")}; ${types[0]} was chosen — change it if another fits better`);
  } else {
    frontMatter.type = "TODO";
    needsReview.push(`type: the title does not say what kind of event it was: write one of workshop, conference, seminar, training, visit, meeting, briefing, roundtable, exercise, other`);
  }
}

function readOrganizers(organizerText: string | undefined, frontMatter: Record<string, unknown>, { filledIn, needsReview }: Findings): void {
  const split = organizerText ? splitOrganizers(organizerText) : undefined;
  if (!split || split.names.length === 0) {
    frontMatter.organizers = ["TODO: who organised the event"];
    needsReview.push("organizers: no Organizer line was found: list who organised the event");
    return;
  }
  frontMatter.organizers = split.names;
  filledIn.push(`organizers: ${split.names.join("; ")}`);
  if (split.doubt) needsReview.push(`organizers: ${split.doubt}`);
}

interface VenueReading {
  city?: string;
  country?: string;
  online?: boolean;
}

function readVenue(written: string, { filledIn, needsReview }: Findings): VenueReading {
  // "Vienna (Austria)" names the country in brackets.
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(written);
  const venue = bracketed && resolveCountry(bracketed[2]!) ? `${bracketed[1]}, ${bracketed[2]}` : written;
  if (/\b(?:online|virtual(?:ly)?|video[\s-]?conference|webinar)\b/i.test(venue) && !venue.includes(",")) {
    filledIn.push(`online: true (the venue says "${venue}")`);
    return { online: true };
  }
  const pieces = splitOutsideParentheses(venue, ",");
  const lastPiece = pieces[pieces.length - 1];
  const country = lastPiece ? resolveCountry(lastPiece) : undefined;
  const reading: VenueReading = {};
  if (country) {
    reading.country = country.name;
    filledIn.push(`country: ${country.name}`);
  } else if (lastPiece && pieces.length > 1) {
    needsReview.push(`country: "${lastPiece}" is not a country name the site knows: write the country's English name`);
  }
  // With a country found, the piece before it is the city even when it is also a country's name ("Singapore, Singapore").
  const cityPieces = country || pieces.length > 1 ? pieces.slice(0, -1) : pieces;
  const city = cityPieces[cityPieces.length - 1];
  if (city && (cityPieces !== pieces || !resolveCountry(city))) {
    reading.city = city;
    filledIn.push(`city: ${city}`);
    if (cityPieces.length > 1) needsReview.push(`city: the venue was "${venue}"; only "${city}" was kept as the city — mention the rest in the text if it matters`);
  } else {
    needsReview.push(`city: the venue "${venue || "(none)"}" names no city: write the host city`);
  }
  if (!country && !city) needsReview.push("country: no venue was given: write the host country");
  if (!country && city && pieces.length === 1) needsReview.push(`country: the venue "${venue}" names no country: write the host country`);
  return reading;
}

/**
 * The dates from the Date line, the Date-and-venue line, or a Venue line that also gives them; the
 * place from the Venue line or whatever those lines say besides the dates. Failing all of them, a
 * header line with no label that reads as a date and a place is used, and flagged.
 */
function readDatesAndPlace(fields: ScannedNote["fields"], strayLines: StrayLine[], frontMatter: Record<string, unknown>, findings: Findings): StrayLine | undefined {
  const { filledIn, needsReview } = findings;
  const labelled = [fields.date, fields.dateAndVenue, fields.venue].filter((line): line is string => line !== undefined);
  const labelledDate = labelled.map((line) => splitDateAndVenue(line).date).find((date) => date !== undefined);
  const unlabelled = labelled.length === 0 ? strayLines.find((line) => splitDateAndVenue(line.text).date !== undefined) : undefined;
  const date = labelledDate ?? (unlabelled ? splitDateAndVenue(unlabelled.text).date : undefined);
  const range = date === undefined ? undefined : parseLegacyDateRange(date);
  if (range) {
    frontMatter.start_date = range.start;
    if (range.end) frontMatter.end_date = range.end;
    filledIn.push(`dates: ${range.start}${range.end ? ` to ${range.end}` : ""} (from "${date}")`);
    if (unlabelled) needsReview.push(`start_date: read from the line "${unlabelled.text}", which has no label: check the dates, city and country`);
  } else {
    frontMatter.start_date = "TODO: YYYY-MM-DD";
    const written = fields.date ?? fields.dateAndVenue;
    needsReview.push(written !== undefined ? `start_date: could not read the dates in "${written}": write start_date (and end_date) as YYYY-MM-DD` : "start_date: no Date line was found: write start_date (and end_date) as YYYY-MM-DD");
  }
  const placeLine = fields.venue ?? fields.dateAndVenue ?? fields.date ?? unlabelled?.text;
  const place = readVenue(placeLine === undefined ? "" : splitDateAndVenue(placeLine).venue, findings);
  if (place.online) frontMatter.online = true;
  else {
    frontMatter.city = place.city ?? "TODO: host city";
    frontMatter.country = place.country ?? "TODO: host country";
  }
  return unlabelled;
}

export function importLegacyNote(text: string, options: LegacyImportOptions): LegacyImport {
  const findings: Findings = { filledIn: [], needsReview: [] };
  const { filledIn, needsReview } = findings;
  const { fields, titleFootnote, footnotes, bodyLines, strayLines, sawSection } = scanLines(text, options.defaultDisclaimer);
  const frontMatter: Record<string, unknown> = {};

  readTitleAndType(fields.title, frontMatter, findings);
  readOrganizers(fields.organizers, frontMatter, findings);
  const dateLine = readDatesAndPlace(fields, strayLines, frontMatter, findings);
  if (dateLine) bodyLines[dateLine.bodyIndex] = "";

  // A summary is the author's judgement: it cannot be taken from the text.
  frontMatter.summary = "TODO: write a one- or two-sentence summary of the event (20–300 characters)";
  needsReview.push("summary: write a one- or two-sentence summary of the event (20–300 characters)");
  frontMatter.published = options.today;
  filledIn.push(`published: ${options.today} (today)`);

  // Lines above the first heading that were not recognised stay in the text, so nothing is lost, but a person decides.
  if (!sawSection) {
    needsReview.push("body: no section headings (such as Background and Overview) were recognised: check the text and add its headings");
  } else {
    for (const stray of strayLines.filter((line) => line !== dateLine)) {
      needsReview.push(`body: the line "${stray.text}" above the first heading was not recognised and was kept at the top of the text: move what it says to its field, or delete it`);
    }
  }

  // Contact: the paragraph giving an e-mail address becomes the contact field, or nothing when it names the site's default.
  let body = bodyLines.join("\n");
  const paragraphs = body.split(/\n{2,}/).map((paragraph) => paragraph.trim()).filter(Boolean);
  const contactIndex = paragraphs.findIndex((paragraph) => !paragraph.startsWith("#") && /@/.test(paragraph) && /contact|further information|e-?mail/i.test(paragraph));
  const contact = contactIndex === -1 ? undefined : findContact(paragraphs[contactIndex]!, options.defaultContactEmail);
  if (contact) {
    if (contact.repairedFrom) filledIn.push(`contact: repaired the e-mail address "${contact.repairedFrom}" to ${contact.email}`);
    if (contact.email.toLowerCase() === options.defaultContactEmail.toLowerCase()) {
      filledIn.push(`contact: ${contact.email} is the site's default contact, so no contact field was written`);
    } else {
      frontMatter.contact = { name: contact.name ?? "TODO: who to contact", email: contact.email };
      filledIn.push(`contact: ${contact.name ?? "?"} <${contact.email}>`);
      if (!contact.name) needsReview.push(`contact: write who to contact at ${contact.email}`);
    }
    paragraphs.splice(contactIndex, 1);
  } else if (contactIndex !== -1) {
    needsReview.push(`contact: could not read an e-mail address in "${paragraphs[contactIndex]}": it was kept in the text; add a contact field if it is not the site's usual contact`);
  } else {
    needsReview.push(`contact: no contact paragraph was found, so the note will show the site's usual contact (${options.defaultContactEmail}): add a contact field if the event had its own`);
  }
  // A heading left with nothing under it (usually "Additional comments") goes too.
  body = paragraphs
    .filter((paragraph, index) => !(/^#{1,6} /.test(paragraph) && !paragraph.includes("\n") && (index === paragraphs.length - 1 || /^#{1,6} /.test(paragraphs[index + 1] ?? ""))))
    .join("\n\n");

  // Footnotes: the one on the title is the disclaimer; any others stay as Markdown footnotes.
  const otherFootnotes: Footnote[] = [];
  let disclaimerFound = false;
  for (const footnote of footnotes) {
    const isDisclaimer = footnote.number === titleFootnote || sameDisclaimer(footnote.text, options.defaultDisclaimer) || /^for information\b/i.test(footnote.text);
    if (!isDisclaimer) {
      otherFootnotes.push(footnote);
      continue;
    }
    disclaimerFound = true;
    if (sameDisclaimer(footnote.text, options.defaultDisclaimer)) {
      filledIn.push("disclaimer: the site's default, so no disclaimer field was written");
    } else {
      frontMatter.disclaimer = footnote.text;
      filledIn.push(`disclaimer: this note's own footnote ("${footnote.text.slice(0, 60)}${footnote.text.length > 60 ? "…" : ""}")`);
      needsReview.push("disclaimer: the note has its own disclaimer, different from the site's: check it is still wanted");
    }
  }
  if (!disclaimerFound) needsReview.push("disclaimer: no disclaimer footnote was found, so the note will show the site's usual one: add a disclaimer field if this note had its own");
  // A superscript digit is a footnote reference only when that footnote exists: "km²" is not one.
  const defined = new Set(otherFootnotes.map((footnote) => footnote.number));
  body = body.replace(new RegExp(`(?<=\\S)[${SUPERSCRIPT_DIGITS}]{1,3}`, "g"), (mark) => (defined.has(toDigits(mark)) ? `[^${toDigits(mark)}]` : mark));
  if (otherFootnotes.length > 0) body += `\n\n${otherFootnotes.map((footnote) => `[^${footnote.number}]: ${footnote.text}`).join("\n")}`;
  for (const reference of body.matchAll(/\[\^(\d+)\](?!:)/g)) {
    if (!defined.has(reference[1]!)) {
      needsReview.push(`body: footnote ${reference[1]} is referred to in the text but its text was not found: add it or remove the [^${reference[1]}] mark`);
    }
  }

  frontMatter.draft = true;
  filledIn.push("draft: true (remove it once the note has been checked)");
  body = body.replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim();
  if (body === "") needsReview.push("body: no text was found under the headings: write the note's text");
  return { frontMatter, body, filledIn, needsReview };
}
