/**
 * Files the build writes itself, beside Eleventy's pages, once Eleventy is done: the browse pages,
 * calendars, the browse pages' feeds, the open data files and the references. Text by site address.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";

export interface SiteFile {
  /** The file's address on the site: `/data/notes.csv` */
  readonly url: string;
  readonly text: string;
}

/**
 * The writer: a thread of its own that writes each batch of files one after the other, with plain
 * blocking calls. The thread that makes the files (rendering pages, feeds, references) only hands
 * them over, and goes on while they are written. Node's promise-based writes, even 32 at a time,
 * cost that thread three calls and promises per file (opening, writing, closing a handle): a profile
 * of a 1 000-note build put a third of its time after Eleventy in them, and a blocking write costs
 * the machine about half the CPU time of the same write through promises.
 *
 * A batch reaches the writer as the UTF-8 bytes of its files in one buffer, which is moved to the
 * thread rather than copied: handed over as text, every file was copied into the writer's heap and
 * only then encoded (1.3 s of the Eleventy thread's time, and the writer's collections of those
 * copies, at 10 000 notes).
 *
 * Most files go beside a page already written (a browse page's feeds, a note's calendar), so a
 * folder is only made when writing says it is missing. Plain JavaScript: the thread needs no
 * TypeScript loader.
 */
const WRITER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { mkdirSync, writeFileSync } = require("node:fs");
const path = require("node:path");
parentPort.on("message", ({ id, targets, lengths, bytes }) => {
  try {
    let offset = 0;
    for (let index = 0; index < targets.length; index++) {
      const target = targets[index];
      const content = new Uint8Array(bytes, offset, lengths[index]);
      offset += lengths[index];
      try {
        writeFileSync(target, content);
      } catch (error) {
        if (error.code !== "ENOENT") throw error;
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
    parentPort.postMessage({ id });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
});
`;

/** Files handed over in one message, and batches handed over before waiting for the first to be written. */
const FILES_PER_BATCH = 64;
const BATCHES_AHEAD = 8;
/** A batch is also sent once its text reaches this many characters, so that big files do not pile up. */
const CHARACTERS_PER_BATCH = 1 << 20;
/**
 * The writer's heap limit. Its heap holds little more than the file names of the batches not yet
 * written (their bytes are outside it). When batches came as text, V8 let the text already written
 * pile up to about 1 GB at 10 000 notes before collecting it; the limit keeps any such growth small.
 */
const WRITER_HEAP_MB = 96;

interface FileWriter {
  write(files: readonly (readonly [string, string])[], characters: number): Promise<void>;
}

/**
 * The files' text as UTF-8, one after the other in a buffer of its own (so that it can be moved to
 * another thread), with each file's length in bytes. `characters` is their total length: a UTF-16
 * code unit takes at most 3 bytes, and the pages of the buffer that are never written are never
 * given memory.
 */
function encodeBatch(files: readonly (readonly [string, string])[], characters: number): { bytes: ArrayBuffer; lengths: number[] } {
  const buffer = Buffer.allocUnsafeSlow(characters * 3);
  const lengths: number[] = [];
  let offset = 0;
  for (const [, text] of files) {
    const length = buffer.write(text, offset);
    lengths.push(length);
    offset += length;
  }
  return { bytes: buffer.buffer as ArrayBuffer, lengths };
}

let writer: FileWriter | undefined;

/** This thread's writer, started on first use; it keeps the process alive only while it has files to write. */
function fileWriter(): FileWriter {
  if (writer) return writer;
  const thread = new Worker(WRITER_SOURCE, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WRITER_HEAP_MB } });
  thread.unref();
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    writer = undefined;
  };
  thread.on("message", ({ id, error }: { id: number; error?: string }) => {
    const batch = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) thread.unref();
    if (error === undefined) batch?.resolve();
    else batch?.reject(new Error(error));
  });
  thread.on("error", failAll);
  thread.on("exit", (code) => failAll(new Error(`the file writer thread stopped (exit code ${code})`)));
  writer = {
    write(files, characters) {
      const id = nextId++;
      const { bytes, lengths } = encodeBatch(files, characters);
      thread.ref();
      return new Promise<void>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        thread.postMessage({ id, targets: files.map(([target]) => target), lengths, bytes }, [bytes]);
      });
    },
  };
  return writer;
}

/**
 * Writes one file from this thread, making its folder only when writing says it is missing. For the
 * few files larger than a batch (notes.json and notes.csv are about 75 MB each at 10 000 notes):
 * handing them over would copy them into the writer's heap, and converting them there to UTF-8 left
 * that much more memory with the process for the rest of the build.
 */
async function writeLargeFile(target: string, text: string): Promise<void> {
  try {
    await writeFile(target, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}

/**
 * Writes each file under the output folder at its address; resolves to how many it wrote once all
 * are on disk, or rejects with the first error (and takes no more files). Files may come from a
 * generator, each made just before it is handed over: the browse pages and feeds of six languages
 * held as text all at once were the largest thing in memory after Eleventy's own pages, so at most
 * a few batches wait to be written at any time.
 */
export async function writeSiteFiles(outputDirectory: string, files: Iterable<SiteFile>): Promise<number> {
  const thread = fileWriter();
  const ahead = new Set<Promise<void>>();
  let failure: unknown;
  let written = 0;
  let batch: [string, string][] = [];
  let characters = 0;
  const send = async (): Promise<void> => {
    const sent = thread.write(batch, characters);
    batch = [];
    characters = 0;
    ahead.add(sent);
    sent.then(
      () => ahead.delete(sent),
      (error: unknown) => {
        ahead.delete(sent);
        failure ??= error;
      },
    );
    if (ahead.size >= BATCHES_AHEAD) await Promise.race(ahead).catch(() => undefined);
  };
  for (const file of files) {
    if (failure !== undefined) break;
    const target = path.join(outputDirectory, ...file.url.split("/").filter(Boolean));
    written += 1;
    if (file.text.length > CHARACTERS_PER_BATCH) {
      await writeLargeFile(target, file.text);
      continue;
    }
    batch.push([target, file.text]);
    characters += file.text.length;
    if (batch.length >= FILES_PER_BATCH || characters >= CHARACTERS_PER_BATCH) await send();
  }
  if (batch.length > 0 && failure === undefined) await send();
  await Promise.allSettled(ahead);
  if (failure !== undefined) throw failure;
  return written;
}
