/**
 * A built site as a list of files, for comparing two builds: Pagefind names its index files by a hash
 * of their content, so those are compared by what they hold rather than by name.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

// `pagefind.<hash>.pf_meta`, `fragment/en_<hash>.pf_fragment`, `index/en_<hash>.pf_index`, …
export const FINGERPRINTED = /^pagefind\/(?:fragment|index|filter)\/|^pagefind\/pagefind\.[^/]*\.pf_meta$|^pagefind\/pagefind-entry\.json$/;

export function filesUnder(folder: string, prefix = ""): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(folder, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

/** Pagefind's fragments are gzipped JSON after a signature: one per page, with its text and metadata. */
export function pagefindFragments(site: string): string[] {
  const folder = path.join(site, "pagefind/fragment");
  return readdirSync(folder)
    .map((name) => gunzipSync(readFileSync(path.join(folder, name))).toString("utf8").replace(/^pagefind_dcd/, ""))
    .sort();
}

/** A file name with Pagefind's hash replaced, so two builds' sets of files can be compared. */
export const withoutHash = (file: string) => file.replace(/[0-9a-f]{7,}/g, "#");
