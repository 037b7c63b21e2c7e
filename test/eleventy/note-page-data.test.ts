/** What a note page holds besides its front matter, worked out once per note as Eleventy reads it. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { notePageData } from "../../lib/eleventy/note-page-data.ts";
import { parseNoteTemplate } from "../../lib/note/note-schema.ts";
import { siteSettings } from "../../site.config.ts";
import { validFrontMatter, writeNotes } from "../support/fixture-notes.ts";

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes an event in English and French and returns each version's page data. */
function twoLanguageEvent() {
  root = mkdtempSync(path.join(tmpdir(), "note-page-data-"));
  const notes = path.join(root, "notes");
  const english = validFrontMatter();
  const french = validFrontMatter({ title: "Atelier régional sur le contrôle des exportations", city: "Douchanbé" });
  writeNotes(notes, [
    { file: "2016/dushanbe-workshop.md", frontMatter: english },
    { file: "2016/dushanbe-workshop.fr.md", frontMatter: french },
  ]);
  const dataOf = (file: string, fields: Record<string, unknown>) => {
    const inputPath = path.join(notes, file);
    const parsed = parseNoteTemplate(inputPath, fields);
    if (!parsed.success) throw new Error(parsed.error.message);
    return notePageData(parsed.data, inputPath, siteSettings);
  };
  return { en: dataOf("2016/dushanbe-workshop.md", english), fr: dataOf("2016/dushanbe-workshop.fr.md", french) };
}

describe("notePageData", () => {
  it("gives each version its address under its language, as a function Eleventy calls rather than a template it compiles", () => {
    const { en, fr } = twoLanguageEvent();
    expect(typeof en.permalink).toBe("function");
    expect(en.permalink()).toBe("/notes/2016/dushanbe-workshop/");
    expect(fr.permalink()).toBe("/fr/notes/2016/dushanbe-workshop/");
  });

  it("names both versions in each, and has the listed version stand in for the four languages the event lacks", () => {
    const { en, fr } = twoLanguageEvent();
    expect(en.versions.languages).toEqual(["en", "fr"]);
    expect(en.note.versions.map((version) => version.url)).toEqual(["/notes/2016/dushanbe-workshop/", "/fr/notes/2016/dushanbe-workshop/"]);
    expect(en.note.listed).toBe(true);
    expect(en.untranslated).toEqual(["ar", "es", "ru", "zh"]);
    expect(fr.note.listed).toBe(false);
    expect(fr.untranslated).toEqual([]);
  });

  it("writes the French version's head and browse links in French", () => {
    const { fr } = twoLanguageEvent();
    expect(fr.note.title).toBe("Atelier régional sur le contrôle des exportations");
    expect(fr.pageHead.lang).toBe("fr");
    expect(fr.pageHead.alternates.map((alternate) => alternate.hreflang)).toEqual(expect.arrayContaining(["en", "fr"]));
    expect(fr.browse.country?.url).toBe("/fr/countries/tajikistan/");
    expect(fr.browse.year.url).toBe("/fr/years/2016/");
  });
});
