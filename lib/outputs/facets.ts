/**
 * Browse facets: the notes grouped by host country (and, apart, by participating State), region and
 * sub-region, organizer, type of event, year and topic, plus each note's "related notes".
 *
 * Everything is built from inverted indexes (Maps keyed by slug) in one pass over the notes, so the
 * cost grows with the number of notes, never with every pair of notes. The functions are generic over
 * the entry type: the build passes Eleventy collection items, tests pass plain NoteViews.
 */
import type { Country } from "../note/countries.ts";
import { NOTE_TYPES } from "../note/note-schema.ts";
import { byEventNewestFirst, byEventSoonestFirst, type NoteView } from "../note/note-view.ts";
import { localizedPath } from "../languages/languages.ts";
import { facetUrl, indexNotes, organizerKey, topicSlug, type Index } from "../note/browse-index.ts";
import { addressSlug } from "../languages/address-slug.ts";
import { translate } from "../languages/messages.ts";
import { regionName } from "../languages/region-names.ts";

/** Notes of one group, ordered for reading: upcoming soonest first, past newest first. */
export interface NoteGroup<T> {
  /** Every note, newest event first */
  readonly notes: readonly T[];
  readonly upcoming: readonly T[];
  readonly past: readonly T[];
  readonly count: number;
}

export interface FacetValue<T> extends NoteGroup<T> {
  readonly slug: string;
  readonly label: string;
  /** Every spelling met in the notes for this value, as written there (the search filter values) */
  readonly filterValues: readonly string[];
}

export interface CountryFacetValue<T> extends FacetValue<T> {
  readonly country: Country;
  /** Notes of events hosted elsewhere (or online) in which the country's officials took part */
  readonly participated: NoteGroup<T>;
}

export interface RegionFacetValue<T> extends FacetValue<T> {
  readonly level: "region" | "subregion";
  /** The region a sub-region belongs to */
  readonly parent?: string;
}

export interface Facets<T> {
  readonly countries: readonly CountryFacetValue<T>[];
  readonly regions: readonly RegionFacetValue<T>[];
  readonly organizers: readonly FacetValue<T>[];
  readonly types: readonly FacetValue<T>[];
  readonly years: readonly FacetValue<T>[];
  readonly topics: readonly FacetValue<T>[];
}

function groupOf<T>(entries: readonly T[], viewOf: (entry: T) => NoteView): NoteGroup<T> {
  const unique = [...new Set(entries)];
  const newestFirst = unique.sort((a, b) => byEventNewestFirst(viewOf(a), viewOf(b)));
  return {
    notes: newestFirst,
    upcoming: newestFirst.filter((entry) => viewOf(entry).upcoming).sort((a, b) => byEventSoonestFirst(viewOf(a), viewOf(b))),
    past: newestFirst.filter((entry) => !viewOf(entry).upcoming),
    count: newestFirst.length,
  };
}

function valuesOf<T>(index: Index<T>, viewOf: (entry: T) => NoteView): FacetValue<T>[] {
  return [...index.buckets.entries()].map(([slug, bucket]) => ({
    slug,
    label: bucket.label(),
    filterValues: [...bucket.filterValues].sort(),
    ...groupOf(bucket.entries, viewOf),
  }));
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "en");

/** Every facet of a set of notes. */
export function computeFacets<T>(entries: readonly T[], viewOf: (entry: T) => NoteView): Facets<T> {
  const indexes = indexNotes(entries, viewOf);
  const hosted = new Map(valuesOf(indexes.hosted, viewOf).map((value) => [value.slug, value]));
  const participated = new Map(valuesOf(indexes.participated, viewOf).map((value) => [value.slug, value]));
  const empty: NoteGroup<T> = { notes: [], upcoming: [], past: [], count: 0 };
  const countries = [...indexes.countries.entries()]
    .map(([slug, country]): CountryFacetValue<T> => {
      const own = hosted.get(slug);
      const elsewhere = participated.get(slug);
      return {
        slug,
        label: country.name,
        filterValues: [country.name],
        country,
        ...(own ? { notes: own.notes, upcoming: own.upcoming, past: own.past, count: own.count } : empty),
        participated: elsewhere ? { notes: elsewhere.notes, upcoming: elsewhere.upcoming, past: elsewhere.past, count: elsewhere.count } : empty,
      };
    })
    .sort(byLabel);
  const typeOrder = new Map<string, number>(NOTE_TYPES.map((type, position) => [type, position]));
  return {
    countries,
    regions: valuesOf(indexes.regions, viewOf)
      .map((value) => ({ ...value, ...(indexes.regionLevels.get(value.slug) ?? { level: "region" as const }) }))
      .sort(byLabel),
    organizers: valuesOf(indexes.organizers, viewOf).sort(byLabel),
    types: valuesOf(indexes.types, viewOf).sort((a, b) => (typeOrder.get(a.slug) ?? 99) - (typeOrder.get(b.slug) ?? 99)),
    years: valuesOf(indexes.years, viewOf).sort((a, b) => Number(b.slug) - Number(a.slug)),
    topics: valuesOf(indexes.topics, viewOf).sort(byLabel),
  };
}

