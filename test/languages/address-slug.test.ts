import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressSlug, uniqueSlugger } from "../../lib/languages/address-slug.ts";
// The site's Latin slug rule, which English addresses have always followed: Latin text must keep its slug.
import { slugify } from "../../lib/note/slugify.ts";

describe("addressSlug", () => {
  it("folds Latin text to ASCII as the English slugs always have", () => {
    expect(addressSlug("Côte d’Ivoire")).toBe("cote-divoire");
    expect(addressSlug("Türkiye")).toBe("turkiye");
    expect(addressSlug("Iran (Islamic Republic of)")).toBe("iran-islamic-republic-of");
    expect(addressSlug("  Résolution 1540 (2004) — Atelier régional  ")).toBe("resolution-1540-2004-atelier-regional");
  });

  it("gives the current slug for any Latin text that has one", () => {
    const latin = fc.string({
      unit: fc.constantFrom(..."abcxyzABCXYZ0189 -_.,;:!?()[]/&’'`éèêëàâäçñõöøßłđæœÅÉÎÔÛÿĳǅ™①Ａ\u0301\u0327".split("")),
      maxLength: 40,
    });
    fc.assert(
      fc.property(latin, (text) => {
        const expected = slugify(text);
        if (expected !== "") expect(addressSlug(text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps Cyrillic letters, lower-cased, and writes ё as е", () => {
    expect(addressSlug("Казахстан")).toBe("казахстан");
    expect(addressSlug("Российская Федерация")).toBe("российская-федерация");
    expect(addressSlug("Ядерная безопасность: учения «Щит-2016»")).toBe("ядерная-безопасность-учения-щит-2016");
    expect(addressSlug("Ёлка")).toBe(addressSlug("Елка"));
    expect(addressSlug("Мой йод")).toBe("мой-йод");
  });

  it("keeps Arabic letters, drops vowel marks and tatweel, and writes digits in ASCII", () => {
    expect(addressSlug("الأمن النووي")).toBe("الأمن-النووي");
    expect(addressSlug("الأمنُ النوويّ")).toBe("الأمن-النووي");
    expect(addressSlug("الأمـــن")).toBe("الأمن");
    expect(addressSlug("القرار ١٥٤٠ (٢٠٠٤)")).toBe("القرار-1540-2004");
  });

  it("keeps Chinese characters and treats Chinese punctuation as a break", () => {
    expect(addressSlug("出口管制")).toBe("出口管制");
    expect(addressSlug("安全理事会第1540（2004）号决议")).toBe("安全理事会第1540-2004-号决议");
    expect(addressSlug("讲习班，中亚")).toBe("讲习班-中亚");
    expect(addressSlug("二〇一六年")).toBe("二〇一六年");
  });

  it("handles text mixing scripts", () => {
    expect(addressSlug("UNODA и ОБСЕ")).toBe("unoda-и-обсе");
    expect(addressSlug("Séminaire 中亚 2019")).toBe("seminaire-中亚-2019");
  });

  it("is never empty: text without letters or digits gets a stable hash", () => {
    const emoji = addressSlug("🎉🎉");
    expect(emoji).toMatch(/^s-[0-9a-z]{7}$/);
    expect(addressSlug("🎉🎉")).toBe(emoji);
    expect(addressSlug("🌍")).not.toBe(emoji);
    expect(addressSlug("")).toMatch(/^s-[0-9a-z]{7}$/);
    expect(addressSlug("—!?")).toMatch(/^s-[0-9a-z]{7}$/);
  });

  it("is lower-case, hyphen-joined, and gives the same slug when applied again", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (text) => {
        const slug = addressSlug(text);
        expect(slug).not.toBe("");
        expect(slug).not.toMatch(/^-|-$|--|\s/u);
        expect(slug).toBe(slug.toLowerCase());
        expect(addressSlug(slug)).toBe(slug);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("uniqueSlugger", () => {
  it("numbers repeats from 2 and never hands out a reserved id", () => {
    const slug = uniqueSlugger(["main", "related-notes-heading", "contexte-2"]);
    expect(slug("Contexte")).toBe("contexte");
    expect(slug("Contexte")).toBe("contexte-3");
    expect(slug("contexte")).toBe("contexte-4");
    expect(slug("Main")).toBe("main-2");
    expect(slug("Related notes heading")).toBe("related-notes-heading-2");
  });

  it("works the same for text in other scripts", () => {
    const slug = uniqueSlugger();
    expect(slug("Итоги")).toBe("итоги");
    expect(slug("ИТОГИ")).toBe("итоги-2");
    expect(slug("النتائج")).toBe("النتائج");
    expect(slug("🎉")).toBe(addressSlug("🎉"));
    expect(slug("🎉")).toBe(`${addressSlug("🎉")}-2`);
  });

  it("keeps separate pages apart", () => {
    const first = uniqueSlugger();
    const second = uniqueSlugger();
    expect(first("Background")).toBe("background");
    expect(second("Background")).toBe("background");
  });
});
