/**
 * Control characters cannot be written in XML, so a note holding one would publish feeds no reader
 * can parse. The validator rejects them in every front-matter text field and in the body, naming
 * the field, the character and where it is. Checked on note files, as `npm run validate` reads them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateNoteFile } from "../../lib/validation/validate-notes.ts";
import { formatFinding } from "../../lib/validation/report-findings.ts";

/** Writes a note file with the given front matter lines (YAML as typed, escapes included) and body. */
function noteFile(yaml: readonly string[], body = "## Background\n\nThe event brought officials together.\n"): { root: string; file: string } {
  const root = mkdtempSync(path.join(tmpdir(), "control-characters-"));
  mkdirSync(path.join(root, "notes/2016"), { recursive: true });
  const file = "notes/2016/note.md";
  writeFileSync(path.join(root, file), `---\n${yaml.join("\n")}\n---\n${body}`);
  return { root, file };
}

const FIELDS = {
  title: 'title: "Regional workshop on export controls"',
  type: "type: workshop",
  organizers: "organizers:\n  - UNODA\n  - OSCE",
  start_date: "start_date: 2016-02-29",
  city: "city: Dushanbe",
  country: "country: Tajikistan",
  summary: 'summary: "Officials from the region discussed export controls and reporting."',
  published: "published: 2016-03-02",
} as const;

function errorsOf(yaml: readonly string[], body?: string): string[] {
  const { root, file } = noteFile(yaml, body);
  return validateNoteFile(path.join(root, file), root)
    .findings.filter((finding) => finding.severity === "error")
    .map(formatFinding);
}

const withField = (field: keyof typeof FIELDS | null, line: string, extra: readonly string[] = []) => [
  ...Object.entries(FIELDS).map(([name, text]) => (name === field ? line : text)),
  ...extra,
];

describe("control characters in the front matter", () => {
  it("is a valid note without them", () => {
    expect(errorsOf(withField(null, ""))).toEqual([]);
  });

  it("names the field, the character and its position, at the field's line and column", () => {
    // Line 2 of the file; the value starts at column 8; the bell is the 9th character of the value.
    expect(errorsOf(withField("title", 'title: "Regional\\a workshop on export controls"'))).toEqual([
      "notes/2016/note.md:2:8 error title holds the control character U+0007 (bell) at position 9: delete it",
    ]);
    expect(errorsOf(withField("title", 'title: "Workshop\\0 on export controls"'))).toEqual([
      "notes/2016/note.md:2:8 error title holds the control character U+0000 (null) at position 9: delete it",
    ]);
  });

  it("rejects them in every text field", () => {
    const cases: [string[], string][] = [
      [withField("summary", 'summary: "Officials \\e[31m discussed export controls and reporting."'), "summary holds the control character U+001B (escape) at position 11"],
      [withField("organizers", 'organizers:\n  - UNODA\n  - "OS\\bCE"'), "organizers[1] holds the control character U+0008 (backspace) at position 3"],
      [withField("city", 'city: "Dusha\\x7Fnbe"'), "city holds the control character U+007F (delete) at position 6"],
      [withField("country", 'country: "Tajikistan\\x85"'), "country holds the control character U+0085 (next line) at position 11"],
      [withField(null, "", ['topics:\n  - export controls\n  - "reporting\\x9B"']), "topics[1] holds the control character U+009B (C1 control) at position 10"],
      [withField(null, "", ['participants:\n  others:\n    - "customs\\vofficers"']), "participants.others[0] holds the control character U+000B (line tabulation) at position 8"],
      [withField(null, "", ['participants:\n  states:\n    - "\\fKazakhstan"']), "participants.states[0] holds the control character U+000C (form feed) at position 1"],
      [withField(null, "", ['links:\n  - title: "Agenda\\x01"\n    url: https://example.org/agenda.pdf']), "links[0].title holds the control character U+0001 (start of heading) at position 7"],
      [withField(null, "", ['links:\n  - title: Agenda\n    url: "https://example.org/\\x1Fagenda.pdf"']), "links[0].url holds the control character U+001F (unit separator) at position 21"],
      [withField(null, "", ['contact:\n  name: "the \\x10secretariat"\n  email: secretariat@example.org']), "contact.name holds the control character U+0010 (data link escape) at position 5"],
      [withField(null, "", ['contact:\n  name: the secretariat\n  email: "secretariat@example.org\\x1A"']), "contact.email holds the control character U+001A (substitute) at position 24"],
      [withField(null, "", ['disclaimer: "For information\\uFFFE only."']), "disclaimer holds the noncharacter U+FFFE at position 16"],
      [withField(null, "", ['disclaimer: "For information \\uD800only."']), "disclaimer holds a broken character (the lone surrogate U+D800) at position 17"],
    ];
    for (const [yaml, message] of cases) {
      const errors = errorsOf(yaml);
      expect(errors, message).toHaveLength(1);
      expect(errors[0], message).toContain(` error ${message}: delete it`);
    }
  });

  it("leaves tabs and the line breaks of a multi-line value to the other rules", () => {
    expect(errorsOf(withField("summary", 'summary: "Officials\\tfrom the region discussed export controls."'))).toEqual([]);
    expect(errorsOf(withField("title", 'title: "Regional\\nworkshop"'))).toEqual(["notes/2016/note.md:2:8 error title must fit on one line: remove the line breaks from the title"]);
  });
});

describe("control characters in the body", () => {
  it("are reported with their line and column", () => {
    const body = "## Background\n\nThe event \u001b[1mbrought\u001b[0m officials together.\n\nA form\u000cfeed and a C1 \u0085 next line.\n";
    // The body starts on line 13, after the opening ---, ten lines of fields and the closing ---;
    // only the first character of a line is reported.
    expect(errorsOf(withField(null, ""), body)).toEqual([
      "notes/2016/note.md:15:11 error body holds the control character U+001B (escape): delete it",
      "notes/2016/note.md:17:7 error body holds the control character U+000C (form feed): delete it",
    ]);
  });

  it("allows tabs and Windows line endings", () => {
    expect(errorsOf(withField(null, ""), "## Background\r\n\r\nA\ttabbed line.\r\n")).toEqual([]);
  });
});
