/**
 * Browse and discover: facet pages (countries, regions, organizers, types, years, topics) with their
 * feeds and calendars, related notes, event structured data, the map, the statistics and the sitemap.
 *
 * Only glue: the work is done by the pure functions in lib/ (facets, facet-pages, ical, json-ld,
 * world-map, bar-chart, event-stats, sitemap). The browse pages (layouts/facet-index.njk and
 * facet-page.njk, filled from the collections built here), their feeds and the calendars are
 * written once Eleventy is done (`writeSiteFiles`).
 */
import type { CollectionApi, CollectionItem, UserConfig } from "@11ty/eleventy";
import { buildDateIso } from "../note/publication.ts";
import { barChartSvg } from "../outputs/bar-chart.ts";
import { eventStats } from "../outputs/event-stats.ts";
import { noteListHtml } from "../outputs/note-card.ts";
import { facetFeedFiles } from "../outputs/feeds/facet-feed-files.ts";
import { writeSiteFiles, type SiteFile } from "../outputs/site-files.ts";
import { facetCalendars, facetFeeds, facetIndexPages, facetPages, valueLabel, type FacetFeed } from "../outputs/facet-pages.ts";
import { facetUrl } from "../note/browse-index.ts";
import { computeFacets, relatedNotesIndex, type Facets } from "../outputs/facets.ts";
import { buildCalendar } from "../outputs/feeds/ical.ts";
import { noteEventJsonLd, serializeJsonLd } from "../outputs/json-ld.ts";
import { byEventNewestFirst, feedEntryText, type NoteView } from "../note/note-view.ts";
import { sitemapEntries } from "../outputs/sitemap.ts";
import { worldMapSvg } from "../outputs/world-map.ts";
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, localizedPath, type LanguageCode } from "../languages/languages.ts";
import { translate, type MessageKey } from "../languages/messages.ts";
import { withVersions } from "../outputs/page-languages.ts";
import { browsePageHead, type PageHead } from "../outputs/page-head.ts";
import type { SiteSettings } from "../../site.config.ts";
import { benchTiming } from "../build/bench-timing.ts";
import { layoutPages, type LayoutPageEntry } from "./layout-pages.ts";
import { allNoteItems, eventsIn, noteItems, type NoteItem } from "./notes-plugin.ts";
import { layoutGlobals } from "./site-plugin.ts";

const viewOf = (item: NoteItem): NoteView => item.data.note;

function sameItems(a: readonly NoteItem[], b: readonly NoteItem[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index] && item.data.note === b[index]!.data.note);
}

/** A calendar file to write: its address, name and events. */
export interface CalendarFile {
  readonly url: string;
  readonly name: string;
  readonly notes: readonly NoteView[];
}

/**
 * Every calendar of the site: all events, each note page's own (in every language, since each page
 * links to one), and one per country and per organizer. `items` are the notes listed once per event.
 */
export function calendarFiles(items: readonly NoteItem[], facetsOfLanguages: readonly Facets<NoteItem>[], siteName: string, everyVersion: readonly NoteItem[] = items): CalendarFile[] {
  const notes = items.map(viewOf).sort(byEventNewestFirst);
  // A country's or organizer's calendar is at one address whatever the page's language; a value that
  // only another language lists (an organizer named only in Arabic) gets its calendar from that language.
  const byUrl = new Map<string, CalendarFile>();
  // Languages without versions of their own share one Facets object: its calendars are made once.
  for (const languageFacets of new Set(facetsOfLanguages)) {
    for (const calendar of facetCalendars(languageFacets, { siteName })) {
      if (!byUrl.has(calendar.url)) byUrl.set(calendar.url, { url: calendar.url, name: calendar.name, notes: calendar.entries.map(viewOf) });
    }
  }
  return [
    { url: "/events.ics", name: siteName, notes },
    ...everyVersion.map(viewOf).sort(byEventNewestFirst).map((note) => ({ url: `${note.url}event.ics`, name: note.title, notes: [note] })),
    ...byUrl.values(),
  ];
}

/**
 * The calendars as files. As Eleventy pages (one per note, country and organizer: over 10 000 at
 * archive scale) they cost Eleventy time and memory for files that are only text joined from cached
 * events; written once Eleventy is done they are the same bytes.
 */
