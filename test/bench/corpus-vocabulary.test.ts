/**
 * The benchmark corpus's words: drawn from the real notes with a Zipf frequency, the same on every run,
 * and the old fixed list still on request, giving the same corpus as before.
 */
import { describe, expect, it } from "vitest";
import { generateCorpus, noteVocabulary, seededRandom, zipfPicker } from "../support/fixture-notes.ts";

describe("the vocabulary of the real notes", () => {
  const vocabulary = noteVocabulary();

  it("holds thousands of distinct words, in the notes' languages, most frequent first", () => {
    expect(vocabulary.words.length).toBeGreaterThan(2000);
    expect(new Set(vocabulary.words).size).toBe(vocabulary.words.length);
    expect(vocabulary.words.slice(0, 20)).toContain("the");
    expect(vocabulary.words).toEqual(expect.arrayContaining(["export", "controls", "résolution", "резолюции"]));
    // Words only: no numbers, punctuation, or addresses of links.
    for (const word of vocabulary.words) expect(word).toMatch(/^\p{L}[\p{L}\p{M}'’]*$/u);
    expect(vocabulary.words.some((word) => word.includes("http"))).toBe(false);
  });
});

describe("drawing words by rank", () => {
  it("draws a word of rank r about 1/r as often as the first", () => {
    const words = Array.from({ length: 1000 }, (_, index) => `w${index + 1}`);
    const draw = zipfPicker(words, seededRandom(7));
    const counts = new Map<string, number>();
    for (let index = 0; index < 200_000; index++) {
      const word = draw();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const first = counts.get("w1")!;
    expect(counts.get("w2")! / first).toBeCloseTo(1 / 2, 1);
    expect(counts.get("w10")! / first).toBeCloseTo(1 / 10, 1);
    expect(counts.get("w1000") ?? 0).toBeLessThan(first / 200);
  });
});

describe("generateCorpus", () => {
  it("is the same on every run, with thousands of distinct words across the notes", () => {
    const first = generateCorpus({ count: 200, seed: 3 });
    expect(generateCorpus({ count: 200, seed: 3 })).toEqual(first);
    const words = new Set(first.flatMap((note) => note.body!.toLowerCase().match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? []));
    expect(words.size).toBeGreaterThan(1000);
  });

  it("keeps everything but the words when the vocabulary changes, and the old list on request", () => {
    const notes = generateCorpus({ count: 50 });
    const fixed = generateCorpus({ count: 50, vocabulary: "fixed" });
    expect(notes.map((note) => [note.file, note.frontMatter.start_date, note.frontMatter.end_date, note.frontMatter.country, note.frontMatter.organizers])).toEqual(
      fixed.map((note) => [note.file, note.frontMatter.start_date, note.frontMatter.end_date, note.frontMatter.country, note.frontMatter.organizers]),
    );
    const fixedWords = new Set(fixed.flatMap((note) => note.body!.toLowerCase().match(/\p{L}+/gu) ?? []));
    expect(fixedWords.size).toBeLessThan(60);
  });
});
