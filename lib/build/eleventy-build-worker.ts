/**
 * Runs one Eleventy build in a worker thread (see `buildSite`): when the thread ends, everything
 * Eleventy kept (every page's data and rendered HTML) goes with its heap, before Pagefind, which
 * needs as much memory again, indexes the pages.
 */
import { parentPort, workerData } from "node:worker_threads";
import { rememberFrontMatter } from "../note/front-matter.ts";
import { createEleventy } from "./eleventy-project.ts";

export interface EleventyBuildRequest {
  readonly output: string;
  /** Front matter the validation read: [text, data] pairs (see `rememberFrontMatter`) */
  readonly frontMatter: readonly (readonly [string, Record<string, unknown>])[];
}

const request = workerData as EleventyBuildRequest;
for (const [yaml, data] of request.frontMatter) rememberFrontMatter(yaml, data);
await createEleventy({ output: request.output, runMode: "build" }).write();
parentPort?.postMessage("done");
