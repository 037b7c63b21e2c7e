import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES, languageOf, type LanguageCode } from "../../lib/languages/languages.ts";
import {
  flattenMessages,
  formatNumber,
  isPluralMessage,
  joinList,
  loadMessages,
  placeholdersOf,
  translate,
  type MessageKey,
  type PluralMessage,
} from "../../lib/languages/messages.ts";

const flat = Object.fromEntries(LANGUAGE_CODES.map((language) => [language, flattenMessages(loadMessages(language))])) as Record<
  LanguageCode,
  Map<string, string | PluralMessage>
>;
const english = flat.en;
const OTHER_LANGUAGES = LANGUAGE_CODES.filter((language) => language !== "en");

/** Every text of a message: the string, or each plural variant. */
const textsOf = (message: string | PluralMessage): string[] => (typeof message === "string" ? [message] : Object.values(message));

/**
 * Messages a translation may leave exactly as in English, and why: patterns made only of
 * placeholders and punctuation the language writes as English does (`{title} · {site}`,
 * `{label}: {value}`; French puts a space before its colon, Chinese uses full-width punctuation),
 * feed names that keep the format's own name (`(RSS)`, `(Atom)`), and French words spelt as in
 * English ("Notes", "Participants", "Pages"). Anything else identical is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<Exclude<LanguageCode, "en">, readonly string[]> = {
  ar: ["site.pageTitle", "facets.feedTitle", "stats.barValue", "search.filterValues", "facets.heading"],
  es: ["site.pageTitle", "facets.feedTitle", "note.dateAndVenueLine", "stats.barValue", "search.filterValues", "facets.heading"],
  fr: [
    "site.pageTitle",
    "facets.feedTitle",
    "note.dateAndVenueLine",
    "site.feedTitle.rss",
    "site.feedTitle.atom",
    "site.nav.notes",
    "note.participants",
    "facets.pagination",
  ],
  ru: ["site.pageTitle", "facets.feedTitle", "note.dateAndVenueLine", "stats.barValue", "search.filterValues", "facets.heading"],
  zh: ["site.pageTitle", "facets.feedTitle"],
};

describe("message files", () => {
  it("have English messages to translate", () => {
    expect(english.size).toBeGreaterThan(200);
    expect(english.get("site.skipLink")).toBe("Skip to main content");
  });

  for (const language of OTHER_LANGUAGES) {
    it(`${language} has exactly the keys of English`, () => {
      expect([...flat[language].keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${language} has plural forms exactly where English has them`, () => {
      const mismatched = [...english.keys()].filter((key) => isPluralMessage(english.get(key)!) !== isPluralMessage(flat[language].get(key) ?? ""));
      expect(mismatched).toEqual([]);
    });

    it(`${language} translates every message but the documented ones`, () => {
      const identical = [...english.keys()].filter((key) => JSON.stringify(flat[language].get(key)) === JSON.stringify(english.get(key)));
      expect(identical.sort()).toEqual([...SAME_AS_ENGLISH[language]].sort());
    });

    it(`${language} uses the same placeholders as English`, () => {
      const mismatched = [...english.entries()]
        .map(([key, message]) => ({
          key,
          english: [...new Set(textsOf(message).flatMap(placeholdersOf))].sort(),
          translated: [...new Set(textsOf(flat[language].get(key) ?? "").flatMap(placeholdersOf))].sort(),
        }))
        .filter((entry) => JSON.stringify(entry.english) !== JSON.stringify(entry.translated));
      expect(mismatched).toEqual([]);
    });
  }

  for (const language of LANGUAGE_CODES) {
    it(`${language} gives each plural message exactly the categories of Intl.PluralRules`, () => {
      const categories = [...new Intl.PluralRules(languageOf(language).intlLocale).resolvedOptions().pluralCategories].sort();
      const wrong = [...flat[language].entries()]
        .filter(([, message]) => typeof message !== "string")
        .filter(([, message]) => JSON.stringify(Object.keys(message).sort()) !== JSON.stringify(categories))
        .map(([key]) => key);
      expect(wrong).toEqual([]);
    });

    it(`${language} has no empty message and no stray braces`, () => {
      for (const [key, message] of flat[language]) {
        for (const text of textsOf(message)) {
          expect(text.trim(), key).not.toBe("");
          expect(text.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, ""), key).not.toMatch(/[{}]/);
        }
      }
    });
  }

  it("write the plural variants in their own language's forms", () => {
    expect(english.get("search.resultCount")).toEqual({ one: "{count} note", other: "{count} notes" });
    expect(Object.keys(flat.ru.get("search.resultCount")!).sort()).toEqual(["few", "many", "one", "other"]);
    expect(Object.keys(flat.ar.get("search.resultCount")!).sort()).toEqual(["few", "many", "one", "other", "two", "zero"]);
    expect(Object.keys(flat.zh.get("search.resultCount")!)).toEqual(["other"]);
  });
});

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("en", "facets.pageLabel", { page: 2, pages: 3 })).toBe("Page 2 of 3");
    expect(translate("fr", "facets.pageLabel", { page: 2, pages: 3 })).toBe("Page 2 sur 3");
    expect(translate("zh", "facets.pageLabel", { page: 2, pages: 3 })).toBe("第2页，共3页");
    expect(translate("es", "home.noUpcoming", { date: "5 de junio de 2018" })).toBe("No hay próximas actividades anunciadas al 5 de junio de 2018.");
  });

  it("picks the English plural form by count", () => {
    expect(translate("en", "search.resultCount", { count: 1 })).toBe("1 note");
    expect(translate("en", "search.resultCount", { count: 0 })).toBe("0 notes");
    expect(translate("en", "search.resultCount", { count: 12 })).toBe("12 notes");
  });

  it("picks the Russian forms: one, few, many", () => {
    expect(translate("ru", "search.resultCount", { count: 1 })).toBe("1 записка");
    expect(translate("ru", "search.resultCount", { count: 3 })).toBe("3 записки");
    expect(translate("ru", "search.resultCount", { count: 5 })).toBe("5 записок");
    expect(translate("ru", "search.resultCount", { count: 11 })).toBe("11 записок");
    expect(translate("ru", "search.resultCount", { count: 21 })).toBe("21 записка");
    expect(translate("ru", "search.resultCount", { count: 24 })).toBe("24 записки");
  });

  it("picks the six Arabic forms", () => {
    expect(translate("ar", "facets.eventCount", { count: 0 })).toBe("لا نشاط");
    expect(translate("ar", "facets.eventCount", { count: 1 })).toBe("نشاط واحد");
    expect(translate("ar", "facets.eventCount", { count: 2 })).toBe("نشاطان");
    expect(translate("ar", "facets.eventCount", { count: 7 })).toBe("7 أنشطة");
    expect(translate("ar", "facets.eventCount", { count: 15 })).toBe("15 نشاطا");
    expect(translate("ar", "facets.eventCount", { count: 100 })).toBe("100 نشاط");
  });

  it("treats zero as singular in French, as French does", () => {
    expect(translate("fr", "facets.eventCount", { count: 0 })).toBe("0 manifestation");
    expect(translate("fr", "facets.eventCount", { count: 2 })).toBe("2 manifestations");
  });

  it("writes numbers with Western digits in every language, years without grouping", () => {
    expect(translate("ar", "search.resultCount", { count: 25 })).toBe("25 مذكرة");
    expect(formatNumber(2016, "fr")).toBe("2016");
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatNumber(12345, "ar")).toMatch(/^12.345$/u);
  });

  it("throws on a missing key, a missing value or a missing count", () => {
    const unknownKey: string = "site.noSuchMessage";
    expect(() => translate("en", unknownKey as MessageKey)).toThrow(/No message "site.noSuchMessage"/);
    expect(() => translate("fr", "facets.pageLabel", { page: 2 })).toThrow(/\{pages\}/);
    expect(() => translate("ru", "search.resultCount")).toThrow(/count/);
  });
});

describe("joinList", () => {
  it("joins lists as each language does, without a serial comma in English", () => {
    const items = ["Kazakhstan", "Kyrgyzstan", "Tajikistan"];
    expect(joinList(items, "en")).toBe("Kazakhstan, Kyrgyzstan and Tajikistan");
    expect(joinList(items, "en", "disjunction")).toBe("Kazakhstan, Kyrgyzstan or Tajikistan");
    expect(joinList(items, "fr")).toBe("Kazakhstan, Kyrgyzstan et Tajikistan");
    expect(joinList(items, "es")).toBe("Kazakhstan, Kyrgyzstan y Tajikistan");
    expect(joinList(items, "ru")).toBe("Kazakhstan, Kyrgyzstan и Tajikistan");
    expect(joinList(["甲", "乙", "丙"], "zh")).toBe("甲、乙和丙");
    expect(joinList(["أ", "ب"], "ar")).toBe("أ وب");
    expect(joinList(["Solo"], "fr")).toBe("Solo");
  });
});
