/**
 * `npm start [-- --port 8080]`: the live preview. Builds the site with drafts and scheduled notes
 * (each with a banner) and serves it. Saving a note shows its page at once, then the search index
 * and the rest of the site catch up (see lib/build/preview-session.ts); a saved layout, page or
 * asset rebuilds what uses it.
 */
import { parseCommandLine } from "../lib/command-line.ts";
import { startPreview } from "../lib/build/preview-session.ts";

const usage = "usage: npm start -- [--port 8080]";

const parsed = parseCommandLine({ options: { port: { type: "string", default: "8080" }, help: { type: "boolean", short: "h" } } }, usage);
if (typeof parsed === "number") process.exit(parsed);
const port = Number(parsed.values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number from 1 to 65535, not "${parsed.values.port}"\n${usage}`);
  process.exit(2);
}

const preview = await startPreview({ port });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void preview.stop().finally(() => process.exit(0));
  });
}
