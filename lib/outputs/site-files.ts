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

/** Writes each file under the output folder at its address; returns how many it wrote. */
export function writeSiteFiles(outputDirectory: string, files: readonly SiteFile[]): number {
  const folders = new Set<string>();
  for (const file of files) {
    const target = path.join(outputDirectory, ...file.url.split("/").filter(Boolean));
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, file.text);
  }
  return files.length;
}
