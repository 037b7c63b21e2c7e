/**
 * Pure helpers for `npm run bench -- --preview`: the edit made to a note, the median of the
 * repeated measurements, the targets of the live preview (`npm start`) and its table.
 * The orchestration (server, polling, clean-up) is in scripts/bench.ts.
 */
import { formatSeconds, median, renderTable, type TargetResult } from "./stats.ts";

/** The live preview's targets (`npm start`): after saving an edited note, the page shows the change … */
export interface PreviewTarget {
  readonly measure: "page" | "search";
  /** … at this corpus size … */
  readonly notes: number;
  /** … within this long */
  readonly limitMs: number;
}

export const PREVIEW_TARGETS: readonly PreviewTarget[] = [
  { measure: "page", notes: 1000, limitMs: 1000 },
  { measure: "page", notes: 10000, limitMs: 3000 },
  { measure: "search", notes: 1000, limitMs: 5000 },
];

/** How many times one note is edited; the median is reported. */
export const PREVIEW_EDITS = 3;

/** A word that is in no note of the synthetic corpus, unique to one edit. */
export function previewMarker(now: number, edit: number): string {
  return `previewmarker${now}x${edit}`;
}

/**
 * The note text with `marker` appended to the first paragraph of its body (the first line after the
 * front matter that is not blank and not a heading); throws when there is none.
 */
export function appendMarker(text: string, marker: string): string {
  const frontMatterEnd = text.indexOf("\n---\n", 4);
  const bodyStart = frontMatterEnd === -1 ? 0 : frontMatterEnd + 5;
  const lines = text.slice(bodyStart).split("\n");
  const index = lines.findIndex((line) => line.trim() !== "" && !line.startsWith("#"));
  if (index === -1) throw new Error("the note has no paragraph to edit");
  lines[index] = `${lines[index]} ${marker}`;
  return `${text.slice(0, bodyStart)}${lines.join("\n")}`;
}

/** The figures of one corpus size in the live preview. */
export interface PreviewFigures {
  readonly notes: number;
  /** Set when the preview did not start or an edit could not be measured */
  readonly failure?: string | undefined;
  /** From starting the server to "Server at", the search index written and a note page answering 200 */
  readonly initialBuildMs?: number | undefined;
  /** Per edit, from the file written to the page served with the new word (undefined: timed out) */
  readonly pageUpdatedMs: readonly (number | undefined)[];
  /** Per edit, from the file written to pagefind-entry.json rewritten (undefined: timed out) */
  readonly searchRefreshedMs: readonly (number | undefined)[];
}

function formatMedian(values: readonly (number | undefined)[]): string {
  if (values.length === 0) return "–";
  const middle = median(values);
  return middle === undefined ? "timeout" : formatSeconds(middle);
}

function formatEach(values: readonly (number | undefined)[]): string {
  return values.map((value) => (value === undefined ? "timeout" : (value / 1000).toFixed(2))).join(" / ");
}

export function renderPreviewTable(figures: readonly PreviewFigures[]): string {
  return renderTable(
    ["notes", "initial preview build", "page updated after save", "search index refreshed after save", "each edit (page; search), s"],
    figures.map((entry) => [
      `${entry.notes}${entry.failure ? "!" : ""}`,
      formatSeconds(entry.initialBuildMs),
      formatMedian(entry.pageUpdatedMs),
      formatMedian(entry.searchRefreshedMs),
      entry.pageUpdatedMs.length === 0 ? "–" : `${formatEach(entry.pageUpdatedMs)}; ${formatEach(entry.searchRefreshedMs)}`,
    ]),
  );
}

/** PASS/FAIL for each preview target whose corpus size was run, judged on the median of its edits. */
export function evaluatePreviewTargets(figures: readonly PreviewFigures[], targets: readonly PreviewTarget[] = PREVIEW_TARGETS): TargetResult[] {
  return targets.flatMap((target): TargetResult[] => {
    const entry = figures.find((candidate) => candidate.notes === target.notes);
    if (!entry) return [];
    const what = target.measure === "page" ? "page updated" : "search index refreshed";
    const label = `preview: ${what} ≤ ${target.limitMs / 1000} s after save at ${target.notes}`;
    const values = target.measure === "page" ? entry.pageUpdatedMs : entry.searchRefreshedMs;
    if (values.length === 0) return [{ target: label, measured: entry.failure ? "preview failed" : "–", pass: entry.failure ? false : undefined }];
    const middle = median(values);
    return [{ target: label, measured: middle === undefined ? "timeout" : formatSeconds(middle), pass: middle !== undefined && middle <= target.limitMs }];
  });
}
