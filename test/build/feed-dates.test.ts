/**
 * A feed's own date (RSS lastBuildDate, Atom feed updated) is its newest change: the latest
 * published or updated date of its entries, so a reader polling the feed sees an updated note.
 * Checked on every feed of a real build, parsed.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, type FixtureProject } from "../support/build-fixture-site.ts";
import { validFrontMatter, type FixtureNote } from "../support/fixture-notes.ts";

// The note published first is the one changed last: the feeds list it after the other one.
const NOTES: FixtureNote[] = [
  {
    file: "2019/early-workshop.md",
    frontMatter: validFrontMatter({ title: "Early workshop, corrected later", start_date: "2019-01-10", end_date: "2019-01-11", published: "2019-01-15", updated: "2020-06-01" }),
  },
  {
    file: "2019/later-workshop.md",
    frontMatter: validFrontMatter({ title: "Later workshop, never changed", start_date: "2019-04-10", end_date: "2019-04-11", published: "2019-05-01" }),
  },
];

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "item" || name === "entry" });

interface RssChannel {
  lastBuildDate: string;
  item: { pubDate: string }[];
}
interface AtomFeed {
  updated: string;
  entry: { published: string; updated: string }[];
}

let project: FixtureProject;

beforeAll(() => {
  const built = buildFixtureSite(NOTES);
  expect(built.result.status, `${built.result.stdout}${built.result.stderr}`).toBe(0);
  project = built;
});

function feedFiles(name: string, folder = project.site): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? feedFiles(name, path.join(folder, entry.name)) : entry.name === name ? [path.join(folder, entry.name)] : [],
  );
}

const read = (file: string) => readFileSync(file, "utf8");
const rssChannel = (file: string) => (xml.parse(read(file)) as { rss: { channel: RssChannel } }).rss.channel;
const atomFeed = (file: string) => (xml.parse(read(file)) as { feed: AtomFeed }).feed;

describe("a feed's own date", () => {
  it("is the newest change of the site-wide feeds, even when an older note changed last", () => {
    expect(rssChannel(path.join(project.site, "rss.xml")).lastBuildDate).toBe("Mon, 01 Jun 2020 00:00:00 +0000");
    const atom = atomFeed(path.join(project.site, "atom.xml"));
    expect(atom.updated).toBe("2020-06-01T00:00:00Z");
    expect(atom.entry.map((entry) => entry.updated)).toEqual(["2019-05-01T00:00:00Z", "2020-06-01T00:00:00Z"]);
  });

  it("is never older than any of its entries, in every Atom feed of the site", () => {
    const files = feedFiles("atom.xml");
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const feed = atomFeed(file);
      const newest = feed.entry.flatMap((entry) => [entry.published, entry.updated]).sort().at(-1);
      expect(feed.updated, path.relative(project.site, file)).toBe(newest);
    }
  });

  it("is the newest change in every RSS feed of the site", () => {
    const files = feedFiles("rss.xml");
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      // RSS items carry only pubDate; the Atom twin of the same feed gives the entries' changes.
      const twin = atomFeed(path.join(path.dirname(file), "atom.xml"));
      const newest = twin.entry.map((entry) => entry.updated).sort().at(-1)!;
      expect(new Date(rssChannel(file).lastBuildDate).toISOString().replace(".000Z", "Z"), path.relative(project.site, file)).toBe(newest);
    }
  });
});
