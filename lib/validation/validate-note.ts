/**
 * Validates one note file: front matter against the schema, then the body. Every problem found is
 * reported, each with the line and column it is on, rather than stopping at the first.
 */
import { createRequire } from "node:module";
import type { default as MarkdownItConstructor, MarkdownIt } from "markdown-it";
import type { Document, Node, Pair } from "yaml";
import type { z } from "zod";
import { compareFindings, type Finding, type Severity } from "./findings.ts";
import { fullYaml, parseYamlWithPositions, splitNoteSource, yamlDocumentToData, type NoteSource } from "../note/front-matter.ts";
import { readSimpleYaml } from "../note/simple-yaml.ts";
import { explainForbiddenCharacter, NOTE_FIELDS, NoteSchema, type Note } from "../note/note-schema.ts";
import { closestMatch } from "../note/suggest.ts";

export interface NoteValidation {
  readonly findings: Finding[];
  /** The note's front matter, when it has no errors */
  readonly note?: Note;
  readonly source?: NoteSource;
  /** The front matter as plain data, read from `source.yaml`, when the note has no errors */
  readonly frontMatter?: Record<string, unknown>;
}

type PathSegment = string | number;

/** Lines that still hold an importer's (or a person's) reminder must be finished before publishing. */
const TODO_MARKER = /\bTODO\b/;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/i;
const UNSAFE_LINK = /(\]\(\s*<?|<|\]:\s*<?)(javascript|vbscript|data):/i;

function fieldName(path: readonly PathSegment[]): string {
  return path.reduce<string>((name, segment) => (typeof segment === "number" ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment), "");
}

function pairAt(document: Document.Parsed, path: readonly PathSegment[]): Pair | undefined {
  const { isMap, isPair, isScalar } = fullYaml();
  const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
  const key = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  return parent.items.find((item): item is Pair => isPair(item) && isScalar(item.key) && item.key.value === key);
}

/**
 * Checks one note's text. Most notes are valid: for those, the front matter is read by the quick
 * reader (`readSimpleYaml`) and never needs positions. As soon as there is anything to report about
 * the front matter, or it is not written in the quick reader's subset, the note is read again by
 * `validateNoteTextThoroughly`, so every front-matter finding comes from one place.
 */
export function validateNoteText(file: string, text: string): NoteValidation {
  let quick: NoteValidation | undefined;
  try {
    quick = validateNoteTextQuickly(file, text);
  } catch {
    // Whatever went wrong, the thorough check meets it again and turns it into a finding.
    quick = undefined;
  }
  return quick ?? validateNoteTextThoroughly(file, text);
}

/**
 * What `validateNoteTextThoroughly` gives for a note whose front matter is simple (see
 * `readSimpleYaml`) and has nothing to report, or `undefined` when the thorough check must run.
 * Only the body is checked here, by the same code as there.
 */
export function validateNoteTextQuickly(file: string, text: string): NoteValidation | undefined {
  if (text.includes("\u0000") || text.includes("\uFFFD")) return undefined;
  const source = splitNoteSource(text);
  if ("problem" in source) return undefined;
  const data = readSimpleYaml(source.yaml);
  if (!data || hasFlaggedText(data)) return undefined;
  const result = NoteSchema.safeParse(data);
  if (!result.success) return undefined;

  const findings: Finding[] = [];
  const add = (severity: Severity, line: number, column: number, field: string, message: string) =>
    findings.push({ file, line, column, severity, field, message });
  checkBody(source, add, data.draft === true ? "warning" : "error");
  findings.sort(compareFindings);
  const hasErrors = findings.some((finding) => finding.severity === "error");
  return { findings, source, ...(!hasErrors ? { note: result.data, frontMatter: data } : {}) };
}

/** Whether any text value holds what `checkForTodos` reports (a TODO or HTML), which needs its position. */
function hasFlaggedText(value: unknown): boolean {
  if (typeof value === "string") return TODO_MARKER.test(value) || HTML_TAG.test(value);
  if (Array.isArray(value)) return value.some(hasFlaggedText);
  if (value !== null && typeof value === "object") return Object.values(value).some(hasFlaggedText);
  return false;
}

/** Checks one note's text with the YAML parser that keeps positions: the reference for every finding. */
export function validateNoteTextThoroughly(file: string, text: string): NoteValidation {
  try {
    return validateNoteTextUnguarded(file, text);
  } catch (error) {
    // Pathological input (say, YAML nested thousands deep) must give a finding, never a crash.
    const reason = error instanceof RangeError ? "it is nested too deeply" : (error as Error).message;
    return {
      findings: [{ file, line: 1, column: 1, severity: "error", field: "file", message: `cannot be read (${reason}): write the front matter as plain 'name: value' lines like the other notes` }],
    };
  }
}

