/**
 * A quick reader for the YAML notes are actually written in: block maps with plain keys, block
 * sequences, and one-line scalars (plain, or in quotes without escapes). Reading positions with the
 * full parser costs about a third of a millisecond per note; this reader costs a small fraction of
 * that, so the full parser only runs for the few notes that need it.
 *
 * It answers only where it is sure to give exactly what the full parser (YAML 1.2, core schema)
 * would give without any error or warning, and `undefined` for everything else: comments, tabs,
 * anchors, aliases, tags, flow collections, block scalars, multi-line scalars, escapes, duplicate
 * keys, null values, numbers, and any indentation it does not expect. A test compares it with the
 * full parser on generated input.
 */

type Value = string | boolean | Value[] | { [key: string]: Value };

/** Thrown to abandon the quick reading; never leaves this module. */
class NotSimple extends Error {}

function bail(): never {
  throw new NotSimple();
}

/**
 * Anything the quick reader leaves to the full parser wherever it is: a comment (`#` at a line's
 * start or after a space), a tab, a character YAML or the note checks treat specially (C0 and C1
 * controls, line and paragraph separators, BOM, noncharacters), and lone surrogates.
 */
const LEFT_TO_FULL_PARSER = /(?:^|[ ])#|[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/m;

/** A key the full parser reads as the same string: an identifier that is not `null`, `true`, …, nor `__proto__`. */
const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: +|$)/;
const SPECIAL_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;

/**
 * Plain scalars the core schema reads as something other than a string, one alternative per tag of
 * the `yaml` package's core schema: null, bool, octal, decimal and hexadecimal int, nan/inf, float
 * with exponent, float. (`true` and `false` are read here before this test.)
 */
const NOT_A_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
/** Every scalar `NOT_A_STRING` matches starts with one of these; most text does not, and skips the test. */
const NOT_A_STRING_START = /^[~nNtTfF0-9+.-]/;

/** Characters that give an unquoted scalar another meaning (or make it an error) when they come first. */
const SPECIAL_FIRST = new Set(["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "%", "@", "`"]);

/** The full parser's limit on the length of an implicit key. */
const MAX_KEY_LENGTH = 1024;

/** Spaces are YAML's only white space here (tabs are left to the full parser); `trim()` would also take NBSP and others. */
function leadingSpaces(text: string): number {
  let count = 0;
  while (text.charCodeAt(count) === 0x20) count += 1;
  return count;
}

function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

interface Line {
  readonly indent: number;
  /** The line without its indentation and trailing spaces; never empty */
  readonly text: string;
}

/** The value of a scalar written on one line after `key: ` or `- ` (trailing spaces already gone). */
function scalar(text: string): Value {
  const first = text[0]!;
  if (first === '"') {
    // Without a backslash the text between the quotes is the value; the closing quote must end the line.
    const closing = text.indexOf('"', 1);
    if (closing !== text.length - 1 || text.includes("\\")) bail();
    return text.slice(1, -1);
  }
  if (first === "'") {
    let value = "";
    let from = 1;
    for (;;) {
      const quote = text.indexOf("'", from);
      if (quote === -1) bail();
      value += text.slice(from, quote);
      if (text[quote + 1] === "'") {
        value += "'";
        from = quote + 2;
      } else {
        if (quote !== text.length - 1) bail();
        return value;
      }
    }
  }
  if (SPECIAL_FIRST.has(first) || text.includes(": ") || text.endsWith(":")) bail();
  if (text === "true") return true;
  if (text === "false") return false;
  if (NOT_A_STRING_START.test(text) && NOT_A_STRING.test(text)) bail();
  return text;
}

class Reader {
  private index = 0;

  constructor(private readonly lines: readonly Line[]) {}

  get done(): boolean {
    return this.index >= this.lines.length;
  }

  private get current(): Line | undefined {
    return this.lines[this.index];
  }

  /**
   * A block map whose keys are at column `indent`; `first` is its first line when that line is a
   * sequence item (`- title: …`), whose text after the dash starts the map.
   */
  map(indent: number, first?: Line): { [key: string]: Value } {
    const map: { [key: string]: Value } = {};
    let line = first ?? this.current;
    while (line && line.indent === indent) {
      const key = KEY.exec(line.text);
      if (!key) bail();
      const name = key[1]!;
      if (name.length > MAX_KEY_LENGTH || SPECIAL_KEY.test(name) || Object.hasOwn(map, name)) bail();
      const rest = line.text.slice(key[0].length);
      this.index += 1;
      if (rest !== "") {
        map[name] = scalar(rest);
      } else {
        map[name] = this.block(indent);
      }
      line = this.current;
    }
    return map;
  }

  /** The collection under `key:` of a map at column `indent`. */
  private block(indent: number): Value {
    const next = this.current;
    // Nothing under the key (the next line no deeper, other than a list's dashes) is null: left to the full parser.
    if (!next || next.indent < indent) return bail();
    if (next.text.startsWith("- ")) return this.sequence(next.indent);
    if (next.indent === indent) return bail();
    return this.map(next.indent);
  }

  /** A block sequence whose dashes are at column `indent`. */
  private sequence(indent: number): Value[] {
    const items: Value[] = [];
    let line = this.current;
    while (line && line.indent === indent && line.text.startsWith("- ")) {
      const spaces = leadingSpaces(line.text.slice(1));
      const text = line.text.slice(1 + spaces);
      const column = indent + 1 + spaces;
      if (KEY.test(text)) {
        items.push(this.map(column, { indent: column, text }));
      } else {
        items.push(scalar(text));
        this.index += 1;
      }
      line = this.current;
    }
    return items;
  }
}

/**
 * The plain data the full YAML parser would read from `yaml` (front matter text, LF line endings),
 * when the text is written in the simple subset above and is a map; otherwise `undefined`.
 */
export function readSimpleYaml(yaml: string): Record<string, unknown> | undefined {
  if (LEFT_TO_FULL_PARSER.test(yaml)) return undefined;
  const lines: Line[] = [];
  for (const raw of yaml.split("\n")) {
    const indent = leadingSpaces(raw);
    if (indent === raw.length) continue;
    lines.push({ indent, text: withoutTrailingSpaces(raw.slice(indent)) });
  }
  // Nothing at all is null to the full parser, not an empty map.
  if (lines.length === 0) return undefined;
  try {
    const reader = new Reader(lines);
    const data = reader.map(0);
    // Each block ends at the first line not at its own indentation: a line left over is one at an
    // indentation no open block has (a continued scalar, or an error), for the full parser.
    return reader.done ? data : undefined;
  } catch (error) {
    if (error instanceof NotSimple) return undefined;
    throw error;
  }
}
