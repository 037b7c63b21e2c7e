/**
 * Every kind of page of the built site loads in Chromium, served with netlify.toml's headers (and so
 * its Content Security Policy), without console errors, uncaught exceptions, failed requests or CSP
 * violations. Kinds are discovered from the build, so pages added later are checked automatically;
 * every page the sitemap lists is loaded too.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeProblems, launchChromium, newPage, watchPage } from "./support/browser.ts";
import { MISSING_URL } from "./support/site-pages.ts";
import { e2ePages, visit } from "./support/visit.ts";

describe("every kind of page loads cleanly", () => {
  const origin = inject("siteOrigin");
  const siteDir = inject("siteDir");
  const pages = e2ePages(siteDir, { sitemap: true });
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("covers the home page, the archive, note pages, search, subscribe and the 404 page", () => {
    const urls = pages.map((page) => page.url);
    expect(urls).toEqual(expect.arrayContaining(["/", "/notes/", "/search/", "/subscribe/", MISSING_URL]));
    expect(urls.filter((url) => /^\/notes\/\d{4}\/[a-z0-9-]+\/$/.test(url)).length).toBeGreaterThanOrEqual(6);
  });

  for (const sitePage of pages) {
    it(`${sitePage.url} (${sitePage.kind}): status ${sitePage.status}, no console errors, failed requests or CSP violations`, async () => {
      const page = await newPage(browser);
      try {
        const problems = await watchPage(page, { ignoreStatusOf: (url) => sitePage.status !== 200 && new URL(url).pathname === sitePage.url });
        const response = await visit(page, origin, sitePage);
        expect(response.status()).toBe(sitePage.status);
        expect(response.headers()["content-security-policy"], "served with the CSP of netlify.toml").toMatch(/default-src 'self'/);
        expect((await page.locator("main#main").textContent())?.trim().length ?? 0).toBeGreaterThan(20);
        if (sitePage.status === 404) await expect(page.locator("h1").textContent()).resolves.toBe("Page not found");
        expect(describeProblems(problems)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }
});
