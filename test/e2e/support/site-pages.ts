/**
 * The pages of a built site, and one page of each kind to check in the browser.
 *
 * Kinds are discovered from the build rather than listed, so pages added later (countries, regions,
 * types, map, statistics…) are checked as soon as they exist: every HTML file's URL is grouped by its
 * first path segment and depth (`/`, `/notes/`, `/notes/<year>/<slug>/`, `/countries/<name>/`…), and
 * the largest page of each group stands for it. A missing URL stands for the 404 page.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface SitePage {
  /** What kind of page this is, for test names */
  readonly kind: string;
  readonly url: string;
  /** The HTTP status the page is served with */
  readonly status: number;
}

// Under a public folder, whose rule in netlify.toml gives the 404 page the site's policy.
export const MISSING_URL = "/notes/no-such-page-e2e/";

/** Every file under a folder, as paths relative to it with forward slashes. */
export function siteFiles(siteDir: string, filter: (relative: string) => boolean = () => true): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const relative = path.relative(siteDir, full).split(path.sep).join("/");
        if (filter(relative)) found.push(relative);
      }
    }
  };
  walk(siteDir);
  return found.sort();
}

/**
 * Every HTML page of the site, Pagefind's own files excluded, and the editor at /admin/: a program of
 * its own (a third-party app under its own policy), checked by test/e2e/editor*.e2e.test.ts.
 */
export function htmlFiles(siteDir: string): string[] {
  return siteFiles(siteDir, (relative) => relative.endsWith(".html") && !relative.startsWith("pagefind/") && !relative.startsWith("admin/"));
}

export function urlOfHtmlFile(relative: string): string {
  if (relative === "index.html") return "/";
  if (relative.endsWith("/index.html")) return `/${relative.slice(0, -"index.html".length)}`;
  return `/${relative}`;
}

const LANGUAGE_PREFIXES = new Set(["ar", "es", "fr", "ru", "zh"]);

/** A page's kind: its first folder and depth (`/countries/…/`), within its language (`/fr` + `/countries/…/`). */
function kindOf(url: string): string {
  const segments = url.split("/").filter(Boolean);
  const language = segments[0] !== undefined && LANGUAGE_PREFIXES.has(segments[0]) ? `/${segments.shift()}` : "";
  if (segments.length === 0) return `${language}home /`;
  return `${language}/${segments[0]}/${segments
    .slice(1)
    .map(() => "…/")
    .join("")}`;
}

/** One page of each kind, plus a missing URL (404). Sitemap entries are included when the build writes one. */
export function pageKinds(siteDir: string): SitePage[] {
  const groups = new Map<string, { url: string; size: number }>();
  for (const file of htmlFiles(siteDir)) {
    if (file.endsWith("404.html")) continue;
    const url = urlOfHtmlFile(file);
    const kind = kindOf(url);
    const size = statSync(path.join(siteDir, file)).size;
    const current = groups.get(kind);
    if (!current || size > current.size) groups.set(kind, { url, size });
  }
  const pages: SitePage[] = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([kind, { url }]) => ({ kind, url, status: 200 }));
  pages.push({ kind: "missing URL (404 page)", url: MISSING_URL, status: 404 });
  return pages;
}

/** The page kinds plus `extraUrls` and, with `sitemap`, every page named by sitemap.xml when there is one (deduplicated). */
export function pagesToCheck(siteDir: string, extraUrls: readonly string[] = [], options: { sitemap?: boolean } = {}): SitePage[] {
  const pages = pageKinds(siteDir);
  const seen = new Set(pages.map((page) => page.url));
  const add = (url: string, kind: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    pages.push({ kind, url, status: 200 });
  };
  for (const url of extraUrls) add(url, kindOf(url));
  if (!options.sitemap) return pages;
  try {
    const sitemap = readFileSync(path.join(siteDir, "sitemap.xml"), "utf8");
    for (const match of sitemap.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) add(new URL(match[1]!).pathname, "sitemap entry");
  } catch {
    // No sitemap: the discovered kinds stand for the site.
  }
  return pages;
}
