/**
 * Event dates in words, in each of the six languages, the way United Nations documents write them:
 * `29 February – 1 March 2016`, `29 février – 1er mars 2016`, `2016年2月29日至3月1日`.
 *
 * Dates are plain calendar days (no time, no zone). Each is turned into an instant with `Date.UTC`
 * and formatted with `timeZone: "UTC"`, so neither the machine's time zone nor its locale can move
 * a date by a day or change its words. Intl supplies the words and their order; the conventions
 * below are applied on top of it so that pages stay the same when Node ships a newer CLDR:
 *
 * - Spaces: CLDR has switched range and "г." spaces between ordinary, thin and narrow no-break
 *   spaces across releases; every space is written as an ordinary space.
 * - Range dash (UN style): unspaced within one month (`1–3 March 2016`), spaced across months or
 *   years (`29 February – 1 March 2016`). CLDR spaces it within a month in British English.
 * - French: the first day of a month is `1er`, as in UN French documents (`1er mars 2016`).
 * - Arabic: Western digits (0–9), as UN Arabic documents use, and the UN's double month names
 *   (`شباط/فبراير`), which readers across the Arab region recognise; CLDR gives only one series.
 * - Chinese: Intl writes ranges as numbers (`2016/3/1 – 2016/3/3`), so ranges are spelt out here
 *   with 年, 月, 日 and 至, leaving out what the end shares with the start: `2016年3月1日至3日`.
 */
import { languageOf, type LanguageCode } from "./languages.ts";

/** A day in the Gregorian calendar, as plain numbers. */
export interface PlainDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

const EN_DASH = "\u2013";

/** Month names in UN Arabic documents: the Levantine name, a slash, then the name used in Egypt and the Maghreb. */
export const UN_ARABIC_MONTHS = [
  "كانون الثاني/يناير",
  "شباط/فبراير",
  "آذار/مارس",
  "نيسان/أبريل",
  "أيار/مايو",
  "حزيران/يونيه",
  "تموز/يوليه",
  "آب/أغسطس",
  "أيلول/سبتمبر",
  "تشرين الأول/أكتوبر",
  "تشرين الثاني/نوفمبر",
  "كانون الأول/ديسمبر",
] as const;

const formatters = new Map<LanguageCode, Intl.DateTimeFormat>();

function formatterFor(language: LanguageCode): Intl.DateTimeFormat {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(languageOf(language).intlLocale, {
      timeZone: "UTC",
      calendar: "gregory",
      // Arabic would otherwise follow the CLDR default for `ar`, which has changed between releases.
      numberingSystem: "latn",
      day: "numeric",
      month: "long",
      year: "numeric",
    });
    formatters.set(language, formatter);
  }
  return formatter;
}

/**
 * Midnight UTC at the start of a day. `Date.UTC` would read years 0–99 as 1900–1999, so the year is
 * set with `setUTCFullYear`; the result is checked so that 29 February 2015 is refused, not rolled over.
 */
function toInstant(date: PlainDate): Date {
  const instant = new Date(Date.UTC(2000, 0, 1));
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  const exact =
    [date.year, date.month, date.day].every(Number.isInteger) &&
    instant.getUTCFullYear() === date.year &&
    instant.getUTCMonth() === date.month - 1 &&
    instant.getUTCDate() === date.day;
  if (!exact) throw new RangeError(`${date.year}-${date.month}-${date.day} is not a calendar date`);
  return instant;
}

function comparePlainDates(a: PlainDate, b: PlainDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

interface DatePart {
  readonly type: string;
  readonly value: string;
  /** Which date a range part belongs to: needed to tell the month of the start from that of the end */
  readonly date: PlainDate;
}

/** Applies the conventions in the header to Intl's parts and joins them. */
function joinParts(language: LanguageCode, parts: readonly DatePart[], sameMonth: boolean): string {
  return parts
    .map((part) => {
      if (part.type === "day" && language === "fr" && part.value === "1") return "1er";
      if (part.type === "month" && language === "ar") return UN_ARABIC_MONTHS[part.date.month - 1]!;
      if (part.type !== "literal") return part.value;
      // The range separator may share its literal with other words (Russian `2015 г. – 2`).
      return part.value.replace(/\s*\u2013\s*/u, sameMonth ? EN_DASH : ` ${EN_DASH} `).replace(/\s+/gu, " ");
    })
    .join("");
}

/** One date in words: `5 June 2018`, `1er juin 2018`, `5 حزيران/يونيه 2018`, `2018年6月5日`. */
export function formatDate(date: PlainDate, language: LanguageCode): string {
  const parts = formatterFor(language)
    .formatToParts(toInstant(date))
    .map((part): DatePart => ({ type: part.type, value: part.value, date }));
  return joinParts(language, parts, true);
}

/** Chinese ranges: the end leaves out the year (and month) it shares with the start; 至 joins them. */
function formatChineseRange(start: PlainDate, end: PlainDate): string {
  const tail =
    start.year !== end.year ? `${end.year}年${end.month}月${end.day}日` : start.month !== end.month ? `${end.month}月${end.day}日` : `${end.day}日`;
  return `${formatDate(start, "zh")}至${tail}`;
}

/**
 * An event's dates: one day when `end` is missing or equal to `start`, otherwise a range that
 * names what the two dates share only once (`1–3 March 2016`, `29 February – 1 March 2016`,
 * `30 December 2015 – 2 January 2016`). Throws when a date is impossible or `end` is before `start`.
 */
export function formatDateRange(start: PlainDate, end: PlainDate | undefined, language: LanguageCode): string {
  const startInstant = toInstant(start);
  if (!end || comparePlainDates(start, end) === 0) return formatDate(start, language);
  const endInstant = toInstant(end);
  if (comparePlainDates(start, end) > 0) throw new RangeError("The end of a date range is before its start");
  if (language === "zh") return formatChineseRange(start, end);
  const sameMonth = start.year === end.year && start.month === end.month;
  const parts = formatterFor(language)
    .formatRangeToParts(startInstant, endInstant)
    .map((part): DatePart => {
      // A shared month is the same month in both dates, so the start serves for it.
      const date = part.source === "endRange" ? end : start;
      return { type: part.type, value: part.value, date };
    });
  return joinParts(language, parts, sameMonth);
}
