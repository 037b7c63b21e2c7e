/**
 * The browse pages built from the facets (lib/outputs/facets.ts): one index per facet, one page per value
 * split 50 notes a page, one RSS/Atom feed per value, and the "Search within" address.
 * Everything a template shows is worked out here, so templates only lay it out.
 */
import { SEARCH_FILTERS } from "./search-filters.ts";
import { FACET_NAMES, FACET_PATHS, facetUrl, type FacetName } from "../note/browse-index.ts";
import { type CountryFacetValue, type FacetValue, type Facets, type NoteGroup } from "./facets.ts";
import { byPublishedNewestFirst, type NoteView } from "../note/note-view.ts";

/** What each facet is called, which Pagefind filter it matches, and what it offers. */
export const FACET_INFO: Record<FacetName, { title: string; singular: string; filter: string; feeds: boolean; calendar: boolean; intro: string }> = {
  countries: { title: "Countries", singular: "Country", filter: SEARCH_FILTERS.country, feeds: true, calendar: true, intro: "Every country that hosted an event or whose officials took part in one." },
  regions: { title: "Regions", singular: "Region", filter: SEARCH_FILTERS.region, feeds: true, calendar: false, intro: "Events by the UN M49 region and sub-region of the host country." },
  organizers: { title: "Organizers", singular: "Organizer", filter: SEARCH_FILTERS.organizer, feeds: true, calendar: true, intro: "Every organization or government that organised or supported an event." },
  types: { title: "Types of event", singular: "Type of event", filter: SEARCH_FILTERS.type, feeds: true, calendar: false, intro: "Events by kind: workshops, conferences, country visits and more." },
  years: { title: "Years", singular: "Year", filter: SEARCH_FILTERS.year, feeds: false, calendar: false, intro: "Events by the year in which they began." },
  topics: { title: "Topics", singular: "Topic", filter: SEARCH_FILTERS.topic, feeds: true, calendar: false, intro: "Events by the subjects they dealt with." },
};

export const PAGE_SIZE = 50;

export interface FeedLink {
  readonly type: "application/rss+xml" | "application/atom+xml";
  /** Link text on the page: `RSS feed` */
  readonly label: string;
  /** For `<link rel="alternate" title>` */
  readonly title: string;
  readonly url: string;
}

export interface FacetPageSection<T> {
  readonly heading: string;
  /** For `aria-labelledby`; unique on the page */
  readonly id: string;
  readonly upcoming: readonly T[];
  readonly past: readonly T[];
  /** Shown when the whole section is empty */
  readonly emptyMessage?: string;
}

export interface FacetPage<T> {
  readonly url: string;
  readonly facet: FacetName;
  readonly facetTitle: string;
  readonly indexUrl: string;
  readonly label: string;
  /** Page title: `Tajikistan`, `Tajikistan (page 2 of 3)` */
  readonly title: string;
  /** `Country: Tajikistan` */
  readonly heading: string;
  readonly description: string;
  /** `2 events hosted; officials took part in 3 more.` */
  readonly totalLabel: string;
  readonly total: number;
  readonly pageNumber: number;
  readonly pageCount: number;
  /** `Page 2 of 3`, only when there is more than one page */
  readonly pageLabel?: string;
  readonly previousUrl?: string;
  readonly nextUrl?: string;
  readonly sections: readonly FacetPageSection<T>[];
  readonly feeds: readonly FeedLink[];
  readonly calendarUrl?: string;
  readonly searchUrl: string;
  /** The newest `updated`/`published` date of its notes, for the sitemap */
  readonly lastModified: string;
}

export interface FacetIndexEntry {
  readonly label: string;
  readonly url: string;
  readonly count: number;
  /** `3 events` or, for countries, `2 hosted · 1 as participant` */
  readonly countLabel: string;
  /** `Sub-region of Asia` */
  readonly context?: string;
}

export interface FacetIndexPage {
  readonly url: string;
  readonly facet: FacetName;
  readonly title: string;
  readonly description: string;
  readonly entries: readonly FacetIndexEntry[];
}

export interface FacetFeed<T> {
  readonly rssUrl: string;
  readonly atomUrl: string;
  readonly title: string;
  readonly description: string;
  readonly pageUrl: string;
  /** Newest published first, at most the site's feed size */
  readonly entries: readonly T[];
  /** The newest `lastModified` of the entries (or the build date when empty) */
  readonly updated: string;
}

export interface FacetCalendar<T> {
  readonly url: string;
  readonly name: string;
  readonly entries: readonly T[];
}

