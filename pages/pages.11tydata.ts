/**
 * Every page in this folder is laid out by base.njk. Interface pages (home, archive, search…) are
 * built once per language: they paginate over `languages` under the alias `lang`, name their
 * address without the language prefix in `interfacePath`, and their title and description by
 * message key. (The browse pages are not Eleventy pages: lib/eleventy/facets-plugin.ts renders them
 * from layouts/facet-index.njk and facet-page.njk, whose head is their `entry.head`.)
 * Everything the layout's head needs is one `pageHead` object (lib/outputs/page-head.ts).
 */
import { DEFAULT_LANGUAGE, isLanguageCode } from "../lib/languages/languages.ts";
import { translate, type MessageKey } from "../lib/languages/messages.ts";
import { interfacePageHead, type PageHead } from "../lib/outputs/page-head.ts";

interface PageData extends Record<string, unknown> {
  readonly lang?: { readonly code: string };
  readonly interfacePath?: string;
  readonly titleKey?: MessageKey;
  readonly descriptionKey?: MessageKey;
  readonly title?: string;
  readonly description?: string;
}

function pageHead(data: PageData): PageHead {
  const language = isLanguageCode(data.lang?.code) ? data.lang.code : DEFAULT_LANGUAGE;
  return interfacePageHead(language, {
    path: data.interfacePath ?? "/",
    title: data.titleKey ? translate(language, data.titleKey) : data.title,
    description: data.descriptionKey ? translate(language, data.descriptionKey) : data.description,
  });
}

export default {
  layout: "base.njk",
  eleventyComputed: { pageHead },
};
