/**
 * A page's links to its other-language versions, as HTML: the `hreflang` alternates of its head and
 * the items of its header's language switcher. Made here rather than by template loops because every
 * browse page in six languages has a dozen of them, and the loops cost more than the rest of the
 * layout; the alternates are the same for every version of a page and are made once for all of them.
 * Every text is escaped as the templates escape it.
 */
import { absoluteUrl } from "./feeds/feed-dates.ts";
import type { PageVersion } from "./page-languages.ts";
import { escapeText as e } from "./xml.ts";

export interface Alternate {
  /** BCP 47 tag, or `x-default` */
  readonly hreflang: string;
  readonly url: string;
}

const alternatesHtml = new WeakMap<readonly Alternate[], string>();

/** `<link rel="alternate" hreflang href>` for each alternate, each on a line of its own, addresses made absolute. */
export function alternateLinksHtml(alternates: readonly Alternate[], baseUrl: string): string {
  let html = alternatesHtml.get(alternates);
  if (html === undefined) {
    html = alternates.map((alternate) => `\n<link rel="alternate" hreflang="${e(alternate.hreflang)}" href="${e(absoluteUrl(alternate.url, baseUrl))}">`).join("");
    alternatesHtml.set(alternates, html);
  }
  return html;
}

/** The switcher's `<li>` items, each version named in its own language and script, the page's own (`current`) marked as the current page. */
export function languageSwitcherItemsHtml(versions: readonly PageVersion[], current: string): string {
  return versions
    .map(
      (version) =>
        `\n        <li><a href="${e(version.url)}" lang="${e(version.hreflang)}" hreflang="${e(version.hreflang)}" dir="${e(version.dir)}"${version.code === current ? ' aria-current="page"' : ""}>${e(version.endonym)}</a></li>`,
    )
    .join("");
}
