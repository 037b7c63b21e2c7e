/**
 * Driving the search page's Pagefind UI through what a reader sees: the search box, the result
 * links and the filter checkboxes, found by their Pagefind class names and label texts only.
 */
import type { Page } from "playwright-core";

export const SEARCH_INPUT = ".pagefind-ui__search-input";
export const RESULT_LINK = ".pagefind-ui__result-link";

export interface SearchState {
  readonly message: string;
  /** Result link paths, in the order shown */
  readonly results: string[];
  readonly titles: string[];
}

async function readState(page: Page): Promise<SearchState & { loading: number }> {
  return page.evaluate(
    ([resultSelector]) => {
      const links = Array.from(document.querySelectorAll<HTMLAnchorElement>(resultSelector!));
      return {
        message: document.querySelector(".pagefind-ui__message")?.textContent?.trim() ?? "",
        results: links.map((link) => new URL(link.href).pathname),
        titles: links.map((link) => link.textContent?.trim() ?? ""),
        loading: document.querySelectorAll(".pagefind-ui__loading, .pagefind-ui__result-title.pagefind-ui__loading").length,
      };
    },
    [RESULT_LINK],
  );
}

/** Waits until the UI has shown a message mentioning `term` and its results stopped changing, then loads every page of results. */
export async function settledResults(page: Page, term: string, timeoutMs = 20_000): Promise<SearchState> {
  const deadline = Date.now() + timeoutMs;
  let previous = "";
  let stableSince = Date.now();
  for (;;) {
    const state = await readState(page);
    const key = JSON.stringify(state);
    if (key !== previous) {
      previous = key;
      stableSince = Date.now();
    }
    const ready = state.loading === 0 && state.message.toLowerCase().includes(term.toLowerCase());
    if (ready && Date.now() - stableSince >= 700) {
      // "Load more results", in the page's language: the UI's only button of this class.
      const more = page.locator(".pagefind-ui__button");
      if (await more.isVisible()) {
        await more.click();
        previous = "";
        continue;
      }
      return { message: state.message, results: state.results, titles: state.titles };
    }
    if (Date.now() > deadline) throw new Error(`search for "${term}" did not settle within ${timeoutMs} ms; last state: ${key}`);
    await page.waitForTimeout(100);
  }
}

export async function openSearch(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/search/`);
  await page.locator(SEARCH_INPUT).waitFor({ state: "visible", timeout: 20_000 });
}

export async function searchFor(page: Page, term: string): Promise<SearchState> {
  await page.locator(SEARCH_INPUT).fill(term);
  return settledResults(page, term);
}

/** Ticks the filter value `value` under the filter named `filter` (year, country, type, organizer). */
/** Ticks a filter value; `filter` is the index's filter name (`type`), which the page shows by its label (`Type of event`). */
export async function tickFilter(page: Page, filter: string, value: string): Promise<void> {
  const block = page.locator(".pagefind-ui__filter-block", { has: page.locator(`.pagefind-ui__filter-name[data-filter="${filter}"]`) });
  await block.waitFor({ state: "attached", timeout: 10_000 });
  const isOpen = await block.evaluate((element) => (element as HTMLDetailsElement).open);
  if (!isOpen) await block.locator(".pagefind-ui__filter-name").click();
  const checkbox = block.getByRole("checkbox", { name: new RegExp(`^\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`) });
  await checkbox.check();
}
