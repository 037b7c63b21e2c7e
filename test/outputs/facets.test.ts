/**
 * The browse facets, their pages and related notes, computed from plain NoteViews.
 */
import { describe, expect, it } from "vitest";
import { eventStats } from "../../lib/outputs/event-stats.ts";
import { facetFeeds, facetIndexPages, facetPages, searchUrl } from "../../lib/outputs/facet-pages.ts";
import { findFacetSlugClashes, organizerKey } from "../../lib/note/browse-index.ts";
import { computeFacets, noteFacetLinks, relatedNotesIndex } from "../../lib/outputs/facets.ts";
import type { NoteView } from "../../lib/note/note-view.ts";
import { noteView } from "../support/note-views.ts";

const identity = (note: NoteView) => note;

const dushanbe = noteView("dushanbe", {
  organizers: ["Tajikistan", "Organisation for Security and Cooperation in Europe (OSCE)"],
  topics: ["reporting", "national action plans"],
});
const minsk = noteView("minsk", {
  title: "Peer review meeting",
  type: "meeting",
  organizers: ["OSCE", "UNODA (support)"],
  start_date: "2016-08-02",
  end_date: "2016-08-05",
  city: "Minsk",
  country: "Belarus",
  published: "2016-08-10",
  topics: ["peer review", "national action plans"],
  participants: { states: ["Tajikistan", "Kyrgyzstan", "Belarus"] },
});
const seoul = noteView("seoul", {
  title: "New year seminar",
  type: "seminar",
  organizers: ["UNODA", "US Department of State (coordinator)"],
  start_date: "2019-12-30",
  end_date: "2020-01-02",
  city: "Seoul",
  country: "South Korea",
  published: "2020-01-10",
  topics: ["export controls"],
});
const almaty = noteView("almaty", {
  title: "Border control exercise",
  type: "exercise",
  organizers: ["OSCE Conflict Prevention Centre", "European Union (co-funding)"],
  start_date: "2024-09-10",
  end_date: "2024-09-12",
  city: "Almaty",
  country: "KZ",
  published: "2024-05-20",
  topics: ["border controls"],
  participants: { states: ["Tajikistan"] },
});
const webinar = noteView("webinar", {
  title: "Webinar series",
  type: "training",
  online: true,
  city: undefined,
  country: undefined,
  start_date: "2020-12-01",
  end_date: "2020-12-15",
  published: "2020-12-20",
  organizers: ["UNRCPD", "UNODA (support)"],
  topics: ["export controls"],
});
const NOTES = [dushanbe, minsk, seoul, almaty, webinar];

describe("organizerKey", () => {
  it.each([
    ["Organisation for Security and Cooperation in Europe (OSCE)", "osce", "Organisation for Security and Cooperation in Europe (OSCE)"],
    ["OSCE", "osce", "OSCE"],
    ["UNODA (support)", "unoda", "UNODA"],
    ["Government of Burkina Faso (host)", "government-of-burkina-faso", "Government of Burkina Faso"],
    ["PISM (co-organizer)", "pism", "PISM"],
    ["US Department of State (coordinator)", "us-department-of-state", "US Department of State"],
    ["Government of Canada (funding)", "government-of-canada", "Government of Canada"],
    ["United Kingdom (as G8 Presidency)", "united-kingdom", "United Kingdom"],
    ["UNREC (logistical support)", "unrec", "UNREC"],
    ["UNODA/UNRCPD", "unoda-unrcpd", "UNODA/UNRCPD"],
    ["Côte d'Ivoire Ministry", "cote-divoire-ministry", "Côte d'Ivoire Ministry"],
  ])("%s → %s", (name, slug, label) => {
    expect(organizerKey(name)).toMatchObject({ slug, label });
  });
});

