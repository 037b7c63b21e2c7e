/**
 * The browser editor at /admin/, in Chromium, with its own Content-Security-Policy: it loads without
 * errors or policy violations, and a note written in its form — a new note, then a French
 * translation of an existing one — is saved as a file that passes the validator unchanged and
 * builds into a page showing what was typed. The editor runs in its local-folder mode, with the
 * folder picker stubbed (test/e2e/support/editor.ts), since a test cannot log in to GitHub.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readYaml, splitNoteSource } from "../../lib/note/front-matter.ts";
import { createFixtureProject, runScript } from "../support/build-fixture-site.ts";
import { describeProblems, launchChromium, newPage, watchPage } from "./support/browser.ts";
import { answerGitHubStatus, filesUnder, openEditorOnFolder, readPickedFolder, stubFolderPicker, writeFilesUnder } from "./support/editor.ts";
import { FIXTURE_NOTES, REPO_ROOT } from "./support/fixture-site.ts";
import { headersFor, readNetlifyConfig } from "./support/netlify-config.ts";

const SCREENSHOTS = process.env.EDITOR_SCREENSHOTS ? path.join(REPO_ROOT, "docs/images") : undefined;
const config = readNetlifyConfig(path.join(REPO_ROOT, "netlify.toml"));
const EXISTING_NOTE = "notes/2022/dushanbe-points-of-contact-training.md";

/** The repository the editor works on: the end-to-end fixture notes, without their translations. */
function repositoryFiles(): Record<string, string> {
  const notes = filesUnder(FIXTURE_NOTES, "notes/");
  return Object.fromEntries(Object.entries(notes).filter(([file]) => !/\.[a-z]{2}\.md$/.test(file)));
}

const builtProjects: string[] = [];

/** Builds the saved notes with the real build and validates them with the real validator. */
function checkSaved(saved: Record<string, string>, file: string): { validation: string; page: (url: string) => string } {
  const project = createFixtureProject([], "editor-saved-");
  writeFilesUnder(project.root, Object.fromEntries(Object.entries(saved).filter(([name]) => name.startsWith("notes/"))));
  const validation = runScript("validate", project.root, [file]);
  const build = runScript("build", project.root, [], { SITE_BUILD_DATE: "2030-01-01" });
  builtProjects.push(project.root);
  return {
    validation: `${validation.status}\n${validation.stdout}${validation.stderr}\n--- build ${build.status}\n${build.stdout}${build.stderr}`,
    page: (url: string) => filesUnder(path.join(project.site, url))["index.html"] ?? "",
  };
}

/** What a note says: its front matter as the build reads it (a left-out `online` or `draft` is off) and its text. */
function noteMeaning(text: string): { data: Record<string, unknown>; body: string } {
  const source = splitNoteSource(text);
  if (!("yaml" in source)) throw new Error(source.problem);
  return { data: { online: false, draft: false, ...readYaml(source.yaml) }, body: source.body.trim() };
}

async function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

/** Brings a field of the form into view: the editor only draws the fields near the visible part of the pane. */
async function showField(page: Page, keyPath: string): Promise<void> {
  const section = page.locator(`section[data-key-path="${keyPath}"]`);
  for (let step = 0; step < 30 && (await section.count()) === 0; step++) {
    await page.locator("section[data-key-path]").last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
  }
  await section.scrollIntoViewIfNeeded();
}

/**
 * Fills the first field of a new entry once the editor has bound its form. The editor draws the
 * form before it binds it to the new entry, and a value typed in between is wiped: so type again
 * until the preview shows the value.
 */
async function fillOnceBound(page: Page, label: string, value: string): Promise<void> {
  const input = await field(page, label);
  const preview = page.frameLocator('iframe[title="Content Preview"]').locator("body");
  await expect
    .poll(
      async () => {
        if ((await input.inputValue()) !== value) await input.fill(value);
        return preview.innerText();
      },
      { message: `the preview shows the ${label} typed`, timeout: 30_000, interval: 250 },
    )
    .toContain(value);
}

/** Saves the entry; if the editor does not confirm it, fails with the form's error messages. */
async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  try {
    await page.getByText(/saved|created/i).first().waitFor();
  } catch (error) {
    const errors = await page.locator('[id$="-error"]').allInnerTexts();
    throw new Error(`The editor did not confirm the save. Form errors: ${JSON.stringify(errors.filter((text) => text.trim()))}`, { cause: error });
  }
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

