/**
 * Splitting a note file into YAML front matter and Markdown body, and reading the YAML.
 *
 * The validator and the Eleventy build both read front matter the same way, so a note that
 * validates renders exactly as validated. YAML 1.2's core schema keeps `2016-02-29` a string (YAML
 * 1.1 parsers would turn it into a UTC timestamp) and `yes`/`no` text; every node keeps its offset
 * so problems can be reported by line and column. Front matter in the plain subset notes are
 * written in is read by `readSimpleYaml` instead, which gives the same data for a fraction of the cost.
 */
import { createRequire } from "node:module";
import type { Document, DocumentOptions, LineCounter, ParseOptions, SchemaOptions } from "yaml";
import { readSimpleYaml } from "./simple-yaml.ts";

type YamlLibrary = typeof import("yaml");

const requireFromHere = createRequire(import.meta.url);
let yamlLibrary: YamlLibrary | undefined;

/**
 * The full YAML parser, loaded on first use: checking notes that are all valid never needs it (see
 * `readSimpleYaml`), and it is the largest module that checking would otherwise load.
 */
export function fullYaml(): YamlLibrary {
  return (yamlLibrary ??= requireFromHere("yaml") as YamlLibrary);
}

/** Aliases could expand a small file into gigabytes ("billion laughs"); notes need none. */
const MAX_ALIAS_COUNT = 20;

const YAML_OPTIONS: DocumentOptions & ParseOptions & SchemaOptions = {
  version: "1.2",
  schema: "core",
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  merge: false,
};

export interface NoteSource {
  /** The front matter text between the `---` lines, LF line endings */
  readonly yaml: string;
  /** The Markdown body after the closing `---`, LF line endings */
  readonly body: string;
  /** 1-based line of the opening `---` */
  readonly openingLine: number;
  /** 1-based file line of the first line of `yaml` */
  readonly yamlFirstLine: number;
  /** 1-based file line of the first line of `body` */
  readonly bodyFirstLine: number;
}

/** A BOM and CRLF (or lone CR) line endings are accepted, and read as if they were not there. */
export function normalizeNoteText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes("\r") ? withoutBom.replace(/\r\n?/g, "\n") : withoutBom;
}

const CLOSING_LINE = /^(---|\.\.\.)\s*$/;

/** The index of the line break that ends the line starting at `start`, or the text's length for the last line. */
function lineEnd(text: string, start: number): number {
  const end = text.indexOf("\n", start);
  return end === -1 ? text.length : end;
}

/** The front matter and body of a note, or a sentence saying why there is no front matter. */
export function splitNoteSource(rawText: string): NoteSource | { readonly problem: string; readonly line: number } {
  const text = normalizeNoteText(rawText);
  const firstEnd = lineEnd(text, 0);
  if (text.slice(0, firstEnd).trimEnd() !== "---") {
    return {
      problem: "has no front matter: the file must start with a line of three dashes (---), then the fields, then another --- line",
      line: 1,
    };
  }
  // Only the lines up to the closing one are looked at: the body is taken whole, not split into lines.
  const yamlStart = firstEnd + 1;
  let lineStart = yamlStart;
  let lineIndex = 1;
  while (lineStart <= text.length) {
    const end = lineEnd(text, lineStart);
    if (CLOSING_LINE.test(text.slice(lineStart, end))) {
      return {
        yaml: text.slice(yamlStart, Math.max(yamlStart, lineStart - 1)),
        body: end < text.length ? text.slice(end + 1) : "",
        openingLine: 1,
        yamlFirstLine: 2,
        bodyFirstLine: lineIndex + 2,
      };
    }
    lineStart = end + 1;
    lineIndex += 1;
  }
  return { problem: "front matter is never closed: add a line of three dashes (---) after the last field", line: 1 };
}

export interface ParsedYaml {
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** Parses YAML text keeping positions; problems are in `document.errors` and `document.warnings`. */
export function parseYamlWithPositions(yaml: string): ParsedYaml {
  const { LineCounter, parseDocument } = fullYaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { ...YAML_OPTIONS, lineCounter });
  return { document, lineCounter };
}

/** Plain data from a parsed document; throws on alias bombs. */
export function yamlDocumentToData(document: Document.Parsed): unknown {
  return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

/**
 * Front matter text to plain data, the way the build reads it. Throws with the YAML parser's
 * message when the text is not valid YAML.
 */
export function readYaml(yaml: string): Record<string, unknown> {
  // Most notes are in the quick reader's subset, for which it gives exactly what the parser below would.
  const simple = readSimpleYaml(yaml);
  if (simple) return simple;
  const { document } = parseYamlWithPositions(yaml);
  const [firstError] = document.errors;
  if (firstError) throw firstError;
  const data = yamlDocumentToData(document);
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
