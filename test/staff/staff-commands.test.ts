/**
 * `npm run new` and `npm run import`, driven as staff run them: child processes in a project folder
 * with its own notes/, never this repository's.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const REPOSITORY = fileURLToPath(new URL("../..", import.meta.url));
const TSX_LOADER = path.join(REPOSITORY, "node_modules/tsx/dist/loader.mjs");
const LEGACY_FIXTURES = path.join(REPOSITORY, "test/fixtures/legacy");

function run(script: string, cwd: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, ["--import", TSX_LOADER, path.join(REPOSITORY, "scripts", script), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, SITE_BUILD_DATE: "2026-02-20", NO_COLOR: "1" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function emptyProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), "staff-commands-"));
  mkdirSync(path.join(root, "notes"));
  return root;
}

const completeFlags = [
  "--title", "Regional workshop on border controls",
  "--type", "workshop",
  "--organizer", "OSCE",
  "--organizer", "United Nations Office for Disarmament Affairs (UNODA)",
  "--start", "2026-03-02",
  "--end", "2026-03-03",
  "--city", "Vienna",
  "--country", "AT",
  "--summary", "Border officials from twelve States compared how they check strategic goods.",
  "--topic", "border controls",
];

describe("npm run new", { timeout: 30_000 }, () => {
  it("writes a complete draft from flags and prints its path, its address and the TODOs to finish", () => {
    const root = emptyProject();
    const result = run("new-note.ts", root, completeFlags);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const file = path.join(root, "notes/2026/regional-workshop-on-border-controls.md");
    const text = readFileSync(file, "utf8");
    expect(text.startsWith('---\ntitle: "Regional workshop on border controls"\ntype: "workshop"\norganizers:\n  - "OSCE"\n')).toBe(true);
    expect(text).toContain('start_date: "2026-03-02"\nend_date: "2026-03-03"\ncity: "Vienna"\ncountry: "Austria"\n');
    expect(text).toContain('published: "2026-02-20"\n');
    expect(text).toContain("draft: true\n---\n\n## Background\n\nTODO: ");
    expect(result.stdout).toContain("Created notes/2026/regional-workshop-on-border-controls.md");
    expect(result.stdout).toContain("/notes/2026/regional-workshop-on-border-controls/");
    expect(result.stdout).toContain("1 note checked: 0 errors, 3 warnings");
    expect(result.stdout).toMatch(/TODO warnings are expected/);
  });

  it("writes a translation beside the English note with --lang and --slug, at the language's address", () => {
    const root = emptyProject();
    expect(run("new-note.ts", root, completeFlags).status).toBe(0);
    const french = [
      "--lang", "fr",
      "--slug", "regional-workshop-on-border-controls",
      "--title", "Atelier régional sur les contrôles aux frontières",
      "--type", "workshop",
      "--organizer", "OSCE",
      "--start", "2026-03-02",
      "--end", "2026-03-03",
      "--city", "Vienne",
      "--country", "Austria",
      "--summary", "Des responsables de la région ont échangé sur les contrôles aux frontières et les listes de contrôle.",
    ];
    const result = run("new-note.ts", root, french);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(root, "notes/2026/regional-workshop-on-border-controls.fr.md"), "utf8")).toContain('title: "Atelier régional sur les contrôles aux frontières"');
    expect(result.stdout).toContain("Created notes/2026/regional-workshop-on-border-controls.fr.md");
    expect(result.stdout).toContain("/fr/notes/2026/regional-workshop-on-border-controls/");
    expect(result.stdout).toContain("0 errors");
  });

  it("refuses a language the site does not have", () => {
    const result = run("new-note.ts", emptyProject(), [...completeFlags, "--lang", "de"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--lang "de" is not one of the site\'s languages: write one of en, ar, es, fr, ru, zh');
  });

  it("refuses to overwrite a note that exists", () => {
    const root = emptyProject();
    mkdirSync(path.join(root, "notes/2026"));
    const file = path.join(root, "notes/2026/regional-workshop-on-border-controls.md");
    writeFileSync(file, "kept as it was\n");
    const result = run("new-note.ts", root, completeFlags);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("a note with that file name already exists");
    expect(readFileSync(file, "utf8")).toBe("kept as it was\n");
  });

  it("refuses a note whose address another note already has, wherever that note sits", () => {
    const root = emptyProject();
    mkdirSync(path.join(root, "notes/archive"));
    writeFileSync(path.join(root, "notes/archive/regional-workshop-on-border-controls.md"), '---\ntitle: "Older"\nstart_date: "2026-01-15"\n---\n\nText.\n');
    const result = run("new-note.ts", root, completeFlags);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("the web address /notes/2026/regional-workshop-on-border-controls/ is already used by notes/archive/regional-workshop-on-border-controls.md");
    expect(existsSync(path.join(root, "notes/2026"))).toBe(false);
  });

  it("names the missing flags when there is no terminal to ask in", () => {
    const root = emptyProject();
    const result = run("new-note.ts", root, ["--title", "Regional workshop on border controls", "--online"]);
    expect(result.status).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("Cannot create the note: these details are missing: --type, --organizer, --start, --summary.");
  });

  it("lists every wrong value before writing anything", () => {
    const root = emptyProject();
    const flags = completeFlags.map((flag) => (flag === "AT" ? "Austriia" : flag === "workshop" ? "worksop" : flag));
    const result = run("new-note.ts", root, flags);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('did you mean "Austria" (AT)?');
    expect(result.stderr).toContain('did you mean "workshop"?');
    expect(existsSync(path.join(root, "notes/2026"))).toBe(false);
  });
});

describe("npm run import", { timeout: 30_000 }, () => {
  it("writes each legacy note as a draft and prints what was filled in and what needs review", () => {
    const root = emptyProject();
    const result = run("import-legacy.ts", root, [path.join(LEGACY_FIXTURES, "glued-footnote-workshop.md"), path.join(LEGACY_FIXTURES, "untyped-dialogue.md")]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const text = readFileSync(path.join(root, "notes/2017/national-workshop-on-drafting-1540-implementation-reports-for-kyrgyz-ministries.md"), "utf8");
    expect(text).toContain('start_date: "2017-05-03"\nend_date: "2017-05-04"\ncity: "Bishkek"\ncountry: "Kyrgyzstan"\n');
    expect(text).toContain('published: "2026-02-20"\n');
    expect(text).toContain("draft: true\n");
    expect(result.stdout).toContain("  Filled in:\n    - title: National workshop on drafting 1540 implementation reports for Kyrgyz ministries");
    expect(result.stdout).toMatch(/Needs review:\n {4}- type: the title does not say what kind of event it was/);
    expect(result.stdout).toContain("2 notes checked:");
    expect(result.stdout).toContain("Warnings about TODO are expected");
    expect(result.stdout).toContain("2 of 2 files imported.");
  });

  it("imports legacy notes in another language with --lang, as <name>.<lang>.md", () => {
    const root = emptyProject();
    const result = run("import-legacy.ts", root, ["--lang", "fr", path.join(LEGACY_FIXTURES, "glued-footnote-workshop.md")]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(root, "notes/2017/national-workshop-on-drafting-1540-implementation-reports-for-kyrgyz-ministries.fr.md"), "utf8")).toContain('city: "Bishkek"');
    expect(result.stdout).toContain("/fr/notes/2017/national-workshop-on-drafting-1540-implementation-reports-for-kyrgyz-ministries/");
  });

  it("never overwrites a note: it skips that file, imports the others and exits 1", () => {
    const root = emptyProject();
    const folder = path.join(root, "legacy");
    mkdirSync(folder);
    for (const name of ["single-day-conference.md", "online-briefing.md"]) writeFileSync(path.join(folder, name), readFileSync(path.join(LEGACY_FIXTURES, name)));
    mkdirSync(path.join(root, "notes/2018"));
    const existing = path.join(root, "notes/2018/conference-on-securing-radioactive-sources-in-hospitals.md");
    writeFileSync(existing, "kept as it was\n");
    const result = run("import-legacy.ts", root, ["legacy"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Not imported: notes/2018/conference-on-securing-radioactive-sources-in-hospitals.md already exists, and is never overwritten.");
    expect(readFileSync(existing, "utf8")).toBe("kept as it was\n");
    expect(existsSync(path.join(root, "notes/2020/briefing-for-new-members-of-the-committees-working-groups.md"))).toBe(true);
    expect(result.stdout).toContain("1 of 2 files imported.");
  });

  it("points out a note that seems to be about the same event under another name", () => {
    const root = emptyProject();
    mkdirSync(path.join(root, "notes/2017"));
    writeFileSync(path.join(root, "notes/2017/bishkek-reporting-workshop.md"), '---\ntitle: "Reporting workshop"\nstart_date: "2017-05-03"\ncity: "Bishkek"\n---\n\nText.\n');
    const result = run("import-legacy.ts", root, [path.join(LEGACY_FIXTURES, "glued-footnote-workshop.md")]);
    expect(result.stdout).toContain("- duplicate?: notes/2017/bishkek-reporting-workshop.md is about an event on the same day in the same city");
  });

  it("says plainly when a path does not exist", () => {
    const root = emptyProject();
    const result = run("import-legacy.ts", root, ["missing.md"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("missing.md: no such file or folder");
  });
});
