/**
 * Site-wide data and the filters templates use to place it. Every filter is a plain function
 * from lib/, so tests call them directly.
 */
import type { UserConfig } from "@11ty/eleventy";
import { buildDate, buildDateIso } from "../build-context.ts";
import { formatLongDate, requireCalendarDate, toUtcMidnight } from "../calendar-date.ts";
import { isPreview } from "./notes-plugin.ts";
import type { SiteSettings } from "../../site.config.ts";

export function absoluteUrl(pathOrUrl: string, baseUrl: string): string {
  return new URL(pathOrUrl, `${baseUrl}/`).href;
}

/** `YYYY-MM-DD` → the Date at UTC midnight, for the RSS plugin's date filters. */
export function isoDateToInstant(isoDate: string): Date {
  return toUtcMidnight(requireCalendarDate(isoDate));
}

export default function sitePlugin(config: UserConfig, settings: SiteSettings): void {
  config.addGlobalData("site", settings);
  config.addGlobalData("build", { date: buildDateIso(), dateLabel: formatLongDate(buildDate()), preview: isPreview() });
  config.addFilter("toAbsoluteUrl", (pathOrUrl: string) => absoluteUrl(pathOrUrl, settings.baseUrl));
  config.addFilter("isoDateToInstant", isoDateToInstant);
  config.addFilter("longDate", (isoDate: string) => formatLongDate(requireCalendarDate(isoDate)));
  config.addFilter("head", (items: readonly unknown[], count: number) => items.slice(0, count));
  config.addFilter("json", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"));
}
