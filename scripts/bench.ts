/**
 * `npm run bench [-- --sizes 1000,2000 | --large] [--repeat 3] [--profile] [--json] [--lighthouse] [--keep] [--query words] [--preview | --preview-only]`
 *
 * Builds synthetic corpora of each size (test/support/fixture-notes.ts) and measures, on the same
 * corpus in the same run: our full `npm run build`, the same build in English only (`SITE_LANGUAGES=en`),
 * a floor (bare Eleventy with no plugins plus the Pagefind CLI), `npm run validate` alone, and what the
 * built site weighs on disk and in a browser. Prints a table (or JSON), PASS/FAIL per target, and
 * always writes the raw figures to bench-results/latest.json. With `--preview` (or `--preview-only`,
 * which skips the build measurements), it also starts the live preview (`npm start`) on each corpus
 * and times how long an edited note takes to show up in the page and in the search index.
 * See docs/benchmark.md.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseCommandLine } from "../lib/command-line.ts";
import { gunzipSync } from "node:zlib";
import { measureCommand, type Measured } from "../lib/bench/measure.ts";
import { renderCpuProfileSummary, summarizeCpuProfiles, type CpuProfile, type CpuProfileSummary } from "../lib/bench/cpu-profile.ts";
import { appendMarker, evaluatePreviewTargets, PREVIEW_EDITS, previewMarker, renderPreviewTable, type PreviewFigures } from "../lib/bench/preview.ts";
import { firstQueryFromFiles, folderSize, notePageWeight, probeInChromium, type FirstQuery } from "../lib/bench/site-probe.ts";
import {
  chooseSizes,
  evaluateTargets,
  formatBytes,
  formatPercent,
  formatRatio,
  formatSeconds,
  growthFactor,
  median,
  parsePhaseTimings,
  ratio,
  renderTable,
  renderTargets,
  type SizeFigures,
} from "../lib/bench/stats.ts";
import { createFixtureProject, REPOSITORY, TSX_LOADER } from "../test/support/build-fixture-site.ts";
import { generateCorpus, writeNotes } from "../test/support/fixture-notes.ts";
import { noteUrl } from "../lib/note/note-files.ts";
import { BUILD_FOLDER, SITE_FOLDER } from "../lib/build/build-folder.ts";

const usage = "usage: npm run bench -- [--sizes 1000,5000] [--large] [--repeat 3] [--profile] [--json] [--lighthouse] [--keep] [--query \"export controls\"] [--preview | --preview-only]";
const LIGHTHOUSE_VERSION = "12.8.2";
const BUILD_ENVIRONMENT = { SITE_BUILD_DATE: "2024-06-01", SITE_URL: "https://notes.example.org", BENCH_TIMINGS: "1" };

/** The bare-Eleventy floor: default config, no plugins, one layout that only wraps the content. */
const FLOOR_CONFIG = `export default function (eleventyConfig) {\n  eleventyConfig.addGlobalData("layout", "floor.html");\n}\n`;
const FLOOR_LAYOUT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body>{{ content }}</body></html>\n`;

interface SizeResult extends SizeFigures {
  /** Why our build failed at this size (e.g. out of memory); its figures are then those of the failed run */
  readonly oursFailure?: string;
  readonly phasesMs: Record<string, number>;
  readonly ours: Omit<Measured, "stdout" | "stderr">;
  /** Every run of our build and of the English-only build (`--repeat`), in the order they ran */
  readonly oursRuns: readonly Omit<Measured, "stdout" | "stderr">[];
  readonly englishOnlyRuns: readonly Omit<Measured, "stdout" | "stderr">[];
  /** With `--profile`: where one more run of our build spent its CPU time */
  readonly profile?: CpuProfileSummary;
  /** The floor run with the median wall time, and every floor run (one per `--repeat` round) */
  readonly floor: { eleventy: Omit<Measured, "stdout" | "stderr">; pagefind: Omit<Measured, "stdout" | "stderr"> };
  readonly floorRuns: readonly { eleventy: Omit<Measured, "stdout" | "stderr">; pagefind: Omit<Measured, "stdout" | "stderr"> }[];
  readonly validate: Omit<Measured, "stdout" | "stderr">;
  readonly msPerNote: number;
  readonly site: { bytes: number; files: number };
  readonly pagefindIndex: { bytes: number; files: number };
  readonly floorSite: { bytes: number; files: number };
  readonly notePage?: ReturnType<typeof notePageWeight>;
  readonly notePageRequests?: number;
  readonly firstQuery?: FirstQuery;
  /** Each category's median score over the runs, and every run's score */
  readonly lighthouse?: Record<string, number>;
  readonly lighthouseRuns?: Record<string, number[]>;
  readonly notes: number;
}

function withoutOutput(measured: Measured): Omit<Measured, "stdout" | "stderr"> {
  const { stdout: _stdout, stderr: _stderr, ...rest } = measured;
  return rest;
}

/** The run with the median wall time (the later one of the middle two for an even count). */
function medianRun(runs: readonly Measured[]): Measured {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function failureOf(what: string, measured: Measured): string | undefined {
  if (measured.exitCode === 0) return undefined;
  const tail = `${measured.stdout}\n${measured.stderr}`.trim().split("\n").slice(-30).join("\n");
  return `${what} failed (exit ${measured.exitCode}):\n${tail}`;
}

function requireSuccess(what: string, measured: Measured): void {
  const failure = failureOf(what, measured);
  if (failure) throw new Error(failure);
}

/** How many times Lighthouse audits each page (see runLighthouse). */
const LIGHTHOUSE_RUNS = 3;

const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

interface LighthouseResult {
  readonly lhr: { readonly categories: Record<string, { readonly score: number | null }>; readonly runtimeError?: { readonly message: string } };
}

/**
 * Lighthouse (12.x on Node 20) against the built site, with its default mobile emulation (a
 * Moto G Power-sized screen, throttled 4G and CPU), in the Chromium the Chromium probe uses. Chrome is
 * started by chrome-launcher, which Lighthouse depends on, so Lighthouse owns the whole browser.
 * Each page is audited LIGHTHOUSE_RUNS times and each category's median score counts, as Lighthouse's
 * own guidance on variability advises: its simulated mobile CPU is the host's CPU slowed further, so
 * a busy shared host moves one run's performance score by several points.
 */
async function runLighthouse(site: string, pages: Readonly<Record<string, string>>): Promise<{ scores: Record<string, number>; runs: Record<string, number[]> } | undefined> {
  const name = "lighthouse";
  let lighthouse: (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;
  let launch: (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill: () => void | Promise<void> }>;
  try {
    lighthouse = (await import(name)).default;
    launch = (await import("chrome-launcher")).launch;
  } catch {
    console.error(`Lighthouse is not installed: skipped. Install it with \`npm install --save-dev lighthouse@${LIGHTHOUSE_VERSION}\` (12.x runs on Node 20; 13.x needs Node ≥ 22.19).`);
    return undefined;
  }
  const { serveSite, CHROMIUM_PATH } = await import("../lib/bench/site-probe.ts");
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH): Lighthouse skipped.`);
    return undefined;
  }
  const server = await serveSite(site);
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const runs: Record<string, number[]> = {};
  try {
    for (const [label, page] of Object.entries(pages)) {
      for (let run = 1; run <= LIGHTHOUSE_RUNS; run += 1) {
        progress(`lighthouse: ${label} (/${page}), run ${run} of ${LIGHTHOUSE_RUNS}`);
        const result = await lighthouse(`${server.origin}/${page}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          formFactor: "mobile",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        });
        if (result?.lhr.runtimeError) progress(`lighthouse ${label}: ${result.lhr.runtimeError.message}`);
        for (const [category, { score }] of Object.entries(result?.lhr.categories ?? {})) if (score !== null) (runs[`${label} ${category}`] ??= []).push(Math.round(score * 100));
      }
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return { scores: Object.fromEntries(Object.entries(runs).map(([name, values]) => [name, median(values)!])), runs };
}

