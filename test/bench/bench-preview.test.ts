import { describe, expect, it } from "vitest";
import { appendMarker, evaluatePreviewTargets, previewMarker, renderPreviewTable, type PreviewFigures } from "../../lib/bench/preview.ts";
import { median } from "../../lib/bench/stats.ts";
import { noteText, validFrontMatter } from "../support/fixture-notes.ts";

describe("the preview bench", () => {
  it("appends the marker to the first paragraph of the body, not to the front matter or a heading", () => {
    const text = noteText(validFrontMatter(), "## Background\n\nFirst paragraph.\n\nSecond.\n");
    const edited = appendMarker(text, previewMarker(1700000000000, 2));
    expect(edited).toContain("First paragraph. previewmarker1700000000000x2\n\nSecond.");
    expect(edited.replace(" previewmarker1700000000000x2", "")).toBe(text);
    expect(() => appendMarker(noteText(validFrontMatter(), "## Only a heading\n"), "x")).toThrow(/no paragraph/);
  });

  it("takes the median, a timeout counting as the longest", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, undefined, 2])).toBe(2);
    expect(median([1, undefined, undefined])).toBeUndefined();
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  const figures = (notes: number, page: (number | undefined)[], search: (number | undefined)[]): PreviewFigures => ({ notes, initialBuildMs: 60_000, pageUpdatedMs: page, searchRefreshedMs: search });

  it("judges each target on the median at its own corpus size", () => {
    const results = evaluatePreviewTargets([figures(1000, [400, 500, 1200], [3000, 6000, 3000]), figures(10000, [2800, 2900, 3200], [16_000, 20_000, undefined])]);
    expect(results.map((result) => [result.target, result.measured, result.pass])).toEqual([
      ["preview: page updated ≤ 1 s after save at 1000", "0.50 s", true],
      ["preview: page updated ≤ 3 s after save at 10000", "2.90 s", true],
      ["preview: search index refreshed ≤ 5 s after save at 1000", "3.00 s", true],
    ]);
    expect(evaluatePreviewTargets([figures(1000, [900, 1100, 1300], [3000, 6000, 7000])]).map((result) => result.pass)).toEqual([false, false]);
    expect(evaluatePreviewTargets([figures(2000, [100], [100])])).toEqual([]);
    expect(evaluatePreviewTargets([{ notes: 10000, failure: "did not start", pageUpdatedMs: [], searchRefreshedMs: [] }]).every((result) => result.pass === false)).toBe(true);
  });

  it("prints one row per size", () => {
    const table = renderPreviewTable([figures(1000, [400, 500, undefined], [3000, 3100, 3200])]);
    expect(table).toContain("page updated after save");
    expect(table).toMatch(/1000 +60\.0 s +0\.50 s +3\.10 s +0\.40 \/ 0\.50 \/ timeout; 3\.00 \/ 3\.10 \/ 3\.20/);
  });
});
