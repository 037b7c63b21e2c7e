/**
 * Dates and addresses as feeds write them: RFC 822 for RSS, RFC 3339 for Atom and JSON Feed, always
 * UTC midnight of the date as written, whatever the build machine's time zone or locale.
 */
import { formatIsoDate, requireCalendarDate, toUtcMidnight } from "../../note/calendar-date.ts";

export { absoluteUrl } from "../open-data/open-data.ts";

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

