/**
 * The quick YAML reader against the full parser: whatever it reads, it must read exactly as the full
 * parser does (same values, same types, same key order) and only where the full parser finds no
 * error or warning. The front-matter splitter against the line-by-line way it used to work.
 */
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeNoteText, parseYamlWithPositions, readYaml, splitNoteSource, yamlDocumentToData } from "../../lib/note/front-matter.ts";
import { readSimpleYaml } from "../../lib/note/simple-yaml.ts";

/** What the full parser makes of `yaml`: its data when it reports nothing, otherwise its problems. */
function fullParse(yaml: string): { readonly data?: unknown; readonly problems: readonly string[] } {
  const { document } = parseYamlWithPositions(yaml);
  const problems = [...document.errors, ...document.warnings].map((problem) => problem.code);
  if (problems.length > 0) return { problems };
  try {
    return { data: yamlDocumentToData(document), problems };
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
}

/** Checks one text; true when the quick reader read it. */
function agreesWithFullParser(yaml: string): boolean {
  const simple = readSimpleYaml(yaml);
  if (simple === undefined) return false;
  const full = fullParse(yaml);
  expect(full.problems, yaml).toEqual([]);
  // Node's strict comparison, not toStrictEqual: that one also compares `.constructor`, which a note may use as a key.
  expect(isDeepStrictEqual(simple, full.data), yaml).toBe(true);
  // Key order matters too: the build hands the data on as it is.
  expect(JSON.stringify(simple), yaml).toBe(JSON.stringify(full.data));
  return true;
}

/** Scalars as staff write them, and everything YAML reads otherwise or refuses. */
const TRICKY_SCALARS = [
  "Dushanbe", "Lomé", "Côte d’Ivoire", "حلقة عمل إقليمية", "出口管制", "Кыргызстан", "🚀 launch", "𠀀 rare",
  "2016-02-29", "2016-02-29T10:00:00Z", "2016-02-29 10:00:00", "2016-2-9", "12:30", "1540", "1540 (2004)", "1.5", "1e3", ".5", "+1", "-1", "0x1F", "0o17", "1_000", "0b101",
  "~", "null", "Null", "NULL", "true", "false", "True", "FALSE", "yes", "no", "on", "off", "y", ".inf", "-.Inf", ".NaN", ".nan",
  "a: b", "a:b", "a:", "a :b", "a #b", "a#b", "C#", "#x", "- x", "-x", "--x", "? x", "?x", ":x", "[a, b]", "{a: b}", "a]", "a}", "x,y", ",x",
  "&a x", "*a", "!tag x", "!!str x", "|", ">", "|-", "%x", "@x", "`x", "...", "---", "--- x",
  "'q'", "'it''s'", "''", "'unclosed", "'a'b'", "'a' # c", '"dq"', '""', '"unclosed', '"a" b', '"tab\\t"', '"x\\"y"', '"a # b"', "\"l'apostrophe\"",
  "x\u00A0", "\u00A0x", "\u3000x", "x\u2028y", "x\u0085y", "\uFEFFx", "x\ty", "x\u0007y", "x\u200By", "x \u00A0",
];

/** Scalars the quick reader reads: plain and quoted text in several scripts, dates, booleans. */
const EVERYDAY_SCALARS = [
  "Dushanbe", "Lomé", "Côte d’Ivoire", "حلقة عمل إقليمية", "出口管制", "Кыргызстан", "🚀 launch", "𠀀 rare", "Workshop on UNSCR 1540 (2004), part 2/3",
  "2016-02-29", "2016-02-29T10:00:00Z", "12:30", "1540 (2004)", "1_000", "C#", "x\u00A0", "\u00A0x", "true", "false", "yes",
  "'q'", "'it''s'", "''", '"dq"', '""', "\"l'apostrophe: yes\"", "https://example.org/a.pdf?x=1&y=2#part",
];

const KEYS = ["title", "type", "organizers", "topics", "links", "url", "a", "_b", "k1", "y", "on", "constructor", "toString"];
const ODD_KEYS = ["null", "true", "True", "__proto__", "a b", "a-b", "1a", '"q"', "é", "? a"];

const scalarText: fc.Arbitrary<string> = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...EVERYDAY_SCALARS) },
  { weight: 8, arbitrary: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9 .,()'/é’-]{0,20}$/) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY_SCALARS) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom("a", "b", " ", ":", "#", "-", "'", '"', "\\", "\t", "é", "1", "0", ".", "\u00A0", "[", "]", "{", "}", ",", "!", "&", "*", "|", ">", "%", "@", "`", "?", "~"), { minLength: 1, maxLength: 8 })
      .map((characters) => characters.join("")),
  },
);

const key: fc.Arbitrary<string> = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) });

type Tree = { readonly kind: "scalar"; readonly text: string } | { readonly kind: "sequence"; readonly items: readonly Tree[] } | { readonly kind: "map"; readonly entries: readonly (readonly [string, Tree])[] };

