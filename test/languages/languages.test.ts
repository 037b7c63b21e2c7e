import { describe, expect, it } from "vitest";
import {
  builtLanguages,
  DEFAULT_LANGUAGE,
  LANGUAGE_CODES,
  LANGUAGES,
  explainNoteFileName,
  isLanguageCode,
  languageOf,
  localizedPath,
  noteFileName,
  splitNoteFileName,
} from "../../lib/languages/languages.ts";

describe("the language list", () => {
  it("holds the six UN languages, English first", () => {
    expect(LANGUAGE_CODES).toEqual(["en", "ar", "es", "fr", "ru", "zh"]);
    expect(DEFAULT_LANGUAGE).toBe("en");
  });

  it("names each language in itself", () => {
    expect(Object.fromEntries(LANGUAGES.map((language) => [language.code, language.endonym]))).toEqual({
      ar: "العربية",
      en: "English",
      es: "Español",
      fr: "Français",
      ru: "Русский",
      zh: "中文",
    });
  });

  it("writes only Arabic right to left", () => {
    expect(LANGUAGES.filter((language) => language.direction === "rtl").map((language) => language.code)).toEqual(["ar"]);
  });

  it("gives English no URL prefix and every other language its code", () => {
    expect(LANGUAGES.map((language) => language.urlPrefix)).toEqual(["", "/ar", "/es", "/fr", "/ru", "/zh"]);
    expect(localizedPath("/notes/", "en")).toBe("/notes/");
    expect(localizedPath("/notes/", "fr")).toBe("/fr/notes/");
    expect(localizedPath("search/", "zh")).toBe("/zh/search/");
  });

  it("has tags Intl accepts as they are", () => {
    for (const language of LANGUAGES) expect(Intl.getCanonicalLocales(language.tag)).toEqual([language.tag]);
  });

  it("recognises exactly the six codes", () => {
    expect(LANGUAGE_CODES.every(isLanguageCode)).toBe(true);
    for (const value of ["de", "FR", "fr-CA", "", "english", 3, undefined, null]) expect(isLanguageCode(value)).toBe(false);
    expect(languageOf("ru").englishName).toBe("Russian");
  });
});

describe("splitNoteFileName", () => {
  it("reads a name without a suffix as English", () => {
    expect(splitNoteFileName("tajikistan-workshop.md")).toEqual({ kind: "note", name: "tajikistan-workshop", language: "en" });
  });

  it("reads each suffixed language", () => {
    for (const code of ["ar", "es", "fr", "ru", "zh"] as const) {
      expect(splitNoteFileName(`tajikistan-workshop.${code}.md`)).toEqual({ kind: "note", name: "tajikistan-workshop", language: code });
    }
  });

  it("accepts the .md extension in any case, as the note finder does", () => {
    expect(splitNoteFileName("visit.fr.MD")).toEqual({ kind: "note", name: "visit", language: "fr" });
  });

  it("reports an English suffix, which is never written", () => {
    expect(splitNoteFileName("visit.en.md")).toEqual({ kind: "english-suffix", name: "visit", suffix: "en", expected: "visit.md" });
    expect(splitNoteFileName("visit.EN.md")).toEqual({ kind: "english-suffix", name: "visit", suffix: "EN", expected: "visit.md" });
  });

  it("reports a code in capitals, with the file name to use", () => {
    expect(splitNoteFileName("visit.FR.md")).toEqual({ kind: "misspelt-language", name: "visit", suffix: "FR", language: "fr", expected: "visit.fr.md" });
  });

  it("reports regional tags and language names, with the file name to use", () => {
    expect(splitNoteFileName("visit.zh-Hans.md")).toMatchObject({ kind: "misspelt-language", language: "zh", expected: "visit.zh.md" });
    expect(splitNoteFileName("visit.es-419.md")).toMatchObject({ kind: "misspelt-language", language: "es", expected: "visit.es.md" });
    expect(splitNoteFileName("visit.french.md")).toMatchObject({ kind: "misspelt-language", language: "fr", expected: "visit.fr.md" });
    expect(splitNoteFileName("visit.русский.md")).toMatchObject({ kind: "misspelt-language", language: "ru", expected: "visit.ru.md" });
  });

  it("reports languages outside the six and other suffixes as unknown", () => {
    expect(splitNoteFileName("visit.de.md")).toEqual({ kind: "unknown-language", name: "visit", suffix: "de" });
    expect(splitNoteFileName("visit.v2.md")).toEqual({ kind: "unknown-language", name: "visit", suffix: "v2" });
  });

  it("reports names that are not note files", () => {
    for (const baseName of ["visit.txt", ".md", "visit..md", "visit.fr.", ".fr.md", "visit"]) {
      expect(splitNoteFileName(baseName)).toEqual({ kind: "not-a-note", baseName });
    }
  });

  it("round-trips with noteFileName", () => {
    for (const code of LANGUAGE_CODES) {
      const baseName = noteFileName("nuclear-security-seminar", code);
      expect(splitNoteFileName(baseName)).toEqual({ kind: "note", name: "nuclear-security-seminar", language: code });
    }
    expect(noteFileName("seminar", "en")).toBe("seminar.md");
    expect(noteFileName("seminar", "ar")).toBe("seminar.ar.md");
  });
});

describe("explainNoteFileName", () => {
  it("says nothing about a good name", () => {
    expect(explainNoteFileName("visit.md")).toBeUndefined();
    expect(explainNoteFileName("visit.ar.md")).toBeUndefined();
  });

  it("names the file to write instead", () => {
    expect(explainNoteFileName("visit.en.md")).toBe('English notes take no language suffix: rename "visit.en.md" to visit.md');
    expect(explainNoteFileName("visit.FR.md")).toBe('".FR" is not how a language is marked: for French, rename "visit.FR.md" to visit.fr.md');
    expect(explainNoteFileName("visit.de.md")).toBe(
      '".de" in "visit.de.md" is not one of the site\'s languages; write visit.md for English or visit.ar.md, visit.es.md, visit.fr.md, visit.ru.md, visit.zh.md',
    );
    expect(explainNoteFileName("visit.txt")).toMatch(/is not a note file name/);
  });
});

describe("builtLanguages (SITE_LANGUAGES)", () => {
  it("builds all six languages when the variable is unset or empty", () => {
    expect(builtLanguages(undefined).map((language) => language.code)).toEqual(["en", "ar", "es", "fr", "ru", "zh"]);
    expect(builtLanguages("  ").map((language) => language.code)).toEqual(["en", "ar", "es", "fr", "ru", "zh"]);
  });

  it("builds the languages named, in the site's order, English first", () => {
    expect(builtLanguages("fr, en").map((language) => language.code)).toEqual(["en", "fr"]);
    expect(builtLanguages("en").map((language) => language.code)).toEqual(["en"]);
  });

  it("refuses a list without English, saying what to write", () => {
    expect(() => builtLanguages("fr,ar")).toThrow('SITE_LANGUAGES must include "en": English is the default language and holds the addresses without a prefix (write SITE_LANGUAGES=en,fr,ar)');
  });

  it("refuses a code that is not one of the six, naming it", () => {
    expect(() => builtLanguages("en,de")).toThrow('SITE_LANGUAGES names "de", which is not one of the site\'s languages');
  });
});
