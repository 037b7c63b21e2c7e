/**
 * iCalendar (.ics) files of events, for "Add to calendar" links and calendar subscriptions.
 *
 * Events are all-day: a note has dates, not times, so DTSTART/DTEND are `VALUE=DATE` with the
 * exclusive end iCalendar requires (an event on 30 December – 2 January ends 20200103). The UID comes
 * from the note's URL path, which never changes when a title is corrected, so calendars update the
 * event rather than adding a copy.
 */
import ical, { ICalCalendarMethod } from "ical-generator";
import { formatIsoDate, nextDay, requireCalendarDate, toUtcMidnight } from "./calendar-date.ts";
import type { NoteView } from "./note-view.ts";

export interface CalendarOptions {
  /** Calendar name shown by calendar apps */
  readonly name: string;
  /** The site's public address, for absolute URLs and the UID domain */
  readonly baseUrl: string;
  readonly description?: string;
}

/** `/notes/2016/dushanbe-report-writing-workshop/` → `notes-2016-dushanbe-report-writing-workshop@<site host>` */
export function noteUid(notePath: string, baseUrl: string): string {
  const local = notePath.replace(/^\/+|\/+$/g, "").replace(/\//g, "-");
  return `${local}@${new URL(baseUrl).hostname}`;
}

/** The exclusive DTEND date (`YYYY-MM-DD`) of an event whose last day is `endDate`. */
export function exclusiveEndDate(endDate: string): string {
  return formatIsoDate(nextDay(requireCalendarDate(endDate)));
}

/** A calendar holding one all-day event per note, as iCalendar text. */
export function buildCalendar(notes: readonly NoteView[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    ...(options.description ? { description: options.description } : {}),
    prodId: { company: new URL(options.baseUrl).hostname, product: "information-notes", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const note of notes) {
    const lastModified = toUtcMidnight(requireCalendarDate(note.lastModified));
    calendar.createEvent({
      id: noteUid(note.url, options.baseUrl),
      allDay: true,
      // Date strings, not Dates: written as they are, whatever the build machine's time zone.
      start: note.startDate,
      end: exclusiveEndDate(note.endDate),
      summary: note.title,
      location: note.venue,
      url: new URL(note.url, `${options.baseUrl}/`).href,
      description: note.summary,
      lastModified,
      // The last revision, not the build time: rebuilding an unchanged note changes nothing.
      stamp: lastModified,
    });
  }
  // Every content line ends in CRLF (RFC 5545 §3.1), the last one included.
  return `${calendar.toString().replace(/(\r\n)?$/, "")}\r\n`;
}
