/**
 * The names of the search index's filters, sort and metadata: the note layout writes them into
 * `data-pagefind-*` attributes, the browse pages link to `/search/?<filter>=…`, and the search page
 * hands them to assets/search.js through a data attribute. One spelling, here.
 */
import { languageOf, type LanguageCode } from "../languages/languages.ts";
import { flattenMessages, loadMessages } from "../languages/messages.ts";

export const SEARCH_FILTERS = {
  country: "country",
  region: "region",
  organizer: "organizer",
  type: "type",
  year: "year",
  topic: "topic",
} as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[keyof typeof SEARCH_FILTERS];

/** In the order the search page offers them. */
export const SEARCH_FILTER_ORDER: readonly SearchFilter[] = Object.values(SEARCH_FILTERS);

export const SEARCH_SORTS = { date: "date" } as const;

/** The search page's address in English (pages/search.njk); other languages' are under their prefix. */
export const SEARCH_PAGE_PATH = "/search/";

export const SEARCH_META = { title: "title", summary: "summary", dateVenue: "date_venue" } as const;

/**
 * What the search page's script says, in one language: its sentences as written in the message
 * files, with their `{placeholders}` for the script to fill, and plural forms by category.
 */
export function searchPageStrings(language: LanguageCode): Record<string, unknown> {
  const messages = flattenMessages(loadMessages(language));
  const message = (key: string) => messages.get(key);
  const texts = ["placeholder", "inputLabel", "chosenFilters", "matchingAddress", "searching", "resultCount", "forTerm", "withFilters", "filterValues", "or", "loadFailed", "showMore", "showing", "showingAll", "moreFailed"];
  return {
    locale: languageOf(language).intlLocale,
    ...Object.fromEntries(texts.map((key) => [key, message(`search.${key}`)])),
    filters: Object.fromEntries(SEARCH_FILTER_ORDER.map((filter) => [filter, message(`search.filters.${filter}`)])),
  };
}
