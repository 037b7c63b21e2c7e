/**
 * axe-core through @axe-core/playwright, limited to WCAG 2.0–2.2 level A and AA rules.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** One line per violating element; throws when axe checked nothing (a page that did not load). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.passes.length === 0) throw new Error("axe ran no passing check at all: the page did not load");
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ") ?? ""}`),
  );
}