export interface FacetLink {
  readonly label: string;
  readonly url: string;
}

/** The browse links of one note: where its country, region, organizers, type, year and topics are listed. */
export interface NoteFacetLinks {
  readonly country?: FacetLink;
  readonly regions: readonly FacetLink[];
  readonly organizers: readonly FacetLink[];
  readonly type: FacetLink;
  readonly year: FacetLink;
  readonly topics: readonly FacetLink[];
  /** `Organizer` or `Organizers` in the note's language, as many as there are links */
  readonly organizersLabel: string;
  readonly topicsLabel: string;
}

/** The browse links of a note, in its language: the browse pages of that language that list it. */
export function noteFacetLinks(note: NoteView): NoteFacetLinks {
  const country = note.country;
  // Every language lists each event on its own browse pages, so the links stay in the note's language.
  const here = (path: string) => localizedPath(path, note.language);
  const regions = [country?.region, country?.subregion].filter((name): name is string => Boolean(name));
  const organizers = new Map<string, FacetLink>();
  for (const organizer of note.organizers) {
    const key = organizerKey(organizer);
    if (key && !organizers.has(key.slug)) organizers.set(key.slug, { label: key.label, url: here(facetUrl("organizers", key.slug)) });
  }
  const topics = new Map<string, FacetLink>();
  for (const topic of note.topics) {
    const slug = topicSlug(topic);
    if (slug && !topics.has(slug)) topics.set(slug, { label: topic, url: here(facetUrl("topics", slug)) });
  }
  return {
    ...(country ? { country: { label: note.countryName ?? country.name, url: here(facetUrl("countries", addressSlug(country.name))) } } : {}),
    regions: regions.map((name) => ({ label: regionName(name, note.language), url: here(facetUrl("regions", addressSlug(name))) })),
    organizers: [...organizers.values()],
    type: { label: note.typeLabel, url: here(facetUrl("types", note.type)) },
    year: { label: String(note.year), url: here(facetUrl("years", String(note.year))) },
    topics: [...topics.values()],
    organizersLabel: translate(note.language, "browse.organizers", { count: organizers.size }),
    topicsLabel: translate(note.language, "browse.topics", { count: topics.size }),
  };
}

/**
 * Related notes: for each note, up to `limit` others sharing its host country, an organizer or a topic,
 * newest event first. Each index list is sorted once, so a note only looks at the head of its lists.
 */
export function relatedNotesIndex<T>(entries: readonly T[], viewOf: (entry: T) => NoteView, limit = 3): Map<T, T[]> {
  const lists = new Map<string, T[]>();
  const keysOf = new Map<T, string[]>();
  for (const entry of entries) {
    const note = viewOf(entry);
    const keys = new Set<string>();
    if (note.country) keys.add(`country:${note.country.code}`);
    for (const organizer of note.organizers) {
      const key = organizerKey(organizer);
      if (key) keys.add(`organizer:${key.slug}`);
    }
    for (const topic of note.topics) if (topicSlug(topic)) keys.add(`topic:${topicSlug(topic)}`);
    keysOf.set(entry, [...keys]);
    for (const key of keys) {
      const list = lists.get(key);
      if (list) list.push(entry);
      else lists.set(key, [entry]);
    }
  }
  const compare = (a: T, b: T) => byEventNewestFirst(viewOf(a), viewOf(b));
  for (const list of lists.values()) list.sort(compare);

  const related = new Map<T, T[]>();
  for (const [entry, keys] of keysOf) {
    // The newest `limit` of each list (skipping the note itself) hold the newest `limit` overall.
    const candidates = new Set<T>();
    for (const key of keys) {
      let taken = 0;
      for (const other of lists.get(key)!) {
        if (taken === limit) break;
        if (other === entry) continue;
        candidates.add(other);
        taken += 1;
      }
    }
    related.set(entry, [...candidates].sort(compare).slice(0, limit));
  }
  return related;
}
