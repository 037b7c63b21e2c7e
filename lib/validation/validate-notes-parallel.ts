/**
 * `validateNoteFiles` spread over the machine's cores: YAML parsing and the schema cost about
 * 0.3 ms of CPU per note, so a 10 000-note archive takes seconds on one core.
 *
 * The main thread works too: it takes chunks of files from the same queue as the worker threads,
 * so a worker that starts slowly (it must load TypeScript and the validator first) or never starts
 * only means the main thread does more of the work. Results are put back in file order, and the
 * checks between files (two notes at one address, two spellings of one browse page) are made once,
 * on the main thread, exactly as `validateNoteFiles` makes them.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { startTypeScriptWorker } from "../build/typescript-worker.ts";
import { combineFileValidations, validateNoteFile, validateNoteFiles, type FileValidation, type ValidationReport } from "./validate-notes.ts";
import type { ChunkRequest } from "./validate-notes-worker.ts";

export interface ParallelOptions {
  /** Threads in all, the main one included (default: the CPUs available, at most 2) */
  readonly threads?: number;
  /**
   * Below this many files, a worker costs more than it saves: it needs about 0.5–0.8 s of CPU to load
   * tsx and the validator, the time the main thread takes to validate some 2 000 notes on its own.
   */
  readonly minFiles?: number;
  readonly chunkSize?: number;
}

type WorkerMessage = { readonly type: "ready" } | { readonly type: "done"; readonly results: FileValidation[] };

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function validateNoteFilesInParallel(files: readonly string[], root = process.cwd(), options: ParallelOptions = {}): Promise<ValidationReport> {
  const threads = options.threads ?? Math.min(2, availableParallelism());
  if (threads < 2 || files.length < (options.minFiles ?? 2000)) return validateNoteFiles(files, root);

  const chunkSize = options.chunkSize ?? 100;
  const chunks: string[][] = [];
  for (let start = 0; start < files.length; start += chunkSize) chunks.push(files.slice(start, start + chunkSize));
  const results: (FileValidation[] | undefined)[] = new Array(chunks.length);
  const queue = chunks.map((_, index) => index);
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };

  const workers: Worker[] = [];
  for (let count = 1; count < threads; count += 1) {
    // Without a worker (tsx not found) the main thread does it all.
    const worker = startTypeScriptWorker(new URL("./validate-notes-worker.ts", import.meta.url));
    if (!worker) break;
    let current: number | undefined;
    const giveNext = () => {
      current = queue.shift();
      if (current === undefined) void worker.terminate();
      else worker.postMessage({ files: chunks[current]!, root } satisfies ChunkRequest);
    };
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "done" && current !== undefined) results[current] = message.results;
      giveNext();
      notify();
    });
    // A worker that fails (it could not load, or crashed) hands its chunk back to the queue.
    worker.on("error", () => undefined);
    worker.on("exit", () => {
      if (current !== undefined && !results[current]) queue.unshift(current);
      current = undefined;
      notify();
    });
    workers.push(worker);
  }

  try {
    for (;;) {
      const next = queue.shift();
      if (next !== undefined) {
        results[next] = chunks[next]!.map((file) => validateNoteFile(file, root));
        // Lets the workers' messages in, so they get their next chunk without waiting for ours.
        await nextTurn();
        continue;
      }
      if (chunks.every((_, index) => results[index] !== undefined)) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return combineFileValidations(results.flatMap((chunk) => chunk!));
}
