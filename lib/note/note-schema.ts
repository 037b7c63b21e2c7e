/**
 * What an information note is: the single source of truth for its front matter.
 *
 * The TypeScript type, the validator, the build, the JSON Schema for editors and the README's
 * field table are all derived from `NoteSchema`. Messages are written for the staff who publish
 * notes: each says what is wrong and what to write instead, and follows the field's name in a report.
 */
import { z } from "zod";
import { explainInvalidDate, parseCalendarDate, compareCalendarDates } from "./calendar-date.ts";
import { resolveCountry, suggestCountry } from "./countries.ts";
import { closestMatch } from "./suggest.ts";

export const NOTE_TYPES = [
  "workshop",
  "conference",
  "seminar",
  "training",
  "visit",
  "meeting",
  "briefing",
  "roundtable",
  "exercise",
  "other",
] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

export const TITLE_LENGTH = { min: 5, max: 200 } as const;
export const SUMMARY_LENGTH = { min: 20, max: 300 } as const;

const describeValue = (value: unknown): string => {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  return String(value);
};

const requiredText = (what: string) =>
  z.string({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? `is required: write ${what}`
        : `must be text, not ${describeValue(issue.input)}: write ${what}, in quotes if it starts with a digit or contains a colon`,
  });

// Names of the C0 controls (and DEL), as a person would look them up.
const CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x00: "null", 0x01: "start of heading", 0x02: "start of text", 0x03: "end of text", 0x04: "end of transmission",
  0x05: "enquiry", 0x06: "acknowledge", 0x07: "bell", 0x08: "backspace", 0x09: "tab", 0x0a: "line feed",
  0x0b: "line tabulation", 0x0c: "form feed", 0x0d: "carriage return", 0x0e: "shift out", 0x0f: "shift in",
  0x10: "data link escape", 0x11: "device control one", 0x12: "device control two", 0x13: "device control three",
  0x14: "device control four", 0x15: "negative acknowledge", 0x16: "synchronous idle", 0x17: "end of transmission block",
  0x18: "cancel", 0x19: "end of medium", 0x1a: "substitute", 0x1b: "escape", 0x1c: "file separator",
  0x1d: "group separator", 0x1e: "record separator", 0x1f: "unit separator", 0x7f: "delete", 0x85: "next line",
};

/**
 * C0 controls other than tab, line feed and carriage return, DEL, C1 controls, lone surrogates and
 * the noncharacters U+FFFE/U+FFFF. None can be written in XML 1.0 (or, for DEL and C1, should be),
 * so one of them in a note would make its feeds unreadable; they only arrive by accident (YAML
 * escapes such as "\a", or text pasted from a terminal or a PDF).
 */
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * What is wrong with the first forbidden character in `text`, with its 1-based position counted in
 * characters (not UTF-16 units); `undefined` when there is none. Shared with the body check.
 */
export function explainForbiddenCharacter(text: string): { index: number; position: number; message: string } | undefined {
  const match = FORBIDDEN_CHARACTER.exec(text);
  if (!match) return undefined;
  const position = [...text.slice(0, match.index)].length + 1;
  const code = match[0].charCodeAt(0);
  const what =
    code >= 0xd800 && code <= 0xdfff
      ? `a broken character (the lone surrogate ${hex(code)})`
      : code >= 0xfffe
        ? `the noncharacter ${hex(code)}`
        : `the control character ${hex(code)} (${CONTROL_NAMES[code] ?? "C1 control"})`;
  return { index: match.index, position, message: `holds ${what} at position ${position}: delete it` };
}

const noForbiddenCharacters = (value: string, ctx: z.core.$RefinementCtx<string>) => {
  const problem = explainForbiddenCharacter(value);
  // Stop there: the other checks would only quote the invisible character back.
  if (problem) ctx.addIssue({ code: "custom", message: problem.message, continue: false });
};

const singleLine = (field: string) =>
  z.string().refine((value) => !/[\r\n]/.test(value), { error: `must fit on one line: remove the line breaks from the ${field}` });

const lengthBetween = (min: number, max: number) =>
  z.string().superRefine((value, ctx) => {
    if (value.length < min) ctx.addIssue({ code: "custom", message: `is ${value.length} characters long; write at least ${min}` });
    if (value.length > max) ctx.addIssue({ code: "custom", message: `is ${value.length} characters long; shorten it to ${max} at most` });
  });

const isoDate = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `is required: write ${what} as YYYY-MM-DD, for example 2016-02-29`
          : `must be a date written YYYY-MM-DD, for example 2016-02-29, not ${describeValue(issue.input)}`,
    })
    .superRefine((value, ctx) => {
      const problem = explainInvalidDate(value);
      if (problem) ctx.addIssue({ code: "custom", message: `"${value}" ${problem}; write it as YYYY-MM-DD, for example 2016-02-29` });
    });

