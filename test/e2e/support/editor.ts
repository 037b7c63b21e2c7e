/**
 * Drives the browser editor (/admin/) in its local-folder mode. The folder picker is replaced by a
 * folder of the browser's own private file system (OPFS), filled with a small repository (a
 * `.git` folder, which the editor asks for, and notes), so a test can read back what the editor wrote.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

/** Relative path (forward slashes) → text, for every file under `folder`. */
export function filesUnder(folder: string, prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) Object.assign(files, filesUnder(full, `${prefix}${entry.name}/`));
    else files[`${prefix}${entry.name}`] = readFileSync(full, "utf8");
  }
  return files;
}

/** Writes files given as relative path → text under `folder`. */
export function writeFilesUnder(folder: string, files: Readonly<Record<string, string>>): void {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(folder, ...relative.split("/"));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

interface PickerWindow {
  showDirectoryPicker?: () => Promise<FileSystemDirectoryHandle>;
}

/**
 * Before any page script runs: `showDirectoryPicker()` returns an OPFS folder holding `files`
 * (written on the first call) and an empty `.git` folder.
 */
export async function stubFolderPicker(page: Page, files: Readonly<Record<string, string>>): Promise<void> {
  await page.addInitScript((repository: Record<string, string>) => {
    let filled: Promise<FileSystemDirectoryHandle> | undefined;
    const fill = async (): Promise<FileSystemDirectoryHandle> => {
      const storage = await navigator.storage.getDirectory();
      await storage.removeEntry("repository", { recursive: true }).catch(() => undefined);
      const root = await storage.getDirectoryHandle("repository", { create: true });
      await root.getDirectoryHandle(".git", { create: true });
      for (const [relative, text] of Object.entries(repository)) {
        const parts = relative.split("/");
        let folder = root;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (await folder.getFileHandle(parts[parts.length - 1]!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
      return root;
    };
    (window as PickerWindow).showDirectoryPicker = () => (filled ??= fill());
  }, { ...files });
}

/** Every file the editor's folder holds now (the `.git` folder aside), as relative path → text. */
export async function readPickedFolder(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const found: Record<string, string> = {};
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      // `values()` is in the File System Access API but not yet in TypeScript's DOM library.
      const entries = (folder as FileSystemDirectoryHandle & { values(): AsyncIterable<FileSystemHandle> }).values();
      for await (const handle of entries) {
        if (handle.kind === "directory") {
          if (handle.name !== ".git") await walk(handle as FileSystemDirectoryHandle, `${prefix}${handle.name}/`);
        } else found[`${prefix}${handle.name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle("repository"), "");
    return found;
  });
}

/** GitHub's public status, which the editor asks for on start: answered "all good" so tests stay offline. */
export async function answerGitHubStatus(page: Page): Promise<void> {
  await page.route("https://www.githubstatus.com/**", (route) => route.fulfill({ json: { status: { indicator: "none" } } }));
}

/** Opens /admin/ and picks the stubbed folder; resolves once the list of notes is shown. */
export async function openEditorOnFolder(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/admin/`);
  await page.getByRole("button", { name: /local repository/i }).click();
  await page.getByRole("button", { name: "Create New Entry" }).waitFor();
}
