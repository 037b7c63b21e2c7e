/**
 * Builds a site from the end-to-end fixture notes (test/e2e/fixtures/notes/) in a temporary project
 * folder, with the repository's layouts, pages and assets, by running the real build script
 * (`scripts/build.ts`) as a child process, the way `npm run build` does.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createFixtureProject, REPOSITORY, runScript } from "../../support/build-fixture-site.ts";
import { noteLanguage, noteUrl } from "../../../lib/note/note-files.ts";
import type { LanguageCode } from "../../../lib/languages/languages.ts";

export const REPO_ROOT = REPOSITORY;
export const FIXTURE_NOTES = fileURLToPath(new URL("../fixtures/notes", import.meta.url));

/** The build date every fixture build is pinned to. */
export const FIXTURE_BUILD_DATE = "2024-06-01";
/** The public address the fixture site is built for (absolute links in feeds and canonical tags). */
export const FIXTURE_BASE_URL = "https://notes.example.org";

/** A word that appears only in the draft fixture note. */
export const DRAFT_WORD = "zanzibarquokka";

export interface FixtureNote {
  readonly file: string;
  readonly url: string;
  /** The language its file name gives; `en` for `<name>.md` */
  readonly language: LanguageCode;
  readonly title: string;
  readonly year: string;
  readonly draft: boolean;
  readonly body: string;
}

/** The fixture notes as written, read with a deliberately small front-matter reader (flat keys only). */
export function fixtureNotes(): FixtureNote[] {
  const notes: FixtureNote[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".md")) {
        const source = readFileSync(full, "utf8");
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
        if (!match) throw new Error(`fixture note without front matter: ${full}`);
        const field = (name: string): string | undefined => {
          const line = new RegExp(`^${name}:\\s*(.*)$`, "m").exec(match[1]!)?.[1]?.trim();
          if (line === undefined) return undefined;
          if (line.startsWith("'")) return line.slice(1, -1).replace(/''/g, "'");
          if (line.startsWith('"')) return JSON.parse(line) as string;
          return line;
        };
        const startDate = field("start_date")!;
        notes.push({
          file: full,
          url: noteUrl(startDate, full),
          language: noteLanguage(full),
          title: field("title")!,
          year: startDate.slice(0, 4),
          draft: field("draft") === "true",
          body: match[2]!,
        });
      }
    }
  };
  walk(FIXTURE_NOTES);
  return notes.sort((a, b) => a.url.localeCompare(b.url));
}

/** The published notes as the listings and feeds carry them: one per event (the fixture's translations all have an English original). */
export function publishedFixtureNotes(): FixtureNote[] {
  return fixtureNotes().filter((note) => !note.draft && note.language === "en");
}

/** A temporary project folder: the fixture notes plus the repository's layouts, pages and assets. */
export function createFixtureRoot(prefix = "e2e-site-"): string {
  return createFixtureProject([], prefix, FIXTURE_NOTES).root;
}

export interface BuildOutput {
  readonly siteDir: string;
  readonly output: string;
}

/** Runs `scripts/build.ts` in `root`, as `npm run build` would; throws with the build's output when it fails. */
export function buildFixtureRoot(root: string): BuildOutput {
  const result = runScript("build", root, [], { SITE_BUILD_DATE: FIXTURE_BUILD_DATE, SITE_URL: FIXTURE_BASE_URL });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) throw new Error(`The fixture site build failed (exit ${result.status ?? result.signal}):\n${output}`);
  const siteDir = path.join(root, "_site");
  if (!existsSync(path.join(siteDir, "index.html"))) throw new Error(`The fixture site build wrote no _site/index.html:\n${output}`);
  return { siteDir, output };
}
