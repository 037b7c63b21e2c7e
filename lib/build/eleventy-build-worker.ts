/**
 * Runs one Eleventy build in a worker thread (see `buildSite`): when the thread ends, everything
 * Eleventy kept (every page's data and rendered HTML) goes with its heap, before Pagefind, which
 * needs as much memory again, indexes the pages.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createEleventy } from "./eleventy-project.ts";

export interface EleventyBuildRequest {
  readonly output: string;
}

const request = workerData as EleventyBuildRequest;
await createEleventy({ output: request.output, runMode: "build" }).write();
// A worker's output reaches the main thread asynchronously, and the main thread ends the worker as
// soon as it hears "done": hand over what was printed first, or its last lines can be lost.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write("", () => resolve()))));
parentPort?.postMessage("done");
