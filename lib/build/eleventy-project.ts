/**
 * How Eleventy is pointed at the project, for the build and the preview alike: its input is only
 * the folders that hold templates (notes/ and pages/), layouts/ holds the layouts, and the
 * configuration is .eleventy.ts. Nothing else in the repository is ever read as a page.
 */
import Eleventy, { type UserConfig } from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import { NOTES_DIRECTORY } from "../note/note-files.ts";

export const CONFIG_PATH = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));

/** The folders that hold templates, relative to the project folder. */
export const TEMPLATE_FOLDERS = [NOTES_DIRECTORY, "pages"] as const;

/** Eleventy's input: the templates of those folders only (it takes one glob, not a list of folders). */
export const ELEVENTY_INPUT = `{${TEMPLATE_FOLDERS.join(",")}}/**/*.{md,njk}`;

export interface EleventyRun {
  /** Where the pages go, relative to the project folder (the current working folder) */
  readonly output: string;
  readonly runMode: "build" | "watch" | "serve";
  readonly quiet?: boolean;
  /**
   * Only these templates (a file or a glob relative to the project folder) instead of every note
   * and page: the preview renders one note's files this way. Never set by the build.
   */
  readonly input?: string;
  /** Called with the configuration before .eleventy.ts is read: the preview tells its plugin what the instance is for */
  readonly configure?: (config: UserConfig) => void;
}

/** An Eleventy instance for the project in the current working folder. */
export function createEleventy(run: EleventyRun): Eleventy {
  // A glob input needs its folder named: layouts/ and folder data files are found relative to it.
  return new Eleventy(run.input ?? ELEVENTY_INPUT, run.output, {
    configPath: CONFIG_PATH,
    inputDir: ".",
    quietMode: run.quiet ?? true,
    runMode: run.runMode,
    ...(run.configure ? { config: run.configure } : {}),
  });
}
