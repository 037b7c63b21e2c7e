/**
 * The real `npm start` (scripts/preview.ts) on a throwaway project, for the preview tests: started
 * on a free port, with its output kept, and stopped with its whole process group.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { indexFilesInUse, SEARCH_INDEX_FOLDER } from "../../lib/build/search-index.ts";
import { REPOSITORY, TSX_LOADER } from "./build-fixture-site.ts";

export interface PreviewProcess {
  /** `http://localhost:<port>` */
  readonly base: string;
  /** Everything it printed so far */
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Starts the preview in `root` and resolves once it serves (it printed "Server at"). */
export async function startPreviewProcess(root: string, environment: NodeJS.ProcessEnv = {}): Promise<PreviewProcess> {
  const port = await freePort();
  // The same command line as `npm start`, run from the project folder.
  const child = spawn(process.execPath, ["--import", TSX_LOADER, path.join(REPOSITORY, "scripts/preview.ts"), `--port=${port}`], {
    cwd: root,
    env: { ...process.env, SITE_BUILD_DATE: "2024-06-01", ...environment },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  process.once("exit", () => kill("SIGKILL"));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the preview did not start:\n${log}`)), 240_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("Server at")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`the preview exited with ${code}:\n${log}`)));
  });
  return {
    base: `http://localhost:${port}`,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      }
      kill("SIGKILL");
    },
  };
}

/** Polls `check` every 100 ms until it returns something other than undefined; fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 120_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}${last ? ` (last error: ${String(last)})` : ""}`);
}

/** A page's status and text, or undefined when the server did not answer. */
export async function getPage(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { headers: { "cache-control": "no-cache" } });
  return { status: response.status, text: await response.text() };
}

/**
 * Whether the site's search index, as a reader's browser finds it, holds `text`: only the fragments
 * that the current `pagefind-entry.json` leads to count. A fragment is moved in before the entry
 * that names it, and an old one stays for a while after, so the files alone say too early that a
 * note is in, and too late that it is out.
 */
export function searchIndexHolds(site: string, text: string): boolean {
  const index = path.join(site, SEARCH_INDEX_FOLDER);
  const inUse = indexFilesInUse(index);
  return readdirSync(path.join(index, "fragment")).some((name) => {
    if (!inUse(`fragment/${name}`)) return false;
    try {
      return gunzipSync(readFileSync(path.join(index, "fragment", name))).toString("utf8").includes(text);
    } catch {
      return false;
    }
  });
}
