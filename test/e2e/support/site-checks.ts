/**
 * Checks over a built site's files, shared by the gate tests and by the test that proves the gates
 * catch a deliberately broken page: internal links and fragments, page security rules, and the Nu
 * HTML Checker.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT } from "./fixture-site.ts";
import { idsOf, parseTags, type Tag } from "./html.ts";
import { htmlFiles, urlOfHtmlFile } from "./site-pages.ts";

export interface LinkReport {
  /** `page: href — why` for every internal reference that does not resolve */
  readonly broken: string[];
  /** Every external address, with the pages that use it */
  readonly external: Map<string, Set<string>>;
  /** How many internal references were checked */
  readonly checked: number;
}

const LINK_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  video: ["src", "poster"],
  audio: ["src"],
  iframe: ["src"],
  form: ["action"],
  object: ["data"],
  use: ["href", "xlink:href"],
};

/** The file a site path is served from, like the static server (and Netlify) would pick it. */
export function fileForPath(siteDir: string, urlPath: string): string | undefined {
  const candidates = urlPath.endsWith("/") ? [`${urlPath}index.html`] : [urlPath, `${urlPath}/index.html`, `${urlPath}.html`];
  for (const candidate of candidates) {
    const file = path.join(siteDir, decodeURIComponent(candidate));
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

function referencesOf(tag: Tag): string[] {
  const names = LINK_ATTRIBUTES[tag.name] ?? [];
  const references: string[] = [];
  for (const name of names) {
    const value = tag.attributes.get(name);
    if (value === undefined) continue;
    if (name === "srcset") references.push(...value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean));
    else references.push(value.trim());
  }
  if (tag.name === "meta" && /^(og:url|og:image|twitter:image)$/.test(tag.attributes.get("property") ?? tag.attributes.get("name") ?? "")) {
    references.push((tag.attributes.get("content") ?? "").trim());
  }
  return references;
}

/**
 * Resolves every internal href/src of every page against the built files, fragments included.
 * Addresses on `baseUrl` (canonical links, og:url) count as internal. Nothing is fetched.
 */
export function checkLinks(siteDir: string, baseUrl: string): LinkReport {
  const broken: string[] = [];
  const external = new Map<string, Set<string>>();
  const idCache = new Map<string, Set<string>>();
  const idsOfFile = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = idsOf(parseTags(readFileSync(file, "utf8")));
      idCache.set(file, ids);
    }
    return ids;
  };
  const base = new URL(`${baseUrl}/`);
  let checked = 0;
  for (const file of htmlFiles(siteDir)) {
    const pageUrl = urlOfHtmlFile(file);
    const pageAddress = new URL(pageUrl, base);
    for (const tag of parseTags(readFileSync(path.join(siteDir, file), "utf8"))) {
      for (const reference of referencesOf(tag)) {
        if (reference === "") {
          broken.push(`${pageUrl}: empty ${tag.name} reference (line ${tag.line})`);
          continue;
        }
        let target: URL;
        try {
          target = new URL(reference, pageAddress);
        } catch {
          broken.push(`${pageUrl}: ${reference} — not a valid address (line ${tag.line})`);
          continue;
        }
        if (target.origin !== base.origin || !/^https?:$/.test(target.protocol)) {
          const pages = external.get(target.href) ?? new Set<string>();
          pages.add(pageUrl);
          external.set(target.href, pages);
          continue;
        }
        checked += 1;
        const targetFile = fileForPath(siteDir, target.pathname);
        if (!targetFile) {
          broken.push(`${pageUrl}: ${reference} — no file for ${target.pathname} (line ${tag.line})`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && targetFile.endsWith(".html") && !idsOfFile(targetFile).has(fragment)) {
          broken.push(`${pageUrl}: ${reference} — ${target.pathname} has no element with id "${fragment}" (line ${tag.line})`);
        }
      }
    }
  }
  return { broken, external, checked };
}

/**
 * Why an inline `<script>` is not allowed, or nothing for the one kind that is: a JSON-LD data block
 * (`type="application/ld+json"`), which browsers never execute (so the CSP does not apply to it),
 * provided it holds valid JSON with no raw `<`, so that it cannot close its own element.
 */
