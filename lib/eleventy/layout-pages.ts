/**
 * Pages made from a layout alone, outside Eleventy's page pipeline: the browse pages, thousands in
 * six languages, each a layout filled from one entry made in TypeScript.
 *
 * As paginated Eleventy templates they cost far more than their rendering: a data cascade, a page
 * object and an output record per page, every page's HTML kept until the build ends, and a folder
 * check and a write each. Rendered here, with the Nunjucks environment Eleventy renders with (the
 * same layouts and filters), they are the same bytes, each written as soon as it is made.
 */
import type { UserConfig } from "@11ty/eleventy";
import type { SiteFile } from "../outputs/site-files.ts";

/** The part of a Nunjucks environment used here (the package ships no types). */
interface NunjucksEnvironment {
  getTemplate(name: string, eagerCompile?: boolean): { render(context: object): string };
}

/** A page to make from a layout: the layout reads it as `entry`. */
export interface LayoutPageEntry {
  readonly url: string;
}

/** Renders layouts for pages that Eleventy does not build itself. */
export interface LayoutPages {
  /**
   * The pages as files, each rendered just before it is written. `globals` is the site-wide data
   * the layouts read (Eleventy gives it to its own pages).
   */
  files(layout: string, entries: Iterable<LayoutPageEntry>, globals: object): Generator<SiteFile>;
}

/** The file of a page's address: `/fr/countries/tajikistan/` → `/fr/countries/tajikistan/index.html`. */
export function pageFileUrl(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}

/** Keeps hold of the Nunjucks environment Eleventy makes for this configuration. */
export function layoutPages(config: UserConfig): LayoutPages {
  let environment: NunjucksEnvironment | undefined;
  // Called with each environment Eleventy makes (a new one per build in watch mode), before its
  // filters are added to it: they are there by the time pages are rendered.
  config.amendLibrary("njk", (library: NunjucksEnvironment) => {
    environment = library;
  });
  return {
    *files(layout, entries, globals) {
      if (!environment) throw new Error(`Eleventy made no Nunjucks environment to render ${layout} with`);
      // The environment keeps the compiled layout (and clears it when the file is saved in the preview).
      const template = environment.getTemplate(layout, true);
      for (const entry of entries) yield { url: pageFileUrl(entry.url), text: template.render({ ...globals, entry, page: { url: entry.url } }) };
    },
  };
}
