/**
 * Every feed and calendar of the fixture site, read by the parsers real clients use: Python's
 * feedparser (which flags any malformed feed as "bozo") and icalendar, both from Debian.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { publishedFixtureNotes, DRAFT_WORD } from "./support/fixture-site.ts";

const PYTHON = "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("./support/reference-parsers.py", import.meta.url));

interface FeedResult {
  readonly file: string;
  readonly kind: "feed";
  readonly version: string;
  readonly bozo: boolean;
  readonly problem: string;
  readonly titles: string[];
  readonly links: string[];
}
interface CalendarResult {
  readonly file: string;
  readonly kind: "calendar";
  readonly events: { uid: string; summary: string; start: string; end: string }[];
  readonly problem: string;
}

function readWithReferenceParsers(siteDir: string): (FeedResult | CalendarResult)[] {
  const check = spawnSync(PYTHON, ["-c", "import feedparser, icalendar"], { encoding: "utf8" });
  if (check.error || check.status !== 0) {
    throw new Error("Python's feedparser and icalendar not found: install them with `apt-get install -y python3-feedparser python3-icalendar`");
  }
  const result = spawnSync(PYTHON, [SCRIPT, siteDir], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`the reference parsers failed:\n${result.stderr}`);
  return result.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as FeedResult | CalendarResult);
}

describe("feeds and calendars in the parsers real clients use", () => {
  const siteDir = inject("siteDir");
  const results = () => readWithReferenceParsers(siteDir);

  it("every RSS and Atom feed parses without a single complaint", () => {
    const feeds = results().filter((result): result is FeedResult => result.kind === "feed");
    expect(feeds.length).toBeGreaterThan(10);
    expect(feeds.filter((feed) => feed.bozo).map((feed) => `${feed.file}: ${feed.problem}`)).toEqual([]);
    for (const feed of feeds) {
      expect(feed.version, feed.file).toMatch(feed.file.endsWith("rss.xml") ? /^rss20$/ : /^atom10$/);
      expect(feed.titles.length, feed.file).toBeGreaterThan(0);
      for (const link of feed.links) expect(link, feed.file).toMatch(/^https:\/\//);
    }
  });

  it("the site feeds carry every published note, with titles as written, and no draft", () => {
    const published = publishedFixtureNotes();
    for (const file of ["rss.xml", "atom.xml"]) {
      const feed = results().find((result): result is FeedResult => result.file === file)!;
      expect([...feed.titles].sort(), file).toEqual(published.map((note) => note.title).sort());
      expect(feed.titles.join(" "), file).not.toContain(DRAFT_WORD);
    }
  });

  it("every calendar file opens in icalendar with all-day events and exclusive end dates", () => {
    const calendars = results().filter((result): result is CalendarResult => result.kind === "calendar");
    expect(calendars.length).toBeGreaterThan(5);
    expect(calendars.filter((calendar) => calendar.problem).map((calendar) => `${calendar.file}: ${calendar.problem}`)).toEqual([]);
    const all = calendars.find((calendar) => calendar.file === "events.ics")!;
    expect(all.events).toHaveLength(publishedFixtureNotes().length);
    for (const event of all.events) {
      expect(event.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(event.end > event.start, `${event.summary}: DTEND is exclusive, after DTSTART`).toBe(true);
    }
    expect(new Set(all.events.map((event) => event.uid)).size).toBe(all.events.length);
  });
});
