/**
 * Notices files written, added, replaced or removed anywhere under a folder, at once (the preview
 * renders a saved note from here). One watcher per folder rather than `fs.watch`'s recursive
 * option: on Linux, Node 20's recursive watcher follows each file, and stops seeing a file that an
 * editor saved by writing a new copy and renaming it over the old one. A folder's watcher sees
 * its entries whatever becomes of them.
 */
import { existsSync, readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

export interface FolderWatcher {
  close(): void;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Calls `changed` with the path (relative to `folder`, `/`-separated) of every file that changes
 * under it, and of every folder that disappears (its files are gone too). Files of a folder that
 * appears are reported one by one. Hidden folders are left alone.
 */
export function watchFolder(folder: string, changed: (relative: string) => void): FolderWatcher {
  const root = path.resolve(folder);
  const watchers = new Map<string, FSWatcher>();
  const report = (full: string) => changed(path.relative(root, full).split(path.sep).join("/"));

  const stop = (full: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched === full || watched.startsWith(`${full}${path.sep}`)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };

  const add = (directory: string, announce: boolean) => {
    if (watchers.has(directory) || !isFolder(directory)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(directory, (_event, name) => {
        if (!name) return;
        const full = path.join(directory, name.toString());
        if (isFolder(full)) {
          if (!path.basename(full).startsWith(".")) add(full, true);
        } else if (!existsSync(full) && watchers.has(full)) {
          stop(full);
          report(full);
        } else {
          report(full);
        }
      });
    } catch {
      return;
    }
    watcher.on("error", () => stop(directory));
    watchers.set(directory, watcher);
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) add(full, announce);
      else if (announce) report(full);
    }
  };

  add(root, false);
  return {
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
