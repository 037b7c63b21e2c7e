/**
 * Reads the parts of netlify.toml that decide how a page is served: the `[[headers]]` rules and the
 * `[[redirects]]` rules. A deliberately small TOML reader for the subset netlify.toml uses:
 * comments, `[table]`, `[[array-of-tables]]`, dotted sub-tables such as `[headers.values]`, and
 * `key = "string" | 'literal' | number | true/false`.
 */
import { readFileSync } from "node:fs";

export interface HeaderRule {
  readonly for: string;
  readonly values: Readonly<Record<string, string>>;
}

export interface RedirectRule {
  readonly from: string;
  readonly to: string;
  readonly status: number;
  readonly force: boolean;
}

export interface NetlifyConfig {
  readonly headers: readonly HeaderRule[];
  readonly redirects: readonly RedirectRule[];
  /** Every top-level table, for anything else a test wants to look at */
  readonly raw: Record<string, unknown>;
}

type Table = Record<string, unknown>;

function parseValue(text: string, lineNumber: number): string | number | boolean {
  const value = text.trim();
  if (value.startsWith('"')) {
    const end = findClosingQuote(value, '"');
    return JSON.parse(value.slice(0, end + 1)) as string;
  }
  if (value.startsWith("'")) {
    const end = value.indexOf("'", 1);
    if (end < 0) throw new Error(`netlify.toml line ${lineNumber}: unterminated string`);
    return value.slice(1, end);
  }
  const bare = value.replace(/\s+#.*$/, "");
  if (bare === "true") return true;
  if (bare === "false") return false;
  if (/^[+-]?\d+(\.\d+)?$/.test(bare)) return Number(bare);
  throw new Error(`netlify.toml line ${lineNumber}: unsupported value ${value}`);
}

function findClosingQuote(text: string, quote: string): number {
  for (let index = 1; index < text.length; index += 1) {
    if (text[index] === "\\") index += 1;
    else if (text[index] === quote) return index;
  }
  throw new Error(`unterminated string: ${text}`);
}

function unquoteKey(key: string): string {
  const trimmed = key.trim();
  return /^".*"$/.test(trimmed) ? (JSON.parse(trimmed) as string) : trimmed.replace(/^'(.*)'$/, "$1");
}

export function parseToml(source: string): Table {
  const root: Table = {};
  let current: Table = root;
  // The last element of each array of tables, so `[headers.values]` lands in the latest `[[headers]]`.
  const resolveTable = (keys: string[], createArrayItem: boolean): Table => {
    let table: Table = root;
    keys.forEach((key, index) => {
      const last = index === keys.length - 1;
      let next = table[key];
      if (last && createArrayItem) {
        if (next === undefined) next = table[key] = [];
        if (!Array.isArray(next)) throw new Error(`netlify.toml: ${keys.join(".")} is not an array of tables`);
        const item: Table = {};
        next.push(item);
        table = item;
        return;
      }
      if (next === undefined) next = table[key] = {};
      table = Array.isArray(next) ? (next[next.length - 1] as Table) : (next as Table);
    });
    return table;
  };
  source.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) return;
    const arrayHeader = /^\[\[\s*([^\]]+?)\s*\]\]\s*(#.*)?$/.exec(line);
    if (arrayHeader) {
      current = resolveTable(arrayHeader[1]!.split(".").map(unquoteKey), true);
      return;
    }
    const tableHeader = /^\[\s*([^\]]+?)\s*\]\s*(#.*)?$/.exec(line);
    if (tableHeader) {
      current = resolveTable(tableHeader[1]!.split(".").map(unquoteKey), false);
      return;
    }
    const equals = line.indexOf("=");
    if (equals < 0) throw new Error(`netlify.toml line ${index + 1}: cannot read "${line}"`);
    current[unquoteKey(line.slice(0, equals))] = parseValue(line.slice(equals + 1), index + 1);
  });
  return root;
}

export function readNetlifyConfig(file: string): NetlifyConfig {
  const raw = parseToml(readFileSync(file, "utf8"));
  const headers = ((raw.headers as Table[] | undefined) ?? []).map((rule) => ({
    for: String(rule.for),
    values: Object.fromEntries(Object.entries((rule.values as Table | undefined) ?? {}).map(([name, value]) => [name, String(value)])),
  }));
  const redirects = ((raw.redirects as Table[] | undefined) ?? []).map((rule) => ({
    from: String(rule.from),
    to: String(rule.to),
    status: Number(rule.status ?? 301),
    force: rule.force === true,
  }));
  return { headers, redirects, raw };
}

/** Netlify's path patterns: `*` matches anything, slashes included; everything else is literal. */
export function netlifyPatternMatches(pattern: string, urlPath: string): boolean {
  const expression = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${expression}$`).test(urlPath);
}

/**
 * The headers Netlify sends for a path: every matching rule applies, and a header set by several
 * matching rules gets all their values, joined with ", " in the order of the rules (for a
 * Content-Security-Policy that means several policies, all enforced).
 */
export function headersFor(config: NetlifyConfig, urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of config.headers) {
    if (!netlifyPatternMatches(rule.for, urlPath)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
      if (existing === undefined) headers[name] = value;
      else headers[existing] = `${headers[existing]!}, ${value}`;
    }
  }
  return headers;
}

/** Every rule that sets a header for a path, in order: a header set twice is usually a mistake. */
export function rulesSetting(config: NetlifyConfig, urlPath: string, header: string): HeaderRule[] {
  return config.headers.filter((rule) => netlifyPatternMatches(rule.for, urlPath) && Object.keys(rule.values).some((name) => name.toLowerCase() === header.toLowerCase()));
}

/** Parses a header value such as a CSP into its directives: `script-src` → ["'self'", …]. */
export function cspDirectives(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
