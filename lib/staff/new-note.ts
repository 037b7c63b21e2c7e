/**
 * What `npm run new` writes: checks each answer against the note schema as it is given, then turns
 * the answers into a draft note whose body sections hold TODO lines. The validator reports those
 * lines as errors, so a note cannot be published until its author has written the text.
 */
import { resolveCountry } from "../note/countries.ts";
import { compareCalendarDates, parseCalendarDate } from "../note/calendar-date.ts";
import { NoteSchema } from "../note/note-schema.ts";
import { explainBadFileSlug, NOTES_DIRECTORY, noteUrl } from "../note/note-files.ts";
import { noteFileText, shortenSlug } from "../note/note-text.ts";
import { slugify } from "../note/slugify.ts";

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

/** The flags a complete set of answers still lacks (city and country are not needed online). */
export function missingAnswers(answers: Partial<NewNoteAnswers>): AnswerName[] {
  const missing: AnswerName[] = [];
  if (!answers.title) missing.push("title");
  if (!answers.type) missing.push("type");
  if (!answers.organizers || answers.organizers.length === 0) missing.push("organizer");
  if (!answers.startDate) missing.push("start");
  if (!answers.online) {
    if (!answers.city) missing.push("city");
    if (!answers.country) missing.push("country");
  }
  if (!answers.summary) missing.push("summary");
  return missing;
}

/** Every problem with a complete set of answers, so one run reports them all. */
export function checkAnswers(answers: NewNoteAnswers): string[] {
  const problems: (string | undefined)[] = [
    checkAnswer("title", answers.title),
    checkAnswer("type", answers.type),
    ...answers.organizers.map((organizer) => checkAnswer("organizer", organizer)),
    checkAnswer("start", answers.startDate),
    answers.endDate === undefined ? undefined : checkAnswer("end", answers.endDate),
    answers.city === undefined ? undefined : checkAnswer("city", answers.city),
    answers.country === undefined ? undefined : checkAnswer("country", answers.country),
    checkAnswer("summary", answers.summary),
    ...answers.topics.map((topic) => checkAnswer("topic", topic)),
    checkAnswer("slug", newNoteSlug(answers)),
  ];
  const start = parseCalendarDate(answers.startDate);
  const end = answers.endDate === undefined ? undefined : parseCalendarDate(answers.endDate);
  if (start && end && compareCalendarDates(end, start) < 0) {
    problems.push(`--end ${answers.endDate} is before --start ${answers.startDate}: the event cannot end before it starts`);
  }
  return problems.filter((problem): problem is string => problem !== undefined);
}

export function newNoteSlug(answers: Pick<NewNoteAnswers, "title" | "slug">): string {
  return answers.slug ?? shortenSlug(slugify(answers.title));
}

/** Where the note goes (`notes/<year>/<slug>.md`, forward slashes) and the address it will have. */
export function newNoteLocation(answers: Pick<NewNoteAnswers, "title" | "slug" | "startDate">): { file: string; url: string } {
  const file = `${NOTES_DIRECTORY}/${answers.startDate.slice(0, 4)}/${newNoteSlug(answers)}.md`;
  return { file, url: noteUrl(answers.startDate, file) };
}

/** The note file's text; `published` is the day it is created, and it stays a draft until finished. */
export function newNoteText(answers: NewNoteAnswers, today: string): string {
  const country = answers.country === undefined ? undefined : (resolveCountry(answers.country)?.name ?? answers.country);
  const frontMatter: Record<string, unknown> = {
    title: answers.title.trim(),
    type: answers.type,
    organizers: answers.organizers.map((organizer) => organizer.trim()),
    start_date: answers.startDate,
    ...(answers.endDate && answers.endDate !== answers.startDate ? { end_date: answers.endDate } : {}),
    ...(answers.city ? { city: answers.city.trim() } : {}),
    ...(country ? { country } : {}),
    ...(answers.online ? { online: true } : {}),
    summary: answers.summary.trim(),
    published: today,
    ...(answers.topics.length > 0 ? { topics: answers.topics.map((topic) => topic.trim()) } : {}),
    draft: true,
  };
  return noteFileText(frontMatter, bodySkeleton());
}
