/**
 * A small static file server that behaves like Netlify for the built site: the response headers of
 * netlify.toml's `[[headers]]` rules, its `[[redirects]]` rules (the 404 page for missing paths),
 * directory URLs served from index.html, and the right content types.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { headersFor, netlifyPatternMatches, readNetlifyConfig, type NetlifyConfig } from "./netlify-config.ts";

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".yml": "text/yaml; charset=utf-8",
};

export interface RunningServer {
  readonly origin: string;
  readonly server: Server;
  close(): Promise<void>;
}

function fileFor(siteDir: string, urlPath: string): string | undefined {
  const resolved = path.resolve(siteDir, `.${urlPath}`);
  if (resolved !== siteDir && !resolved.startsWith(siteDir + path.sep)) return undefined;
  if (existsSync(resolved) && statSync(resolved).isFile()) return resolved;
  return undefined;
}

type Resolution = { kind: "file"; file: string; status: number } | { kind: "redirect"; location: string; status: number };

export function resolveRequest(siteDir: string, config: NetlifyConfig, urlPath: string): Resolution | undefined {
  const forced = config.redirects.find((rule) => rule.force && netlifyPatternMatches(rule.from, urlPath));
  const direct = urlPath.endsWith("/") ? fileFor(siteDir, `${urlPath}index.html`) : fileFor(siteDir, urlPath);
  if (!forced) {
    if (direct) return { kind: "file", file: direct, status: 200 };
    if (!urlPath.endsWith("/") && fileFor(siteDir, `${urlPath}/index.html`)) return { kind: "redirect", location: `${urlPath}/`, status: 301 };
    const pretty = !urlPath.endsWith("/") ? fileFor(siteDir, `${urlPath}.html`) : undefined;
    if (pretty) return { kind: "file", file: pretty, status: 200 };
  }
  const rule = forced ?? config.redirects.find((candidate) => netlifyPatternMatches(candidate.from, urlPath));
  if (!rule) return undefined;
  if (rule.status >= 300 && rule.status < 400) return { kind: "redirect", location: rule.to, status: rule.status };
  const target = fileFor(siteDir, rule.to.endsWith("/") ? `${rule.to}index.html` : rule.to);
  return target ? { kind: "file", file: target, status: rule.status } : undefined;
}

export async function startStaticServer(siteDir: string, netlifyToml: string): Promise<RunningServer> {
  const root = path.resolve(siteDir);
  const config = readNetlifyConfig(netlifyToml);
  const server = createServer((request, response) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400).end("Bad request");
      return;
    }
    const resolution = resolveRequest(root, config, urlPath);
    const headers: Record<string, string> = {};
    if (!resolution) {
      Object.assign(headers, { "Content-Type": "text/plain; charset=utf-8" }, headersFor(config, urlPath));
      response.writeHead(404, headers).end("Not found");
      return;
    }
    if (resolution.kind === "redirect") {
      Object.assign(headers, headersFor(config, urlPath), { Location: resolution.location });
      response.writeHead(resolution.status, headers).end();
      return;
    }
    const type = CONTENT_TYPES[path.extname(resolution.file).toLowerCase()] ?? "application/octet-stream";
    Object.assign(headers, { "Content-Type": type, "Content-Length": String(statSync(resolution.file).size) }, headersFor(config, urlPath));
    response.writeHead(resolution.status, headers);
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(resolution.file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
