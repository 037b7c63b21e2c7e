/**
 * Everything a template needs to lay out one note, derived from its validated front matter:
 * formatted dates, the UN-style venue line, country names, the contact and the disclaimer.
 * Templates only place these values; they compute nothing.
 */
import { compareCalendarDates, formatDateRange, formatLongDate, requireCalendarDate, type CalendarDate } from "./calendar-date.ts";
import { resolveCountry, type Country } from "./countries.ts";
import { noteFileSlug, noteUrl } from "./note-files.ts";
import type { Note, NoteType } from "./note-schema.ts";
import { publicationState } from "./publication.ts";

/** What a note shows when it names no contact or disclaimer of its own (the site settings give them). */
export interface NoteDefaults {
  readonly contact: { readonly name: string; readonly email: string };
  readonly disclaimer: string;
}

export const NOTE_TYPE_LABELS: Record<NoteType, string> = {
  workshop: "Workshop",
  conference: "Conference",
  seminar: "Seminar",
  training: "Training",
  visit: "Country visit",
  meeting: "Meeting",
  briefing: "Briefing",
  roundtable: "Round table",
  exercise: "Exercise",
  other: "Other event",
};

export interface NoteView {
  readonly url: string;
  readonly slug: string;
  readonly title: string;
  readonly type: NoteType;
  readonly typeLabel: string;
  readonly organizers: readonly string[];
  readonly startDate: string;
  readonly endDate: string;
  readonly year: number;
  /** `29 February – 1 March 2016` */
  readonly dates: string;
  /** `Dushanbe, Tajikistan` or `Online` */
  readonly venue: string;
  /** `29 February – 1 March 2016, Dushanbe, Tajikistan` */
  readonly dateAndVenue: string;
  readonly online: boolean;
  readonly city?: string;
  readonly country?: Country;
  readonly summary: string;
  readonly published: string;
  readonly publishedLabel: string;
  readonly updated?: string;
  readonly updatedLabel?: string;
  /** The later of `updated` and `published` */
  readonly lastModified: string;
  readonly topics: readonly string[];
  readonly participants: {
    readonly states: readonly Country[];
    readonly organizations: readonly string[];
    readonly others: readonly string[];
    readonly any: boolean;
  };
  readonly links: readonly { readonly title: string; readonly url: string }[];
  readonly contact: { readonly name: string; readonly email: string };
  readonly disclaimer: string;
  readonly draft: boolean;
  /** Not yet over on the build date */
  readonly upcoming: boolean;
  /** Published after the build date: kept off the public site until then */
  readonly scheduled: boolean;
}

export function buildNoteView(note: Note, file: string, defaults: NoteDefaults, buildDate: CalendarDate): NoteView {
  const start = requireCalendarDate(note.start_date);
  const end = note.end_date ? requireCalendarDate(note.end_date) : start;
  const country = note.country ? resolveCountry(note.country) : undefined;
  const online = note.online === true;
  const place = [note.city, country?.name].filter(Boolean).join(", ");
  const venue = online ? (place ? `Online and ${place}` : "Online") : place;
  const dates = formatDateRange(start, end);
  const published = requireCalendarDate(note.published);
  const updated = note.updated ? requireCalendarDate(note.updated) : undefined;
  const states = (note.participants?.states ?? []).map((state) => resolveCountry(state)).filter((state): state is Country => state !== undefined);
  const organizations = note.participants?.organizations ?? [];
  const others = note.participants?.others ?? [];

  return {
    url: noteUrl(note.start_date, file),
    slug: noteFileSlug(file),
    title: note.title,
    type: note.type,
    typeLabel: NOTE_TYPE_LABELS[note.type],
    organizers: note.organizers,
    startDate: note.start_date,
    endDate: note.end_date ?? note.start_date,
    year: start.year,
    dates,
    venue,
    dateAndVenue: `${dates}, ${online && !place ? "online" : venue}`,
    online,
    ...(note.city ? { city: note.city } : {}),
    ...(country ? { country } : {}),
    summary: note.summary,
    published: note.published,
    publishedLabel: formatLongDate(published),
    ...(updated ? { updated: note.updated, updatedLabel: formatLongDate(updated) } : {}),
    lastModified: note.updated ?? note.published,
    topics: note.topics ?? [],
    participants: { states, organizations, others, any: states.length + organizations.length + others.length > 0 },
    links: note.links ?? [],
    contact: note.contact ?? defaults.contact,
    disclaimer: note.disclaimer ?? defaults.disclaimer,
    draft: note.draft === true,
    upcoming: compareCalendarDates(end, buildDate) >= 0,
    scheduled: publicationState({ published: note.published }, buildDate) === "scheduled",
  };
}

/** Newest first by `published`, then by event date, then by title, so lists never shuffle. */
export function byPublishedNewestFirst(a: NoteView, b: NoteView): number {
  return b.published.localeCompare(a.published) || b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title);
}

/** Newest event first. */
export function byEventNewestFirst(a: NoteView, b: NoteView): number {
  return b.startDate.localeCompare(a.startDate) || b.endDate.localeCompare(a.endDate) || a.title.localeCompare(b.title);
}

/** Soonest event first, for upcoming lists. */
export function byEventSoonestFirst(a: NoteView, b: NoteView): number {
  return -byEventNewestFirst(a, b);
}

/** Notes grouped by the year of the event, newest year first. */
export function groupByEventYear(notes: readonly NoteView[]): { year: number; notes: NoteView[] }[] {
  const groups = new Map<number, NoteView[]>();
  for (const note of [...notes].sort(byEventNewestFirst)) {
    const group = groups.get(note.year);
    if (group) group.push(note);
    else groups.set(note.year, [note]);
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, notes]) => ({ year, notes }));
}

/**
 * A note in the browse pages' feeds: its summary, then when and where. Plain text: those feeds
 * carry a short entry that links to the note, not the whole note (the site-wide feeds do that).
 */
export function feedEntryText(note: NoteView): string {
  return `${note.summary} — ${note.dateAndVenue}`;
}
