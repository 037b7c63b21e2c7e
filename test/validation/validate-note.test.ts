import { describe, expect, it } from "vitest";
import { formatFinding } from "../../lib/validation/report-findings.ts";
import { validateNoteText } from "../../lib/validation/validate-note.ts";
import { noteText, validFrontMatter } from "../support/fixture-notes.ts";

const report = (text: string) => validateNoteText("notes/2016/example.md", text).findings.map(formatFinding);

const VALID = `---
title: Reporting workshop for national agencies
type: workshop
organizers:
  - OSCE
start_date: 2016-02-29
end_date: 2016-03-01
city: Dushanbe
country: Tajikistan
summary: A two-day training on writing national implementation reports.
published: 2016-03-02
---
## Background

Text.
`;

describe("validating one note", () => {
  it("accepts a valid note and returns its front matter with dates as written", () => {
    const result = validateNoteText("notes/2016/example.md", VALID);
    expect(result.findings).toEqual([]);
    expect(result.note?.start_date).toBe("2016-02-29");
  });

  it("points at the line and column of a wrong value, compiler style", () => {
    expect(report(VALID.replace("country: Tajikistan", "country: Tajikstan"))).toEqual([
      'notes/2016/example.md:9:10 error country "Tajikstan" is not a known country — did you mean "Tajikistan" (TJ)?',
    ]);
  });

  it("points a missing field at the opening --- line", () => {
    expect(report(VALID.replace("summary: A two-day training on writing national implementation reports.\n", ""))).toEqual([
      "notes/2016/example.md:1:1 error summary is required: write a one- or two-sentence summary",
    ]);
  });

  it("suggests the field a misspelt key was meant to be", () => {
    expect(report(VALID.replace("organizers:", "orgnizers:"))).toContain(
      'notes/2016/example.md:4:1 error orgnizers is not a field of a note — did you mean "organizers"?',
    );
  });

  it("reports an impossible date instead of shifting it", () => {
    expect(report(VALID.replace("start_date: 2016-02-29", "start_date: 2015-02-29"))).toEqual([
      'notes/2016/example.md:6:13 error start_date "2015-02-29" is not a real date: February 2015 has 28 days; write it as YYYY-MM-DD, for example 2016-02-29',
    ]);
  });

  it("reports every problem of a file in one run", () => {
    const broken = VALID.replace("type: workshop", "type: worshop").replace("country: Tajikistan", "country: Atlantis").replace("end_date: 2016-03-01", "end_date: 2016-02-01");
    const lines = report(broken);
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.split(" ")[2])).toEqual(["type", "end_date", "country"]);
  });

  it("reads files with a byte order mark and Windows line endings", () => {
    const result = validateNoteText("x.md", `\uFEFF${VALID.replace(/\n/g, "\r\n")}`);
    expect(result.findings).toEqual([]);
    expect(result.note?.title).toBe("Reporting workshop for national agencies");
  });

  it("reports a file without front matter, unclosed front matter and an empty body", () => {
    expect(report("Just some text\n")[0]).toMatch(/:1:1 error front matter has no front matter/);
    expect(report("---\ntitle: x\n")[0]).toMatch(/front matter is never closed/);
    expect(report(VALID.replace(/---\n## Background\n\nText.\n$/, "---\n\n"))).toEqual(["notes/2016/example.md:12:1 error body is empty: write the note's text (Background, Overview) after the closing ---"]);
  });

  it("reports malformed YAML with its line", () => {
    const lines = report(VALID.replace("city: Dushanbe", "city: [Dushanbe"));
    expect(lines[0]).toMatch(/^notes\/2016\/example\.md:\d+:\d+ error front matter is not valid YAML/);
  });

  it("refuses duplicate keys and alias bombs", () => {
    expect(report(VALID.replace("city: Dushanbe", "city: Dushanbe\ncity: Vienna"))[0]).toContain("Map keys must be unique");
    const bomb = "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\nText\n";
    expect(report(bomb)[0]).toContain("Write each value out instead of using YAML aliases");
  });

  it("warns about raw HTML and script links in the body, which are never rendered", () => {
    const lines = report(`${VALID}\n<script>alert(1)</script>\n\n[click](javascript:alert(1))\n`);
    expect(lines).toEqual([
      "notes/2016/example.md:17:1 warning body contains raw HTML (<script…), which is shown as text, not as HTML: use Markdown instead",
      "notes/2016/example.md:19:9 warning body has a javascript: link, which is never published as a link: use an https:// address instead",
    ]);
  });

  it("refuses notes that still hold TODO markers", () => {
    const lines = report(noteText(validFrontMatter({ summary: "TODO: write a summary of the event" }), "## Background\n\nTODO: describe the event.\n"));
    expect(lines.some((line) => line.includes("error summary still says TODO"))).toBe(true);
    expect(lines.some((line) => line.includes("error body still has a TODO"))).toBe(true);
  });

  it("refuses binary files", () => {
    expect(report("\u0000\u0001PNG")[0]).toContain("is not a text file");
  });
});

describe("reminders in drafts", () => {
  it("are warnings while the note is a draft, so a draft can be committed", () => {
    const lines = report(noteText(validFrontMatter({ draft: true, summary: "TODO: write a summary of the event" }), "## Background\n\nTODO: describe the event.\n"));
    expect(lines.filter((line) => line.includes("TODO"))).toHaveLength(2);
    expect(lines.every((line) => line.includes(" warning "))).toBe(true);
  });
});
