/**
 * Reading an information note in the legacy format (Markdown converted from the old PDF notes) into
 * the site's front matter and body.
 *
 * Pure: text in, a draft note out, with two lists for the person importing it: what was filled in
 * from the text, and what needs a person's eye. Nothing is guessed silently: a value that cannot be
 * read with confidence becomes a `TODO` the validator reports, and every note stays a draft.
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
// Dates: "5 June 2018", "3–4 May 2017", "29 February – 1 March 2016",
// "30 December 2019 – 2 January 2020", with –, -, "to" or "until" between the days.

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_WORD = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DASHES = "\\-‐‑‒–—―−";
const DATE_ISH = new RegExp(`^(?:\\s+|,|\\d{1,4}(?:st|nd|rd|th)?|${MONTH_WORD}\\.?(?![a-z])|to(?![a-z])|until(?![a-z])|and(?![a-z])|[${DASHES}])*$`, "i");
const RANGE_SEPARATOR = new RegExp(`\\s*(?:[${DASHES}]|\\bto\\b|\\buntil\\b|\\band\\b)\\s*`, "i");

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
  const cleaned = text.replace(/(\d)(?:st|nd|rd|th)\b/gi, "$1").replace(/[,.]/g, " ").trim();
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

/** Splits "5 June 2018, New Delhi, India" into the date words and what follows them. */
export function splitDateAndVenue(text: string): { date: string; venue: string } | undefined {
  let best: { date: string; venue: string } | undefined;
  for (const year of text.matchAll(/\b(?:19|20)\d{2}\b/g)) {
    const end = year.index + year[0].length;
    const date = text.slice(0, end);
    if (DATE_ISH.test(date)) best = { date: date.trim(), venue: text.slice(end) };
  }
  if (!best) return undefined;
  return { date: best.date, venue: best.venue.replace(new RegExp(`^[\\s,;:${DASHES}]+`), "").replace(/^in\s+/i, "").replace(/[\s.]+$/, "") };
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
// The note.

const FIELD_LINE = /^(event|title|organi[sz]ers?|organi[sz]ations?|organi[sz]ed by|date and venue|date and place|dates?|venue|place|location)\s*:\s*(.*)$/i;
const TITLE_LINE = /^#{1,6}\s*(?:\*\*|__)?\s*Information\s+Note\s*(?:<sup>(\d+)<\/sup>|(\d+))?\s*(?:\*\*|__)?\s*$/i;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const SECTION_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-H]\.|\(?\d+\))\s+/;
const HOUSE_HEADINGS: Record<string, string> = { background: "Background", overview: "Overview", "additional comments": "Additional comments", "additional comment": "Additional comments" };

const stripEmphasis = (text: string) => text.replace(/\*{1,3}|_{2,3}/g, "").trim();

function normaliseHeading(hashes: string, text: string): string {
  const words = stripEmphasis(text).replace(SECTION_NUMBER, "").trim();
  const level = hashes.length === 1 ? "##" : hashes;
  return `${level} ${HOUSE_HEADINGS[words.toLowerCase()] ?? words}`;
}

interface VenueReading {
  city?: string;
  country?: string;
  online?: boolean;
}

function readVenue(venue: string, filledIn: string[], needsReview: string[]): VenueReading {
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

interface Footnote {
  readonly number: string;
  readonly text: string;
}

export function importLegacyNote(text: string, options: LegacyImportOptions): LegacyImport {
  const filledIn: string[] = [];
  const needsReview: string[] = [];
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n").map(cleanFootnoteDebris);

  let titleFootnote: string | undefined;
  let title: string | undefined;
  let organizerText: string | undefined;
  let dateText: string | undefined;
  let venueText: string | undefined;
  let dateAndVenueText: string | undefined;
  const footnotes: Footnote[] = [];
  const bodyLines: string[] = [];
  let inHeader = true;

  for (const raw of lines) {
    const line = raw.trimEnd();
    const titleLine = TITLE_LINE.exec(line);
    if (inHeader && titleLine) {
      titleFootnote = titleLine[1] ?? titleLine[2];
      continue;
    }
    const footnote = /^\s*(?:<sup>(\d+)<\/sup>|\[\^(\d+)\]:)\s*(.+)$/.exec(line);
    if (footnote) {
      footnotes.push({ number: (footnote[1] ?? footnote[2])!, text: footnote[3]!.trim() });
      continue;
    }
    // A disclaimer footnote whose number lost its superscript: "1 For information – …".
    const bareFootnote = /^\s*(\d{1,2})\s+(.+)$/.exec(line);
    if (bareFootnote && (bareFootnote[1] === titleFootnote || /^for information\b/i.test(bareFootnote[2]!)) && (sameDisclaimer(bareFootnote[2]!, options.defaultDisclaimer) || /^for information\b/i.test(bareFootnote[2]!))) {
      footnotes.push({ number: bareFootnote[1]!, text: bareFootnote[2]!.trim() });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      inHeader = false;
      bodyLines.push(normaliseHeading(heading[1]!, heading[2]!));
      continue;
    }
    const plain = stripEmphasis(line.replace(/<sup>\d+<\/sup>/g, ""));
    const field = inHeader ? FIELD_LINE.exec(plain) : undefined;
    if (field) {
      const label = field[1]!.toLowerCase();
      const value = field[2]!.trim();
      if (label === "event" || label === "title") title = value;
      else if (label.startsWith("organi")) organizerText = value;
      else if (label.startsWith("date and")) dateAndVenueText = value;
      else if (label.startsWith("date")) dateText = value;
      else venueText = value;
      continue;
    }
    // A bold line such as "**1. Background**" was a heading in the PDF.
    const boldHeading = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$/.exec(line);
    if (boldHeading && SECTION_NUMBER.test(boldHeading[1]!.trim())) {
      inHeader = false;
      bodyLines.push(normaliseHeading("##", boldHeading[1]!));
      continue;
    }
    bodyLines.push(line.replace(/<sup>(\d+)<\/sup>/g, "[^$1]"));
  }

  // Title and type
  const frontMatter: Record<string, unknown> = {};
  if (title) {
    title = stripEmphasis(title.replace(/\[\^\d+\]/g, "")).replace(/\s+/g, " ");
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
  } else {
    frontMatter.title = "TODO: write the event's title";
    frontMatter.type = "TODO";
    needsReview.push("title: no Event line was found: write the event's title", "type: write the kind of event");
  }

  // Organizers
  if (organizerText) {
    const split = splitOrganizers(organizerText);
    frontMatter.organizers = split.names;
    filledIn.push(`organizers: ${split.names.join("; ")}`);
    if (split.doubt) needsReview.push(`organizers: ${split.doubt}`);
  } else {
    frontMatter.organizers = ["TODO: who organised the event"];
    needsReview.push("organizers: no Organizer line was found: list who organised the event");
  }

  // Dates and venue
  const dateSource = dateAndVenueText ?? dateText;
  const dateSplit = dateSource ? splitDateAndVenue(dateSource) : undefined;
  const range = dateSplit ? parseLegacyDateRange(dateSplit.date) : undefined;
  if (range) {
    frontMatter.start_date = range.start;
    if (range.end) frontMatter.end_date = range.end;
    filledIn.push(`dates: ${range.start}${range.end ? ` to ${range.end}` : ""} (from "${dateSplit!.date}")`);
  } else {
    frontMatter.start_date = "TODO: YYYY-MM-DD";
    needsReview.push(dateSource ? `start_date: could not read the dates in "${dateSource}": write start_date (and end_date) as YYYY-MM-DD` : "start_date: no Date line was found: write start_date (and end_date) as YYYY-MM-DD");
  }
  // Unreadable dates still leave the place readable after them: "Spring 2015, Port Harbour, Freedonia".
  const venue = venueText ?? (dateAndVenueText !== undefined ? (dateSplit?.venue ?? dateAndVenueText.split(",").slice(1).join(",").trim()) : undefined);
  const place = readVenue(venue ?? "", filledIn, needsReview);
  if (place.online) frontMatter.online = true;
  else {
    frontMatter.city = place.city ?? "TODO: host city";
    frontMatter.country = place.country ?? "TODO: host country";
  }

  // A summary is the author's judgement: it cannot be taken from the text.
  frontMatter.summary = "TODO: write a one- or two-sentence summary of the event (20–300 characters)";
  needsReview.push("summary: write a one- or two-sentence summary of the event (20–300 characters)");
  frontMatter.published = options.today;
  filledIn.push(`published: ${options.today} (today)`);

  // Contact: the paragraph giving an e-mail address becomes the contact field, or nothing when it names the site's default.
  let body = bodyLines.join("\n");
  const paragraphs = body.split(/\n{2,}/).map((paragraph) => paragraph.trim()).filter(Boolean);
  const contactIndex = paragraphs.findIndex((paragraph) => !paragraph.startsWith("#") && /@/.test(paragraph) && /contact|further information|e-?mail/i.test(paragraph));
  if (contactIndex !== -1) {
    const contact = findContact(paragraphs[contactIndex]!, options.defaultContactEmail);
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
    }
  }
  // A heading left with nothing under it (usually "Additional comments") goes too.
  body = paragraphs
    .filter((paragraph, index) => !(/^#{1,6} /.test(paragraph) && !paragraph.includes("\n") && (index === paragraphs.length - 1 || /^#{1,6} /.test(paragraphs[index + 1] ?? ""))))
    .join("\n\n");

  // Footnotes: the one on the title is the disclaimer; any others stay as Markdown footnotes.
  const otherFootnotes: Footnote[] = [];
  for (const footnote of footnotes) {
    const isDisclaimer = footnote.number === titleFootnote || sameDisclaimer(footnote.text, options.defaultDisclaimer) || /^for information\b/i.test(footnote.text);
    if (!isDisclaimer) {
      otherFootnotes.push(footnote);
    } else if (sameDisclaimer(footnote.text, options.defaultDisclaimer)) {
      filledIn.push("disclaimer: the site's default, so no disclaimer field was written");
    } else {
      frontMatter.disclaimer = footnote.text;
      filledIn.push(`disclaimer: this note's own footnote ("${footnote.text.slice(0, 60)}${footnote.text.length > 60 ? "…" : ""}")`);
      needsReview.push("disclaimer: the note has its own disclaimer, different from the site's: check it is still wanted");
    }
  }
  if (otherFootnotes.length > 0) body += `\n\n${otherFootnotes.map((footnote) => `[^${footnote.number}]: ${footnote.text}`).join("\n")}`;
  for (const reference of body.matchAll(/\[\^(\d+)\](?!:)/g)) {
    if (!otherFootnotes.some((footnote) => footnote.number === reference[1])) {
      needsReview.push(`body: footnote ${reference[1]} is referred to in the text but its text was not found: add it or remove the [^${reference[1]}] mark`);
    }
  }

  frontMatter.draft = true;
  filledIn.push("draft: true (remove it once the note has been checked)");
  body = body.replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim();
  if (body === "") needsReview.push("body: no text was found under the headings: write the note's text");
  return { frontMatter, body, filledIn, needsReview };
}
