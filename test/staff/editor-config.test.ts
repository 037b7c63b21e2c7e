/**
 * The browser editor's configuration follows the note schema: a field added to or changed in
 * lib/note/note-schema.ts that the editor's form does not reflect fails here.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { resolveCountry } from "../../lib/note/countries.ts";
import { NOTE_FIELDS, NOTE_TYPES, NoteSchema, type Note } from "../../lib/note/note-schema.ts";
import { BODY_SECTIONS } from "../../lib/staff/new-note.ts";
import { editorConfigYaml, githubRepoOf, SHARED_FACTS } from "../../lib/staff/editor-config.ts";

interface Field {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  i18n?: boolean | string;
  options?: string[];
  default?: unknown;
  format?: string;
  type?: string;
  field?: Field;
  fields?: Field[];
}

const config = parse(editorConfigYaml({ repo: "owner/notes", branch: "main" })) as {
  backend: Record<string, unknown>;
  publish_mode: string;
  i18n: Record<string, unknown>;
  collections: { folder: string; path: string; fields: Field[] }[];
};
const collection = config.collections[0]!;
const byName = new Map(collection.fields.map((field) => [field.name, field]));
const shape = NoteSchema.shape;

describe("the editor's form", () => {
  it("has exactly the schema's fields, in its order, then the body", () => {
    expect(collection.fields.map((field) => field.name)).toEqual([...NOTE_FIELDS, "body"]);
  });

  it("gives each field the schema's description as its hint and a label", () => {
    for (const name of NOTE_FIELDS) {
      const field = byName.get(name)!;
      expect(field.hint, name).toBe(shape[name].meta()?.description);
      expect(field.label, name).toMatch(/^[A-Z]/);
    }
  });

  it("requires what the schema always requires, and nothing else", () => {
    for (const name of NOTE_FIELDS) {
      const required = !shape[name].safeParse(undefined).success;
      expect(byName.get(name)!.required, name).toBe(required);
    }
    // City and country depend on `online`: optional in the form, required by the validator.
    expect(byName.get("city")!.hint).toMatch(/Required unless `online: true`/);
  });

  it("offers the schema's types of event and only countries the schema accepts", () => {
    expect(byName.get("type")).toMatchObject({ widget: "select", options: [...NOTE_TYPES] });
    const countries = byName.get("country")!.options!;
    expect(countries.length).toBeGreaterThan(240);
    for (const country of countries) {
      expect(resolveCountry(country)?.name, country).toBe(country);
      expect(shape.country.safeParse(country).success, country).toBe(true);
    }
    expect(countries).toContain("Tajikistan");
  });

  it("edits dates as dates saved YYYY-MM-DD, with no time and no time-zone shift", () => {
    const dates = NOTE_FIELDS.filter((name) => (shape[name].meta() as { format?: string } | undefined)?.format === "date");
    expect(dates).toEqual(["start_date", "end_date", "published", "updated"]);
    for (const name of dates) expect(byName.get(name), name).toMatchObject({ widget: "datetime", type: "date", format: "YYYY-MM-DD", picker_utc: true });
  });

  it("uses lists, objects, switches and text widgets that fit the schema's values", () => {
    const widgets = Object.fromEntries(collection.fields.map((field) => [field.name, field.widget]));
    expect(widgets).toMatchObject({
      organizers: "list",
      topics: "list",
      participants: "object",
      links: "list",
      contact: "object",
      online: "boolean",
      draft: "boolean",
      summary: "text",
      body: "markdown",
    });
    const subfields = (name: keyof Note) => byName.get(name)!.fields!.map((field) => field.name);
    const objectKeys = (name: "participants" | "contact") => Object.keys(shape[name].unwrap().shape);
    expect(subfields("participants")).toEqual(objectKeys("participants"));
    expect(subfields("contact")).toEqual(objectKeys("contact"));
    expect(subfields("links")).toEqual(Object.keys(shape.links.unwrap().element.shape));
  });

  it("starts a new note as a draft with the wizard's sections, and an existing note as it is", () => {
    // The editor fills every field a note leaves out with its default: a `draft` default would turn a
    // published note (no `draft` line) and its translations into drafts. A new note gets `draft=true`
    // from its address instead (assets/editor.js; the end-to-end editor test saves one).
    expect(byName.get("draft")!.default).toBeUndefined();
    expect(readFileSync(new URL("../../assets/editor.js", import.meta.url), "utf8")).toContain('"?draft=true"');
    const body = String(byName.get("body")!.default);
    for (const { heading, placeholder } of BODY_SECTIONS) expect(body).toContain(`## ${heading}\n\n${placeholder}`);
  });

  it("copies the event facts into translations and lets the texts be translated", () => {
    for (const name of NOTE_FIELDS) expect(byName.get(name)!.i18n, name).toBe(SHARED_FACTS.includes(name) ? "duplicate" : true);
    expect(SHARED_FACTS).toEqual(expect.arrayContaining(["type", "start_date", "end_date", "country", "online"]));
  });

  it("lets the names and words in lists and groups be translated, and keeps addresses and countries as facts", () => {
    // A subfield says nothing about translation by default, which locks it (and a list's Add button)
    // in a translation: each one says what it is.
    const sub = (parent: Field, name: string) => parent.fields!.find((field) => field.name === name)!;
    for (const name of ["organizers", "topics"] as const) expect(byName.get(name)!.field, name).toMatchObject({ widget: "string", i18n: true });
    const participants = byName.get("participants")!;
    expect(sub(participants, "states")).toMatchObject({ i18n: "duplicate", field: { i18n: "duplicate" } });
    for (const name of ["organizations", "others"]) expect(sub(participants, name), name).toMatchObject({ i18n: true, field: { i18n: true } });
    const links = byName.get("links")!;
    expect(sub(links, "title").i18n).toBe(true);
    expect(sub(links, "url").i18n).toBe("duplicate");
    const contact = byName.get("contact")!;
    expect(sub(contact, "name").i18n).toBe(true);
    expect(sub(contact, "email").i18n).toBe("duplicate");
    const everySubfield = (field: Field): Field[] => [field.field, ...(field.fields ?? [])].filter((inner) => inner !== undefined).flatMap((inner) => [inner, ...everySubfield(inner)]);
    for (const field of collection.fields.flatMap(everySubfield)) expect(field.i18n, field.name).toBeDefined();
  });
});

describe("the editor's files and backend", () => {
  it("saves notes/<year of start_date>/<name>.md, translations beside them", () => {
    expect(collection.folder).toBe("notes");
    expect(collection.path).toBe("{{fields.start_date | date('YYYY')}}/{{slug}}");
    expect(config.i18n).toMatchObject({
      structure: "multiple_files",
      locales: ["en", "ar", "es", "fr", "ru", "zh"],
      default_locale: "en",
      omit_default_locale_from_file_path: true,
      initial_locales: "default",
    });
  });

  it("logs in through Netlify's GitHub provider and saves through pull requests", () => {
    expect(config.backend).toMatchObject({ name: "github", repo: "owner/notes", branch: "main", base_url: "https://api.netlify.com", auth_endpoint: "auth" });
    expect(config.publish_mode).toBe("editorial_workflow");
  });

  it("reads the repository from Netlify's REPOSITORY_URL", () => {
    expect(githubRepoOf("https://github.com/un-1540/information-notes")).toBe("un-1540/information-notes");
    expect(githubRepoOf("git@github.com:un-1540/information-notes.git")).toBe("un-1540/information-notes");
    expect(githubRepoOf("https://gitlab.com/a/b")).toBeUndefined();
    expect(githubRepoOf(undefined)).toBeUndefined();
  });
});
