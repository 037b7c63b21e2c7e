/**
 * iCalendar (.ics) files of events, for "Add to calendar" links and calendar subscriptions.
 *
 * Events are all-day: a note has dates, not times, so DTSTART/DTEND are `VALUE=DATE` with the
 * exclusive end iCalendar requires (an event on 30 December – 2 January ends 20200103). The UID comes
 * from the note's URL path, which never changes when a title is corrected, so calendars update the
 * event rather than adding a copy.
 */
import ical, { ICalCalendarMethod, type ICalCalendar, type ICalEvent } from "ical-generator";
import { formatIsoDate, nextDay, requireCalendarDate, toUtcMidnight } from "../../note/calendar-date.ts";
import type { NoteView } from "../../note/note-view.ts";

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

function newCalendar(options: CalendarOptions): ICalCalendar {
  return ical({
    name: options.name,
    ...(options.description ? { description: options.description } : {}),
    prodId: { company: new URL(options.baseUrl).hostname, product: "information-notes", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
}

function addEvent(calendar: ICalCalendar, note: NoteView, baseUrl: string): ICalEvent {
  const lastModified = toUtcMidnight(requireCalendarDate(note.lastModified));
  return calendar.createEvent({
    id: noteUid(note.url, baseUrl),
    allDay: true,
    // Date strings, not Dates: written as they are, whatever the build machine's time zone.
    start: note.startDate,
    end: exclusiveEndDate(note.endDate),
    summary: note.title,
    location: note.venue,
    url: new URL(note.url, `${baseUrl}/`).href,
    description: note.summary,
    lastModified,
    // The last revision, not the build time: rebuilding an unchanged note changes nothing.
    stamp: lastModified,
  });
}

const utf8 = new TextEncoder();

/** UTF-8 length of one character as ical-generator measures it (a lone surrogate becomes U+FFFD). */
function octets(character: string): number {
  if (character.length === 1) {
    const code = character.charCodeAt(0);
    return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return utf8.encode(character).length;
}

/**
 * ical-generator's `foldLines`, character for character (RFC 5545 §3.1: a content line longer than
 * 75 octets goes on after CRLF and a space), without its `new TextEncoder().encode()` for every
 * character, which made calendars the slowest part of the build. test/ical.test.ts checks it
 * against the library's own `foldLines` on arbitrary text.
 */
export function foldContentLines(text: string): string {
  return text
    .split("\r\n")
    .map((line) => {
      let folded = "";
      let length = 0;
      for (let index = 0; index < line.length; index += 1) {
        let character = line.charAt(index);
        if (character >= "\uD800" && character <= "\uDBFF") character += line.charAt(++index);
        const size = octets(character);
        length += size;
        if (length > 74) {
          folded += "\r\n ";
          length = size;
        }
        folded += character;
      }
      return folded;
    })
    .join("\r\n");
}

const END_OF_CALENDAR = "END:VCALENDAR";

/**
 * A calendar's text around its events: ical-generator's own output for the calendar with no event,
 * cut where the events go (they come last, just before END:VCALENDAR).
 */
export function calendarFrame(options: CalendarOptions): { readonly head: string; readonly tail: string } {
  const text = newCalendar(options).toString();
  const end = text.lastIndexOf(END_OF_CALENDAR);
  if (end < 0) throw new Error("ical-generator wrote a calendar without END:VCALENDAR");
  // Every content line ends in CRLF (RFC 5545 §3.1), the last one included.
  return { head: text.slice(0, end), tail: `${END_OF_CALENDAR}\r\n` };
}

// A note's event is the same text in every calendar that holds it (the site-wide one, its own, its
// country's and its organizers'), so ical-generator writes it once per note and build. Keyed by the
// NoteView object: a rebuild in the preview makes new objects, so it never sees a stale event.
const eventCache = new WeakMap<NoteView, { readonly baseUrl: string; readonly text: string }>();

/** One note's VEVENT block, folded and CRLF-terminated, exactly as ical-generator writes it in a calendar. */
export function eventBlock(note: NoteView, baseUrl: string): string {
  const cached = eventCache.get(note);
  if (cached && cached.baseUrl === baseUrl) return cached.text;
  // The event's own content lines, written by ical-generator in the calendar it belongs to (a
  // calendar folds its lines one by one, so folding the event's lines alone gives the same text).
  const text = foldContentLines(addEvent(newCalendar({ name: "event", baseUrl }), note, baseUrl).toString());
  eventCache.set(note, { baseUrl, text });
  return text;
}

/** A calendar holding one all-day event per note, as iCalendar text. */
export function buildCalendar(notes: readonly NoteView[], options: CalendarOptions): string {
  const { head, tail } = calendarFrame(options);
  let text = head;
  for (const note of notes) text += eventBlock(note, options.baseUrl);
  return text + tail;
}
