/**
 * The names of the search index's filters, sort and metadata: the note layout writes them into
 * `data-pagefind-*` attributes, the browse pages link to `/search/?<filter>=…`, and the search page
 * hands them to assets/search.js through a data attribute. One spelling, here.
 */
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

export const SEARCH_META = { title: "title", summary: "summary", dateVenue: "date_venue" } as const;
