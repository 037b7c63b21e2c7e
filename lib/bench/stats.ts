/**
 * Pure helpers for `npm run bench`: parsing sizes, ratios, the targets of the speed and languages
 * issues, and the printed table. Everything here is deterministic and unit-tested.
 */

export const DEFAULT_SIZES = [1000, 5000, 10000] as const;
export const LARGE_SIZE = 30000;

/** `--sizes 1000,2000` → [1000, 2000]; throws on anything that is not a positive whole number. */
export function parseSizes(text: string): number[] {
  const sizes = text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const size = Number(part.replace(/_/g, ""));
      if (!Number.isInteger(size) || size <= 0) throw new Error(`"${part}" is not a number of notes`);
      return size;
    });
  if (sizes.length === 0) throw new Error("--sizes needs at least one number of notes");
  return [...new Set(sizes)].sort((a, b) => a - b);
}

export function chooseSizes(options: { sizes?: string | undefined; large?: boolean | undefined }): number[] {
  if (options.sizes) return parseSizes(options.sizes);
  return options.large ? [...DEFAULT_SIZES, LARGE_SIZE] : [...DEFAULT_SIZES];
}

/** a / b, or undefined when either is missing or b is zero. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || b === 0) return undefined;
  return a / b;
}

/** How much slower each note gets at `large` notes than at `small` notes (1 = linear scaling). */
export function growthFactor(small: { notes: number; ms: number }, large: { notes: number; ms: number }): number {
  return large.ms / large.notes / (small.ms / small.notes);
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return "–";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export function formatSeconds(ms: number | undefined): string {
  if (ms === undefined) return "–";
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function formatRatio(value: number | undefined): string {
  return value === undefined ? "–" : `${value.toFixed(2)}×`;
}

export function formatPercent(part: number | undefined, whole: number | undefined): string {
  if (part === undefined || whole === undefined || whole === 0) return "–";
  return `${Math.round((part / whole) * 100)}%`;
}

/** Text columns padded to the widest cell; numbers (anything starting with a digit) right-aligned. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (/^[\d–.-]/.test(cell) && column > 0 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

/** The figures of one corpus size that the targets are judged on. */
export interface SizeFigures {
  readonly notes: number;
  /** Set when our build did not finish at this size (its time and memory are then not comparable) */
  readonly oursFailure?: string | undefined;
  readonly oursMs: number;
  readonly oursCpuMs: number;
  readonly oursPeakBytes: number;
  readonly floorMs: number;
  readonly floorCpuMs: number;
  readonly floorPeakBytes: number;
  /** The same build with the interface in English only (`SITE_LANGUAGES=en`), on the same all-English corpus */
  readonly englishOnlyMs?: number | undefined;
  readonly englishOnlyCpuMs?: number | undefined;
  readonly validateMs: number;
  readonly notePageGzipBytes?: number | undefined;
  readonly firstQueryBytes?: number | undefined;
  /** Lighthouse scores by "<page> <category>", when it ran */
  readonly lighthouse?: Readonly<Record<string, number>> | undefined;
}

export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  /** undefined when the figure could not be measured in this run */
  readonly pass: boolean | undefined;
}

/** The targets of the speed issue (build, validation, first search, Lighthouse) and of the languages issue (their cost). */
export const TARGETS = {
  /** CPU time of our build over the floor's, at 10 000 notes */
  cpuOverFloor: 2.5,
  /** Peak memory of our build over the floor's, at 10 000 notes */
  memoryOverFloor: 1.5,
  /** Wall time of our build over the floor's, at 1 000 notes, where start-up weighs most */
  wallOverFloorSmall: 3,
  growth: 1.2,
  validateMs: 3000,
  notePageGzipBytes: 14 * 1024,
  firstQueryBytes: 300 * 1024,
  /** Six languages over English only, on an all-English archive */
  languagesOverEnglish: 1.3,
  /** Lighthouse (mobile) performance: 100 on these pages… */
  lighthousePerfect: ["home", "note", "archive"],
  /** …and at least this on the search page */
  lighthouseSearch: 95,
  /** A size this large must still build */
  largeScale: 30000,
} as const;

/** The figures at `notes`, else at the largest size measured (the targets speak of 10 000). */
function at(figures: readonly SizeFigures[], notes: number): SizeFigures | undefined {
  return figures.find((entry) => entry.notes === notes) ?? [...figures].sort((a, b) => b.notes - a.notes)[0];
}

/** The figures at `notes`, else at the smallest size measured. */
function atSmall(figures: readonly SizeFigures[], notes: number): SizeFigures | undefined {
  return figures.find((entry) => entry.notes === notes) ?? [...figures].sort((a, b) => a.notes - b.notes)[0];
}

function judged(value: number | undefined, limit: number, strict: boolean): boolean | undefined {
  if (value === undefined) return undefined;
  return strict ? value < limit : value <= limit;
}

/** Whether our build's figures at a size can be compared: a failed build's cannot. */
const finished = (entry: SizeFigures | undefined) => (entry && !entry.oursFailure ? entry : undefined);

/**
 * PASS/FAIL for each target: the build's cost, validation and first search judged at 10 000 notes
 * (or the largest size run), start-up and Lighthouse at 1 000 (or the smallest), the languages' cost
 * at every size run.
 * A target whose figure was not measured is skipped (`pass` undefined); a build that failed fails
 * every target that needs its figures.
 */
export function evaluateTargets(figures: readonly SizeFigures[], reference = 10000, baseline = 1000): TargetResult[] {
  const big = at(figures, reference);
  const small = atSmall(figures, baseline);
  const where = big ? `at ${big.notes}` : "";
  const whereSmall = small ? `at ${small.notes}` : "";
  const ratioTarget = (target: string, entry: SizeFigures | undefined, value: (entry: SizeFigures) => number | undefined, limit: number): TargetResult => {
    if (entry?.oursFailure) return { target, measured: "build failed", pass: false };
    const measured = entry ? value(entry) : undefined;
    return { target, measured: formatRatio(measured), pass: judged(measured, limit, false) };
  };
  const growth = finished(big) && finished(small) && big!.notes !== small!.notes ? growthFactor({ notes: small!.notes, ms: small!.oursMs }, { notes: big!.notes, ms: big!.oursMs }) : undefined;
  const withLighthouse = [...figures].sort((a, b) => a.notes - b.notes).find((entry) => entry.lighthouse !== undefined);
  const score = (name: string) => withLighthouse?.lighthouse?.[`${name} performance`];
  const lighthouseWhere = withLighthouse ? `at ${withLighthouse.notes}` : "";
  const largest = [...figures].sort((a, b) => b.notes - a.notes)[0];
  const results: TargetResult[] = [
    ratioTarget(`build CPU time ours/floor ≤ ${TARGETS.cpuOverFloor} ${where}`, big, (entry) => ratio(entry.oursCpuMs, entry.floorCpuMs), TARGETS.cpuOverFloor),
    ratioTarget(`peak memory ours/floor ≤ ${TARGETS.memoryOverFloor} ${where}`, big, (entry) => ratio(entry.oursPeakBytes, entry.floorPeakBytes), TARGETS.memoryOverFloor),
    ratioTarget(`build wall time ours/floor ≤ ${TARGETS.wallOverFloorSmall} ${whereSmall}`, small, (entry) => ratio(entry.oursMs, entry.floorMs), TARGETS.wallOverFloorSmall),
    {
      target: `time per note ${where} within ${TARGETS.growth}× of ${small?.notes ?? baseline}`,
      measured: big?.oursFailure ? "build failed" : formatRatio(growth),
      pass: big?.oursFailure ? false : judged(growth, TARGETS.growth, false),
    },
    languagesTarget(figures),
    { target: `validation < ${TARGETS.validateMs / 1000} s ${where}`, measured: formatSeconds(big?.validateMs), pass: judged(big?.validateMs, TARGETS.validateMs, true) },
    {
      target: `note page HTML+CSS < ${TARGETS.notePageGzipBytes / 1024} KB gzip`,
      measured: formatBytes(big?.notePageGzipBytes),
      pass: judged(big?.notePageGzipBytes, TARGETS.notePageGzipBytes, true),
    },
    { target: `first search query < ${TARGETS.firstQueryBytes / 1024} KB ${where}`, measured: formatBytes(big?.firstQueryBytes), pass: judged(big?.firstQueryBytes, TARGETS.firstQueryBytes, true) },
    ...TARGETS.lighthousePerfect.map((page) => ({
      target: `Lighthouse performance ${page} = 100 ${lighthouseWhere}`.trimEnd(),
      measured: score(page) === undefined ? "–" : String(score(page)),
      pass: score(page) === undefined ? undefined : score(page) === 100,
    })),
    {
      target: `Lighthouse performance search ≥ ${TARGETS.lighthouseSearch} ${lighthouseWhere}`.trimEnd(),
      measured: score("search") === undefined ? "–" : String(score("search")),
      pass: score("search") === undefined ? undefined : score("search")! >= TARGETS.lighthouseSearch,
    },
    {
      target: `${TARGETS.largeScale} notes build`,
      measured: largest && largest.notes >= TARGETS.largeScale ? (largest.oursFailure ? "build failed" : `built ${largest.notes}`) : "–",
      pass: largest && largest.notes >= TARGETS.largeScale ? !largest.oursFailure : undefined,
    },
  ];
  return results;
}

/**
 * The languages' cost at every size run, judged by the highest: it grows with the archive (every
 * browse value gets more pages in every language), so one size alone would flatter it.
 */
function languagesTarget(figures: readonly SizeFigures[]): TargetResult {
  const target = `six languages / English only ≤ ${TARGETS.languagesOverEnglish} (wall) at every size`;
  const costs = figures
    .filter((entry) => !entry.oursFailure)
    .map((entry) => ({ notes: entry.notes, value: ratio(entry.oursMs, entry.englishOnlyMs) }))
    .filter((cost): cost is { notes: number; value: number } => cost.value !== undefined);
  if (costs.length === 0) return { target, measured: "–", pass: undefined };
  const worst = costs.reduce((highest, cost) => (cost.value > highest.value ? cost : highest));
  const others = costs.filter((cost) => cost !== worst).map((cost) => `${formatRatio(cost.value)} at ${cost.notes}`);
  return { target, measured: `${formatRatio(worst.value)} at ${worst.notes}${others.length ? ` (${others.join(", ")})` : ""}`, pass: worst.value <= TARGETS.languagesOverEnglish };
}

export function renderTargets(results: readonly TargetResult[]): string {
  const width = Math.max(...results.map((result) => result.target.length));
  return results
    .map((result) => `${result.pass === undefined ? "SKIP" : result.pass ? "PASS" : "FAIL"}  ${result.target.padEnd(width)}  ${result.measured}`)
    .join("\n");
}

/** `[bench-timing] <phase> <ms>` lines printed by the build when BENCH_TIMINGS=1. */
export function parsePhaseTimings(output: string): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const match of output.matchAll(/^\[bench-timing\] (\S+) ([\d.]+)$/gm)) phases[match[1]!] = Number(match[2]);
  return phases;
}

