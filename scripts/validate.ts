/**
 * `npm run validate [-- [--format text|json|github] [paths…]]`
 *
 * Checks every note under notes/ (drafts too), or only the files and folders given, and reports
 * every problem with its file, line and column. Exits 1 when any note has an error.
 */
import { existsSync } from "node:fs";
import { parseCommandLine } from "../lib/command-line.ts";
import { expandNotePaths, findNoteFiles, NOTES_DIRECTORY } from "../lib/note/note-files.ts";
import { formatReport, REPORT_FORMATS, type ReportFormat } from "../lib/validation/report-findings.ts";
import { strayFileFindings, validateNoteFiles, withFindings } from "../lib/validation/validate-notes.ts";

const usage = "usage: npm run validate -- [--format text|json|github] [note files or folders…]";

async function main(): Promise<number> {
  const parsed = parseCommandLine({ allowPositionals: true, options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } } }, usage);
  if (typeof parsed === "number") return parsed;
  const format = parsed.values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    console.error(`unknown format "${format}": use one of ${REPORT_FORMATS.join(", ")}\n${usage}`);
    return 2;
  }
  const missing = parsed.positionals.filter((given) => !existsSync(given));
  if (missing.length > 0) {
    console.error(`${missing.map((given) => `${given}: no such file or folder`).join("\n")}\n${usage}`);
    return 2;
  }
  const files = parsed.positionals.length > 0 ? expandNotePaths(parsed.positionals) : existsSync(NOTES_DIRECTORY) ? findNoteFiles(NOTES_DIRECTORY) : [];
  // Run over the whole notes folder, the validator also names the files there that are not notes.
  const stray = parsed.positionals.length === 0 && existsSync(NOTES_DIRECTORY) ? strayFileFindings(NOTES_DIRECTORY) : [];
  const report = withFindings(validateNoteFiles(files), stray);
  console.log(formatReport(report, format));
  return report.errors > 0 ? 1 : 0;
}

process.exitCode = await main();
