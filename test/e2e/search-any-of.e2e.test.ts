/**
 * The search page's "any of" list (a repeated key in the address, such as
 * ?country=Afghanistan&country=Albania), in Chromium: it gives the full count, shows the first 20
 * matches, and loads 20 more each time "Show more results" is pressed, with the mouse or the
 * keyboard, moving the focus to the first new result.
 *
 * The shared fixture site has too few notes to fill one page, so this file builds its own site from
 * a generated corpus with a known number of notes per country, and serves it like the shared one.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium, newPage, watchPage, describeProblems, type PageProblems } from "./support/browser.ts";
import { buildFixtureRoot, REPO_ROOT } from "./support/fixture-site.ts";
import { startStaticServer, type RunningServer } from "./support/static-server.ts";
import { createFixtureProject } from "../support/build-fixture-site.ts";
import { generateCorpus } from "../support/fixture-notes.ts";

// Three countries in turn (AF, AL, DZ): 23 notes in Afghanistan and 22 in Albania, 45 in all,
// so the list takes three pages: 20, 20 and 5.
const CORPUS = generateCorpus({ count: 67, countries: 3, firstYear: 2000, years: 10, minWords: 30, maxWords: 60 });
const WANTED = new Set(["AF", "AL"]);
const EXPECTED = CORPUS.filter((note) => WANTED.has(String(note.frontMatter.country))).map(
  (note) => `/notes/${String(note.frontMatter.start_date).slice(0, 4)}/${path.basename(note.file, ".md")}/`,
);
const ADDRESS = "/search/?country=Afghanistan&country=Albania";
const CARD_LINK = ".search-any .note-card-title a";
const MORE = ".search-any button.search-any-more";

let root: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  root = createFixtureProject(CORPUS, "e2e-any-of-").root;
  const { siteDir } = buildFixtureRoot(root);
  server = await startStaticServer(siteDir, path.join(REPO_ROOT, "netlify.toml"));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root && !process.env.KEEP_E2E_SITE) rmSync(root, { recursive: true, force: true });
});
beforeEach(async () => {
  page = await newPage(browser);
  problems = await watchPage(page);
  await page.goto(`${server.origin}${ADDRESS}`);
});
afterEach(async () => {
  await page.context().close();
});

const shownLinks = () => page.$$eval(CARD_LINK, (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
const focusedLink = () => page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? new URL(document.activeElement.href).pathname : document.activeElement?.tagName ?? ""));

/** Waits for at least `count` result cards; the tests then check the exact number. */
async function waitForCards(count: number): Promise<void> {
  await page.waitForFunction(([selector, wanted]) => document.querySelectorAll(selector as string).length >= (wanted as number), [CARD_LINK, count] as const, { timeout: 20_000 });
}

describe("the any-of list on the search page", () => {
  it("counts every match and shows the first 20, with a button for more", async () => {
    expect(EXPECTED).toHaveLength(45);
    await page.locator(".search-any [role=status]", { hasText: /notes with/ }).waitFor({ timeout: 20_000 });
    expect(await page.locator(".search-any [role=status]").textContent()).toBe("45 notes with Country: Afghanistan or Albania.");
    await waitForCards(20);
    // Give any further (unpaged) loading time to show before counting.
    await page.waitForTimeout(500);
    expect(await shownLinks()).toHaveLength(20);
    expect(await page.locator(MORE).textContent()).toBe("Show more results");
    expect(await page.locator(".search-any-progress").textContent()).toBe("Showing 20 of 45.");
    expect(describeProblems(problems)).toEqual([]);
  });

  it("loads 20 more on request, then the rest, each note once, and moves the focus to the first new one", async () => {
    await waitForCards(20);
    const first = await shownLinks();
    expect(first).toHaveLength(20);
    await page.locator(MORE).click();
    await waitForCards(40);
    const second = await shownLinks();
    expect(second).toHaveLength(40);
    expect(second.slice(0, 20)).toEqual(first);
    expect(await focusedLink()).toBe(second[20]);
    expect(await page.locator(".search-any-progress").textContent()).toBe("Showing 40 of 45.");

    // With the keyboard: Tab from the focused result reaches the button; Enter loads the last five.
    let presses = 0;
    while (!(await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, MORE))) {
      if (++presses > 60) throw new Error("60 presses of Tab never reached the Show more results button");
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await waitForCards(45);
    const all = await shownLinks();
    expect(await focusedLink()).toBe(all[40]);
    expect(await page.locator(MORE).count()).toBe(0);
    expect([...all].sort()).toEqual([...EXPECTED].sort());
    expect(new Set(all).size).toBe(45);
    expect(describeProblems(problems)).toEqual([]);
  });
});
