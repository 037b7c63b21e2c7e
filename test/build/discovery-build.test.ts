/**
 * Builds the fixture corpus in test/fixtures/discovery-notes/ through the real build script and
 * checks the browse pages, their feeds, the calendars, the structured data, the map, the statistics
 * and the sitemap as a reader, a feed reader, a calendar app and a search engine get them.
 */
import type { SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureProject, runScript } from "../support/build-fixture-site.ts";
import { icsEvents } from "../support/ics.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/discovery-notes", import.meta.url));
const BASE = "https://notes.example.org";

let root = "";
let site = "";
let result: SpawnSyncReturns<string>;

const read = (urlPath: string) => readFileSync(path.join(site, urlPath.replace(/\/$/, "/index.html")), "utf8");
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const mainOf = (html: string) => html.slice(html.indexOf("<main"), html.indexOf("</main>"));

beforeAll(() => {
  ({ root, site } = createFixtureProject([], "discovery-site-", FIXTURES));
  result = runScript("build", root, [], { SITE_URL: BASE });
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("the fixture build", () => {
  it("succeeds", () => {
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(0);
  });
});

describe("facet pages", () => {
  it("index every country with its hosted and participation counts", () => {
    const html = mainOf(read("/countries/"));
    const links = [...html.matchAll(/<a href="\/countries\/([^/"]+)\/">/g)].map((match) => match[1]);
    expect(links).toEqual(["belarus", "kazakhstan", "kenya", "kyrgyzstan", "mongolia", "nepal", "republic-of-korea", "tajikistan"]);
    expect(html).toContain('<a href="/countries/tajikistan/">Tajikistan</a> <span class="facet-count">(1 hosted · 2 as participant)</span>');
    expect(html).toContain("(2 hosted · 0 as participant)");
  });

  it("list a country's hosted events apart from those its officials attended, upcoming apart from past", () => {
    const html = mainOf(read("/countries/tajikistan/"));
    expect(html).toContain("1 event hosted; officials took part in 2 events held elsewhere.");
    const hosted = html.slice(html.indexOf('id="hosted"'), html.indexOf('id="took-part"'));
    const tookPart = html.slice(html.indexOf('id="took-part"'));
    expect(hosted).toContain("/notes/2016/dushanbe-reporting-workshop/");
    expect(tookPart).toMatch(/id="took-part-upcoming"[\s\S]*almaty-border-exercise[\s\S]*id="took-part-past"[\s\S]*minsk-peer-review/);
    expect(html).toContain('href="/search/?country=Tajikistan"');
  });

  it("exist for regions, organizers, types, years and topics, each stating its total", () => {
    expect(mainOf(read("/regions/asia/"))).toContain("4 events in all.");
    expect(mainOf(read("/regions/central-asia/"))).toContain("3 events in all.");
    const osce = mainOf(read("/organizers/osce/"));
    expect(osce).toContain("Organizer: Organisation for Security and Cooperation in Europe (OSCE)");
    expect(osce).toContain("2 events in all.");
    expect(osce).toContain('href="/search/?organizer=OSCE&amp;organizer=Organisation%20for%20Security%20and%20Cooperation%20in%20Europe%20(OSCE)"');
    expect(mainOf(read("/organizers/unoda/"))).toContain("5 events in all.");
    expect(mainOf(read("/types/workshop/"))).toContain("3 events in all.");
    expect(mainOf(read("/years/2024/"))).toMatch(/2 events in all\.[\s\S]*Upcoming[\s\S]*almaty-border-exercise[\s\S]*Past[\s\S]*astana-regional-workshop/);
    expect(mainOf(read("/topics/export-controls/"))).toContain("2 events in all.");
    for (const index of ["/regions/", "/organizers/", "/types/", "/years/", "/topics/"]) expect(existsSync(path.join(site, index, "index.html"))).toBe(true);
  });

  it("never show a draft", () => {
    expect(existsSync(path.join(site, "countries/australia"))).toBe(false);
    expect(existsSync(path.join(site, "organizers/quokka-society"))).toBe(false);
    expect(readFileSync(path.join(site, "events.ics"), "utf8")).not.toContain("quokka");
  });
});

describe("facet feeds", () => {
  it("parse, carry the facet's notes and are advertised on the facet page", () => {
    for (const page of ["/countries/tajikistan/", "/regions/central-asia/", "/organizers/osce/", "/types/workshop/", "/topics/border-controls/"]) {
      const head = read(page).split("</head>")[0]!;
      expect(head).toContain(`<link rel="alternate" type="application/rss+xml" title=`);
      expect(head).toContain(`href="${page}rss.xml"`);
      expect(head).toContain(`href="${page}atom.xml"`);
      for (const feed of ["rss.xml", "atom.xml"]) {
        const text = readFileSync(path.join(site, page, feed), "utf8");
        expect(XMLValidator.validate(text), `${page}${feed}`).toBe(true);
      }
    }
    const rss = xml.parse(readFileSync(path.join(site, "countries/tajikistan/rss.xml"), "utf8"));
    expect(rss.rss["@xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
    const items = asArray(rss.rss.channel.item) as { title: string; link: string; description: string; "content:encoded"?: string }[];
    expect(items.map((item) => item.link)).toEqual([
      `${BASE}/notes/2024/almaty-border-exercise/`,
      `${BASE}/notes/2016/minsk-peer-review/`,
      `${BASE}/notes/2016/dushanbe-reporting-workshop/`,
    ]);
    // A short entry (summary, date and venue) linking to the note; the whole note is in the site-wide feeds.
    expect(items[0]!.title).toBe("Border control exercise for Central Asia");
    expect(items[0]!.description).toBe("Border and customs officers from Central Asia will practise detecting illicit trafficking of sensitive items. — 10–12 September 2024, Almaty, Kazakhstan");
    expect(items.every((item) => item["content:encoded"] === undefined)).toBe(true);
    const atom = xml.parse(readFileSync(path.join(site, "organizers/osce/atom.xml"), "utf8"));
    const entries = asArray(atom.feed.entry) as { id: string; summary: { "#text": string; "@type": string }; content?: unknown }[];
    expect(entries.map((entry) => entry.id)).toEqual([`${BASE}/notes/2016/minsk-peer-review/`, `${BASE}/notes/2016/dushanbe-reporting-workshop/`]);
    expect(entries[0]!.summary["@type"]).toBe("text");
    expect(entries.every((entry) => entry.content === undefined)).toBe(true);
    expect(existsSync(path.join(site, "years/2016/rss.xml"))).toBe(false);
  });
});

describe("calendars", () => {
  it("put every published event in /events.ics as an all-day event with an exclusive end", () => {
    const text = readFileSync(path.join(site, "events.ics"), "utf8");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const events = icsEvents(text);
    expect(events).toHaveLength(7);
    const seoul = events.find((event) => event.UID === "notes-2019-seoul-new-year-seminar@notes.example.org")!;
    expect(seoul).toMatchObject({
      "DTSTART;VALUE=DATE": "20191230",
      "DTEND;VALUE=DATE": "20200103",
      LOCATION: "Seoul\\, Republic of Korea",
      "URL;VALUE=URI": `${BASE}/notes/2019/seoul-new-year-seminar/`,
      "LAST-MODIFIED": "20200201T000000Z",
    });
    expect(seoul.SUMMARY).toBe('Q&A <session> on "brokering" controls');
  });

  it("give each note its own file, linked from the note page, with the same UID", () => {
    const single = icsEvents(readFileSync(path.join(site, "notes/2019/seoul-new-year-seminar/event.ics"), "utf8"));
    expect(single.map((event) => event.UID)).toEqual(["notes-2019-seoul-new-year-seminar@notes.example.org"]);
    expect(read("/notes/2019/seoul-new-year-seminar/")).toContain('<a href="/notes/2019/seoul-new-year-seminar/event.ics" type="text/calendar" download>Add to calendar (.ics)</a>');
  });

  it("exist per country and per organizer", () => {
    expect(icsEvents(readFileSync(path.join(site, "countries/kazakhstan/events.ics"), "utf8"))).toHaveLength(2);
    expect(icsEvents(readFileSync(path.join(site, "organizers/unoda/events.ics"), "utf8"))).toHaveLength(5);
  });
});

describe("note pages", () => {
  it("carry schema.org Event data matching the note", () => {
    const html = read("/notes/2019/seoul-new-year-seminar/");
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]![1]!);
    expect(data).toMatchObject({
      "@type": "Event",
      name: 'Q&A <session> on "brokering" controls',
      startDate: "2019-12-30",
      endDate: "2020-01-02",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", address: { addressLocality: "Seoul", addressCountry: "KR" } },
      organizer: [{ "@type": "Organization", name: "UNODA" }, { "@type": "Organization", name: "Government of the Republic of Korea" }],
      description: "Experts answered questions on brokering controls </script> across the new year.",
      url: `${BASE}/notes/2019/seoul-new-year-seminar/`,
    });
    const online = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(read("/notes/2020/south-asia-webinar/"))![1]!);
    expect(online).toMatchObject({ eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode", location: { "@type": "VirtualLocation" } });
  });

  it("link to their browse pages and related notes, and add region and topic search filters", () => {
    const html = read("/notes/2016/dushanbe-reporting-workshop/");
    const nav = html.slice(html.indexOf('<nav class="note-browse" aria-label="Browse related notes"'), html.indexOf("</nav>", html.indexOf('class="note-browse"')));
    for (const href of ["/countries/tajikistan/", "/regions/central-asia/", "/regions/asia/", "/organizers/osce/", "/organizers/tajikistan/", "/types/workshop/", "/years/2016/", "/topics/reporting/"]) {
      expect(nav).toContain(`href="${href}"`);
    }
    expect(nav).toMatch(/Related notes[\s\S]*minsk-peer-review/);
    expect(html.indexOf("</article>")).toBeLessThan(html.indexOf('class="note-browse"'));
    expect(html).toContain('<span hidden data-pagefind-filter="region">Central Asia</span>');
    expect(html).toContain('<span hidden data-pagefind-filter="topic">national action plans</span>');
  });

  it("have no inline style or executable inline script anywhere on the site", () => {
    const pages: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory() && entry.name !== "pagefind") walk(path.join(folder, entry.name));
        else if (entry.name.endsWith(".html")) pages.push(path.join(folder, entry.name));
      }
    };
    walk(site);
    // The editor at /admin/ is a program of its own, with its own policy and tests (test/e2e/editor*).
    for (const page of pages.filter((file) => !file.includes(`${path.sep}admin${path.sep}`))) {
      const html = readFileSync(page, "utf8");
      expect(html, page).not.toMatch(/\sstyle=/);
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) expect(tag, page).toMatch(/\ssrc=|type="application\/ld\+json"/);
      expect(html, page).toContain('<meta property="og:title"');
      expect(html, page).toContain('<meta name="twitter:card"');
    }
  });
});

