/**
 * Validates every note of the project in a worker thread (see `buildSite`) and sends back what the
 * build needs to know: the counts and the report's text. The notes read for it (their text, front
 * matter and parsed fields, over 100 MB at 10 000 notes) stay in this thread's heap and go with it,
 * instead of staying with the build process while Pagefind, the build's largest use of memory, runs.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { findNoteFiles, NOTES_DIRECTORY } from "../note/note-files.ts";
import { formatReport } from "../validation/report-findings.ts";
import { strayFileFindings, validateNoteFiles, withFindings } from "../validation/validate-notes.ts";

export interface ValidationRequest {
  readonly root: string;
}

export interface ValidationSummary {
  /** Notes without errors */
  readonly notes: number;
  readonly errors: number;
  readonly warnings: number;
  /** The findings as `npm run validate` prints them; empty when there are none */
  readonly text: string;
}

const { root } = workerData as ValidationRequest;
const notesFolder = path.join(root, NOTES_DIRECTORY);
const hasNotes = existsSync(notesFolder);
const report = withFindings(validateNoteFiles(hasNotes ? findNoteFiles(notesFolder) : [], root), hasNotes ? strayFileFindings(notesFolder, root) : []);
const summary: ValidationSummary = {
  notes: report.notes.length,
  errors: report.errors,
  warnings: report.warnings,
  text: report.errors + report.warnings > 0 ? formatReport(report, "text") : "",
};
parentPort?.postMessage(summary);
