/**
 * datapackage.json against the rules of the Data Package standard, version 2, restated here
 * (no package of the version 2 profiles is installed): the package, its resources, the Table
 * Schema of the CSV file and its dialect. The field list comes from the note schema.
 */
import { describe, expect, it } from "vitest";
import { csvColumns, LIST_SEPARATOR } from "../../lib/outputs/open-data/csv-export.ts";
import { DATA_PACKAGE_PROFILE, dataPackage, notesTableSchema } from "../../lib/outputs/open-data/data-package.ts";
import { isJsonObject, type JsonObject, type JsonValue } from "../../lib/outputs/open-data/open-data.ts";
import { openDataPage } from "../../lib/outputs/open-data/open-data-page.ts";
import { NoteSchema } from "../../lib/note/note-schema.ts";

const OPTIONS = {
  baseUrl: "https://notes.example.org",
  siteName: "1540 Committee Information Notes",
  description: "Short information notes.",
  publisher: "Security Council Committee established pursuant to resolution 1540 (2004)",
  buildDate: "2024-06-01",
  csvText: "\uFEFFtitle\r\nÉté\r\n",
  jsonText: "[]\n",
};

const NAME = /^[a-z0-9._-]+$/;
const FIELD_TYPES = ["string", "number", "integer", "boolean", "object", "array", "list", "datetime", "date", "time", "year", "yearmonth", "duration", "geopoint", "geojson", "any"];
const LIST_ITEM_TYPES = ["string", "integer", "boolean", "number", "datetime", "date", "time"];

/** A URL, or a POSIX path that stays inside the package's folder (no leading `/`, `.` or `~`, no `..`, no `\`). */
const isUrlOrPath = (value: JsonValue | undefined): boolean =>
  typeof value === "string" && (/^(https?|ftps?):\/\//.test(value) || (!/^[./~]/.test(value) && !value.includes("\\") && !value.split("/").includes("..") && !/^[a-z]+:/i.test(value)));

const objects = (value: JsonValue | undefined): JsonObject[] => (Array.isArray(value) ? value.filter(isJsonObject) : []);

/** Every rule of version 2 that the descriptor breaks, in words. */
function v2Problems(descriptor: JsonObject): string[] {
  const problems: string[] = [];
  const must = (condition: boolean, problem: string) => {
    if (!condition) problems.push(problem);
  };
  must(descriptor.$schema === undefined || (typeof descriptor.$schema === "string" && descriptor.$schema.includes("/profiles/2.")), "$schema names a version 2 profile");
  must(descriptor.name === undefined || (typeof descriptor.name === "string" && NAME.test(descriptor.name)), "name is lower-case letters, digits, '.', '-' and '_'");
  must(descriptor.created === undefined || (typeof descriptor.created === "string" && !Number.isNaN(Date.parse(descriptor.created)) && /T.*(Z|[+-]\d\d:\d\d)$/.test(descriptor.created)), "created is an RFC 3339 date and time");
  for (const license of objects(descriptor.licenses)) {
    must(typeof license.name === "string" || typeof license.path === "string", "each licence has a name or a path");
    must(license.name === undefined || (typeof license.name === "string" && /^[-a-zA-Z0-9._]+$/.test(license.name)), "a licence name is an Open Definition identifier");
    must(license.path === undefined || isUrlOrPath(license.path), "a licence path is a URL or a path");
  }
  for (const contributor of objects(descriptor.contributors)) {
    must(typeof contributor.title === "string" || typeof contributor.givenName === "string", "each contributor has a title or a name");
    must(contributor.roles === undefined || (Array.isArray(contributor.roles) && contributor.roles.every((role) => typeof role === "string")), "roles is a list of words");
    must(contributor.role === undefined, "version 2 says roles, not role");
  }
  const resources = objects(descriptor.resources);
  must(Array.isArray(descriptor.resources) && resources.length > 0 && resources.length === descriptor.resources.length, "resources is a non-empty list of objects");
  const names = resources.map((resource) => resource.name);
  must(new Set(names).size === names.length, "resource names are unique");
  for (const resource of resources) {
    const label = String(resource.name);
    must(typeof resource.name === "string" && NAME.test(resource.name), `${label}: name is lower-case letters, digits, '.', '-' and '_'`);
    must((resource.path === undefined) !== (resource.data === undefined), `${label}: exactly one of path and data`);
    must(resource.path === undefined || isUrlOrPath(resource.path), `${label}: path is a URL or a path inside the package`);
    must(resource.type === undefined || resource.type === "table", `${label}: type is table or absent`);
    must(resource.mediatype === undefined || (typeof resource.mediatype === "string" && /^.+\/.+$/.test(resource.mediatype)), `${label}: mediatype is type/subtype`);
    must(resource.bytes === undefined || Number.isInteger(resource.bytes), `${label}: bytes is an integer`);
    must(resource.hash === undefined || (typeof resource.hash === "string" && /^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32})$/.test(resource.hash)), `${label}: hash is MD5 or algorithm:hex`);
    // Version 2 defines `schema` for tables only, and then it is a Table Schema.
    must(resource.schema === undefined || resource.type === "table", `${label}: only a table has a schema`);
    if (resource.type !== "table") continue;
    const dialect = resource.dialect;
    must(dialect === undefined || (isJsonObject(dialect) && (dialect.delimiter === undefined || typeof dialect.delimiter === "string") && (dialect.header === undefined || typeof dialect.header === "boolean")), `${label}: dialect is a Table Dialect`);
    const schema = resource.schema;
    if (!isJsonObject(schema)) {
      must(typeof schema === "string", `${label}: schema is a Table Schema or its path`);
      continue;
    }
    const fields = objects(schema.fields);
    must(fields.length > 0 && Array.isArray(schema.fields) && fields.length === schema.fields.length, `${label}: fields is a non-empty list of objects`);
    const fieldNames = fields.map((field) => field.name);
    must(new Set(fieldNames).size === fieldNames.length, `${label}: field names are unique`);
    for (const field of fields) {
      const where = `${label}.${String(field.name)}`;
      must(typeof field.name === "string" && field.name !== "", `${where}: has a name`);
      must(field.type === undefined || (typeof field.type === "string" && FIELD_TYPES.includes(field.type)), `${where}: type is a Table Schema type`);
      if (field.type === "list") {
        must(field.delimiter === undefined || typeof field.delimiter === "string", `${where}: delimiter is text`);
        must(field.itemType === undefined || (typeof field.itemType === "string" && LIST_ITEM_TYPES.includes(field.itemType)), `${where}: itemType is allowed in a list`);
      }
      must(field.constraints === undefined || (isJsonObject(field.constraints) && (field.constraints.required === undefined || typeof field.constraints.required === "boolean")), `${where}: constraints.required is true or false`);
    }
    const primaryKey = typeof schema.primaryKey === "string" ? [schema.primaryKey] : Array.isArray(schema.primaryKey) ? schema.primaryKey : [];
    must(primaryKey.every((key) => fieldNames.includes(key)), `${label}: the primary key names fields of the schema`);
    must(schema.missingValues === undefined || (Array.isArray(schema.missingValues) && schema.missingValues.every((value) => typeof value === "string")), `${label}: missingValues is a list of text`);
  }
  return problems;
}

