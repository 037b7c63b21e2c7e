import { describe, expect, it } from "vitest";
import { resolveCountry, suggestCountry } from "../../lib/note/countries.ts";

describe("countries", () => {
  it("accepts English names, aliases and ISO codes in any case", () => {
    for (const text of ["Tajikistan", "tajikistan", "TJ", "tj", "TJK"]) expect(resolveCountry(text)?.code, text).toBe("TJ");
    expect(resolveCountry("South Korea")?.code).toBe("KR");
    expect(resolveCountry("USA")?.code).toBe("US");
    expect(resolveCountry("Turkey")?.code).toBe("TR");
    expect(resolveCountry("Cote d'Ivoire")?.code).toBe("CI");
  });

  it("shows names as the UN writes them, in natural word order", () => {
    expect(resolveCountry("South Korea")?.name).toBe("Republic of Korea");
    expect(resolveCountry("Iran")?.name).toBe("Iran (Islamic Republic of)");
    expect(resolveCountry("KR")?.name).not.toContain(",");
    expect(resolveCountry("Moldova")?.name).toBe("Republic of Moldova");
  });

  it("places countries in their UN M49 region and sub-region", () => {
    expect(resolveCountry("Tajikistan")).toMatchObject({ region: "Asia", subregion: "Central Asia" });
    expect(resolveCountry("Austria")).toMatchObject({ region: "Europe", subregion: "Western Europe" });
  });

  it("suggests the country a misspelling most likely means", () => {
    expect(resolveCountry("Tajikstan")).toBeUndefined();
    expect(suggestCountry("Tajikstan")?.name).toBe("Tajikistan");
    expect(suggestCountry("Germny")?.code).toBe("DE");
    expect(suggestCountry("Atlantis")).toBeUndefined();
  });
});
