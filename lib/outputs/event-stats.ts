/**
 * The numbers behind /stats/: events per year (every year in the range, empty years included, so
 * gaps show) and per type of event, each as bars for lib/outputs/bar-chart.ts and rows for the data table.
 */
import { facetUrl } from "../note/browse-index.ts";
import type { Facets } from "./facets.ts";
import type { Bar } from "./bar-chart.ts";

export interface EventStats {
  readonly total: number;
  readonly byYear: readonly Bar[];
  readonly byType: readonly Bar[];
}

export function eventStats<T>(facets: Facets<T>): EventStats {
  const counts = new Map(facets.years.map((value) => [Number(value.slug), value.count]));
  const years = [...counts.keys()];
  const byYear: Bar[] = [];
  if (years.length > 0) {
    for (let year = Math.min(...years); year <= Math.max(...years); year += 1) {
      const count = counts.get(year) ?? 0;
      byYear.push({ label: String(year), value: count, ...(count > 0 ? { url: facetUrl("years", String(year)) } : {}) });
    }
  }
  const byType = facets.types.map((value) => ({ label: value.label, value: value.count, url: facetUrl("types", value.slug) }));
  return { total: facets.years.reduce((sum, value) => sum + value.count, 0), byYear, byType };
}
