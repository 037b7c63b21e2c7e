/**
 * A real build of notes in four languages, with hostile text, a draft and a scheduled note: the data
 * files, the references beside each note page, the "Cite this note" section, the Highwire tags and
 * the data page.
 */
import { Cite } from "@citation-js/core";
import { parse } from "csv-parse/sync";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "../../lib/outputs/open-data/citations.ts";
import { FORMULA_PREFIXES, LIST_SEPARATOR } from "../../lib/outputs/open-data/csv-export.ts";
import { buildFixtureSite } from "../support/build-fixture-site.ts";
import { jsonSchemaErrors } from "../support/json-schema.ts";
import { validFrontMatter, type FixtureNote } from "../support/fixture-notes.ts";

const HOSTILE_TITLE = `=HYPERLINK("x") <script>alert('x')</script> {braces} 100% & "quotes"`;
const ARABIC_TITLE = "ورشة عمل إقليمية بشأن ضوابط التصدير";
const CHINESE_TITLE = "出口管制区域讲习班";

const NOTES: FixtureNote[] = [
  { file: "2016/dushanbe-workshop.md", frontMatter: validFrontMatter({ title: HOSTILE_TITLE, organizers: ["@OSCE", "UNODA"], topics: ["export controls"] }), body: "## Background\n\nText with a footnote.[^1]\n\n[^1]: The note.\n" },
  { file: "2016/dushanbe-workshop.fr.md", frontMatter: validFrontMatter({ title: "Atelier régional sur le contrôle des exportations", organizers: ["OSCE"] }) },
  { file: "2018/cairo-seminar.ar.md", frontMatter: validFrontMatter({ title: ARABIC_TITLE, start_date: "2018-05-03", end_date: "2018-05-03", city: "القاهرة", country: "EG", published: "2018-05-04" }), body: "## الخلفية\n\nنص المذكرة.\n" },
  { file: "2019/beijing-course.zh.md", frontMatter: validFrontMatter({ title: CHINESE_TITLE, start_date: "2019-09-10", end_date: "2019-09-12", city: "北京", country: "China", published: "2019-09-13", organizers: ["联合国裁军事务厅"] }) },
  { file: "2020/draft-visit.md", frontMatter: validFrontMatter({ title: "A draft that must stay private", start_date: "2020-01-10", end_date: "2020-01-10", published: "2020-01-11", draft: true }) },
  { file: "2024/scheduled-meeting.md", frontMatter: validFrontMatter({ title: "A meeting published later", start_date: "2024-05-10", end_date: "2024-05-10", published: "2024-07-01" }) },
];

let site = "";
let root = "";
const read = (file: string) => readFileSync(path.join(site, file), "utf8");

