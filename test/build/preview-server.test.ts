/**
 * `npm start`: the live preview shows drafts and scheduled notes with a banner, and search works there.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureProject, REPOSITORY, TSX_LOADER } from "../support/build-fixture-site.ts";
import { validFrontMatter } from "../support/fixture-notes.ts";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

let server: ChildProcess | undefined;
let base = "";

beforeAll(async () => {
  const project = createFixtureProject([
    { file: "2016/published.md", frontMatter: validFrontMatter({ title: "A published workshop" }) },
    { file: "2016/draft.md", frontMatter: validFrontMatter({ title: "A draft still being written", start_date: "2016-05-02", end_date: "2016-05-03", published: "2016-05-04", draft: true }) },
    { file: "2024/scheduled.md", frontMatter: validFrontMatter({ title: "A note scheduled for December", start_date: "2024-03-10", end_date: "2024-03-11", published: "2024-12-01" }) },
  ]);
  const port = await freePort();
  base = `http://localhost:${port}`;
  // The same command line as `npm start`, run from the project folder.
  server = spawn(process.execPath, ["--import", TSX_LOADER, path.join(REPOSITORY, "scripts/preview.ts"), `--port=${port}`], {
    cwd: project.root,
    env: { ...process.env, SITE_BUILD_DATE: "2024-06-01" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the preview did not start:\n${log}`)), 180_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("Server at")) {
        clearTimeout(timer);
        resolve();
      }
    };
    server!.stdout!.on("data", onData);
    server!.stderr!.on("data", onData);
    server!.on("exit", (code) => reject(new Error(`the preview exited with ${code}:\n${log}`)));
  });
});

afterAll(() => {
  server?.kill("SIGTERM");
});

describe("the preview (npm start)", () => {
  it("serves the published notes", async () => {
    const response = await fetch(`${base}/notes/2016/published/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("A published workshop");
  });

  it("shows a draft with a visible Draft banner", async () => {
    const html = await (await fetch(`${base}/notes/2016/draft/`)).text();
    expect(html).toContain("A draft still being written");
    expect(html).toMatch(/class="draft-banner"[^>]*>Draft: this note is not published\./);
  });

  it("shows a scheduled note with its publication date", async () => {
    const html = await (await fetch(`${base}/notes/2024/scheduled/`)).text();
    expect(html).toContain("Scheduled: this note is published on 1 December 2024.");
  });

  it("has a search index", async () => {
    const response = await fetch(`${base}/pagefind/pagefind-entry.json`);
    expect(response.status).toBe(200);
    const entry = (await response.json()) as { languages: { en: { page_count: number } } };
    expect(entry.languages.en.page_count).toBe(3);
  });
});
