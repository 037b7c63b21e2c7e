/**
 * `npm run build`: validates every note, then builds the site and its search index into _site/.
 * Exits 1, publishing nothing, when any note is invalid.
 */
import { buildSite } from "../lib/build/site-build.ts";

try {
  const result = await buildSite();
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  console.error("Build failed; _site/ was left as it was.");
  process.exitCode = 1;
}
