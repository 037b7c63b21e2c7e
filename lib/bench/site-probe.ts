/**
 * What a built site weighs: bytes and files on disk, the gzip weight of a note page, and the bytes
 * a browser downloads for its first search (in headless Chromium when it is there, else from the
 * Pagefind files themselves).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

export function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(folder)) return { bytes, files };
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** The first note page in the built site, e.g. `notes/1995/synthetic-event-1/index.html`. */
export function firstNotePage(site: string): string | undefined {
  const notes = path.join(site, "notes");
  if (!existsSync(notes)) return undefined;
  for (const year of readdirSync(notes).filter((name) => /^\d{4}$/.test(name)).sort()) {
    for (const slug of readdirSync(path.join(notes, year)).sort()) {
      const page = path.join(notes, year, slug, "index.html");
      if (existsSync(page)) return page;
    }
  }
  return undefined;
}

/** Resources the page asks the browser for: stylesheets, scripts, images and icons (not feeds or links). */
export function pageResources(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(link|script|img|source)\b[^>]*>/gi) ?? []) {
    const name = /^<(\w+)/.exec(tag)![1]!.toLowerCase();
    if (name === "link") {
      const rel = /\brel\s*=\s*"([^"]*)"/i.exec(tag)?.[1]?.toLowerCase() ?? "";
      if (!/\b(stylesheet|icon|preload|modulepreload|manifest)\b/.test(rel)) continue;
      const href = /\bhref\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
      if (href) found.push(href);
    } else {
      const src = /\bsrc\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
      if (src) found.push(src);
    }
  }
  return found;
}

export interface NotePageWeight {
  readonly page: string;
  readonly htmlGzipBytes: number;
  readonly cssGzipBytes: number;
  readonly gzipBytes: number;
  /** The document plus each resource it references */
  readonly requests: number;
}

export function notePageWeight(site: string): NotePageWeight | undefined {
  const page = firstNotePage(site);
  if (!page) return undefined;
  const html = readFileSync(page);
  const cssFile = path.join(site, "assets", "site.css");
  const css = existsSync(cssFile) ? readFileSync(cssFile) : Buffer.alloc(0);
  const htmlGzipBytes = gzipSync(html).length;
  const cssGzipBytes = css.length > 0 ? gzipSync(css).length : 0;
  return {
    page: path.relative(site, page),
    htmlGzipBytes,
    cssGzipBytes,
    gzipBytes: htmlGzipBytes + cssGzipBytes,
    requests: 1 + new Set(pageResources(html.toString("utf8"))).size,
  };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
};

export interface ServedRequest {
  readonly path: string;
  readonly bytes: number;
}

/**
 * A static server for the built site on 127.0.0.1 that gzips text like a real host would (Pagefind's
 * own index files are already compressed and are sent as they are) and records every response size.
 */
export async function serveSite(site: string): Promise<{ origin: string; served: ServedRequest[]; close: () => Promise<void> }> {
  const served: ServedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    let file = path.join(site, decodeURIComponent(url.pathname));
    if (!file.startsWith(site)) file = site;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404).end("not found");
      served.push({ path: url.pathname, bytes: 9 });
      return;
    }
    const extension = path.extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = { "content-type": TYPES[extension] ?? "application/octet-stream", "cache-control": "no-store" };
    if (TYPES[extension] && extension !== ".wasm" && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(body.length);
    response.writeHead(200, headers).end(body);
    served.push({ path: url.pathname, bytes: body.length });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, served, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface FirstQuery {
  readonly method: "chromium" | "files";
  readonly query: string;
  readonly results?: number;
  /** Bytes of everything under /pagefind/ and the search page's Pagefind module (UI included when measured in the browser) */
  readonly bytes: number;
  /** Bytes of the search core only: entry JSON, pagefind.js, wasm, meta, index chunks, fragments, filters */
  readonly coreBytes: number;
  readonly requests: readonly ServedRequest[];
  readonly note?: string;
}

export interface BrowserProbe {
  readonly firstQuery?: FirstQuery;
  readonly notePageRequests?: number;
  readonly note?: string;
}

/**
 * Where the search's own files are served from: Pagefind's folder, and the module through which the
 * search page's UI loads Pagefind (assets/search-core/), which is the UI's, not Pagefind's core.
 */
const SEARCH_FOLDERS = ["/pagefind/", "/assets/search-core/"];
const isSearchFile = (request: ServedRequest) => SEARCH_FOLDERS.some((folder) => request.path.startsWith(folder));
const isCore = (request: ServedRequest) => request.path.startsWith("/pagefind/") && !/pagefind-ui\.(js|css)$/.test(request.path);

/** Opens the search page with `?q=<query>` and a note page in Chromium, counting what the server sends. */
export async function probeInChromium(site: string, query: string, notePage: string | undefined): Promise<BrowserProbe> {
  if (!existsSync(CHROMIUM_PATH)) return { note: `Chromium not found at ${CHROMIUM_PATH}: first query measured from the files instead` };
  const { chromium } = await import("playwright-core");
  const server = await serveSite(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    server.served.length = 0;
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: "load" });
    await page.waitForSelector(".pagefind-ui__result", { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const results = await page.locator(".pagefind-ui__result").count();
    const searchRequests = server.served.filter(isSearchFile);
    const firstQuery: FirstQuery = {
      method: "chromium",
      query,
      results,
      bytes: searchRequests.reduce((sum, request) => sum + request.bytes, 0),
      coreBytes: searchRequests.filter(isCore).reduce((sum, request) => sum + request.bytes, 0),
      requests: searchRequests,
    };
    let notePageRequests: number | undefined;
    if (notePage) {
      const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const notePageTab = await fresh.newPage();
      let count = 0;
      notePageTab.on("request", () => count++);
      await notePageTab.goto(`${server.origin}/${notePage.replace(/index\.html$/, "")}`, { waitUntil: "networkidle" });
      notePageRequests = count;
    }
    return { firstQuery, ...(notePageRequests !== undefined ? { notePageRequests } : {}) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The file way, when there is no browser: pagefind-entry.json, pagefind.js, the wasm and meta files
 * named in the entry, plus the largest index chunk and the first `fragments` fragments as a stand-in
 * for a typical query. An estimate, said so in the output.
 */
export function firstQueryFromFiles(site: string, fragments = 10): FirstQuery {
  const folder = path.join(site, "pagefind");
  const sizeOf = (name: string) => (existsSync(path.join(folder, name)) ? statSync(path.join(folder, name)).size : 0);
  const requests: ServedRequest[] = [];
  const add = (name: string) => requests.push({ path: `/pagefind/${name}`, bytes: sizeOf(name) });
  add("pagefind-entry.json");
  add("pagefind.js");
  const entry = JSON.parse(readFileSync(path.join(folder, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { hash: string; wasm?: string }> };
  const language = Object.values(entry.languages)[0];
  if (language?.wasm) add(`wasm.${language.wasm}.pagefind`);
  if (language) add(`pagefind.${language.hash}.pf_meta`);
  const chunks = readdirSync(path.join(folder, "index")).map((name) => `index/${name}`);
  const largest = chunks.sort((a, b) => sizeOf(b) - sizeOf(a))[0];
  if (largest) add(largest);
  for (const name of readdirSync(path.join(folder, "fragment")).sort().slice(0, fragments)) add(`fragment/${name}`);
  const bytes = requests.reduce((sum, request) => sum + request.bytes, 0);
  return { method: "files", query: "(largest index chunk)", bytes, coreBytes: bytes, requests, note: "estimated from the files (no browser)" };
}
