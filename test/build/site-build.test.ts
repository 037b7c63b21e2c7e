/**
 * Builds a fixture corpus through the real `npm run build` entry point and checks what a reader,
 * a feed reader and the search index get.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, createFixtureProject, runScript, type FixtureProject } from "../support/build-fixture-site.ts";
import { noteText, validFrontMatter, type FixtureNote } from "../support/fixture-notes.ts";
import { filesUnder, FINGERPRINTED, pagefindFragments, withoutHash } from "../support/site-tree.ts";
import { ARCHIVE_NOTES_PER_YEAR } from "../../lib/outputs/archive-years.ts";
import { writeFileSync } from "node:fs";

const NOTES: FixtureNote[] = [
  {
    file: "2016/dushanbe-reporting-workshop.md",
    frontMatter: validFrontMatter({ title: "Report writing workshop for national agencies", organizers: ["Tajikistan", "Organisation for Security and Cooperation in Europe (OSCE)"], published: "2016-03-02" }),
    body: "## Background\n\nThe plan[^plan] was discussed.\n\n[^plan]: The national implementation action plan.\n\n## Overview\n\nMembers of the working group attended.\n",
  },
  {
    file: "2019/new-year-seminar.md",
    frontMatter: validFrontMatter({
      title: `Q&A <session> on "brokering" controls`,
      type: "seminar",
      start_date: "2019-12-30",
      end_date: "2020-01-02",
      city: "Seoul",
      country: "South Korea",
      published: "2020-01-10",
      updated: "2020-02-01",
      contact: { name: "the seminar secretariat", email: "secretariat@example.org" },
      disclaimer: "Prepared by the organisers for information only.",
      links: [{ title: "Agenda & programme", url: "https://example.org/agenda?a=1&b=2" }],
    }),
    body: "## Overview\n\nRaw <script>alert('x')</script> stays text, {{ 7 * 7 }} is not a template, and [this link](javascript:alert(1)) is dropped.\n",
  },
  {
    file: "2020/webinar-series.md",
    frontMatter: (() => {
      const data: Record<string, unknown> = validFrontMatter({ title: "Webinar series for South Asia", type: "training", online: true, start_date: "2020-12-01", end_date: "2020-12-15", published: "2020-12-20" });
      delete data.city;
      delete data.country;
      return data;
    })(),
  },
  {
    file: "2017/one-day-briefing.md",
    frontMatter: validFrontMatter({ title: "Briefing for Member States", type: "briefing", start_date: "2017-05-03", end_date: "2017-05-03", city: "New York", country: "US", published: "2017-05-04" }),
  },
  {
    file: "2024/upcoming-exercise.md",
    frontMatter: validFrontMatter({ title: "Border control exercise", type: "exercise", start_date: "2024-09-10", end_date: "2024-09-12", city: "Almaty", country: "KZ", published: "2024-05-20" }),
  },
  {
    file: "2024/draft-note.md",
    frontMatter: validFrontMatter({ title: "Unfinished draft about quokkas", start_date: "2024-01-10", end_date: "2024-01-11", published: "2024-01-20", draft: true }),
    body: "## Background\n\nThe word zanzibarquokka appears only in this draft.\n",
  },
  {
    file: "2024/scheduled-note.md",
    frontMatter: validFrontMatter({ title: "Note scheduled for later", start_date: "2024-03-10", end_date: "2024-03-11", published: "2024-12-01" }),
    body: "## Background\n\nThe word scheduledwombat appears only in this scheduled note.\n",
  },
];
const PUBLISHED = 5;

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", processEntities: true, htmlEntities: true });

let project: FixtureProject;
let output = "";
const read = (relative: string) => readFileSync(path.join(project.site, relative), "utf8");
const allSiteFiles = (folder = project.site): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? allSiteFiles(path.join(folder, entry.name)) : [path.join(folder, entry.name)]));

beforeAll(() => {
  const built = buildFixtureSite(NOTES);
  project = built;
  output = `${built.result.stdout}${built.result.stderr}`;
  expect(built.result.status, output).toBe(0);
});

describe("the note page", () => {
  it("is published at /notes/<year of start_date>/<file name>/", () => {
    expect(existsSync(path.join(project.site, "notes/2016/dushanbe-reporting-workshop/index.html"))).toBe(true);
    expect(existsSync(path.join(project.site, "notes/2019/new-year-seminar/index.html"))).toBe(true);
  });

  it("reads like an information note: label with footnote marker, title, organizers, date and venue", () => {
    const html = read("notes/2016/dushanbe-reporting-workshop/index.html");
    expect(html).toMatch(/<p class="note-label">Information Note<sup class="footnote-ref"><a href="#disclaimer-footnote" id="disclaimer-ref"/);
    expect(html).toContain("<h1");
    expect(html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1]).toBe("Report writing workshop for national agencies");
    expect(html).toContain("Organisation for Security and Cooperation in Europe (OSCE)");
    expect(html).toContain("29 February – 1 March 2016, Dushanbe, Tajikistan");
  });

  it("ends with the default contact line and disclaimer footnote, linked both ways", () => {
    const html = read("notes/2016/dushanbe-reporting-workshop/index.html");
    expect(html).toContain('For further information, please contact the 1540 Committee experts by e-mail at <a href="mailto:1540experts@un.org">1540experts@un.org</a>');
    expect(html).toMatch(/id="disclaimer-footnote"[^]*For information – not an official report\. The views expressed here do not necessarily represent those of the 1540 Committee or of the organisers or participants in the event\.[^]*href="#disclaimer-ref"/);
  });

  it("keeps body footnotes and the disclaimer apart, with unique ids and resolving links", () => {
    const html = read("notes/2016/dushanbe-reporting-workshop/index.html");
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const fragments = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(fragments).toEqual(expect.arrayContaining(["disclaimer-footnote", "disclaimer-ref", "fn1", "fnref1", "main"]));
    for (const fragment of fragments) expect(ids, fragment).toContain(fragment);
  });

  it("formats dates across years and single days in UN style, and online events as online", () => {
    expect(read("notes/2019/new-year-seminar/index.html")).toContain("30 December 2019 – 2 January 2020, Seoul, Republic of Korea");
    expect(read("notes/2017/one-day-briefing/index.html")).toContain("3 May 2017, New York, United States of America");
    expect(read("notes/2020/webinar-series/index.html")).toContain("1–15 December 2020, online");
  });

  it("uses a note's own contact and disclaimer when it gives them, and shows when it was updated", () => {
    const html = read("notes/2019/new-year-seminar/index.html");
    expect(html).toContain('please contact the seminar secretariat by e-mail at <a href="mailto:secretariat@example.org">');
    expect(html).toContain("Prepared by the organisers for information only.");
    expect(html).not.toContain("not an official report. The views");
    expect(html).toContain('updated <time datetime="2020-02-01">1 February 2020</time>');
  });

  it("escapes front matter and never renders raw HTML, templates or script links from a note", () => {
    const html = read("notes/2019/new-year-seminar/index.html");
    expect(html).toContain("Q&amp;A &lt;session&gt; on &quot;brokering&quot; controls");
    expect(html).not.toContain("<session>");
    expect(html).toContain("Raw &lt;script&gt;alert(");
    expect(html).not.toMatch(/<script>alert/);
    expect(html).toContain("{{ 7 * 7 }}");
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('href="https://example.org/agenda?a=1&amp;b=2"');
  });

  it("carries the page metadata: description, canonical URL, Open Graph and feed discovery", () => {
    const html = read("notes/2016/dushanbe-reporting-workshop/index.html");
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<meta name="description" content="Officials from the region discussed export controls and reporting.">');
    expect(html).toContain('<link rel="canonical" href="https://notes.example.org/notes/2016/dushanbe-reporting-workshop/">');
    expect(html).toContain('<meta property="og:title" content="Report writing workshop for national agencies">');
    expect(html).toContain('type="application/rss+xml"');
    expect(html).toContain('type="application/atom+xml"');
    expect(html).toContain('type="application/feed+json"');
  });
});

describe("drafts and scheduled notes", () => {
  it("are validated but never published anywhere", () => {
    expect(existsSync(path.join(project.site, "notes/2024/draft-note"))).toBe(false);
    expect(existsSync(path.join(project.site, "notes/2024/scheduled-note"))).toBe(false);
    for (const file of allSiteFiles()) {
      if (/\.(html|xml|json)$/.test(file)) {
        const text = readFileSync(file, "utf8");
        expect(text, file).not.toContain("zanzibarquokka");
        expect(text, file).not.toContain("Unfinished draft about quokkas");
        expect(text, file).not.toContain("Note scheduled for later");
      }
    }
  });
});

describe("the listings", () => {
  it("home shows upcoming events and the latest notes by publication date", () => {
    const html = read("index.html");
    const upcoming = html.slice(html.indexOf('id="upcoming-heading"'), html.indexOf('id="latest-heading"'));
    expect(upcoming).toContain("Border control exercise");
    expect(upcoming).not.toContain("Briefing for Member States");
    const latest = html.slice(html.indexOf('id="latest-heading"'));
    const titles = [...latest.matchAll(/class="note-card-title"><a href="[^"]+">([^<]+)</g)].map((match) => match[1]);
    expect(titles).toEqual(["Border control exercise", "Webinar series for South Asia", "Q&amp;A &lt;session&gt; on &quot;brokering&quot; controls", "Briefing for Member States", "Report writing workshop for national agencies"]);
  });

  it("the archive groups every published note by event year, newest first", () => {
    const html = read("notes/index.html");
    const years = [...html.matchAll(/<h2 id="year-(\d{4})">/g)].map((match) => match[1]);
    expect(years).toEqual(["2024", "2020", "2019", "2017", "2016"]);
    expect(html.match(/class="note-card"/g)).toHaveLength(PUBLISHED);
    expect(html).toContain("Workshop</span> · <time datetime=\"2016-02-29\">29 February – 1 March 2016, Dushanbe, Tajikistan</time>");
  });

  it("has a search page that tells readers without JavaScript where to go, and a 404 page", () => {
    expect(read("search/index.html")).toMatch(/<noscript>[^]*href="\/notes\/"[^]*<\/noscript>/);
    expect(read("404.html")).toContain("Page not found");
    expect(read("subscribe/index.html")).toContain("https://notes.example.org/rss.xml");
  });
});

describe("the feeds", () => {
  it("RSS 2.0 declares every namespace it uses and carries the published notes, newest first", () => {
    const text = read("rss.xml");
    expect(text).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
    const feed = xml.parse(text);
    const items = [feed.rss.channel.item].flat();
    expect(items).toHaveLength(PUBLISHED);
    expect(items.map((item: { title: string }) => item.title)[2]).toBe(`Q&A <session> on "brokering" controls`);
    expect(items[0].link).toBe("https://notes.example.org/notes/2024/upcoming-exercise/");
    expect(items[0].pubDate).toBe("Mon, 20 May 2024 00:00:00 +0000");
    expect(items[0]["content:encoded"]).toContain("For further information, please contact");
    expect(items[0]["content:encoded"]).toContain("For information – not an official report.");
    expect(new Set(items.map((item: { guid: { "#text": string } }) => item.guid["#text"])).size).toBe(PUBLISHED);
  });

  it("Atom carries ids, published and updated dates, and the full note", () => {
    const feed = xml.parse(read("atom.xml")).feed;
    const entries = [feed.entry].flat();
    expect(entries).toHaveLength(PUBLISHED);
    const seminar = entries.find((entry: { id: string }) => entry.id.endsWith("/notes/2019/new-year-seminar/"));
    expect(seminar.published).toBe("2020-01-10T00:00:00Z");
    expect(seminar.updated).toBe("2020-02-01T00:00:00Z");
    expect(seminar.title["#text"]).toBe(`Q&A <session> on "brokering" controls`);
    expect(seminar.content["#text"]).toContain("Prepared by the organisers for information only.");
  });

  it("JSON Feed 1.1 parses and carries absolute URLs", () => {
    const feed = JSON.parse(read("feed.json"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items).toHaveLength(PUBLISHED);
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https:\/\/notes\.example\.org\/notes\//);
      expect(item.content_html).toContain("Information Note");
      expect(item.content_html).not.toMatch(/href="\/(?!\/)/);
    }
  });
});

describe("the search index", () => {
  it("indexes the published note pages only", () => {
    const entry = JSON.parse(read("pagefind/pagefind-entry.json"));
    expect(entry.languages.en.page_count).toBe(PUBLISHED);
    expect(existsSync(path.join(project.site, "pagefind/pagefind-ui.js"))).toBe(true);
    expect(readdirSync(path.join(project.site, "pagefind/filter")).length).toBeGreaterThan(0);
  });

  it("marks the note body, filters, sort key and result fields in the note pages", () => {
    const html = read("notes/2016/dushanbe-reporting-workshop/index.html");
    // The article alone: what follows it (the reference, the browse links, related notes) is not searched.
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(html).toMatch(/<article class="note" data-pagefind-body[ >]/);
    expect(html.indexOf("</article>")).toBeLessThan(html.indexOf('class="note-cite"'));
    expect(html).toContain('data-pagefind-filter="year">2016<');
    expect(html).toContain('data-pagefind-filter="country">Tajikistan<');
    expect(html).toContain('data-pagefind-filter="type">Workshop<');
    expect(html).toContain('data-pagefind-filter="organizer">Tajikistan<');
    expect(html).toContain('data-pagefind-sort="date">2016-02-29<');
    expect(read("index.html")).not.toContain("data-pagefind-body");
    expect(read("notes/index.html")).not.toContain("data-pagefind-body");
  });
});

describe("a build with an invalid note", () => {
  it("stops with exit 1, says what to fix, and publishes nothing", () => {
    const broken = createFixtureProject([
      NOTES[0]!,
      { file: "2016/broken.md", frontMatter: validFrontMatter({ country: "Tajikstan", start_date: "2015-02-29", end_date: "2015-03-01" }) },
    ]);
    const result = runScript("build", broken.root);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/notes\/2016\/broken\.md:\d+:\d+ error country "Tajikstan" is not a known country — did you mean "Tajikistan" \(TJ\)\?/);
    expect(result.stdout).toContain("February 2015 has 28 days");
    expect(result.stdout).toContain("nothing was published");
    expect(existsSync(broken.site)).toBe(false);
  });
});

describe("a rebuild", () => {
  it("writes over the site the build before last replaced, and publishes exactly what a new build of the same notes makes", () => {
    const rebuilt = createFixtureProject([NOTES[0]!, NOTES[1]!, NOTES[3]!]);
    expect(runScript("build", rebuilt.root).status).toBe(0);
    const briefing = path.join(rebuilt.site, "notes/2017/one-day-briefing/index.html");
    expect(existsSync(briefing)).toBe(true);
    const firstSiteFolder = statSync(rebuilt.site).ino;
    expect(runScript("build", rebuilt.root).status).toBe(0);
    const replaced = () => readdirSync(path.join(rebuilt.root, ".build")).filter((name) => name.startsWith("replaced-site-"));
    expect(replaced()).toHaveLength(1);

    // Between the second and third builds a note is deleted and another one's title changes.
    rmSync(path.join(rebuilt.root, "notes", NOTES[3]!.file));
    const retitled: FixtureNote = { ...NOTES[0]!, frontMatter: { ...NOTES[0]!.frontMatter, title: "Reporting workshop, retitled" } };
    writeFileSync(path.join(rebuilt.root, "notes", retitled.file), noteText(retitled.frontMatter, retitled.body));
    const third = runScript("build", rebuilt.root);
    expect(third.status, third.stderr).toBe(0);

    // The third build wrote into the first build's folder, with that note's pages and references in it.
    expect(statSync(rebuilt.site).ino).toBe(firstSiteFolder);
    expect(existsSync(briefing)).toBe(false);
    expect(existsSync(path.join(rebuilt.site, "notes/2017/one-day-briefing"))).toBe(false);
    expect(replaced()).toHaveLength(1);
    expect(readdirSync(path.join(rebuilt.root, ".build")).filter((name) => !name.startsWith("replaced-site-"))).toEqual([]);

    const fresh = buildFixtureSite([retitled, NOTES[1]!]);
    expect(fresh.result.status, fresh.result.stderr).toBe(0);
    expect(filesUnder(rebuilt.site).map(withoutHash)).toEqual(filesUnder(fresh.site).map(withoutHash));
    const different = filesUnder(fresh.site)
      .filter((file) => !FINGERPRINTED.test(file))
      .filter((file) => !readFileSync(path.join(rebuilt.site, file)).equals(readFileSync(path.join(fresh.site, file))));
    expect(different).toEqual([]);
    expect(pagefindFragments(rebuilt.site)).toEqual(pagefindFragments(fresh.site));
    expect(readFileSync(path.join(rebuilt.site, "notes/index.html"), "utf8")).toContain("Reporting workshop, retitled");
  });
});

describe("a build that fails after it started writing", () => {
  it("leaves the published site as it was and keeps its half-built folder for the next build to write over", () => {
    const project = createFixtureProject([NOTES[0]!]);
    expect(runScript("build", project.root).status).toBe(0);
    const published = statSync(project.site).ino;
    const layout = path.join(project.root, "layouts", "note.njk");
    const working = readFileSync(layout, "utf8");
    writeFileSync(layout, `${working}\n{% if %}\n`);

    const failed = runScript("build", project.root);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("Build failed; _site/ was left as it was.");
    expect(statSync(project.site).ino).toBe(published);
    expect(existsSync(path.join(project.site, "notes/2016/dushanbe-reporting-workshop/index.html"))).toBe(true);
    expect(readdirSync(path.join(project.root, ".build")).map((name) => name.replace(/\d+-\d+$/, "…"))).toEqual(["replaced-site-…"]);

    writeFileSync(layout, working);
    expect(runScript("build", project.root).status).toBe(0);
    expect(readFileSync(path.join(project.site, "notes/2016/dushanbe-reporting-workshop/index.html"), "utf8")).toContain("Report writing workshop for national agencies");
  });
});

describe("a note saved by a Windows editor", () => {
  it("builds the same from a file with a byte order mark and CRLF line endings", () => {
    const project = createFixtureProject([]);
    const text = noteText(validFrontMatter({ title: "Note saved with Windows line endings" }));
    writeFileSync(path.join(project.root, "notes", "windows-note.md"), `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    const result = runScript("build", project.root);
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(path.join(project.site, "notes/2016/windows-note/index.html"), "utf8");
    expect(html).toContain(">Note saved with Windows line endings</h1>");
    expect(html).toContain("29 February – 1 March 2016, Dushanbe, Tajikistan");
    expect(html).toContain('<meta name="description" content="Officials from the region discussed export controls and reporting.">');
  });
});

describe("an archive with more notes in a year than it lists", () => {
  it("lists the year's newest notes and links to the year's page for all of them, in every language", () => {
    const count = ARCHIVE_NOTES_PER_YEAR + 2;
    const notes: FixtureNote[] = Array.from({ length: count }, (_, index) => {
      const day = String(1 + (index % 28)).padStart(2, "0");
      const month = String(1 + Math.floor(index / 28)).padStart(2, "0");
      return {
        file: `2019/meeting-${index + 1}.md`,
        frontMatter: validFrontMatter({ title: `Meeting number ${index + 1}`, start_date: `2019-${month}-${day}`, end_date: `2019-${month}-${day}`, published: "2019-12-31" }),
      };
    });
    notes.push({ file: "2016/workshop.md", frontMatter: validFrontMatter() });
    const built = buildFixtureSite(notes);
    try {
      expect(built.result.status, built.result.stderr).toBe(0);
      const archive = readFileSync(path.join(built.site, "notes/index.html"), "utf8");
      const year2019 = archive.slice(archive.indexOf('id="year-2019"'), archive.indexOf('id="year-2016"'));
      expect(year2019.match(/class="note-card"/g)).toHaveLength(ARCHIVE_NOTES_PER_YEAR);
      // Newest first: the two earliest meetings are the ones left to the year's page.
      expect(year2019).toContain(`Meeting number ${count}<`);
      expect(year2019).not.toContain("Meeting number 1<");
      expect(year2019).toContain(`<a href="/years/2019/">All ${count} notes from 2019</a>`);
      const year2016 = archive.slice(archive.indexOf('id="year-2016"'));
      expect(year2016).not.toContain("archive-more");

      const french = readFileSync(path.join(built.site, "fr/notes/index.html"), "utf8");
      expect(french).toContain(`<a href="/fr/years/2019/">Les ${count} notes de 2019</a>`);
      expect(existsSync(path.join(built.site, "fr/years/2019/index.html"))).toBe(true);
    } finally {
      rmSync(built.root, { recursive: true, force: true });
    }
  });
});
