/**
 * The browser editor's configuration (Sveltia CMS, served at /admin/), made from the note schema so
 * the form and the validator never disagree: one form field per schema field, with the schema's own
 * description as its hint (the words of the README's field table), its requiredness, and its
 * choices (types of event, known countries).
 *
 * The form cannot say everything the schema checks (real calendar dates, end after start, lengths):
 * a saved note goes through the same validator, on the pull request, as any other.
 */
import isoCountries from "i18n-iso-countries";
import { stringify } from "yaml";
import { resolveCountry } from "../note/countries.ts";
import { LANGUAGE_CODES } from "../languages/languages.ts";
import { NOTES_DIRECTORY } from "../note/note-files.ts";
import { NOTE_FIELDS, NOTE_TYPES, NoteSchema, type Note } from "../note/note-schema.ts";
import { bodySkeleton } from "./new-note.ts";

/** Where the editor is served, and its configuration file (the address Sveltia CMS looks for by default). */
export const EDITOR_PATH = "/admin/";
export const EDITOR_CONFIG_FILE = "admin/config.yml";

export interface EditorSettings {
  /** `owner/name` of the GitHub repository the editor commits to */
  readonly repo: string;
  /** The branch notes are published from; the editor's pull requests target it */
  readonly branch: string;
}

/** A field of the editor's form (the subset of Sveltia CMS's field options this project uses). */
export interface EditorField {
  readonly name: string;
  readonly label: string;
  readonly widget: "string" | "text" | "select" | "datetime" | "boolean" | "list" | "object" | "markdown";
  readonly required?: boolean;
  readonly hint?: string;
  readonly i18n?: true | "duplicate";
  readonly options?: readonly string[];
  readonly default?: string | boolean;
  readonly pattern?: readonly [string, string];
  readonly field?: EditorField;
  readonly fields?: readonly EditorField[];
  readonly min?: number;
  readonly collapsed?: boolean;
  readonly summary?: string;
  /** Date fields: a date picker (no time), saved with this Day.js format */
  readonly type?: "date";
  readonly format?: string;
  /** Date fields: the picked day is the day written, whatever the browser's time zone */
  readonly picker_utc?: boolean;
}

/**
 * The facts every language version of an event shares (the validator compares them): the editor
 * copies them into a translation and does not let the translator change them.
 */
export const SHARED_FACTS: readonly (keyof Note)[] = ["type", "start_date", "end_date", "country", "online", "published", "draft"];

/** The English names of every country the schema knows, as the UN writes them, in alphabetical order. */
export function countryNames(): string[] {
  const names = new Set<string>();
  for (const code of Object.keys(isoCountries.getAlpha2Codes())) {
    const country = resolveCountry(code);
    if (country) names.add(country.name);
  }
  return [...names].sort((a, b) => a.localeCompare(b, "en"));
}

const description = (field: keyof Note): string => (NoteSchema.shape[field].meta()?.description as string | undefined) ?? "";

/** Required whatever the other fields say (city and country depend on `online`, so the form leaves them optional). */
export function alwaysRequired(field: keyof Note): boolean {
  return !NoteSchema.shape[field].safeParse(undefined).success;
}

