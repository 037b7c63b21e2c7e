/**
 * The layout stays true: imports point one way along the flow (note model → validation → outputs
 * → Eleventy glue → build), only the glue and the build load Eleventy, nothing imports scripts/,
 * and no module imports itself back through others.
 *
 * Imports are read from the source text: static and dynamic `import`, `export … from`, and worker
 * modules started with `new URL("…", import.meta.url)`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPOSITORY } from "../support/build-fixture-site.ts";

/** The parts of the project, and which other parts each may import. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  "lib/languages": [],
  "lib/note": ["lib/languages"],
  "lib/validation": ["lib/note", "lib/languages"],
  "lib/outputs": ["lib/note", "lib/languages"],
  "lib/staff": ["lib/note", "lib/languages", "lib/validation", "lib/outputs"],
  "lib/build": ["lib/note", "lib/languages", "lib/validation", "lib/outputs", ".eleventy.ts"],
  "lib/eleventy": ["lib/note", "lib/languages", "lib/validation", "lib/outputs", "lib/build", "lib/staff", "site.config.ts"],
  "lib/bench": [],
  "lib/command-line.ts": ["lib/note"],
  "site.config.ts": ["lib/note"],
  ".eleventy.ts": ["lib/eleventy", "site.config.ts"],
  notes: ["lib/note", "lib/languages", "lib/outputs", "site.config.ts"],
  pages: ["lib/note", "lib/languages", "lib/outputs", "site.config.ts"],
  scripts: ["lib", "site.config.ts", "test/support"],
};

/** Only these parts may load Eleventy or its plugins. */
const ELEVENTY_USERS = new Set(["lib/eleventy", "lib/build", ".eleventy.ts"]);

function partOf(file: string): string | undefined {
  const relative = path.relative(REPOSITORY, file).split(path.sep).join("/");
  return Object.keys(MAY_IMPORT)
    .filter((part) => relative === part || relative.startsWith(`${part}/`))
    .sort((a, b) => b.length - a.length)[0];
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)["']([^"']+)["']/g;

export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => match[1]!);
}

const files = [
  ...["lib", "scripts", "notes", "pages"].flatMap((folder) => sourceFiles(path.join(REPOSITORY, folder))),
  path.join(REPOSITORY, ".eleventy.ts"),
  path.join(REPOSITORY, "site.config.ts"),
];
const graph = new Map(
  files.map((file) => {
    const specifiers = importsOf(readFileSync(file, "utf8"));
    return [file, specifiers] as const;
  }),
);

describe("the import rules", () => {
  it("reads imports of every form", () => {
    expect(importsOf(`import a from "./a.ts";\nexport { b } from "../b.ts";\nconst c = await import("./c.ts");\nimport "./d.ts";\nnew URL("./e.ts", import.meta.url);`)).toEqual(["./a.ts", "../b.ts", "./c.ts", "./d.ts", "./e.ts"]);
  });

  it("knows which part every source file belongs to", () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.filter((file) => partOf(file) === undefined).map((file) => path.relative(REPOSITORY, file))).toEqual([]);
  });

  it("has every import point from a part to one it may import", () => {
    const wrong: string[] = [];
    for (const [file, specifiers] of graph) {
      const from = partOf(file)!;
      for (const specifier of specifiers) {
        if (specifier.startsWith(".")) {
          const target = path.resolve(path.dirname(file), specifier);
          const to = partOf(target) ?? path.relative(REPOSITORY, target);
          const allowed = to === from || MAY_IMPORT[from]!.some((part) => to === part || to.startsWith(`${part}/`) || (part === "lib" && to.startsWith("lib")));
          if (!allowed) wrong.push(`${path.relative(REPOSITORY, file)} imports ${specifier} (${to})`);
        } else if (specifier.startsWith("@11ty/") && !ELEVENTY_USERS.has(from)) {
          wrong.push(`${path.relative(REPOSITORY, file)} loads ${specifier}, which only the Eleventy glue and the build may`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("has no import cycles", () => {
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((entry) => path.relative(REPOSITORY, entry)).join(" → "));
        return;
      }
      state.set(file, "visiting");
      for (const specifier of graph.get(file) ?? []) {
        if (!specifier.startsWith(".")) continue;
        const target = path.resolve(path.dirname(file), specifier);
        if (graph.has(target)) visit(target, [...trail, file]);
      }
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
