/**
 * The same notes give the same site on any build machine: two real builds, one in UTC with the C
 * locale and one in New York with a French locale, must agree byte for byte on every page, feed,
 * calendar and JSON file. Only Pagefind's content-hashed file names are left out of the byte
 * comparison; what those files hold is compared after decompressing it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isoDateToRfc3339, isoDateToRfc822 } from "../../lib/outputs/feeds/feed-dates.ts";
import { buildFixtureSite, type FixtureProject } from "../support/build-fixture-site.ts";
import { filesUnder, FINGERPRINTED, pagefindFragments, withoutHash } from "../support/site-tree.ts";
import { validFrontMatter, type FixtureNote } from "../support/fixture-notes.ts";

// Dates at the start of a month and a year, so a shift of a few hours moves the day, month and year;
// accented and mixed-case titles, so any locale-dependent sorting or formatting shows.
const NOTES: FixtureNote[] = [
  {
    file: "2019/new-year-seminar.md",
    frontMatter: validFrontMatter({ title: "Éducation seminar on brokering", type: "seminar", start_date: "2018-12-31", end_date: "2019-01-01", city: "Seoul", country: "KR", published: "2019-01-01", updated: "2019-03-01" }),
  },
  {
    file: "2019/march-workshop.md",
    frontMatter: validFrontMatter({ title: "zonal workshop on export controls", start_date: "2019-03-05", end_date: "2019-03-05", city: "Panama City", country: "PA", published: "2019-03-06", topics: ["export controls", "Énergie"] }),
  },
  {
    file: "2019/march-training.md",
    frontMatter: validFrontMatter({ title: "Zonal training on export controls", type: "training", start_date: "2019-03-05", end_date: "2019-03-05", city: "Quito", country: "EC", published: "2019-03-06", topics: ["export controls", "Énergie"] }),
  },
  {
    file: "2016/dushanbe-workshop.md",
    frontMatter: validFrontMatter({ organizers: ["Österreich Foundation", "OSCE"], published: "2016-03-01" }),
    body: "## Background\n\nThe plan[^plan] was discussed.\n\n[^plan]: The national action plan, 1 234 pages.\n\n## Overview\n\nMembers attended.\n",
  },
];

let utc: FixtureProject;
let newYork: FixtureProject;

beforeAll(() => {
  const first = buildFixtureSite(NOTES, { TZ: "UTC", LANG: "C.UTF-8", LC_ALL: "C.UTF-8" });
  expect(first.result.status, `${first.result.stdout}${first.result.stderr}`).toBe(0);
  const second = buildFixtureSite(NOTES, { TZ: "America/New_York", LANG: "fr_FR.UTF-8", LC_ALL: "fr_FR.UTF-8" });
  expect(second.result.status, `${second.result.stdout}${second.result.stderr}`).toBe(0);
  utc = first;
  newYork = second;
}, 600_000);

describe("a build on another machine", () => {
  it("writes the same set of files", () => {
    expect(filesUnder(newYork.site).map(withoutHash)).toEqual(filesUnder(utc.site).map(withoutHash));
  });

  it("writes every page, feed, calendar and data file byte for byte the same", () => {
    const files = filesUnder(utc.site).filter((file) => !FINGERPRINTED.test(file));
    expect(files).toEqual(expect.arrayContaining(["rss.xml", "atom.xml", "feed.json", "index.html"]));
    const different = files.filter((file) => !readFileSync(path.join(utc.site, file)).equals(readFileSync(path.join(newYork.site, file))));
    // On a mismatch, show the first differing line of each file that differs.
    const firstDifference = (file: string) => {
      const a = readFileSync(path.join(utc.site, file), "utf8").split("\n");
      const b = readFileSync(path.join(newYork.site, file), "utf8").split("\n");
      const line = a.findIndex((text, index) => text !== b[index]);
      return `${file}:${line + 1}\n  UTC:      ${a[line]?.slice(0, 200)}\n  New York: ${b[line]?.slice(0, 200)}`;
    };
    expect(different.map(firstDifference)).toEqual([]);
  });

  it("indexes the same text and metadata for search", () => {
    expect(pagefindFragments(newYork.site)).toEqual(pagefindFragments(utc.site));
  });

  it("dates the feeds at UTC midnight of the dates written in the notes", () => {
    const rss = readFileSync(path.join(newYork.site, "rss.xml"), "utf8");
    const atom = readFileSync(path.join(newYork.site, "atom.xml"), "utf8");
    const feed = JSON.parse(readFileSync(path.join(newYork.site, "feed.json"), "utf8")) as { items: { date_published: string }[] };
    expect([...rss.matchAll(/<pubDate>([^<]*)<\/pubDate>/g)].map((match) => match[1])).toContain("Wed, 06 Mar 2019 00:00:00 +0000");
    expect([...atom.matchAll(/<published>([^<]*)<\/published>/g)].map((match) => match[1])).toContain("2019-03-06T00:00:00Z");
    expect(feed.items.map((item) => item.date_published)).toContain("2019-03-06T00:00:00Z");
  });
});

describe("feed dates", () => {
  it("are the UTC midnight of the date as written, in RFC 822 and RFC 3339", () => {
    for (let day = Date.UTC(1999, 11, 25); day <= Date.UTC(2001, 2, 5); day += 86_400_000) {
      const instant = new Date(day);
      const iso = instant.toISOString().slice(0, 10);
      // toUTCString is RFC 7231's IMF-fixdate: the same fields as RFC 822, with "GMT" for the zone.
      expect(isoDateToRfc822(iso)).toBe(instant.toUTCString().replace(/GMT$/, "+0000"));
      expect(isoDateToRfc3339(iso)).toBe(`${iso}T00:00:00Z`);
    }
  });
});