function validateNoteTextUnguarded(file: string, text: string): NoteValidation {
  const findings: Finding[] = [];
  const add = (severity: Severity, line: number, column: number, field: string, message: string) =>
    findings.push({ file, line, column, severity, field, message });

  if (text.includes("\u0000")) {
    add("error", 1, 1, "file", "is not a text file (it contains binary data): save the note as plain UTF-8 text");
    return { findings };
  }
  if (text.includes("\uFFFD")) {
    add("error", 1, 1, "file", "is not valid UTF-8 text: save the note with the UTF-8 encoding");
  }

  const source = splitNoteSource(text);
  if ("problem" in source) {
    add("error", source.line, 1, "front matter", source.problem);
    return { findings };
  }

  const { document, lineCounter } = parseYamlWithPositions(source.yaml);
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + source.yamlFirstLine - 1, column: col };
  };

  for (const problem of [...document.errors, ...document.warnings]) {
    const { line, column } = position(problem.pos[0]);
    const firstLine = problem.message.split("\n")[0] ?? problem.message;
    add(
      document.errors.includes(problem as never) ? "error" : "warning",
      line,
      column,
      "front matter",
      `is not valid YAML: ${firstLine.replace(/ at line \d+, column \d+:?$/, "")}. Check the indentation, and put quotes around values that contain a colon`,
    );
  }
  if (document.errors.length > 0) return { findings, source };

  let data: unknown;
  try {
    data = yamlDocumentToData(document);
  } catch (error) {
    add("error", source.yamlFirstLine, 1, "front matter", `cannot be read: ${(error as Error).message}. Write each value out instead of using YAML aliases (*name)`);
    return { findings, source };
  }
  if (data === null || data === undefined) {
    add("error", source.openingLine, 1, "front matter", "is empty: write the note's fields (title, type, organizers, …) between the --- lines");
    return { findings, source };
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    add("error", source.yamlFirstLine, 1, "front matter", "must be a list of fields written 'name: value', one per line");
    return { findings, source };
  }

  const locate = (path: readonly PathSegment[], at: "key" | "value" = "value"): { line: number; column: number } => {
    if (path.length === 0) return { line: source.openingLine, column: 1 };
    const pair = pairAt(document, path);
    const node = (at === "key" ? pair?.key : pair?.value) ?? (pair ? pair.key : document.getIn(path, true));
    const range = (node as Node | undefined)?.range;
    if (range) return position(range[0]);
    // A missing field: point at what contains it (the opening --- for a top-level field).
    return path.length > 1 ? locate(path.slice(0, -1), "key") : { line: source.openingLine, column: 1 };
  };

  const result = NoteSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      reportIssue(issue, locate, add);
    }
  }

  // A draft may hold reminders (the importer and the wizard write them); they block publishing only.
  const todoSeverity: Severity = (data as Record<string, unknown>).draft === true ? "warning" : "error";
  checkForTodos(document, position, add, todoSeverity);
  checkBody(source, add, todoSeverity);

  findings.sort(compareFindings);
  const hasErrors = findings.some((finding) => finding.severity === "error");
  return { findings, source, ...(result.success && !hasErrors ? { note: result.data, frontMatter: data as Record<string, unknown> } : {}) };
}

function reportIssue(
  issue: z.core.$ZodIssue,
  locate: (path: readonly PathSegment[], at?: "key" | "value") => { line: number; column: number },
  add: (severity: Severity, line: number, column: number, field: string, message: string) => void,
) {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== "symbol");
  if (issue.code === "unrecognized_keys") {
    const known = path.length === 0 ? NOTE_FIELDS : knownKeysAt(path);
    for (const key of issue.keys) {
      const { line, column } = locate([...path, key], "key");
      const suggestion = closestMatch(key.toLowerCase().replace(/[\s-]/g, "_"), known);
      const where = path.length === 0 ? "a note" : `${fieldName(path)}`;
      add(
        "error",
        line,
        column,
        fieldName([...path, key]),
        suggestion
          ? `is not a field of ${where} — did you mean "${suggestion}"?`
          : `is not a field of ${where}: remove it, or use one of ${known.join(", ")}`,
      );
    }
    return;
  }
  const { line, column } = locate(path);
  add("error", line, column, fieldName(path) || "front matter", issue.message);
}

function knownKeysAt(path: readonly PathSegment[]): readonly string[] {
  const field = path[0];
  if (field === "participants") return ["states", "organizations", "others"];
  if (field === "links") return ["title", "url"];
  if (field === "contact") return ["name", "email"];
  return [];
}