/** One more run of our build under `node --cpu-prof`, every thread's profile summarised. */
async function profileBuild(root: string): Promise<CpuProfileSummary> {
  const folder = path.join(root, ".cpu-profiles");
  rmSync(folder, { recursive: true, force: true });
  const run = await measureCommand(process.execPath, ["--cpu-prof", "--cpu-prof-dir", folder, "--import", TSX_LOADER, path.join(REPOSITORY, "scripts", "build.ts")], { cwd: root, env: BUILD_ENVIRONMENT });
  requireSuccess("npm run build under --cpu-prof", run);
  const profiles = readdirSync(folder)
    .filter((name) => name.endsWith(".cpuprofile"))
    .map((name) => JSON.parse(readFileSync(path.join(folder, name), "utf8")) as CpuProfile);
  return summarizeCpuProfiles(profiles, { roots: [REPOSITORY, root], limit: 12 });
}

async function benchSize(notes: number, options: { query: string; keep: boolean; lighthouse: boolean; repeat: number; profile: boolean }): Promise<SizeResult> {
  progress(`${notes} notes: generating the corpus`);
  const corpus = generateCorpus({ count: notes });
  const project = createFixtureProject(corpus, `notes-bench-${notes}-`);
  // The same notes, built with the interface in English only, in a folder of its own so that each
  // build replaces only its own previous output.
  const englishProject = createFixtureProject(corpus, `notes-bench-${notes}-en-`);
  const floorRoot = path.join(project.root, "floor");
  mkdirSync(path.join(floorRoot, "notes", "_includes"), { recursive: true });
  writeNotes(path.join(floorRoot, "notes"), corpus);
  writeFileSync(path.join(floorRoot, "notes", "_includes", "floor.html"), FLOOR_LAYOUT);
  writeFileSync(path.join(floorRoot, "eleventy.config.mjs"), FLOOR_CONFIG);
  try {
    // The same command line as package.json's build script; tsx is given as a file URL because the
    // temporary project has no node_modules of its own.
    // Our build and the English-only build take turns, so that a change in the machine's speed
    // during the run touches both; each figure is then that of the run with the median wall time.
    const oursRuns: Measured[] = [];
    const englishOnlyRuns: Measured[] = [];
    const build = (root: string, environment: Record<string, string>) =>
      measureCommand(process.execPath, ["--import", TSX_LOADER, path.join(REPOSITORY, "scripts", "build.ts")], { cwd: root, env: { ...BUILD_ENVIRONMENT, ...environment } });
    // The floor takes its turn too: a build's kernel time depends on what the disk did in the minutes
    // before (see "Rebuilds" in docs/benchmark.md), so one floor run could land on a quiet moment.
    // Every run starts with no output, as a deploy from a fresh clone does: both builds write less
    // over an earlier output (Pagefind skips index files that are already there), and the floor's
    // later runs would otherwise be rebuilds measured against our first, fresh one.
    const floorRuns: { eleventy: Measured; pagefind: Measured }[] = [];
    for (let run = 1; run <= options.repeat; run += 1) {
      const of = options.repeat > 1 ? ` (${run} of ${options.repeat})` : "";
      progress(`${notes} notes: npm run build (ours)${of}`);
      setOutputAside(project.root, [SITE_FOLDER, BUILD_FOLDER]);
      oursRuns.push(await build(project.root, {}));
      progress(`${notes} notes: npm run build with SITE_LANGUAGES=en${of}`);
      setOutputAside(englishProject.root, [SITE_FOLDER, BUILD_FOLDER]);
      englishOnlyRuns.push(await build(englishProject.root, { SITE_LANGUAGES: "en" }));
      progress(`${notes} notes: floor (bare Eleventy + Pagefind CLI)${of}`);
      setOutputAside(floorRoot, [SITE_FOLDER]);
      floorRuns.push(await floorBuild(floorRoot));
    }
    const failedRun = oursRuns.find((run) => run.exitCode !== 0);
    const ours = failedRun ?? medianRun(oursRuns);
    const oursFailure = failureOf("npm run build", ours);
    const englishOnly = medianRun(englishOnlyRuns);
    if (englishOnly.exitCode !== 0) progress(failureOf("npm run build with SITE_LANGUAGES=en", englishOnly) ?? "");
    if (oursFailure) progress(oursFailure);

    if (options.profile && !oursFailure) progress(`${notes} notes: npm run build under node --cpu-prof`);
    const profile = options.profile && !oursFailure ? await profileBuild(project.root) : undefined;

    const { eleventy: floorEleventy, pagefind: floorPagefind } = [...floorRuns].sort((a, b) => a.eleventy.wallMs + a.pagefind.wallMs - (b.eleventy.wallMs + b.pagefind.wallMs))[Math.floor(floorRuns.length / 2)]!;

    progress(`${notes} notes: npm run validate`);
    const validate = await measureCommand(process.execPath, ["--import", TSX_LOADER, path.join(REPOSITORY, "scripts", "validate.ts")], { cwd: project.root });
    requireSuccess("npm run validate", validate);

    progress(`${notes} notes: weighing the site`);
    const notePage = oursFailure ? undefined : notePageWeight(project.site);
    const probe = oursFailure ? { note: "our build failed: nothing to weigh" } : await probeInChromium(project.site, options.query, notePage?.page).catch((error: Error) => ({ note: `Chromium probe failed: ${error.message}` }) as const);
    const firstQuery = oursFailure
      ? undefined
      : "firstQuery" in probe && probe.firstQuery
        ? probe.firstQuery
        : { ...firstQueryFromFiles(project.site), note: probe.note ?? "estimated from the files" };
    if (probe.note) progress(`note: ${probe.note}`);
    const lighthouse =
      options.lighthouse && !oursFailure
        ? await runLighthouse(project.site, { home: "", archive: "notes/", note: notePage?.page.replace(/index\.html$/, "") ?? "", search: `search/?q=${encodeURIComponent(options.query)}` })
        : undefined;

    // The build times each phase: validation, eleventy, pagefind.
    const phasesMs = parsePhaseTimings(ours.stdout);
    return {
      notes,
      ...(oursFailure ? { oursFailure } : {}),
      oursMs: ours.wallMs,
      oursCpuMs: ours.cpuMs,
      floorCpuMs: floorEleventy.cpuMs + floorPagefind.cpuMs,
      ...(englishOnly.exitCode === 0 ? { englishOnlyMs: englishOnly.wallMs, englishOnlyCpuMs: englishOnly.cpuMs } : {}),
      oursPeakBytes: ours.peakBytes,
      floorMs: floorEleventy.wallMs + floorPagefind.wallMs,
      floorPeakBytes: Math.max(floorEleventy.peakBytes, floorPagefind.peakBytes),
      validateMs: validate.wallMs,
      phasesMs,
      ours: withoutOutput(ours),
      oursRuns: oursRuns.map(withoutOutput),
      ...(profile ? { profile } : {}),
      englishOnlyRuns: englishOnlyRuns.map(withoutOutput),
      floor: { eleventy: withoutOutput(floorEleventy), pagefind: withoutOutput(floorPagefind) },
      floorRuns: floorRuns.map((run) => ({ eleventy: withoutOutput(run.eleventy), pagefind: withoutOutput(run.pagefind) })),
      validate: withoutOutput(validate),
      msPerNote: ours.wallMs / notes,
      site: folderSize(project.site),
      pagefindIndex: folderSize(path.join(project.site, "pagefind")),
      floorSite: folderSize(path.join(floorRoot, SITE_FOLDER)),
      notePageGzipBytes: notePage?.gzipBytes,
      firstQueryBytes: firstQuery?.bytes,
      ...(notePage ? { notePage } : {}),
      ...("notePageRequests" in probe && probe.notePageRequests !== undefined ? { notePageRequests: probe.notePageRequests } : {}),
      ...(firstQuery ? { firstQuery } : {}),
      ...(lighthouse ? { lighthouse: lighthouse.scores, lighthouseRuns: lighthouse.runs } : {}),
    };
  } finally {
    for (const root of [project.root, englishProject.root]) {
      if (options.keep) progress(`kept ${root}`);
      else projectsToDelete.push(root);
    }
  }
}

