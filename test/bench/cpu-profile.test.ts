import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { costGroup, renderCpuProfileSummary, summarizeCpuProfiles, type CpuProfile } from "../../lib/bench/cpu-profile.ts";

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 });

describe("costGroup", () => {
  it("names npm packages, scoped or not, project files, Node's modules and V8's entries", () => {
    expect(costGroup(frame("render", "file:///repo/node_modules/@11ty/eleventy/src/Template.js"), ["/repo"])).toBe("npm: @11ty/eleventy");
    expect(costGroup(frame("lex", "file:///repo/node_modules/nunjucks/src/lexer.js"), ["/repo"])).toBe("npm: nunjucks");
    expect(costGroup(frame("facetPages", "file:///repo/lib/outputs/facet-pages.ts"), ["/corpus", "/repo"])).toBe("lib/outputs/facet-pages.ts");
    expect(costGroup(frame("readFileSync", "node:fs"), ["/repo"])).toBe("node: fs");
    expect(costGroup(frame("(garbage collector)", ""), ["/repo"])).toBe("garbage collection");
    expect(costGroup(frame("writeFileUtf8", ""), ["/repo"])).toBe("writing files");
    expect(costGroup(frame("compileFunction", ""), ["/repo"])).toBe("native: compileFunction");
  });
});

describe("summarizeCpuProfiles", () => {
  it("adds self time over threads by group and function, leaving idle time out", () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", "") },
        { id: 2, callFrame: frame("(idle)", "") },
        { id: 3, callFrame: frame("render", "file:///repo/node_modules/nunjucks/src/environment.js") },
        { id: 4, callFrame: frame("(garbage collector)", "") },
      ],
      samples: [2, 3, 3, 4, 2],
      timeDeltas: [5000, 2000, 3000, 1000, 9000],
    };
    const summary = summarizeCpuProfiles([profile, profile], { roots: ["/repo"] });
    expect(summary.totalMs).toBe(12);
    expect(summary.groups).toEqual([
      { name: "npm: nunjucks", ms: 10, share: 10 / 12 },
      { name: "garbage collection", ms: 2, share: 2 / 12 },
    ]);
    expect(summary.functions[0]).toEqual({ name: "render (npm: nunjucks:10)", ms: 10, share: 10 / 12 });
    expect(renderCpuProfileSummary(summary, "1000 notes")).toContain("0.0 s   83.3%  npm: nunjucks");
  });

  const folder = mkdtempSync(path.join(tmpdir(), "cpu-profile-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("finds the function that burnt the CPU in a real profile written by node --cpu-prof", () => {
    const script = path.join(folder, "burn.mjs");
    writeFileSync(script, "function burnCpuForTheProfile() { let x = 0; const end = Date.now() + 400; while (Date.now() < end) x += Math.sqrt(x + 1); return x; }\nburnCpuForTheProfile();\n");
    const run = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", folder, script], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const profiles = readdirSync(folder)
      .filter((name) => name.endsWith(".cpuprofile"))
      .map((name) => JSON.parse(readFileSync(path.join(folder, name), "utf8")) as CpuProfile);
    expect(profiles.length).toBeGreaterThan(0);
    const summary = summarizeCpuProfiles(profiles, { roots: [folder] });
    expect(summary.groups[0]?.name).toBe("burn.mjs");
    expect(summary.functions[0]?.name).toBe("burnCpuForTheProfile (burn.mjs:1)");
    expect(summary.functions[0]!.share).toBeGreaterThan(0.5);
  });
});
