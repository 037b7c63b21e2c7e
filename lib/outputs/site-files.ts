/**
 * Files the build writes itself, beside Eleventy's pages, once Eleventy is done: calendars, the
 * browse pages' feeds, the open data files and the references. Text by site address.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface SiteFile {
  /** The file's address on the site: `/data/notes.csv` */
  readonly url: string;
  readonly text: string;
}

/**
 * Writes each file under the output folder at its address; returns how many it wrote. Files may
 * come from a generator, each made just before it is written: the browse feeds and calendars of six
 * languages held as text all at once were the largest thing in memory after the pages themselves.
 */
export function writeSiteFiles(outputDirectory: string, files: Iterable<SiteFile>): number {
  const folders = new Set<string>();
  let written = 0;
  for (const file of files) {
    const target = path.join(outputDirectory, ...file.url.split("/").filter(Boolean));
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, file.text);
    written += 1;
  }
  return written;
}