/** Sum of resident memory over a process tree, from `/proc/<pid>/status` texts. */
export function residentBytes(statusText: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(statusText);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The parent pid from a `/proc/<pid>/stat` text (the command name may hold spaces and parentheses). */
export function parentPid(statText: string): number | undefined {
  const fields = statText.slice(statText.lastIndexOf(")") + 2).split(" ");
  const parent = Number(fields[1]);
  return Number.isInteger(parent) ? parent : undefined;
}

/**
 * CPU time in clock ticks from a `/proc/<pid>/stat` text: user + system of the process and of its
 * children it has already waited for (so a finished Pagefind binary still counts).
 */
export function cpuTicks(statText: string): number {
  const fields = statText.slice(statText.lastIndexOf(")") + 2).split(" ");
  // After the command name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
  return [11, 12, 13, 14].reduce((sum, index) => sum + (Number(fields[index]) || 0), 0);
}

/** Every descendant of `root` (root included) given a pid → parent pid map. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found: number[] = [];
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** The median of the measurements, a timeout (undefined) counting as longer than any; undefined when the middle one timed out. */
export function median(values: readonly (number | undefined)[]): number | undefined {
  if (values.length === 0) return undefined;
  // A timeout counts as longer than every measured value.
  const sorted = [...values].sort((a, b) => (a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : a - b));
  if (sorted.length % 2 === 1) return sorted[(sorted.length - 1) / 2];
  const low = sorted[sorted.length / 2 - 1];
  const high = sorted[sorted.length / 2];
  return low === undefined || high === undefined ? undefined : (low + high) / 2;
}
