/**
 * notes.csv: columns derived from the schema, lists joined, formulas neutralised, any script kept;
 * read back with csv-parse and compared with the records.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { NoteSchema, noteFieldsOf } from "../../lib/note/note-schema.ts";
import { buildNoteView } from "../../lib/note/note-view.ts";
import { csvCell, csvColumns, FORMULA_PREFIXES, LIST_SEPARATOR, notesCsvText } from "../../lib/outputs/open-data/csv-export.ts";
import { openDataRecord, type OpenDataRecord } from "../../lib/outputs/open-data/open-data.ts";
import { siteSettings } from "../../site.config.ts";
import { validFrontMatter } from "../support/fixture-notes.ts";
import { BUILD_DATE } from "../support/note-views.ts";

const BASE = "https://notes.example.org";

function record(file: string, overrides: Record<string, unknown>, body = "Text.\n"): OpenDataRecord {
  const fields = noteFieldsOf(validFrontMatter(overrides));
  return openDataRecord({ fields, view: buildNoteView(NoteSchema.parse(fields), file, siteSettings, BUILD_DATE), body }, BASE);
}

const hostile = record(
  "notes/2016/hostile.md",
  {
    title: '=HYPERLINK("https://evil.example","click") "quoted", {braced} 100%',
    organizers: ["+SUM(A1:A9)", "-2+3", "@cmd", "\tTabbed Org", "Plain, with comma"],
    topics: ["=1+1", "safe topic"],
    links: [{ title: "@Agenda", url: "https://example.org/a.pdf" }, { title: "Press release", url: "https://example.org/p" }],
    contact: { name: "-Desk", email: "desk@example.org" },
  },
  "=cmd|' /C calc'!A0\r\nsecond line\n",
);
const arabic = record("notes/2016/workshop.ar.md", { title: "ورشة عمل إقليمية بشأن ضوابط التصدير", organizers: ["مكتب الأمم المتحدة لشؤون نزع السلاح"], city: "دوشانبي" });
const chinese = record("notes/2016/workshop.zh.md", { title: "出口管制区域讲习班", organizers: ["联合国裁军事务厅", "欧安组织"], summary: "来自该区域的官员讨论了出口管制和报告问题。这是摘要。" });
const russian = record("notes/2016/workshop.ru.md", { title: "Региональный семинар по экспортному контролю", online: true, city: undefined, country: undefined });

/** What a cell holds once read back: the apostrophe the writer put in front of a formula removed. */
const unneutralised = (cell: string) => (cell.startsWith("'") && FORMULA_PREFIXES.some((prefix) => cell.slice(1).startsWith(prefix)) ? cell.slice(1) : cell);

describe("csvColumns", () => {
  it("turns every field of the records into columns, groups and lists of groups into one column per part", () => {
    const columns = csvColumns();
    expect(columns.map((column) => column.name)).toEqual([
      "title", "type", "organizers", "start_date", "end_date", "city", "country", "online", "summary", "published", "updated", "topics",
      "participants_states", "participants_organizations", "participants_others", "links_title", "links_url", "contact_name", "contact_email",
      "disclaimer", "draft", "language", "url", "versions_language", "versions_url", "country_code", "region", "subregion", "body_markdown", "body_text",
    ]);
    const byName = new Map(columns.map((column) => [column.name, column]));
    expect(byName.get("organizers")).toMatchObject({ list: true, required: true, type: "string" });
    expect(byName.get("start_date")).toMatchObject({ list: false, required: true, type: "date" });
    expect(byName.get("online")).toMatchObject({ list: false, required: false, type: "boolean" });
    expect(byName.get("country_code")).toMatchObject({ required: false });
    expect(byName.get("url")).toMatchObject({ required: true, format: "uri" });
    expect(byName.get("title")!.description).toBe(NoteSchema.shape.title.meta()?.description);
  });

  it("joins lists, the parts of a list of groups in the same order, and a single organizer as one item", () => {
    const columns = new Map(csvColumns().map((column) => [column.name, column]));
    expect(csvCell(columns.get("organizers")!, hostile)).toBe(`+SUM(A1:A9)${LIST_SEPARATOR}-2+3${LIST_SEPARATOR}@cmd${LIST_SEPARATOR}\tTabbed Org${LIST_SEPARATOR}Plain, with comma`);
    expect(csvCell(columns.get("links_title")!, hostile)).toBe(`@Agenda${LIST_SEPARATOR}Press release`);
    expect(csvCell(columns.get("links_url")!, hostile)).toBe(`https://example.org/a.pdf${LIST_SEPARATOR}https://example.org/p`);
    expect(csvCell(columns.get("organizers")!, record("notes/2016/one.md", { organizers: "OSCE" }))).toBe("OSCE");
    expect(csvCell(columns.get("online")!, russian)).toBe("true");
    expect(csvCell(columns.get("country_code")!, russian)).toBe("");
  });
});

