/**
 * Splitting a note file into YAML front matter and Markdown body, and reading the YAML.
 *
 * The validator and the Eleventy build both read front matter through `readYaml`, so a note that
 * validates renders exactly as validated. YAML 1.2's core schema keeps `2016-02-29` a string (YAML
 * 1.1 parsers would turn it into a UTC timestamp) and `yes`/`no` text; every node keeps its offset
 * so problems can be reported by line and column.
 */
import { LineCounter, parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from "yaml";

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

/** The front matter and body of a note, or a sentence saying why there is no front matter. */
export function splitNoteSource(rawText: string): NoteSource | { readonly problem: string; readonly line: number } {
  const text = normalizeNoteText(rawText);
  const lines = text.split("\n");
  if (lines[0]?.trimEnd() !== "---") {
    return {
      problem: "has no front matter: the file must start with a line of three dashes (---), then the fields, then another --- line",
      line: 1,
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (closing === -1) {
    return { problem: "front matter is never closed: add a line of three dashes (---) after the last field", line: 1 };
  }
  return {
    yaml: lines.slice(1, closing).join("\n"),
    body: lines.slice(closing + 1).join("\n"),
    openingLine: 1,
    yamlFirstLine: 2,
    bodyFirstLine: closing + 2,
  };
}

export interface ParsedYaml {
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** Parses YAML text keeping positions; problems are in `document.errors` and `document.warnings`. */
export function parseYamlWithPositions(yaml: string): ParsedYaml {
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
  const { document } = parseYamlWithPositions(yaml);
  const [firstError] = document.errors;
  if (firstError) throw firstError;
  const data = yamlDocumentToData(document);
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