export function* calendarSiteFiles(calendars: readonly CalendarFile[], baseUrl: string): Generator<SiteFile> {
  for (const calendar of calendars) yield { url: calendar.url, text: buildCalendar(calendar.notes, { name: calendar.name, baseUrl }) };
}

// Related notes are indexed once per build: the filter gets the same collection array on every page.
const relatedCache = new WeakMap<readonly NoteItem[], Map<string, NoteItem[]>>();

/** The related notes of a note page, looked up by event so that every language version of it gets the same ones. */
export function relatedNoteItems(note: NoteView | undefined, items: readonly NoteItem[]): NoteItem[] {
  if (!note) return [];
  let byEvent = relatedCache.get(items);
  if (!byEvent) {
    byEvent = new Map([...relatedNotesIndex(items, viewOf).entries()].map(([item, related]) => [item.data.note.eventKey, related]));
    relatedCache.set(items, byEvent);
  }
  return byEvent.get(note.eventKey) ?? [];
}

/** The world map of a page in `language`: countries named, linked and described in it. */
function worldMapIn(facets: Facets<NoteItem>, language: LanguageCode) {
  const countries = facets.countries
    .filter((value) => value.count > 0)
    .map((value) => ({ code: value.country.code, name: valueLabel("countries", value, language), url: localizedPath(facetUrl("countries", value.slug), language), count: value.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, language));
  const map = worldMapSvg(countries, { title: translate(language, "map.svgTitle"), countryLabel: (country) => translate(language, "map.countryHosted", { country: country.name, count: country.count }) });
  const legend = map.legend.map((entry) => ({
    ...entry,
    label:
      entry.max === undefined
        ? translate(language, "map.legendAtLeast", { count: entry.min })
        : entry.max === entry.min
          ? translate(language, "map.legendClass", { count: entry.min })
          : translate(language, "map.legendRange", { min: entry.min, count: entry.max }),
    countriesLabel: translate(language, "map.legendCountries", { count: entry.countries }),
  }));
  return { ...map, legend, countries };
}

export default function facetsPlugin(config: UserConfig, settings: SiteSettings): void {
  const pageOptions = (language: LanguageCode) => ({ language, buildDate: buildDateIso() });

  // The facets are computed once per distinct list of events: languages that list the same events
  // (every language without versions of its own) share them, as long as the notes are the same
  // objects (a rebuild in the preview makes new ones, and so new facets).
  let facetsMemo = new WeakMap<readonly NoteItem[], Facets<NoteItem>>();
  let facetsItems: readonly NoteItem[] | undefined;
  const facetsOf = (api: CollectionApi, language: LanguageCode = DEFAULT_LANGUAGE): Facets<NoteItem> => {
    const events = eventsIn(api);
    if (facetsItems !== events.en) {
      facetsMemo = new WeakMap();
      facetsItems = events.en;
    }
    const items = events[language];
    let facets = facetsMemo.get(items);
    if (!facets) {
      facets = computeFacets(items, viewOf);
      facetsMemo.set(items, facets);
    }
    return facets;
  };
  const inEveryLanguage = <T>(build: (language: LanguageCode) => T[]): T[] => LANGUAGE_CODES.flatMap((language) => build(language));

  config.addCollection("facets", (api) => facetsOf(api));
  // The browse pages: each entry carries its language versions and its head (base.njk reads `entry.head`).
  // They are rendered once Eleventy is done (layout-pages.ts) and stay collections for the sitemap.
  const browsePages = <P extends Parameters<typeof browsePageHead>[0] & { readonly language: LanguageCode; readonly url: string }>(pages: readonly P[], keyOf: (page: P) => string) =>
    withVersions(pages, keyOf).map((page) => ({ ...page, head: browsePageHead(page) }));
  let indexPages: readonly LayoutPageEntry[] = [];
  let valuePages: readonly LayoutPageEntry[] = [];
  config.addCollection("facetIndexPages", (api) => {
    const pages = browsePages(inEveryLanguage((language) => facetIndexPages(facetsOf(api, language), language)), (page) => page.facet);
    indexPages = pages;
    return pages;
  });
  config.addCollection("facetPages", (api) => {
    const pages = browsePages(
      inEveryLanguage((language) => facetPages(facetsOf(api, language), viewOf, pageOptions(language))),
      (page) => `${page.facet}/${page.slug}/${page.pageNumber}`,
    );
    valuePages = pages;
    return pages;
  });
  const layouts = layoutPages(config);
  // The browse pages' feeds, written once Eleventy is done, like the calendars (see facet-feed-files.ts).
  let feeds: FacetFeed<NoteItem>[] = [];
  config.addCollection("facetFeeds", (api) => {
    feeds = inEveryLanguage((language) => facetFeeds(facetsOf(api, language), viewOf, { ...pageOptions(language), feedSize: settings.feedSize }));
    return feeds;
  });

  // The calendars of this build, written once Eleventy has written the pages (the preview included).
  let calendars: CalendarFile[] = [];
  config.addCollection("calendars", (api) => {
    calendars = calendarFiles(noteItems(api), LANGUAGE_CODES.map((language) => facetsOf(api, language)), settings.name, allNoteItems(api));
    return calendars;
  });
  config.on("eleventy.after", async ({ directories, outputMode }: { directories: { output: string }; outputMode?: string }) => {
    if (outputMode && outputMode !== "fs") return;
    let started = performance.now();
    // Pages first: the feeds and calendars of a value go into its page's folder.
    const globals = layoutGlobals(settings);
    await writeSiteFiles(directories.output, layouts.files("facet-index.njk", indexPages, globals));
    await writeSiteFiles(directories.output, layouts.files("facet-page.njk", valuePages, globals));
    benchTiming("browse-pages", started);
    started = performance.now();
    await writeSiteFiles(directories.output, calendarSiteFiles(calendars, settings.baseUrl));
    await writeSiteFiles(directories.output, facetFeedFiles(feeds, viewOf, settings.baseUrl));
    benchTiming("calendars-and-feeds", started);
  });
  config.addCollection("worldMapIn", (api) => Object.fromEntries(LANGUAGE_CODES.map((language) => [language, worldMapIn(facetsOf(api, language), language)])));
  config.addCollection("eventStatsIn", (api) =>
    Object.fromEntries(
      LANGUAGE_CODES.map((language) => {
        const stats = eventStats(facetsOf(api, language));
        const say = (key: MessageKey) => translate(language, key);
        const byYear = stats.byYear.map((bar) => (bar.url ? { ...bar, url: localizedPath(bar.url, language) } : bar));
        const byType = facetsOf(api, language).types.map((value) => ({ label: valueLabel("types", value, language), value: value.count, url: localizedPath(facetUrl("types", value.slug), language) }));
        return [
          language,
          {
            ...stats,
            byYear,
            byType,
            byYearSvg: barChartSvg(byYear, { id: "chart-years", title: say("stats.yearChartTitle") }),
            byTypeSvg: barChartSvg(byType, { id: "chart-types", title: say("stats.typeChartTitle") }),
          },
        ];
      }),
    ),
  );

  config.addFilter("relatedNotes", relatedNoteItems);
  config.addFilter("eventJsonLd", (note: NoteView) => serializeJsonLd(noteEventJsonLd(note, settings.baseUrl)));
  config.addFilter("feedEntryText", feedEntryText);
  config.addFilter("noteList", (items: readonly NoteItem[], pageLanguage: string, headingLevel: number) => noteListHtml(items.map(viewOf), pageLanguage, headingLevel));
  // Every page Eleventy lists in its collections, and the browse pages, which stay out of them: at
  // thousands of pages in six languages, Eleventy's bookkeeping for them cost more than the sitemap.
  config.addFilter("sitemapEntries", (items: readonly CollectionItem[], ...browsePages: readonly (readonly { url: string; head: PageHead }[])[]) =>
    sitemapEntries(
      [
        ...items.map((item) => {
          const data = item.data as { noindex?: boolean; pageHead?: PageHead };
          // Every page names its language versions (notes, interface and browse pages alike).
          return { url: item.url, noindex: data.noindex, lastModified: data.pageHead?.lastModified, alternates: data.pageHead?.alternates ?? [] };
        }),
        ...browsePages.flat().map((page) => ({ url: page.url, lastModified: page.head.lastModified, alternates: page.head.alternates })),
      ],
      settings.baseUrl,
      buildDateIso(),
    ),
  );
}