const { map: mapTree } = fc.letrec<{ value: Tree; item: Tree; map: Tree }>((tie) => ({
  // Mostly what notes hold: text, lists of text, lists of small maps (links), maps of lists (participants).
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("scalar" as const), text: scalarText }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("sequence" as const), items: fc.array(tie("item"), { minLength: 1, maxLength: 3 }) }) },
    { weight: 2, arbitrary: tie("map") },
  ),
  item: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("scalar" as const), text: scalarText }) },
    { weight: 2, arbitrary: tie("map") },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("sequence" as const), items: fc.array(tie("item"), { minLength: 1, maxLength: 2 }) }) },
  ),
  map: fc.record({ kind: fc.constant("map" as const), entries: fc.uniqueArray(fc.tuple(key, tie("value")), { minLength: 1, maxLength: 4, selector: ([name]) => name }) }),
}));

/** How a tree is laid out: the extra indentation of each nested block and the spaces after each dash. */
interface Layout {
  readonly nextIndent: () => number;
  readonly dashSpaces: () => number;
}

function renderMap(entries: readonly (readonly [string, Tree])[], column: number, layout: Layout, firstPrefix?: string): string[] {
  const lines: string[] = [];
  entries.forEach(([key, value], index) => {
    const prefix = index === 0 && firstPrefix !== undefined ? firstPrefix : " ".repeat(column);
    if (value.kind === "scalar") lines.push(`${prefix}${key}: ${value.text}`);
    else {
      lines.push(`${prefix}${key}:`);
      const extra = layout.nextIndent();
      lines.push(...(value.kind === "map" ? renderMap(value.entries, column + extra, layout) : renderSequence(value.items, column + extra, layout)));
    }
  });
  return lines;
}

function renderSequence(items: readonly Tree[], column: number, layout: Layout): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const dash = `${" ".repeat(column)}-${" ".repeat(layout.dashSpaces())}`;
    if (item.kind === "scalar") lines.push(`${dash}${item.text}`);
    else if (item.kind === "map") lines.push(...renderMap(item.entries, dash.length, layout, dash));
    else {
      lines.push(`${" ".repeat(column)}-`);
      lines.push(...renderSequence(item.items, column + layout.nextIndent(), layout));
    }
  }
  return lines;
}

const EDITS = ["indent", "outdent", "comment", "blank", "trailing", "duplicate", "tab", "crlf"] as const;
type Edit = { readonly kind: (typeof EDITS)[number]; readonly at: number };

function applyEdit(lines: string[], edit: Edit): string[] {
  if (lines.length === 0) return lines;
  const at = edit.at % lines.length;
  const line = lines[at]!;
  const edited = [...lines];
  if (edit.kind === "indent") edited[at] = ` ${line}`;
  if (edit.kind === "outdent") edited[at] = line.replace(/^ /, "");
  if (edit.kind === "comment") edited.splice(at, 0, `${" ".repeat(at % 4)}# a comment`);
  if (edit.kind === "blank") edited.splice(at, 0, " ".repeat(at % 3));
  if (edit.kind === "trailing") edited[at] = `${line}  `;
  if (edit.kind === "duplicate") edited.splice(at, 0, line);
  if (edit.kind === "tab") edited[at] = line.replace(" ", "\t");
  if (edit.kind === "crlf") edited[at] = `${line}\r`;
  return edited;
}

const yamlDocument = fc
  .record({
    map: mapTree,
    indents: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 8 }),
    dashes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 8 }),
    edits: fc.oneof(
      { weight: 4, arbitrary: fc.constant([] as Edit[]) },
      { weight: 1, arbitrary: fc.array(fc.record({ kind: fc.constantFrom(...EDITS), at: fc.nat() }), { minLength: 1, maxLength: 2 }) },
    ),
  })
  .map(({ map, indents, dashes, edits }) => {
    let indentIndex = 0;
    let dashIndex = 0;
    // Mostly the usual two spaces and one space after a dash; sometimes anything, to reach the indentation rules.
    const layout: Layout = {
      nextIndent: () => (indentIndex % 3 === 0 ? indents[indentIndex++ % indents.length]! : (indentIndex++, 2)),
      dashSpaces: () => (dashIndex % 3 === 0 ? dashes[dashIndex++ % dashes.length]! : (dashIndex++, 1)),
    };
    if (map.kind !== "map") throw new Error("a document is a map");
    let lines = renderMap(map.entries, 0, layout);
    for (const edit of edits) lines = applyEdit(lines, edit);
    return lines.join("\n");
  });

