/**
 * Global data that every page reads and none changes. Eleventy merges the global data into each
 * template's data, copying every plain object inside it, except frozen ones, which it shares: frozen,
 * a value is one object per build instead of a copy per note page.
 */
import type { UserConfig } from "@11ty/eleventy";

/** Freezes a value and every object and array inside it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** `addGlobalData` for data every page shares: frozen, so that Eleventy does not copy it into each. */
export function addSharedGlobalData(config: UserConfig, name: string, value: object | (() => object)): void {
  config.addGlobalData(name, typeof value === "function" ? () => deepFreeze(value()) : deepFreeze(value));
}
