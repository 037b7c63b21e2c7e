/**
 * The interface in the six UN languages: every interface page is built once per language (its
 * templates paginate over the `languages` data under the alias `lang`), and templates translate
 * their strings with the `t` filter: `{{ "home.latest" | t(pageLanguage) }}`, or with values
 * `{{ "notes.intro" | t(pageLanguage, { count: n }) }}`.
 */
import type { UserConfig } from "@11ty/eleventy";
import { addSharedGlobalData } from "./shared-global-data.ts";
import { LANGUAGES, isLanguageCode, localizedPath, type LanguageCode } from "../languages/languages.ts";
import { translate, type MessageKey, type MessageParams } from "../languages/messages.ts";
import { messageWithMarkup, type MessagePart } from "../outputs/page-languages.ts";
import { alternateLinksHtml, languageSwitcherItemsHtml } from "../outputs/language-links.ts";
import type { SiteSettings } from "../../site.config.ts";

function languageCode(value: unknown): LanguageCode {
  if (isLanguageCode(value)) return value;
  throw new Error(`"${String(value)}" is not one of the site's languages`);
}

export default function languagesPlugin(config: UserConfig, settings: SiteSettings): void {
  addSharedGlobalData(
    config,
    "languages",
    LANGUAGES.map((language) => ({ code: language.code, tag: language.tag, dir: language.direction, prefix: language.urlPrefix, endonym: language.endonym })),
  );
  config.addFilter("t", (key: MessageKey, language: string, params?: MessageParams) => translate(languageCode(language), key, params ?? {}));
  config.addFilter("localized", (path: string, language: string) => localizedPath(path, languageCode(language)));
  config.addFilter("linksOf", (entries: readonly { name: string; url: string }[]) => entries.map((entry) => ({ text: entry.name, href: entry.url })));
  config.addFilter("alternateLinks", (alternates: Parameters<typeof alternateLinksHtml>[0]) => alternateLinksHtml(alternates ?? [], settings.baseUrl));
  config.addFilter("languageSwitcherItems", languageSwitcherItemsHtml);
  // A sentence with links or emphasis inside it: `{{ "search.noScript" | tMarkup(ui, { archive: { text: …, href: … } }) | safe }}`.
  config.addFilter("tMarkup", (key: MessageKey, language: string, parts: Readonly<Record<string, MessagePart>>, params?: MessageParams) =>
    messageWithMarkup((tokens) => translate(languageCode(language), key, { ...(params ?? {}), ...tokens }), parts),
  );
}
