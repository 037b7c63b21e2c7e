/**
 * The preview's builds of the whole site, in a child process of `npm start` (see
 * lib/build/preview-session.ts): Eleventy in watch mode, writing into a staging folder that the
 * preview then moves into the folder it serves.
 *
 * Every rebuild is a whole build, not one of Eleventy's incremental ones: an incremental rebuild
 * renders again only the templates Eleventy knows to depend on the changed file, and the pages that
 * list notes from within their template (home, archive, site-wide feeds, map, statistics) are not
 * among them, so they went on showing a note as it was before the save.
 *
 * In a process of its own, at a lower priority, a rebuild (seconds at 1 000 notes, a minute or more
 * at 10 000) never holds up the preview's own process, which serves pages and renders the note being
 * edited. Each rebuild waits for the preview's word before it starts, so that the page of a saved
 * note is rendered and indexed first, and each build, once written, waits until the preview has moved
 * its files.
 */
import { existsSync } from "node:fs";
import { createEleventy } from "./eleventy-project.ts";
import { assignPreviewRole, type PreviewNote } from "./preview-roles.ts";

export interface SiteBuilderRequest {
  readonly kind: "start";
  /** The staging folder, relative to the project folder */
  readonly output: string;
  /** Folders that are not sources, relative to the project folder: the served site, the preview's work folder */
  readonly notSources: readonly string[];
}

/** Messages from this process to the preview. */
export type SiteBuilderMessage =
  | { readonly kind: "rebuild-wanted"; readonly files: readonly string[] }
  /** A build has written all its files into the staging folder; the first one also tells its note pages */
  | { readonly kind: "built"; readonly first: boolean; readonly complete: boolean; readonly notes: readonly PreviewNote[] };

/** Messages from the preview to this process: its settings, its answers, and the notes saved or deleted (which only the preview watches). */
export type SiteBuilderReply = SiteBuilderRequest | { readonly kind: "go" } | { readonly kind: "published" } | { readonly kind: "rebuild"; readonly files: readonly string[] };

const send = process.send?.bind(process);
if (!send) throw new Error("preview-site-builder.ts runs as a child process of the preview");
// The preview is gone (even killed): nothing is left to build for.
process.on("disconnect", () => process.exit(0));
// Ctrl-C in a terminal reaches the whole process group: the preview stops this process itself, in order.
process.on("SIGINT", () => undefined);

const waiting: ((reply: SiteBuilderReply) => void)[] = [];
let rebuild: ((file: string) => Promise<void>) | undefined;
const changedEarly: string[] = [];
process.on("message", (reply: SiteBuilderReply) => {
  if (reply.kind !== "rebuild") waiting.shift()?.(reply);
  else if (rebuild) for (const file of reply.files) void noteChanged(file, rebuild);
  else changedEarly.push(...reply.files);
});

/**
 * A note the preview saw saved or deleted. Eleventy's own watcher leaves notes to the preview's (see
 * lib/eleventy/preview-plugin.ts): under load it missed a note saved in a folder just made, and
 * Eleventy keeps its list of input files from its watcher's reports, so every later build left the
 * note out. The list is brought up to date here instead.
 */
function noteChanged(file: string, run: (file: string) => Promise<void>): Promise<void> {
  if (existsSync(file)) eleventy.fileSystemSearch?.add(file);
  else eleventy.fileSystemSearch?.delete(file);
  return run(file);
}
/** Waits for the preview's next message (it answers each of ours in order). */
function nextReply(): Promise<SiteBuilderReply> {
  return new Promise((resolve) => waiting.push(resolve));
}
async function ask(message: SiteBuilderMessage): Promise<void> {
  const reply = nextReply();
  send!(message);
  await reply;
}

const request = await nextReply();
if (request.kind !== "start") throw new Error(`the preview's builder expected its settings, not "${request.kind}"`);

let first = true;
const eleventy = createEleventy({
  output: request.output,
  // "watch", not "serve": Eleventy then copies the assets into the output like a build, where in
  // "serve" it leaves them for its dev server to serve from the source folders.
  runMode: "watch",
  configure: (config) =>
    assignPreviewRole(config, {
      kind: "site",
      notSources: request.notSources,
      beforeRebuild: (files) => {
        forgetDeletedFiles(files);
        return ask({ kind: "rebuild-wanted", files });
      },
      afterBuild: async (notes, complete) => {
        // Only the first build's notes: afterwards the preview knows each saved note better (and sooner).
        const message: SiteBuilderMessage = { kind: "built", first, complete, notes: first ? notes : [] };
        first = false;
        await ask(message);
      },
    }),
});
/**
 * A rebuild right after a note is deleted could still find the file in Eleventy's list of input
 * files and stop on reading it ("ENOENT"; seen under load, the next rebuild then succeeding). A file
 * of the rebuild's queue that is gone by the time the rebuild starts is taken off that list first,
 * as Eleventy's own handler does once its watcher reports the deletion.
 */
function forgetDeletedFiles(files: readonly string[]): void {
  for (const file of files) if (!existsSync(file)) eleventy.fileSystemSearch?.delete(file);
}

await eleventy.init();
const run = await eleventy.watch();
rebuild = run;
// Eleventy's watcher only logs a deleted file; a rebuild takes it off the pages that listed it.
eleventy.watcher?.on("unlink", (file) => void run(file));
for (const file of changedEarly.splice(0)) void noteChanged(file, run);
