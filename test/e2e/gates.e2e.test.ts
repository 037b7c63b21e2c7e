/**
 * The gates bite: a copy of the site whose base layout is deliberately broken (an image without alt,
 * an inline script, an inline style and an event-handler attribute, a link to a missing file) is
 * built in a temporary folder — never in the repository's layouts — and each gate must report it.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { describeProblems, launchChromium, newPage, requireJava, watchPage } from "./support/browser.ts";
import { buildFixtureRoot, createFixtureRoot, FIXTURE_BASE_URL, REPO_ROOT } from "./support/fixture-site.ts";
import { checkLinks, findSecurityProblems, formatVnuMessage, runVnu } from "./support/site-checks.ts";
import { startStaticServer, type RunningServer } from "./support/static-server.ts";

const BROKEN_MARKUP = '<img src="/x.png"><script>document.documentElement.dataset.inline = "ran";</script><p class="broken" style="color: red" onclick="void 0">Broken on purpose</p>';

describe("the gates catch a deliberately broken page", () => {
  let root: string;
  let siteDir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    root = createFixtureRoot("e2e-broken-site-");
    const layout = path.join(root, "layouts", "base.njk");
    const original = readFileSync(layout, "utf8");
    const broken = original.replace(/(<main\b[^>]*>)/, `$1\n${BROKEN_MARKUP}`);
    expect(broken, "the broken markup went into the copy's <main>").not.toBe(original);
    writeFileSync(layout, broken);
    siteDir = buildFixtureRoot(root).siteDir;
    server = await startStaticServer(siteDir, path.join(REPO_ROOT, "netlify.toml"));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("leaves the repository's own layout untouched", () => {
    expect(readFileSync(path.join(REPO_ROOT, "layouts", "base.njk"), "utf8")).not.toContain("Broken on purpose");
    expect(readFileSync(path.join(siteDir, "index.html"), "utf8")).toContain("Broken on purpose");
  });

  it("accessibility: axe reports the image without alt", async () => {
    const page = await newPage(browser);
    try {
      await page.goto(`${server.origin}/`);
      const violations = await axeViolations(page);
      expect(violations.some((violation) => violation.startsWith("image-alt"))).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it("page loading: the browser reports the CSP-blocked inline script and the missing image", async () => {
    const page = await newPage(browser);
    try {
      const problems = await watchPage(page);
      await page.goto(`${server.origin}/`, { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => document.documentElement.dataset.inline), "the CSP kept the inline script from running").toBeUndefined();
      const reported = describeProblems(problems).join("\n");
      expect(problems.cspViolations.length).toBeGreaterThan(0);
      expect(reported).toMatch(/script-src/);
      expect(reported).toMatch(/\/x\.png: HTTP 404/);
    } finally {
      await page.context().close();
    }
  });

  it("security: the inline script, the style attribute and the onclick attribute are reported", () => {
    const { problems } = findSecurityProblems(siteDir);
    const home = problems.filter((problem) => problem.startsWith("/ line"));
    expect(home.some((problem) => /inline <script> without src/.test(problem))).toBe(true);
    expect(home.some((problem) => /style= attribute on <p>/.test(problem))).toBe(true);
    expect(home.some((problem) => /event-handler attribute onclick= on <p>/.test(problem))).toBe(true);
  });

  it("links: the missing image is reported as a broken reference", () => {
    const { broken } = checkLinks(siteDir, FIXTURE_BASE_URL);
    expect(broken.some((line) => line.startsWith("/: /x.png — no file for /x.png"))).toBe(true);
  });

  it("HTML validity: vnu reports the image without alt", () => {
    requireJava();
    const { errors } = runVnu(siteDir);
    const messages = errors.map((error) => formatVnuMessage(siteDir, error));
    expect(messages.some((message) => /^index\.html:\d+: An “img” element must have an “alt” attribute/.test(message))).toBe(true);
  });
});
