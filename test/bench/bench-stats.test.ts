import { describe, expect, it } from "vitest";
import {
  chooseSizes,
  cpuTicks,
  descendants,
  evaluateTargets,
  formatBytes,
  formatSeconds,
  growthFactor,
  parentPid,
  parsePhaseTimings,
  parseSizes,
  ratio,
  renderTable,
  renderTargets,
  residentBytes,
  type SizeFigures,
} from "../../lib/bench/stats.ts";
import { pageResources } from "../../lib/bench/site-probe.ts";

const MB = 1024 * 1024;

function figures(notes: number, overrides: Partial<SizeFigures> = {}): SizeFigures {
  return {
    notes,
    oursMs: notes * 2,
    oursCpuMs: notes * 3,
    oursPeakBytes: 200 * MB,
    floorMs: notes * 1.5,
    floorCpuMs: notes * 1.5,
    floorPeakBytes: 180 * MB,
    englishOnlyMs: notes * 1.8,
    validateMs: 1000,
    notePageGzipBytes: 8000,
    firstQueryBytes: 200_000,
    ...overrides,
  };
}

describe("sizes", () => {
  it("parses, deduplicates and sorts --sizes", () => {
    expect(parseSizes("5000, 1000,1_000")).toEqual([1000, 5000]);
  });
  it("rejects anything that is not a positive whole number", () => {
    expect(() => parseSizes("1000,abc")).toThrow(/abc/);
    expect(() => parseSizes("0")).toThrow();
    expect(() => parseSizes(",")).toThrow(/at least one/);
  });
  it("defaults to 1000, 5000 and 10000, and --large adds 30000", () => {
    expect(chooseSizes({})).toEqual([1000, 5000, 10000]);
    expect(chooseSizes({ large: true })).toEqual([1000, 5000, 10000, 30000]);
    expect(chooseSizes({ large: true, sizes: "10" })).toEqual([10]);
  });
});

describe("arithmetic and formatting", () => {
  it("ratio is undefined rather than infinite", () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeUndefined();
    expect(ratio(undefined, 2)).toBeUndefined();
  });
  it("growth factor compares time per note", () => {
    expect(growthFactor({ notes: 1000, ms: 10_000 }, { notes: 10_000, ms: 100_000 })).toBe(1);
    expect(growthFactor({ notes: 1000, ms: 10_000 }, { notes: 10_000, ms: 150_000 })).toBeCloseTo(1.5);
  });
  it("formats bytes and seconds", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(14 * 1024)).toBe("14.0 KB");
    expect(formatBytes(3.5 * MB)).toBe("3.5 MB");
    expect(formatBytes(undefined)).toBe("–");
    expect(formatSeconds(2345)).toBe("2.35 s");
    expect(formatSeconds(123_456)).toBe("123.5 s");
  });
  it("renders aligned tables", () => {
    const table = renderTable(["notes", "time"], [["1000", "1.00 s"], ["10000", "12.00 s"]]).split("\n");
    expect(table[0]).toBe("notes  time");
    expect(table[2]).toBe("1000    1.00 s");
    expect(table[3]).toBe("10000  12.00 s");
  });
});