const countryName = z
  .string({ error: (issue) => `must be a country name or two-letter code, not ${describeValue(issue.input)}` })
  .superRefine(noForbiddenCharacters)
  .superRefine((value, ctx) => {
    if (resolveCountry(value)) return;
    const suggestion = suggestCountry(value);
    ctx.addIssue({
      code: "custom",
      message: suggestion
        ? `"${value}" is not a known country — did you mean "${suggestion.name}" (${suggestion.code})?`
        : `"${value}" is not a known country: write its English name (Tajikistan) or its two-letter ISO code (TJ)`,
    });
  });

const nameList = (what: string) =>
  z.array(
    requiredText(what)
      .superRefine(noForbiddenCharacters)
      .trim()
      .min(1, { error: `has a blank entry: write ${what} or remove the line` }),
    { error: (issue) => `must be a list of ${what}s, not ${describeValue(issue.input)}` },
  );

const httpUrl = z
  .string({ error: "is required: write the full address, starting with https://" })
  .superRefine(noForbiddenCharacters)
  .superRefine((value, ctx) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(value);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || !/^https?:\/\//i.test(value)) {
      ctx.addIssue({ code: "custom", message: `"${value}" is not a web address: write a full address starting with https:// or http://` });
    }
  });

const email = z
  .string({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? "is required: write the contact's e-mail address, for example 1540experts@un.org"
        : `must be an e-mail address, for example 1540experts@un.org, not ${describeValue(issue.input)}`,
  })
  .superRefine(noForbiddenCharacters)
  .trim()
  .pipe(z.email({ error: (issue) => `${describeValue(issue.input)} is not a valid e-mail address: write it like 1540experts@un.org, with no spaces` }));

const booleanFlag = (field: string) =>
  z.boolean({ error: (issue) => `must be true or false, not ${describeValue(issue.input)}: write ${field}: true or leave the line out` });

