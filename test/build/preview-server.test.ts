/**
 * `npm start`: the live preview shows drafts and scheduled notes with a banner, and search works there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureProject } from "../support/build-fixture-site.ts";
import { validFrontMatter } from "../support/fixture-notes.ts";
import { startPreviewProcess, type PreviewProcess } from "../support/preview-process.ts";

let preview: PreviewProcess | undefined;
let base = "";

beforeAll(async () => {
  const project = createFixtureProject([
    { file: "2016/published.md", frontMatter: validFrontMatter({ title: "A published workshop" }) },
    { file: "2016/draft.md", frontMatter: validFrontMatter({ title: "A draft still being written", start_date: "2016-05-02", end_date: "2016-05-03", published: "2016-05-04", draft: true }) },
    { file: "2024/scheduled.md", frontMatter: validFrontMatter({ title: "A note scheduled for December", start_date: "2024-03-10", end_date: "2024-03-11", published: "2024-12-01" }) },
  ]);
  preview = await startPreviewProcess(project.root);
  base = preview.base;
});

afterAll(async () => {
  await preview?.stop();
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
