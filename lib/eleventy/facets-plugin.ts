/**
 * Browse and discover: facet pages (countries, regions, organizers, types, years, topics) with their
 * feeds and calendars, related notes, event structured data, the map, the statistics and the sitemap.
 *
 * Only glue: the work is done by the pure functions in lib/ (facets, facet-pages, ical, json-ld,
 * world-map, bar-chart, event-stats, sitemap). Templates in pages/facets/ paginate over the
 * collections built here.
 */
import type { CollectionApi, CollectionItem, UserConfig } from "@11ty/eleventy";
import { buildDateIso } from "../build-context.ts";
import { barChartSvg } from "../bar-chart.ts";
import { eventStats } from "../event-stats.ts";
import { facetCalendars, facetFeeds, facetIndexPages, facetPages } from "../facet-pages.ts";
import { computeFacets, facetUrl, relatedNotesIndex, type Facets } from "../facets.ts";
import { buildCalendar } from "../ical.ts";
import { noteEventJsonLd, serializeJsonLd } from "../json-ld.ts";
import { NOTES_DIRECTORY } from "../note-files.ts";
import { byEventNewestFirst, type NoteView } from "../note-view.ts";
import { sitemapEntries } from "../sitemap.ts";
import { worldMapSvg } from "../world-map.ts";
import type { SiteSettings } from "../../site.config.ts";
import type { NoteItem } from "./notes-plugin.ts";

const viewOf = (item: NoteItem): NoteView => item.data.note;

function noteItems(api: CollectionApi): NoteItem[] {
  return api.getFilteredByGlob(`./${NOTES_DIRECTORY}/**/*.md`).filter((item): item is NoteItem => Boolean((item.data as { note?: NoteView }).note));
}

function facetsOf(api: CollectionApi): Facets<NoteItem> {
  return computeFacets(noteItems(api), viewOf);
}

/** A calendar file to write: its address, name and events. */
interface CalendarFile {
  readonly url: string;
  readonly name: string;
  readonly notes: readonly NoteView[];
}

// Related notes are indexed once per build: the filter gets the same collection array on every page.
const relatedCache = new WeakMap<readonly NoteItem[], Map<string, NoteItem[]>>();

export function relatedNoteItems(note: NoteView | undefined, items: readonly NoteItem[]): NoteItem[] {
  if (!note) return [];
  let byUrl = relatedCache.get(items);
  if (!byUrl) {
    byUrl = new Map([...relatedNotesIndex(items, viewOf).entries()].map(([item, related]) => [item.data.note.url, related]));
    relatedCache.set(items, byUrl);
  }
  return byUrl.get(note.url) ?? [];
}

export default function facetsPlugin(config: UserConfig, settings: SiteSettings): void {
  const pageOptions = () => ({ siteName: settings.name, buildDate: buildDateIso() });

  config.addCollection("facets", (api) => facetsOf(api));
  config.addCollection("facetIndexPages", (api) => facetIndexPages(facetsOf(api)));
  config.addCollection("facetPages", (api) => facetPages(facetsOf(api), viewOf, pageOptions()));
  config.addCollection("facetFeeds", (api) => facetFeeds(facetsOf(api), viewOf, { ...pageOptions(), feedSize: settings.feedSize }));
  config.addCollection("calendars", (api): CalendarFile[] => {
    const items = noteItems(api);
    const notes = items.map(viewOf).sort(byEventNewestFirst);
    return [
      { url: "/events.ics", name: settings.name, notes },
      ...notes.map((note) => ({ url: `${note.url}event.ics`, name: note.title, notes: [note] })),
      ...facetCalendars(computeFacets(items, viewOf), { siteName: settings.name }).map((calendar) => ({ ...calendar, notes: calendar.entries.map(viewOf) })),
    ];
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
  config.addFilter("icalendar", (calendar: CalendarFile) => buildCalendar(calendar.notes, { name: calendar.name, baseUrl: settings.baseUrl }));
  config.addFilter("sitemapEntries", (items: readonly CollectionItem[]) =>
    sitemapEntries(
      items.map((item) => {
        const data = item.data as { noindex?: boolean; note?: NoteView; lastModified?: string };
        return { url: item.url, noindex: data.noindex, lastModified: data.note?.lastModified ?? data.lastModified };
      }),
      settings.baseUrl,
      buildDateIso(),
    ),
  );
}