describe("the data package", () => {
  const descriptor = dataPackage(OPTIONS);

  it("follows every rule of version 2 checked here", () => {
    expect(v2Problems(descriptor)).toEqual([]);
  });

  it("is caught by those rules when it breaks them", () => {
    const [csv, json] = objects(descriptor.resources);
    expect(v2Problems({ ...descriptor, resources: [] })).toContain("resources is a non-empty list of objects");
    expect(v2Problems({ ...descriptor, resources: [{ ...csv!, path: "/data/notes.csv" }, json!] })).toContain("notes-csv: path is a URL or a path inside the package");
    expect(v2Problems({ ...descriptor, resources: [{ ...csv!, data: [] }, json!] })).toContain("notes-csv: exactly one of path and data");
    expect(v2Problems({ ...descriptor, resources: [csv!, { ...json!, schema: { type: "array" } }] })).toContain("notes-json: only a table has a schema");
    expect(v2Problems({ ...descriptor, resources: [{ ...csv!, schema: { fields: [{ name: "a", type: "text" }] } }, json!] })).toContain("notes-csv.a: type is a Table Schema type");
    expect(v2Problems({ ...descriptor, contributors: [{ title: "x", role: "publisher" }] })).toContain("version 2 says roles, not role");
  });

  it("names the profile, the licence, the publisher and the build date", () => {
    expect(descriptor).toMatchObject({
      $schema: DATA_PACKAGE_PROFILE,
      name: "information-notes",
      created: "2024-06-01T00:00:00Z",
      homepage: "https://notes.example.org/data/",
      licenses: [{ path: "https://www.un.org/en/about-us/terms-of-use" }],
      contributors: [{ title: OPTIONS.publisher, roles: ["publisher"] }],
    });
  });

  it("describes each file by its size and hash", () => {
    const [csv, json] = objects(descriptor.resources);
    expect(csv).toMatchObject({ name: "notes-csv", path: "notes.csv", type: "table", mediatype: "text/csv", bytes: 17, hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(json).toMatchObject({ name: "notes-json", path: "notes.json", mediatype: "application/json", bytes: 3, jsonSchema: "notes.schema.json" });
    expect(String(csv!.description)).toContain(`"${LIST_SEPARATOR}"`);
    expect(String(csv!.description)).toContain("apostrophe");
  });

  it("derives the Table Schema from the note schema", () => {
    const fields = objects(notesTableSchema().fields);
    expect(fields.map((field) => field.name)).toEqual(csvColumns().map((column) => column.name));
    expect(fields.find((field) => field.name === "organizers")).toEqual({
      name: "organizers",
      description: NoteSchema.shape.organizers.meta()?.description,
      type: "list",
      delimiter: LIST_SEPARATOR,
      itemType: "string",
      constraints: { required: true },
    });
    expect(fields.find((field) => field.name === "start_date")).toMatchObject({ type: "date", constraints: { required: true } });
    expect(fields.find((field) => field.name === "online")).toMatchObject({ type: "boolean", trueValues: ["true"], falseValues: ["false"] });
    expect(fields.find((field) => field.name === "end_date")).not.toHaveProperty("constraints");
  });
});

describe("the data page", () => {
  it("lists the fields from the schema and says how lists and formulas are written", () => {
    const page = openDataPage("en", { baseUrl: OPTIONS.baseUrl, siteName: OPTIONS.siteName, publisher: OPTIONS.publisher, dateLabel: "1 June 2024" });
    expect(page.fields.map((field) => field.name)).toEqual(csvColumns().map((column) => column.name));
    expect(page.fields[0]).toEqual({ name: "title", kind: "text", required: "yes", description: NoteSchema.shape.title.meta()?.description });
    expect(page.fields.find((field) => field.name === "topics")).toMatchObject({ kind: "list (text)", required: "no" });
    expect(page.separator).toBe(" | ");
    expect(page.formulas).toContain("=, +, -, @");
    expect(`${page.citation.before}${page.url}${page.citation.after}`).toBe(`${OPTIONS.publisher}. ${OPTIONS.siteName}: Open data. Data set, version of 1 June 2024. https://notes.example.org/data/`);
    expect(openDataPage("zh", { ...OPTIONS, dateLabel: "2024年6月1日" }).title).toBe("开放数据");
  });
});
