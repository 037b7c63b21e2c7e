/**
 * `npm start [-- --port 8080]`: the live preview. Builds the site with drafts and scheduled notes
 * (each with a banner), serves it, and rebuilds what changed whenever a note, page or layout is saved.
 */
import { parseCommandLine } from "../lib/command-line.ts";
import { createEleventy } from "../lib/build/eleventy-project.ts";

const usage = "usage: npm start -- [--port 8080]";

const parsed = parseCommandLine({ options: { port: { type: "string", default: "8080" }, help: { type: "boolean", short: "h" } } }, usage);
if (typeof parsed === "number") process.exit(parsed);
const port = Number(parsed.values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number from 1 to 65535, not "${parsed.values.port}"\n${usage}`);
  process.exit(2);
}

const eleventy = createEleventy({ output: "_site", runMode: "serve", quiet: false });
await eleventy.init();
eleventy.setIncrementalBuild(true);
await eleventy.watch();
await eleventy.serve(port);
process.on("SIGINT", () => {
  void eleventy.stopWatch().then(() => process.exit(0));
});
