/**
 * `npm run bench [-- --sizes 1000,2000 | --large] [--json] [--lighthouse] [--keep] [--query words]`
 *
 * Builds synthetic corpora of each size (test/support/fixture-notes.ts) and measures, on the same
 * corpus in the same run: our full `npm run build`, a floor (bare Eleventy with no plugins plus the
 * Pagefind CLI), `npm run validate` alone, and what the built site weighs on disk and in a browser.
 * Prints a table (or JSON), PASS/FAIL per target of the "Performance at archive scale" issue, and
 * always writes the raw figures to bench-results/latest.json. See docs/benchmark.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measureCommand, type Measured } from "../lib/bench/measure.ts";
import { firstQueryFromFiles, folderSize, notePageWeight, probeInChromium, type FirstQuery } from "../lib/bench/site-probe.ts";
import {
  chooseSizes,
  evaluateTargets,
  formatBytes,
  formatPercent,
  formatRatio,
  formatSeconds,
  growthFactor,
  parsePhaseTimings,
  ratio,
  renderTable,
  renderTargets,
  type SizeFigures,
} from "../lib/bench/stats.ts";
import { createFixtureProject, REPOSITORY, TSX_LOADER } from "../test/support/build-fixture-site.ts";
import { generateCorpus, writeNotes } from "../test/support/fixture-notes.ts";

const usage = "usage: npm run bench -- [--sizes 1000,5000] [--large] [--json] [--lighthouse] [--keep] [--query \"export controls\"]";
const LIGHTHOUSE_VERSION = "12.8.2";
const BUILD_ENVIRONMENT = { SITE_BUILD_DATE: "2024-06-01", SITE_URL: "https://notes.example.org", BENCH_TIMINGS: "1" };

/** The bare-Eleventy floor: default config, no plugins, one layout that only wraps the content. */
const FLOOR_CONFIG = `export default function (eleventyConfig) {\n  eleventyConfig.addGlobalData("layout", "floor.html");\n}\n`;
const FLOOR_LAYOUT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body>{{ content }}</body></html>\n`;

interface SizeResult extends SizeFigures {
  /** Why our build failed at this size (e.g. out of memory); its figures are then those of the failed run */
  readonly oursFailure?: string;
  readonly oursCpuMs: number;
  readonly floorCpuMs: number;
  readonly phasesMs: Record<string, number>;
  readonly ours: Omit<Measured, "stdout" | "stderr">;
  readonly floor: { eleventy: Omit<Measured, "stdout" | "stderr">; pagefind: Omit<Measured, "stdout" | "stderr"> };
  readonly validate: Omit<Measured, "stdout" | "stderr">;
  readonly msPerNote: number;
  readonly site: { bytes: number; files: number };
  readonly pagefindIndex: { bytes: number; files: number };
  readonly floorSite: { bytes: number; files: number };
  readonly notePage?: ReturnType<typeof notePageWeight>;
  readonly notePageRequests?: number;
  readonly firstQuery?: FirstQuery;
  readonly lighthouse?: Record<string, number>;
  readonly notes: number;
}

function withoutOutput(measured: Measured): Omit<Measured, "stdout" | "stderr"> {
  const { stdout: _stdout, stderr: _stderr, ...rest } = measured;
  return rest;
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

const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

interface LighthouseResult {
  readonly lhr: { readonly categories: Record<string, { readonly score: number | null }>; readonly runtimeError?: { readonly message: string } };
}

/**
 * Lighthouse (12.x on Node 20) against the built site, with its default mobile emulation (a
 * Moto G Power-sized screen, throttled 4G and CPU), in the Chromium the Chromium probe uses. Chrome is
 * started by chrome-launcher, which Lighthouse depends on, so Lighthouse owns the whole browser.
 */
async function runLighthouse(site: string, pages: Readonly<Record<string, string>>): Promise<Record<string, number> | undefined> {
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
  const scores: Record<string, number> = {};
  try {
    for (const [label, page] of Object.entries(pages)) {
      progress(`lighthouse: ${label} (/${page})`);
      const result = await lighthouse(`${server.origin}/${page}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        formFactor: "mobile",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      if (result?.lhr.runtimeError) progress(`lighthouse ${label}: ${result.lhr.runtimeError.message}`);
      for (const [category, { score }] of Object.entries(result?.lhr.categories ?? {})) if (score !== null) scores[`${label} ${category}`] = Math.round(score * 100);
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return scores;
}

