/**
 * Site-wide data and the filters templates use to place it. Every filter is a plain function
 * from lib/, so tests call them directly.
 */
import type { UserConfig } from "@11ty/eleventy";
import { dateToRfc822 } from "@11ty/eleventy-plugin-rss";
import { buildDate, buildDateIso, isPreview } from "../note/publication.ts";
import { formatLongDate, requireCalendarDate, toUtcMidnight } from "../note/calendar-date.ts";
import type { SiteSettings } from "../../site.config.ts";

export function absoluteUrl(pathOrUrl: string, baseUrl: string): string {
  return new URL(pathOrUrl, `${baseUrl}/`).href;
}

/** `YYYY-MM-DD` → the Date at UTC midnight, for the RSS plugin's date filters. */
export function isoDateToInstant(isoDate: string): Date {
  return toUtcMidnight(requireCalendarDate(isoDate));
}

// The RSS plugin's RFC 822 formatter builds an Intl.DateTimeFormat on every call (about 0.1 ms);
// the feeds write the same few thousand dates tens of thousands of times.
const rfc822Dates = new Map<string, string>();

/** `YYYY-MM-DD` → its UTC midnight as an RSS date, exactly as the RSS plugin's `dateToRfc822` writes it. */
export function isoDateToRfc822(isoDate: string): string {
  let formatted = rfc822Dates.get(isoDate);
  if (formatted === undefined) {
    formatted = dateToRfc822(isoDateToInstant(isoDate));
    rfc822Dates.set(isoDate, formatted);
  }
  return formatted;
}

export default function sitePlugin(config: UserConfig, settings: SiteSettings): void {
  config.addGlobalData("site", settings);
  config.addGlobalData("build", { date: buildDateIso(), dateLabel: formatLongDate(buildDate()), preview: isPreview() });
  config.addFilter("toAbsoluteUrl", (pathOrUrl: string) => absoluteUrl(pathOrUrl, settings.baseUrl));
  config.addFilter("isoDateToInstant", isoDateToInstant);
  config.addFilter("isoDateToRfc822", isoDateToRfc822);
  config.addFilter("longDate", (isoDate: string) => formatLongDate(requireCalendarDate(isoDate)));
  config.addFilter("head", (items: readonly unknown[], count: number) => items.slice(0, count));
  config.addFilter("json", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"));
}
