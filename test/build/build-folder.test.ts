/**
 * The folder a build writes into: a replaced site is written over, and what the build did not write
 * again is pruned by inode change time. Real files in a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pruneUntouched, replacedSiteName, takeBuildFolder } from "../../lib/build/build-folder.ts";

function write(file: string, text = "x"): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Waits until the file system's clock has moved on (its change times may be coarser than a millisecond). */
async function nextTick(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 30));
}

describe("takeBuildFolder", () => {
  it("gives a new empty folder when no earlier build left a site", () => {
    const build = mkdtempSync(path.join(os.tmpdir(), "build-folder-"));
    const taken = takeBuildFolder(build, "1-100");
    expect(taken.path).toBe(path.join(build, "site-1-100"));
    expect(existsSync(taken.path)).toBe(false);
    expect(taken.holdsEarlierSite).toBe(false);
    expect(readdirSync(build)).toEqual([]);
  });

  it("takes the newest replaced site and deletes the others", async () => {
    const build = mkdtempSync(path.join(os.tmpdir(), "build-folder-"));
    write(path.join(build, replacedSiteName("7-200"), "index.html"), "older");
    write(path.join(build, replacedSiteName("3-900"), "index.html"), "newest");
    write(path.join(build, replacedSiteName("3-900"), "pagefind", "fragment", "en_1.pf_fragment"));
    write(path.join(build, "preview-42", "site", "index.html"));

    const taken = takeBuildFolder(build, "5-1000");
    await taken.deletingOthers;

    expect(taken.path).toBe(path.join(build, "site-5-1000"));
    expect(taken.holdsEarlierSite).toBe(true);
    expect(readdirSync(taken.path).sort()).toEqual(["index.html", "pagefind"]);
    expect(readFileSync(path.join(taken.path, "index.html"), "utf8")).toBe("newest");
    expect(readdirSync(build).sort()).toEqual(["preview-42", "site-5-1000"]);
  });
});

describe("pruneUntouched", () => {
  it("keeps what was written since, whatever its modification time, and what it is told is in use, and removes the rest with emptied folders", async () => {
    const site = mkdtempSync(path.join(os.tmpdir(), "build-folder-"));
    write(path.join(site, "notes/2016/kept/index.html"));
    write(path.join(site, "notes/2016/deleted-note/index.html"));
    write(path.join(site, "notes/2016/deleted-note/citation.bib"));
    write(path.join(site, "notes/2017/gone/index.html"));
    write(path.join(site, "assets/site.css"));
    write(path.join(site, "assets/old.css"));
    write(path.join(site, "pagefind/fragment/en_still-used.pf_fragment"));
    mkdirSync(path.join(site, "empty/inside"), { recursive: true });

    await nextTick();
    const since = takeBuildFolder(mkdtempSync(path.join(os.tmpdir(), "build-folder-")), "1-1").takenAt;
    write(path.join(site, "notes/2016/kept/index.html"), "rewritten");
    write(path.join(site, "notes/2018/new/index.html"));
    // A copy that keeps its source's times, as Eleventy's passthrough copy does.
    write(path.join(site, "assets/site.css"), "copied");
    utimesSync(path.join(site, "assets/site.css"), new Date("2001-01-01"), new Date("2001-01-01"));

    // An index file its writer found already there and left alone, which the new index still names.
    const removed = pruneUntouched(site, since, (relative) => relative === "pagefind/fragment/en_still-used.pf_fragment");

    expect(removed.sort()).toEqual(["assets/old.css", "notes/2016/deleted-note/citation.bib", "notes/2016/deleted-note/index.html", "notes/2017/gone/index.html"]);
    expect(readdirSync(path.join(site, "notes")).sort()).toEqual(["2016", "2018"]);
    expect(readdirSync(path.join(site, "notes/2016"))).toEqual(["kept"]);
    expect(readdirSync(site).sort()).toEqual(["assets", "notes", "pagefind"]);
    expect(readdirSync(path.join(site, "assets"))).toEqual(["site.css"]);
  });

  it("does nothing for a folder that does not exist", () => {
    expect(pruneUntouched(path.join(os.tmpdir(), "no-such-folder-for-prune"), Date.now())).toEqual([]);
  });
});
