/**
 * The data page's title and description, from the same words as its text (the `openDataIn` data
 * that lib/eleventy/data-plugin.ts provides), rather than repeated in its front matter.
 */
interface DataPageData {
  readonly lang?: { readonly code: string };
  readonly openDataIn?: Readonly<Record<string, { readonly title: string; readonly description: string }>>;
}

const pageOf = (data: DataPageData) => data.openDataIn?.[data.lang?.code ?? "en"];

export default {
  eleventyComputed: {
    title: (data: DataPageData) => pageOf(data)?.title,
    description: (data: DataPageData) => pageOf(data)?.description,
  },
};