export const NoteSchema = z
  .strictObject({
    title: requiredText("the event's title").superRefine(noForbiddenCharacters).trim().pipe(singleLine("title")).pipe(lengthBetween(TITLE_LENGTH.min, TITLE_LENGTH.max)).meta({
      description: `The event's title, on one line, ${TITLE_LENGTH.min}–${TITLE_LENGTH.max} characters.`,
      examples: ["1540 report writing workshop for Tajikistan agencies"],
    }),
    type: z
      .string({ error: (issue) => issue.input === undefined || issue.input === null ? `is required: write one of ${NOTE_TYPES.join(", ")}` : `must be one word, one of ${NOTE_TYPES.join(", ")}` })
      .superRefine((value, ctx) => {
        if ((NOTE_TYPES as readonly string[]).includes(value)) return;
        const suggestion = closestMatch(value.toLowerCase(), NOTE_TYPES);
        ctx.addIssue({
          code: "custom",
          message: `"${value}" is not a type of event${suggestion ? ` — did you mean "${suggestion}"?` : ""}: write one of ${NOTE_TYPES.join(", ")}`,
        });
      })
      .transform((value) => value as NoteType)
      .meta({ description: `The kind of event: one of ${NOTE_TYPES.map((type) => `\`${type}\``).join(", ")}.`, enum: [...NOTE_TYPES] }),
    organizers: z
      .union([requiredText("an organizer's name"), z.array(z.unknown())], {
        error: (issue) => issue.input === undefined || issue.input === null ? "is required: list who organised the event, one name per line starting with '- '" : `must be a list of names, not ${describeValue(issue.input)}`,
      })
      .transform((value) => (typeof value === "string" ? [value] : value))
      .pipe(nameList("an organizer's name").min(1, { error: "is empty: list at least one organizer" }))
      .meta({ description: "Who organised the event: a list of one or more names. A single name is accepted as a one-item list." }),
    start_date: isoDate("the first day of the event").meta({ description: "The first day of the event, `YYYY-MM-DD`.", format: "date" }),
    end_date: isoDate("the last day of the event").optional().meta({
      description: "The last day, `YYYY-MM-DD`, not before `start_date`. Leave it out for a one-day event.",
      format: "date",
    }),
    city: requiredText("the host city").superRefine(noForbiddenCharacters).trim().min(1, { error: "is blank: write the host city" }).pipe(singleLine("city")).optional().meta({
      description: "The host city. Required unless `online: true`.",
    }),
    country: countryName.optional().meta({
      description: "The host country: an English name, a common alias or an ISO 3166-1 alpha-2 code, in any case (`Tajikistan`, `tj`). Required unless `online: true`.",
    }),
    online: booleanFlag("online").optional().meta({ description: "`true` when the event was held online." }),
    summary: requiredText("a one- or two-sentence summary").superRefine(noForbiddenCharacters).trim().pipe(lengthBetween(SUMMARY_LENGTH.min, SUMMARY_LENGTH.max)).meta({
      description: `Plain text, ${SUMMARY_LENGTH.min}–${SUMMARY_LENGTH.max} characters, shown in listings, feeds, search results and the page description.`,
    }),
    published: isoDate("the date the note is published").meta({
      description: "The date the note is published, `YYYY-MM-DD`. Orders the latest notes and the feeds; a future date schedules the note.",
      format: "date",
    }),
    updated: isoDate("the date the note was last changed").optional().meta({ description: "The date the note was last changed, `YYYY-MM-DD`, not before `published`.", format: "date" }),
    topics: nameList("a topic").optional().meta({ description: "A list of short topics, such as `export controls`." }),
    participants: z
      .strictObject(
        {
          states: z.array(countryName, { error: "must be a list of countries, one per line starting with '- '" }).optional(),
          organizations: nameList("an organization's name").optional(),
          others: nameList("a participant").optional(),
        },
        { error: (issue) => issue.code === "unrecognized_keys" ? "" : "must be a group of lists: states, organizations and others" },
      )
      .optional()
      .meta({ description: "Who took part: `states` (countries, checked like `country`), `organizations` and `others` (free names), each a list." }),
    links: z
      .array(
        z.strictObject(
          {
            title: requiredText("what the link is").superRefine(noForbiddenCharacters).trim().min(1, { error: "is blank: say what the link is, for example Agenda" }).pipe(singleLine("link title")),
            url: httpUrl,
          },
          { error: "must be a title and a url, written as '- title: …' with 'url: …' under it" },
        ),
        { error: "must be a list of links, each with a title and a url" },
      )
      .optional()
      .meta({ description: "Related documents: a list of `{ title, url }` with full `http(s)` addresses (agenda, press release, presentations)." }),
    contact: z
      .strictObject(
        {
          name: requiredText("who to contact").superRefine(noForbiddenCharacters).trim().min(1, { error: "is blank: write who to contact" }),
          email,
        },
        { error: "must give name and email, each on its own indented line" },
      )
      .optional()
      .meta({ description: "`{ name, email }`: replaces the site's default contact for this note." }),
    disclaimer: requiredText("the disclaimer").superRefine(noForbiddenCharacters).trim().min(1, { error: "is blank: write the disclaimer or remove the line" }).optional().meta({
      description: "Replaces the site's default disclaimer footnote for this note.",
    }),
    draft: booleanFlag("draft").optional().meta({ description: "`true` keeps the note off the published site; it is still validated and shown in the local preview." }),
  })
  .superRefine((note, ctx) => {
    const start = typeof note.start_date === "string" ? parseCalendarDate(note.start_date) : undefined;
    const end = typeof note.end_date === "string" ? parseCalendarDate(note.end_date) : undefined;
    if (start && end && compareCalendarDates(end, start) < 0) {
      ctx.addIssue({ code: "custom", path: ["end_date"], message: `${note.end_date} is before start_date ${note.start_date}: the event cannot end before it starts` });
    }
    const published = typeof note.published === "string" ? parseCalendarDate(note.published) : undefined;
    const updated = typeof note.updated === "string" ? parseCalendarDate(note.updated) : undefined;
    if (published && updated && compareCalendarDates(updated, published) < 0) {
      ctx.addIssue({ code: "custom", path: ["updated"], message: `${note.updated} is before published ${note.published}: a note cannot be updated before it is published` });
    }
    if (note.online !== true) {
      if (note.city === undefined) ctx.addIssue({ code: "custom", path: ["city"], message: "is required: write the host city, or write online: true for an event held online" });
      if (note.country === undefined) ctx.addIssue({ code: "custom", path: ["country"], message: "is required: write the host country, or write online: true for an event held online" });
    }
    // Checked even when other fields are wrong, so one run reports every problem.
  }, { when: () => true });

/** A note's front matter after validation. */
export type Note = z.output<typeof NoteSchema>;
/** A note's front matter as written in a file. */
export type NoteInput = z.input<typeof NoteSchema>;

export const NOTE_FIELDS = Object.keys(NoteSchema.shape) as (keyof Note)[];

// The site generator asks for each note twice (to keep drafts out, then to lay the page out):
// the schema runs once per file and content, and an edited file is checked afresh.
const parsedTemplates = new Map<string, { readonly key: string; readonly result: ReturnType<typeof NoteSchema.safeParse> }>();

/** The schema's verdict on a note template's data, checked once per file and content. */
export function parseNoteTemplate(inputPath: string, data: Readonly<Record<string, unknown>>): ReturnType<typeof NoteSchema.safeParse> {
  const fields = noteFieldsOf(data);
  const key = JSON.stringify(fields);
  const cached = parsedTemplates.get(inputPath);
  if (cached?.key === key) return cached.result;
  const result = NoteSchema.safeParse(fields);
  parsedTemplates.set(inputPath, { key, result });
  return result;
}

/** The schema's fields out of a template's data (which also holds Eleventy's own keys). */
export function noteFieldsOf(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of NOTE_FIELDS) if (data[field] !== undefined) fields[field] = data[field];
  return fields;
}

/** Fields that every note must have (city and country are required unless online). */
export function isRequiredField(field: keyof Note): boolean {
  return !NoteSchema.shape[field].safeParse(undefined).success || field === "city" || field === "country";
}

/** JSON Schema (draft 2020-12) of the front matter, for editors that check YAML as it is typed. */
export function noteJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(NoteSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
