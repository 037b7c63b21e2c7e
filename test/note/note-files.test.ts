/**
 * Which files under notes/ are notes: one rule for the validator and the build, checked on a real
 * build of a folder holding a README, a hidden folder, an upper-case `.MD` file and a stray document.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { explainNotANote, isNoteFile } from "../../lib/note/note-files.ts";
import { createFixtureProject, runScript } from "../support/build-fixture-site.ts";
import { noteText, validFrontMatter } from "../support/fixture-notes.ts";

describe("isNoteFile", () => {
  it("takes every .md file except READMEs and anything hidden", () => {
    expect(isNoteFile("notes/2016/dushanbe-workshop.md")).toBe(true);
    expect(isNoteFile("./notes/2016/dushanbe-workshop.md")).toBe(true);
    expect(isNoteFile("2016/dushanbe-workshop.md")).toBe(true);
    expect(isNoteFile("notes/README.md")).toBe(false);
    expect(isNoteFile("notes/2016/readme.md")).toBe(false);
    expect(isNoteFile("notes/.old/dushanbe-workshop.md")).toBe(false);
    expect(isNoteFile("notes/2016/.dushanbe-workshop.md")).toBe(false);
    expect(isNoteFile("notes\\2016\\dushanbe-workshop.md")).toBe(true);
    expect(isNoteFile("notes/2016/dushanbe-workshop.MD")).toBe(false);
    expect(isNoteFile("notes/2016/agenda.pdf")).toBe(false);
  });

  it("tells staff what to do with a file that is not a note, and says nothing of READMEs and hidden files", () => {
    expect(explainNotANote("notes/2016/dushanbe-workshop.MD")).toBe('is not read as a note because its name ends in ".MD": rename it to dushanbe-workshop.md');
    expect(explainNotANote("notes/2016/agenda.pdf")).toMatch(/is not a note .* move it out of notes\//);
    expect(explainNotANote("notes/README.md")).toBeUndefined();
    expect(explainNotANote("notes/.old/x.md")).toBeUndefined();
    expect(explainNotANote("notes/notes.11tydata.ts")).toBeUndefined();
  });
});

describe("the validator and the build agree on which files are notes", () => {
  const project = createFixtureProject([{ file: "2016/published-workshop.md", frontMatter: validFrontMatter({ title: "A published workshop" }) }], "note-files-");
  const notes = path.join(project.root, "notes");
  writeFileSync(path.join(notes, "README.md"), "# Notes folder\n\nOne file per event; see the project README.\n");
  mkdirSync(path.join(notes, ".old"), { recursive: true });
  writeFileSync(path.join(notes, ".old", "hidden-workshop.md"), noteText({ file: "x.md", frontMatter: validFrontMatter({ title: "A note kept in a hidden folder" }) }));
  writeFileSync(path.join(notes, "2016", "agenda.txt"), "Agenda\n");

  it("builds a folder with a README, a hidden folder and a stray file, publishing only the note", () => {
    const result = runScript("build", project.root);
    expect(result.stderr + result.stdout).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/notes\/2016\/agenda\.txt:1:1 warning file is not a note/);
    expect(existsSync(path.join(project.site, "notes/2016/published-workshop/index.html"))).toBe(true);
    expect(existsSync(path.join(project.site, "README/index.html"))).toBe(false);
    expect(existsSync(path.join(project.site, "notes/README/index.html"))).toBe(false);
    expect(existsSync(path.join(project.site, "notes/2016/hidden-workshop/index.html"))).toBe(false);
  });

  it("reports an upper-case .MD note as an error in the validator and the build, instead of skipping it", () => {
    writeFileSync(path.join(notes, "2016", "upper-case.MD"), noteText({ file: "x.md", frontMatter: validFrontMatter({ title: "A note saved with an upper-case extension" }) }));
    const validation = runScript("validate", project.root);
    expect(validation.status).toBe(1);
    expect(validation.stdout).toContain('notes/2016/upper-case.MD:1:1 error file is not read as a note because its name ends in ".MD": rename it to upper-case.md');
    const build = runScript("build", project.root);
    expect(build.status).toBe(1);
    expect(build.stdout).toContain("upper-case.MD");
  });
});