function checkForTodos(
  document: Document.Parsed,
  position: (offset: number) => { line: number; column: number },
  add: (severity: Severity, line: number, column: number, field: string, message: string) => void,
  severity: Severity,
) {
  const { isMap, isScalar, isSeq } = fullYaml();
  const visit = (node: unknown, path: PathSegment[]) => {
    if (isMap(node)) {
      for (const item of node.items) {
        if (isScalar(item.key)) visit(item.value, [...path, String(item.key.value)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, [...path, index]));
    } else if (isScalar(node) && typeof node.value === "string" && node.range) {
      const { line, column } = position(node.range[0]);
      if (TODO_MARKER.test(node.value)) {
        add(severity, line, column, fieldName(path), `still says TODO: replace "${node.value}" with the real value${severity === "warning" ? " before the draft is published" : ""}`);
      }
      if (HTML_TAG.test(node.value)) {
        add("warning", line, column, fieldName(path), "contains HTML, which is shown as plain text (the tags included): write plain text instead");
      }
    }
  };
  visit(document.contents, []);
}

const requireFromHere = createRequire(import.meta.url);
let scanner: MarkdownIt | undefined;

/** The Markdown parser that finds raw HTML, loaded on first use: most bodies have no "<" and never need it. */
function bodyScanner(): MarkdownIt {
  if (!scanner) {
    const MarkdownParser = requireFromHere("markdown-it") as typeof MarkdownItConstructor;
    scanner = new MarkdownParser({ html: true });
  }
  return scanner;
}

function checkBody(source: NoteSource, add: (severity: Severity, line: number, column: number, field: string, message: string) => void, todoSeverity: Severity) {
  if (source.body.trim() === "") {
    add("error", source.bodyFirstLine - 1, 1, "body", "is empty: write the note's text (Background, Overview) after the closing ---");
    return;
  }
  // The body goes into the feeds as XML, where control characters are not allowed: one per line is reported.
  if (explainForbiddenCharacter(source.body)) {
    source.body.split("\n").forEach((text, index) => {
      const problem = explainForbiddenCharacter(text);
      if (problem) add("error", source.bodyFirstLine + index, problem.position, "body", problem.message.replace(/ at position \d+/, ""));
    });
  }
  // Most bodies have no TODO, no script link and no "<" at all: skip the line scan and the Markdown
  // parse when the whole body shows none of them (same findings, a fraction of the time at scale).
  // A script link needs "](", "]:" or "<": a body with neither "]" nor "<" skips that pattern's slower scan.
  const mayLink = source.body.includes("]") || source.body.includes("<");
  if (TODO_MARKER.test(source.body) || (mayLink && UNSAFE_LINK.test(source.body))) scanLines(source, add, todoSeverity);
  // Raw HTML (blocks, inline tags, autolinks) always starts with "<".
  if (source.body.includes("<")) checkRawHtml(source, add);
}

function scanLines(source: NoteSource, add: (severity: Severity, line: number, column: number, field: string, message: string) => void, todoSeverity: Severity) {
  const lines = source.body.split("\n");
  lines.forEach((text, index) => {
    const line = source.bodyFirstLine + index;
    if (TODO_MARKER.test(text)) add(todoSeverity, line, text.search(TODO_MARKER) + 1, "body", "still has a TODO: finish or remove that line before publishing");
    const unsafe = UNSAFE_LINK.exec(text);
    if (unsafe) {
      add("warning", line, unsafe.index + unsafe[1]!.length + 1, "body", `has a ${unsafe[2]!.toLowerCase()}: link, which is never published as a link: use an https:// address instead`);
    }
  });
}

function checkRawHtml(source: NoteSource, add: (severity: Severity, line: number, column: number, field: string, message: string) => void) {
  const reportHtml = (content: string, line: number) => {
    const tag = /<\/?[a-z][^\s>/]*/i.exec(content)?.[0] ?? content.trim().slice(0, 20);
    add("warning", line, 1, "body", `contains raw HTML (${tag}…), which is shown as text, not as HTML: use Markdown instead`);
  };
  for (const token of bodyScanner().parse(source.body, {})) {
    const line = source.bodyFirstLine + (token.map?.[0] ?? 0);
    if (token.type === "html_block") reportHtml(token.content, line);
    if (token.type === "inline" && token.children?.some((child) => child.type === "html_inline")) {
      const html = token.children.find((child) => child.type === "html_inline")!;
      reportHtml(html.content, line);
    }
  }
}
