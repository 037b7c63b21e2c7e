/**
 * `npm run validate`, driven as staff run it: a child process in a project folder.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFixtureProject, runScript } from "../support/build-fixture-site.ts";
import { validFrontMatter } from "../support/fixture-notes.ts";

describe("npm run validate", () => {
  it("checks every note, drafts included, and ends with a summary line", () => {
    const project = createFixtureProject([
      { file: "2016/good.md", frontMatter: validFrontMatter() },
      { file: "2017/draft.md", frontMatter: validFrontMatter({ start_date: "2017-01-01", end_date: "2017-01-02", published: "2017-01-03", draft: true, country: "Tajikstan" }) },
    ]);
    const result = runScript("validate", project.root);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toEqual([
      'notes/2017/draft.md:9:10 error country "Tajikstan" is not a known country — did you mean "Tajikistan" (TJ)?',
      "2 notes checked: 1 error, 0 warnings",
    ]);
  });

  it("exits 0 when every note is valid, even with warnings", () => {
    const project = createFixtureProject([{ file: "2016/good.md", frontMatter: validFrontMatter(), body: "Text with <b>bold</b>.\n" }]);
    const result = runScript("validate", project.root);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split("\n").at(-1)).toBe("1 note checked: 0 errors, 1 warning");
  });

  it("checks only the paths it is given", () => {
    const project = createFixtureProject([
      { file: "2016/good.md", frontMatter: validFrontMatter() },
      { file: "2016/bad.md", frontMatter: validFrontMatter({ type: "party" }) },
    ]);
    const result = runScript("validate", project.root, ["notes/2016/good.md"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("1 note checked: 0 errors, 0 warnings");
  });

  it("reports two notes that would share a URL, both of them", () => {
    const project = createFixtureProject([
      { file: "2016/workshop.md", frontMatter: validFrontMatter() },
      { file: "archive/workshop.md", frontMatter: validFrontMatter({ title: "Another workshop on the same day" }) },
    ]);
    const result = runScript("validate", project.root);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("notes/2016/workshop.md:1:1 error file would be published at /notes/2016/workshop/, like notes/archive/workshop.md");
    expect(result.stdout).toContain("notes/archive/workshop.md:1:1 error file would be published at /notes/2016/workshop/, like notes/2016/workshop.md");
  });

  it("prints the same findings as JSON with --format json", () => {
    const project = createFixtureProject([{ file: "2016/bad.md", frontMatter: validFrontMatter({ type: "worshop" }) }]);
    const result = runScript("validate", project.root, ["--format", "json"]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ checked: 1, errors: 1, warnings: 0 });
    expect(report.findings[0]).toMatchObject({ file: "notes/2016/bad.md", line: 3, column: 7, severity: "error", field: "type" });
    expect(report.findings[0].message).toContain('did you mean "workshop"?');
  });

  it("explains a file name that cannot become a web address", () => {
    const project = createFixtureProject([]);
    writeFileSync(path.join(project.root, "notes", "My Workshop.md"), "---\ntitle: x\n---\n");
    const result = runScript("validate", project.root);
    expect(result.stdout).toContain('notes/My Workshop.md:1:1 error file name "My Workshop.md" becomes the note\'s web address');
    expect(result.stdout).toContain("rename it to my-workshop.md");
  });

  it("refuses unknown options and missing paths with a usage line", () => {
    const project = createFixtureProject([]);
    expect(runScript("validate", project.root, ["--format", "xml"]).stderr).toContain('unknown format "xml"');
    const missing = runScript("validate", project.root, ["notes/nope.md"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("notes/nope.md: no such file or folder");
  });

  it("reports two organizer names that would share one browse page", () => {
    const project = createFixtureProject([
      { file: "2016/first.md", frontMatter: validFrontMatter({ organizers: ["Arms Control Agency (ACA)"] }) },
      { file: "2017/second.md", frontMatter: validFrontMatter({ organizers: ["African Cooperation Alliance (ACA)"], start_date: "2017-01-01", end_date: "2017-01-02", published: "2017-01-03" }) },
    ]);
    const result = runScript("validate", project.root);
    expect(result.status).toBe(1);
    for (const file of ["notes/2016/first.md", "notes/2017/second.md"]) {
      expect(result.stdout).toContain(`${file}:1:1 error organizers "`);
    }
    expect(result.stdout).toContain("would share the page /organizers/aca/");
    expect(result.stdout).toContain("2 notes checked: 2 errors, 0 warnings");
  });

  it("only warns when the clash comes from a draft or a scheduled note, so it never stops a deploy", () => {
    const project = createFixtureProject([
      { file: "2016/first.md", frontMatter: validFrontMatter({ organizers: ["Arms Control Agency (ACA)"] }) },
      { file: "2017/draft.md", frontMatter: validFrontMatter({ organizers: ["African Cooperation Alliance (ACA)"], start_date: "2017-01-01", end_date: "2017-01-02", published: "2017-01-03", draft: true }) },
      { file: "2024/scheduled.md", frontMatter: validFrontMatter({ topics: ["Export-controls"], start_date: "2024-05-01", end_date: "2024-05-02", published: "2024-12-01" }) },
      { file: "2016/topics.md", frontMatter: validFrontMatter({ topics: ["Export controls"] }) },
    ]);
    const result = runScript("validate", project.root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('notes/2017/draft.md:1:1 warning organizers "African Cooperation Alliance (ACA)" and "Arms Control Agency (ACA)" would share the page /organizers/aca/');
    expect(result.stdout).toContain("(an error once this note is published)");
    expect(result.stdout).toContain("notes/2024/scheduled.md:1:1 warning topics");
    expect(result.stdout).not.toContain("notes/2016/first.md");
    expect(result.stdout).toContain("4 notes checked: 0 errors, 2 warnings");
    const build = runScript("build", project.root);
    expect(build.status).toBe(0);
  });
});
