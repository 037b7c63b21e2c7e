/**
 * The validator on notes in several languages: file names with a wrong language suffix, the facts
 * every language version of an event must share, and two files at one address, through the real
 * `npm run validate` as staff run it.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateNoteFiles } from "../../lib/validation/validate-notes.ts";
import { createFixtureProject, runScript } from "../support/build-fixture-site.ts";
import { noteText, validFrontMatter, type FixtureNote } from "../support/fixture-notes.ts";

const english: FixtureNote = { file: "2016/workshop.md", frontMatter: validFrontMatter({ title: "Regional workshop on reporting" }) };
const french: FixtureNote = { file: "2016/workshop.fr.md", frontMatter: validFrontMatter({ title: "Atelier régional sur les rapports", summary: "Des responsables de la région ont examiné le contrôle des exportations." }) };
const arabic: FixtureNote = { file: "2016/workshop.ar.md", frontMatter: validFrontMatter({ title: "حلقة عمل إقليمية بشأن التقارير", summary: "ناقش مسؤولون من المنطقة ضوابط التصدير وتقديم التقارير في حلقة العمل." }) };

describe("validating notes in several languages", () => {
  it("accepts an English note with its French and Arabic versions", () => {
    const project = createFixtureProject([english, french, arabic], "languages-valid-");
    const result = runScript("validate", project.root);
    expect(result.stdout + result.stderr).toContain("3 notes checked: 0 errors, 0 warnings");
    expect(result.status).toBe(0);
  });

  it("says which file name to write for a wrong language suffix, with file:line:column", () => {
    const project = createFixtureProject(
      [
        english,
        { ...french, file: "2016/workshop.de.md" },
        { ...french, file: "2016/other.en.md" },
        { ...french, file: "2016/third.FR.md" },
      ],
      "languages-names-",
    );
    const result = runScript("validate", project.root);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`notes/2016/workshop.de.md:1:1 error file ".de" in "workshop.de.md" is not one of the site's languages; write workshop.md for English or workshop.ar.md, workshop.es.md, workshop.fr.md, workshop.ru.md, workshop.zh.md`);
    expect(result.stdout).toContain(`notes/2016/other.en.md:1:1 error file English notes take no language suffix: rename "other.en.md" to other.md`);
    expect(result.stdout).toContain(`notes/2016/third.FR.md:1:1 error file ".FR" is not how a language is marked: for French, rename "third.FR.md" to third.fr.md`);
    // A file to rename has no address yet: it is not also reported as sharing the English note's.
    expect(result.stdout).not.toContain("would be published at");
    expect(result.stdout).toContain("4 notes checked: 3 errors, 0 warnings");
  });

  it("names SITE_LANGUAGES when a note is in a language the build leaves out", () => {
    const project = createFixtureProject([english, french], "languages-left-out-");
    const result = runScript("validate", project.root, [], { SITE_LANGUAGES: "en" });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`notes/2016/workshop.fr.md:1:1 error file "workshop.fr.md" is in French, which this build leaves out: add fr to SITE_LANGUAGES (en), or unset it to build all six languages`);
    expect(result.stdout).toContain("2 notes checked: 1 error, 0 warnings");
  });

  it("reports a translation whose end date differs, on its end_date line, naming the English file and value", () => {
    const project = createFixtureProject([english, { ...french, frontMatter: { ...french.frontMatter, end_date: "2016-03-02" } }, arabic], "languages-facts-");
    const frenchText = noteText({ ...french.frontMatter, end_date: "2016-03-02" });
    const line = frenchText.split("\n").findIndex((text) => text.startsWith("end_date:")) + 1;
    const result = runScript("validate", project.root);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `notes/2016/workshop.fr.md:${line}:11 error end_date is "2016-03-02" but "2016-03-01" in notes/2016/workshop.md (English): every language version of an event gives the same type, dates, country and online; correct whichever is wrong`,
    );
    expect(result.stdout).not.toMatch(/workshop\.ar\.md.*error/);
    expect(result.stdout).toContain("1 error");
  });

  it("compares with the first language when there is no English version, and reads country names and codes alike", () => {
    const project = createFixtureProject(
      [
        { ...arabic, frontMatter: { ...arabic.frontMatter, country: "TJ" } },
        { ...french, frontMatter: { ...french.frontMatter, type: "seminar" } },
      ],
      "languages-no-english-",
    );
    const report = validateNoteFiles([path.join(project.root, "notes/2016/workshop.ar.md"), path.join(project.root, "notes/2016/workshop.fr.md")], project.root);
    expect(report.findings.map((finding) => `${finding.file} ${finding.field} ${finding.message}`)).toEqual([
      `notes/2016/workshop.fr.md type is "seminar" but "workshop" in notes/2016/workshop.ar.md (Arabic): every language version of an event gives the same type, dates, country and online; correct whichever is wrong`,
    ]);
  });

  it("still reports two files at one address", () => {
    const project = createFixtureProject([french, { ...french, file: "2017/workshop.fr.md" }], "languages-address-");
    const result = runScript("validate", project.root);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("notes/2016/workshop.fr.md:1:1 error file would be published at /fr/notes/2016/workshop/, like notes/2017/workshop.fr.md");
  });

  it("finds no clash between the English and French spellings of one organizer", () => {
    const project = createFixtureProject(
      [
        { ...english, frontMatter: { ...english.frontMatter, organizers: ["Organisation for Security and Cooperation in Europe (OSCE)"] } },
        { ...french, frontMatter: { ...french.frontMatter, organizers: ["Organisation pour la sécurité et la coopération en Europe (OSCE)"] } },
      ],
      "languages-clash-",
    );
    writeFileSync(path.join(project.root, "notes/2016/README.md"), "Notes of 2016.\n");
    const result = runScript("validate", project.root);
    expect(result.stdout + result.stderr).toContain("0 errors, 0 warnings");
  });
});
