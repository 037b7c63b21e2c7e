/**
 * Security rules of the pages (no inline script or style, no event-handler attributes, safe new-tab
 * links) and of the HTTP headers netlify.toml sets, as served by the test server.
 */
import path from "node:path";
import { inject, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/fixture-site.ts";
import { cspDirectives, headersFor, readNetlifyConfig } from "./support/netlify-config.ts";
import { parseTags } from "./support/html.ts";
import { findSecurityProblems, inlineScriptProblem } from "./support/site-checks.ts";
import { siteFiles } from "./support/site-pages.ts";

const config = readNetlifyConfig(path.join(REPO_ROOT, "netlify.toml"));

describe("page security", () => {
  const siteDir = inject("siteDir");

  it("has no inline script or style, no on*= or style= attributes, and rel=noopener on every target=_blank", () => {
    const { problems, pages, tags } = findSecurityProblems(siteDir);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(tags).toBeGreaterThan(pages * 20);
    expect(problems).toEqual([]);
  });
});

describe("the inline-script rule", () => {
  const scriptTag = (html: string) => parseTags(html).find((tag) => tag.name === "script")!;

  it("reports executable inline scripts, whatever their type", () => {
    expect(inlineScriptProblem(scriptTag("<script>alert(1)</script>"))).toMatch(/inline <script>/);
    expect(inlineScriptProblem(scriptTag('<script type="module">import "/x.js";</script>'))).toMatch(/inline <script>/);
    expect(inlineScriptProblem(scriptTag('<script type="text/javascript"></script>'))).toMatch(/inline <script>/);
  });

  it("allows only well-formed, escaped JSON-LD data blocks", () => {
    expect(inlineScriptProblem(scriptTag('<script type="application/ld+json">{"name":"a \\u003c b"}</script>'))).toBeUndefined();
    expect(inlineScriptProblem(scriptTag('<script type="application/ld+json">{"name":"<b>"}</script>'))).toMatch(/raw </);
    expect(inlineScriptProblem(scriptTag('<script type="application/ld+json">{name: 1}</script>'))).toMatch(/not valid JSON/);
  });
});

describe("netlify.toml headers", () => {
  const site = config.headers.filter((rule) => rule.for === "/*");
  const everyPage = headersFor(config, "/");

  it("has a rule for every page", () => {
    expect(site).toHaveLength(1);
  });

  it("sets a Content-Security-Policy without 'unsafe-inline' or 'unsafe-eval' for scripts", () => {
    const policy = everyPage["Content-Security-Policy"];
    expect(policy).toBeTruthy();
    const directives = cspDirectives(policy!);
    const scripts = directives.get("script-src") ?? directives.get("default-src");
    expect(scripts).toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("style-src") ?? []).not.toContain("'unsafe-inline'");
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("sets nosniff, a referrer policy, a permissions policy and HSTS", () => {
    expect(everyPage["X-Content-Type-Options"]).toBe("nosniff");
    expect(everyPage["Referrer-Policy"]).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    expect(everyPage["Permissions-Policy"]).toMatch(/camera=\(\)/);
    expect(everyPage["Strict-Transport-Security"]).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(everyPage["Strict-Transport-Security"]!)![1])).toBeGreaterThanOrEqual(15_552_000);
  });
});

describe("headers as served", () => {
  const origin = inject("siteOrigin");
  const siteDir = inject("siteDir");

  it("serves pages, the 404 page and Pagefind's files with netlify.toml's headers and the right types", async () => {
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toMatch(/^text\/html/);
    expect(home.headers.get("content-security-policy")).toBe(headersFor(config, "/")["Content-Security-Policy"]);
    expect(home.headers.get("x-content-type-options")).toBe("nosniff");

    // Under a public folder: unknown top-level addresses get the 404 page without a policy (see netlify.toml).
    const missing = await fetch(`${origin}/notes/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/<h1>Page not found<\/h1>/);
    expect(missing.headers.get("content-security-policy")).toBeTruthy();

    const feed = await fetch(`${origin}/feed.json`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toMatch(/^application\/feed\+json/);

    const rss = await fetch(`${origin}/rss.xml`);
    expect(rss.headers.get("content-type")).toMatch(/xml/);
    expect(rss.headers.get("cache-control")).toBe("public, max-age=600");

    // Content-hashed Pagefind files are cached for a year; fixed-name ones are left to revalidate.
    const hashed = siteFiles(siteDir, (file) => /^pagefind\/(fragment|index|filter)\/|^pagefind\/.*\.pf_meta$/.test(file));
    expect(hashed.length, "Pagefind wrote hashed index files").toBeGreaterThan(3);
    for (const file of hashed.slice(0, 4)) {
      const response = await fetch(`${origin}/${file}`);
      expect(response.headers.get("cache-control"), file).toBe("public, max-age=31536000, immutable");
    }
    const wasm = siteFiles(siteDir, (file) => /^pagefind\/wasm\..*\.pagefind$/.test(file))[0];
    expect(wasm, "Pagefind wrote its WebAssembly file").toBeDefined();
    const wasmResponse = await fetch(`${origin}/${wasm}`);
    expect(wasmResponse.headers.get("content-type")).toBe("application/octet-stream");
    expect(wasmResponse.headers.get("cache-control")).toBeNull();

    const entry = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(entry.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(entry.headers.get("cache-control")).toBeNull();

    const calendar = await fetch(`${origin}/events.ics`);
    expect(calendar.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  });
});
