/**
 * The archive page (`/notes/`) by year of the event: each year's newest notes, and for a year with
 * more, a link to that year's browse page, which lists them all, page by page. Listing every note
 * made the archive 4.6 MB of HTML at 10 000 notes (800 KB gzipped, Lighthouse mobile performance 64);
 * with at most a browse page's worth per year it stays the size of a small archive's.
 */
import { facetUrl } from "../note/browse-index.ts";
import { PAGE_SIZE } from "./facet-pages.ts";

/** As many as one page of a browse page lists. */
export const ARCHIVE_NOTES_PER_YEAR = PAGE_SIZE;

export interface ArchiveYear<T> {
  readonly year: number;
  /** The year's newest notes, at most `ARCHIVE_NOTES_PER_YEAR` */
  readonly notes: readonly T[];
  /** How many notes the year has in all */
  readonly total: number;
  /** The year's browse page, before the language's prefix: `/years/2016/` */
  readonly yearUrl: string;
}

/** The archive's years from the notes grouped by event year (newest year and note first). */
export function archiveYears<T>(groups: readonly { readonly year: number; readonly notes: readonly T[] }[], perYear = ARCHIVE_NOTES_PER_YEAR): ArchiveYear<T>[] {
  return groups.map(({ year, notes }) => ({ year, notes: notes.slice(0, perYear), total: notes.length, yearUrl: facetUrl("years", String(year)) }));
}
