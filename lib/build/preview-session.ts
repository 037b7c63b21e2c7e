/**
 * The live preview (`npm start`). Saving a note shows its page at once, then brings the rest of the
 * site up to date, without ever serving half a file:
 *
 * 1. The note's page, alone: the preview notices the save, checks the note like `npm run validate`
 *    and renders the files of its event (every language version) with Eleventy reading only them
 *    (lib/build/preview-renderer.ts). Each page is written beside its place and renamed into it, and
 *    the browser reloads. A note with errors gets a page listing them instead, so that the preview
 *    never goes on showing the note as it was; a deleted note's folder is removed.
 * 2. The search index: Pagefind indexes the served note pages into a folder of its own, whose files
 *    are then moved into place, the entry file last.
 * 3. Everything else that shows the note (home, archive, browse pages, feeds, calendars, data files):
 *    a whole build by Eleventy in watch mode, in a child process at a lower priority
 *    (preview-site-builder.ts), which starts once the page is shown and indexed and writes into a
 *    staging folder. Its files are then moved into the served folder, except the note pages this
 *    process wrote or removed since the build started (the build's would be older) and those showing
 *    errors; files it no longer makes are deleted. Its search index is used when no note page changed
 *    meanwhile, otherwise the index is made again (step 2).
 *
 * The first build is the child's too, moved in the same way before the server starts (files an
 * earlier run left are deleted). Saved layouts, pages, assets and data go through step 3 only.
 */
import { fork } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { constants, setPriority } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type Eleventy from "@11ty/eleventy";
import { benchTiming } from "./bench-timing.ts";
import { createEleventy } from "./eleventy-project.ts";
import { filesUnder, moveSearchIndex, moveStagedFiles, noteFolderUrlOf, pageFile, removeFilesNotMade, removeNoteFolder, writeFileAtomically } from "./preview-files.ts";
import { noteErrorPage } from "./preview-error-page.ts";
import { renderNotePages } from "./preview-renderer.ts";
import type { SiteBuilderMessage, SiteBuilderReply } from "./preview-site-builder.ts";
import { watchFolder, type FolderWatcher } from "./preview-watch.ts";
import { BUILD_FOLDER, SITE_FOLDER } from "./build-folder.ts";
import { buildSearchIndex, SEARCH_INDEX_FOLDER, searchIndexSummary } from "./search-index.ts";
import { LANGUAGE_CODES } from "../languages/languages.ts";
import { isNoteFile, NOTES_DIRECTORY } from "../note/note-files.ts";
import type { NoteView } from "../note/note-view.ts";
import { versionFile } from "../note/note-versions.ts";
import { formatFinding } from "../validation/report-findings.ts";
import { validateNoteFile } from "../validation/validate-notes.ts";

export interface PreviewOptions {
  readonly port: number;
  /** The served folder, relative to the project folder (the current working folder) */
  readonly output?: string;
  readonly log?: (line: string) => void;
}

export interface RunningPreview {
  stop(): Promise<void>;
}

/** How long the preview waits for more events of one save before rendering (editors write a file in several steps). */
const SETTLE_MS = 30;
/**
 * How long a build of the whole site may wait for saved notes to be shown and indexed (the index
 * takes 10–15 s at 10 000 notes), so that saves in quick succession cannot hold it back for ever.
 */
const MAX_REBUILD_HOLD_MS = 60_000;

/** Eleventy's name for a note file: `./notes/2016/x.md`, from a path relative to the project. */
export function inputPathOf(projectRelative: string): string {
  return `./${projectRelative.split(path.sep).join("/").replace(/^\.\//, "")}`;
}

/** The files of the events of `files` (input paths): every language version that exists, and the given files themselves. */
export function eventFiles(files: readonly string[], exists: (file: string) => boolean = existsSync): string[] {
  const all = new Set<string>();
  for (const file of files) {
    all.add(file);
    for (const language of LANGUAGE_CODES) {
      const version = inputPathOf(versionFile(file, language));
      if (exists(version)) all.add(version);
    }
  }
  return [...all].sort();
}

/** Work folders of earlier previews of this project whose process is gone (killed before it could clean up). */
function removeAbandonedWorkFolders(parent: string): void {
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    const pid = /^preview-(\d+)$/.exec(entry)?.[1];
    if (!pid || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch {
      rmSync(path.join(parent, entry), { recursive: true, force: true });
    }
  }
}

