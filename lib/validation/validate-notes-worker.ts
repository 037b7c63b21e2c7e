/**
 * Worker thread of `validateNoteFilesInParallel`: validates the chunks of files it is sent, one
 * message per chunk, and says when it is ready so that a slow start costs no chunk.
 */
import { parentPort } from "node:worker_threads";
import { validateNoteFile } from "./validate-notes.ts";

export interface ChunkRequest {
  readonly files: readonly string[];
  readonly root: string;
}

const port = parentPort;
if (port) {
  port.on("message", (request: ChunkRequest) => port.postMessage({ type: "done", results: request.files.map((file) => validateNoteFile(file, request.root)) }));
  port.postMessage({ type: "ready" });
}
