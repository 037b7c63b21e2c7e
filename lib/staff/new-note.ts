/**
 * What `npm run new` writes: checks each answer against the note schema as it is given, then turns
 * the answers into a draft note whose body sections hold TODO lines. The validator reports those
 * lines as errors, so a note cannot be published until its author has written the text.
 */
import { resolveCountry } from "../note/countries.ts";
import { NOTE_FIELDS, NoteSchema, type Note } from "../note/note-schema.ts";
import { explainBadFileSlug, NOTES_DIRECTORY, noteUrl } from "../note/note-files.ts";
import { noteFileText, shortenSlug } from "../note/note-text.ts";
import { slugify } from "../note/slugify.ts";
import { DEFAULT_LANGUAGE, noteFileName, type LanguageCode } from "../languages/languages.ts";
import { validateNoteText } from "../validation/validate-note.ts";

export interface NewNoteAnswers {
  readonly title: string;
  readonly type: string;
  readonly organizers: readonly string[];
  readonly startDate: string;
  readonly endDate?: string;
  readonly city?: string;
  readonly country?: string;
  readonly online: boolean;
  readonly summary: string;
  readonly topics: readonly string[];
  /** The file name without `.md`; made from the title when not given */
  readonly slug?: string;
  /**
   * The note's language (English when not given): a translation, or a note written in another
   * language, is `<slug>.<lang>.md`. Give the English note's `slug` to add its translation beside it.
   */
  readonly language?: LanguageCode;
}

/** One answer the wizard asks for, by the flag that gives it on the command line. */
export type AnswerName = "title" | "type" | "organizer" | "start" | "end" | "city" | "country" | "summary" | "topic" | "slug";

export const BODY_SECTIONS = [
  { heading: "Background", placeholder: "TODO: Say why the event was held: the request, mandate or earlier work that led to it." },
  { heading: "Overview", placeholder: "TODO: Say who took part, what was discussed and what came of it." },
  { heading: "Additional comments", placeholder: "TODO: Add anything else readers should know, or delete this section." },
] as const;

export function bodySkeleton(): string {
  return BODY_SECTIONS.map(({ heading, placeholder }) => `## ${heading}\n\n${placeholder}`).join("\n\n");
}

const schemaFieldOf = {
  title: "title",
  type: "type",
  start: "start_date",
  end: "end_date",
  city: "city",
  country: "country",
  summary: "summary",
} as const;

/** Why one answer cannot go into a note, in the schema's own words; `undefined` when it can. */
export function checkAnswer(name: AnswerName, value: string): string | undefined {
  if (name === "organizer" || name === "topic") {
    return value.trim() === "" ? `--${name} is blank: write a name` : undefined;
  }
  if (name === "slug") {
    const problem = explainBadFileSlug(`${value}.md`);
    return problem ? `--slug: the file ${problem}` : undefined;
  }
  const field = schemaFieldOf[name];
  const result = NoteSchema.shape[field].safeParse(value);
  if (result.success) return undefined;
  return `--${name} "${value}": the ${field.replace("_", " ")} ${result.error.issues[0]?.message ?? "is not valid"}`;
}

/** The flag that gives each front-matter field the wizard asks for. */
const FLAG_OF_FIELD: Partial<Record<keyof Note, AnswerName>> = {
  title: "title",
  type: "type",
  organizers: "organizer",
  start_date: "start",
  end_date: "end",
  city: "city",
  country: "country",
  summary: "summary",
  topics: "topic",
};

/** The note's front matter from the answers given so far; `published` is the day it is created. */
function frontMatterOf(answers: Partial<NewNoteAnswers>, today: string): Record<string, unknown> {
  const country = answers.country === undefined ? undefined : (resolveCountry(answers.country)?.name ?? answers.country);
  return {
    ...(answers.title !== undefined ? { title: answers.title.trim() } : {}),
    ...(answers.type !== undefined ? { type: answers.type } : {}),
    ...(answers.organizers && answers.organizers.length > 0 ? { organizers: answers.organizers.map((organizer) => organizer.trim()) } : {}),
    ...(answers.startDate !== undefined ? { start_date: answers.startDate } : {}),
    ...(answers.endDate && answers.endDate !== answers.startDate ? { end_date: answers.endDate } : {}),
    ...(answers.city ? { city: answers.city.trim() } : {}),
    ...(country ? { country } : {}),
    ...(answers.online ? { online: true } : {}),
    ...(answers.summary !== undefined ? { summary: answers.summary.trim() } : {}),
    published: today,
    ...(answers.topics && answers.topics.length > 0 ? { topics: answers.topics.map((topic) => topic.trim()) } : {}),
    draft: true,
  };
}

/**
 * The flags a set of answers still lacks: the fields the note schema finds missing (so city and
 * country only when the event is not online), in the schema's field order.
 */
export function missingAnswers(answers: Partial<NewNoteAnswers>): AnswerName[] {
  const frontMatter = frontMatterOf(answers, "2000-01-01");
  const parsed = NoteSchema.safeParse(frontMatter);
  if (parsed.success) return [];
  const missing = new Set<keyof Note>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof Note | undefined;
    if (field !== undefined && frontMatter[field] === undefined && FLAG_OF_FIELD[field]) missing.add(field);
  }
  return NOTE_FIELDS.filter((field) => missing.has(field)).map((field) => FLAG_OF_FIELD[field]!);
}

/**
 * Every problem with a complete set of answers, so one run reports them all: the note the answers
 * would make is checked by the validator itself, and each error is given back under its flag.
 */
export function checkAnswers(answers: NewNoteAnswers, today = "2000-01-01"): string[] {
  const { file } = newNoteLocation(answers);
  const problems: string[] = [];
  const slugProblem = checkAnswer("slug", newNoteSlug(answers));
  if (slugProblem) problems.push(slugProblem);
  for (const finding of validateNoteText(file, newNoteText(answers, today)).findings) {
    if (finding.severity !== "error") continue;
    const field = finding.field.split(/[.[]/)[0] as keyof Note;
    const flag = FLAG_OF_FIELD[field];
    problems.push(flag ? `--${flag}: the ${field.replace("_", " ")} ${finding.message}` : `${finding.field} ${finding.message}`);
  }
  return problems;
}

export function newNoteSlug(answers: Pick<NewNoteAnswers, "title" | "slug">): string {
  return answers.slug ?? shortenSlug(slugify(answers.title));
}

/** Where the note goes (`notes/<year>/<slug>.md`, forward slashes) and the address it will have. */
export function newNoteLocation(answers: Pick<NewNoteAnswers, "title" | "slug" | "startDate" | "language">): { file: string; url: string } {
  const file = `${NOTES_DIRECTORY}/${answers.startDate.slice(0, 4)}/${noteFileName(newNoteSlug(answers), answers.language ?? DEFAULT_LANGUAGE)}`;
  return { file, url: noteUrl(answers.startDate, file) };
}

/** The note file's text; `published` is the day it is created, and it stays a draft until finished. */
export function newNoteText(answers: NewNoteAnswers, today: string): string {
  return noteFileText(frontMatterOf(answers, today), bodySkeleton());
}
