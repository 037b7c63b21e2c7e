/**
 * Browse and discover: facet pages (countries, regions, organizers, types, years, topics) with their
 * feeds and calendars, related notes, event structured data, the map, the statistics and the sitemap.
 *
 * Only glue: the work is done by the pure functions in lib/ (facets, facet-pages, ical, json-ld,
 * world-map, bar-chart, event-stats, sitemap). Templates in pages/facets/ paginate over the
 * collections built here; the calendars are written once Eleventy is done (`writeCalendarFiles`).
 */
import type { CollectionApi, CollectionItem, UserConfig } from "@11ty/eleventy";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildDateIso } from "../note/publication.ts";
import { barChartSvg } from "../outputs/bar-chart.ts";
import { eventStats } from "../outputs/event-stats.ts";
import { facetCalendars, facetFeeds, facetIndexPages, facetPages } from "../outputs/facet-pages.ts";
import { facetUrl } from "../note/browse-index.ts";
import { computeFacets, relatedNotesIndex, type Facets } from "../outputs/facets.ts";
import { buildCalendar } from "../outputs/ical.ts";
import { noteEventJsonLd, serializeJsonLd } from "../outputs/json-ld.ts";
import { byEventNewestFirst, feedEntryText, languageMarker, noteAlternates, type NoteView } from "../note/note-view.ts";
import { sitemapEntries } from "../outputs/sitemap.ts";
import { worldMapSvg } from "../outputs/world-map.ts";
import type { SiteSettings } from "../../site.config.ts";
import { allNoteItems, noteItems, type NoteItem } from "./notes-plugin.ts";

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
export function calendarFiles(items: readonly NoteItem[], facets: Facets<NoteItem>, siteName: string, everyVersion: readonly NoteItem[] = items): CalendarFile[] {
  const notes = items.map(viewOf).sort(byEventNewestFirst);
  return [
    { url: "/events.ics", name: siteName, notes },
    ...everyVersion.map(viewOf).sort(byEventNewestFirst).map((note) => ({ url: `${note.url}event.ics`, name: note.title, notes: [note] })),
    ...facetCalendars(facets, { siteName }).map((calendar) => ({ url: calendar.url, name: calendar.name, notes: calendar.entries.map(viewOf) })),
  ];
}

/**
 * Writes the calendars straight into the output folder. As Eleventy pages (one per note, country
 * and organizer: over 10 000 at archive scale) they cost Eleventy time and memory for files that are
 * only text joined from cached events; written here they are the same bytes.
 */
export function writeCalendarFiles(outputDirectory: string, calendars: readonly CalendarFile[], baseUrl: string): number {
  const folders = new Set<string>();
  for (const calendar of calendars) {
    const file = path.join(outputDirectory, ...calendar.url.split("/").filter(Boolean));
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(file, buildCalendar(calendar.notes, { name: calendar.name, baseUrl }));
  }
  return calendars.length;
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

export default function facetsPlugin(config: UserConfig, settings: SiteSettings): void {
  const pageOptions = () => ({ siteName: settings.name, buildDate: buildDateIso() });

  // Six collections need the facets: they are computed once per build and shared, as long as the
  // notes are the same objects (a rebuild in the preview makes new ones, and so new facets).
  let facetsMemo: { readonly items: readonly NoteItem[]; readonly facets: Facets<NoteItem> } | undefined;
  const facetsOf = (api: CollectionApi): Facets<NoteItem> => {
    const items = noteItems(api);
    if (facetsMemo && sameItems(facetsMemo.items, items)) return facetsMemo.facets;
    facetsMemo = { items, facets: computeFacets(items, viewOf) };
    return facetsMemo.facets;
  };

  config.addCollection("facets", (api) => facetsOf(api));
  config.addCollection("facetIndexPages", (api) => facetIndexPages(facetsOf(api)));
  config.addCollection("facetPages", (api) => facetPages(facetsOf(api), viewOf, pageOptions()));
  config.addCollection("facetFeeds", (api) => facetFeeds(facetsOf(api), viewOf, { ...pageOptions(), feedSize: settings.feedSize }));

  // The calendars of this build, written once Eleventy has written the pages (the preview included).
  let calendars: CalendarFile[] = [];
  config.addCollection("calendars", (api) => {
    calendars = calendarFiles(noteItems(api), facetsOf(api), settings.name, allNoteItems(api));
    return calendars;
  });
  config.on("eleventy.after", ({ directories, outputMode }: { directories: { output: string }; outputMode?: string }) => {
    if (outputMode && outputMode !== "fs") return;
    const started = performance.now();
    writeCalendarFiles(directories.output, calendars, settings.baseUrl);
    if (process.env.BENCH_TIMINGS === "1") console.log(`[bench-timing] calendars ${(performance.now() - started).toFixed(1)}`);
  });
  config.addCollection("worldMap", (api) => {
    const countries = facetsOf(api)
      .countries.filter((value) => value.count > 0)
      .map((value) => ({ code: value.country.code, name: value.label, url: facetUrl("countries", value.slug), count: value.count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en"));
    return { ...worldMapSvg(countries), countries };
  });
  config.addCollection("eventStats", (api) => {
    const stats = eventStats(facetsOf(api));
    return {
      ...stats,
      byYearSvg: barChartSvg(stats.byYear, { id: "chart-years", title: "Bar chart of events per year" }),
      byTypeSvg: barChartSvg(stats.byType, { id: "chart-types", title: "Bar chart of events per type" }),
    };
  });

  config.addFilter("relatedNotes", relatedNoteItems);
  config.addFilter("eventJsonLd", (note: NoteView) => serializeJsonLd(noteEventJsonLd(note, settings.baseUrl)));
  config.addFilter("feedEntryText", feedEntryText);
  config.addFilter("languageMarker", languageMarker);
  config.addFilter("sitemapEntries", (items: readonly CollectionItem[]) =>
    sitemapEntries(
      items.map((item) => {
        const data = item.data as { noindex?: boolean; note?: NoteView; lastModified?: string };
        return { url: item.url, noindex: data.noindex, lastModified: data.note?.lastModified ?? data.lastModified, alternates: data.note ? noteAlternates(data.note) : [] };
      }),
      settings.baseUrl,
      buildDateIso(),
    ),
  );
}