describe("map and statistics", () => {
  it("shade each host country as a link to its page", () => {
    const html = read("/map/");
    const links = [...html.matchAll(/<a href="(\/countries\/[^"]+)"><title>([^<]+)<\/title><path d="[^"]+" fill="(#[0-9a-f]{6})"\/><\/a>/g)];
    expect(links.map((link) => link[1]).sort()).toEqual(["/countries/belarus/", "/countries/kazakhstan/", "/countries/kenya/", "/countries/republic-of-korea/", "/countries/tajikistan/"]);
    expect(links.find((link) => link[1] === "/countries/kazakhstan/")![2]).toBe("Kazakhstan: 2 events hosted");
    expect(html).toMatch(/<caption>Events hosted, by country<\/caption>/);
    // Coordinates rounded to one decimal keep the inline SVG lean.
    expect(html).not.toMatch(/ d="[^"]*\d\.\d\d/);
  });

  it("chart events per year and per type, each with its table", () => {
    const html = read("/stats/");
    const charts = [...html.matchAll(/<svg [^>]*class="bar-chart"[\s\S]*?<\/svg>/g)].map((match) => match[0]);
    expect(charts).toHaveLength(2);
    expect(charts[0]!.match(/<rect class="bar"/g)).toHaveLength(9); // 2016–2024, empty years included
    expect(charts[1]!.match(/<rect class="bar"/g)).toHaveLength(5);
    expect(html.match(/<tr><th scope="row">/g)).toHaveLength(14);
  });
});

describe("sitemap and robots.txt", () => {
  it("list every published page with its last change", () => {
    const sitemap = xml.parse(readFileSync(path.join(site, "sitemap.xml"), "utf8"));
    const urls = asArray(sitemap.urlset.url) as { loc: string; lastmod: string }[];
    const byLoc = new Map(urls.map((url) => [url.loc, url.lastmod]));
    expect(byLoc.get(`${BASE}/notes/2019/seoul-new-year-seminar/`)).toBe("2020-02-01");
    expect(byLoc.get(`${BASE}/countries/tajikistan/`)).toBe("2024-05-20");
    for (const page of ["/", "/notes/", "/countries/", "/map/", "/stats/", "/organizers/osce/", "/years/2016/"]) expect(byLoc.has(`${BASE}${page}`), page).toBe(true);
    expect(byLoc.has(`${BASE}/404.html`)).toBe(false);
    expect([...byLoc.keys()].some((loc) => /\.(xml|ics|json)$/.test(loc))).toBe(false);
    expect(readFileSync(path.join(site, "robots.txt"), "utf8")).toContain(`Sitemap: ${BASE}/sitemap.xml`);
  });
});
