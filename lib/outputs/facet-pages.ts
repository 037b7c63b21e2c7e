/**
 * The browse pages built from the facets (lib/outputs/facets.ts): one index per facet, one page per value
 * split 50 notes a page, one RSS/Atom feed per value, and the "Search within" address.
 * Everything a template shows is worked out here, so templates only lay it out.
 */
import { SEARCH_FILTERS } from "./search-filters.ts";
import { FACET_NAMES, FACET_PATHS, facetUrl, type FacetName } from "../note/browse-index.ts";
import { type CountryFacetValue, type FacetValue, type Facets, type NoteGroup } from "./facets.ts";
import { byPublishedNewestFirst, type NoteView } from "../note/note-view.ts";
import { localizedPath, type LanguageCode } from "../languages/languages.ts";
import { translate } from "../languages/messages.ts";
import { countryName } from "../languages/country-names.ts";
import { regionName } from "../languages/region-names.ts";

/** Which search filter each facet matches, and whether it has feeds and calendars. Its words are in the message files. */
export const FACET_INFO: Record<FacetName, { filter: string; feeds: boolean; calendar: boolean }> = {
  countries: { filter: SEARCH_FILTERS.country, feeds: true, calendar: true },
  regions: { filter: SEARCH_FILTERS.region, feeds: true, calendar: false },
  organizers: { filter: SEARCH_FILTERS.organizer, feeds: true, calendar: true },
  types: { filter: SEARCH_FILTERS.type, feeds: true, calendar: false },
  years: { filter: SEARCH_FILTERS.year, feeds: false, calendar: false },
  topics: { filter: SEARCH_FILTERS.topic, feeds: true, calendar: false },
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
  readonly language: LanguageCode;
  /** The value's slug: the same in every language, so a page's other-language versions share it */
  readonly slug: string;
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
  readonly language: LanguageCode;
  readonly url: string;
  readonly facet: FacetName;
  readonly title: string;
  readonly description: string;
  readonly entries: readonly FacetIndexEntry[];
}

export interface FacetFeed<T> {
  readonly language: LanguageCode;
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
  /** The language of the pages: their words, their addresses (`/fr/countries/…`) and the names of places */
  readonly language: LanguageCode;
  readonly buildDate: string;
  readonly pageSize?: number;
  readonly searchPath?: string;
}

const eventCount = (count: number, language: LanguageCode) => translate(language, "facets.eventCount", { count });

/**
 * A facet value's name on a page in `language`: countries and types of event in that language;
 * regions, organizers, topics and years as the notes listed there write them.
 */
export function valueLabel(facet: FacetName, value: FacetValue<unknown>, language: LanguageCode): string {
  if (facet === "countries") return countryName((value as CountryFacetValue<unknown>).country.code, language);
  if (facet === "types") return translate(language, `note.types.${value.slug}` as Parameters<typeof translate>[1]);
  if (facet === "regions") return regionName(value.label, language);
  return value.label;
}

/** `/search/?country=Tajikistan`; several values of one filter are repeated keys, meaning "any of". */
export function searchUrl(filter: string, values: readonly string[], searchPath = "/search/"): string {
  const query = values.map((value) => `${encodeURIComponent(filter)}=${encodeURIComponent(value)}`).join("&");
  return query ? `${searchPath}?${query}` : searchPath;
}

/** The notes on a facet value's page, in sections; countries have two (hosted, took part). */
function sectionsOf<T>(facet: FacetName, value: FacetValue<T>, label: string, language: LanguageCode): { heading: string; id: string; group: NoteGroup<T>; emptyMessage: string }[] {
  const say = (key: Parameters<typeof translate>[1]) => translate(language, key, { label });
  switch (facet) {
    case "countries": {
      const participated = (value as CountryFacetValue<T>).participated;
      return [
        { heading: say("facets.hostedIn"), id: "hosted", group: value, emptyMessage: say("facets.noneHosted") },
        { heading: say("facets.elsewhereWithOfficials"), id: "took-part", group: participated, emptyMessage: say("facets.noneElsewhere") },
      ];
    }
    case "regions":
      return [{ heading: say("facets.hostedIn"), id: "events", group: value, emptyMessage: "" }];
    case "organizers":
      return [{ heading: say("facets.organizedBy"), id: "events", group: value, emptyMessage: "" }];
    case "types":
      return [{ heading: say("facets.ofType"), id: "events", group: value, emptyMessage: "" }];
    case "years":
      return [{ heading: say("facets.beganIn"), id: "events", group: value, emptyMessage: "" }];
    case "topics":
      return [{ heading: say("facets.onTopic"), id: "events", group: value, emptyMessage: "" }];
  }
}

function totalLabelOf<T>(facet: FacetName, value: FacetValue<T>, language: LanguageCode): string {
  if (facet === "countries") {
    const participated = (value as CountryFacetValue<T>).participated.count;
    return translate(language, "facets.countryTotal", { hosted: eventCount(value.count, language), participated: eventCount(participated, language) });
  }
  return translate(language, "facets.total", { events: eventCount(value.count, language) });
}

