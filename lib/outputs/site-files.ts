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
  let written = 0;
  for (const file of files) {
    const target = path.join(outputDirectory, ...file.url.split("/").filter(Boolean));
    // Most of these files go beside a page Eleventy has written (a browse page's feeds, a note's
    // calendar), so the folder is there: a folder is only made when writing says it is missing,
    // which saves thousands of directory calls that the disk makes slow.
    try {
      writeFileSync(target, file.text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.text);
    }
    written += 1;
  }
  return written;
}
