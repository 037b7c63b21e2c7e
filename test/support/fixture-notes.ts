/**
 * Note files for tests and benchmarks: a readable writer for hand-made fixtures and a generator
 * of realistic synthetic corpora. Nothing here writes to the real notes/ folder; the generator only
 * reads its text, for a vocabulary (see `noteVocabulary`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { languageOf } from "../../lib/languages/languages.ts";
import { noteLanguage } from "../../lib/note/note-files.ts";
import { NOTE_TYPES, type NoteInput } from "../../lib/note/note-schema.ts";

export interface FixtureNote {
  /** Path under notes/, e.g. `2016/dushanbe-workshop.md` */
  readonly file: string;
  readonly frontMatter: Partial<NoteInput> & Record<string, unknown>;
  readonly body?: string;
}

export const DEFAULT_BODY = "## Background\n\nThe event brought national officials together.\n\n## Overview\n\nParticipants discussed implementation.\n";

/** A valid note's front matter, to be overridden field by field. */
export function validFrontMatter(overrides: Partial<NoteInput> & Record<string, unknown> = {}): Partial<NoteInput> & Record<string, unknown> {
  return {
    title: "Regional workshop on export controls",
    type: "workshop",
    organizers: ["UNODA"],
    start_date: "2016-02-29",
    end_date: "2016-03-01",
    city: "Dushanbe",
    country: "Tajikistan",
    summary: "Officials from the region discussed export controls and reporting.",
    published: "2016-03-02",
    ...overrides,
  };
}

/** The text of a note file. Dates are written unquoted, as staff usually type them. */
export function noteText(frontMatter: Record<string, unknown>, body = DEFAULT_BODY): string {
  const yaml = stringify(frontMatter, { version: "1.2", lineWidth: 0 }).replace(/"(\d{4}-\d{2}-\d{2})"/g, "$1");
  return `---\n${yaml}---\n${body}`;
}

export function writeNotes(notesDirectory: string, notes: readonly FixtureNote[]): void {
  for (const note of notes) {
    const file = path.join(notesDirectory, note.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, noteText(note.frontMatter, note.body));
  }
}

/** A small deterministic pseudo-random generator, so corpora are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "implementation national export control border security legislation assistance capacity workshop regional cooperation biological chemical nuclear materials transfer licensing enforcement customs officials experts committee reporting action plan industry outreach academia parliament review dialogue training exercise practices framework obligations measures accounting physical protection financing brokering transit transshipment".split(" ");

const COUNTRY_CODES =
  "AF AL DZ AO AR AM AU AT AZ BD BY BE BJ BT BO BA BW BR BG BF BI KH CM CA CF TD CL CN CO KM CG CR HR CU CY CZ DK DJ DO EC EG SV GQ ER EE ET FJ FI FR GA GM GE DE GH GR GT GN GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LT LU MG MW MY MV ML MT MR MU MX MN ME MA MZ MM NA NP NL NZ NI NE NG MK NO OM PK PA PG PY PE PH PL PT QA KR MD RO RU RW WS SA SN RS SL SG SK SI SB SO ZA ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW".split(" ");

/** The repository's own notes, whose words make the default vocabulary. */
const REAL_NOTES = fileURLToPath(new URL("../../notes", import.meta.url));

/** Words of the real notes: letters of any script, split as each note's language splits words. */
function wordsOfNote(text: string, locale: string): string[] {
  const parts = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!parts) return [];
  const data = (parse(parts[1]!) ?? {}) as Record<string, unknown>;
  const fields = [data.title, data.summary, data.city, data.organizers, data.topics].flat().filter((value): value is string => typeof value === "string");
  // Link targets are addresses, not words.
  const body = parts[2]!.replace(/\]\([^)]*\)/g, "] ");
  const segmenter = new Intl.Segmenter(locale, { granularity: "word" });
  const words: string[] = [];
  for (const chunk of [...fields, body]) {
    for (const { segment, isWordLike } of segmenter.segment(chunk)) {
      if (isWordLike && /^\p{L}[\p{L}\p{M}'’]*$/u.test(segment)) words.push(segment.toLocaleLowerCase(locale));
    }
  }
  return words;
}

export interface Vocabulary {
  /** Distinct words, the most frequent first */
  readonly words: readonly string[];
  /** Words read from the notes, repeats included */
  readonly tokens: number;
}

let vocabularyCache: Vocabulary | undefined;

/**
 * Every distinct word of the notes under notes/ (every language: the English notes alone hold under
 * a thousand), ranked by how often the notes use it, ties in code-point order so the ranking is the
 * same on every machine. Read once per process.
 */
export function noteVocabulary(folder = REAL_NOTES): Vocabulary {
  if (folder === REAL_NOTES && vocabularyCache) return vocabularyCache;
  const counts = new Map<string, number>();
  let tokens = 0;
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .sort();
  for (const file of files) {
    const locale = languageOf(noteLanguage(file)).intlLocale;
    for (const word of wordsOfNote(readFileSync(path.join(folder, file), "utf8"), locale)) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      tokens++;
    }
  }
  const words = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const vocabulary = { words, tokens };
  if (folder === REAL_NOTES) vocabularyCache = vocabulary;
  return vocabulary;
}

