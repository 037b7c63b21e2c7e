/**
 * WCAG 2.2 AA checks with axe-core on every kind of page, in the light and the dark colour scheme,
 * plus what axe cannot see: a skip link that comes first, targets #main and shows a focus ring.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { isLanguageCode } from "../../lib/languages/languages.ts";
import { translate } from "../../lib/languages/messages.ts";
import { axeViolations } from "./support/axe.ts";
import { launchChromium, newPage } from "./support/browser.ts";
import { e2ePages, visit } from "./support/visit.ts";

describe("accessibility", () => {
  const origin = inject("siteOrigin");
  const pages = e2ePages(inject("siteDir"));
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const sitePage of pages) {
      it(`axe finds no WCAG 2.2 AA violation on ${sitePage.url} (${sitePage.kind}), ${colorScheme} scheme`, async () => {
        const page = await newPage(browser, { colorScheme });
        try {
          await visit(page, origin, sitePage);
          expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
          const violations = await axeViolations(page);
          if (violations.length > 0) console.error(`${sitePage.url} (${colorScheme}):\n${violations.join("\n")}`);
          expect(violations).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  }

  for (const sitePage of pages) {
    it(`${sitePage.url}: the first Tab focuses a visible skip link to #main, with a focus ring`, async () => {
      const page = await newPage(browser);
      try {
        // A fresh load, nothing focused yet: the first Tab must land on the skip link.
        await page.goto(`${origin}${sitePage.url}`, { waitUntil: "load" });
        await page.waitForLoadState("networkidle");
        expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return {
            tag: element.tagName,
            href: element.getAttribute("href"),
            text: element.textContent?.trim() ?? "",
            outlineWidth: parseFloat(style.outlineWidth) || 0,
            outlineStyle: style.outlineStyle,
            boxShadow: style.boxShadow,
            visible: box.width > 1 && box.height > 1 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
          };
        });
        expect(focused.tag).toBe("A");
        expect(focused.href).toBe("#main");
        // In the page's language: /fr/… says "Aller au contenu principal".
        const prefix = sitePage.url.split("/")[1] ?? "";
        expect(focused.text).toBe(translate(isLanguageCode(prefix) ? prefix : "en", "site.skipLink"));
        expect(focused.visible, "the focused skip link is on screen").toBe(true);
        const ring = (focused.outlineWidth > 0 && focused.outlineStyle !== "none") || (focused.boxShadow !== "none" && focused.boxShadow !== "");
        expect(ring, `focus ring: outline ${focused.outlineWidth}px ${focused.outlineStyle}, box-shadow ${focused.boxShadow}`).toBe(true);
        expect(await page.locator("#main").count()).toBe(1);
        await page.keyboard.press("Enter");
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
      } finally {
        await page.context().close();
      }
    });
  }
});
