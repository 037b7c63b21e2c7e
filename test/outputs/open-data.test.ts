/**
 * The records of notes.json, their JSON Schema and the body as plain text.
 */
import { describe, expect, it } from "vitest";
import { NoteSchema, NOTE_FIELDS, noteFieldsOf } from "../../lib/note/note-schema.ts";
import { buildNoteView } from "../../lib/note/note-view.ts";
import { DERIVED_FIELDS, notesJsonSchema, notesJsonText, openDataRecord, openDataRecordSchema, toJsonValue } from "../../lib/outputs/open-data/open-data.ts";
import { createMarkdownRenderer, markdownToPlainText, noteBodyRenderer } from "../../lib/note/markdown.ts";
import { siteSettings } from "../../site.config.ts";
import { jsonSchemaErrors } from "../support/json-schema.ts";
import { validFrontMatter } from "../support/fixture-notes.ts";
import { BUILD_DATE } from "../support/note-views.ts";

const BASE = "https://notes.example.org";

function record(file: string, written: Record<string, unknown>, body = "Text.", versions?: ("en" | "fr" | "ar" | "zh")[]) {
  const fields = noteFieldsOf(written);
  const view = buildNoteView(NoteSchema.parse(fields), file, siteSettings, BUILD_DATE, versions);
  return openDataRecord({ fields, view, body }, BASE);
}

describe("openDataRecord", () => {
  it("keeps the front matter as written and adds what the site derives", () => {
    const written = validFrontMatter({ organizers: "OSCE", title: "  Workshop on export controls  ", participants: { states: ["tj"] } });
    expect(record("notes/2016/dushanbe.md", written, "## Background\n\nText.\n", ["en", "fr"])).toEqual({
      title: "  Workshop on export controls  ",
      type: "workshop",
      organizers: "OSCE",
      start_date: "2016-02-29",
      end_date: "2016-03-01",
      city: "Dushanbe",
      country: "Tajikistan",
      summary: "Officials from the region discussed export controls and reporting.",
      published: "2016-03-02",
      participants: { states: ["tj"] },
      language: "en",
      url: "https://notes.example.org/notes/2016/dushanbe/",
      versions: [{ language: "fr", url: "https://notes.example.org/fr/notes/2016/dushanbe/" }],
      country_code: "TJ",
      region: "Asia",
      subregion: "Central Asia",
      body_markdown: "## Background\n\nText.\n",
      body_text: "Background\n\nText.",
    });
  });

  it("gives a note in another language its own address and an online event no country", () => {
    const written = validFrontMatter({ title: "ورشة عمل إقليمية", online: true, city: undefined, country: undefined });
    const result = record("notes/2016/dushanbe.ar.md", JSON.parse(JSON.stringify(written)) as Record<string, unknown>, "نص.", ["ar"]);
    expect(result).toMatchObject({ title: "ورشة عمل إقليمية", language: "ar", url: "https://notes.example.org/ar/notes/2016/dushanbe/", versions: [], country_code: null, region: null, subregion: null, body_text: "نص." });
  });

  it("refuses values JSON cannot hold rather than writing them wrongly", () => {
    expect(() => toJsonValue({ published: new Date(0) })).toThrow("value.published cannot be written as JSON");
    expect(toJsonValue({ list: ["a", true, 1, null] })).toEqual({ list: ["a", true, 1, null] });
  });
});

describe("notes.json and its JSON Schema", () => {
  it("has every note field, then the derived ones, with the schema's descriptions", () => {
    const schema = openDataRecordSchema();
    const properties = schema.properties as Record<string, { description?: string }>;
    expect(Object.keys(properties)).toEqual([...NOTE_FIELDS, ...Object.keys(DERIVED_FIELDS)]);
    for (const field of NOTE_FIELDS) expect(properties[field]!.description).toBe(NoteSchema.shape[field].meta()?.description);
    expect(schema.required).toEqual(["title", "type", "organizers", "start_date", "summary", "published", ...Object.keys(DERIVED_FIELDS)]);
  });

  it("accepts the records it describes and rejects others", () => {
    const schema = notesJsonSchema(BASE);
    const records = [
      record("notes/2016/dushanbe.md", validFrontMatter({ topics: ["export controls"], links: [{ title: "Agenda", url: "https://example.org/a.pdf" }], contact: { name: "Desk", email: "desk@example.org" } })),
      record("notes/2016/dushanbe.zh.md", validFrontMatter({ title: "出口管制区域讲习班", organizers: ["联合国裁军事务厅"] }), "正文", ["zh"]),
    ];
    const text = notesJsonText(records);
    expect(jsonSchemaErrors(schema, JSON.parse(text))).toEqual([]);
    expect(jsonSchemaErrors(schema, [{ ...records[0], type: "party" }])).not.toEqual([]);
    expect(jsonSchemaErrors(schema, [{ ...records[0], colour: "red" }])).not.toEqual([]);
    expect(jsonSchemaErrors(schema, [{ ...records[0], start_date: "29/02/2016" }])).not.toEqual([]);
    const { url: _url, ...withoutUrl } = records[0]!;
    expect(jsonSchemaErrors(schema, [withoutUrl])).not.toEqual([]);
  });

  it("writes one record a line and escapes what JSON must", () => {
    const hostile = record("notes/2016/dushanbe.md", validFrontMatter({ title: 'A "quoted" <script>alert(1)</script> title\\' }));
    const text = notesJsonText([hostile, hostile]);
    expect(text.split("\n")).toHaveLength(5);
    expect((JSON.parse(text) as { title: string }[])[1]!.title).toBe('A "quoted" <script>alert(1)</script> title\\');
    expect(notesJsonText([])).toBe("[]\n");
  });
});

describe("markdownToPlainText", () => {
  it("keeps the words and drops the markup", () => {
    const markdown = "## Background\n\nA *short* [link](https://example.org) and `code`,\nover two lines.[^1]\n\n- one\n- two\n\n1. first\n2. second\n\n[^1]: The footnote.\n";
    expect(markdownToPlainText(markdown)).toBe("Background\n\nA short link and code, over two lines.[1]\n\n- one\n- two\n\n1. first\n2. second\n\n[1] The footnote.");
  });

  it("reads an indented paragraph, as PDF conversions leave them, as the page shows it: text, not code", () => {
    expect(markdownToPlainText("Intro.\n\n    An indented line\n    and the next one.\n")).toBe("Intro.\n\nAn indented line and the next one.");
  });

  it("gives the text of a body the page has rendered, from that render's parse", () => {
    const bodies = noteBodyRenderer();
    const markdown = "## Фон\n\nВсе *слова* [здесь](https://example.org).[^1]\n\n    отступ\n\n[^1]: Сноска.\n";
    expect(bodies.library.render(markdown, {})).toBe(createMarkdownRenderer().render(markdown, {}));
    expect(bodies.plainText(markdown)).toBe(markdownToPlainText(markdown));
    expect(bodies.plainText(markdown)).toBe("Фон\n\nВсе слова здесь.[1]\n\nотступ\n\n[1] Сноска.");
  });

  it("shows HTML typed into a note as the text it is", () => {
    expect(markdownToPlainText("Before <script>alert(1)</script> after")).toBe("Before <script>alert(1)</script> after");
  });
});
