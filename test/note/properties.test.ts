/**
 * Property-based tests: the date-range formatter and the schema round trip, over generated input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCalendarDates, daysInMonth, formatDateRange, formatIsoDate, formatLongDate, MONTH_NAMES, parseCalendarDate, type CalendarDate } from "../../lib/note/calendar-date.ts";
import { NOTE_TYPES } from "../../lib/note/note-schema.ts";
import { validateNoteText } from "../../lib/validation/validate-note.ts";
import { noteText } from "../support/fixture-notes.ts";

const calendarDate: fc.Arbitrary<CalendarDate> = fc
  .record({ year: fc.integer({ min: 1900, max: 2999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

const orderedPair: fc.Arbitrary<[CalendarDate, CalendarDate]> = fc.tuple(calendarDate, calendarDate).map(([a, b]) => (compareCalendarDates(a, b) <= 0 ? [a, b] : [b, a]));

describe("calendar dates, for any date", () => {
  it("read back exactly as written", () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(parseCalendarDate(formatIsoDate(date))).toEqual(date);
      }),
    );
  });

  it("refuse any day past the end of its month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 20 }), (year, month, extra) => {
        const day = daysInMonth(year, month) + extra;
        const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        expect(day > 99 || parseCalendarDate(text) === undefined).toBe(true);
      }),
    );
  });
});

describe("the UN-style date range, for any ordered pair of dates", () => {
  it("takes one of the four shapes and names both ends", () => {
    const month = `(?:${MONTH_NAMES.join("|")})`;
    const shapes = [
      new RegExp(`^\\d{1,2} ${month} \\d{4}$`),
      new RegExp(`^\\d{1,2}–\\d{1,2} ${month} \\d{4}$`),
      new RegExp(`^\\d{1,2} ${month} – \\d{1,2} ${month} \\d{4}$`),
      new RegExp(`^\\d{1,2} ${month} \\d{4} – \\d{1,2} ${month} \\d{4}$`),
    ];
    fc.assert(
      fc.property(orderedPair, ([start, end]) => {
        const text = formatDateRange(start, end);
        expect(shapes.filter((shape) => shape.test(text))).toHaveLength(1);
        expect(text.startsWith(`${start.day}`)).toBe(true);
        expect(text.endsWith(formatLongDate(end).split(" ").slice(1).join(" ")) || text.endsWith(`${end.day} ${MONTH_NAMES[end.month - 1]} ${end.year}`)).toBe(true);
        expect(text).toContain(String(end.year));
        if (start.year !== end.year) expect(text).toContain(String(start.year));
        if (compareCalendarDates(start, end) === 0) expect(text).toBe(formatLongDate(start));
      }),
    );
  });
});

describe("the schema round trip, for any valid note", () => {
  const text = (min: number, max: number) =>
    fc
      .string({ minLength: min, maxLength: max, unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789-&'\"é:#,()".split("")) })
      .map((value) => value.trim())
      .filter((value) => value.length >= min && !/\bTODO\b/.test(value));

  const note = fc.record({
    title: text(5, 120),
    type: fc.constantFrom(...NOTE_TYPES),
    organizers: fc.array(text(1, 40), { minLength: 1, maxLength: 3 }),
    dates: orderedPair,
    city: text(1, 30),
    country: fc.constantFrom("Tajikistan", "tj", "South Korea", "USA", "Côte d'Ivoire", "Iran"),
    summary: text(20, 250),
    topics: fc.array(text(1, 20), { maxLength: 3 }),
  });

  it("validates the note it wrote and reads back the same values", () => {
    fc.assert(
      fc.property(note, (generated) => {
        const [start, end] = generated.dates;
        const frontMatter = {
          title: generated.title,
          type: generated.type,
          organizers: generated.organizers,
          start_date: formatIsoDate(start),
          end_date: formatIsoDate(end),
          city: generated.city,
          country: generated.country,
          summary: generated.summary,
          published: formatIsoDate(end),
          ...(generated.topics.length > 0 ? { topics: generated.topics } : {}),
        };
        const result = validateNoteText("notes/x.md", noteText(frontMatter));
        expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
        expect(result.note).toEqual(frontMatter);
      }),
      { numRuns: 200 },
    );
  });
});
