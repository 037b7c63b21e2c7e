/**
 * The real clients the end-to-end suite needs — Chromium (through playwright-core) and Java (for the
 * Nu HTML Checker) — and what a page did wrong while it loaded: console errors, uncaught exceptions,
 * failed or erroring requests and Content Security Policy violations.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** Fails with one line when no Java runtime can be started. */
export function requireJava(): void {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) throw new Error("Java not found: install it with `apt-get install -y default-jre-headless`");
}

export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedRequests: string[];
  readonly cspViolations: string[];
}

/** Records the problems a page reports from now on; `ignoreStatusOf` lists URLs allowed an error status (the 404 page itself). */
export async function watchPage(page: Page, options: { ignoreStatusOf?: (url: string) => boolean } = {}): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [] };
  const ignored = options.ignoreStatusOf ?? (() => false);
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text)) problems.cspViolations.push(text);
    else if (message.type() === "error") {
      // Chromium logs the error status of the page's own document too; that one is expected on the 404 page.
      const location = message.location().url;
      if (/Failed to load resource/.test(text) && location && ignored(location)) return;
      problems.consoleErrors.push(`${text}${location ? ` (${location})` : ""}`);
    }
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.stack ?? error.message));
  page.on("requestfailed", (request) => problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? "failed"}`));
  page.on("response", (response) => {
    if (response.status() >= 400 && !ignored(response.url())) problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  await page.exposeBinding("__reportCspViolation", (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
    });
  });
  return problems;
}

export function describeProblems(problems: PageProblems): string[] {
  return [
    ...problems.consoleErrors.map((text) => `console error: ${text}`),
    ...problems.pageErrors.map((text) => `uncaught exception: ${text}`),
    ...problems.failedRequests.map((text) => `failed request: ${text}`),
    ...problems.cspViolations.map((text) => `CSP violation: ${text}`),
  ];
}

export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  return context.newPage();
}

/**
 * One Chromium for a test file and a new page, in a context of its own, for each test: registers
 * the hooks and returns the test's page. Hooks the file registers afterwards run after the page is
 * open and before it is closed.
 */
export function pagePerTest(): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await newPage(browser!);
  });
  afterEach(async () => {
    await page?.context().close();
    page = undefined;
  });
  return () => {
    if (!page) throw new Error("there is a page only while a test runs");
    return page;
  };
}
