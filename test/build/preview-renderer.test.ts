/**
 * The preview's quick render of one note: its input glob, and its related notes, which must be the
 * ones a whole build lists (the build's collection `notesIn[language]` given to `relatedNotesIndex`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputGlobOf, relatedNoteCards } from "../../lib/build/preview-renderer.ts";
import { LANGUAGE_CODES, noteFileName, type LanguageCode } from "../../lib/languages/languages.ts";
import { NoteSchema } from "../../lib/note/note-schema.ts";
import { buildNoteView, byPublishedNewestFirst, type NoteView } from "../../lib/note/note-view.ts";
import { relatedNotesIndex } from "../../lib/outputs/facets.ts";
import { eventsByLanguage } from "../../lib/outputs/page-languages.ts";
import { siteSettings } from "../../site.config.ts";
import { validFrontMatter } from "../support/fixture-notes.ts";
import { BUILD_DATE } from "../support/note-views.ts";

const COUNTRIES = ["Tajikistan", "Kenya", "Peru", "France"];
const ORGANIZERS = ["UNODA", "Organisation for Security and Cooperation in Europe (OSCE)", "OSCE", "European Union", "Kenya"];
const TOPICS = ["export controls", "border security", "reporting", "Export Controls"];

interface EventSpec {
  readonly country: number;
  readonly organizers: readonly number[];
  readonly topics: readonly number[];
  readonly day: number;
  readonly published: number;
  readonly languages: readonly LanguageCode[];
}

const eventSpec = fc.record({
  country: fc.nat({ max: COUNTRIES.length - 1 }),
  organizers: fc.uniqueArray(fc.nat({ max: ORGANIZERS.length - 1 }), { minLength: 1, maxLength: 3 }),
  topics: fc.uniqueArray(fc.nat({ max: TOPICS.length - 1 }), { maxLength: 2 }),
  day: fc.integer({ min: 1, max: 9 }),
  published: fc.integer({ min: 10, max: 19 }),
  languages: fc.subarray([...LANGUAGE_CODES], { minLength: 1 }),
});

/** Every version of every event, as a build's collection holds them, with the languages each knows of. */
function viewsOf(events: readonly EventSpec[], topicsOf = (spec: EventSpec) => spec.topics): NoteView[] {
  return events.flatMap((spec, index) =>
    spec.languages.map((language) => {
      const note = NoteSchema.parse(
        validFrontMatter({
          title: `Event number ${index}`,
          country: COUNTRIES[spec.country],
          organizers: spec.organizers.map((organizer) => ORGANIZERS[organizer]!),
          topics: topicsOf(spec).map((topic) => TOPICS[topic]!),
          start_date: `2016-03-0${spec.day}`,
          end_date: `2016-03-0${spec.day}`,
          published: `2016-03-${spec.published}`,
        }),
      );
      return buildNoteView(note, `notes/2016/${noteFileName(`event-${index}`, language)}`, siteSettings, BUILD_DATE, spec.languages);
    }),
  );
}

/** What a whole build gives the note page of `note`, among `all` (which holds `note` itself). */
function relatedInBuild(all: readonly NoteView[], note: NoteView): NoteView[] {
  const list = [...eventsByLanguage(all, (view) => view)[note.language]].sort(byPublishedNewestFirst);
  return relatedNotesIndex(list, (view) => view).get(note) ?? [];
}

describe("the preview's related notes", () => {
  it("are the ones a whole build lists, for every version of every event", () => {
    fc.assert(
      fc.property(fc.array(eventSpec, { minLength: 1, maxLength: 25 }), (events) => {
        const all = viewsOf(events);
        for (const note of all) {
          expect(relatedNoteCards(all, note).map((card) => card.data.note.url)).toEqual(relatedInBuild(all, note).map((view) => view.url));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("take the note as just rendered in place of the version of its own file", () => {
    fc.assert(
      fc.property(fc.array(eventSpec, { minLength: 2, maxLength: 25 }), fc.nat(), (events, pick) => {
        const before = viewsOf(events);
        // The same notes after one event's topics changed: its new views stand in for the old ones.
        const changedEvent = pick % events.length;
        const after = viewsOf(events, (spec) => (spec === events[changedEvent] ? [0, 1] : spec.topics));
        for (const note of after.filter((view) => view.eventKey === `notes/2016/event-${changedEvent}`)) {
          const rebuilt = before.map((view) => (view.eventKey === note.eventKey && view.language === note.language ? note : view));
          expect(relatedNoteCards(before, note).map((card) => card.data.note.url)).toEqual(relatedInBuild(rebuilt, note).map((view) => view.url));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("include a note that is new to the site", () => {
    const [first, second] = viewsOf([
      { country: 0, organizers: [0], topics: [], day: 1, published: 10, languages: ["en"] },
      { country: 0, organizers: [1], topics: [], day: 2, published: 11, languages: ["en"] },
    ]);
    expect(relatedNoteCards([first!], second!).map((card) => card.data.note.url)).toEqual([first!.url]);
  });
});

describe("the preview's input for a few notes", () => {
  it("names the files themselves, any character in their path taken literally", () => {
    expect(inputGlobOf(["./notes/2016/a.md"])).toBe("notes/2016/a.md");
    expect(inputGlobOf(["./notes/2016/a.md", "./notes/2016/a.fr.md"])).toBe("{notes/2016/a.md,notes/2016/a.fr.md}");
    expect(inputGlobOf(["./notes/old [2016]/a.md"])).toBe("notes/old \\[2016\\]/a.md");
  });
});