function allNotesOf<T>(facet: FacetName, value: FacetValue<T>): readonly T[] {
  return facet === "countries" ? [...value.notes, ...(value as CountryFacetValue<T>).participated.notes] : value.notes;
}

function latest(dates: readonly string[], fallback: string): string {
  return dates.reduce((newest, date) => (date > newest ? date : newest), "") || fallback;
}

function feedLinksOf(facet: FacetName, value: FacetValue<unknown>, label: string, language: LanguageCode): FeedLink[] {
  if (!FACET_INFO[facet].feeds) return [];
  const page = localizedPath(facetUrl(facet, value.slug), language);
  const title = translate(language, "facets.feedTitle", { label, site: translate(language, "site.name") });
  return [
    { type: "application/rss+xml", label: translate(language, "facets.rssFeed"), title: translate(language, "site.feedTitle.rss", { title }), url: `${page}rss.xml` },
    { type: "application/atom+xml", label: translate(language, "facets.atomFeed"), title: translate(language, "site.feedTitle.atom", { title }), url: `${page}atom.xml` },
  ];
}

function valuesOfFacet<T>(facets: Facets<T>, facet: FacetName): readonly FacetValue<T>[] {
  return facets[facet];
}

/** How a value's notes fall into pages and sections: the same in every language, so worked out once per value. */
interface ValuePaging<T> {
  readonly total: number;
  readonly lastModified: string;
  /** Per page, per section of the value (by position): its notes on that page, or none when the section is left out */
  readonly pages: readonly (readonly ({ readonly upcoming: readonly T[]; readonly past: readonly T[] } | undefined)[])[];
}

/**
 * A result worked out once per facet value and settings (`key`), for every language that lists the
 * value: languages without versions of their own share their facets, so their values are the same objects.
 */
function oncePerValue<R>(): (value: FacetValue<unknown>, key: string, make: () => R) => R {
  const made = new WeakMap<FacetValue<unknown>, { key: string; result: R }>();
  return (value, key, make) => {
    const cached = made.get(value);
    if (cached?.key === key) return cached.result;
    const result = make();
    made.set(value, { key, result });
    return result;
  };
}

const pagingOnce = oncePerValue<ValuePaging<unknown>>();

function pagingOf<T>(facet: FacetName, value: FacetValue<T>, groups: readonly NoteGroup<T>[], viewOf: (entry: T) => NoteView, pageSize: number, buildDate: string): ValuePaging<T> {
  // One running list, upcoming before past in each section, cut into pages.
  const sequence = groups.flatMap((group, position) => [
    ...group.upcoming.map((entry) => ({ position, upcoming: true, entry })),
    ...group.past.map((entry) => ({ position, upcoming: false, entry })),
  ]);
  const pageCount = Math.max(1, Math.ceil(sequence.length / pageSize));
  const allNotes = allNotesOf(facet, value);
  const pages = Array.from({ length: pageCount }, (_, index) => {
    const slice = sequence.slice(index * pageSize, (index + 1) * pageSize);
    return groups.map((group, position) => {
      const own = slice.filter((row) => row.position === position);
      const keep = own.length > 0 || (group.count === 0 && index === 0);
      return keep ? { upcoming: own.filter((row) => row.upcoming).map((row) => row.entry), past: own.filter((row) => !row.upcoming).map((row) => row.entry) } : undefined;
    });
  });
  return { total: new Set(allNotes).size, lastModified: latest(allNotes.map((entry) => viewOf(entry).lastModified), buildDate), pages };
}