export function inlineScriptProblem(tag: Tag): string | undefined {
  const type = (tag.attributes.get("type") ?? "").trim().toLowerCase();
  if (type !== "application/ld+json") return "inline <script> without src";
  const content = tag.content ?? "";
  if (content.includes("<")) return "JSON-LD block with a raw < (escape it as \\u003c)";
  try {
    JSON.parse(content);
  } catch (error) {
    return `JSON-LD block that is not valid JSON (${(error as Error).message})`;
  }
  return undefined;
}

/** Inline scripts (JSON-LD data blocks excepted) and styles, event-handler and style attributes, and unsafe `target="_blank"` links. */
export function findSecurityProblems(siteDir: string): { problems: string[]; pages: number; tags: number } {
  const problems: string[] = [];
  let tags = 0;
  const files = htmlFiles(siteDir);
  for (const file of files) {
    const pageUrl = urlOfHtmlFile(file);
    for (const tag of parseTags(readFileSync(path.join(siteDir, file), "utf8"))) {
      tags += 1;
      const where = `${pageUrl} line ${tag.line}`;
      if (tag.name === "script" && !tag.attributes.has("src")) {
        const problem = inlineScriptProblem(tag);
        if (problem) problems.push(`${where}: ${problem}`);
      }
      if (tag.name === "script" && tag.attributes.has("src") && (tag.content ?? "").trim() !== "") problems.push(`${where}: <script src> with inline code`);
      if (tag.name === "style") problems.push(`${where}: inline <style> element`);
      for (const name of tag.attributes.keys()) {
        if (/^on[a-z]+$/.test(name)) problems.push(`${where}: event-handler attribute ${name}= on <${tag.name}>`);
        if (name === "style") problems.push(`${where}: style= attribute on <${tag.name}>`);
      }
      for (const name of ["href", "src", "action", "formaction"]) {
        if (/^\s*javascript:/i.test(tag.attributes.get(name) ?? "")) problems.push(`${where}: javascript: URL in ${name}= on <${tag.name}>`);
      }
      if ((tag.attributes.get("target") ?? "").toLowerCase() === "_blank") {
        const rel = (tag.attributes.get("rel") ?? "").toLowerCase().split(/\s+/);
        if (!rel.includes("noopener")) problems.push(`${where}: target="_blank" on <${tag.name}> without rel="noopener"`);
      }
    }
  }
  return { problems, pages: files.length, tags };
}

export interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly message: string;
  readonly extract?: string;
}

export const VNU_JAR = path.join(REPO_ROOT, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

/** Runs the Nu HTML Checker over a folder and returns its errors. */
export function runVnu(siteDir: string): { errors: VnuMessage[]; raw: string } {
  const result = spawnSync("java", ["-jar", VNU_JAR, "--skip-non-html", "--errors-only", "--format", "json", siteDir], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  if (result.error) throw result.error;
  const raw = `${result.stderr ?? ""}${result.stdout ?? ""}`.trim();
  const jsonStart = raw.indexOf("{");
  if (jsonStart < 0) throw new Error(`vnu printed no JSON (exit ${result.status}):\n${raw}`);
  const parsed = JSON.parse(raw.slice(jsonStart)) as { messages: VnuMessage[] };
  const errors = parsed.messages.filter((message) => message.type === "error" || message.subType === "fatal" || message.type === "non-document-error");
  if (result.status !== 0 && errors.length === 0) throw new Error(`vnu exited ${result.status} without reporting errors:\n${raw}`);
  return { errors, raw };
}

export function formatVnuMessage(siteDir: string, message: VnuMessage): string {
  const file = message.url?.startsWith("file:") ? path.relative(siteDir, fileURLToPath(message.url)) : (message.url ?? "?");
  return `${file}:${message.lastLine ?? "?"}: ${message.message}${message.extract ? `\n    ${message.extract.replace(/\n/g, " ")}` : ""}`;
}