describe("computeFacets", () => {
  const facets = computeFacets(NOTES, identity);

  it("lists host countries and, apart, the events a State took part in elsewhere", () => {
    const tajikistan = facets.countries.find((value) => value.slug === "tajikistan")!;
    expect(tajikistan.label).toBe("Tajikistan");
    expect(tajikistan.notes).toEqual([dushanbe]);
    expect(tajikistan.participated.notes).toEqual([almaty, minsk]);
    expect(tajikistan.participated.upcoming).toEqual([almaty]);
    expect(tajikistan.participated.past).toEqual([minsk]);
    // Belarus hosted Minsk and is listed among its States: not counted twice.
    const belarus = facets.countries.find((value) => value.slug === "belarus")!;
    expect([belarus.count, belarus.participated.count]).toEqual([1, 0]);
    expect(facets.countries.find((value) => value.slug === "kyrgyzstan")).toMatchObject({ count: 0, participated: { count: 1 } });
    expect(facets.countries.find((value) => value.slug === "republic-of-korea")).toMatchObject({ label: "Republic of Korea", count: 1 });
  });

  it("groups by M49 region and sub-region of the host", () => {
    const slugs = Object.fromEntries(facets.regions.map((value) => [value.slug, [value.level, value.count]]));
    expect(slugs).toMatchObject({ asia: ["region", 3], "central-asia": ["subregion", 2], "eastern-asia": ["subregion", 1], europe: ["region", 1], "eastern-europe": ["subregion", 1] });
  });

  it("merges an organizer's short form with its full name and strips role words", () => {
    const osce = facets.organizers.find((value) => value.slug === "osce")!;
    expect(osce.label).toBe("Organisation for Security and Cooperation in Europe (OSCE)");
    expect(osce.notes).toEqual([minsk, dushanbe]);
    expect(osce.filterValues).toEqual(["OSCE", "Organisation for Security and Cooperation in Europe (OSCE)"]);
    const unoda = facets.organizers.find((value) => value.slug === "unoda")!;
    expect(unoda.count).toBe(3);
    expect(unoda.label).toBe("UNODA");
    expect(facets.organizers.map((value) => value.slug)).toContain("european-union");
    expect(facets.organizers.map((value) => value.label)).not.toContain("European Union (co-funding)");
  });

  it("orders notes newest event first and splits upcoming from past", () => {
    const exportControls = facets.topics.find((value) => value.slug === "export-controls")!;
    expect(exportControls.notes).toEqual([webinar, seoul]);
    const years = facets.years.map((value) => [value.slug, value.count]);
    expect(years).toEqual([["2024", 1], ["2020", 1], ["2019", 1], ["2016", 2]]);
    const all = facets.types.flatMap((value) => value.notes);
    expect(all).toHaveLength(NOTES.length);
    expect(facets.types.find((value) => value.slug === "exercise")).toMatchObject({ upcoming: [almaty], past: [] });
  });

  it("reports no clash when labels only differ by a short form", () => {
    expect(findFacetSlugClashes(NOTES)).toEqual([]);
  });
});

describe("findFacetSlugClashes", () => {
  it("reports different labels that would share a URL", () => {
    const a = noteView("a", { topics: ["Export controls"], organizers: ["Organisation for Security and Cooperation in Europe (OSCE)"] });
    const b = noteView("b", { topics: ["export-controls"], organizers: ["Organization for Security and Co-operation in Europe (OSCE)", "OSCE"] });
    expect(findFacetSlugClashes([a, b])).toEqual([
      { facet: "organizers", slug: "osce", labels: ["Organisation for Security and Cooperation in Europe (OSCE)", "Organization for Security and Co-operation in Europe (OSCE)"] },
      { facet: "topics", slug: "export-controls", labels: ["Export controls", "export-controls"] },
    ]);
  });

  it("finds nothing in consistent notes", () => {
    expect(findFacetSlugClashes(NOTES)).toEqual([]);
  });
});

describe("relatedNotesIndex", () => {
  it("gives up to three notes sharing a country, organizer or topic, newest first, never the note itself", () => {
    const related = relatedNotesIndex(NOTES, identity);
    expect(related.get(dushanbe)).toEqual([minsk]); // OSCE and national action plans
    expect(related.get(seoul)).toEqual([webinar, minsk]); // export controls; UNODA
    expect(related.get(minsk)).toEqual([webinar, seoul, dushanbe]);
    expect(related.get(almaty)).toEqual([]);
  });

  it("stops at the limit and picks the newest of many candidates", () => {
    const many = Array.from({ length: 40 }, (_, index) =>
      noteView(`n${index}`, { start_date: `20${String(10 + (index % 10)).padStart(2, "0")}-0${1 + (index % 9)}-1${index % 10}`, end_date: undefined, published: "2024-01-01" }),
    );
    const related = relatedNotesIndex(many, identity);
    // The newest events are n39 (2019-04-19), n29 (2019-03-19) and n19 (2019-02-19), written out
    // rather than sorted here, so the test cannot share a mistake with the comparator it checks.
    expect(related.get(many[0]!)?.map((note) => note.slug)).toEqual(["n39", "n29", "n19"]);
  });

  it("breaks ties between events on the same first day by last day, newest first, then by title", () => {
    const sameStart = { start_date: "2021-05-10", published: "2024-01-01", organizers: ["Shared organizer"] };
    const notes = [
      noteView("anchor", { ...sameStart, start_date: "2015-01-01", end_date: "2015-01-01", title: "The note itself" }),
      noteView("short-b", { ...sameStart, end_date: "2021-05-10", title: "Bravo workshop" }),
      noteView("long", { ...sameStart, end_date: "2021-05-14", title: "Zulu workshop" }),
      noteView("short-a", { ...sameStart, end_date: "2021-05-10", title: "Alpha workshop" }),
      noteView("older", { ...sameStart, start_date: "2021-05-09", end_date: "2021-05-20", title: "Aardvark workshop" }),
    ];
    expect(relatedNotesIndex(notes, identity).get(notes[0]!)?.map((note) => note.slug)).toEqual(["long", "short-a", "short-b"]);
  });
});

