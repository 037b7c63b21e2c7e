/**
 * The publishing build: validate every note, build the site into a staging folder, then swap it in.
 *
 * Nothing half-built is ever published: an invalid note stops the build before anything is written,
 * and `_site/` is only replaced once Eleventy and Pagefind have both finished.
 */
import { existsSync, mkdirSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { EleventyBuildRequest } from "./eleventy-build-worker.ts";
import { benchTiming } from "./bench-timing.ts";
import { BUILD_FOLDER, pruneUntouched, replacedSiteName, SITE_FOLDER, stagingFolder, takeBuildFolder } from "./build-folder.ts";
import { buildSearchIndex, indexFilesInUse, SEARCH_INDEX_FOLDER, searchIndexSummary } from "./search-index.ts";
import { startTypeScriptWorker } from "./typescript-worker.ts";
import type { ValidationRequest, ValidationSummary } from "./validation-worker.ts";


export interface SiteBuildOptions {
  /** The project folder holding notes/, layouts/ and pages/ (default: the current folder) */
  readonly root?: string;
  /** Where the finished site goes (default: `_site` under the root) */
  readonly outputDirectory?: string;
  readonly log?: (line: string) => void;
}

export interface SiteBuildResult {
  /** Whether the site was published (false: a note had errors, and nothing was written) */
  readonly ok: boolean;
  readonly validation: ValidationSummary;
}

/**
 * Eleventy in a worker thread, which ends with the build: the pages' data and HTML that Eleventy
 * keeps to the end (over 1 GB at 10 000 notes) are freed as Pagefind starts, so the two peaks
 * do not add up (at 10 000 notes the peak is about 1.6 times higher without it). The worker shares
 * this process's working folder.
 */
const YOUNG_GENERATION_MB = 128;

/**
 * The worker's heap may grow to three quarters of the machine's memory. Node's default (about 4 GB)
 * stopped a 30 000-note build with "Worker terminated due to reaching memory limit"; Eleventy keeps
 * every page until the build ends. Pagefind starts as the worker ends, so they never add up.
 */
const OLD_GENERATION_MB = Math.max(4096, Math.floor((usableMemoryBytes() / 1024 / 1024) * 0.75));

/** The machine's memory, or the container's limit when it is lower (Netlify and CI builds run in one). */
function usableMemoryBytes(): number {
  const limit = process.constrainedMemory?.() ?? 0;
  return limit > 0 ? Math.min(limit, os.totalmem()) : os.totalmem();
}

/**
 * Up to this many notes, Pagefind indexes the note pages as soon as Eleventy has written them, while
 * Eleventy's thread writes the browse pages, feeds and open data: a 1 000-note build took 0.93 of
 * the time (5 pairs in turn), and their memory adds up (its peak went from 0.60–0.70 GiB to 0.89–0.90
 * GiB; 1.36 GiB at 2 000 notes, half the 10 000-note build's). Beyond it, Pagefind waits for the
 * Eleventy thread's heap (over 1 GB at 10 000 notes) to be freed, so the build's peak stays Pagefind's.
 */
const INDEX_BESIDE_ELEVENTY_NOTES = 2000;

/** Eleventy's worker, started before the notes are validated (see eleventy-build-worker.ts). */
interface EleventyWorker {
  /**
   * Tells it to build; settles once every file is written. The thread then ends on its own: freeing
   * its heap took 0.2 s at 1 000 notes and 0.4 s at 10 000, which Pagefind no longer waits for (it is
   * still reading pages then, with little memory of its own).
   */
  build(): Promise<void>;
  /** Settles when Eleventy has written every page, before its `eleventy.after` work. */
  readonly pagesWritten: Promise<void>;
  /** Ends the thread, built or not. */
  cancel(): Promise<void>;
}

function startEleventyWorker(request: EleventyBuildRequest): EleventyWorker {
  // The search plugin leaves the index to `buildSite`, which builds it once the worker is done.
  const worker = startTypeScriptWorker(new URL("./eleventy-build-worker.ts", import.meta.url), {
    workerData: request,
    // Eleventy allocates hundreds of MB of short-lived strings; a larger young generation lets more
    // of them die young instead of being copied to, and collected from, the old generation.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB },
  });
  if (!worker) throw new Error("could not start the Eleventy worker thread: the tsx package was not found; run npm ci");
  let done = false;
  let pagesWritten: () => void = () => undefined;
  const built = new Promise<void>((resolve, reject) => {
    worker.on("message", (message: "pages-written" | "done") => {
      if (message === "pages-written") return pagesWritten();
      done = true;
      resolve();
      // Whatever Eleventy left open (timers, watchers) must not keep the thread, and its heap, alive.
      // After the output it handed over before "done" has been read (see eleventy-build-worker.ts).
      setImmediate(() => void worker.terminate());
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (!done) reject(new Error(`the Eleventy build stopped (exit code ${code})`));
    });
  });
  // A thread that fails while the notes are still being validated is reported by `build`, or not at all when the build stops there.
  built.catch(() => undefined);
  return {
    build() {
      worker.postMessage("build");
      return built;
    },
    pagesWritten: new Promise<void>((resolve) => (pagesWritten = resolve)),
    async cancel() {
      await worker.terminate();
    },
  };
}

/** Validates the project's notes in a thread of its own (see validation-worker.ts). */
async function validateInWorker(request: ValidationRequest): Promise<ValidationSummary> {
  const worker = startTypeScriptWorker(new URL("./validation-worker.ts", import.meta.url), { workerData: request });
  if (!worker) throw new Error("could not start the validation thread: the tsx package was not found; run npm ci");
  return new Promise<ValidationSummary>((resolve, reject) => {
    let summary: ValidationSummary | undefined;
    worker.on("message", (message: ValidationSummary) => (summary = message));
    worker.on("error", reject);
    worker.on("exit", (code) => (summary ? resolve(summary) : reject(new Error(`validating the notes stopped (exit code ${code})`))));
  });
}

export async function buildSite(options: SiteBuildOptions = {}): Promise<SiteBuildResult> {
  const root = path.resolve(options.root ?? ".");
  const log = options.log ?? ((line: string) => console.log(line));
  const output = path.resolve(root, options.outputDirectory ?? SITE_FOLDER);
  const buildFolder = path.join(root, BUILD_FOLDER);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = stagingFolder(buildFolder, stamp);
  const previousDirectory = process.cwd();
  process.chdir(root);
  let eleventy: EleventyWorker | undefined;
  try {
    // Eleventy loads in its thread while the notes are validated in another: each takes about half
    // a second at 1 000 notes, and validation seconds at 10 000.
    eleventy = startEleventyWorker({ output: path.relative(root, staging) });
    const validationStarted = performance.now();
    const validation = await validateInWorker({ root });
    benchTiming("validation", validationStarted);
    if (validation.errors > 0) {
      log(validation.text);
      log("Build stopped: fix the errors above; nothing was published.");
      return { ok: false, validation };
    }
    if (validation.warnings > 0) log(validation.text);

    mkdirSync(buildFolder, { recursive: true });
    const taken = takeBuildFolder(buildFolder, stamp);
    let indexing: Promise<{ pages: number }> | undefined;
    try {
      const eleventyStarted = performance.now();
      const building = eleventy.build();
      let searchStarted = 0;
      const startIndexing = (): Promise<{ pages: number }> => {
        searchStarted = performance.now();
        indexing = buildSearchIndex(staging);
        // Awaited below, or in the catch block if Eleventy fails meanwhile.
        indexing.catch(() => undefined);
        return indexing;
      };
      // A small archive's search index is built while Eleventy writes the browse pages, feeds and
      // open data. A build over an earlier site prunes first (below), so its index waits.
      if (!taken.holdsEarlierSite && validation.notes <= INDEX_BESIDE_ELEVENTY_NOTES) void eleventy.pagesWritten.then(startIndexing);
      await building;
      benchTiming("eleventy", eleventyStarted);
      // Pages of notes since deleted go before Pagefind reads the note pages; old index files once the
      // new index names the ones it still uses. A build into an empty folder has nothing to prune, and
      // looking costs a stat per file (0.8 s at 10 000 notes).
      if (taken.holdsEarlierSite) {
        const pruneStarted = performance.now();
        pruneUntouched(staging, taken.takenAt, (relative) => relative.startsWith(`${SEARCH_INDEX_FOLDER}/`));
        benchTiming("prune", pruneStarted);
      }
      const { pages } = await (indexing ?? startIndexing());
      benchTiming("pagefind", searchStarted);
      log(searchIndexSummary(pages));
      if (taken.holdsEarlierSite) {
        const pruneStarted = performance.now();
        const indexFolder = path.join(staging, SEARCH_INDEX_FOLDER);
        pruneUntouched(indexFolder, taken.takenAt, indexFilesInUse(indexFolder));
        benchTiming("prune-index", pruneStarted);
      }
    } catch (error) {
      // Pagefind writes into the staging folder by its path: it must be done before the folder moves.
      await indexing?.catch(() => undefined);
      // Kept for the next build to write over, like a replaced site: deleting it would cost that build more.
      if (existsSync(staging)) renameSync(staging, path.join(buildFolder, replacedSiteName(stamp)));
      await taken.deletingOthers;
      throw error;
    }
    // The swap is two renames: the old site moves aside (the next build writes over it), the new one takes its place.
    if (existsSync(output)) renameSync(output, path.join(buildFolder, replacedSiteName(stamp)));
    renameSync(staging, output);
    await taken.deletingOthers;
    log(`Built ${validation.notes} note${validation.notes === 1 ? "" : "s"} into ${path.relative(previousDirectory, output) || "."}`);
    return { ok: true, validation };
  } finally {
    // Ends a thread still waiting to build (the notes had errors, or validation failed) or still
    // ending after its build; an ended one stays ended.
    await eleventy?.cancel();
    process.chdir(previousDirectory);
  }
}
