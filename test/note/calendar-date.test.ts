import { describe, expect, it } from "vitest";
import { FAR_ZONES, moduleUrl, runInTimeZone } from "../support/in-time-zone.ts";
import { explainInvalidDate, formatDateRange, nextDay, parseCalendarDate, requireCalendarDate, toUtcMidnight } from "../../lib/note/calendar-date.ts";

const range = (start: string, end?: string) => formatDateRange(requireCalendarDate(start), end ? requireCalendarDate(end) : undefined);

describe("calendar dates", () => {
  it("reads a date exactly as written", () => {
    expect(parseCalendarDate("2016-02-29")).toEqual({ year: 2016, month: 2, day: 29 });
  });

  it("rejects impossible dates instead of rolling them over", () => {
    expect(parseCalendarDate("2015-02-29")).toBeUndefined();
    expect(explainInvalidDate("2015-02-29")).toBe("is not a real date: February 2015 has 28 days");
    expect(explainInvalidDate("2016-04-31")).toBe("is not a real date: April 2016 has 30 days");
    expect(explainInvalidDate("2016-13-01")).toBe("has the month 13; months run from 01 to 12");
    expect(explainInvalidDate("1900-02-29")).toContain("28 days");
    expect(explainInvalidDate("2000-02-29")).toBeUndefined();
  });

  it("rejects other spellings of dates", () => {
    for (const text of ["2016-2-29", "29/02/2016", "2016-02-29T00:00:00Z", " 2016-02-29", "20160229", ""]) {
      expect(parseCalendarDate(text), text).toBeUndefined();
    }
  });

  it("turns a date into UTC midnight for feeds, whatever the local time zone", () => {
    expect(toUtcMidnight(requireCalendarDate("2016-03-01")).toISOString()).toBe("2016-03-01T00:00:00.000Z");
    // In other zones, each in a fresh process so the zone is in effect from the start.
    const script = `
      import { requireCalendarDate, toUtcMidnight } from ${JSON.stringify(moduleUrl("lib/note/calendar-date.ts"))};
      process.stdout.write(["2016-03-01", "2019-12-31", "2016-02-29"].map((date) => toUtcMidnight(requireCalendarDate(date)).toISOString()).join(" "));`;
    for (const [zone, offset] of FAR_ZONES) {
      expect(runInTimeZone(zone, offset, script), zone).toBe("2016-03-01T00:00:00.000Z 2019-12-31T00:00:00.000Z 2016-02-29T00:00:00.000Z");
    }
  });

  it("finds the next day across month, leap-day and year boundaries", () => {
    expect(nextDay(requireCalendarDate("2020-01-02"))).toEqual({ year: 2020, month: 1, day: 3 });
    expect(nextDay(requireCalendarDate("2016-02-29"))).toEqual({ year: 2016, month: 3, day: 1 });
    expect(nextDay(requireCalendarDate("2019-12-31"))).toEqual({ year: 2020, month: 1, day: 1 });
  });
});

describe("date ranges in UN style", () => {
  it("formats a one-day event", () => {
    expect(range("2018-06-05")).toBe("5 June 2018");
    expect(range("2018-06-05", "2018-06-05")).toBe("5 June 2018");
  });

  it("formats days within one month with an unspaced en dash", () => {
    expect(range("2017-05-03", "2017-05-04")).toBe("3–4 May 2017");
  });

  it("formats a range across two months with a spaced en dash", () => {
    expect(range("2016-02-29", "2016-03-01")).toBe("29 February – 1 March 2016");
  });

  it("formats a range across two years with both years", () => {
    expect(range("2019-12-30", "2020-01-02")).toBe("30 December 2019 – 2 January 2020");
  });
});