/** Every page of every facet value, `pageSize` notes a page. */
export function facetPages<T>(facets: Facets<T>, viewOf: (entry: T) => NoteView, options: FacetPageOptions): FacetPage<T>[] {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const language = options.language;
  const pages: FacetPage<T>[] = [];
  for (const facet of FACET_NAMES) {
    const info = FACET_INFO[facet];
    const singular = translate(language, `facets.${facet}.singular`);
    const inSentence = translate(language, `facets.${facet}.inSentence`);
    const facetTitle = translate(language, `facets.${facet}.title`);
    const indexUrl = localizedPath(FACET_PATHS[facet], language);
    for (const value of valuesOfFacet(facets, facet)) {
      const label = valueLabel(facet, value, language);
      const base = localizedPath(facetUrl(facet, value.slug), language);
      const sections = sectionsOf(facet, value, label, language);
      const totalLabel = totalLabelOf(facet, value, language);
      const groups = sections.map((section) => section.group);
      const paging = pagingOnce(value, `${pageSize} ${options.buildDate}`, () => pagingOf(facet, value, groups, viewOf, pageSize, options.buildDate)) as ValuePaging<T>;
      const pageCount = paging.pages.length;
      const heading = translate(language, "facets.heading", { facet: singular, label });
      const description = `${translate(language, "facets.description", { facet: inSentence, label })} ${totalLabel}`;
      const feeds = feedLinksOf(facet, value, label, language);
      const search = searchUrl(info.filter, value.filterValues, localizedPath(options.searchPath ?? "/search/", language));
      const pageUrl = (number: number) => (number === 1 ? base : `${base}page/${number}/`);
      paging.pages.forEach((pageGroups, index) => {
        const pageNumber = index + 1;
        const pageSections = sections.flatMap((section, position) => {
          const notes = pageGroups[position];
          if (!notes) return [];
          return [
            {
              heading: section.heading,
              id: section.id,
              upcoming: notes.upcoming,
              past: notes.past,
              ...(section.group.count === 0 && section.emptyMessage ? { emptyMessage: section.emptyMessage } : {}),
            },
          ];
        });
        pages.push({
          language,
          slug: value.slug,
          url: pageUrl(pageNumber),
          facet,
          facetTitle,
          indexUrl,
          label,
          title: pageCount > 1 ? translate(language, "facets.pageTitle", { label, page: pageNumber, pages: pageCount }) : label,
          heading,
          description,
          totalLabel,
          total: paging.total,
          pageNumber,
          pageCount,
          ...(pageCount > 1 ? { pageLabel: translate(language, "facets.pageLabel", { page: pageNumber, pages: pageCount }) } : {}),
          ...(pageNumber > 1 ? { previousUrl: pageUrl(pageNumber - 1) } : {}),
          ...(pageNumber < pageCount ? { nextUrl: pageUrl(pageNumber + 1) } : {}),
          sections: pageSections,
          feeds,
          // Calendars hold the events' own words, so there is one per value, at its English address.
          ...(info.calendar ? { calendarUrl: `${facetUrl(facet, value.slug)}events.ics` } : {}),
          searchUrl: search,
          lastModified: paging.lastModified,
        });
      });
    }
  }
  return pages;
}

/** `/countries/`, `/regions/`, …: every value with its count, in `language`. */
export function facetIndexPages<T>(facets: Facets<T>, language: LanguageCode): FacetIndexPage[] {
  return FACET_NAMES.map((facet) => {
    const entries = valuesOfFacet(facets, facet)
      .map((value): FacetIndexEntry => {
        const participated = facet === "countries" ? (value as CountryFacetValue<T>).participated.count : 0;
        const subregion = facet === "regions" && "level" in value && value.level === "subregion" ? (value as { parent?: string }).parent : undefined;
        return {
          label: valueLabel(facet, value, language),
          url: localizedPath(facetUrl(facet, value.slug), language),
          count: value.count + participated,
          countLabel: facet === "countries" ? translate(language, "facets.countryCount", { hosted: value.count, participated }) : eventCount(value.count, language),
          ...(subregion ? { context: translate(language, "facets.subregionOf", { region: regionName(subregion, language) }) } : {}),
        };
      })
      // Countries and types are named in the page's language, so they are ordered in it too.
      .sort((a, b) => (facet === "countries" ? a.label.localeCompare(b.label, language) : 0));
    return { language, url: localizedPath(FACET_PATHS[facet], language), facet, title: translate(language, `facets.${facet}.title`), description: translate(language, `facets.${facet}.intro`), entries };
  });
}

const feedEntriesOnce = oncePerValue<{ entries: readonly unknown[]; updated: string }>();

/** A value's newest notes and their latest change: the same in every language's feed, so worked out once per value. */
function feedEntries<T>(facet: FacetName, value: FacetValue<T>, viewOf: (entry: T) => NoteView, feedSize: number, buildDate: string): { entries: readonly T[]; updated: string } {
  return feedEntriesOnce(value, `${feedSize} ${buildDate}`, () => {
    const entries = [...new Set(allNotesOf(facet, value))].sort((a, b) => byPublishedNewestFirst(viewOf(a), viewOf(b))).slice(0, feedSize);
    return { entries, updated: latest(entries.map((entry) => viewOf(entry).lastModified), buildDate) };
  }) as { entries: readonly T[]; updated: string };
}

/** An RSS and an Atom feed for each value of the facets that have feeds. */
export function facetFeeds<T>(facets: Facets<T>, viewOf: (entry: T) => NoteView, options: FacetPageOptions & { feedSize: number }): FacetFeed<T>[] {
  const language = options.language;
  const feeds: FacetFeed<T>[] = [];
  for (const facet of FACET_NAMES) {
    const info = FACET_INFO[facet];
    if (!info.feeds) continue;
    const inSentence = translate(language, `facets.${facet}.inSentence`);
    for (const value of valuesOfFacet(facets, facet)) {
      const label = valueLabel(facet, value, language);
      const { entries, updated } = feedEntries(facet, value, viewOf, options.feedSize, options.buildDate);
      const pageUrl = localizedPath(facetUrl(facet, value.slug), language);
      feeds.push({
        language,
        rssUrl: `${pageUrl}rss.xml`,
        atomUrl: `${pageUrl}atom.xml`,
        title: translate(language, "facets.feedTitle", { label, site: translate(language, "site.name") }),
        description: translate(language, "facets.description", { facet: inSentence, label }),
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
