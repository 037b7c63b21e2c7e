/**
 * The data page's title and description, from the same words as its text (the `openData` data
 * that lib/eleventy/data-plugin.ts provides), rather than repeated in its front matter.
 */
interface DataPageData {
  readonly openData?: { readonly title: string; readonly description: string };
}

export default {
  eleventyComputed: {
    title: (data: DataPageData) => data.openData?.title,
    description: (data: DataPageData) => data.openData?.description,
  },
};
