/**
 * Every id on a note page is unique, whatever headings the body holds: a body heading may read like
 * one the layout adds ("Additional comments", which the new-note wizard writes, "Related documents",
 * "Main") or like a footnote ("fn1"), or repeat another heading.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createMarkdownRenderer, LAYOUT_IDS } from "../../lib/note/markdown.ts";
import { parseTags } from "../e2e/support/html.ts";
import { buildFixtureSite, REPOSITORY, type FixtureProject } from "../support/build-fixture-site.ts";
import { validFrontMatter, type FixtureNote } from "../support/fixture-notes.ts";

const CLASHING_BODY = [
  "## Background",
  "",
  "The plan[^1] was discussed[^1].",
  "",
  "[^1]: The national action plan.",
  "",
  "## Main",
  "## Additional comments",
  "## Additional comments",
  "## Additional comments 1",
  "## Related documents",
  "## Related notes heading",
  "## Disclaimer footnote",
  "### Disclaimer ref",
  "## Fn1",
  "#### fnref1",
  "## Overview",
  "## Overview",
  "## !!!",
  "## ???",
  "",
].join("\n");

const NOTES: FixtureNote[] = [
  {
    file: "2016/clashing-headings.md",
    frontMatter: validFrontMatter({ title: "Workshop whose headings clash", links: [{ title: "Agenda", url: "https://example.org/agenda.pdf" }] }),
    body: CLASHING_BODY,
  },
  // Shares the organizer, so the page also lists related notes (another id of the layout).
  { file: "2017/neighbour.md", frontMatter: validFrontMatter({ title: "A related workshop", start_date: "2017-02-01", end_date: "2017-02-02", published: "2017-02-03" }) },
];

const idsOf = (html: string) => parseTags(html).flatMap((tag) => (tag.attributes.has("id") ? [tag.attributes.get("id")!] : []));
const duplicates = (ids: readonly string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

let project: FixtureProject;

beforeAll(() => {
  const built = buildFixtureSite(NOTES);
  expect(built.result.status, `${built.result.stdout}${built.result.stderr}`).toBe(0);
  project = built;
});

describe("ids on a rendered note page", () => {
  it("are unique and never empty, whatever the body's headings say", () => {
    const html = readFileSync(path.join(project.site, "notes/2016/clashing-headings/index.html"), "utf8");
    const ids = idsOf(html);
    // The layout's own ids are all there, so the test covers each clash.
    expect(ids).toEqual(expect.arrayContaining(["main", "additional-comments", "related-documents", "related-notes-heading", "disclaimer-footnote", "disclaimer-ref", "fn1", "fnref1", "fnref1:1"]));
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => id.trim() === "")).toEqual([]);
  });

  it("keep every in-page link pointing at the element it meant", () => {
    const html = readFileSync(path.join(project.site, "notes/2016/clashing-headings/index.html"), "utf8");
    const tags = parseTags(html);
    const byId = new Map(tags.flatMap((tag) => (tag.attributes.has("id") ? [[tag.attributes.get("id")!, tag.name] as const] : [])));
    expect(byId.get("main")).toBe("main");
    expect(byId.get("fn1")).toBe("li");
    expect(byId.get("disclaimer-footnote")).toBe("p");
    expect(byId.get("additional-comments")).toBe("h2");
    for (const tag of tags) {
      const href = tag.attributes.get("href");
      if (href?.startsWith("#")) expect(byId.has(href.slice(1)), href).toBe(true);
    }
  });

  it("are unique in the feeds' copy of the note as well", () => {
    const atom = readFileSync(path.join(project.site, "atom.xml"), "utf8");
    const entry = atom.split("<entry").find((text) => text.includes("clashing-headings"))!;
    const content = /<content type="html">([^]*)<\/content>/.exec(entry)![1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    expect(duplicates(idsOf(content))).toEqual([]);
  });
});

describe("the Markdown renderer", () => {
  const markdown = createMarkdownRenderer();

  it("reserves every id the layouts write", () => {
    const layoutFiles = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? layoutFiles(path.join(folder, entry.name)) : [path.join(folder, entry.name)]));
    const written = layoutFiles(path.join(REPOSITORY, "layouts")).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bid="([^"{]+)"/g)].map((match) => match[1]!));
    expect(written.length).toBeGreaterThan(3);
    expect([...LAYOUT_IDS]).toEqual(expect.arrayContaining(written));
  });

  it("never writes a reserved, footnote-like, empty or repeated id, for any headings", () => {
    const word = fc.constantFrom("main", "Additional", "comments", "related", "documents", "notes", "heading", "disclaimer", "footnote", "ref", "fn1", "fnref1", "1", "-", "!", "é", "Overview");
    const heading = fc.tuple(fc.constantFrom("##", "###", "####"), fc.array(word, { minLength: 0, maxLength: 4 })).map(([level, words]) => `${level} ${words.join(" ")}`);
    fc.assert(
      fc.property(fc.array(heading, { minLength: 1, maxLength: 12 }), (headings) => {
        const html = markdown.render(`${headings.join("\n\n")}\n\nText[^a].\n\n[^a]: A note.\n`);
        const ids = idsOf(html);
        expect(duplicates(ids)).toEqual([]);
        const headingIds = parseTags(html).filter((tag) => /^h[2-4]$/.test(tag.name)).map((tag) => tag.attributes.get("id") ?? "");
        for (const id of headingIds) {
          expect(id).not.toBe("");
          expect(LAYOUT_IDS.has(id), id).toBe(false);
          expect(id).not.toMatch(/^fn(ref)?\d+(:\d+)?$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("heading ids in any script", () => {
  const markdown = createMarkdownRenderer();

  it("keeps Arabic, Cyrillic and Chinese headings readable, distinct and non-empty", () => {
    const html = markdown.render("## الخلفية\n\n## Общие сведения\n\n## 背景\n\n## 背景\n\n## Overview\n");
    expect(idsOf(html)).toEqual(["الخلفية", "общие-сведения", "背景", "背景-1", "overview"]);
  });
});
