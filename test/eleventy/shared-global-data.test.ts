import { Merge } from "@11ty/eleventy-utils";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../lib/eleventy/shared-global-data.ts";

describe("deepFreeze", () => {
  it("freezes every object and array inside the value", () => {
    const value = deepFreeze({ strings: { en: { label: "Search" } }, order: ["country", "year"] });
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.strings.en)).toBe(true);
    expect(Object.isFrozen(value.order)).toBe(true);
  });

  it("lets Eleventy's data merge share the value instead of copying it into each page", () => {
    const shared = { strings: { en: { label: "Search" } } };
    expect(Merge({}, { search: shared }).search).not.toBe(shared);
    const frozen = deepFreeze({ strings: { en: { label: "Search" } } });
    expect(Merge({}, { search: frozen }).search).toBe(frozen);
  });
});
