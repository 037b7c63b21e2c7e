/**
 * The two Content-Security-Policies of netlify.toml: every file of the public site gets exactly the
 * public policy, byte for byte as before the editor came, and once (Netlify joins the values of a
 * header set by several matching rules); everything under /admin/ gets the editor's policy alone.
 */
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { REPO_ROOT } from "./support/fixture-site.ts";
import { headersFor, readNetlifyConfig, rulesSetting } from "./support/netlify-config.ts";
import { siteFiles, urlOfHtmlFile } from "./support/site-pages.ts";

const PUBLIC_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

const config = readNetlifyConfig(path.join(REPO_ROOT, "netlify.toml"));
const urlOf = (file: string) => (file.endsWith(".html") ? urlOfHtmlFile(file) : `/${file}`);

describe("Content-Security-Policy rules", () => {
  const siteDir = inject("siteDir");

  it("give every public file the public policy, unchanged and from one rule", () => {
    const files = siteFiles(siteDir, (file) => !file.startsWith("admin/"));
    expect(files.length).toBeGreaterThan(50);
    const wrong = files
      .map((file) => ({ url: urlOf(file), policy: headersFor(config, urlOf(file))["Content-Security-Policy"] }))
      .filter(({ policy }) => policy !== PUBLIC_POLICY)
      .map(({ url, policy }) => `${url}: ${policy ?? "no policy (add a rule for its folder to netlify.toml)"}`);
    expect(wrong).toEqual([]);
    for (const url of ["/", "/notes/", "/fr/notes/", "/search/", "/404.html", "/feed.json"]) expect(rulesSetting(config, url, "Content-Security-Policy"), url).toHaveLength(1);
  });

  it("give /admin/ the editor's policy alone", () => {
    const adminFiles = siteFiles(siteDir, (file) => file.startsWith("admin/"));
    expect(adminFiles).toEqual(expect.arrayContaining(["admin/index.html", "admin/config.yml", "admin/cms/sveltia-cms.js"]));
    for (const url of ["/admin/", ...adminFiles.map(urlOf)]) {
      const rules = rulesSetting(config, url, "Content-Security-Policy");
      expect(rules.map((rule) => rule.for), url).toEqual(["/admin/*"]);
    }
    const policy = headersFor(config, "/admin/")["Content-Security-Policy"]!;
    expect(policy).toMatch(/(^|; )script-src 'self';/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    // The other security headers apply to the editor too.
    expect(headersFor(config, "/admin/")["X-Frame-Options"]).toBe("DENY");
  });
});