describe("noteFacetLinks", () => {
  it("links a note to its country, regions, organizers, type, year and topics", () => {
    expect(noteFacetLinks(dushanbe)).toEqual({
      country: { label: "Tajikistan", url: "/countries/tajikistan/" },
      regions: [
        { label: "Asia", url: "/regions/asia/" },
        { label: "Central Asia", url: "/regions/central-asia/" },
      ],
      organizers: [
        { label: "Tajikistan", url: "/organizers/tajikistan/" },
        { label: "Organisation for Security and Cooperation in Europe (OSCE)", url: "/organizers/osce/" },
      ],
      type: { label: "Workshop", url: "/types/workshop/" },
      year: { label: "2016", url: "/years/2016/" },
      topics: [
        { label: "reporting", url: "/topics/reporting/" },
        { label: "national action plans", url: "/topics/national-action-plans/" },
      ],
      organizersLabel: "Organizers",
      topicsLabel: "Topics",
    });
    expect(noteFacetLinks(webinar)).toMatchObject({ regions: [], organizers: [{ url: "/organizers/unrcpd/" }, { url: "/organizers/unoda/" }] });
    expect(noteFacetLinks(webinar).country).toBeUndefined();
  });
});

describe("facet pages", () => {
  const options = { language: "en" as const, buildDate: "2024-06-01" };

  it("cuts a long list into pages of 50 with previous and next links", () => {
    const corpus = Array.from({ length: 120 }, (_, index) => noteView(`w-${index}`, { start_date: `2015-01-${String(1 + (index % 28)).padStart(2, "0")}`, end_date: undefined, title: `Workshop number ${index}` }));
    const pages = facetPages(computeFacets(corpus, identity), identity, options).filter((page) => page.facet === "types");
    expect(pages.map((page) => page.url)).toEqual(["/types/workshop/", "/types/workshop/page/2/", "/types/workshop/page/3/"]);
    expect(pages.map((page) => page.sections[0]!.past.length)).toEqual([50, 50, 20]);
    expect(pages[1]).toMatchObject({ pageLabel: "Page 2 of 3", previousUrl: "/types/workshop/", nextUrl: "/types/workshop/page/3/", total: 120, totalLabel: "120 events in all." });
    expect(pages[0]!.previousUrl).toBeUndefined();
    expect(pages[2]!.nextUrl).toBeUndefined();
  });

  it("gives a country page two sections, its feeds, calendar and search address", () => {
    const page = facetPages(computeFacets(NOTES, identity), identity, options).find((candidate) => candidate.url === "/countries/tajikistan/")!;
    expect(page.sections.map((section) => [section.id, section.upcoming.length, section.past.length])).toEqual([
      ["hosted", 0, 1],
      ["took-part", 1, 1],
    ]);
    expect(page.totalLabel).toBe("1 event hosted; officials took part in 2 events held elsewhere.");
    expect(page.total).toBe(3);
    expect(page.feeds.map((feed) => feed.url)).toEqual(["/countries/tajikistan/rss.xml", "/countries/tajikistan/atom.xml"]);
    expect(page.calendarUrl).toBe("/countries/tajikistan/events.ics");
    expect(page.searchUrl).toBe("/search/?country=Tajikistan");
    expect(page.lastModified).toBe("2024-05-20");
  });

  it("lists every value in the indexes and gives feeds to every facet but years", () => {
    const facets = computeFacets(NOTES, identity);
    const indexes = facetIndexPages(facets, "en");
    expect(indexes.map((index) => index.url)).toEqual(["/countries/", "/regions/", "/organizers/", "/types/", "/years/", "/topics/"]);
    expect(indexes.find((index) => index.facet === "regions")!.entries.find((entry) => entry.label === "Central Asia")).toMatchObject({ context: "Sub-region of Asia", countLabel: "2 events" });
    const feeds = facetFeeds(facets, identity, { ...options, feedSize: 50 });
    expect(feeds.some((feed) => feed.pageUrl.startsWith("/years/"))).toBe(false);
    expect(feeds.find((feed) => feed.pageUrl === "/organizers/osce/")!.entries).toEqual([minsk, dushanbe]);
  });

  it("writes the search address with repeated keys for several spellings", () => {
    expect(searchUrl("organizer", ["OSCE", "Organisation for Security (OSCE)"])).toBe("/search/?organizer=OSCE&organizer=Organisation%20for%20Security%20(OSCE)");
    expect(searchUrl("year", ["2016"])).toBe("/search/?year=2016");
  });

  it("counts events per year, gaps included, and per type", () => {
    const stats = eventStats(computeFacets(NOTES, identity));
    expect(stats.total).toBe(5);
    expect(stats.byYear.map((bar) => [bar.label, bar.value])).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year) => [String(year), { 2016: 2, 2019: 1, 2020: 1, 2024: 1 }[year] ?? 0]));
    // In the schema's order of types.
    expect(stats.byType.map((bar) => [bar.label, bar.value])).toEqual([["Workshop", 1], ["Seminar", 1], ["Training", 1], ["Meeting", 1], ["Exercise", 1]]);
  });
});
