import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, UN_ARABIC_MONTHS, type PlainDate } from "../../lib/languages/date-format.ts";
import { LANGUAGE_CODES, type LanguageCode } from "../../lib/languages/languages.ts";

const day = (year: number, month: number, dayOfMonth: number): PlainDate => ({ year, month, day: dayOfMonth });

const CASES = {
  single: [day(2016, 2, 29), day(2016, 2, 29)],
  sameMonth: [day(2016, 3, 1), day(2016, 3, 3)],
  crossMonth: [day(2016, 2, 29), day(2016, 3, 1)],
  crossYear: [day(2015, 12, 30), day(2016, 1, 2)],
} as const;

type CaseName = keyof typeof CASES;

const EXPECTED: Record<LanguageCode, Record<CaseName, string>> = {
  en: {
    single: "29 February 2016",
    sameMonth: "1–3 March 2016",
    crossMonth: "29 February – 1 March 2016",
    crossYear: "30 December 2015 – 2 January 2016",
  },
  fr: {
    single: "29 février 2016",
    sameMonth: "1er–3 mars 2016",
    crossMonth: "29 février – 1er mars 2016",
    crossYear: "30 décembre 2015 – 2 janvier 2016",
  },
  es: {
    single: "29 de febrero de 2016",
    sameMonth: "1–3 de marzo de 2016",
    crossMonth: "29 de febrero – 1 de marzo de 2016",
    crossYear: "30 de diciembre de 2015 – 2 de enero de 2016",
  },
  ru: {
    single: "29 февраля 2016 г.",
    sameMonth: "1–3 марта 2016 г.",
    crossMonth: "29 февраля – 1 марта 2016 г.",
    crossYear: "30 декабря 2015 г. – 2 января 2016 г.",
  },
  ar: {
    single: "29 شباط/فبراير 2016",
    sameMonth: "1–3 آذار/مارس 2016",
    crossMonth: "29 شباط/فبراير – 1 آذار/مارس 2016",
    crossYear: "30 كانون الأول/ديسمبر 2015 – 2 كانون الثاني/يناير 2016",
  },
  zh: {
    single: "2016年2月29日",
    sameMonth: "2016年3月1日至3日",
    crossMonth: "2016年2月29日至3月1日",
    crossYear: "2015年12月30日至2016年1月2日",
  },
};

describe("formatDateRange", () => {
  for (const language of LANGUAGE_CODES) {
    for (const [name, [start, end]] of Object.entries(CASES) as [CaseName, readonly [PlainDate, PlainDate]][]) {
      it(`writes a ${name} range in ${language}`, () => {
        expect(formatDateRange(start, end, language)).toBe(EXPECTED[language][name]);
      });
    }
  }

  it("treats a missing end as a one-day event", () => {
    expect(formatDateRange(day(2018, 6, 5), undefined, "en")).toBe("5 June 2018");
    expect(formatDateRange(day(2018, 6, 5), undefined, "zh")).toBe("2018年6月5日");
  });

  // The project's English formatter documents these four; English pages must not change.
  it("matches the site's existing English dates", () => {
    expect(formatDateRange(day(2018, 6, 5), day(2018, 6, 5), "en")).toBe("5 June 2018");
    expect(formatDateRange(day(2017, 5, 3), day(2017, 5, 4), "en")).toBe("3–4 May 2017");
    expect(formatDateRange(day(2016, 2, 29), day(2016, 3, 1), "en")).toBe("29 February – 1 March 2016");
    expect(formatDateRange(day(2019, 12, 30), day(2020, 1, 2), "en")).toBe("30 December 2019 – 2 January 2020");
  });

  it("writes only ordinary spaces, whatever spaces the installed CLDR uses", () => {
    for (const language of LANGUAGE_CODES) {
      for (const [start, end] of Object.values(CASES)) expect(formatDateRange(start, end, language)).not.toMatch(/[\u00a0\u2009\u202f]/u);
    }
  });

  it("refuses impossible dates and backward ranges", () => {
    expect(() => formatDateRange(day(2015, 2, 29), undefined, "en")).toThrow(RangeError);
    expect(() => formatDateRange(day(2016, 13, 1), undefined, "fr")).toThrow(RangeError);
    expect(() => formatDateRange(day(2016, 3, 3), day(2016, 3, 1), "ru")).toThrow(RangeError);
  });
});

describe("formatDate", () => {
  it("writes the first of the month as 1er in French only", () => {
    expect(formatDate(day(2004, 4, 1), "fr")).toBe("1er avril 2004");
    expect(formatDate(day(2004, 4, 11), "fr")).toBe("11 avril 2004");
    expect(formatDate(day(2004, 4, 1), "es")).toBe("1 de abril de 2004");
  });

  it("uses Western digits and the UN's double month names in Arabic", () => {
    expect(formatDate(day(2004, 4, 28), "ar")).toBe("28 نيسان/أبريل 2004");
    expect(formatDate(day(2004, 4, 28), "ar")).not.toMatch(/[\u0660-\u0669]/u);
    UN_ARABIC_MONTHS.forEach((month, index) => expect(formatDate(day(2020, index + 1, 15), "ar")).toBe(`15 ${month} 2020`));
  });

  it("does not read two-digit years as the twentieth century", () => {
    expect(formatDate(day(99, 1, 2), "en")).toBe("2 January 99");
  });
});

describe("independence from the machine's time zone and locale", () => {
  it("gives the same words in a process set to New York time and a French locale", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const script = `
      import { formatDateRange } from "./lib/languages/date-format.ts";
      const cases = ${JSON.stringify(Object.values(CASES))};
      const languages = ${JSON.stringify(LANGUAGE_CODES)};
      const out = languages.flatMap((language) => cases.map(([start, end]) => formatDateRange(start, end, language)));
      console.log(JSON.stringify({ offset: new Date(Date.UTC(2016, 0, 1)).getTimezoneOffset(), out }));
    `;
    const stdout = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], {
      cwd: root,
      env: { ...process.env, TZ: "America/New_York", LANG: "fr_FR.UTF-8", LC_ALL: "fr_FR.UTF-8" },
      encoding: "utf8",
    });
    const child = JSON.parse(stdout) as { offset: number; out: string[] };
    // Proves the child really ran five hours behind UTC, where a local-time formatter would slip a day.
    expect(child.offset).toBe(300);
    const here = LANGUAGE_CODES.flatMap((language) => Object.values(CASES).map(([start, end]) => formatDateRange(start, end, language)));
    expect(child.out).toEqual(here);
    expect(child.out[0]).toBe("29 February 2016");
  });
});