describe("targets", () => {
  const lighthouse = { "home performance": 100, "note performance": 100, "archive performance": 100, "search performance": 96 };
  const passOf = (results: ReturnType<typeof evaluateTargets>, name: string) => results.find((result) => result.target.startsWith(name))?.pass;

  it("passes a run that meets every target: the build at 10 000, start-up, languages and Lighthouse at 1 000", () => {
    const results = evaluateTargets([figures(1000, { lighthouse }), figures(10000), figures(30000)]);
    expect(results.filter((result) => result.pass !== true)).toEqual([]);
    expect(renderTargets(results)).toMatch(/^PASS {2}build CPU time ours\/floor ≤ 2.5 at 10000/);
  });

  it("fails each target that is missed", () => {
    const results = evaluateTargets([
      figures(1000, { oursMs: 4000, floorMs: 1000, englishOnlyMs: 2000, lighthouse: { ...lighthouse, "archive performance": 93, "search performance": 77 } }),
      figures(10000, { oursMs: 60_000, oursCpuMs: 26_000, floorCpuMs: 10_000, oursPeakBytes: 400 * MB, validateMs: 3000, notePageGzipBytes: 14 * 1024, firstQueryBytes: 400_000 }),
    ]);
    const failed = results.filter((result) => result.pass === false).map((result) => result.target);
    expect(failed).toEqual([
      "build CPU time ours/floor ≤ 2.5 at 10000",
      "peak memory ours/floor ≤ 1.5 at 10000",
      "build wall time ours/floor ≤ 3 at 1000",
      "time per note at 10000 within 1.2× of 1000",
      "six languages / English only ≤ 1.3 (wall) at every size",
      "validation < 3 s at 10000",
      "note page HTML+CSS < 14 KB gzip",
      "first search query < 300 KB at 10000",
      "Lighthouse performance archive = 100 at 1000",
      "Lighthouse performance search ≥ 95 at 1000",
    ]);
  });

  it("judges the languages' cost by its highest ratio over the sizes run", () => {
    const results = evaluateTargets([figures(1000, { oursMs: 1200, englishOnlyMs: 1000 }), figures(10000, { oursMs: 16_000, englishOnlyMs: 10_000 })]);
    const languages = results.find((result) => result.target.startsWith("six languages"))!;
    expect(languages).toEqual({ target: "six languages / English only ≤ 1.3 (wall) at every size", measured: "1.60× at 10000 (1.20× at 1000)", pass: false });
    expect(evaluateTargets([figures(1000, { oursMs: 1200, englishOnlyMs: 1000 })]).find((result) => result.target.startsWith("six languages"))!.pass).toBe(true);
  });

  it("skips what was not measured: growth with one size, Lighthouse, the English-only build, 30 000 notes", () => {
    const results = evaluateTargets([figures(1000, { firstQueryBytes: undefined, englishOnlyMs: undefined })]);
    for (const name of ["time per note", "six languages", "first search", "Lighthouse performance home", "30000 notes build"]) expect(passOf(results, name)).toBeUndefined();
    expect(renderTargets(results)).toMatch(/SKIP/);
  });

  it("fails the build's targets, not validation's, when our build did not finish", () => {
    const results = evaluateTargets([figures(1000), figures(10000, { oursFailure: "out of memory" }), figures(30000, { oursFailure: "out of memory" })]);
    expect(passOf(results, "build CPU time")).toBe(false);
    expect(passOf(results, "peak memory")).toBe(false);
    expect(passOf(results, "time per note")).toBe(false);
    expect(passOf(results, "30000 notes build")).toBe(false);
    expect(passOf(results, "validation")).toBe(true);
  });
});

describe("reading /proc and the build's output", () => {
  it("reads VmRSS, the parent pid and CPU ticks", () => {
    expect(residentBytes("Name:\tnode\nVmRSS:\t  2048 kB\n")).toBe(2048 * 1024);
    expect(residentBytes("Name:\tzombie\n")).toBe(0);
    const stat = "42 (node (weird) name) S 7 42 42 0 -1 4194304 100 0 0 0 150 25 3 2 20 0 11 0";
    expect(parentPid(stat)).toBe(7);
    expect(cpuTicks(stat)).toBe(150 + 25 + 3 + 2);
  });
  it("finds every descendant of a process", () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [20, 1],
    ]);
    expect(descendants(10, parents).sort()).toEqual([10, 11, 12]);
  });
  it("parses the build's phase timings", () => {
    expect(parsePhaseTimings("[bench-timing] validation 12.5\nWrote 3 files\n[bench-timing] pagefind 300\n")).toEqual({ validation: 12.5, pagefind: 300 });
  });
  it("counts the resources a page requests, not its feeds or links", () => {
    const html = `<link rel="stylesheet" href="/assets/site.css"><link rel="icon" href="/assets/favicon.svg"><link rel="alternate" href="/rss.xml"><a href="/x">x</a><script src="/a.js" defer></script><img src="/i.png" alt="">`;
    expect(pageResources(html)).toEqual(["/assets/site.css", "/assets/favicon.svg", "/a.js", "/i.png"]);
  });
});
