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
import { slugify } from "../note/slugify.ts";

export const FACET_NAMES = ["countries", "regions", "organizers", "types", "years", "topics"] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** Where each facet's index lives; a value's page is `<path><slug>/`. */
export const FACET_PATHS: Record<FacetName, string> = {
  countries: "/countries/",
  regions: "/regions/",
  organizers: "/organizers/",
  types: "/types/",
  years: "/years/",
  topics: "/topics/",
};

export function facetUrl(facet: FacetName, slug: string): string {
  return `${FACET_PATHS[facet]}${slug}/`;
}

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

export interface FacetSlugClash {
  readonly facet: FacetName;
  readonly slug: string;
  readonly labels: readonly string[];
}

export interface Facets<T> {
  readonly countries: readonly CountryFacetValue<T>[];
  readonly regions: readonly RegionFacetValue<T>[];
  readonly organizers: readonly FacetValue<T>[];
  readonly types: readonly FacetValue<T>[];
  readonly years: readonly FacetValue<T>[];
  readonly topics: readonly FacetValue<T>[];
  /** Different labels that would share one URL: to be fixed in the notes */
  readonly clashes: readonly FacetSlugClash[];
}

/** Role words staff add in brackets after an organizer; they say what it did, not who it is. */
const ACRONYM = /^[A-Z][A-Za-z0-9&.\-/]*[A-Z0-9]$/;
const TRAILING_BRACKET = /\s*\(([^()]*)\)\s*$/;

/** A bracketed short form counts when it looks like an acronym: `OSCE`, `UNODA/UNRCPD`, `G8`. */
export function looksLikeAcronym(text: string): boolean {
  return ACRONYM.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 2;
}

export interface OrganizerKey {
  readonly slug: string;
  /** The name with role words stripped, as shown */
  readonly label: string;
  /** True when the name is only the short form (`OSCE`), which merges with the full name silently */
  readonly shortFormOnly: boolean;
}

/**
 * How an organizer is grouped: "Organisation for Security and Cooperation in Europe (OSCE)" and "OSCE"
 * both become `osce`; "UNODA (support)" is UNODA; "United Kingdom (as G8 Presidency)" is United Kingdom.
 */
export function organizerKey(name: string): OrganizerKey | undefined {
  let label = name.trim();
  for (let bracket = TRAILING_BRACKET.exec(label); bracket; bracket = TRAILING_BRACKET.exec(label)) {
    const inside = bracket[1]!.trim();
    if (looksLikeAcronym(inside)) return { slug: slugify(inside), label, shortFormOnly: false };
    label = label.slice(0, bracket.index).trim();
  }
  const slug = slugify(label);
  if (!slug) return undefined;
  return { slug, label, shortFormOnly: looksLikeAcronym(label) };
}

export function topicSlug(topic: string): string {
  return slugify(topic);
}

/** Collects notes and the labels written for them under one slug. */
class Bucket<T> {
  readonly entries: T[] = [];
  readonly labels = new Map<string, number>();
  readonly filterValues = new Set<string>();
  readonly aliases = new Set<string>();
  add(entry: T, label: string, filterValue: string, alias = false): void {
    this.entries.push(entry);
    this.filterValues.add(filterValue);
    if (alias) this.aliases.add(label);
    else this.labels.set(label, (this.labels.get(label) ?? 0) + 1);
  }
  /** The most used label (ties: alphabetical), falling back to a short form when that is all there is. */
  label(): string {
    const ranked = [...this.labels.entries()].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
    return ranked[0]?.[0] ?? [...this.aliases].sort()[0] ?? "";
  }
}

