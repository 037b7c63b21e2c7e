/**
 * The browser editor at /admin/: its configuration (admin/config.yml, generated from the note
 * schema) and the Sveltia CMS application, copied from the installed npm package so that nothing is
 * loaded from a CDN. The page itself is pages/admin.njk; its start-up script is assets/editor.js.
 *
 * The published bundle fetches a few files from CDNs by default (its fonts from jsDelivr; its
 * update check and non-English interface strings from UNPKG) and has no option to turn that off.
 * So the copy points those addresses at this site: the fonts are the same files, shipped in the
 * npm package; the update check reads the installed version (updates come through package.json).
 * Each address is replaced only where it is found exactly as expected, and the build stops
 * otherwise, so a new version of the package cannot silently bring a CDN back.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { EDITOR_CONFIG_FILE, editorConfigYaml, githubRepoOf } from "../staff/editor-config.ts";

/** Where the application is copied, under the site. */
export const EDITOR_APP_FOLDER = "admin/cms";
/** What the package's own CDN address becomes: a folder of this site holding its package.json. */
const LOCAL_PACKAGE_BASE = `/${EDITOR_APP_FOLDER}/package`;
const PACKAGE_CDN_BASE = "https://unpkg.com/@sveltia/cms";
const FONT_ADDRESS = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[0-9.]+\/([a-z0-9-]+)\.woff2/g;

function packageFolder(): string {
  // The package exports only its entry module (npm/index.js); its folder is two levels up.
  return path.dirname(path.dirname(createRequire(import.meta.url).resolve("@sveltia/cms")));
}

function countOf(text: string, literal: string): number {
  return text.split(literal).length - 1;
}

/**
 * The bundle's text with its CDN addresses pointed at this site, and the font files that must be
 * copied for it (file name in the package's `npm/assets` → file name in the site's font folder).
 */
export function localizeBundle(bundle: string, assetNames: readonly string[]): { text: string; fonts: Map<string, string> } {
  const fonts = new Map<string, string>();
  let text = bundle.replace(FONT_ADDRESS, (_address, family: string, subset: string) => {
    const stem = `${family}-${subset}`;
    const asset = assetNames.find((name) => name.startsWith(`${stem}-`) && name.endsWith(".woff2"));
    if (!asset) throw new Error(`The editor's font ${stem} is not in the @sveltia/cms package: cannot serve it without a CDN`);
    fonts.set(asset, `${stem}.woff2`);
    return `/${EDITOR_APP_FOLDER}/fonts/${stem}.woff2`;
  });
  const cdnUses = countOf(text, `\`${PACKAGE_CDN_BASE}\``);
  if (cdnUses !== 1) throw new Error(`Expected the @sveltia/cms bundle to name its CDN address once, found ${cdnUses}: check lib/eleventy/editor-plugin.ts against the new version`);
  text = text.replace(`\`${PACKAGE_CDN_BASE}\``, `\`${LOCAL_PACKAGE_BASE}\``);
  if (fonts.size === 0) throw new Error("Found no font address in the @sveltia/cms bundle: check lib/eleventy/editor-plugin.ts against the new version");
  return { text, fonts };
}

/** Copies the application into `<output>/admin/cms/`. */
export function copyEditorApp(output: string): void {
  const source = packageFolder();
  const target = path.join(output, EDITOR_APP_FOLDER);
  const assetsFolder = path.join(source, "npm/assets");
  const assetNames = readdirSync(assetsFolder);
  mkdirSync(path.join(target, "chunks"), { recursive: true });
  mkdirSync(path.join(target, "fonts"), { recursive: true });
  mkdirSync(path.join(target, "package"), { recursive: true });

  const { text, fonts } = localizeBundle(readFileSync(path.join(source, "dist/sveltia-cms.js"), "utf8"), assetNames);
  // The source map would point at the unmodified bundle; browsers fetch it only with developer tools open.
  writeFileSync(path.join(target, "sveltia-cms.js"), text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n"));
  for (const chunk of readdirSync(path.join(source, "dist/chunks")).filter((name) => name.endsWith(".js"))) {
    const chunkText = readFileSync(path.join(source, "dist/chunks", chunk), "utf8");
    writeFileSync(path.join(target, "chunks", chunk), chunkText.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n"));
  }
  for (const [asset, name] of fonts) copyFileSync(path.join(assetsFolder, asset), path.join(target, "fonts", name));
  for (const license of assetNames.filter((name) => name.endsWith(".LICENSE.txt"))) copyFileSync(path.join(assetsFolder, license), path.join(target, "fonts", license));
  copyFileSync(path.join(source, "LICENSE.txt"), path.join(target, "LICENSE.txt"));
  // The update check compares this with the running version: they are the same, so it stays quiet.
  const { version } = JSON.parse(readFileSync(path.join(source, "package.json"), "utf8")) as { version: string };
  writeFileSync(path.join(target, "package/package.json"), `${JSON.stringify({ name: "@sveltia/cms", version })}\n`);
}

export interface EditorPluginOptions {
  /** `owner/name`; by default read from Netlify's `REPOSITORY_URL` at build time */
  readonly repo?: string;
  /** The branch the editor's pull requests target */
  readonly branch?: string;
}

export default function editorPlugin(config: UserConfig, options: EditorPluginOptions = {}): void {
  config.on("eleventy.after", ({ directories }) => {
    const output = directories.output;
    if (!existsSync(output)) return;
    // Netlify tells every build which repository it was cloned from; elsewhere a placeholder is
    // written, which only the GitHub login needs (the editor's local-folder mode works without it).
    const repo = options.repo ?? githubRepoOf(process.env.REPOSITORY_URL) ?? "owner/repository";
    const file = path.join(output, EDITOR_CONFIG_FILE);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, editorConfigYaml({ repo, branch: options.branch ?? "main" }));
    copyEditorApp(output);
  });
}