const labelOf = (name: string): string => {
  const words = name.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const URL_PATTERN: readonly [string, string] = ["^https?://\\S+$", "Write a full address starting with https:// or http://"];
const EMAIL_PATTERN: readonly [string, string] = ["^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "Write an e-mail address such as 1540experts@un.org"];

const dateWidget = { widget: "datetime", type: "date", format: "YYYY-MM-DD", picker_utc: true } as const;
/**
 * A list of names or words, one box per item. Its items are text to translate: in a translation the
 * list keeps the original's items as empty boxes to write in, and items can be added or removed (a
 * list whose items say nothing about translation is locked in every language but English).
 */
const textList = (itemLabel: string): Pick<EditorField, "widget" | "field"> => ({
  widget: "list",
  field: { name: itemLabel.toLowerCase().replace(/\s+/g, "_"), label: itemLabel, widget: "string", i18n: true },
});

/**
 * How each schema field is edited. A `Record` over the schema's fields, so adding a field to the
 * schema without deciding how the editor shows it fails the type check (and the editor-config test).
 */
const WIDGETS: Record<keyof Note, Omit<EditorField, "name" | "label" | "hint" | "required" | "i18n">> = {
  title: { widget: "string" },
  type: { widget: "select", options: NOTE_TYPES },
  organizers: { ...textList("Organizer"), min: 1 },
  start_date: dateWidget,
  end_date: dateWidget,
  city: { widget: "string" },
  country: { widget: "select", options: countryNames() },
  online: { widget: "boolean", default: false },
  summary: { widget: "text" },
  published: dateWidget,
  updated: dateWidget,
  topics: textList("Topic"),
  participants: {
    widget: "object",
    collapsed: true,
    fields: [
      {
        name: "states",
        label: "States",
        widget: "list",
        required: false,
        i18n: "duplicate",
        field: { name: "state", label: "State", widget: "select", options: countryNames(), i18n: "duplicate" },
      },
      { name: "organizations", label: "Organizations", required: false, i18n: true, ...textList("Organization") },
      { name: "others", label: "Others", required: false, i18n: true, ...textList("Participant") },
    ],
  },
  links: {
    widget: "list",
    summary: "{{fields.title}}",
    fields: [
      { name: "title", label: "Title", widget: "string", required: true, i18n: true, hint: "What the document is, such as Agenda." },
      { name: "url", label: "Address", widget: "string", required: true, i18n: "duplicate", pattern: URL_PATTERN },
    ],
  },
  contact: {
    widget: "object",
    collapsed: true,
    fields: [
      { name: "name", label: "Name", widget: "string", required: true, i18n: true },
      { name: "email", label: "E-mail", widget: "string", required: true, i18n: "duplicate", pattern: EMAIL_PATTERN },
    ],
  },
  disclaimer: { widget: "text" },
  // No default: the editor would give it to every existing note without a `draft` line, making a
  // published note (and a translation made from it) a draft. A new note starts as a draft through
  // its address instead (assets/editor.js).
  draft: { widget: "boolean" },
};

/** The form's fields, in the schema's order, then the body. */
export function editorFields(): EditorField[] {
  const fields: EditorField[] = NOTE_FIELDS.map((name) => ({
    name,
    label: labelOf(name),
    hint: description(name),
    required: alwaysRequired(name),
    i18n: SHARED_FACTS.includes(name) ? "duplicate" : true,
    ...WIDGETS[name],
  }));
  fields.push({
    name: "body",
    label: "Text",
    widget: "markdown",
    required: true,
    i18n: true,
    hint: "Markdown: ## headings, lists, links and footnotes. Replace each TODO line with your text, or delete a section you do not need.",
    default: bodySkeleton(),
  });
  return fields;
}

/** The whole configuration Sveltia CMS reads from /admin/config.yml. */
export function editorConfig(settings: EditorSettings): Record<string, unknown> {
  return {
    backend: {
      name: "github",
      repo: settings.repo,
      branch: settings.branch,
      // Netlify's OAuth provider logs staff in with GitHub; no server of our own holds the secret.
      base_url: "https://api.netlify.com",
      auth_endpoint: "auth",
      commit_messages: {
        create: "Add note {{slug}} ({{locales}})",
        update: "Update note {{slug}} ({{locales}})",
        delete: "Delete note {{slug}} ({{locales}})",
      },
    },
    app_title: "Information notes editor",
    // The site's own icon: the default logo is a data: address the editor fetches, which its policy refuses.
    logo: { src: "/assets/favicon.svg" },
    // Saving opens a pull request: the checks and the deploy preview run before anything is published.
    publish_mode: "editorial_workflow",
    media_folder: "assets/uploads",
    public_folder: "/assets/uploads",
    // Like the wizard's notes: every string double-quoted, so dates stay text and a colon is harmless.
    output: { omit_empty_optional_fields: true, yaml: { quote: "double", indent_sequences: true } },
    // The file name becomes the note's web address: lower-case ASCII words joined by hyphens.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-", maxlength: 80 },
    i18n: {
      structure: "multiple_files",
      locales: [...LANGUAGE_CODES],
      default_locale: "en",
      // English is `<name>.md`, translations `<name>.fr.md` beside it.
      omit_default_locale_from_file_path: true,
      // A new note starts in English only; a translation is added when someone writes it.
      initial_locales: "default",
    },
    collections: [
      {
        name: "notes",
        label: "Information notes",
        label_singular: "Information note",
        description: "One note per event. Saving opens a pull request; the note is published once it is merged and no longer a draft.",
        folder: NOTES_DIRECTORY,
        // notes/<year of the event>/<name>.md, as the wizard writes them.
        path: "{{fields.start_date | date('YYYY')}}/{{slug}}",
        slug: "{{title}}",
        extension: "md",
        format: "yaml-frontmatter",
        create: true,
        i18n: true,
        summary: "{{title}} ({{start_date}})",
        sortable_fields: ["start_date", "title", "published"],
        fields: editorFields(),
      },
    ],
  };
}

/** The text of admin/config.yml. */
export function editorConfigYaml(settings: EditorSettings): string {
  const header = "# The browser editor's configuration, generated by the build from lib/note/note-schema.ts\n# (lib/staff/editor-config.ts). Do not edit: change the schema or the generator.\n";
  return `${header}${stringify(editorConfig(settings), { lineWidth: 0 })}`;
}

/** `owner/name` out of a GitHub repository address (Netlify's `REPOSITORY_URL`), or `undefined`. */
export function githubRepoOf(address: string | undefined): string | undefined {
  const match = /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(address ?? "");
  return match?.[1];
}
