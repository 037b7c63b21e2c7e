/**
 * The RSS 2.0, Atom and JSON Feed 1.1 feeds of the fixture site: well-formed, structurally valid
 * (required elements, unique ids, date formats, absolute links), readable by a real feed parser with
 * every published note and its exact title, and never carrying a draft.
 */
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import path from "node:path";
import { inject, describe, expect, it } from "vitest";
import { DRAFT_WORD, FIXTURE_BASE_URL, fixtureNotes, publishedFixtureNotes } from "./support/fixture-site.ts";
import { fileForPath } from "./support/site-checks.ts";

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} ([+-]\d{4}|GMT|UT|Z)$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["item", "entry", "link", "author", "category"].includes(name), processEntities: true, htmlEntities: false });

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function text(value: unknown): string {
  if (Array.isArray(value)) return value.length === 1 ? text(value[0]) : "";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return String((value as Record<string, unknown>)["#text"]);
  return "";
}

function expectAbsoluteSiteUrl(url: string): void {
  expect(url, `${url} is an absolute address on the site`).toMatch(/^https:\/\//);
  expect(new URL(url).origin).toBe(new URL(FIXTURE_BASE_URL).origin);
}

describe("feeds", () => {
  const siteDir = inject("siteDir");
  const read = (file: string) => readFileSync(path.join(siteDir, file), "utf8");
  const published = publishedFixtureNotes();
  const titles = published.map((note) => note.title).sort();
  const specialTitle = 'Controls & "brokering" <review> seminar in Panama';

  it("publishes the fixture notes, drafts excluded", () => {
    expect(published.length).toBeGreaterThanOrEqual(6);
    expect(fixtureNotes().some((note) => note.draft && note.body.includes(DRAFT_WORD))).toBe(true);
    expect(titles).toContain(specialTitle);
  });

  it("RSS 2.0 is well-formed and structurally valid", () => {
    const xml = read("rss.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parser.parse(xml).rss;
    expect(rss["@version"]).toBe("2.0");
    const channel = rss.channel;
    for (const required of ["title", "link", "description"]) expect(text(channel[required]), `channel <${required}>`).not.toBe("");
    expectAbsoluteSiteUrl(text(channel.link));
    const self = asArray(channel["atom:link"]).find((link: Record<string, string>) => link["@rel"] === "self") as Record<string, string> | undefined;
    expect(self?.["@href"]).toBe(`${FIXTURE_BASE_URL}/rss.xml`);
    expect(text(channel.lastBuildDate)).toMatch(RFC_822);
    const items = asArray(channel.item) as Record<string, unknown>[];
    expect(items).toHaveLength(published.length);
    const guids = items.map((item) => text(item.guid));
    expect(new Set(guids).size).toBe(items.length);
    for (const item of items) {
      expect(text(item.title)).not.toBe("");
      expectAbsoluteSiteUrl(text(item.link));
      expectAbsoluteSiteUrl(text(item.guid));
      expect(text(item.pubDate)).toMatch(RFC_822);
      expect(Number.isNaN(Date.parse(text(item.pubDate)))).toBe(false);
      expect(text(item.description)).not.toBe("");
      expect(text(item["content:encoded"])).toMatch(/<h1[^>]*>/);
      expect(fileForPath(siteDir, new URL(text(item.link)).pathname), `${text(item.link)} is a built page`).toBeDefined();
    }
  });

  it("Atom is well-formed and structurally valid", () => {
    const xml = read("atom.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const required of ["id", "title", "updated"]) expect(text(feed[required]), `feed <${required}>`).not.toBe("");
    expect(text(feed.updated)).toMatch(RFC_3339);
    const links = asArray(feed.link) as Record<string, string>[];
    expect(links.find((link) => link["@rel"] === "self")?.["@href"]).toBe(`${FIXTURE_BASE_URL}/atom.xml`);
    // An entry without its own author needs a feed-level author.
    expect(asArray(feed.author).length).toBeGreaterThan(0);
    const entries = asArray(feed.entry) as Record<string, unknown>[];
    expect(entries).toHaveLength(published.length);
    const ids = entries.map((entry) => text(entry.id));
    expect(new Set(ids).size).toBe(entries.length);
    for (const entry of entries) {
      for (const required of ["id", "title", "updated"]) expect(text(entry[required]), `entry <${required}>`).not.toBe("");
      expect(text(entry.id)).toMatch(/^(https?:|urn:|tag:)/);
      expect(text(entry.updated)).toMatch(RFC_3339);
      expect(text(entry.published)).toMatch(RFC_3339);
      const alternate = (asArray(entry.link) as Record<string, string>[]).find((link) => (link["@rel"] ?? "alternate") === "alternate");
      expectAbsoluteSiteUrl(alternate?.["@href"] ?? "");
      expect(fileForPath(siteDir, new URL(alternate!["@href"]!).pathname)).toBeDefined();
      const content = entry.content as Record<string, string>;
      expect(content["@type"]).toBe("html");
      expect(text(content)).toMatch(/<h1[^>]*>/);
    }
  });

  for (const file of ["rss.xml", "atom.xml"]) {
    it(`${file} reads back in @rowanmanning/feed-parser with every note and its exact title`, () => {
      const feed = parseFeed(read(file));
      expect(feed.title).toBe("1540 Committee Information Notes");
      expect(feed.items).toHaveLength(published.length);
      expect(feed.items.map((item) => item.title).sort()).toEqual(titles);
      for (const item of feed.items) {
        expect(item.url).toMatch(new RegExp(`^${FIXTURE_BASE_URL}/notes/\\d{4}/[a-z0-9-]+/$`));
        expect(item.published).toBeInstanceOf(Date);
        expect(item.content ?? "").not.toBe("");
      }
      const special = feed.items.find((item) => item.title === specialTitle);
      expect(special, "the title with & < and quotes survives").toBeDefined();
      expect(special!.url).toBe(`${FIXTURE_BASE_URL}/notes/2019/panama-brokering-seminar/`);
    });
  }

  it("JSON Feed 1.1 has the spec's required fields", () => {
    const feed = JSON.parse(read("feed.json")) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(typeof feed.title).toBe("string");
    expect(feed.title).not.toBe("");
    expectAbsoluteSiteUrl(String(feed.home_page_url));
    expect(feed.feed_url).toBe(`${FIXTURE_BASE_URL}/feed.json`);
    expect(Array.isArray(feed.items)).toBe(true);
    expect(feed.items).toHaveLength(published.length);
    const ids = feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(item.id).not.toBe("");
      expect(typeof item.content_html === "string" || typeof item.content_text === "string").toBe(true);
      expect(String(item.content_html ?? item.content_text)).not.toBe("");
      expectAbsoluteSiteUrl(String(item.url));
      expect(String(item.date_published)).toMatch(RFC_3339);
      if (item.date_modified !== undefined) expect(String(item.date_modified)).toMatch(RFC_3339);
      if (item.authors !== undefined) for (const author of item.authors as { name?: string }[]) expect(author.name).toBeTruthy();
      if (item.tags !== undefined) expect((item.tags as unknown[]).every((tag) => typeof tag === "string")).toBe(true);
    }
    expect(feed.items.map((item) => item.title).sort()).toEqual(titles);
  });

  it("never carries a draft", () => {
    for (const file of ["rss.xml", "atom.xml", "feed.json"]) {
      const content = read(file);
      expect(content.length).toBeGreaterThan(1000);
      expect(content, `${file} has no draft text`).not.toContain(DRAFT_WORD);
      expect(content, `${file} has no draft URL`).not.toContain("zanzibar-draft-roundtable");
    }
  });
});
