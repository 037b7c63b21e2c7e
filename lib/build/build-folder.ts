/**
 * The folder a build writes the site into before it is swapped in as `_site/`.
 *
 * A rebuild writes over the site that the previous build replaced, instead of into a new folder
 * while deleting the old one. Linux's ext4 does not hand out an inode freed in the last minutes
 * (`recently_deleted` in its inode allocator): it steps over each one, so creating a site's files
 * while, or just after, deleting a site of as many files costs kernel time that grows with both. A
 * CPU profile of the kernel (`perf`) during a 10 000-note rebuild, which deleted the 77 000 files
 * of the site before the last, had that scan as its largest cost; the build's system time was 47 to
 * 55 s against 12 s for the same build with nothing deleted. Writing over a file keeps its inode.
 *
 * What the folder held and the build did not write again (a deleted note's page and references, an
 * index fragment of an old version) is then removed by `pruneUntouched`, which tells the two apart
 * by their inode change time: writing a file, or setting its times as a copy does, always sets it to
 * the present, and no program can set it back. A writer that leaves alone a file it finds already
 * there (Pagefind, with its content-named index files) says which of its old files it still uses.
 */
import { existsSync, lstatSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

/** Where the site is published, in the project's folder */
export const SITE_FOLDER = "_site";
/** A build's and the preview's working folder, in the project's folder */
export const BUILD_FOLDER = ".build";

/** What a build's swap leaves in `.build/`: the site it replaced, which the next build writes over. */
const REPLACED_SITE = /^replaced-site-(\d+)-(\d+)$/;

export function replacedSiteName(stamp: string): string {
  return `replaced-site-${stamp}`;
}

export interface BuildFolder {
  /** The folder to build the site in: a site an earlier build replaced, or a new empty folder */
  readonly path: string;
  /** The file system's time when the folder was taken: every file the build writes has a change time at or after it */
  readonly takenAt: number;
  /** Whether the folder holds an earlier site (otherwise it starts empty, and there is nothing to prune) */
  readonly holdsEarlierSite: boolean;
  /** Older replaced sites, beyond the one taken, being deleted (there is more than one only after an interrupted build) */
  readonly deletingOthers: Promise<unknown>;
}

/** The present as the file system's clock has it (Date.now() and the kernel's file times may differ slightly). */
function fileSystemNow(folder: string): number {
  const marker = path.join(folder, `.clock-${process.pid}`);
  writeFileSync(marker, "");
  try {
    return statSync(marker).ctimeMs;
  } finally {
    unlinkSync(marker);
  }
}

/** The folder a build with this stamp writes the site into (`takeBuildFolder` gets it ready). */
export function stagingFolder(buildFolder: string, stamp: string): string {
  return path.join(buildFolder, `site-${stamp}`);
}

/**
 * Takes the newest site an earlier build replaced as the build's staging folder, or makes that
 * folder empty when there is none. The other replaced sites are deleted in the background.
 */
export function takeBuildFolder(buildFolder: string, stamp: string): BuildFolder {
  const target = stagingFolder(buildFolder, stamp);
  const replaced = existsSync(buildFolder)
    ? readdirSync(buildFolder)
        .map((name) => ({ name, time: Number(REPLACED_SITE.exec(name)?.[2] ?? Number.NaN) }))
        .filter((entry) => !Number.isNaN(entry.time))
        .sort((a, b) => b.time - a.time || b.name.localeCompare(a.name))
    : [];
  const [newest, ...others] = replaced;
  const takenAt = fileSystemNow(buildFolder);
  if (newest) renameSync(path.join(buildFolder, newest.name), target);
  else rmSync(target, { recursive: true, force: true });
  const deletingOthers = Promise.all(others.map((entry) => rm(path.join(buildFolder, entry.name), { recursive: true, force: true }).catch(() => undefined)));
  return { path: target, takenAt, holdsEarlierSite: Boolean(newest), deletingOthers };
}

/**
 * Removes every file under `folder` whose inode has not changed since `since` (none the current
 * build wrote) unless `keep` says the build still uses it, then every folder left without files;
 * returns the addresses of the files removed, relative to `folder` with `/` separators.
 */
export function pruneUntouched(folder: string, since: number, keep: (relative: string) => boolean = () => false): string[] {
  if (!existsSync(folder)) return [];
  const removed: string[] = [];
  const keptFolders = new Set<string>([folder]);
  const folders: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) {
      folders.push(full);
      continue;
    }
    const relative = path.relative(folder, full).split(path.sep).join("/");
    if (lstatSync(full).ctimeMs < since && !keep(relative)) {
      unlinkSync(full);
      removed.push(relative);
      continue;
    }
    for (let parent = entry.parentPath; !keptFolders.has(parent) && parent.startsWith(folder); parent = path.dirname(parent)) keptFolders.add(parent);
  }
  // Deepest first, so that a folder's empty subfolders are gone before it.
  for (const empty of folders.filter((full) => !keptFolders.has(full)).sort((a, b) => b.length - a.length)) rmdirSync(empty);
  return removed;
}
