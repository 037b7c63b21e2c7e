/**
 * Calendar dates exactly as staff write them (`YYYY-MM-DD`), with no time and no time zone.
 *
 * Notes carry dates as strings so that an impossible date such as `2015-02-29` is reported,
 * never rolled over, and so that no local time zone can move an event by a day. Only feeds and
 * calendars, which need instants, turn a date into a UTC midnight (see `toUtcMidnight`).
 */

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a string is not a calendar date, in words a non-programmer can act on; `undefined` when it is one. */
export function explainInvalidDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return "is not a date in the form YYYY-MM-DD";
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return `has the year ${year}, which is outside 1900–2999`;
  if (month < 1 || month > 12) return `has the month ${match[2]}; months run from 01 to 12`;
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return `is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${lastDay} days`;
  }
  return undefined;
}

/** Parses `YYYY-MM-DD`; returns `undefined` for anything else, including impossible dates. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  if (explainInvalidDate(text) !== undefined) return undefined;
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** Like `parseCalendarDate`, for values that were validated already. */
export function requireCalendarDate(text: string): CalendarDate {
  const date = parseCalendarDate(text);
  if (!date) throw new Error(`"${text}" is not a calendar date (YYYY-MM-DD)`);
  return date;
}

export function formatIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** Negative when `a` is earlier, 0 when equal, positive when later. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** `5 June 2018` */
export function formatLongDate(date: CalendarDate): string {
  return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/**
 * An event's dates in United Nations style: `5 June 2018`, `3–4 May 2017`,
 * `29 February – 1 March 2016`, `30 December 2019 – 2 January 2020`.
 * Within one month the en dash is unspaced; across months it is spaced.
 */
export function formatDateRange(start: CalendarDate, end?: CalendarDate): string {
  if (!end || compareCalendarDates(start, end) === 0) return formatLongDate(start);
  if (start.year !== end.year) return `${formatLongDate(start)} – ${formatLongDate(end)}`;
  if (start.month !== end.month) {
    return `${start.day} ${MONTH_NAMES[start.month - 1]} – ${formatLongDate(end)}`;
  }
  return `${start.day}–${end.day} ${MONTH_NAMES[end.month - 1]} ${end.year}`;
}

/** The instant that feeds and sitemaps use for a date: midnight UTC at its start. */
export function toUtcMidnight(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

/** The calendar date of an instant, read in UTC (the site's build date convention). */
export function calendarDateOfInstant(instant: Date): CalendarDate {
  return {
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
  };
}

/** The day after `date`, for exclusive end dates (iCalendar `DTEND`). */
export function nextDay(date: CalendarDate): CalendarDate {
  return calendarDateOfInstant(new Date(toUtcMidnight(date).getTime() + 86_400_000));
}
