/**
 * `/data/notes.csv`: the records of notes.json as one spreadsheet row per note file.
 *
 * The columns are derived from the records' JSON Schema (itself derived from the note schema): a
 * field holding a group (`contact`) becomes one column per part (`contact_name`), a list of groups
 * (`links`) one list column per part (`links_title`, `links_url`, in the same order), a list one
 * column whose values are joined with `LIST_SEPARATOR`.
 *
 * Cells are written by csv-stringify: quoted when they hold a comma, a quote or a line break, and
 * neutralised when a spreadsheet would read them as a formula (see `FORMULA_PREFIXES`).
 */
import { stringify } from "csv-stringify/sync";
import { isJsonObject, openDataRecordSchema, type JsonObject, type JsonValue, type OpenDataRecord } from "./open-data.ts";

/** Joins the values of a list in one cell; documented on the data page and in the data package. */
export const LIST_SEPARATOR = " | ";

/**
 * The first characters that make a spreadsheet treat a cell as a formula (OWASP, "CSV Injection"),
 * and their full-width forms, which some spreadsheets also accept. A cell starting with one gets
 * an apostrophe in front, so it opens as text; csv-stringify's `escape_formulas` does exactly this.
 */
export const FORMULA_PREFIXES = ["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"] as const;

export type CsvColumnType = "string" | "date" | "boolean";

export interface CsvColumn {
  readonly name: string;
  readonly description: string;
  readonly type: CsvColumnType;
  /** Several values joined with `LIST_SEPARATOR` */
  readonly list: boolean;
  /** Every row has a value */
  readonly required: boolean;
  /** A web address, for a text column */
  readonly format?: "uri";
  /** The record field and, for a group or a list of groups, the part of it */
  readonly field: string;
  readonly part?: string;
}

const typesOf = (schema: JsonObject): string[] => {
  const type = schema.type;
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === "string") : [];
};

const isListSchema = (schema: JsonObject): boolean =>
  typesOf(schema).includes("array") || (Array.isArray(schema.anyOf) && schema.anyOf.some((option) => isJsonObject(option) && typesOf(option).includes("array")));

function scalarType(schema: JsonObject): CsvColumnType {
  if (typesOf(schema).includes("boolean")) return "boolean";
  return schema.format === "date" ? "date" : "string";
}

const propertiesOf = (schema: JsonValue | undefined): [string, JsonObject][] =>
  isJsonObject(schema) && isJsonObject(schema.properties)
    ? Object.entries(schema.properties).filter((entry): entry is [string, JsonObject] => isJsonObject(entry[1]))
    : [];

/** The columns of notes.csv, in the records' field order. */
export function csvColumns(recordSchema: JsonObject = openDataRecordSchema()): CsvColumn[] {
  const required = new Set(Array.isArray(recordSchema.required) ? recordSchema.required : []);
  return propertiesOf(recordSchema).flatMap(([field, schema]): CsvColumn[] => {
    const description = typeof schema.description === "string" ? schema.description : "";
    const partDescription = (part: string) => `${description} This column: \`${part}\`.`.trim();
    const items = isJsonObject(schema.items) ? schema.items : undefined;
    if (typesOf(schema).includes("object")) {
      return propertiesOf(schema).map(([part, partSchema]) => ({
        name: `${field}_${part}`,
        description: partDescription(part),
        type: isListSchema(partSchema) ? "string" : scalarType(partSchema),
        list: isListSchema(partSchema),
        required: false,
        field,
        part,
      }));
    }
    if (items && typesOf(items).includes("object")) {
      return propertiesOf(items).map(([part]) => ({ name: `${field}_${part}`, description: partDescription(part), type: "string", list: true, required: false, field, part }));
    }
    const list = isListSchema(schema);
    return [{
      name: field,
      description,
      type: list ? "string" : scalarType(schema),
      list,
      required: required.has(field) && !typesOf(schema).includes("null"),
      ...(schema.format === "uri" ? { format: "uri" as const } : {}),
      field,
    }];
  });
}

const textOf = (value: JsonValue | undefined): string => {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
};

/** A list field as written may be one value (a single organizer); it is a one-item list. */
const listOf = (value: JsonValue | undefined): readonly JsonValue[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** The cell of one column for one record, before csv-stringify quotes or neutralises it. */
export function csvCell(column: CsvColumn, record: OpenDataRecord): string {
  const value = record[column.field];
  if (column.part === undefined) return column.list ? listOf(value).map(textOf).join(LIST_SEPARATOR) : textOf(value);
  if (isJsonObject(value)) {
    const part = value[column.part];
    return column.list ? listOf(part).map(textOf).join(LIST_SEPARATOR) : textOf(part);
  }
  // A list of groups: the part of each group, in order.
  return listOf(value)
    .map((item) => (isJsonObject(item) ? textOf(item[column.part!]) : ""))
    .join(LIST_SEPARATOR);
}

/**
 * notes.csv: a byte-order mark (so spreadsheets read UTF-8 rather than the system's code page),
 * a header row, then one row per record, lines ended by CRLF as RFC 4180 asks. A cell with any
 * line break is quoted, or a spreadsheet would start a new row at a lone line feed.
 */
export function notesCsvText(records: readonly OpenDataRecord[], columns: readonly CsvColumn[] = csvColumns()): string {
  return stringify(
    records.map((record) => columns.map((column) => csvCell(column, record))),
    {
      bom: true,
      header: true,
      columns: columns.map((column) => column.name),
      escape_formulas: true,
      record_delimiter: "windows",
      quoted_match: /[\r\n]/,
    },
  );
}