export interface FacetPageOptions {
  readonly siteName: string;
  readonly buildDate: string;
  readonly pageSize?: number;
  readonly searchPath?: string;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** `/search/?country=Tajikistan`; several values of one filter are repeated keys, meaning "any of". */
export function searchUrl(filter: string, values: readonly string[], searchPath = "/search/"): string {
  const query = values.map((value) => `${encodeURIComponent(filter)}=${encodeURIComponent(value)}`).join("&");
  return query ? `${searchPath}?${query}` : searchPath;
}

/** The notes on a facet value's page, in sections; countries have two (hosted, took part). */
function sectionsOf<T>(facet: FacetName, value: FacetValue<T>): { heading: string; id: string; group: NoteGroup<T>; emptyMessage: string }[] {
  const label = value.label;
  switch (facet) {
    case "countries": {
      const participated = (value as CountryFacetValue<T>).participated;
      return [
        { heading: `Events hosted in ${label}`, id: "hosted", group: value, emptyMessage: `No published note is about an event hosted in ${label}.` },
        { heading: `Events elsewhere with officials of ${label}`, id: "took-part", group: participated, emptyMessage: `No published note lists ${label} among the participating States of an event held elsewhere.` },
      ];
    }
    case "regions":
      return [{ heading: `Events hosted in ${label}`, id: "events", group: value, emptyMessage: "" }];
    case "organizers":
      return [{ heading: `Events organised or supported by ${label}`, id: "events", group: value, emptyMessage: "" }];
    case "types":
      return [{ heading: `Events of this type: ${label}`, id: "events", group: value, emptyMessage: "" }];
    case "years":
      return [{ heading: `Events that began in ${label}`, id: "events", group: value, emptyMessage: "" }];
    case "topics":
      return [{ heading: `Events on ${label}`, id: "events", group: value, emptyMessage: "" }];
  }
}

function totalLabelOf<T>(facet: FacetName, value: FacetValue<T>): string {
  if (facet === "countries") {
    const participated = (value as CountryFacetValue<T>).participated.count;
    return `${plural(value.count, "event")} hosted; officials took part in ${plural(participated, "event")} held elsewhere.`;
  }
  return `${plural(value.count, "event")} in all.`;
}

function allNotesOf<T>(facet: FacetName, value: FacetValue<T>): readonly T[] {
  return facet === "countries" ? [...value.notes, ...(value as CountryFacetValue<T>).participated.notes] : value.notes;
}

function latest(dates: readonly string[], fallback: string): string {
  return dates.reduce((newest, date) => (date > newest ? date : newest), "") || fallback;
}

function feedLinksOf(facet: FacetName, value: FacetValue<unknown>, siteName: string): FeedLink[] {
  if (!FACET_INFO[facet].feeds) return [];
  const page = facetUrl(facet, value.slug);
  return [
    { type: "application/rss+xml", label: "RSS feed", title: `${value.label} · ${siteName} (RSS)`, url: `${page}rss.xml` },
    { type: "application/atom+xml", label: "Atom feed", title: `${value.label} · ${siteName} (Atom)`, url: `${page}atom.xml` },
  ];
}

function valuesOfFacet<T>(facets: Facets<T>, facet: FacetName): readonly FacetValue<T>[] {
  return facets[facet];
}

/** Every page of every facet value, `pageSize` notes a page. */
export function facetPages<T>(facets: Facets<T>, viewOf: (entry: T) => NoteView, options: FacetPageOptions): FacetPage<T>[] {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const pages: FacetPage<T>[] = [];
  for (const facet of FACET_NAMES) {
    const info = FACET_INFO[facet];
    for (const value of valuesOfFacet(facets, facet)) {
      const base = facetUrl(facet, value.slug);
      const sections = sectionsOf(facet, value);
      // One running list, upcoming before past in each section, cut into pages.
      const sequence = sections.flatMap((section, position) => [
        ...section.group.upcoming.map((entry) => ({ position, upcoming: true, entry })),
        ...section.group.past.map((entry) => ({ position, upcoming: false, entry })),
      ]);
      const pageCount = Math.max(1, Math.ceil(sequence.length / pageSize));
      const allNotes = allNotesOf(facet, value);
      const total = new Set(allNotes).size;
      const lastModified = latest(allNotes.map((entry) => viewOf(entry).lastModified), options.buildDate);
      const pageUrl = (number: number) => (number === 1 ? base : `${base}page/${number}/`);
      for (let pageNumber = 1; pageNumber <= pageCount; pageNumber += 1) {
        const slice = sequence.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
        const pageSections = sections
          .map((section, position) => {
            const own = slice.filter((row) => row.position === position);
            return {
              heading: section.heading,
              id: section.id,
              upcoming: own.filter((row) => row.upcoming).map((row) => row.entry),
              past: own.filter((row) => !row.upcoming).map((row) => row.entry),
              ...(section.group.count === 0 && section.emptyMessage ? { emptyMessage: section.emptyMessage } : {}),
              keep: own.length > 0 || (section.group.count === 0 && pageNumber === 1),
            };
          })
          .filter((section) => section.keep)
          .map(({ keep: _keep, ...section }) => section);
        pages.push({
          url: pageUrl(pageNumber),
          facet,
          facetTitle: info.title,
          indexUrl: FACET_PATHS[facet],
          label: value.label,
          title: pageCount > 1 ? `${value.label} (page ${pageNumber} of ${pageCount})` : value.label,
          heading: `${info.singular}: ${value.label}`,
          description: `Information notes on 1540 outreach events — ${info.singular.toLowerCase()}: ${value.label}. ${totalLabelOf(facet, value)}`,
          totalLabel: totalLabelOf(facet, value),
          total,
          pageNumber,
          pageCount,
          ...(pageCount > 1 ? { pageLabel: `Page ${pageNumber} of ${pageCount}` } : {}),
          ...(pageNumber > 1 ? { previousUrl: pageUrl(pageNumber - 1) } : {}),
          ...(pageNumber < pageCount ? { nextUrl: pageUrl(pageNumber + 1) } : {}),
          sections: pageSections,
          feeds: feedLinksOf(facet, value, options.siteName),
          ...(info.calendar ? { calendarUrl: `${base}events.ics` } : {}),
          searchUrl: searchUrl(info.filter, value.filterValues, options.searchPath),
          lastModified,
        });
      }
    }
  }
  return pages;
}

/** `/countries/`, `/regions/`, …: every value with its count. */
export function facetIndexPages<T>(facets: Facets<T>): FacetIndexPage[] {
  return FACET_NAMES.map((facet) => {
    const info = FACET_INFO[facet];
    const entries = valuesOfFacet(facets, facet).map((value): FacetIndexEntry => {
      const participated = facet === "countries" ? (value as CountryFacetValue<T>).participated.count : 0;
      const subregion = facet === "regions" && "level" in value && value.level === "subregion" ? (value as { parent?: string }).parent : undefined;
      return {
        label: value.label,
        url: facetUrl(facet, value.slug),
        count: value.count + participated,
        countLabel: facet === "countries" ? `${value.count} hosted · ${participated} as participant` : plural(value.count, "event"),
        ...(subregion ? { context: `Sub-region of ${subregion}` } : {}),
      };
    });
    return { url: FACET_PATHS[facet], facet, title: info.title, description: info.intro, entries };
  });
}

/** An RSS and an Atom feed for each value of the facets that have feeds. */
export function facetFeeds<T>(facets: Facets<T>, viewOf: (entry: T) => NoteView, options: FacetPageOptions & { feedSize: number }): FacetFeed<T>[] {
  const feeds: FacetFeed<T>[] = [];
  for (const facet of FACET_NAMES) {
    const info = FACET_INFO[facet];
    if (!info.feeds) continue;
    for (const value of valuesOfFacet(facets, facet)) {
      const entries = [...new Set(allNotesOf(facet, value))].sort((a, b) => byPublishedNewestFirst(viewOf(a), viewOf(b))).slice(0, options.feedSize);
      const pageUrl = facetUrl(facet, value.slug);
      const updated = latest(entries.map((entry) => viewOf(entry).lastModified), options.buildDate);
      feeds.push({
        rssUrl: `${pageUrl}rss.xml`,
        atomUrl: `${pageUrl}atom.xml`,
        title: `${value.label} · ${options.siteName}`,
        description: `Information notes on 1540 outreach events — ${info.singular.toLowerCase()}: ${value.label}.`,
        pageUrl,
        entries,
        updated,
      });
    }
  }
  return feeds;
}

/** One calendar per value of the facets that have calendars (countries, organizers). */
export function facetCalendars<T>(facets: Facets<T>, options: { siteName: string }): FacetCalendar<T>[] {
  return FACET_NAMES.filter((facet) => FACET_INFO[facet].calendar).flatMap((facet) =>
    valuesOfFacet(facets, facet).map((value) => ({
      url: `${facetUrl(facet, value.slug)}events.ics`,
      name: `${value.label} · ${options.siteName}`,
      entries: [...new Set(allNotesOf(facet, value))],
    })),
  );
}