class Index<T> {
  readonly buckets = new Map<string, Bucket<T>>();
  add(slug: string, entry: T, label: string, filterValue = label, alias = false): void {
    let bucket = this.buckets.get(slug);
    if (!bucket) this.buckets.set(slug, (bucket = new Bucket<T>()));
    bucket.add(entry, label, filterValue, alias);
  }
  clashes(facet: FacetName): FacetSlugClash[] {
    return [...this.buckets.entries()]
      .filter(([, bucket]) => bucket.labels.size > 1)
      .map(([slug, bucket]) => ({ facet, slug, labels: [...bucket.labels.keys()].sort() }));
  }
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

interface FacetIndexes<T> {
  readonly hosted: Index<T>;
  readonly participated: Index<T>;
  readonly countries: Map<string, Country>;
  readonly regions: Index<T>;
  readonly regionLevels: Map<string, { level: "region" | "subregion"; parent?: string }>;
  readonly organizers: Index<T>;
  readonly types: Index<T>;
  readonly years: Index<T>;
  readonly topics: Index<T>;
}

function indexNotes<T>(entries: readonly T[], viewOf: (entry: T) => NoteView): FacetIndexes<T> {
  const indexes: FacetIndexes<T> = {
    hosted: new Index(),
    participated: new Index(),
    countries: new Map(),
    regions: new Index(),
    regionLevels: new Map(),
    organizers: new Index(),
    types: new Index(),
    years: new Index(),
    topics: new Index(),
  };
  for (const entry of entries) {
    const note = viewOf(entry);
    const host = note.country;
    if (host) {
      const slug = slugify(host.name);
      indexes.hosted.add(slug, entry, host.name);
      if (!indexes.countries.has(slug)) indexes.countries.set(slug, host);
      if (host.region) {
        indexes.regions.add(slugify(host.region), entry, host.region);
        indexes.regionLevels.set(slugify(host.region), { level: "region" });
      }
      if (host.subregion) {
        indexes.regions.add(slugify(host.subregion), entry, host.subregion);
        indexes.regionLevels.set(slugify(host.subregion), { level: "subregion", ...(host.region ? { parent: host.region } : {}) });
      }
    }
    for (const state of note.participants.states) {
      if (state.code === host?.code) continue;
      const slug = slugify(state.name);
      indexes.participated.add(slug, entry, state.name);
      if (!indexes.countries.has(slug)) indexes.countries.set(slug, state);
    }
    for (const organizer of note.organizers) {
      const key = organizerKey(organizer);
      if (key) indexes.organizers.add(key.slug, entry, key.label, organizer, key.shortFormOnly);
    }
    indexes.types.add(note.type, entry, note.typeLabel);
    indexes.years.add(String(note.year), entry, String(note.year));
    for (const topic of note.topics) {
      const slug = topicSlug(topic);
      if (slug) indexes.topics.add(slug, entry, topic);
    }
  }
  return indexes;
}

function clashesOf<T>(indexes: FacetIndexes<T>): FacetSlugClash[] {
  // Hosted and participating countries share URLs, so their labels are checked together.
  const countryLabels = new Map<string, Set<string>>();
  for (const index of [indexes.hosted, indexes.participated]) {
    for (const [slug, bucket] of index.buckets) {
      const labels = countryLabels.get(slug) ?? new Set<string>();
      for (const label of bucket.labels.keys()) labels.add(label);
      countryLabels.set(slug, labels);
    }
  }
  const countryClashes = [...countryLabels.entries()]
    .filter(([, labels]) => labels.size > 1)
    .map(([slug, labels]): FacetSlugClash => ({ facet: "countries", slug, labels: [...labels].sort() }));
  return [...countryClashes, ...indexes.regions.clashes("regions"), ...indexes.organizers.clashes("organizers"), ...indexes.topics.clashes("topics")];
}

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
    clashes: clashesOf(indexes),
  };
}

/** Labels that would share a URL, for the validator: `{ facet, slug, labels }` per clash. */
export function findFacetSlugClashes(notes: readonly NoteView[]): FacetSlugClash[] {
  return clashesOf(indexNotes(notes, (note) => note));
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
}

export function noteFacetLinks(note: NoteView): NoteFacetLinks {
  const country = note.country;
  const regions = [country?.region, country?.subregion].filter((name): name is string => Boolean(name));
  const organizers = new Map<string, FacetLink>();
  for (const organizer of note.organizers) {
    const key = organizerKey(organizer);
    if (key && !organizers.has(key.slug)) organizers.set(key.slug, { label: key.label, url: facetUrl("organizers", key.slug) });
  }
  const topics = new Map<string, FacetLink>();
  for (const topic of note.topics) {
    const slug = topicSlug(topic);
    if (slug && !topics.has(slug)) topics.set(slug, { label: topic, url: facetUrl("topics", slug) });
  }
  return {
    ...(country ? { country: { label: country.name, url: facetUrl("countries", slugify(country.name)) } } : {}),
    regions: regions.map((name) => ({ label: name, url: facetUrl("regions", slugify(name)) })),
    organizers: [...organizers.values()],
    type: { label: note.typeLabel, url: facetUrl("types", note.type) },
    year: { label: String(note.year), url: facetUrl("years", String(note.year)) },
    topics: [...topics.values()],
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