describe("the quick YAML reader", () => {
  it("reads exactly what the full parser reads, wherever it reads anything (generated documents)", () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(yamlDocument, (yaml) => {
        runs += 1;
        if (agreesWithFullParser(yaml)) read += 1;
      }),
      { numRuns: 3000 },
    );
    // The comparison means something only if the quick reader does read a good share of them.
    expect(read).toBeGreaterThan(runs * 0.25);
  });

  it("reads notes as staff write them, with non-Latin text, quotes and dates kept as strings", () => {
    const yaml = [
      'title: "Atelier régional sur la mise en œuvre de la résolution 1540 (2004) à l\'intention des États"',
      "type: workshop",
      "organizers:",
      "- مكتب الأمم المتحدة لشؤون نزع السلاح",
      "-   'Bureau des affaires de désarmement de l''ONU (UNODA)'",
      "start_date: 2016-02-29",
      'end_date: "2016-03-01"',
      "city: Lomé\u00A0",
      "country: tg",
      "online: false",
      "draft: true",
      "summary: 联合国裁军事务厅与多哥举办了讲习班：出口管制",
      "published: 2016-03-02   ",
      "links:",
      "  - title: Agenda",
      "    url: https://example.org/a.pdf?x=1&y=2#part",
      "  -  title: Другое",
      "     url: https://example.org/b",
      "participants:",
      "  states:",
      "    - TJ",
      "",
      "  others:",
      "  - C#",
    ].join("\n");
    expect(agreesWithFullParser(yaml)).toBe(true);
    expect(readSimpleYaml(yaml)).toMatchObject({ start_date: "2016-02-29", end_date: "2016-03-01", city: "Lomé\u00A0", published: "2016-03-02", online: false, draft: true });
  });

  it.each([
    ["a duplicate key", "title: A\ntitle: B"],
    ["a tab", "organizers:\n\t- UNODA"],
    ["an anchor and an alias", "topics:\n  - &t export\n  - *t"],
    ["a comment", "title: A # note"],
    ["a multi-line value", "summary: one\n  two"],
    ["a block scalar", "summary: |\n  one"],
    ["a flow list", "organizers: [A, B]"],
    ["a null value", "city:"],
    ["a number", "city: 1540"],
    ["a tilde (null)", "city: ~"],
    ["an escape in double quotes", 'title: "a\\tb"'],
    ["a line separator", "title: a\u2028b"],
    ["a BOM inside", "title: \uFEFFa"],
    ["a key that is not a plain name", '"title": A'],
    ["indentation it does not expect", "links:\n  - title: A\n   url: B"],
    ["an indented first line", "  title: A\n  type: B"],
    ["nothing but blank lines", "\n  \n"],
    ["a document marker", "title: A\n--- x"],
    ["a directive", "%YAML 1.2\ntitle: A"],
    ["a key longer than 1024 characters", `${"k".repeat(1025)}: A`],
  ])("leaves %s to the full parser", (_, yaml) => {
    expect(readSimpleYaml(yaml)).toBeUndefined();
  });

  it("keeps dates as written, YAML 1.1 timestamps included, as strings", () => {
    const yaml = "start_date: 2016-02-29\nend_date: 2016-02-29T10:00:00Z\nupdated: 2016-02-29 10:00:00\npublished: 2016-2-9";
    expect(agreesWithFullParser(yaml)).toBe(true);
    expect(readSimpleYaml(yaml)).toEqual({ start_date: "2016-02-29", end_date: "2016-02-29T10:00:00Z", updated: "2016-02-29 10:00:00", published: "2016-2-9" });
  });

  it("is what readYaml returns, and readYaml still reads what only the full parser can", () => {
    expect(readYaml("title: A\ntopics:\n  - b")).toEqual({ title: "A", topics: ["b"] });
    expect(readYaml("title: A # note\ntopics: [b, 1540]\nstart: 2016-02-29")).toEqual({ title: "A", topics: ["b", 1540], start: "2016-02-29" });
    expect(() => readYaml("title: A\ntitle: B")).toThrow(/unique/);
  });
});

/** The splitter as it was written before: every line split, the front matter and body joined again. */
function splitByLines(rawText: string): ReturnType<typeof splitNoteSource> {
  const text = normalizeNoteText(rawText);
  const lines = text.split("\n");
  if (lines[0]?.trimEnd() !== "---") {
    return { problem: "has no front matter: the file must start with a line of three dashes (---), then the fields, then another --- line", line: 1 };
  }
  const closing = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (closing === -1) return { problem: "front matter is never closed: add a line of three dashes (---) after the last field", line: 1 };
  return { yaml: lines.slice(1, closing).join("\n"), body: lines.slice(closing + 1).join("\n"), openingLine: 1, yamlFirstLine: 2, bodyFirstLine: closing + 2 };
}

describe("splitting a note into front matter and body", () => {
  it("gives what splitting every line gave, for any text", () => {
    const line = fc.constantFrom("---", "--- ", "----", "...", "... x", " ---", "---\u00A0", "a: b", "", " ", "text", "\uFEFF---");
    const text = fc.oneof(
      fc.array(line, { maxLength: 8 }).chain((lines) => fc.constantFrom("\n", "\r\n", "\r").map((end) => lines.join(end))),
      fc.array(fc.constantFrom("-", ".", "\n", "\r", " ", "a", ":", "\uFEFF", "\t"), { maxLength: 24 }).map((characters) => characters.join("")),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(splitNoteSource(value)).toEqual(splitByLines(value));
      }),
      { numRuns: 3000 },
    );
  });
});
