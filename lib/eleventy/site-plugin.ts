/**
 * Site-wide data and the filters templates use to place it. Every filter is a plain function
 * from lib/, so tests call them directly.
 */
import type { UserConfig } from "@11ty/eleventy";
import { formatDate } from "../languages/date-format.ts";
import { DEFAULT_LANGUAGE, isLanguageCode } from "../languages/languages.ts";
import { buildDate, buildDateIso, isPreview } from "../note/publication.ts";
import { formatIsoDate, formatLongDate, requireCalendarDate, toUtcMidnight } from "../note/calendar-date.ts";
import type { SiteSettings } from "../../site.config.ts";

export function absoluteUrl(pathOrUrl: string, baseUrl: string): string {
  return new URL(pathOrUrl, `${baseUrl}/`).href;
}

/** `YYYY-MM-DD` → the Date at UTC midnight, for the RSS plugin's date filters. */
export function isoDateToInstant(isoDate: string): Date {
  return toUtcMidnight(requireCalendarDate(isoDate));
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * `YYYY-MM-DD` → its UTC midnight as an RSS date, `Wed, 06 Mar 2019 00:00:00 +0000`.
 *
 * Written out here rather than with the RSS plugin's `dateToRfc822`, which formats in the build
 * machine's time zone: the same note would get another date (even another day) on another machine.
 * English day and month names are what RFC 822 requires, whatever the machine's locale.
 */
export function isoDateToRfc822(isoDate: string): string {
  const date = requireCalendarDate(isoDate);
  const weekday = WEEKDAYS[isoDateToInstant(isoDate).getUTCDay()]!;
  return `${weekday}, ${String(date.day).padStart(2, "0")} ${MONTHS[date.month - 1]!} ${String(date.year).padStart(4, "0")} 00:00:00 +0000`;
}

/** `YYYY-MM-DD` → its UTC midnight as an Atom or JSON Feed date, `2019-03-06T00:00:00Z`, on any machine. */
export function isoDateToRfc3339(isoDate: string): string {
  return `${formatIsoDate(requireCalendarDate(isoDate))}T00:00:00Z`;
}

export default function sitePlugin(config: UserConfig, settings: SiteSettings): void {
  config.addGlobalData("site", settings);
  config.addGlobalData("build", { date: buildDateIso(), dateLabel: formatLongDate(buildDate()), preview: isPreview() });
  config.addFilter("toAbsoluteUrl", (pathOrUrl: string) => absoluteUrl(pathOrUrl, settings.baseUrl));
  config.addFilter("isoDateToInstant", isoDateToInstant);
  config.addFilter("isoDateToRfc822", isoDateToRfc822);
  config.addFilter("isoDateToRfc3339", isoDateToRfc3339);
  config.addFilter("longDate", (isoDate: string, language: string = DEFAULT_LANGUAGE) => formatDate(requireCalendarDate(isoDate), isLanguageCode(language) ? language : DEFAULT_LANGUAGE));
  config.addFilter("head", (items: readonly unknown[], count: number) => items.slice(0, count));
  config.addFilter("json", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"));
}
