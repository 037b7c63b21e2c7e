/**
 * Builds a throwaway project — the repository's layouts, pages and assets with the given notes —
 * through the real `npm run build` entry point, in a child process like a user's build.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeNotes, type FixtureNote } from "./fixture-notes.ts";

export const REPOSITORY = fileURLToPath(new URL("../..", import.meta.url));
export const TSX_LOADER = pathToFileURL(path.join(REPOSITORY, "node_modules/tsx/dist/loader.mjs")).href;

export interface FixtureProject {
  readonly root: string;
  readonly site: string;
}

/**
 * A temporary project folder with the site's templates and the given notes, plus, when
 * `notesFolder` is given, a copy of that folder of ready-made note files.
 */
export function createFixtureProject(notes: readonly FixtureNote[], prefix = "notes-site-", notesFolder?: string): FixtureProject {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const folder of ["layouts", "pages", "assets"]) cpSync(path.join(REPOSITORY, folder), path.join(root, folder), { recursive: true });
  // The notes folder's data file imports the TypeScript core; link it rather than copy it.
  for (const linked of ["lib", "site.config.ts"]) symlinkSync(path.join(REPOSITORY, linked), path.join(root, linked));
  mkdirSync(path.join(root, "notes"), { recursive: true });
  cpSync(path.join(REPOSITORY, "notes/notes.11tydata.ts"), path.join(root, "notes/notes.11tydata.ts"));
  if (notesFolder) cpSync(notesFolder, path.join(root, "notes"), { recursive: true });
  writeNotes(path.join(root, "notes"), notes);
  return { root, site: path.join(root, "_site") };
}

/** Runs one of the project's scripts (`build`, `validate`, …) in a project folder. */
export function runScript(script: string, root: string, args: readonly string[] = [], environment: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["--import", TSX_LOADER, path.join(REPOSITORY, "scripts", `${script}.ts`), ...args], {
    cwd: root,
    encoding: "utf8",
    // Pinned so a developer's own environment (Netlify's URL, a running preview) cannot change the result.
    env: { ...process.env, SITE_BUILD_DATE: "2024-06-01", SITE_URL: "https://notes.example.org", URL: "", ELEVENTY_RUN_MODE: "build", ...environment },
    timeout: 300_000,
  });
}

export function buildFixtureSite(notes: readonly FixtureNote[], environment: NodeJS.ProcessEnv = {}): FixtureProject & { result: SpawnSyncReturns<string> } {
  const project = createFixtureProject(notes);
  const result = runScript("build", project.root, [], environment);
  return { ...project, result };
}
