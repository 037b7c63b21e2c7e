/**
 * Where a build's CPU time goes, from the `.cpuprofile` files that `node --cpu-prof` writes (one per
 * thread: the build's main thread, the Eleventy worker, tsx's loader threads). `npm run bench --
 * --profile` prints this summary for each size; docs/benchmark.md quotes it.
 *
 * Time is self time (what a function spent in its own code), grouped by where the code lives: an
 * npm package, a file of this project, or one of V8's and Node's own entries (garbage collection,
 * writing files, making folders). Summing self time never counts a call twice.
 */

export interface CpuProfile {
  readonly nodes: readonly CpuProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

export interface CostLine {
  readonly name: string;
  readonly ms: number;
  /** Share of all the profiles' sampled time, 0–1 */
  readonly share: number;
}

export interface CpuProfileSummary {
  /** Sampled time of every thread, idle time excluded */
  readonly totalMs: number;
  readonly groups: readonly CostLine[];
  readonly functions: readonly CostLine[];
}

/** Names for V8's and Node's own entries, which have no file. */
const NATIVE_GROUPS: Readonly<Record<string, string>> = {
  "(garbage collector)": "garbage collection",
  writeFileUtf8: "writing files",
  writeString: "writing files",
  writeBuffer: "writing files",
  mkdir: "making folders",
  "(program)": "V8 and Node internals",
};

/** Where a function's code lives: `npm: <package>`, a file relative to one of `roots` (the project's), or a native entry. */
export function costGroup(frame: CpuProfileNode["callFrame"], roots: readonly string[]): string {
  const url = frame.url.replace(/^file:\/\//, "");
  if (url === "") return NATIVE_GROUPS[frame.functionName] ?? `native: ${frame.functionName || "(anonymous)"}`;
  const modules = url.lastIndexOf("/node_modules/");
  if (modules !== -1) {
    const [scopeOrName = "", name = ""] = url.slice(modules + "/node_modules/".length).split("/");
    return `npm: ${scopeOrName.startsWith("@") ? `${scopeOrName}/${name}` : scopeOrName}`;
  }
  if (url.startsWith("node:")) return `node: ${url.slice("node:".length).split("/")[0]}`;
  for (const root of roots) {
    const prefix = root.endsWith("/") ? root : `${root}/`;
    if (url.startsWith(prefix)) return url.slice(prefix.length);
  }
  return url;
}

function add(totals: Map<string, number>, key: string, ms: number): void {
  totals.set(key, (totals.get(key) ?? 0) + ms);
}

function ranked(totals: ReadonlyMap<string, number>, totalMs: number, limit: number): CostLine[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name, ms]) => ({ name, ms, share: totalMs > 0 ? ms / totalMs : 0 }));
}

/** The summary of one or more profiles (all threads of one run), with the `limit` largest lines of each kind. */
export function summarizeCpuProfiles(profiles: readonly CpuProfile[], options: { roots: readonly string[]; limit?: number }): CpuProfileSummary {
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMs = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let index = 0; index < samples.length; index += 1) {
      const node = byId.get(samples[index]!);
      const ms = (deltas[index] ?? 0) / 1000;
      if (!node || node.callFrame.functionName === "(idle)") continue;
      totalMs += ms;
      const group = costGroup(node.callFrame, options.roots);
      add(groups, group, ms);
      add(functions, `${node.callFrame.functionName || "(anonymous)"} (${group}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ""})`, ms);
    }
  }
  const limit = options.limit ?? 10;
  return { totalMs, groups: ranked(groups, totalMs, limit), functions: ranked(functions, totalMs, limit) };
}

/** The summary as the lines `npm run bench -- --profile` prints. */
export function renderCpuProfileSummary(summary: CpuProfileSummary, title: string): string {
  const line = (cost: CostLine) => `${(cost.ms / 1000).toFixed(1).padStart(7)} s  ${`${(cost.share * 100).toFixed(1)}%`.padStart(6)}  ${cost.name}`;
  return [
    `${title}: ${(summary.totalMs / 1000).toFixed(1)} s of CPU sampled over every thread`,
    "  largest costs by where the code lives (self time):",
    ...summary.groups.map((cost) => `  ${line(cost)}`),
    "  largest functions (self time):",
    ...summary.functions.map((cost) => `  ${line(cost)}`),
  ].join("\n");
}