/** The preview's own command-line flags, for its child, without a debugger's or profiler's (one per process). */
function childExecArgv(): string[] {
  return process.execArgv.filter((flag) => !/^--(inspect|cpu-prof|heap-prof|prof)/.test(flag));
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const log = options.log ?? ((line: string) => console.log(line));
  const timing = (phase: string, since: number) => benchTiming(phase, since, log);
  const output = options.output ?? SITE_FOLDER;
  const site = path.resolve(output);
  const workParent = path.resolve(BUILD_FOLDER);
  const work = path.join(workParent, `preview-${process.pid}`);
  const staging = path.join(work, "site");
  removeAbandonedWorkFolders(workParent);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });

  // --- What the preview knows of the site ------------------------------------------------------
  /** Every note page, by input path: the related notes of a rendered note are chosen among them */
  const notes = new Map<string, NoteView>();
  /** Counts this process's changes to note pages, to tell a build's pages from newer ones */
  let generation = 0;
  /** Note folder addresses → the generation at which this process last wrote, or removed, the page there */
  const written = new Map<string, number>();
  const removed = new Map<string, number>();
  /** Files whose note has errors → the address showing them */
  const errorPages = new Map<string, string>();
  /** The generation at which the child's current build started */
  let buildStartedAt = 0;
  let buildPending = false;

  let server: Eleventy | undefined;
  let stopping = false;
  const reload = (files: readonly string[], templates: readonly { url: string; inputPath: string; content: string }[] = []) =>
    server?.eleventyServe.reload({ files, build: { templates } }).catch((error: Error) => log(`[preview] could not reload the browser: ${error.message}`));

  // --- Step 2: the search index -------------------------------------------------------------------
  let indexFiles: Set<string> | undefined;
  /**
   * Puts a new index in place of the served one. The preview's own index and a build's may be ready
   * together (a build waits for the preview's index, but at most MAX_REBUILD_HOLD_MS): their moves
   * run one after the other, each deleting only what the one before it no longer names.
   */
  let indexMoves: Promise<unknown> = Promise.resolve();
  const moveIndexIn = (built: string): Promise<void> => {
    const move = indexMoves.then(async () => {
      indexFiles = await moveSearchIndex(built, path.join(site, SEARCH_INDEX_FOLDER), indexFiles);
    });
    indexMoves = move.catch(() => undefined);
    return move;
  };
  let indexing: Promise<void> | undefined;
  let indexAgain = false;
  let indexRuns = 0;
  const requestIndex = (): void => {
    if (indexing) {
      indexAgain = true;
      return;
    }
    indexing = (async () => {
      do {
        indexAgain = false;
        const started = performance.now();
        const built = path.join(work, `${SEARCH_INDEX_FOLDER}-${++indexRuns}`);
        try {
          const { pages } = await buildSearchIndex(site, built);
          await moveIndexIn(built);
          timing("pagefind", started);
          log(`${searchIndexSummary(pages)} (${seconds(started)})`);
        } catch (error) {
          rmSync(built, { recursive: true, force: true });
          log(`[preview] the search index could not be updated: ${(error as Error).message}`);
        }
      } while (indexAgain);
      indexing = undefined;
    })();
  };

  // --- Step 1: the saved notes' pages -------------------------------------------------------------
  const rememberWrite = (url: string) => {
    written.set(url, ++generation);
    removed.delete(url);
  };
  const rememberRemoval = (url: string) => {
    removed.set(url, ++generation);
    written.delete(url);
  };

  /** Shows the pages of the events of the changed files (input paths): rendered, removed, or listing the note's errors. */
  const showNotes = async (changed: readonly string[]): Promise<void> => {
    const started = performance.now();
    const files = eventFiles(changed);
    const present = files.filter((file) => existsSync(file));
    const lines: string[] = [];

    for (const file of files.filter((candidate) => !present.includes(candidate))) {
      const gone = notes.get(file)?.url ?? errorPages.get(file);
      notes.delete(file);
      errorPages.delete(file);
      if (gone) {
        removeNoteFolder(site, gone);
        rememberRemoval(gone);
        lines.push(`${file.slice(2)} deleted: ${gone} removed`);
      }
    }

    const valid: string[] = [];
    for (const file of present) {
      const validation = validateNoteFile(file);
      for (const finding of validation.findings) log(`[preview] ${formatFinding(finding)}`);
      if (!validation.findings.some((finding) => finding.severity === "error")) {
        valid.push(file);
        continue;
      }
      // Where the author is looking: the address the note had, else the one its start date gives.
      const url = notes.get(file)?.url ?? errorPages.get(file) ?? validation.url;
      notes.delete(file);
      if (!url) {
        lines.push(`${file.slice(2)} has errors and no address to show them at`);
        continue;
      }
      writeFileAtomically(pageFile(site, url), noteErrorPage(validation.file, validation.findings));
      rememberWrite(url);
      errorPages.set(file, url);
      lines.push(`${file.slice(2)} has errors: shown at ${url}`);
    }

    const pages = await renderNotePages(valid, output, () => notes.values());
    for (const page of pages) {
      const before = notes.get(page.inputPath)?.url ?? errorPages.get(page.inputPath);
      if (before && before !== page.url) {
        removeNoteFolder(site, before);
        rememberRemoval(before);
      }
      writeFileAtomically(pageFile(site, page.url), page.html);
      rememberWrite(page.url);
      notes.set(page.inputPath, page.note);
      errorPages.delete(page.inputPath);
      lines.push(`${page.inputPath.slice(2)} → ${page.url}`);
    }
    for (const file of valid.filter((candidate) => !pages.some((page) => page.inputPath === candidate))) {
      lines.push(`${file.slice(2)} could not be rendered (see the messages above)`);
    }
    timing("note page", started);
    log(`[preview] ${lines.join("; ")} (${seconds(started)})`);
    void reload(
      changed,
      pages.map((page) => ({ url: page.url, inputPath: page.inputPath, content: page.html })),
    );
    requestIndex();
  };

  // Saves are shown one batch at a time, in order.
  const pendingFiles = new Set<string>();
  let settleTimer: NodeJS.Timeout | undefined;
  let noteWork: Promise<void> = Promise.resolve();
  let batchesLeft = 0;
  const flush = () => {
    settleTimer = undefined;
    const batch = [...pendingFiles];
    pendingFiles.clear();
    answer({ kind: "rebuild", files: batch });
    batchesLeft += 1;
    noteWork = noteWork
      .then(() => showNotes(batch))
      .catch((error: Error) => log(`[preview] ${batch.map((file) => file.slice(2)).join(", ")} could not be shown: ${error.stack ?? error.message}`))
      .finally(() => {
        batchesLeft -= 1;
      });
  };
  /** Whether the site is served: saves noticed before (during the first build) wait for it. */
  let serving = false;
  const noteSaved = (file: string) => {
    pendingFiles.add(file);
    if (!serving) return;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(flush, SETTLE_MS);
  };
  /**
   * Resolves once no saved note waits to be shown and the search index has them (or after
   * `MAX_REBUILD_HOLD_MS`). A build started earlier would take the CPU Pagefind needs: at 1 000
   * notes on two cores, the index then took 7–15 s instead of 1–3 s.
   */
  const notesShownAndIndexed = async (): Promise<void> => {
    const until = performance.now() + MAX_REBUILD_HOLD_MS;
    while ((settleTimer !== undefined || batchesLeft > 0 || indexing !== undefined) && performance.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
  };

  // --- Step 3: the child's builds of the whole site --------------------------------------------------
  /** Whether a file of the served site is this process's to keep, whatever a build says: newer note pages, error pages. */
  const ownedHere = (relative: string): boolean => {
    if (relative === SEARCH_INDEX_FOLDER || relative.startsWith(`${SEARCH_INDEX_FOLDER}/`)) return true;
    const folder = noteFolderUrlOf(relative);
    if (!folder) return false;
    if ((removed.get(folder) ?? 0) > buildStartedAt) return true;
    if (!relative.endsWith("/index.html")) return false;
    return (written.get(folder) ?? 0) > buildStartedAt || [...errorPages.values()].includes(folder);
  };
  const publishBuild = async (complete: boolean): Promise<void> => {
    const started = performance.now();
    buildPending = false;
    const made = new Set(filesUnder(staging));
    const builtIndex = path.join(staging, SEARCH_INDEX_FOLDER);
    const moved = await moveStagedFiles(staging, site, (relative) => !ownedHere(relative), [...made].filter((relative) => !relative.startsWith(`${SEARCH_INDEX_FOLDER}/`)));
    // Only a whole build tells which files are no longer made; a failed one may just not have got to them.
    const deleted = complete ? await removeFilesNotMade(site, made, ownedHere) : [];
    // The build's index matches its pages: it is the site's unless a note page changed since the build started.
    const newerPages = [...written.values(), ...removed.values()].some((at) => at > buildStartedAt);
    if (complete && !newerPages && existsSync(path.join(builtIndex, "pagefind-entry.json"))) {
      await moveIndexIn(builtIndex);
    } else {
      rmSync(builtIndex, { recursive: true, force: true });
      if (moved.length > 0) requestIndex();
    }
    if (moved.length + deleted.length === 0) return;
    log(`[preview] site updated: ${plural(moved.length, "file")} written, ${plural(deleted.length, "file")} no longer made removed (${seconds(started)})`);
    void reload(moved.filter((file) => file.endsWith(".html")).map((file) => `./${file}`));
  };

  // Watched from the start: a note saved during the first build is shown (and built again) once it is done.
  const notesFolder = path.resolve(NOTES_DIRECTORY);
  let watcher: FolderWatcher | undefined;
  if (existsSync(notesFolder)) {
    watcher = watchFolder(notesFolder, (relative) => {
      const file = inputPathOf(`${NOTES_DIRECTORY}/${relative}`);
      if (isNoteFile(relative)) noteSaved(file);
      // A folder that went away took its notes with it.
      else for (const known of [...notes.keys(), ...errorPages.keys()]) if (known.startsWith(`${file}/`)) noteSaved(known);
    });
  }

  const builder = fork(fileURLToPath(new URL("./preview-site-builder.ts", import.meta.url)), [], {
    execArgv: childExecArgv(),
    serialization: "advanced",
    stdio: "inherit",
  });
  const answer = (reply: SiteBuilderReply) => builder.send(reply);
  answer({ kind: "start", output: path.relative(process.cwd(), staging), notSources: [site, workParent].map((folder) => path.relative(process.cwd(), folder)) });

  const firstBuild = new Promise<void>((resolve, reject) => {
    builder.once("error", reject);
    builder.once("exit", (code) => reject(new Error(`the preview's site builder stopped (exit code ${code}) before its first build`)));
    builder.on("message", (message: SiteBuilderMessage) => {
      void (async () => {
        if (message.kind === "rebuild-wanted") {
          // A build that failed before its end left files behind: whole files, from before that change.
          if (buildPending) await publishBuild(false);
          await notesShownAndIndexed();
          buildStartedAt = generation;
          buildPending = true;
          answer({ kind: "go" });
        } else if (message.first) {
          // Moved file by file like every later build (nothing is served yet): the staging folder keeps
          // its folders, which Eleventy remembers creating and would not create again.
          await publishBuild(message.complete);
          for (const { inputPath, note } of message.notes) notes.set(inputPath, note);
          answer({ kind: "published" });
          resolve();
        } else {
          await publishBuild(message.complete);
          answer({ kind: "published" });
        }
      })().catch((error: Error) => log(`[preview] ${error.stack ?? error.message}`));
    });
  });
  await firstBuild;
  try {
    // Later builds take whatever CPU the preview's own work (a saved page, the index) leaves; the first
    // one, which everything waits for, keeps the usual priority.
    if (builder.pid !== undefined) setPriority(builder.pid, constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // not allowed here: it then runs at the same priority
  }
  builder.removeAllListeners("error");
  builder.removeAllListeners("exit");
  const lost = (why: string) => log(`[preview] the site builder ${why}: browse pages, feeds and calendars are no longer updated (restart npm start)`);
  builder.on("error", (error) => lost(`failed: ${error.message}`));
  builder.on("exit", (code) => stopping || lost(`stopped (exit code ${code})`));

  server = createEleventy({ output, runMode: "serve", quiet: false });
  await server.init();
  await server.serve(options.port);

  serving = true;
  if (pendingFiles.size > 0) flush();
  // The first render in a process loads and compiles what every later one reuses: done now, not on the first save.
  const anyNote = notes.keys().next().value;
  if (anyNote) void renderNotePages([anyNote], output, () => notes.values()).catch(() => undefined);

  return {
    stop: async () => {
      stopping = true;
      watcher?.close();
      clearTimeout(settleTimer);
      const exited = new Promise((resolve) => builder.once("exit", resolve));
      builder.kill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      await server?.stopWatch();
      await indexing?.catch(() => undefined);
      rmSync(work, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
