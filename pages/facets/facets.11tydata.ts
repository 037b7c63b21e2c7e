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
};
