/**
 * Which pages go in /sitemap.xml and with what last-modified date: every published HTML page,
 * never feeds, calendars, redirects or pages marked `noindex`.
 */
export interface SitemapCandidate {
  readonly url: string | false | undefined;
  readonly lastModified?: string | undefined;
  readonly noindex?: boolean | undefined;
}

export interface SitemapEntry {
  /** Absolute address */
  readonly loc: string;
  /** `YYYY-MM-DD` */
  readonly lastmod: string;
}

export function sitemapEntries(pages: readonly SitemapCandidate[], baseUrl: string, buildDate: string): SitemapEntry[] {
  const seen = new Map<string, SitemapEntry>();
  for (const page of pages) {
    if (!page.url || page.noindex || !(page.url.endsWith("/") || page.url.endsWith(".html"))) continue;
    const loc = new URL(page.url, `${baseUrl}/`).href;
    if (!seen.has(loc)) seen.set(loc, { loc, lastmod: page.lastModified && /^\d{4}-\d{2}-\d{2}$/.test(page.lastModified) ? page.lastModified : buildDate });
  }
  return [...seen.values()].sort((a, b) => a.loc.localeCompare(b.loc));
}
