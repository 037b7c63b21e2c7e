/**
 * How the preview changes the folder it serves: whole files only, a staged build moved in except
 * what the preview refuses, the search index replaced entry file last, and saved notes noticed
 * however an editor writes them.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { noteErrorPage } from "../../lib/build/preview-error-page.ts";
import { filesUnder, moveSearchIndex, moveStagedFiles, noteFolderUrlOf, pageFile, removeFilesNotMade, removeNoteFolder, writeFileAtomically } from "../../lib/build/preview-files.ts";
import { eventFiles, inputPathOf } from "../../lib/build/preview-session.ts";
import { watchFolder } from "../../lib/build/preview-watch.ts";

const folders: string[] = [];
function folder(): string {
  const created = mkdtempSync(path.join(tmpdir(), "preview-files-"));
  folders.push(created);
  return created;
}
function write(root: string, relative: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), text);
}
const read = (root: string, relative: string) => readFileSync(path.join(root, relative), "utf8");

afterEach(() => {
  for (const created of folders.splice(0)) rmSync(created, { recursive: true, force: true });
});

describe("the preview's files", () => {
  it("writes a page in one step, leaving nothing beside it", () => {
    const site = folder();
    const file = pageFile(site, "/notes/2016/x/");
    writeFileAtomically(file, "one");
    writeFileAtomically(file, "two");
    expect(readFileSync(file, "utf8")).toBe("two");
    expect(filesUnder(site)).toEqual(["notes/2016/x/index.html"]);
  });

  it("never lets a reader see part of a page being written", async () => {
    const site = folder();
    const file = pageFile(site, "/notes/2016/x/");
    // Large enough that writing one takes several system calls.
    const versions = ["a", "b"].map((letter) => letter.repeat(4 * 1024 * 1024));
    writeFileAtomically(file, versions[0]!);
    // Another thread reads the page as fast as it can, as the server would, and reports any text it got that is neither version.
    const reader = new Worker(
      `const { parentPort, workerData } = require("node:worker_threads");
       const { readFileSync } = require("node:fs");
       let reads = 0, torn = 0, stop = false;
       parentPort.on("message", () => { stop = true; });
       (function loop() {
         for (let i = 0; i < 20; i++) {
           const text = readFileSync(workerData.file, "utf8");
           reads++;
           if (text.length !== workerData.length || (text[0] !== text[text.length - 1])) torn++;
         }
         if (stop) parentPort.postMessage({ reads, torn }); else setImmediate(loop);
       })();`,
      { eval: true, workerData: { file, length: versions[0]!.length } },
    );
    const result = new Promise<{ reads: number; torn: number }>((resolve) => reader.once("message", resolve));
    for (let write = 0; write < 40; write++) writeFileAtomically(file, versions[write % 2]!);
    reader.postMessage("stop");
    const { reads, torn } = await result;
    await reader.terminate();
    expect(reads).toBeGreaterThan(0);
    expect(torn).toBe(0);
  });

  it("knows the files of a note's folder, in every language, and nothing else", () => {
    expect(noteFolderUrlOf("notes/2016/x/index.html")).toBe("/notes/2016/x/");
    expect(noteFolderUrlOf("fr/notes/2016/x/event.ics")).toBe("/fr/notes/2016/x/");
    expect(noteFolderUrlOf("notes/index.html")).toBeUndefined();
    expect(noteFolderUrlOf("countries/kenya/index.html")).toBeUndefined();
    expect(noteFolderUrlOf("notes/2016/x/deeper/file")).toBeUndefined();
  });

  it("removes a note's folder with its calendar and references", () => {
    const site = folder();
    for (const name of ["index.html", "event.ics", "citation.bib"]) write(site, `notes/2016/x/${name}`, name);
    write(site, "notes/2016/y/index.html", "y");
    removeNoteFolder(site, "/notes/2016/x/");
    expect(filesUnder(site)).toEqual(["notes/2016/y/index.html"]);
  });

  it("moves a staged build in, except the files refused, which are dropped", async () => {
    const site = folder();
    const staging = folder();
    write(site, "notes/2016/x/index.html", "old x");
    write(site, "notes/2016/y/index.html", "y");
    write(site, "index.html", "old home");
    write(staging, "notes/2016/x/index.html", "new x");
    write(staging, "notes/2016/y/index.html", "y");
    write(staging, "notes/2016/z/index.html", "newer z, refused");
    write(staging, "index.html", "new home");
    write(staging, "countries/kenya/index.html", "kenya");
    const moved = await moveStagedFiles(staging, site, (relative) => relative !== "notes/2016/z/index.html");
    expect(read(site, "index.html")).toBe("new home");
    expect(read(site, "notes/2016/x/index.html")).toBe("new x");
    expect(existsSync(path.join(site, "notes/2016/z/index.html"))).toBe(false);
    expect(filesUnder(staging)).toEqual([]);
    expect([...moved].sort()).toEqual(["countries/kenya/index.html", "index.html", "notes/2016/x/index.html", "notes/2016/y/index.html"]);
  });

  it("deletes what a whole build no longer makes, except what it is told to keep", async () => {
    const site = folder();
    for (const relative of ["index.html", "countries/chile/index.html", "countries/peru/index.html", "notes/2016/x/index.html", "pagefind/pagefind-entry.json"]) write(site, relative, relative);
    const removed = await removeFilesNotMade(site, new Set(["index.html", "countries/peru/index.html"]), (relative) => relative.startsWith("pagefind/") || relative.startsWith("notes/"));
    expect(removed).toEqual(["countries/chile/index.html"]);
    expect(filesUnder(site).sort()).toEqual(["countries/peru/index.html", "index.html", "notes/2016/x/index.html", "pagefind/pagefind-entry.json"]);
  });

  it("replaces the search index, keeping the files of the one before until the next", async () => {
    const site = folder();
    const work = folder();
    const index = path.join(site, "pagefind");
    write(index, "pagefind-entry.json", "first");
    write(index, "fragment/a.pf_fragment", "a");
    const build = (files: Record<string, string>) => {
      const built = path.join(work, String(Math.random()));
      for (const [name, text] of Object.entries(files)) write(built, name, text);
      return built;
    };
    const second = await moveSearchIndex(build({ "pagefind-entry.json": "second", "fragment/b.pf_fragment": "b" }), index, undefined);
    expect(read(index, "pagefind-entry.json")).toBe("second");
    expect(filesUnder(index).sort()).toEqual(["fragment/a.pf_fragment", "fragment/b.pf_fragment", "pagefind-entry.json"]);
    await moveSearchIndex(build({ "pagefind-entry.json": "third", "fragment/c.pf_fragment": "c" }), index, second);
    expect(filesUnder(index).sort()).toEqual(["fragment/b.pf_fragment", "fragment/c.pf_fragment", "pagefind-entry.json"]);
  });
});

describe("the files of a saved note's event", () => {
  it("are every language version beside it, and the saved file even when it is gone", () => {
    const exists = (file: string) => ["./notes/2016/x.md", "./notes/2016/x.fr.md"].includes(file);
    expect(eventFiles(["./notes/2016/x.fr.md"], exists)).toEqual(["./notes/2016/x.fr.md", "./notes/2016/x.md"]);
    expect(eventFiles(["./notes/2016/x.ar.md"], exists)).toEqual(["./notes/2016/x.ar.md", "./notes/2016/x.fr.md", "./notes/2016/x.md"]);
    expect(inputPathOf("notes/2016/x.md")).toBe("./notes/2016/x.md");
  });
});

describe("the error page of a note", () => {
  it("lists every finding, escaped, and is kept out of search", () => {
    const html = noteErrorPage("notes/2016/x.md", [
      { file: "notes/2016/x.md", line: 3, column: 7, severity: "error", field: "type", message: 'is "<b>" not a type' },
      { file: "notes/2016/x.md", line: 9, column: 1, severity: "warning", field: "body", message: "a warning" },
    ]);
    expect(html).toContain("<title>1 error in notes/2016/x.md</title>");
    expect(html).toContain("line 3, column 7, type: is &quot;&lt;b&gt;&quot; not a type");
    expect(html).toContain("a warning");
    expect(html).not.toContain("data-pagefind-body");
  });
});

describe("the notes folder's watcher", () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it("sees files written in place, replaced by a rename, added in a new folder and removed", async () => {
    const root = folder();
    write(root, "2016/a.md", "a");
    const seen: string[] = [];
    const watcher = watchFolder(root, (relative) => seen.push(relative));
    try {
      writeFileSync(path.join(root, "2016/a.md"), "written in place");
      await settle();
      expect(seen).toContain("2016/a.md");

      // An editor's safe save: a new copy renamed over the file (Node's recursive watcher then loses the file).
      seen.length = 0;
      writeFileSync(path.join(root, "2016/.a.md.swp"), "replaced");
      renameSync(path.join(root, "2016/.a.md.swp"), path.join(root, "2016/a.md"));
      await settle();
      writeFileSync(path.join(root, "2016/a.md"), "written again");
      await settle();
      expect(seen.filter((file) => file === "2016/a.md").length).toBeGreaterThanOrEqual(2);

      seen.length = 0;
      mkdirSync(path.join(root, "2031"));
      await settle();
      writeFileSync(path.join(root, "2031/b.md"), "b");
      await settle();
      expect(seen).toContain("2031/b.md");

      seen.length = 0;
      unlinkSync(path.join(root, "2016/a.md"));
      rmSync(path.join(root, "2031"), { recursive: true });
      await settle();
      expect(seen).toContain("2016/a.md");
      expect(seen.some((file) => file === "2031" || file === "2031/b.md")).toBe(true);
    } finally {
      watcher.close();
    }
  });
});
