/**
 * The publishing build: validate every note, build the site into a staging folder, then swap it in.
 *
 * Nothing half-built is ever published: an invalid note stops the build before anything is written,
 * and `_site/` is only replaced once Eleventy and Pagefind have both finished.
 */
import Eleventy from "@11ty/eleventy";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findNoteFiles, NOTES_DIRECTORY } from "./note-files.ts";
import { formatReport } from "./report-findings.ts";
import { validateNoteFiles, type ValidationReport } from "./validate-notes.ts";

const CONFIG_PATH = fileURLToPath(new URL("../.eleventy.ts", import.meta.url));

export interface SiteBuildOptions {
  /** The project folder holding notes/, layouts/ and pages/ (default: the current folder) */
  readonly root?: string;
  /** Where the finished site goes (default: `_site` under the root) */
  readonly outputDirectory?: string;
  readonly log?: (line: string) => void;
}

export type SiteBuildResult = { readonly ok: true; readonly report: ValidationReport } | { readonly ok: false; readonly report: ValidationReport };

/** With BENCH_TIMINGS=1 (set by `npm run bench`), one `[bench-timing] <phase> <ms>` line per phase. */
function benchTiming(phase: string, startedAt: number): void {
  if (process.env.BENCH_TIMINGS === "1") console.log(`[bench-timing] ${phase} ${(performance.now() - startedAt).toFixed(1)}`);
}

export async function buildSite(options: SiteBuildOptions = {}): Promise<SiteBuildResult> {
  const root = path.resolve(options.root ?? ".");
  const log = options.log ?? ((line: string) => console.log(line));
  const output = path.resolve(root, options.outputDirectory ?? "_site");
  const notesFolder = path.join(root, NOTES_DIRECTORY);

  const validationStarted = performance.now();
  const report = validateNoteFiles(existsSync(notesFolder) ? findNoteFiles(notesFolder) : [], root);
  benchTiming("validation", validationStarted);
  if (report.errors > 0) {
    log(formatReport(report, "text"));
    log("Build stopped: fix the errors above; nothing was published.");
    return { ok: false, report };
  }
  if (report.warnings > 0) log(formatReport(report, "text"));

  const staging = path.join(root, ".build", `site-${process.pid}-${Date.now()}`);
  mkdirSync(path.dirname(staging), { recursive: true });
  const previousDirectory = process.cwd();
  process.chdir(root);
  try {
    const eleventyStarted = performance.now();
    const eleventy = new Eleventy(".", path.relative(root, staging), { configPath: CONFIG_PATH, quietMode: true });
    await eleventy.write();
    benchTiming("eleventy+pagefind", eleventyStarted);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    process.chdir(previousDirectory);
  }
  rmSync(output, { recursive: true, force: true });
  renameSync(staging, output);
  log(`Built ${report.notes.length} note${report.notes.length === 1 ? "" : "s"} into ${path.relative(previousDirectory, output) || "."}`);
  return { ok: true, report };
}
