/**
 * Layout at the narrowest supported width (320 px, WCAG reflow): nothing scrolls sideways on any
 * kind of page. Screenshots of a note page at phone and desktop widths are kept as artifacts under
 * test-results/screenshots/.
 */
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, newPage } from "./support/browser.ts";
import { REPO_ROOT } from "./support/fixture-site.ts";
import { e2ePages, visit } from "./support/visit.ts";

const SCREENSHOTS = path.join(REPO_ROOT, "test-results", "screenshots");
// The fixture note with the most parts: participants, related documents, links between notes.
const NOTE_PAGE = "/notes/2021/almaty-regional-conference/";

describe("layout", () => {
  const origin = inject("siteOrigin");
  const pages = e2ePages(inject("siteDir"));
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const sitePage of pages) {
    it(`${sitePage.url} (${sitePage.kind}) fits 320 px without sideways scrolling`, async () => {
      const page = await newPage(browser, { viewport: { width: 320, height: 640 } });
      try {
        await visit(page, origin, sitePage);
        const { scrollWidth, bodyHeight } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, bodyHeight: document.body.scrollHeight }));
        expect(bodyHeight, "the page rendered content").toBeGreaterThan(200);
        if (scrollWidth > 320) {
          const wide = await page.evaluate(() =>
            Array.from(document.querySelectorAll<HTMLElement>("body *"))
              .filter((element) => element.getBoundingClientRect().right > 320.5)
              .slice(0, 5)
              .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ").join(".")}` : ""} (right edge ${Math.round(element.getBoundingClientRect().right)}px)`),
          );
          console.error(`${sitePage.url} is ${scrollWidth}px wide at 320px; widest elements: ${wide.join(", ")}`);
        }
        expect(scrollWidth).toBeLessThanOrEqual(320);
      } finally {
        await page.context().close();
      }
    });
  }

  for (const width of [375, 1280]) {
    it(`saves a screenshot of a note page at ${width} px`, async () => {
      const page = await newPage(browser, { viewport: { width, height: 900 } });
      try {
        await visit(page, origin, { kind: "note", url: NOTE_PAGE, status: 200 });
        mkdirSync(SCREENSHOTS, { recursive: true });
        const file = path.join(SCREENSHOTS, `note-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(10_000);
      } finally {
        await page.context().close();
      }
    });
  }
});
