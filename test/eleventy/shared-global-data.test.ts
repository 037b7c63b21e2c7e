import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../lib/eleventy/shared-global-data.ts";

describe("deepFreeze", () => {
  it("freezes every object and array inside the value", () => {
    const value = deepFreeze({ strings: { en: { label: "Search" } }, order: ["country", "year"] });
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.strings.en)).toBe(true);
    expect(Object.isFrozen(value.order)).toBe(true);
  });
});
