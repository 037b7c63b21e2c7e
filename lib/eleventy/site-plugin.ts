/**
 * Site-wide data and the filters templates use to place it. Every filter is a plain function
 * from lib/, so tests call them directly.
 */
import type { UserConfig } from "@11ty/eleventy";
import { addSharedGlobalData, deepFreeze } from "./shared-global-data.ts";
import { formatDate } from "../languages/date-format.ts";
import { DEFAULT_LANGUAGE, isLanguageCode } from "../languages/languages.ts";
import { buildDate, buildDateIso, isPreview } from "../note/publication.ts";
import { formatLongDate, requireCalendarDate } from "../note/calendar-date.ts";
import { absoluteUrl, isoDateToInstant, isoDateToRfc3339, isoDateToRfc822 } from "../outputs/feeds/feed-dates.ts";
import { pageChromes } from "../outputs/page-chrome.ts";
import type { SiteSettings } from "../../site.config.ts";

/** The site-wide data the layouts read: the settings, and the header's and footer's words and links in each language. */
export interface LayoutGlobals {
  readonly site: SiteSettings;
  readonly chromeIn: ReturnType<typeof pageChromes>;
}

const layoutGlobalsMemo = new WeakMap<SiteSettings, LayoutGlobals>();

/** One frozen object per settings: Eleventy's pages get it as global data, pages made outside Eleventy (layout-pages.ts) as their context. */
export function layoutGlobals(settings: SiteSettings): LayoutGlobals {
  let globals = layoutGlobalsMemo.get(settings);
  if (!globals) {
    globals = deepFreeze({ site: settings, chromeIn: pageChromes(settings.contact.email) });
    layoutGlobalsMemo.set(settings, globals);
  }
  return globals;
}

export default function sitePlugin(config: UserConfig, settings: SiteSettings): void {
  const { site, chromeIn } = layoutGlobals(settings);
  addSharedGlobalData(config, "site", site);
  addSharedGlobalData(config, "chromeIn", chromeIn);
  addSharedGlobalData(config, "build", { date: buildDateIso(), dateLabel: formatLongDate(buildDate()), preview: isPreview() });
  config.addFilter("toAbsoluteUrl", (pathOrUrl: string) => absoluteUrl(pathOrUrl, settings.baseUrl));
  config.addFilter("isoDateToInstant", isoDateToInstant);
  config.addFilter("isoDateToRfc822", isoDateToRfc822);
  config.addFilter("isoDateToRfc3339", isoDateToRfc3339);
  config.addFilter("longDate", (isoDate: string, language: string = DEFAULT_LANGUAGE) => formatDate(requireCalendarDate(isoDate), isLanguageCode(language) ? language : DEFAULT_LANGUAGE));
  config.addFilter("head", (items: readonly unknown[], count: number) => items.slice(0, count));
  config.addFilter("json", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"));
}