beforeAll(() => {
  const build = buildFixtureSite(NOTES);
  root = build.root;
  site = build.site;
  if (build.result.status !== 0) throw new Error(`build failed:\n${build.result.stdout}\n${build.result.stderr}`);
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Row {
  readonly [key: string]: unknown;
  readonly title: string;
  readonly url: string;
}

describe("the open data files", () => {
  it("hold every published note file, and no draft or scheduled note", () => {
    const records = JSON.parse(read("data/notes.json")) as Row[];
    expect(records.map((record) => record.url)).toEqual([
      "https://notes.example.org/zh/notes/2019/beijing-course/",
      "https://notes.example.org/ar/notes/2018/cairo-seminar/",
      "https://notes.example.org/notes/2016/dushanbe-workshop/",
      "https://notes.example.org/fr/notes/2016/dushanbe-workshop/",
    ]);
    const english = records[2]!;
    expect(english).toMatchObject({
      title: HOSTILE_TITLE,
      organizers: ["@OSCE", "UNODA"],
      start_date: "2016-02-29",
      language: "en",
      versions: [{ language: "fr", url: "https://notes.example.org/fr/notes/2016/dushanbe-workshop/" }],
      country_code: "TJ",
      region: "Asia",
      subregion: "Central Asia",
      body_text: "Background\n\nText with a footnote.[1]\n\n[1] The note.",
    });
    expect(records[1]).toMatchObject({ title: ARABIC_TITLE, country_code: "EG", region: "Africa", subregion: "Northern Africa", body_markdown: "## الخلفية\n\nنص المذكرة.\n" });
    expect(read("data/notes.json")).not.toContain("private");
  });

  it("match their published JSON Schema", () => {
    const records = JSON.parse(read("data/notes.json")) as unknown[];
    expect(records.length).toBeGreaterThan(0);
    expect(jsonSchemaErrors(JSON.parse(read("data/notes.schema.json")) as object, records)).toEqual([]);
  });

  it("give the same notes in the CSV file, read back", () => {
    const text = read("data/notes.csv");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    const records = JSON.parse(read("data/notes.json")) as Row[];
    expect(rows.map((row) => row.url)).toEqual(records.map((record) => record.url));
    expect(rows[0]!.title).toBe(CHINESE_TITLE);
    expect(rows[1]!.title).toBe(ARABIC_TITLE);
    expect(rows[2]!.title).toBe(`'${HOSTILE_TITLE}`);
    expect(rows[2]!.organizers).toBe(`'@OSCE${LIST_SEPARATOR}UNODA`);
    for (const row of rows) for (const cell of Object.values(row)) expect(FORMULA_PREFIXES.some((prefix) => cell.startsWith(prefix))).toBe(false);
  });

  it("are described by the Data Package, whose sizes are the files'", () => {
    const descriptor = JSON.parse(read("data/datapackage.json")) as { created: string; resources: { path: string; bytes: number; schema?: { fields: { name: string }[] } }[] };
    expect(descriptor.created).toBe("2024-06-01T00:00:00Z");
    for (const resource of descriptor.resources) expect(resource.bytes).toBe(readFileSync(path.join(site, "data", resource.path)).length);
    const header = (parse(read("data/notes.csv"), { bom: true, to_line: 1 }) as string[][])[0];
    expect(descriptor.resources[0]!.schema!.fields.map((field) => field.name)).toEqual(header);
  });
});

describe("citations", () => {
  it("publish each note's references beside its page, and none for a draft", () => {
    const bibtex = read("ar/notes/2018/cairo-seminar/citation.bib");
    expect(new Cite(bibtex).data[0]!.title).toBe(ARABIC_TITLE);
    expect(new Cite(read("zh/notes/2019/beijing-course/citation.ris")).data[0]!.title).toBe(CHINESE_TITLE);
    expect((JSON.parse(read("notes/2016/dushanbe-workshop/citation.csl.json")) as { title: string }[])[0]!.title).toBe(HOSTILE_TITLE);
    expect(new Cite(read("notes/2016/dushanbe-workshop/citation.bib")).data[0]!.title).toBe(HOSTILE_TITLE);
    expect(existsSync(path.join(site, "notes/2020/draft-visit/citation.bib"))).toBe(false);
  });

  it("put a Cite this note section and escaped Highwire tags on the note page", () => {
    const page = read("notes/2016/dushanbe-workshop/index.html");
    expect(page).toContain('<meta name="citation_title" content="=HYPERLINK(&quot;x&quot;) &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; {braces} 100% &amp; &quot;quotes&quot;">');
    expect(page).toContain('<meta name="citation_publication_date" content="2016/03/02">');
    expect(page).toContain('<meta name="citation_language" content="en">');
    expect(page).not.toContain("<script>alert");
    expect(page).toMatch(/<section class="note-cite" aria-label="Cite this note">\s*<h2>Cite this note<\/h2>/);
    expect(page).toContain('<a href="/notes/2016/dushanbe-workshop/citation.ris" type="application/x-research-info-systems" download>RIS</a>');
    const arabic = read("ar/notes/2018/cairo-seminar/index.html");
    expect(arabic).toContain("<h2>الاستشهاد بهذه المذكرة</h2>");
    expect(arabic).toContain('<meta name="citation_language" content="ar">');
    expect(read("index.html")).not.toContain("citation_title");
  });
});

describe("the data page", () => {
  it("lists the files and the fields, and every page links to it", () => {
    const page = read("data/index.html");
    expect(page).toContain("<title>Open data · ");
    expect(page).toContain('<a href="/data/notes.csv" type="text/csv"><code>notes.csv</code></a>');
    expect(page).toContain('<tr><th scope="row"><code>organizers</code></th><td>list (text)</td><td>yes</td>');
    expect(page).toContain('<code>" | "</code>');
    expect(read("index.html")).toContain('<a href="/data/">Open data: every note in JSON and CSV, and how to cite it</a>');
  });
});
