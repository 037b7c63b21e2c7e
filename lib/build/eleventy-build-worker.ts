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
parentPort?.postMessage("done");
