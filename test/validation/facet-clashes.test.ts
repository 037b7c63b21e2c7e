/**
 * Name clashes found from the notes that bring new names against the same search over every note's
 * full view, as the validator made it before: same findings, in the same order.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FACET_PATHS, findFacetSlugClashes, type FacetSlugClash } from "../../lib/note/browse-index.ts";
import { buildNoteView, type NoteDefaults, type NoteView } from "../../lib/note/note-view.ts";
import { NoteSchema, type NoteInput } from "../../lib/note/note-schema.ts";
import { buildDate, publicationState } from "../../lib/note/publication.ts";
import { facetClashFindings, notesBringingNewNames, type ClashCandidate } from "../../lib/validation/facet-clashes.ts";
import type { Finding } from "../../lib/validation/findings.ts";
import { validFrontMatter } from "../support/fixture-notes.ts";

const CLASH_FIELDS = { countries: "country", regions: "country", organizers: "organizers", types: "type", years: "start_date", topics: "topics" } as const;
const NO_DEFAULTS: NoteDefaults = { contact: { name: "", email: "" }, disclaimer: "" };

/** The clash findings as the validator made them before, from a full view of every note. */
function clashFindingsFromEveryView(notes: readonly ClashCandidate[]): Finding[] {
  if (notes.length === 0) return [];
  const today = buildDate();
  const views = notes.map((entry) => buildNoteView(entry.note, entry.file, NO_DEFAULTS, today));
  const isPublished = notes.map((entry) => publicationState(entry.note, today) === "published");
  const published = views.filter((_, index) => isPublished[index]);
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const usesAnyLabel = (view: NoteView, labels: readonly string[]) => {
    const values = [...view.organizers, ...view.topics, view.country?.name ?? "", view.country?.region ?? "", view.country?.subregion ?? ""];
    return labels.some((label) => values.some((value) => value === label || value.startsWith(`${label} (`)));
  };
  const report = (clash: FacetSlugClash, severity: Finding["severity"], onlyUnpublished: boolean) => {
    const key = `${clash.facet}/${clash.slug}/${clash.labels.join("|")}`;
    if (reported.has(key)) return;
    reported.add(key);
    const labels = clash.labels.map((label) => `"${label}"`).join(" and ");
    views.forEach((view, index) => {
      if (onlyUnpublished && isPublished[index]) return;
      if (!usesAnyLabel(view, clash.labels)) return;
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
  for (const clash of findFacetSlugClashes(published)) report(clash, "error", false);
  for (const clash of findFacetSlugClashes(views)) report(clash, "warning", true);
  return findings;
}

const ORGANIZERS = [
  "Organisation for Security and Co-operation in Europe (OSCE)",
  "Organisation for Security and Cooperation in Europe (OSCE)",
  "OSCE",
  "O.S.C.E.",
  "UNODA",
  "UNODA (support)",
  "Export Controls",
  "Export-Controls",
  "Export Controls (host)",
  "Bureau des affaires de désarmement de l'ONU (UNODA)",
  "مكتب الأمم المتحدة لشؤون نزع السلاح",
];
const TOPICS = ["Export controls", "export  controls", "export controls", "border", "Border", "出口管制", "Ēxport controls"];
const COUNTRIES = ["TJ", "Tajikistan", "tajikistan", "UZ", "Uzbekistan", "KZ", "CI", "Côte d'Ivoire"];

const candidate = (index: number, language: string, overrides: Partial<NoteInput> & Record<string, unknown>): ClashCandidate => ({
  file: `notes/2016/note-${index}${language}.md`,
  note: NoteSchema.parse(validFrontMatter(overrides)),
});

const candidates: fc.Arbitrary<ClashCandidate[]> = fc
  .array(
    fc.record({
      language: fc.constantFrom("", "", ".fr", ".ar"),
      organizers: fc.uniqueArray(fc.constantFrom(...ORGANIZERS), { minLength: 1, maxLength: 3 }),
      topics: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 3 }),
      country: fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }),
      states: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 3 }),
      year: fc.constantFrom("2016", "2017"),
      state: fc.constantFrom("published", "published", "draft", "scheduled"),
    }),
    { maxLength: 8 },
  )
  .map((notes) =>
    notes.map((entry, index) =>
      candidate(index, entry.language, {
        organizers: entry.organizers,
        ...(entry.topics.length > 0 ? { topics: entry.topics } : {}),
        ...(entry.country ? { country: entry.country } : { country: undefined, city: undefined, online: true }),
        ...(entry.states.length > 0 ? { participants: { states: entry.states } } : {}),
        start_date: `${entry.year}-02-29`.replace("2017-02-29", "2017-03-01"),
        end_date: undefined,
        ...(entry.state === "draft" ? { draft: true } : {}),
        ...(entry.state === "scheduled" ? { published: "2099-01-01" } : {}),
      }),
    ),
  );

