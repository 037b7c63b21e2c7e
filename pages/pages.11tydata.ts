/**
 * Every page in this folder is laid out by base.njk. Interface pages (home, archive, search…) are
 * built once per language: they paginate over `languages` under the alias `lang`, name their
 * address without the language prefix in `interfacePath`, and their title and description by
 * message key. Browse pages take their language from their `entry` (see pages/facets/).
 */
import { DEFAULT_LANGUAGE, isLanguageCode, languageOf, type LanguageCode } from "../lib/languages/languages.ts";
import { translate, type MessageKey } from "../lib/languages/messages.ts";
import { interfaceAlternates, interfaceVersions, type PageVersion } from "../lib/outputs/page-languages.ts";

interface PageData extends Record<string, unknown> {
  readonly lang?: { readonly code: string };
  readonly entry?: { readonly language?: string; readonly versions?: readonly PageVersion[] };
  readonly interfacePath?: string;
  readonly titleKey?: MessageKey;
  readonly descriptionKey?: MessageKey;
  readonly title?: string;
  readonly description?: string;
}

const OPEN_GRAPH_LOCALES: Record<LanguageCode, string> = { en: "en_GB", ar: "ar_AR", es: "es_ES", fr: "fr_FR", ru: "ru_RU", zh: "zh_CN" };

function pageLang(data: PageData): LanguageCode {
  const code = data.lang?.code ?? data.entry?.language;
  return isLanguageCode(code) ? code : DEFAULT_LANGUAGE;
}

export default {
  layout: "base.njk",
  eleventyComputed: {
    pageLang,
    pageLanguage: (data: PageData) => languageOf(pageLang(data)).tag,
    pageDirection: (data: PageData) => languageOf(pageLang(data)).direction,
    ogLocale: (data: PageData) => OPEN_GRAPH_LOCALES[pageLang(data)],
    title: (data: PageData) => (data.titleKey ? translate(pageLang(data), data.titleKey) : data.title),
    description: (data: PageData) => (data.descriptionKey ? translate(pageLang(data), data.descriptionKey) : data.description),
    alternates: (data: PageData) => (data.interfacePath ? interfaceAlternates(data.interfacePath) : (data.entry?.versions ?? []).map(({ hreflang, url }) => ({ hreflang, url }))),
    languageVersions: (data: PageData) => (data.interfacePath ? interfaceVersions(data.interfacePath) : (data.entry?.versions ?? [])),
  },
};
