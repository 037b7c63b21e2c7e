/**
 * Which pages go in /sitemap.xml and with what last-modified date: every published HTML page, every
 * language version of a note included, never feeds, calendars, redirects or pages marked `noindex`.
 * A page with versions in other languages lists them all as `xhtml:link` alternates (itself and the
 * `x-default` included), as search engines ask, so each version is found in its own language.
 */
export interface SitemapAlternate {
  /** BCP 47 tag, or `x-default` */
  readonly hreflang: string;
  /** Site path or absolute address */
  readonly url: string;
}

export interface SitemapCandidate {
  readonly url: string | false | undefined;
  readonly lastModified?: string | undefined;
  readonly noindex?: boolean | undefined;
  readonly alternates?: readonly SitemapAlternate[] | undefined;
}

export interface SitemapEntry {
  /** Absolute address */
  readonly loc: string;
  /** `YYYY-MM-DD` */
  readonly lastmod: string;
  /** Absolute addresses of the page's language versions; empty when it has none */
  readonly alternates: readonly SitemapAlternate[];
}

export function sitemapEntries(pages: readonly SitemapCandidate[], baseUrl: string, buildDate: string): SitemapEntry[] {
  const seen = new Map<string, SitemapEntry>();
  for (const page of pages) {
    if (!page.url || page.noindex || !(page.url.endsWith("/") || page.url.endsWith(".html"))) continue;
    const loc = new URL(page.url, `${baseUrl}/`).href;
    const alternates = (page.alternates ?? []).map((alternate) => ({ hreflang: alternate.hreflang, url: new URL(alternate.url, `${baseUrl}/`).href }));
    if (!seen.has(loc)) seen.set(loc, { loc, lastmod: page.lastModified && /^\d{4}-\d{2}-\d{2}$/.test(page.lastModified) ? page.lastModified : buildDate, alternates });
  }
  return [...seen.values()].sort((a, b) => a.loc.localeCompare(b.loc));
}
