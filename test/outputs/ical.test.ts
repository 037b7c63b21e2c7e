/**
 * The iCalendar files: all-day events with exclusive end dates and UIDs that survive a new title.
 */
import fc from "fast-check";
import ical, { foldLines, ICalCalendarMethod } from "ical-generator";
import { describe, expect, it } from "vitest";
import { buildCalendar, exclusiveEndDate, foldContentLines, noteUid } from "../../lib/outputs/feeds/ical.ts";
import { icsEvents as eventsOf } from "../support/ics.ts";
import { FAR_ZONES, moduleUrl, runInTimeZone } from "../support/in-time-zone.ts";
import { noteView } from "../support/note-views.ts";

const BASE = "https://notes.example.org";

const SEMINAR = {
  title: "Seminar; on brokering, controls",
  start_date: "2019-12-30",
  end_date: "2020-01-02",
  city: "Seoul",
  country: "South Korea",
  summary: "Experts answered questions on brokering controls across the new year.",
  published: "2020-01-10",
  updated: "2020-02-01",
};
const seminar = noteView("seoul-seminar", SEMINAR);

describe("exclusiveEndDate", () => {
  it("is the day after the last day, across months, years and leap days", () => {
    expect(exclusiveEndDate("2020-01-02")).toBe("2020-01-03");
    expect(exclusiveEndDate("2019-12-31")).toBe("2020-01-01");
    expect(exclusiveEndDate("2016-02-28")).toBe("2016-02-29");
    expect(exclusiveEndDate("2016-02-29")).toBe("2016-03-01");
  });
});

describe("noteUid", () => {
  it("comes from the URL path and the site's host", () => {
    expect(noteUid("/notes/2019/seoul-seminar/", BASE)).toBe("notes-2019-seoul-seminar@notes.example.org");
  });
});

describe("buildCalendar", () => {
  const text = buildCalendar([seminar], { name: "Test calendar", baseUrl: BASE });
  const [event] = eventsOf(text);

  it("writes an all-day event with an exclusive end", () => {
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(event).toMatchObject({ "DTSTART;VALUE=DATE": "20191230", "DTEND;VALUE=DATE": "20200103" });
  });

  it("carries summary, location, URL, description and dates of change, escaped", () => {
    expect(event).toMatchObject({
      UID: "notes-2019-seoul-seminar@notes.example.org",
      SUMMARY: "Seminar\\; on brokering\\, controls",
      LOCATION: "Seoul\\, Republic of Korea",
      "URL;VALUE=URI": "https://notes.example.org/notes/2019/seoul-seminar/",
      DESCRIPTION: "Experts answered questions on brokering controls across the new year.",
      "LAST-MODIFIED": "20200201T000000Z",
      DTSTAMP: "20200201T000000Z",
    });
  });

  it("keeps the UID when the title changes, and gives one day events a next-day end", () => {
    const renamed = noteView("seoul-seminar", { title: "Another title entirely", start_date: "2019-12-30", end_date: "2020-01-02" });
    const oneDay = noteView("one-day", { start_date: "2017-05-03", end_date: undefined });
    const events = eventsOf(buildCalendar([renamed, oneDay], { name: "Two", baseUrl: BASE }));
    expect(events.map((entry) => entry.UID)).toEqual([event!.UID, "notes-2017-one-day@notes.example.org"]);
    expect(events[1]).toMatchObject({ "DTSTART;VALUE=DATE": "20170503", "DTEND;VALUE=DATE": "20170504" });
  });

  it("does not depend on the build machine's time zone", () => {
    // Each zone in a fresh process: in this one, the calendar above is computed and cached already.
    const script = `
      import { buildCalendar } from ${JSON.stringify(moduleUrl("lib/outputs/feeds/ical.ts"))};
      import { noteView } from ${JSON.stringify(moduleUrl("test/support/note-views.ts"))};
      process.stdout.write(buildCalendar([noteView("seoul-seminar", ${JSON.stringify(SEMINAR)})], { name: "Test calendar", baseUrl: ${JSON.stringify(BASE)} }));`;
    for (const [zone, offset] of FAR_ZONES) {
      expect(runInTimeZone(zone, offset, script), zone).toBe(text);
    }
  });
});

describe("calendars assembled from cached events", () => {
  it("fold lines exactly as ical-generator does, whatever the text", () => {
    const line = fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 120 }), fc.string({ unit: "binary", maxLength: 120 }), fc.string({ maxLength: 200 })), { maxLength: 4 });
    fc.assert(
      fc.property(line, (lines) => {
        const text = lines.join("\r\n");
        expect(foldContentLines(text)).toBe(foldLines(text));
      }),
      { numRuns: 500 },
    );
  });

  it("are the text ical-generator writes for the whole calendar at once", () => {
    const others = [
      noteView("one-day", { start_date: "2017-05-03", end_date: undefined, title: `Réunion régionale « ${"é".repeat(40)} » 🛂 on border controls` }),
      noteView("online-event", { online: true, city: undefined, country: undefined, summary: "A very long summary, with commas; semicolons and a backslash \\ ".repeat(4).trim() }),
    ];
    const notes = [seminar, ...others];
    const options = { name: `Events, with; punctuation and a long name ${"x".repeat(60)}`, baseUrl: BASE };
    const reference = ical({ name: options.name, prodId: { company: "notes.example.org", product: "information-notes", language: "EN" }, method: ICalCalendarMethod.PUBLISH });
    for (const note of notes) {
      const lastModified = new Date(`${note.lastModified}T00:00:00Z`);
      reference.createEvent({
        id: noteUid(note.url, BASE),
        allDay: true,
        start: note.startDate,
        end: exclusiveEndDate(note.endDate),
        summary: note.title,
        location: note.venue,
        url: `${BASE}${note.url}`,
        description: note.summary,
        lastModified,
        stamp: lastModified,
      });
    }
    // Twice: the second time every event comes from the cache.
    for (let round = 0; round < 2; round += 1) expect(buildCalendar(notes, options)).toBe(`${reference.toString()}\r\n`);
    expect(buildCalendar([others[1]!, seminar], options)).toBe(buildCalendar([others[1]!, seminar], options));
  });
});
