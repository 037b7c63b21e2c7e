/**
 * Validates a set of note files together: each file on its own, then what only the set can show
 * (two notes that would be published at the same URL).
 */
import { readFileSync } from "node:fs";
import { compareFindings, countBySeverity, type Finding } from "./findings.ts";
import type { Note } from "../note/note-schema.ts";
import { displayPath, explainBadFileSlug, findStrayFiles, noteEventKey, noteLanguage, noteUrl } from "../note/note-files.ts";
import { fullYaml, parseYamlWithPositions } from "../note/front-matter.ts";
import { resolveCountry } from "../note/countries.ts";
import { LANGUAGE_CODES, languageOf } from "../languages/languages.ts";
import { validateNoteText } from "./validate-note.ts";
import { facetClashFindings } from "./facet-clashes.ts";

export interface ValidatedNote {
  readonly file: string;
  readonly url: string;
  readonly note: Note;
  readonly body: string;
  /** The front matter text and the plain data read from it */
  readonly yaml: string;
  /** The file line of the front matter's first line, to place findings on a field */
  readonly yamlFirstLine: number;
  readonly frontMatter: Record<string, unknown>;
}

export interface ValidationReport {
  readonly checked: number;
  readonly findings: Finding[];
  readonly errors: number;
  readonly warnings: number;
  /** Notes without errors, in file order */
  readonly notes: ValidatedNote[];
}

const MAX_NOTE_BYTES = 1024 * 1024;

/** What one file tells on its own; `validateNoteFiles` then checks the files against each other. */
export interface FileValidation {
  /** The path as shown in findings */
  readonly file: string;
  readonly findings: Finding[];
  /** The address the note would get, when its start date could be read */
  readonly url?: string;
  /** The note, when the file has no error */
  readonly note?: ValidatedNote;
}

/** Reads and checks one note file: size, encoding, file name, front matter and body. */
export function validateNoteFile(file: string, root = process.cwd()): FileValidation {
  const shown = displayPath(file, root);
  const findings: Finding[] = [];
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_NOTE_BYTES) {
      findings.push({ file: shown, line: 1, column: 1, severity: "error", field: "file", message: `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a note must be under 1 MB: shorten the text or link to the full document instead` });
      return { file: shown, findings };
    }
    text = utf8.decode(bytes);
  } catch (error) {
    findings.push({ file: shown, line: 1, column: 1, severity: "error", field: "file", message: `cannot be read: ${(error as Error).message}` });
    return { file: shown, findings };
  }
  const slugProblem = explainBadFileSlug(file);
  if (slugProblem) findings.push({ file: shown, line: 1, column: 1, severity: "error", field: "file", message: slugProblem });

  const result = validateNoteText(shown, text);
  findings.push(...result.findings);
  const startDate = result.note?.start_date;
  if (!startDate) return { file: shown, findings };
  const url = noteUrl(startDate, file);
  const note =
    result.note && result.source && result.frontMatter && !slugProblem
      ? { file: shown, url, note: result.note, body: result.source.body, yaml: result.source.yaml, yamlFirstLine: result.source.yamlFirstLine, frontMatter: result.frontMatter }
      : undefined;
  // A file that must be renamed has no address yet: comparing it with the others' would only repeat the problem.
  return { file: shown, findings, ...(slugProblem ? {} : { url }), ...(note ? { note } : {}) };
}

// Invalid bytes become U+FFFD, which validateNoteText reports; one decoder serves every file.
const utf8 = new TextDecoder("utf-8", { fatal: false });

export function validateNoteFiles(files: readonly string[], root = process.cwd()): ValidationReport {
  return combineFileValidations(files.map((file) => validateNoteFile(file, root)));
}

/**
 * The report for a set of files from each file's own validation (in file order): adds what only the
 * set can show, two notes at one address and two spellings sharing one browse page.
 */
export function combineFileValidations(results: readonly FileValidation[]): ValidationReport {
  const findings: Finding[] = [];
  const notes: ValidatedNote[] = [];
  const filesByUrl = new Map<string, string[]>();

  for (const result of results) {
    for (const finding of result.findings) findings.push(finding);
    if (result.url) {
      const sharing = filesByUrl.get(result.url);
      if (sharing) sharing.push(result.file);
      else filesByUrl.set(result.url, [result.file]);
    }
    if (result.note) notes.push(result.note);
  }

  const clashing = new Set<string>();
  for (const [url, sharing] of filesByUrl) {
    if (sharing.length < 2) continue;
    for (const file of sharing) {
      clashing.add(file);
      const others = sharing.filter((other) => other !== file).join(", ");
      findings.push({ file, line: 1, column: 1, severity: "error", field: "file", message: `would be published at ${url}, like ${others}: rename one of the files so each note has its own address` });
    }
  }

  findings.push(...eventFactFindings(notes));
  findings.push(...facetClashFindings(notes));
  findings.sort(compareFindings);
  const { errors, warnings } = countBySeverity(findings);
  return { checked: results.length, findings, errors, warnings, notes: notes.filter((entry) => !clashing.has(entry.file)) };
}

