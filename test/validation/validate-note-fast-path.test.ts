/**
 * The quick check of a note against the thorough one: whenever the quick check answers, its answer
 * (findings, note, front matter, source) is the thorough check's, and `validateNoteText` always
 * gives the thorough check's answer. Valid notes written in the usual ways must get the quick answer,
 * or the quick check would be only slower.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateNoteText, validateNoteTextQuickly, validateNoteTextThoroughly } from "../../lib/validation/validate-note.ts";
import { moduleUrl, runInTimeZone, FAR_ZONES } from "../support/in-time-zone.ts";

const FILE = "notes/2016/example.md";

const FIELDS = [
  "title: Reporting workshop for national agencies",
  "type: workshop",
  "organizers:\n  - OSCE\n  - UNODA",
  "start_date: 2016-02-29",
  "end_date: 2016-03-01",
  "city: Dushanbe",
  "country: Tajikistan",
  "summary: A two-day training on writing national implementation reports.",
  "published: 2016-03-02",
];
const BODY = "## Background\n\nText.\n";

const note = (fields: readonly string[] = FIELDS, body = BODY) => `---\n${fields.join("\n")}\n---\n${body}`;
const replaced = (field: string, line: string) => FIELDS.map((existing) => (existing.startsWith(`${field}:`) ? line : existing));

/** The quick check's answer must be the thorough one's; returns whether the quick check answered. */
function quickAgrees(text: string): boolean {
  const thorough = validateNoteTextThoroughly(FILE, text);
  expect(validateNoteText(FILE, text)).toEqual(thorough);
  const quick = validateNoteTextQuickly(FILE, text);
  if (quick === undefined) return false;
  expect(quick).toEqual(thorough);
  expect(JSON.stringify(quick.frontMatter)).toBe(JSON.stringify(thorough.frontMatter));
  return true;
}

/** Notes with simple, valid front matter, as staff and the editor write them: all must take the quick path. */
const VALID_VARIANTS: readonly (readonly [string, string])[] = [
  ["plain", note()],
  ["CRLF line endings", note().replace(/\n/g, "\r\n")],
  ["lone CR line endings", note().replace(/\n/g, "\r")],
  ["a byte order mark", `\uFEFF${note()}`],
  ["every value in double quotes (the editor)", note(FIELDS.map((line) => line.replace(/: (.+)$/, ': "$1"').replace(/- (.+)$/gm, '- "$1"')))],
  ["single quotes with an apostrophe", note(replaced("title", "title: 'L''atelier régional sur les rapports'"))],
  ["Arabic text", note(replaced("title", "title: حلقة عمل إقليمية بشأن التقارير").concat("topics:\n  - ضوابط التصدير"))],
  ["Chinese and Cyrillic text", note(replaced("city", "city: 杜尚别").concat("topics:\n- экспортный контроль\n- 出口管制"))],
  ["a no-break space at the end of a value", note(replaced("city", "city: Dushanbe\u00A0"))],
  ["a compact list and wider indentation", note(replaced("organizers", "organizers:\n- OSCE\n-    UNODA"))],
  ["links and participants", note([...FIELDS, "links:\n  - title: Agenda\n    url: https://example.org/a.pdf\n  - title: Photos\n    url: https://example.org/p", "participants:\n  states:\n    - TJ\n    - Tajikistan\n  organizations:\n    - IAEA"])],
  ["a draft whose body still has a TODO (a warning)", note([...FIELDS, "draft: true"], "TODO: write the overview\n")],
  ["raw HTML and a script link in the body (warnings)", note(FIELDS, "Text <b>bold</b>.\n\n<div>x</div>\n\nA [link](javascript:alert(1)).\n")],
  ["blank lines and trailing spaces in the front matter", note(["", ...FIELDS.map((line) => `${line}  `), ""])],
  // The body is checked by the same code on both paths, so its errors need no second reading.
  ["a control character in the body (an error)", note(FIELDS, "Text \u0007 here.\n")],
  ["an empty body (an error)", note(FIELDS, "\n")],
];