describe("name clashes between notes", () => {
  const pinned = process.env.SITE_BUILD_DATE;
  beforeEach(() => {
    process.env.SITE_BUILD_DATE = "2024-06-01";
  });
  afterEach(() => {
    if (pinned === undefined) delete process.env.SITE_BUILD_DATE;
    else process.env.SITE_BUILD_DATE = pinned;
  });

  it("are the ones a full view of every note finds, reported the same way (generated notes)", () => {
    let withClashes = 0;
    fc.assert(
      fc.property(candidates, (notes) => {
        const expected = clashFindingsFromEveryView(notes);
        if (expected.length > 0) withClashes += 1;
        expect(facetClashFindings(notes)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
    // Many generated sets have a clash, so the comparison is about clashes, not only about their absence.
    expect(withClashes).toBeGreaterThan(150);
  });

  it("are searched among the notes that bring a new name only", () => {
    const notes = [
      candidate(0, "", { organizers: ["UNODA"], topics: ["border"] }),
      candidate(1, "", { organizers: ["UNODA"], topics: ["border"] }),
      candidate(2, "", { organizers: ["UNODA"], topics: ["border"], start_date: "2017-03-01", end_date: undefined }),
      candidate(3, ".fr", { organizers: ["UNODA"], topics: ["border"] }),
      candidate(4, "", { organizers: ["UNODA"], topics: ["border"], country: "Uzbekistan" }),
      // Tajikistan as a participant of a note it hosts is not indexed for it, so it brings nothing new…
      candidate(5, "", { organizers: ["UNODA"], topics: ["border"], participants: { states: ["TJ"] } }),
      // …but it is new as a participant of a note hosted elsewhere.
      candidate(6, "", { organizers: ["UNODA"], topics: ["border"], country: "Uzbekistan", participants: { states: ["TJ"] } }),
      // Every organizer counts, not only the first.
      candidate(7, "", { organizers: ["UNODA", "OSCE"], topics: ["border"] }),
      candidate(8, "", { organizers: ["UNODA"], topics: ["border", "Border"] }),
    ];
    expect(notesBringingNewNames(notes)).toEqual([0, 2, 3, 4, 6, 7, 8]);
  });

  it("name every note that uses a clashing name, the later ones too", () => {
    const notes = [
      candidate(0, "", { organizers: ["Organisation for Security and Co-operation in Europe (OSCE)"] }),
      candidate(1, "", { organizers: ["Organisation for Security and Cooperation in Europe (OSCE)"] }),
      candidate(2, "", { organizers: ["Organisation for Security and Cooperation in Europe (OSCE)"] }),
      candidate(3, "", { organizers: ["Export Controls"], draft: true }),
      candidate(4, "", { organizers: ["Export-Controls"] }),
    ];
    expect(facetClashFindings(notes).map((finding) => `${finding.file} ${finding.severity} ${finding.field}`)).toEqual([
      "notes/2016/note-0.md error organizers",
      "notes/2016/note-1.md error organizers",
      "notes/2016/note-2.md error organizers",
      "notes/2016/note-3.md warning organizers",
    ]);
  });
});
