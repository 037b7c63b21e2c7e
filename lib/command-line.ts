/**
 * What every command-line entry point does the same way: read its options, answer --help, and
 * refuse bad options or a bad SITE_BUILD_DATE with a plain message and exit code 2.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { buildDateIso } from "./note/publication.ts";

export type ParsedCommandLine<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * The parsed options, or the exit code to stop with: 0 after printing the usage for --help,
 * 2 after printing what is wrong and the usage. `config.options` should include `help`.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ParsedCommandLine<T> | number {
  let parsed: ParsedCommandLine<T>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if ((parsed.values as Record<string, unknown>).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}

/** Today's date for the build (SITE_BUILD_DATE or UTC), or undefined after explaining why not. */
export function commandToday(): string | undefined {
  try {
    return buildDateIso();
  } catch (error) {
    console.error((error as Error).message);
    return undefined;
  }
}
