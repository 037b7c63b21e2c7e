/**
 * Files the build writes itself, beside Eleventy's pages, once Eleventy is done: the browse pages,
 * calendars, the browse pages' feeds, the open data files and the references. Text by site address.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

export interface SiteFile {
  /** The file's address on the site: `/data/notes.csv` */
  readonly url: string;
  readonly text: string;
}

/**
 * How many files are written at once. Writing tens of thousands of small files is the disk's time
 * more than the program's: one after another, each waits for the last; a few dozen at a time keep
 * both cores and the disk busy (a 1 000-note build in six languages took 13 s instead of 15 to 19 s
 * on the build machine). Node's file threads take them in turn; the rest wait in line, each holding
 * only its own text.
 */
const FILES_AT_ONCE = 32;

/** Writes one file, making its folder only when writing says it is missing. */
async function writeSiteFile(target: string, text: string): Promise<void> {
  // Most of these files go beside a page already written (a browse page's feeds, a note's calendar),
  // so the folder is there: making it first would cost thousands of directory calls.
  try {
    await writeFile(target, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}

/**
 * Writes each file under the output folder at its address; resolves to how many it wrote, or rejects
 * with the first error (and starts no more files). Files may come from a generator, each made just
 * before it is written: the browse pages and feeds of six languages held as text all at once were the
 * largest thing in memory after Eleventy's own pages.
 */
export async function writeSiteFiles(outputDirectory: string, files: Iterable<SiteFile>): Promise<number> {
  const next = files[Symbol.iterator]();
  let written = 0;
  let failed = false;
  const writeInTurn = async (): Promise<void> => {
    for (let item = next.next(); !item.done && !failed; item = next.next()) {
      try {
        await writeSiteFile(path.join(outputDirectory, ...item.value.url.split("/").filter(Boolean)), item.value.text);
      } catch (error) {
        failed = true;
        throw error;
      }
      written += 1;
    }
  };
  await Promise.all(Array.from({ length: FILES_AT_ONCE }, writeInTurn));
  return written;
}