describe("notesCsvText", () => {
  const records = [hostile, arabic, chinese, russian];
  const text = notesCsvText(records);
  const rows = parse(text, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];

  it("starts with a byte-order mark and ends rows with CRLF", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split("\r\n")[0]).toBe(`\uFEFF${csvColumns().map((column) => column.name).join(",")}`);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("reads back as the records, one row per note and language, in any script", () => {
    expect(rows).toHaveLength(4);
    const columns = csvColumns();
    records.forEach((source, index) => {
      for (const column of columns) expect(unneutralised(rows[index]![column.name]!), `${index} ${column.name}`).toBe(csvCell(column, source));
    });
    expect(rows[1]!.title).toBe("ورشة عمل إقليمية بشأن ضوابط التصدير");
    expect(rows[1]!.language).toBe("ar");
    expect(rows[2]!.organizers!.split(LIST_SEPARATOR)).toEqual(["联合国裁军事务厅", "欧安组织"]);
    expect(rows[3]!.title).toBe("Региональный семинар по экспортному контролю");
  });

  it("puts an apostrophe before every cell a spreadsheet would run as a formula, and only those", () => {
    const row = rows[0]!;
    expect(row.title).toBe(`'=HYPERLINK("https://evil.example","click") "quoted", {braced} 100%`);
    expect(row.organizers!.startsWith("'+SUM(A1:A9)")).toBe(true);
    expect(row.topics).toBe(`'=1+1${LIST_SEPARATOR}safe topic`);
    expect(row.links_title).toBe(`'@Agenda${LIST_SEPARATOR}Press release`);
    expect(row.contact_name).toBe("'-Desk");
    expect(row.body_markdown).toBe("'=cmd|' /C calc'!A0\r\nsecond line\n");
    expect(row.summary).toBe("Officials from the region discussed export controls and reporting.");
    expect(rows[1]!.title!.startsWith("'")).toBe(false);
    // Every cell of the file, not only those checked above.
    for (const cells of parse(text, { bom: true, from_line: 2 }) as string[][]) {
      for (const cell of cells) expect(FORMULA_PREFIXES.some((prefix) => cell.startsWith(prefix)), cell).toBe(false);
    }
  });

  it("neutralises a tab, a carriage return and the full-width signs too", () => {
    const columns = csvColumns().filter((column) => column.name === "title");
    const cells = ["\tx", "\rx", "\uFF1Dx", "\uFF0Bx", "\uFF0Dx", "\uFF20x", "x=1"].map((title) => {
      const [row] = parse(notesCsvText([{ ...hostile, title }], columns), { bom: true, from_line: 2 }) as string[][];
      return row![0];
    });
    expect(cells).toEqual(["'\tx", "'\rx", "'\uFF1Dx", "'\uFF0Bx", "'\uFF0Dx", "'\uFF20x", "x=1"]);
  });

  it("quotes every cell with a line break, so a spreadsheet keeps it in its row", () => {
    const columns = csvColumns().filter((column) => column.name === "title");
    expect(notesCsvText([{ ...arabic, title: "one\ntwo" }, { ...arabic, title: "three\rfour" }], columns)).toBe('\uFEFFtitle\r\n"one\ntwo"\r\n"three\rfour"\r\n');
    expect(text).toContain(`"'=cmd|' /C calc'!A0\r\nsecond line\n"`);
  });
});