describe("the browser editor (/admin/)", () => {
  const origin = inject("siteOrigin");
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const root of builtProjects) rmSync(root, { recursive: true, force: true });
  });

  it("is served with its own policy only, and the public pages keep theirs", async () => {
    const admin = headersFor(config, "/admin/")["Content-Security-Policy"]!;
    expect(admin).not.toContain(", ");
    expect(admin).toMatch(/script-src 'self';/);
    const response = await fetch(`${origin}/admin/`);
    expect(response.headers.get("content-security-policy")).toBe(admin);
    const yaml = await fetch(`${origin}/admin/config.yml`);
    expect(yaml.status).toBe(200);
    expect(await yaml.text()).toMatch(/^backend:\n  name: github/m);
  });

  it("loads in Chromium without console errors, failed requests or policy violations", async () => {
    const page = await newPage(browser);
    const problems = await watchPage(page);
    const external: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) external.push(request.url());
    });
    await answerGitHubStatus(page);
    await stubFolderPicker(page, repositoryFiles());
    await openEditorOnFolder(page, origin);
    await page.getByText("Committee visit to Kenya").waitFor();
    expect(describeProblems(problems)).toEqual([]);
    expect(external.filter((url) => !url.startsWith("https://www.githubstatus.com/"))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-US");
    await page.context().close();
  });

  it("saves a new note that passes the validator and builds with its dates as entered", async () => {
    const page = await newPage(browser, { timezoneId: "Pacific/Kiritimati" });
    const problems = await watchPage(page);
    await answerGitHubStatus(page);
    await stubFolderPicker(page, repositoryFiles());
    await openEditorOnFolder(page, origin);
    await page.getByRole("button", { name: "Create New Entry" }).click();

    await fillOnceBound(page, "Title", "Report writing workshop for Tajikistan");
    await choose(page, "Type", "workshop");
    await page.getByRole("button", { name: /Add .*Organizers/ }).click();
    await page.getByLabel("Organizer", { exact: true }).last().fill("Organisation for Security and Cooperation in Europe (OSCE)");
    await (await field(page, "Start date")).fill("2016-02-29");
    await (await field(page, "End date")).fill("2016-03-01");
    await (await field(page, "City")).fill("Dushanbe");
    await choose(page, "Country", "Tajikistan");
    await (await field(page, "Summary")).fill("A two-day training for the national working group on preparing reports on resolution 1540 (2004).");
    await (await field(page, "Published")).fill("2016-03-04");
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, "editor-new-note.png") });
    await save(page);

    const saved = await readPickedFolder(page);
    const file = "notes/2016/report-writing-workshop-for-tajikistan.md";
    expect(Object.keys(saved).filter((name) => !(name in repositoryFiles()))).toEqual([file]);
    const text = saved[file]!;
    console.log(`The editor wrote ${file}:\n${text}`);
    expect(text).toMatch(/^start_date: "2016-02-29"$/m);
    expect(text).toMatch(/^end_date: "2016-03-01"$/m);
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toMatch(/^## Background\n\nTODO: /m);

    // The draft as saved passes the validator (its TODO lines are only warnings in a draft).
    const draft = checkSaved(saved, file);
    expect(draft.validation).toMatch(/^0\n.*3 warnings/s);

    // The author then finishes the note (here in the file rather than the form: the form's rich-text
    // body is not worth driving key by key): text for each TODO, and no draft line. Nothing else changes.
    const finished = {
      ...saved,
      [file]: text.replace(/^draft: true\n/m, "").replace(/^TODO: .*$/gm, "The national working group met for two days to prepare the report."),
    };
    const { validation, page: builtPage } = checkSaved(finished, file);
    expect(validation).toMatch(/^0\n/);
    const html = builtPage("notes/2016/report-writing-workshop-for-tajikistan");
    expect(html).toContain("29 February – 1 March 2016");
    expect(html).toContain("Dushanbe");
    expect(html).toContain("The national working group met for two days");
    expect(describeProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("saves a French translation beside the English note, with the event facts carried over", async () => {
    const page = await newPage(browser);
    const problems = await watchPage(page);
    await answerGitHubStatus(page);
    await stubFolderPicker(page, repositoryFiles());
    await openEditorOnFolder(page, origin);
    await page.getByText("Points of contact training in Dushanbe").click();
    await page.getByRole("button", { name: "Show ⁨English⁩ Content Options" }).waitFor();
    // Add the French version from the locale switcher.
    await page.getByRole("combobox", { name: "Switch Locale" }).first().click();
    await page.getByRole("option", { name: /French/ }).click();
    await page.getByRole("button", { name: "Enable ⁨French⁩" }).click();
    // The pane is now the French version: the facts are copied from English and locked, the texts
    // are empty boxes to write in (a list keeps as many boxes as the English one has items).
    const setText = async (label: string, value: string) => {
      const input = page.getByLabel(label, { exact: true }).last();
      await expect.poll(() => input.inputValue(), { message: `${label} starts empty` }).toBe("");
      await input.fill(value);
    };
    await setText("Title", "Formation des points de contact à Douchanbé");
    expect(await page.getByLabel("Start date", { exact: true }).last().getAttribute("aria-readonly")).toBe("true");
    await setText("City", "Douchanbé");
    await setText("Summary", "L'UNODA a formé à Douchanbé des points de contact nationaux d'Asie centrale à l'établissement des rapports et aux demandes d'assistance.");
    await showField(page, "organizers");
    const organizers = page.getByLabel("Organizer", { exact: true });
    await expect.poll(() => organizers.count()).toBe(1);
    await organizers.first().fill("Bureau des affaires de désarmement de l'ONU (UNODA)");
    // A translation may name more organizers than the English note, or fewer.
    await expect.poll(() => page.getByRole("button", { name: /Add .*Organizers/ }).last().isEnabled()).toBe(true);
    await showField(page, "topics");
    const topics = page.getByLabel("Topic", { exact: true });
    await expect.poll(() => topics.count()).toBe(2);
    await topics.nth(0).fill("établissement des rapports");
    await topics.nth(1).fill("assistance");
    // The text starts as the new-note sections (English headings, TODO lines): replaced by the French text.
    await showField(page, "body");
    await page.locator('section[data-key-path="body"] [contenteditable="true"]').click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("## Contexte");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Cette formation était le troisième cours régional destiné aux points de contact.");
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, "editor-translation.png") });
    await save(page);

    const french = "notes/2022/dushanbe-points-of-contact-training.fr.md";
    await expect.poll(async () => Object.keys(await readPickedFolder(page)), { timeout: 10_000 }).toContain(french);
    const saved = await readPickedFolder(page);
    console.log(`The editor wrote ${french}:\n${saved[french]}`);
    // Saving writes every language version of the entry: the English file comes back in the editor's
    // style (every value double-quoted, `online` and `draft` written out) but says what it said.
    expect(noteMeaning(saved[EXISTING_NOTE]!), "the English note says what it said").toEqual(noteMeaning(repositoryFiles()[EXISTING_NOTE]!));
    const fact = (text: string, name: string) => new RegExp(`^${name}: (.*)$`, "m").exec(text)?.[1]?.replace(/^"|"$/g, "");
    for (const name of ["type", "start_date", "end_date", "country", "published"]) {
      expect(fact(saved[french]!, name), name).toBe(fact(saved[EXISTING_NOTE]!, name));
    }
    // The English note gives neither: it is in person and published, and so is its translation.
    for (const name of ["online", "draft"]) expect(fact(saved[french]!, name) ?? "false", name).toBe("false");
    expect(saved[french]).toMatch(/^title: "Formation des points de contact à Douchanbé"$/m);
    expect(saved[french]).toMatch(/^organizers:\n {2}- "Bureau des affaires de désarmement de l'ONU \(UNODA\)"\n\S/m);
    expect(saved[french]).toMatch(/^topics:\n {2}- "établissement des rapports"\n {2}- "assistance"$/m);
    expect(saved[french]).toMatch(/^## Contexte\n+Cette formation était le troisième cours régional/m);
    expect(saved[french]).not.toMatch(/TODO|Background/);

    const { validation, page: builtPage } = checkSaved(saved, french);
    expect(validation).toMatch(/^0\n/);
    expect(builtPage("fr/notes/2022/dushanbe-points-of-contact-training")).toContain("Formation des points de contact à Douchanbé");
    expect(describeProblems(problems)).toEqual([]);
    await page.context().close();
  });
});
