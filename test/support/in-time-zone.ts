/**
 * Runs a few lines of the project's code in a fresh Node process with the time zone set, so a test
 * about time zones really runs under another zone: changing `process.env.TZ` inside the test process
 * cannot reach dates computed, formatted or cached before the change.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPOSITORY, TSX_LOADER } from "./build-fixture-site.ts";

/** The file URL of a module of the repository, to import in the child's script. */
export function moduleUrl(relative: string): string {
  return pathToFileURL(path.join(REPOSITORY, relative)).href;
}

/**
 * Evaluates `script` (an ES module; its imports use `moduleUrl`) in a child with `TZ=zone`, and
 * returns what it writes to stdout. Throws if the child fails, or if its clock does not have the
 * offset `zone` should give it on 1 January 2000 (`offsetMinutes`, as `getTimezoneOffset` counts),
 * so a zone the machine does not know cannot pass for UTC.
 */
export function runInTimeZone(zone: string, offsetMinutes: number, script: string): string {
  const check = `if (new Date(Date.UTC(2000, 0, 1)).getTimezoneOffset() !== ${offsetMinutes}) { console.error("time zone ${zone} not in effect"); process.exit(3); }\n`;
  const result = spawnSync(process.execPath, ["--import", TSX_LOADER, "--input-type=module", "--eval", `${check}${script}`], {
    cwd: REPOSITORY,
    encoding: "utf8",
    env: { ...process.env, TZ: zone },
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`child in ${zone} exited with ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** Zones far apart on both sides of UTC, with their offsets on 1 January 2000. */
export const FAR_ZONES: readonly (readonly [zone: string, offsetMinutes: number])[] = [
  ["Pacific/Kiritimati", -840],
  ["America/Los_Angeles", 480],
  ["America/New_York", 300],
  ["Asia/Kolkata", -330],
];
