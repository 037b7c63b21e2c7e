/**
 * `/data/datapackage.json`: a Frictionless Data Package (version 2) describing notes.csv (a table,
 * with its Table Schema and CSV dialect) and notes.json (with the JSON Schema published beside it).
 *
 * Every field list, type and description comes from the note schema, through the records' JSON
 * Schema (open-data.ts) and the CSV columns (csv-export.ts): nothing here names a note field.
 */
import { createHash } from "node:crypto";
import { csvColumns, FORMULA_PREFIXES, LIST_SEPARATOR, type CsvColumn } from "./csv-export.ts";
import { absoluteUrl, DATA_FILES, type JsonObject } from "./open-data.ts";

export const DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

/**
 * The terms the data are published under. The project has not chosen an open licence; until it
 * does, the United Nations website's terms of use are the terms that apply to the site's content.
 */
export const DATA_LICENSE = {
  path: "https://www.un.org/en/about-us/terms-of-use",
  title: "United Nations website terms of use",
} as const;

export interface DataPackageOptions {
  readonly baseUrl: string;
  readonly siteName: string;
  readonly description: string;
  readonly publisher: string;
  /** The build's date, `YYYY-MM-DD` */
  readonly buildDate: string;
  /** The text of the two files, for their size and hash */
  readonly csvText: string;
  readonly jsonText: string;
}

/** A Table Schema (v2) field for a CSV column. */
export function tableSchemaField(column: CsvColumn): JsonObject {
  return {
    name: column.name,
    description: column.description,
    type: column.list ? "list" : column.type,
    ...(column.list ? { delimiter: LIST_SEPARATOR, itemType: column.type } : {}),
    ...(column.type === "boolean" && !column.list ? { trueValues: ["true"], falseValues: ["false"] } : {}),
    ...(column.format ? { format: column.format } : {}),
    ...(column.required ? { constraints: { required: true } } : {}),
  };
}

/** The Table Schema of notes.csv; each note file's address identifies its row. */
export function notesTableSchema(columns: readonly CsvColumn[] = csvColumns()): JsonObject {
  return {
    fields: columns.map(tableSchemaField),
    missingValues: [""],
    primaryKey: ["url"],
  };
}

const sha256 = (text: string) => `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;

const fileName = (path: string) => path.slice(DATA_FILES.folder.length);

const PREFIX_NAMES: ReadonlyMap<string, string> = new Map([["\t", "a tab"], ["\r", "a carriage return"]]);
const describeFormulaPrefixes = () => FORMULA_PREFIXES.map((prefix) => PREFIX_NAMES.get(prefix) ?? prefix).join(", ");

export function dataPackage(options: DataPackageOptions): JsonObject {
  const dataPage = absoluteUrl(DATA_FILES.folder, options.baseUrl);
  return {
    $schema: DATA_PACKAGE_PROFILE,
    id: absoluteUrl(DATA_FILES.dataPackage, options.baseUrl),
    name: "information-notes",
    title: `${options.siteName}: open data`,
    description: `${options.description} Every published note, one record per note file (a note in several languages has one record per language). Drafts and scheduled notes are never included.`,
    homepage: dataPage,
    created: `${options.buildDate}T00:00:00Z`,
    licenses: [DATA_LICENSE],
    contributors: [{ title: options.publisher, roles: ["publisher"], path: options.baseUrl }],
    keywords: ["resolution 1540 (2004)", "non-proliferation", "outreach events", "information notes"],
    resources: [
      {
        name: "notes-csv",
        type: "table",
        path: fileName(DATA_FILES.csv),
        title: "Information notes (CSV)",
        description: `One row per note file. Lists are joined with "${LIST_SEPARATOR}" (space, vertical bar, space); the parts of a list of groups (links, versions) are in parallel columns, in the same order. UTF-8 with a byte-order mark. A cell starting with ${describeFormulaPrefixes()} has an apostrophe (') put in front so that spreadsheets do not run it as a formula (OWASP's advice on CSV injection); notes.json has every value unchanged.`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: Buffer.byteLength(options.csvText, "utf8"),
        hash: sha256(options.csvText),
        dialect: { header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true },
        schema: notesTableSchema(),
      },
      {
        name: "notes-json",
        path: fileName(DATA_FILES.json),
        title: "Information notes (JSON)",
        description: `An array with one object per note file: the front matter as written (dates as written, lists as lists), then language, url, versions, country_code, region, subregion, body_markdown and body_text. Its JSON Schema is ${fileName(DATA_FILES.jsonSchema)}, named by this resource's jsonSchema property.`,
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        bytes: Buffer.byteLength(options.jsonText, "utf8"),
        hash: sha256(options.jsonText),
        // The standard's `schema` is a Table Schema; a JSON file's JSON Schema goes by its own name.
        jsonSchema: fileName(DATA_FILES.jsonSchema),
      },
    ],
  };
}
