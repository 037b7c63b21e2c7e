/**
 * The browse pages in this folder paginate over collections built by lib/eleventy/facets-plugin.ts,
 * always under the alias `entry`. Their title, description, feeds (advertised in <head> by base.njk)
 * and last-modified date (for the sitemap) come from that entry, computed in TypeScript so that
 * nothing is escaped twice.
 */
interface EntryData extends Record<string, unknown> {
  readonly entry?: { readonly title?: string; readonly description?: string; readonly feeds?: readonly unknown[]; readonly lastModified?: string };
}

export default {
  eleventyComputed: {
    title: (data: EntryData) => data.entry?.title,
    description: (data: EntryData) => data.entry?.description,
    feeds: (data: EntryData) => data.entry?.feeds ?? [],
    lastModified: (data: EntryData) => data.entry?.lastModified,
  },
};
