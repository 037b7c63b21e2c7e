/**
 * Malformed and hostile notes: every one gets a clear finding (an error where the note is wrong, a
 * warning where it is only unusual), and nothing invalid is ever published.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../lib/validation/report-findings.ts";
import { validateNoteFiles } from "../../lib/validation/validate-notes.ts";
import { validateNoteText } from "../../lib/validation/validate-note.ts";
import { createFixtureProject, runScript } from "../support/build-fixture-site.ts";
import { noteText, validFrontMatter } from "../support/fixture-notes.ts";

const XSS = `<img src=x onerror=alert(1)><script>alert(2)</script>`;

function without(...fields: string[]): Record<string, unknown> {
  const data: Record<string, unknown> = validFrontMatter();
  for (const field of fields) delete data[field];
  return data;
}

interface HostileCase {
  readonly name: string;
  readonly text: string;
  /** The severity and field of a finding that must be reported */
  readonly expect: { readonly severity: "error" | "warning"; readonly field: string | RegExp };
}

const note = (overrides: Record<string, unknown>, body?: string) => noteText(validFrontMatter(overrides), body);

const CASES: HostileCase[] = [
  { name: "no title", text: noteText(without("title")), expect: { severity: "error", field: "title" } },
  { name: "a number as title", text: note({ title: 1540 }), expect: { severity: "error", field: "title" } },
  { name: "a title of 10 000 characters", text: note({ title: "x".repeat(10_000) }), expect: { severity: "error", field: "title" } },
  { name: "a title on two lines", text: note({ title: "First line\nsecond line" }), expect: { severity: "error", field: "title" } },
  { name: "a capitalised type", text: note({ type: "Workshop" }), expect: { severity: "error", field: "type" } },
  { name: "a list as type", text: note({ type: ["workshop"] }), expect: { severity: "error", field: "type" } },
  { name: "no organizers", text: note({ organizers: [] }), expect: { severity: "error", field: "organizers" } },
  { name: "organizers as a map", text: note({ organizers: { name: "OSCE" } }), expect: { severity: "error", field: "organizers" } },
  { name: "an empty organizer", text: note({ organizers: ["OSCE", null] }), expect: { severity: "error", field: /^organizers/ } },
  { name: "29 February in a common year", text: note({ start_date: "2015-02-29", end_date: "2015-03-01" }), expect: { severity: "error", field: "start_date" } },
  { name: "a date without leading zeros", text: note({ start_date: "2016-2-3" }), expect: { severity: "error", field: "start_date" } },
  { name: "a timestamp instead of a date", text: note({ start_date: "2016-02-29T10:00:00Z" }), expect: { severity: "error", field: "start_date" } },
  { name: "an end before the start", text: note({ end_date: "2016-01-01" }), expect: { severity: "error", field: "end_date" } },
  { name: "no city for an event on site", text: noteText(without("city")), expect: { severity: "error", field: "city" } },
  { name: "an unknown country", text: note({ country: "Atlantis" }), expect: { severity: "error", field: "country" } },
  { name: "a numeric country", text: note({ country: 840 }), expect: { severity: "error", field: "country" } },
  { name: "online as yes", text: note({ online: "yes" }), expect: { severity: "error", field: "online" } },
  { name: "a short summary", text: note({ summary: "Short." }), expect: { severity: "error", field: "summary" } },
  { name: "no published date", text: noteText(without("published")), expect: { severity: "error", field: "published" } },
  { name: "an update before publication", text: note({ updated: "2016-01-01" }), expect: { severity: "error", field: "updated" } },
  { name: "topics as one string", text: note({ topics: "export controls" }), expect: { severity: "error", field: "topics" } },
  { name: "an unknown participating state", text: note({ participants: { states: ["Narnia"] } }), expect: { severity: "error", field: "participants.states[0]" } },
  { name: "a javascript: link", text: note({ links: [{ title: "Agenda", url: "javascript:alert(1)" }] }), expect: { severity: "error", field: "links[0].url" } },
  { name: "a data: link", text: note({ links: [{ title: "Agenda", url: "data:text/html,<script>alert(1)</script>" }] }), expect: { severity: "error", field: "links[0].url" } },
  { name: "links as a string", text: note({ links: "https://example.org" }), expect: { severity: "error", field: "links" } },
  { name: "an invalid e-mail address", text: note({ contact: { name: "Desk", email: "desk at example.org" } }), expect: { severity: "error", field: "contact.email" } },
  { name: "a contact without e-mail", text: note({ contact: { name: "Desk" } }), expect: { severity: "error", field: "contact.email" } },
  { name: "a blank disclaimer", text: note({ disclaimer: "   " }), expect: { severity: "error", field: "disclaimer" } },
  { name: "draft as no", text: note({ draft: "no" }), expect: { severity: "error", field: "draft" } },
  { name: "a misspelt field", text: note({ summery: "x" }), expect: { severity: "error", field: "summery" } },
  { name: "a __proto__ key", text: "---\n__proto__:\n  polluted: true\n" + noteText(validFrontMatter()).slice(4), expect: { severity: "error", field: "__proto__" } },
  { name: "a constructor key", text: note({ constructor: "x" }), expect: { severity: "error", field: "constructor" } },
  { name: "tabs for indentation", text: "---\ntitle: Tabbed note title\norganizers:\n\t- OSCE\n---\nText\n", expect: { severity: "error", field: "front matter" } },
  { name: "an unclosed quote", text: '---\ntitle: "Unclosed\ntype: workshop\n---\nText\n', expect: { severity: "error", field: "front matter" } },
  { name: "a list instead of fields", text: "---\n- title\n- type\n---\nText\n", expect: { severity: "error", field: "front matter" } },
  { name: "an empty file", text: "", expect: { severity: "error", field: "front matter" } },
  { name: "only the opening dashes", text: "---\n", expect: { severity: "error", field: "front matter" } },
  { name: "an empty front matter", text: "---\n---\nText\n", expect: { severity: "error", field: "front matter" } },
  { name: "an empty body", text: noteText(validFrontMatter(), "\n\n"), expect: { severity: "error", field: "body" } },
  { name: "binary garbage", text: String.fromCharCode(...Array.from({ length: 512 }, (_, index) => (index * 7919) % 256)), expect: { severity: "error", field: /file|front matter/ } },
  { name: "YAML nested 50 000 deep", text: `---\ntitle: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n---\nText\n`, expect: { severity: "error", field: /title|front matter|file/ } },
  { name: "an alias bomb", text: "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\nText\n", expect: { severity: "error", field: "front matter" } },
  { name: "script in the title", text: note({ title: `Workshop ${XSS}` }), expect: { severity: "warning", field: "title" } },
  { name: "an event handler in the city", text: note({ city: `<svg onload=alert(1)>` }), expect: { severity: "warning", field: "city" } },
  { name: "script in the summary", text: note({ summary: `A summary that is long enough ${XSS}` }), expect: { severity: "warning", field: "summary" } },
  { name: "script in an organizer", text: note({ organizers: [XSS] }), expect: { severity: "warning", field: "organizers[0]" } },
  { name: "script in a link title", text: note({ links: [{ title: XSS, url: "https://example.org" }] }), expect: { severity: "warning", field: "links[0].title" } },
  { name: "script in the body", text: note({}, `Text ${XSS}\n`), expect: { severity: "warning", field: "body" } },
  { name: "a javascript: link in the body", text: note({}, "[Agenda](javascript:alert(1))\n"), expect: { severity: "warning", field: "body" } },
];

