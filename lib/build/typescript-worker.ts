/**
 * Worker threads that run the project's TypeScript modules. A worker does not inherit the main
 * thread's tsx loader (an `--import tsx` in execArgv is not applied to workers on Node 20), so the
 * worker first loads tsx itself, resolved from this module: the current folder may be a project
 * without node_modules (the tests' and the benchmark's temporary projects).
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

/** A worker running `moduleUrl`, or undefined when tsx cannot be found. */
export function startTypeScriptWorker(moduleUrl: URL, options: WorkerOptions = {}): Worker | undefined {
  let esm: string;
  let cjs: string;
  try {
    esm = import.meta.resolve("tsx/esm/api");
    cjs = import.meta.resolve("tsx/cjs/api");
  } catch {
    return undefined;
  }
  // What `node --import tsx` does: tsx's hooks for ES modules and for require() (Eleventy loads
  // some files, such as TypeScript data files, through require).
  const source = [
    `Promise.all([import(${JSON.stringify(esm)}), import(${JSON.stringify(cjs)})])`,
    `.then(([esm, cjs]) => { esm.register(); cjs.register(); return import(${JSON.stringify(moduleUrl.href)}); });`,
  ].join("");
  try {
    return new Worker(source, { ...options, eval: true });
  } catch {
    return undefined;
  }
}
