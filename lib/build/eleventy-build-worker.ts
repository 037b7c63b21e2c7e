/**
 * Runs one Eleventy build in a worker thread (see `buildSite`): when the thread ends, everything
 * Eleventy kept (every page's data and rendered HTML) goes with its heap, before Pagefind, which
 * needs as much memory again, indexes the pages.
 *
 * The thread is started before the notes are validated: it loads Eleventy and the project's
 * configuration (every plugin) meanwhile, and builds only once told to. A build stopped by an
 * invalid note ends the thread before it has read a template or written a file.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createEleventy } from "./eleventy-project.ts";

export interface EleventyBuildRequest {
  readonly output: string;
}

const request = workerData as EleventyBuildRequest;
// Said when Eleventy has written every page and starts its `eleventy.after` work (the browse pages,
// calendars, feeds and open data): the note pages are all there for the search index. Registered
// before the project's configuration, so before any of that work.
const eleventy = createEleventy({
  output: request.output,
  runMode: "build",
  configure: (config) => config.on("eleventy.after", () => parentPort?.postMessage("pages-written")),
});
await eleventy.init();
// The main thread says "build" once the notes are valid and the output folder is ready.
await new Promise<void>((resolve) => parentPort?.on("message", (message) => message === "build" && resolve()));
await eleventy.write();
// A worker's output reaches the main thread asynchronously, and the main thread ends the worker as
// soon as it hears "done": hand over what was printed first, or its last lines can be lost.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write("", () => resolve()))));
parentPort?.postMessage("done");
