/**
 * When a note is public: the build's date ("today", pinned with SITE_BUILD_DATE for reproducible
 * builds), whether this run is the local preview, and the one rule that says whether a note is
 * published, a draft or scheduled on a given day.
 */
import { calendarDateOfInstant, compareCalendarDates, formatIsoDate, parseCalendarDate, requireCalendarDate, type CalendarDate } from "./calendar-date.ts";

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

/** The preview (`npm start`) shows drafts and scheduled notes, with a banner; builds never do. */
export function isPreview(environment: NodeJS.ProcessEnv = process.env): boolean {
  return environment.ELEVENTY_RUN_MODE === "serve" || environment.ELEVENTY_RUN_MODE === "watch";
}

export type PublicationState = "published" | "draft" | "scheduled";

/** A draft stays a draft whatever its date; otherwise a note is public from its `published` day on. */
export function publicationState(note: { readonly draft?: boolean | undefined; readonly published: string }, today: CalendarDate): PublicationState {
  if (note.draft === true) return "draft";
  return compareCalendarDates(requireCalendarDate(note.published), today) > 0 ? "scheduled" : "published";
}

/** Whether a build on `today` publishes the note (the preview shows every note). */
export function isPublishable(note: { readonly draft?: boolean | undefined; readonly published: string }, today = buildDate(), preview = isPreview()): boolean {
  return preview || publicationState(note, today) === "published";
}