/** Notes with something to report in the front matter, or written in YAML only the full parser reads. */
const THOROUGH_VARIANTS: readonly (readonly [string, string])[] = [
  ["a duplicate key", note([...FIELDS, "title: Another title for the same note"])],
  ["a date written as a YAML timestamp", note(replaced("start_date", "start_date: 2016-02-29T10:00:00Z"))],
  ["a date with a time", note(replaced("start_date", "start_date: 2016-02-29 10:00:00"))],
  ["an impossible date", note(replaced("start_date", "start_date: 2015-02-29"))],
  ["a tab used as indentation", note(replaced("organizers", "organizers:\n\t- OSCE"))],
  ["a tab inside a value", note(replaced("city", "city: Dush\tanbe"))],
  ["an anchor and an alias", note([...FIELDS, "topics:\n  - &t export controls\n  - *t"])],
  ["a comment", note([...FIELDS, "# reviewed", "topics:\n  - reporting # the main one"])],
  ["a TODO in a value", note(replaced("city", "city: TODO"))],
  ["a TODO in a draft's value", note([...replaced("city", "city: TODO city"), "draft: true"])],
  ["HTML in a value", note(replaced("summary", "summary: A two-day <b>training</b> on writing national implementation reports."))],
  ["an unknown field", note([...FIELDS, "contries: Tajikistan"])],
  ["a number where text is needed", note(replaced("city", "city: 1540"))],
  ["a null value", note(replaced("city", "city:"))],
  ["an escape in double quotes", note(replaced("title", 'title: "Reporting\\u0007 workshop for agencies"'))],
  ["a multi-line value", note(replaced("summary", "summary: A two-day training on writing\n  national implementation reports."))],
  ["a colon in a plain value", note(replaced("title", "title: Workshop: reporting for agencies"))],
  ["a BOM inside a value", note(replaced("city", "city: \uFEFFDushanbe"))],
  ["no front matter", "Just text\n"],
  ["front matter never closed", `---\n${FIELDS.join("\n")}\n`],
  ["invalid UTF-8", note().replace("Dushanbe", "Dush\uFFFDanbe")],
];

describe("the quick check of one note", () => {
  it.each(VALID_VARIANTS)("answers for a note with %s, as the thorough check does", (_, text) => {
    expect(quickAgrees(text)).toBe(true);
  });

  it.each(THOROUGH_VARIANTS)("leaves a note with %s to the thorough check", (_, text) => {
    expect(quickAgrees(text)).toBe(false);
  });

  it("agrees with the thorough check on generated notes", () => {
    const value = fc.constantFrom(
      "Dushanbe", "Lomé", "حلقة عمل إقليمية بشأن التقارير", "出口管制讲习班", "Кыргызстан", "TODO", "a <b>b</b>", "1540", "2016-02-29", "2016-02-29T10:00:00Z",
      "true", "yes", "~", "'quoted'", '"double"', "x: y", "x # y", "&a x", "*a", "[a, b]", "Dush\tanbe", "Tajikistan", "TJ", "Tajikstan", "workshop", "worshop",
      "https://example.org/a", "javascript:alert(1)", "", "A two-day training on writing national implementation reports.",
    );
    const field = fc.constantFrom("title", "type", "city", "country", "summary", "start_date", "end_date", "published", "updated", "online", "draft", "topics", "disclaimer", "extra");
    const edit = fc.oneof(
      fc.record({ kind: fc.constant("set" as const), field, value }),
      fc.record({ kind: fc.constant("list" as const), field, items: fc.array(value, { minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant("drop" as const), field }),
    );
    const body = fc.constantFrom(BODY, "TODO: more\n", "Text <span>x</span>\n", "A [link](javascript:x)\n", "\n", "Text \u0007\n", "Текст и 文字\n");
    const lineEnd = fc.constantFrom("\n", "\r\n");
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 3 }), body, lineEnd, fc.boolean(), (edits, text, end, bom) => {
        let fields = [...FIELDS];
        for (const change of edits) {
          fields = fields.filter((line) => !line.startsWith(`${change.field}:`));
          if (change.kind === "set") fields.push(`${change.field}: ${change.value}`);
          if (change.kind === "list") fields.push(`${change.field}:\n${change.items.map((item) => `  - ${item}`).join("\n")}`);
        }
        quickAgrees(`${bom ? "\uFEFF" : ""}${note(fields, text).replace(/\n/g, end)}`);
      }),
      { numRuns: 400 },
    );
  });
});

describe("the body check", () => {
  it("finds a script link with no bracket in the body, and one in a reference definition", () => {
    const findings = (body: string) => validateNoteText(FILE, note(FIELDS, body)).findings.map((finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.message.split(",")[0]}`);
    // The body starts on line 14.
    expect(findings("Or <vbscript:msgbox> here.\n")).toEqual(["14:5 warning has a vbscript: link"]);
    expect(findings("See <DATA:text/html,x>.\n")).toEqual(["14:6 warning has a data: link"]);
    expect(findings("See [the agenda][a].\n\n[a]: javascript:alert(1)\n")).toEqual(["16:6 warning has a javascript: link"]);
  });
});

describe("dates read by the quick check", () => {
  it.each(FAR_ZONES)("stay exactly as written in %s", (zone, offset) => {
    const script = `
      const { validateNoteTextQuickly } = await import(${JSON.stringify(moduleUrl("lib/validation/validate-note.ts"))});
      const result = validateNoteTextQuickly("notes/2016/example.md", ${JSON.stringify(note([...replaced("end_date", "end_date: 2016-03-01"), "updated: 2016-12-31"]))});
      const { start_date, end_date, published, updated } = result.frontMatter;
      console.log(JSON.stringify({ start_date, end_date, published, updated, types: [start_date, end_date, published, updated].map((date) => typeof date) }));
    `;
    expect(JSON.parse(runInTimeZone(zone, offset, script))).toEqual({
      start_date: "2016-02-29",
      end_date: "2016-03-01",
      published: "2016-03-02",
      updated: "2016-12-31",
      types: ["string", "string", "string", "string"],
    });
  });
});
