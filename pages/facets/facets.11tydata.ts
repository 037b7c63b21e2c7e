/**
 * The browse pages in this folder paginate over collections built by lib/eleventy/facets-plugin.ts,
 * always under the alias `entry`, which holds everything they show: their address, title,
 * description, feeds and language versions (see pages/pages.11tydata.ts), all made in TypeScript.
 */
interface EntryData extends Record<string, unknown> {
  readonly entry?: { readonly url?: string };
}

export default {
  // A function, not a "{{ entry.url }}" string: Eleventy compiles a string permalink again for every page.
  permalink: (data: EntryData) => data.entry?.url,
  // Nothing to compute: the layout takes the page's head from its entry (`entry.head`), made in
  // TypeScript. Without computed data Eleventy skips its per-page dependency tracing, which cost it
  // more than anything else it did for each of the thousands of browse pages. The `override:` prefix
  // replaces the folder's `eleventyComputed` (pages.11tydata.ts) instead of merging into it.
  "override:eleventyComputed": false,
};
