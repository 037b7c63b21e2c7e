/**
 * Which browse pages each note belongs on (its host country and participating States, region and
 * sub-region, organizers, type, year and topics), keyed by the slug of each page's address, and the
 * different names that would end up sharing one page.
 *
 * Slugs come from `addressSlug`, which gives Latin names the same slugs as always and keeps the
 * letters of other scripts, so an organizer or topic written only in Arabic or Chinese still gets
 * its page. Name clashes are looked for among notes of one language only: the French and English
 * spellings of one organizer with the same acronym in brackets are meant to share its page.
 *
 * One pass over the notes builds inverted indexes (Maps keyed by slug), so the cost grows with the
 * number of notes. Generic over the entry type: the build passes Eleventy items, tests and the
 * validator plain NoteViews.
 */
import type { Country } from "./countries.ts";
import type { NoteView } from "./note-view.ts";
import { addressSlug } from "../languages/address-slug.ts";

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

export interface FacetSlugClash {
  readonly facet: FacetName;
  readonly slug: string;
  readonly labels: readonly string[];
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
    if (looksLikeAcronym(inside)) return { slug: addressSlug(inside), label, shortFormOnly: false };
    label = label.slice(0, bracket.index).trim();
  }
  const slug = addressSlug(label);
  if (!slug) return undefined;
  return { slug, label, shortFormOnly: looksLikeAcronym(label) };
}

export function topicSlug(topic: string): string {
  return addressSlug(topic);
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

export class Index<T> {
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

export interface FacetIndexes<T> {
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

export function indexNotes<T>(entries: readonly T[], viewOf: (entry: T) => NoteView): FacetIndexes<T> {
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
      const slug = addressSlug(host.name);
      indexes.hosted.add(slug, entry, host.name);
      if (!indexes.countries.has(slug)) indexes.countries.set(slug, host);
      if (host.region) {
        indexes.regions.add(addressSlug(host.region), entry, host.region);
        indexes.regionLevels.set(addressSlug(host.region), { level: "region" });
      }
      if (host.subregion) {
        indexes.regions.add(addressSlug(host.subregion), entry, host.subregion);
        indexes.regionLevels.set(addressSlug(host.subregion), { level: "subregion", ...(host.region ? { parent: host.region } : {}) });
      }
    }
    for (const state of note.participants.states) {
      if (state.code === host?.code) continue;
      const slug = addressSlug(state.name);
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

export function clashesOf<T>(indexes: FacetIndexes<T>): FacetSlugClash[] {
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

/**
 * Labels that would share a URL, for the validator: `{ facet, slug, labels }` per clash. Notes are
 * compared with notes of their own language only (see the header).
 */
export function findFacetSlugClashes(notes: readonly NoteView[]): FacetSlugClash[] {
  const byLanguage = new Map<string, NoteView[]>();
  for (const note of notes) {
    const group = byLanguage.get(note.language);
    if (group) group.push(note);
    else byLanguage.set(note.language, [note]);
  }
  return [...byLanguage.values()].flatMap((group) => clashesOf(indexNotes(group, (note) => note)));
}
