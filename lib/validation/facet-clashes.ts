/**
 * Two different names that would share one browse page (`/organizers/osce/`), found among the
 * validated notes.
 *
 * Whether names clash depends only on which names the notes use, in each language, not on how many
 * notes use them. So the clashes are looked for among the few notes that bring a name no earlier
 * note brought (a few hundred of 10 000), and only those get a page view built.
 */
import type { Finding } from "./findings.ts";
import { resolveCountry } from "../note/countries.ts";
import { noteLanguage } from "../note/note-files.ts";
import { FACET_PATHS, findFacetSlugClashes, type FacetSlugClash } from "../note/browse-index.ts";
import { buildNoteView, type NoteDefaults, type NoteView } from "../note/note-view.ts";
import { buildDate, publicationState } from "../note/publication.ts";
import type { Note } from "../note/note-schema.ts";

/** What the clash check needs of a validated note. */
export interface ClashCandidate {
  readonly file: string;
  readonly note: Note;
}

const CLASH_FIELDS = { countries: "country", regions: "country", organizers: "organizers", types: "type", years: "start_date", topics: "topics" } as const;

// The clash check reads names and places only; the contact and disclaimer a page would show do not matter.
const NO_DEFAULTS: NoteDefaults = { contact: { name: "", email: "" }, disclaimer: "" };

/** The names of one language's notes already met, by what they name. */
interface NamesMet {
  readonly countries: Set<string>;
  readonly states: Set<string>;
  readonly organizers: Set<string>;
  readonly topics: Set<string>;
  readonly types: Set<string>;
  readonly years: Set<string>;
}

/** Adds `name` to `met`; true when it was not there yet. */
function meet(met: Set<string>, name: string): boolean {
  if (met.has(name)) return false;
  met.add(name);
  return true;
}

/**
 * The positions, in order, of the candidates that bring at least one name no earlier candidate of
 * their language brought: host country, participating State, organizer, topic, type or year, each
 * as written (two spellings of one name count as two, which only keeps more notes). A participating
 * State that is also the note's host is not indexed for that note, so it is not counted for it.
 *
 * The index built from these notes has every label under every slug, each slug first met in the
 * same order as in the index of all the candidates: it has the same clashes, in the same order.
 */
export function notesBringingNewNames(candidates: readonly ClashCandidate[]): number[] {
  const byLanguage = new Map<string, NamesMet>();
  const kept: number[] = [];
  candidates.forEach((candidate, index) => {
    const { note } = candidate;
    const language = noteLanguage(candidate.file);
    let met = byLanguage.get(language);
    if (!met) byLanguage.set(language, (met = { countries: new Set(), states: new Set(), organizers: new Set(), topics: new Set(), types: new Set(), years: new Set() }));
    // Every name is met, even once the note is known to be kept, so later notes are judged against all of them.
    let isNew = meet(met.countries, note.country ?? "");
    isNew = meet(met.types, note.type) || isNew;
    isNew = meet(met.years, note.start_date.slice(0, 4)) || isNew;
    for (const organizer of note.organizers) isNew = meet(met.organizers, organizer) || isNew;
    for (const topic of note.topics ?? []) isNew = meet(met.topics, topic) || isNew;
    const states = note.participants?.states ?? [];
    if (states.some((state) => !met.states.has(state))) {
      // Only a State not met yet needs resolving: whether it is the host decides whether it is indexed.
      const host = note.country ? resolveCountry(note.country) : undefined;
      for (const state of states) {
        if (met.states.has(state) || (host !== undefined && resolveCountry(state)?.code === host.code)) continue;
        met.states.add(state);
        isNew = true;
      }
    }
    if (isNew) kept.push(index);
  });
  return kept;
}

/**
 * Two different names that would share one browse page are reported on every note that uses one of
 * them, so nobody's events silently land on somebody else's page. Among published notes that is an
 * error; a clash that only a draft or scheduled note brings is a warning on that note, so an
 * unfinished draft never stops a deploy.
 */
export function facetClashFindings(notes: readonly ClashCandidate[]): Finding[] {
  if (notes.length === 0) return [];
  const today = buildDate();
  const isPublished = notes.map((entry) => publicationState(entry.note, today) === "published");
  const views: (NoteView | undefined)[] = [];
  const viewAt = (index: number): NoteView => (views[index] ??= buildNoteView(notes[index]!.note, notes[index]!.file, NO_DEFAULTS, today));
  const clashesAmong = (indexes: readonly number[]) =>
    findFacetSlugClashes(notesBringingNewNames(indexes.map((index) => notes[index]!)).map((kept) => viewAt(indexes[kept]!)));
  const publishedIndexes = isPublished.flatMap((published, index) => (published ? [index] : []));
  const publishedClashes = clashesAmong(publishedIndexes);
  // Usually every note is published, and the two sets are one.
  const allClashes = publishedIndexes.length === notes.length ? publishedClashes : clashesAmong(notes.map((_, index) => index));
  if (publishedClashes.length === 0 && allClashes.length === 0) return [];

  const names = notes.map((entry) => namesShown(entry.note));
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const report = (clash: FacetSlugClash, severity: Finding["severity"], onlyUnpublished: boolean) => {
    const key = `${clash.facet}/${clash.slug}/${clash.labels.join("|")}`;
    if (reported.has(key)) return;
    reported.add(key);
    const labels = clash.labels.map((label) => `"${label}"`).join(" and ");
    names.forEach((values, index) => {
      if (onlyUnpublished && isPublished[index]) return;
      if (!usesAnyLabel(values, clash.labels)) return;
      findings.push({
        file: notes[index]!.file,
        line: 1,
        column: 1,
        severity,
        field: CLASH_FIELDS[clash.facet],
        message: `${labels} would share the page ${FACET_PATHS[clash.facet]}${clash.slug}/: write the name the same way in every note, or give each a different short form in brackets${severity === "warning" ? " (an error once this note is published)" : ""}`,
      });
    });
  };
  for (const clash of publishedClashes) report(clash, "error", false);
  for (const clash of allClashes) report(clash, "warning", true);
  return findings;
}

/**
 * The names a note's page view shows that a clash can be about: organizers and topics as written, and
 * the host country's English name, region and sub-region (as `buildNoteView` gives them), without
 * building the whole view for each of thousands of notes.
 */
function namesShown(note: Note): string[] {
  const country = note.country ? resolveCountry(note.country) : undefined;
  return [...note.organizers, ...(note.topics ?? []), country?.name ?? "", country?.region ?? "", country?.subregion ?? ""];
}

function usesAnyLabel(values: readonly string[], labels: readonly string[]): boolean {
  return labels.some((label) => values.some((value) => value === label || value.startsWith(`${label} (`)));
}