/**
 * Draws words with Zipf's law over their rank (the word of rank r with weight 1 / r), as running
 * text in any language does: a few words in nearly every note, most in a few. One `random()` per
 * word, like a uniform pick, so the rest of a seeded corpus stays the same whichever vocabulary.
 */
export function zipfPicker(words: readonly string[], random: () => number): () => string {
  if (words.length === 0) throw new Error("an empty vocabulary");
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return words[low]!;
  };
}

export interface CorpusOptions {
  readonly count: number;
  readonly seed?: number;
  readonly firstYear?: number;
  readonly years?: number;
  readonly countries?: number;
  readonly organizers?: number;
  readonly minWords?: number;
  readonly maxWords?: number;
  /**
   * The words of titles, summaries and text: `"notes"` (the default) draws the real notes' words
   * with a Zipf frequency, so a search index has a realistic number of distinct words and of pages
   * per word; `"fixed"` draws uniformly from a list of about 50 words, as corpora did before, where
   * every word is in nearly every note (the worst case for an index). Topics always come from the list.
   */
  readonly vocabulary?: "notes" | "fixed";
}

/**
 * A realistic corpus: notes of `minWords`–`maxWords` words using every field, spread over the
 * given years, countries, organizers and every type; a tenth end across a month or year boundary.
 */
export function generateCorpus(options: CorpusOptions): FixtureNote[] {
  const random = seededRandom(options.seed ?? 1540);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const firstYear = options.firstYear ?? 1995;
  const years = options.years ?? 30;
  const countries = COUNTRY_CODES.slice(0, options.countries ?? 150);
  const organizers = Array.from({ length: options.organizers ?? 60 }, (_, index) => `Organizer ${index + 1} for Non-Proliferation (ORG${index + 1})`);
  const minWords = options.minWords ?? 300;
  const maxWords = options.maxWords ?? 800;
  const word = options.vocabulary === "fixed" ? () => pick(WORDS) : zipfPicker(noteVocabulary().words, random);
  const sentence = (words: number) => {
    const text = Array.from({ length: words }, word).join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const pad = (value: number) => String(value).padStart(2, "0");

  return Array.from({ length: options.count }, (_, index) => {
    const year = firstYear + (index % years);
    const crossesBoundary = index % 10 === 0;
    const month = crossesBoundary && index % 20 === 0 ? 12 : 1 + Math.floor(random() * 12);
    const day = crossesBoundary ? 28 : 1 + Math.floor(random() * 25);
    const start = `${year}-${pad(month)}-${pad(day)}`;
    const end = crossesBoundary
      ? month === 12
        ? `${year + 1}-01-0${1 + (index % 3)}`
        : `${year}-${pad(month + 1 > 12 ? 12 : month + 1)}-0${1 + (index % 3)}`
      : `${year}-${pad(month)}-${pad(day + Math.floor(random() * 3))}`;
    const endDate = end < start ? start : end;
    const words = minWords + Math.floor(random() * (maxWords - minWords + 1));
    const paragraphs: string[] = [];
    let written = 0;
    while (written < words) {
      const length = Math.min(60, words - written);
      paragraphs.push(sentence(Math.max(1, length)));
      written += length;
    }
    const half = Math.ceil(paragraphs.length / 2);
    const body = `## Background\n\n${paragraphs.slice(0, half).join("\n\n")}\n\n## Overview\n\n${paragraphs.slice(half).join("\n\n")}\n`;
    const frontMatter: Record<string, unknown> = {
      title: `${pick(["Regional", "National", "Subregional", "International"])} ${pick(NOTE_TYPES)} on ${word()} and ${word()} ${index + 1}`,
      type: NOTE_TYPES[index % NOTE_TYPES.length],
      organizers: [pick(organizers), pick(organizers)].filter((name, position, all) => all.indexOf(name) === position),
      start_date: start,
      end_date: endDate,
      city: `City ${index % 400}`,
      country: countries[index % countries.length],
      summary: sentence(20).slice(0, 280),
      published: endDate,
      topics: [pick(WORDS), pick(WORDS)].filter((name, position, all) => all.indexOf(name) === position),
      participants: { states: [pick(countries), pick(countries)].filter((name, position, all) => all.indexOf(name) === position), organizations: ["UNODA"] },
      links: [{ title: "Agenda", url: `https://example.org/events/${index + 1}/agenda.pdf` }],
    };
    if (index % 7 === 0) frontMatter.updated = endDate;
    return { file: `${year}/synthetic-event-${index + 1}.md`, frontMatter, body };
  });
}
