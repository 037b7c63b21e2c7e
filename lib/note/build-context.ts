/**
 * Facts about the current build that templates and filters need: the build date (UTC), and whether
 * this is the local preview, where drafts and scheduled notes are shown with a banner.
 */
import { calendarDateOfInstant, formatIsoDate, parseCalendarDate, type CalendarDate } from "./calendar-date.ts";

/** `SITE_BUILD_DATE=YYYY-MM-DD` pins "today", so tests and reproducible builds see the same site. */
export function buildDate(environment: NodeJS.ProcessEnv = process.env, now = new Date()): CalendarDate {
  const pinned = environment.SITE_BUILD_DATE;
  if (pinned) {
    const date = parseCalendarDate(pinned);
    if (!date) throw new Error(`SITE_BUILD_DATE must be a date written YYYY-MM-DD, not "${pinned}"`);
    return date;
  }
  return calendarDateOfInstant(now);
}

export function buildDateIso(environment: NodeJS.ProcessEnv = process.env): string {
  return formatIsoDate(buildDate(environment));
}