describe("a corpus of malformed and hostile notes", () => {
  it("has at least 30 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  for (const hostile of CASES) {
    // A hang (exponential parsing) is caught by the test's time-out; speed itself is the benchmark's.
    it(`answers ${hostile.name} with a clear ${hostile.expect.severity}`, () => {
      const result = validateNoteText("notes/2016/hostile.md", hostile.text);
      const matching = result.findings.filter(
        (finding) => finding.severity === hostile.expect.severity && (typeof hostile.expect.field === "string" ? finding.field === hostile.expect.field : hostile.expect.field.test(finding.field)),
      );
      expect(matching, result.findings.map(formatFinding).join("\n")).not.toHaveLength(0);
      for (const finding of result.findings) {
        expect(finding.line).toBeGreaterThanOrEqual(1);
        expect(finding.column).toBeGreaterThanOrEqual(1);
        expect(finding.message.length).toBeGreaterThan(10);
      }
      if (hostile.expect.severity === "error") expect(result.note).toBeUndefined();
    });
  }

  it("never pollutes the object prototype", () => {
    validateNoteText("x.md", "---\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n---\nText\n");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a 5 MB note as too large, without reading it as a note", () => {
    const project = createFixtureProject([]);
    const file = path.join(project.root, "notes", "huge.md");
    writeFileSync(file, noteText(validFrontMatter(), "word ".repeat(1_000_000)));
    const report = validateNoteFiles([file], project.root);
    expect(report.findings.map(formatFinding)).toEqual([expect.stringMatching(/^notes\/huge\.md:1:1 error file is 4\.8 MB; a note must be under 1 MB/)]);
  });
});

describe("building a site with hostile notes", () => {
  it("publishes nothing while any note is invalid", () => {
    const project = createFixtureProject([
      { file: "2016/good.md", frontMatter: validFrontMatter() },
      { file: "2016/bad.md", frontMatter: validFrontMatter({ links: [{ title: "x", url: "javascript:alert(1)" }] }) },
    ]);
    const result = runScript("build", project.root);
    expect(result.status).toBe(1);
    expect(readdirSync(project.root)).not.toContain("_site");
  });

  it("escapes script from every text field of a valid note, in pages and feeds", () => {
    const project = createFixtureProject([
      {
        file: "2016/hostile.md",
        frontMatter: validFrontMatter({
          title: `Workshop ${XSS}`,
          organizers: [`Agency ${XSS}`],
          city: `Town ${XSS}`,
          summary: `A summary that is long enough ${XSS}`,
          topics: [`topic ${XSS}`],
          participants: { organizations: [XSS], others: [XSS] },
          links: [{ title: `Agenda ${XSS}`, url: "https://example.org/?q=<script>" }],
          contact: { name: `Desk ${XSS}`, email: "desk@example.org" },
          disclaimer: `Disclaimer ${XSS}`,
        }),
        body: `## Background\n\nBody ${XSS} and [link](javascript:alert(3)).\n`,
      },
    ]);
    const result = runScript("build", project.root);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const files: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(html|xml|json)$/.test(entry.name)) files.push(full);
      }
    };
    walk(project.site);
    expect(files.length).toBeGreaterThan(10);
    const notePage = readFileSync(path.join(project.site, "notes/2016/hostile/index.html"), "utf8");
    expect(notePage).toContain("Workshop &lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/<img src=x|<script>alert|<svg onload|href="javascript:/i);
    }
  });
});