/** Bare Eleventy, then the Pagefind CLI over its output: one floor run. */
async function floorBuild(floorRoot: string): Promise<{ eleventy: Measured; pagefind: Measured }> {
  const eleventy = await measureCommand(
    process.execPath,
    [path.join(REPOSITORY, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=eleventy.config.mjs", "--input=notes", `--output=${SITE_FOLDER}`, "--quiet"],
    { cwd: floorRoot },
  );
  requireSuccess("bare Eleventy", eleventy);
  const pagefind = await measureCommand(process.execPath, [path.join(REPOSITORY, "node_modules/pagefind/lib/runner/bin.cjs"), "--site", SITE_FOLDER, "--force-language", "en"], { cwd: floorRoot });
  requireSuccess("Pagefind CLI", pagefind);
  return { eleventy, pagefind };
}

/**
 * Moves a project's earlier output out of the way, into a folder beside it that is deleted with the
 * projects at the end: a rename, so that no file is deleted while builds are measured.
 */
function setOutputAside(root: string, folders: readonly string[]): void {
  const present = folders.filter((folder) => existsSync(path.join(root, folder)));
  if (present.length === 0) return;
  const aside = `${root}-set-aside`;
  if (!projectsToDelete.includes(aside)) projectsToDelete.push(aside);
  mkdirSync(aside, { recursive: true });
  const into = mkdtempSync(path.join(aside, "run-"));
  for (const folder of present) renameSync(path.join(root, folder), path.join(into, folder));
}

/**
 * The temporary projects, deleted once every size has been measured: deleting tens of thousands of
 * files makes the next files the disk creates cost more kernel time for minutes after (see
 * "Rebuilds" in docs/benchmark.md), which would land on the next size's builds.
 */
const projectsToDelete: string[] = [];

/** `npm start`'s environment in the bench: a fixed build date, and the Pagefind timing line. */
const PREVIEW_ENVIRONMENT = { SITE_BUILD_DATE: "2024-06-01", BENCH_TIMINGS: "1" };
const POLL_MS = 50;
const PAGE_TIMEOUT_MS = 120_000;
const SEARCH_TIMEOUT_MS = 300_000;
const START_TIMEOUT_MS = 30 * 60_000;

interface PreviewResult extends PreviewFigures {
  readonly page: string;
  /** Per edit: whether a Pagefind fragment written by that rebuild holds the new word */
  readonly searchHasMarker: readonly boolean[];
  /** Eleventy's and the search plugin's summary lines for each rebuild after an edit */
  readonly rebuildLog: readonly string[][];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The preview's process group (it is started detached): Eleventy, and Pagefind's binary under it. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopPreview(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    killGroup(child, "SIGTERM");
    await Promise.race([exited, sleep(5000)]);
  }
  killGroup(child, "SIGKILL");
}

/** A running `npm start`: its log so far, when it last printed, and whether it has exited. */
function startPreview(root: string, port: number) {
  // The same command line as `npm start`, run from the project folder (like test/preview-server.test.ts).
  const child = spawn(
    process.execPath,
    ["--import", TSX_LOADER, path.join(REPOSITORY, "scripts/preview.ts"), `--port=${port}`],
    { cwd: root, env: { ...process.env, ...PREVIEW_ENVIRONMENT }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  const state = { log: "", lastOutputAt: performance.now(), exit: undefined as string | undefined };
  const onData = (chunk: Buffer) => {
    state.log = `${state.log}${chunk.toString()}`.slice(-2_000_000);
    state.lastOutputAt = performance.now();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  child.on("exit", (code, signal) => (state.exit = `exited with ${code ?? signal}`));
  const killOnExit = () => killGroup(child, "SIGKILL");
  process.once("exit", killOnExit);
  return {
    child,
    state,
    stop: async () => {
      await stopPreview(child);
      process.off("exit", killOnExit);
    },
  };
}

async function pageText(url: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000), headers: { "cache-control": "no-cache" } });
    return { status: response.status, text: await response.text() };
  } catch {
    return undefined;
  }
}

/** Polls `check` every POLL_MS until it is true; the elapsed ms since `from`, or undefined on timeout. */
async function pollUntil(check: () => Promise<boolean> | boolean, from: number, timeoutMs: number, alive: () => void): Promise<number | undefined> {
  while (performance.now() - from < timeoutMs) {
    alive();
    if (await check()) return performance.now() - from;
    await sleep(POLL_MS);
  }
  return undefined;
}

function entryVersion(file: string): string | undefined {
  try {
    return `${statSync(file).mtimeMs} ${readFileSync(file, "utf8")}`;
  } catch {
    return undefined;
  }
}

/** Whether one of the fragments not in `before` holds `marker` (Pagefind's fragments are gzipped JSON). */
function newFragmentHolds(folder: string, before: ReadonlySet<string>, marker: string): boolean {
  for (const name of readdirSync(folder)) {
    if (before.has(name)) continue;
    try {
      if (gunzipSync(readFileSync(path.join(folder, name))).toString("utf8").includes(marker)) return true;
    } catch {
      // being written, or not gzipped
    }
  }
  return false;
}

/** The summary lines Eleventy and the search plugin print for a build, to explain the times. */
const summaryLines = (log: string) => log.split("\n").filter((line) => /Wrote \d+|\[bench-timing\]|\[search\]|Error/.test(line)).map((line) => line.replace(/\x1b\[[\d;]*m/g, "").trim());

async function benchPreview(notes: number, options: { keep: boolean }): Promise<PreviewResult> {
  progress(`${notes} notes: generating the corpus (preview)`);
  const corpus = generateCorpus({ count: notes });
  const project = createFixtureProject(corpus, `notes-preview-${notes}-`);
  const edited = corpus[Math.floor(corpus.length / 2)]!;
  const page = noteUrl(String(edited.frontMatter.start_date), edited.file);
  const noteFile = path.join(project.root, "notes", edited.file);
  const entry = path.join(project.site, "pagefind", "pagefind-entry.json");
  const fragments = path.join(project.site, "pagefind", "fragment");
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const pageUpdatedMs: (number | undefined)[] = [];
  const searchRefreshedMs: (number | undefined)[] = [];
  const searchHasMarker: boolean[] = [];
  const rebuildLog: string[][] = [];
  let initialBuildMs: number | undefined;
  progress(`${notes} notes: npm start (preview) on port ${port}`);
  const started = performance.now();
  const preview = startPreview(project.root, port);
  const alive = () => {
    if (preview.state.exit) throw new Error(`the preview ${preview.state.exit}:\n${preview.state.log.split("\n").slice(-30).join("\n")}`);
  };
  try {
    initialBuildMs = await pollUntil(
      async () => preview.state.log.includes("Server at") && existsSync(entry) && (await pageText(`${origin}${page}`))?.status === 200,
      started,
      START_TIMEOUT_MS,
      alive,
    );
    if (initialBuildMs === undefined) throw new Error(`the preview was not ready after ${START_TIMEOUT_MS / 60_000} minutes`);
    progress(`${notes} notes: preview ready after ${formatSeconds(initialBuildMs)}; editing ${edited.file} (${page})`);
    const original = readFileSync(noteFile, "utf8");
    for (let edit = 0; edit < PREVIEW_EDITS; edit++) {
      // Let any work still going on (a second rebuild, calendars, the index) finish first.
      await pollUntil(() => performance.now() - preview.state.lastOutputAt > 2000, performance.now(), 120_000, alive);
      const marker = previewMarker(Date.now(), edit);
      const entryBefore = entryVersion(entry);
      const fragmentsBefore = new Set(readdirSync(fragments));
      const logBefore = preview.state.log.length;
      const savedAt = performance.now();
      writeFileSync(noteFile, appendMarker(original, marker));
      const [pageMs, searchMs] = await Promise.all([
        pollUntil(async () => (await pageText(`${origin}${page}`))?.text.includes(marker) ?? false, savedAt, PAGE_TIMEOUT_MS, alive),
        pollUntil(() => entryVersion(entry) !== entryBefore, savedAt, SEARCH_TIMEOUT_MS, alive),
      ]);
      // Let the rebuild finish (Eleventy prints "Wrote … files" after the search index), then look for the word.
      await pollUntil(() => /Wrote \d+/.test(preview.state.log.slice(logBefore)), performance.now(), 60_000, alive);
      const holds = searchMs !== undefined && newFragmentHolds(fragments, fragmentsBefore, marker);
      pageUpdatedMs.push(pageMs);
      searchRefreshedMs.push(searchMs);
      searchHasMarker.push(holds);
      rebuildLog.push(summaryLines(preview.state.log.slice(logBefore)));
      progress(`${notes} notes: edit ${edit + 1}: page ${pageMs === undefined ? "timeout" : formatSeconds(pageMs)}, search index ${searchMs === undefined ? "timeout" : formatSeconds(searchMs)}${holds ? "" : " (no new fragment holds the word)"}`);
    }
    return { notes, page, initialBuildMs, pageUpdatedMs, searchRefreshedMs, searchHasMarker, rebuildLog };
  } catch (error) {
    const failure = (error as Error).message;
    progress(`${notes} notes: preview failed: ${failure}`);
    return { notes, page, failure, initialBuildMs, pageUpdatedMs, searchRefreshedMs, searchHasMarker, rebuildLog };
  } finally {
    await preview.stop();
    if (options.keep) progress(`kept ${project.root}`);
    else rmSync(project.root, { recursive: true, force: true });
  }
}

function machine() {
  const memory = spawnSync("free", ["-h"], { encoding: "utf8" }).stdout?.split("\n")[1]?.trim().split(/\s+/)[1];
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memory: memory ?? formatBytes(os.totalmem()),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

function tables(results: readonly SizeResult[]): string {
  const build = renderTable(
    ["notes", "ours", "valid.", "11ty", "pagefind", "data", "ours peak", "floor", "floor peak", "time ×", "cpu ×", "mem ×", "en only", "6 lang ×", "(cpu)", "validate", "ms/note"],
    results.map((result) => [
      `${result.notes}${result.oursFailure ? "!" : ""}`,
      formatSeconds(result.oursMs),
      formatPercent(result.phasesMs.validation, result.oursMs),
      formatPercent(result.phasesMs.eleventy, result.oursMs),
      formatPercent(result.phasesMs.pagefind, result.oursMs),
      formatSeconds(result.phasesMs["open-data"]),
      formatBytes(result.oursPeakBytes),
      formatSeconds(result.floorMs),
      formatBytes(result.floorPeakBytes),
      formatRatio(ratio(result.oursMs, result.floorMs)),
      formatRatio(ratio(result.oursCpuMs, result.floorCpuMs)),
      formatRatio(ratio(result.oursPeakBytes, result.floorPeakBytes)),
      formatSeconds(result.englishOnlyMs),
      formatRatio(ratio(result.oursMs, result.englishOnlyMs)),
      formatRatio(ratio(result.oursCpuMs, result.englishOnlyCpuMs)),
      formatSeconds(result.validateMs),
      result.msPerNote.toFixed(2),
    ]),
  );
  const output = renderTable(
    ["notes", "site", "files", "pagefind/", "1st query", "(core)", "results", "note gz", "requests"],
    results.map((result) => [
      String(result.notes),
      formatBytes(result.site.bytes),
      String(result.site.files),
      formatBytes(result.pagefindIndex.bytes),
      `${formatBytes(result.firstQuery?.bytes)}${result.firstQuery?.method === "files" ? "*" : ""}`,
      formatBytes(result.firstQuery?.coreBytes),
      String(result.firstQuery?.results ?? "–"),
      formatBytes(result.notePageGzipBytes),
      String(result.notePageRequests ?? result.notePage?.requests ?? "–"),
    ]),
  );
  return `${build}\n\n${output}`;
}

async function main(): Promise<number> {
  const parsed = parseCommandLine(
    {
      options: {
        sizes: { type: "string" },
        large: { type: "boolean", default: false },
        repeat: { type: "string", default: "1" },
        profile: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        lighthouse: { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
        query: { type: "string", default: "export controls" },
        preview: { type: "boolean", default: false },
        "preview-only": { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    },
    usage,
  );
  if (typeof parsed === "number") return parsed;
  let sizes: number[];
  try {
    sizes = chooseSizes(parsed.values);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }

  const repeat = Number(parsed.values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 20) {
    console.error(`--repeat takes a whole number of builds from 1 to 20, not "${parsed.values.repeat}"\n${usage}`);
    return 2;
  }

  const startedAt = new Date().toISOString();
  const host = machine();
  const previewOnly = parsed.values["preview-only"];
  const withPreview = parsed.values.preview || previewOnly;
  const results: SizeResult[] = [];
  const previews: PreviewResult[] = [];
  try {
    for (const notes of sizes) {
      if (!previewOnly) results.push(await benchSize(notes, { query: parsed.values.query, keep: parsed.values.keep, lighthouse: parsed.values.lighthouse, repeat, profile: parsed.values.profile }));
      if (withPreview) previews.push(await benchPreview(notes, { keep: parsed.values.keep }));
    }
  } finally {
    for (const root of projectsToDelete.splice(0)) rmSync(root, { recursive: true, force: true });
  }

  const smallest = results[0];
  const largestDefault = [...results].reverse().find((result) => result.notes <= 10000) ?? results[results.length - 1];
  const growth =
    smallest && largestDefault && largestDefault.notes !== smallest.notes ? growthFactor({ notes: smallest.notes, ms: smallest.oursMs }, { notes: largestDefault.notes, ms: largestDefault.oursMs }) : undefined;
  const targets = [...(results.length > 0 ? evaluateTargets(results) : []), ...(withPreview ? evaluatePreviewTargets(previews) : [])];
  const report = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: { ...host, loadAverageAtEnd: os.loadavg().map((value) => Number(value.toFixed(2))) },
    query: parsed.values.query,
    growth: growth === undefined || !smallest || !largestDefault ? null : { from: smallest.notes, to: largestDefault.notes, factor: growth },
    targets,
    sizes: results,
    ...(withPreview ? { preview: previews } : {}),
  };
  const folder = path.join(REPOSITORY, "bench-results");
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);

  if (parsed.values.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(`\n${host.cpus} CPUs (${host.cpuModel}), ${host.memory} RAM, Node ${host.node}; load average at start ${host.loadAverageAtStart.join(" ")}, at end ${report.machine.loadAverageAtEnd.join(" ")}`);
    console.log("Shared machines give noisy times: compare the ratios (same corpus, same run) rather than absolute seconds.\n");
    if (results.length > 0) console.log(tables(results));
    if (withPreview) {
      console.log(`${results.length > 0 ? "\n" : ""}Preview (npm start), median of ${PREVIEW_EDITS} edits:\n${renderPreviewTable(previews)}`);
      for (const preview of previews) if (preview.failure) console.log(`! the preview failed at ${preview.notes} notes: ${preview.failure.split("\n").slice(0, 3).join(" / ")}`);
      for (const preview of previews) if (preview.searchHasMarker.some((holds) => !holds)) console.log(`note: at ${preview.notes} notes, after some edits no new search fragment held the edited word`);
    }
    for (const result of results) if (result.oursFailure) console.log(`! our build failed at ${result.notes} notes: ${result.oursFailure.split("\n").slice(-3).join(" / ")}`);
    if (results.some((result) => result.firstQuery?.method === "files")) console.log("* estimated from the Pagefind files: Chromium was not available");
    if (growth !== undefined && smallest && largestDefault) console.log(`\ngrowth: time per note at ${largestDefault.notes} is ${formatRatio(growth)} that at ${smallest.notes}`);
    for (const result of results) if (result.profile) console.log(`\n${renderCpuProfileSummary(result.profile, `CPU profile of our build at ${result.notes} notes`)}`);
    for (const result of results) {
      if (!result.lighthouse) continue;
      const runsOf = (name: string) => {
        const scores = result.lighthouseRuns?.[name] ?? [];
        return scores.length > 1 ? ` (${scores.join(", ")})` : "";
      };
      console.log(`lighthouse ${result.notes}, median of ${LIGHTHOUSE_RUNS} runs: ${Object.entries(result.lighthouse).map(([name, score]) => `${name} ${score}${runsOf(name)}`).join(", ")}`);
    }
    console.log(`\n${renderTargets(targets)}`);
    console.log(`\nraw figures: bench-results/latest.json`);
  }
  return 0;
}

process.exitCode = await main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  return 1;
});
