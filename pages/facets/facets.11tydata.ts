/**
 * The browse pages in this folder paginate over collections built by lib/eleventy/facets-plugin.ts,
 * always under the alias `entry`. Their address, title, description, feeds (advertised in <head> by
 * base.njk) and last-modified date (for the sitemap) come from that entry, computed in TypeScript so
 * that nothing is escaped twice.
 */
interface EntryData extends Record<string, unknown> {
  readonly entry?: { readonly url?: string; readonly title?: string; readonly description?: string; readonly feeds?: readonly unknown[]; readonly lastModified?: string };
}

export default {
  // A function, not a "{{ entry.url }}" string: Eleventy compiles a string permalink again for every page.
  permalink: (data: EntryData) => data.entry?.url,
  eleventyComputed: {
    title: (data: EntryData) => data.entry?.title,
    description: (data: EntryData) => data.entry?.description,
    feeds: (data: EntryData) => data.entry?.feeds ?? [],
    lastModified: (data: EntryData) => data.entry?.lastModified,
  },
};