/**
 * Files under the notes folder that are not notes: a `.MD` note that would silently never be
 * published is an error (rename it); anything else is a warning that it is not published.
 */
export function strayFileFindings(notesFolder: string, root = process.cwd()): Finding[] {
  return findStrayFiles(notesFolder).map(({ file, problem }) => ({
    file: displayPath(file, root),
    line: 1,
    column: 1,
    severity: problem.startsWith("is not read as a note") ? "error" : "warning",
    field: "file",
    message: problem,
  }));
}

/** The report with more findings (such as `strayFileFindings`) counted in. */
export function withFindings(report: ValidationReport, extra: readonly Finding[]): ValidationReport {
  if (extra.length === 0) return report;
  const findings = [...report.findings, ...extra].sort(compareFindings);
  const { errors, warnings } = countBySeverity(findings);
  return { ...report, findings, errors, warnings };
}

/** The facts every language version of an event states alike, each as compared (an omitted end date is the start date). */
const EVENT_FACTS = {
  type: (note: Note) => note.type,
  start_date: (note: Note) => note.start_date,
  end_date: (note: Note) => note.end_date ?? note.start_date,
  country: (note: Note) => (note.country ? (resolveCountry(note.country)?.code ?? note.country) : ""),
  online: (note: Note) => (note.online === true ? "true" : "false"),
} as const;

/** How a fact is shown in a message: as written in the file, or what leaving it out means. */
function writtenFact(note: Note, field: keyof typeof EVENT_FACTS): string {
  const written = note[field];
  if (written === undefined) return field === "end_date" ? `not given (so ${note.start_date})` : field === "online" ? "not given (so false)" : "not given";
  return typeof written === "string" ? `"${written}"` : String(written);
}

/** Where a top-level field's value is in a note, or the opening line when the field is missing. */
function fieldPosition(entry: ValidatedNote, field: string): { line: number; column: number } {
  const { document, lineCounter } = parseYamlWithPositions(entry.yaml);
  const node = document.get(field, true);
  if (!fullYaml().isNode(node) || !node.range) return { line: 1, column: 1 };
  const { line, col } = lineCounter.linePos(node.range[0]);
  return { line: line + entry.yamlFirstLine - 1, column: col };
}

/**
 * The language versions of one event (`workshop.md`, `workshop.fr.md` … in one folder) must state the
 * same facts: type, dates, country, online. Each version is compared with the English one, or with the
 * first in the site's language order when there is no English one, and a difference is reported on
 * the version's own line for that field, naming the file and the value it differs from.
 */
function eventFactFindings(notes: readonly ValidatedNote[]): Finding[] {
  const events = new Map<string, ValidatedNote[]>();
  for (const entry of notes) {
    const key = noteEventKey(entry.file);
    const versions = events.get(key);
    if (versions) versions.push(entry);
    else events.set(key, [entry]);
  }
  const findings: Finding[] = [];
  for (const versions of events.values()) {
    if (versions.length < 2) continue;
    const order = (entry: ValidatedNote) => LANGUAGE_CODES.indexOf(noteLanguage(entry.file));
    const [reference, ...others] = [...versions].sort((a, b) => order(a) - order(b));
    for (const version of others) {
      for (const field of Object.keys(EVENT_FACTS) as (keyof typeof EVENT_FACTS)[]) {
        const fact = EVENT_FACTS[field];
        if (fact(version.note) === fact(reference!.note)) continue;
        const { line, column } = fieldPosition(version, field);
        findings.push({
          file: version.file,
          line,
          column,
          severity: "error",
          field,
          message: `is ${writtenFact(version.note, field)} but ${writtenFact(reference!.note, field)} in ${reference!.file} (${languageOf(noteLanguage(reference!.file)).englishName}): every language version of an event gives the same type, dates, country and online; correct whichever is wrong`,
        });
      }
    }
  }
  return findings;
}
