/**
 * Every published note as data: the record `/data/notes.json` holds for each note file, the
 * JSON Schema of that file, and the body as plain text.
 *
 * A record is the note's front matter exactly as written (dates as typed, a single organizer as
 * one name), followed by what the site derives from it: language, web address, the addresses of
 * the other language versions, the host country's codes and regions, and the body. The front
 * matter's part of the JSON Schema is the editors' schema, generated from lib/note/note-schema.ts,
 * so a field added to a note appears in the data, its schema and its documentation together.
 */
import { markdownToPlainText } from "../../note/markdown.ts";
import { noteJsonSchema } from "../../note/note-schema.ts";
import type { NoteView } from "../../note/note-view.ts";
import { LANGUAGE_CODES } from "../../languages/languages.ts";

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };

/** One note record of notes.json. */
export type OpenDataRecord = JsonObject;

/** What a record is made from: a published note file as the build read it. */
export interface OpenDataSource {
  /** The note's front-matter fields as written (see `noteFieldsOf`) */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly view: NoteView;
  /** The Markdown after the front matter */
  readonly body: string;
  /** The body as plain text, when the page's render has already made it (see `noteBodyRenderer`) */
  readonly bodyText?: string;
}

/** The addresses of the data files, relative to the site's root. */
export const DATA_FILES = {
  folder: "/data/",
  json: "/data/notes.json",
  csv: "/data/notes.csv",
  jsonSchema: "/data/notes.schema.json",
  dataPackage: "/data/datapackage.json",
} as const;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A group of fields as YAML and JSON make them, not a Date or another class's instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A front-matter value as JSON. YAML can hold more than JSON (dates, binary, NaN), but a note that
 * passed the schema holds only text, booleans, lists and groups; anything else is a bug to report.
 */
export function toJsonValue(value: unknown, path = "value"): JsonValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.map((item, index) => toJsonValue(item, `${path}[${index}]`));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJsonValue(item, `${path}.${key}`)]));
  throw new TypeError(`${path} cannot be written as JSON`);
}

/** The fields the site adds to each record, after the front matter, with their JSON Schema. */
export const DERIVED_FIELDS: Readonly<Record<string, JsonObject>> = {
  language: {
    description: "The language the note is written in, told by its file name: ar, en, es, fr, ru or zh (ISO 639-1).",
    type: "string",
    enum: [...LANGUAGE_CODES],
  },
  url: { description: "The note's web address.", type: "string", format: "uri" },
  versions: {
    description: "The same event's notes in the other languages: each version's language and web address.",
    type: "array",
    items: {
      type: "object",
      properties: {
        language: { type: "string", enum: [...LANGUAGE_CODES] },
        url: { type: "string", format: "uri" },
      },
      required: ["language", "url"],
      additionalProperties: false,
    },
  },
  country_code: { description: "The host country's ISO 3166-1 alpha-2 code; null for an event held only online.", type: ["string", "null"], pattern: "^[A-Z]{2}$" },
  region: { description: "The host country's UN M49 region (in English), when M49 lists one.", type: ["string", "null"] },
  subregion: { description: "The host country's UN M49 sub-region (in English), when M49 lists one.", type: ["string", "null"] },
  body_markdown: { description: "The note's text as written, in Markdown.", type: "string" },
  body_text: { description: "The note's text as plain text: headings, paragraphs and list items on their own lines, footnote marks as [1].", type: "string" },
};

/** The JSON Schema of one record: the note schema's fields, then the derived ones. */
export function openDataRecordSchema(): JsonObject {
  const note = toJsonValue(noteJsonSchema());
  if (!isJsonObject(note) || !isJsonObject(note.properties)) throw new Error("The note schema has no properties");
  const required = Array.isArray(note.required) ? note.required : [];
  return {
    type: "object",
    properties: { ...note.properties, ...DERIVED_FIELDS },
    required: [...required, ...Object.keys(DERIVED_FIELDS)],
    additionalProperties: false,
  };
}

/** The JSON Schema published beside notes.json: an array of records. */
export function notesJsonSchema(baseUrl: string): JsonObject {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: new URL(DATA_FILES.jsonSchema, `${baseUrl}/`).href,
    title: "Information notes",
    description: "Every published information note: its front matter as written, then the fields the site derives from it.",
    type: "array",
    items: openDataRecordSchema(),
  };
}

export function absoluteUrl(path: string, baseUrl: string): string {
  return new URL(path, `${baseUrl}/`).href;
}

/** The record of one published note. */
export function openDataRecord(source: OpenDataSource, baseUrl: string): OpenDataRecord {
  const { view } = source;
  const fields = toJsonValue(source.fields, "front matter");
  if (!isJsonObject(fields)) throw new TypeError("front matter must be a group of fields");
  return {
    ...fields,
    language: view.language,
    url: absoluteUrl(view.url, baseUrl),
    versions: view.versions.filter((version) => !version.current).map((version) => ({ language: version.language, url: absoluteUrl(version.url, baseUrl) })),
    country_code: view.country?.code ?? null,
    region: view.country?.region ?? null,
    subregion: view.country?.subregion ?? null,
    body_markdown: source.body,
    body_text: source.bodyText ?? markdownToPlainText(source.body),
  };
}

/** notes.json: the records, one per line so that a change to one note is one line of a diff. */
export function notesJsonText(records: readonly OpenDataRecord[]): string {
  // `<`, `>` and `&` as \u escapes: the same values to every JSON reader, and no markup to a program
  // that mistakes the file for HTML.
  const json = (record: OpenDataRecord) => JSON.stringify(record).replace(/[<>&]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return records.length === 0 ? "[]\n" : `[\n${records.map(json).join(",\n")}\n]\n`;
}