async function benchSize(notes: number, options: { query: string; keep: boolean; lighthouse: boolean }): Promise<SizeResult> {
  progress(`${notes} notes: generating the corpus`);
  const corpus = generateCorpus({ count: notes });
  const project = createFixtureProject(corpus, `notes-bench-${notes}-`);
  const floorRoot = path.join(project.root, "floor");
  mkdirSync(path.join(floorRoot, "notes", "_includes"), { recursive: true });
  writeNotes(path.join(floorRoot, "notes"), corpus);
  writeFileSync(path.join(floorRoot, "notes", "_includes", "floor.html"), FLOOR_LAYOUT);
  writeFileSync(path.join(floorRoot, "eleventy.config.mjs"), FLOOR_CONFIG);
  try {
    // The same command line as package.json's build script; tsx is given as a file URL because the
    // temporary project has no node_modules of its own.
    progress(`${notes} notes: npm run build (ours)`);
    const ours = await measureCommand(process.execPath, ["--import", TSX_LOADER, path.join(REPOSITORY, "scripts", "build.ts")], { cwd: project.root, env: BUILD_ENVIRONMENT });
    const oursFailure = failureOf("npm run build", ours);
    if (oursFailure) progress(oursFailure);

    progress(`${notes} notes: floor (bare Eleventy + Pagefind CLI)`);
    const floorEleventy = await measureCommand(
      process.execPath,
      [path.join(REPOSITORY, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=eleventy.config.mjs", "--input=notes", "--output=_site", "--quiet"],
      { cwd: floorRoot },
    );
    requireSuccess("bare Eleventy", floorEleventy);
    const floorPagefind = await measureCommand(process.execPath, [path.join(REPOSITORY, "node_modules/pagefind/lib/runner/bin.cjs"), "--site", "_site", "--force-language", "en"], {
      cwd: floorRoot,
    });
    requireSuccess("Pagefind CLI", floorPagefind);

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

    const phasesMs = parsePhaseTimings(ours.stdout);
    if (phasesMs["eleventy+pagefind"] !== undefined && phasesMs.pagefind !== undefined) phasesMs.eleventy = phasesMs["eleventy+pagefind"] - phasesMs.pagefind;
    return {
      notes,
      ...(oursFailure ? { oursFailure } : {}),
      oursMs: ours.wallMs,
      oursCpuMs: ours.cpuMs,
      floorCpuMs: floorEleventy.cpuMs + floorPagefind.cpuMs,
      oursPeakBytes: ours.peakBytes,
      floorMs: floorEleventy.wallMs + floorPagefind.wallMs,
      floorPeakBytes: Math.max(floorEleventy.peakBytes, floorPagefind.peakBytes),
      validateMs: validate.wallMs,
      phasesMs,
      ours: withoutOutput(ours),
      floor: { eleventy: withoutOutput(floorEleventy), pagefind: withoutOutput(floorPagefind) },
      validate: withoutOutput(validate),
      msPerNote: ours.wallMs / notes,
      site: folderSize(project.site),
      pagefindIndex: folderSize(path.join(project.site, "pagefind")),
      floorSite: folderSize(path.join(floorRoot, "_site")),
      notePageGzipBytes: notePage?.gzipBytes,
      firstQueryBytes: firstQuery?.bytes,
      ...(notePage ? { notePage } : {}),
      ...("notePageRequests" in probe && probe.notePageRequests !== undefined ? { notePageRequests: probe.notePageRequests } : {}),
      ...(firstQuery ? { firstQuery } : {}),
      ...(lighthouse ? { lighthouse } : {}),
    };
  } finally {
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
    ["notes", "ours", "valid.", "11ty", "pagefind", "ours peak", "floor", "floor peak", "time ×", "cpu ×", "mem ×", "validate", "ms/note"],
    results.map((result) => [
      `${result.notes}${result.oursFailure ? "!" : ""}`,
      formatSeconds(result.oursMs),
      formatPercent(result.phasesMs.validation, result.oursMs),
      formatPercent(result.phasesMs.eleventy, result.oursMs),
      formatPercent(result.phasesMs.pagefind, result.oursMs),
      formatBytes(result.oursPeakBytes),
      formatSeconds(result.floorMs),
      formatBytes(result.floorPeakBytes),
      formatRatio(ratio(result.oursMs, result.floorMs)),
      formatRatio(ratio(result.oursCpuMs, result.floorCpuMs)),
      formatRatio(ratio(result.oursPeakBytes, result.floorPeakBytes)),
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
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        sizes: { type: "string" },
        large: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        lighthouse: { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
        query: { type: "string", default: "export controls" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  let sizes: number[];
  try {
    sizes = chooseSizes(parsed.values);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }

  const startedAt = new Date().toISOString();
  const host = machine();
  const results: SizeResult[] = [];
  for (const notes of sizes) results.push(await benchSize(notes, { query: parsed.values.query, keep: parsed.values.keep, lighthouse: parsed.values.lighthouse }));

  const smallest = results[0]!;
  const largestDefault = [...results].reverse().find((result) => result.notes <= 10000) ?? results[results.length - 1]!;
  const growth = largestDefault.notes !== smallest.notes ? growthFactor({ notes: smallest.notes, ms: smallest.oursMs }, { notes: largestDefault.notes, ms: largestDefault.oursMs }) : undefined;
  const targets = evaluateTargets(results);
  const report = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: { ...host, loadAverageAtEnd: os.loadavg().map((value) => Number(value.toFixed(2))) },
    query: parsed.values.query,
    growth: growth === undefined ? null : { from: smallest.notes, to: largestDefault.notes, factor: growth },
    targets,
    sizes: results,
  };
  const folder = path.join(REPOSITORY, "bench-results");
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);

  if (parsed.values.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(`\n${host.cpus} CPUs (${host.cpuModel}), ${host.memory} RAM, Node ${host.node}; load average at start ${host.loadAverageAtStart.join(" ")}, at end ${report.machine.loadAverageAtEnd.join(" ")}`);
    console.log("Shared machines give noisy times: compare the ratios (same corpus, same run) rather than absolute seconds.\n");
    console.log(tables(results));
    for (const result of results) if (result.oursFailure) console.log(`! our build failed at ${result.notes} notes: ${result.oursFailure.split("\n").slice(-3).join(" / ")}`);
    if (results.some((result) => result.firstQuery?.method === "files")) console.log("* estimated from the Pagefind files: Chromium was not available");
    if (growth !== undefined) console.log(`\ngrowth: time per note at ${largestDefault.notes} is ${formatRatio(growth)} that at ${smallest.notes}`);
    for (const result of results) if (result.lighthouse) console.log(`lighthouse ${result.notes}: ${Object.entries(result.lighthouse).map(([name, score]) => `${name} ${score}`).join(", ")}`);
    console.log(`\n${renderTargets(targets)}`);
    console.log(`\nraw figures: bench-results/latest.json`);
  }
  return 0;
}

process.exitCode = await main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  return 1;
});
