/**
 * `npm start` while notes are being written: the real preview on a small project, with notes saved,
 * broken, added and deleted under it. A saved note's page changes first, rendered on its own, and
 * must be the page a whole build makes; the search index and the browse pages follow. Nothing here
 * is timed: each step is waited for, with a generous limit.
 */
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFixtureProject, type FixtureProject } from "../support/build-fixture-site.ts";
import { noteText, validFrontMatter, type FixtureNote } from "../support/fixture-notes.ts";
import { getPage, searchIndexHolds, startPreviewProcess, waitFor, type PreviewProcess } from "../support/preview-process.ts";

const KENYA = { country: "Kenya", city: "Nairobi", organizers: ["UNODA", "Kenya"], topics: ["export controls"] };

const NOTES: FixtureNote[] = [
  { file: "2016/nairobi-workshop.md", frontMatter: validFrontMatter({ ...KENYA, title: "Nairobi workshop on export controls" }) },
  {
    file: "2016/nairobi-workshop.fr.md",
    frontMatter: validFrontMatter({
      ...KENYA,
      title: "Atelier de Nairobi sur le contrôle des exportations",
      organizers: ["UNODA", "Kenya"],
      summary: "Des responsables kényans ont examiné le contrôle des exportations et les rapports.",
      topics: ["contrôle des exportations"],
    }),
    body: "## Contexte\n\nL'atelier a réuni les services nationaux.\n",
  },
  {
    file: "2017/mombasa-seminar.md",
    frontMatter: validFrontMatter({ ...KENYA, title: "Mombasa seminar on border security", city: "Mombasa", start_date: "2017-04-03", end_date: "2017-04-04", published: "2017-04-10" }),
  },
  {
    file: "2018/lima-training.md",
    frontMatter: validFrontMatter({ title: "Lima training for customs officers", country: "Peru", city: "Lima", organizers: ["OAS"], start_date: "2018-05-07", end_date: "2018-05-08", published: "2018-05-20" }),
  },
  {
    file: "2019/quito-visit.md",
    frontMatter: validFrontMatter({ title: "Country visit to Ecuador", type: "visit", country: "Ecuador", city: "Quito", start_date: "2019-09-09", end_date: "2019-09-10", published: "2019-09-30" }),
  },
  {
    file: "2020/santiago-meeting.md",
    frontMatter: validFrontMatter({ title: "Santiago meeting of national points of contact", type: "meeting", country: "Chile", city: "Santiago", start_date: "2020-02-11", end_date: "2020-02-11", published: "2020-02-20" }),
  },
];

let project: FixtureProject;
let preview: PreviewProcess;
const note = (file: string) => path.join(project.root, "notes", file);
const page = (url: string) => getPage(`${preview.base}${url}`);
/** Waits until the page at `url` answers `status` with text for which `test` holds; returns the text. */
const pageWhere = (url: string, what: string, test: (text: string) => boolean, status = 200) =>
  waitFor(`${url}: ${what}`, async () => {
    const { status: got, text } = await page(url);
    return got === status && test(text) ? text : undefined;
  });
/** Waits until the preview printed, after `since` characters of its output, a line matching `pattern`. */
const printed = (pattern: RegExp, since: number) => waitFor(`the preview to print ${pattern}`, () => (pattern.test(preview.output().slice(since)) ? true : undefined));

beforeAll(async () => {
  project = createFixtureProject(NOTES, "notes-preview-updates-");
  preview = await startPreviewProcess(project.root);
});

// What the preview printed is the only account of what it did: shown with a failed step.
beforeEach(({ onTestFailed }) => {
  const since = preview.output().length;
  onTestFailed(() => console.error(`The preview printed during this test:\n${preview.output().slice(since)}`));
});

afterAll(async () => {
  await preview?.stop();
  if (project) rmSync(project.root, { recursive: true, force: true });
});

describe("the preview after a save", () => {
  it("renders a saved note on its own exactly as the whole build did, its translation and related notes included", async () => {
    const english = await page("/notes/2016/nairobi-workshop/");
    const french = await page("/fr/notes/2016/nairobi-workshop/");
    // Pages worth comparing: a related note, and the language switcher to the translation.
    expect(english.text).toContain('href="/notes/2017/mombasa-seminar/"');
    expect(english.text).toContain('hreflang="fr"');
    const since = preview.output().length;
    // Saved without a change: the page is rendered again, by the preview alone.
    const file = note("2016/nairobi-workshop.md");
    writeFileSync(file, readFileSync(file, "utf8"));
    await printed(/\[preview\] .*notes\/2016\/nairobi-workshop\.md → /, since);
    expect((await page("/notes/2016/nairobi-workshop/")).text).toBe(english.text);
    expect((await page("/fr/notes/2016/nairobi-workshop/")).text).toBe(french.text);
  }, 180_000);

  it("shows an edited note's page, then finds its words in search, then lists its new title", async () => {
    const file = note("2017/mombasa-seminar.md");
    const marker = `previewmarker${Date.now()}`;
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("title: Mombasa seminar on border security", "title: Mombasa seminar on maritime security").replace("Participants discussed implementation.", `Participants discussed implementation. ${marker}`),
    );
    const shown = await pageWhere("/notes/2017/mombasa-seminar/", "the new word", (text) => text.includes(marker));
    expect(shown).toContain("Mombasa seminar on maritime security");
    await waitFor("the search index to hold the new word", () => (searchIndexHolds(project.site, marker) ? true : undefined));
    // The browse pages catch up: the archive, the country's page, the site-wide feed.
    await pageWhere("/notes/", "the new title", (text) => text.includes("Mombasa seminar on maritime security") && !text.includes("Mombasa seminar on border security"));
    await pageWhere("/countries/kenya/", "the new title", (text) => text.includes("Mombasa seminar on maritime security"));
    await pageWhere("/feed.json", "the new word", (text) => text.includes(marker));
    // The related note's card on another note page is rendered from the new title once that page is rendered again.
    const since = preview.output().length;
    const other = note("2016/nairobi-workshop.md");
    writeFileSync(other, readFileSync(other, "utf8"));
    await printed(/\[preview\] .*notes\/2016\/nairobi-workshop\.md → /, since);
    expect((await page("/notes/2016/nairobi-workshop/")).text).toContain("Mombasa seminar on maritime security");
  }, 300_000);

  it("shows a note's errors instead of its old page while it has them, and the note once fixed", async () => {
    const file = note("2019/quito-visit.md");
    const valid = readFileSync(file, "utf8");
    const stillShowsErrors = (text: string) => text.includes("cannot be shown until it is fixed") && !text.includes("Country visit to Ecuador</h1>") && !text.includes("data-pagefind-body");

    // An error only the validator sees (Eleventy would render the page): the rebuild that follows must not bring the page back.
    let since = preview.output().length;
    writeFileSync(file, valid.replace("The event brought national officials together.", "TODO: say who came."));
    expect(await pageWhere("/notes/2019/quito-visit/", "the errors", stillShowsErrors)).toContain("TODO");
    await printed(/\[preview\] site updated/, since);
    expect(stillShowsErrors((await page("/notes/2019/quito-visit/")).text)).toBe(true);

    // An error that keeps the note off the site: the archive drops it, the page still shows the error.
    since = preview.output().length;
    writeFileSync(file, valid.replace("type: visit", "type: holiday"));
    expect(await pageWhere("/notes/2019/quito-visit/", "the errors", (text) => stillShowsErrors(text) && text.includes("holiday"))).toContain("cannot be shown");
    await pageWhere("/notes/", "the note taken off the archive", (text) => !text.includes("Country visit to Ecuador"));
    expect(stillShowsErrors((await page("/notes/2019/quito-visit/")).text)).toBe(true);

    writeFileSync(file, valid.replace("title: Country visit to Ecuador", "title: Country visit to Ecuador, fixed"));
    await pageWhere("/notes/2019/quito-visit/", "the note again", (text) => text.includes("Country visit to Ecuador, fixed</h1>"));
    await pageWhere("/notes/", "the note listed again", (text) => text.includes("Country visit to Ecuador, fixed"));
  }, 300_000);

  it("shows a new note, in a new folder, and lists it", async () => {
    writeNote({
      file: "2021/accra-roundtable.md",
      frontMatter: validFrontMatter({ title: "Accra roundtable with industry", type: "roundtable", country: "Ghana", city: "Accra", start_date: "2021-06-01", end_date: "2021-06-01", published: "2021-06-15" }),
    });
    await pageWhere("/notes/2021/accra-roundtable/", "the new note", (text) => text.includes("Accra roundtable with industry</h1>"));
    await pageWhere("/notes/", "the new note listed", (text) => text.includes("Accra roundtable with industry"));
    await waitFor("the search index to hold the new note", () => (searchIndexHolds(project.site, "Accra roundtable") ? true : undefined));
  }, 300_000);

  it("removes a deleted note's page and takes it off the browse pages and the search index", async () => {
    expect(searchIndexHolds(project.site, "Santiago meeting")).toBe(true);
    const indexed = await englishPagesIndexed();
    unlinkSync(note("2020/santiago-meeting.md"));
    await pageWhere("/notes/2020/santiago-meeting/", "no page", () => true, 404);
    await pageWhere("/notes/", "the note taken off the archive", (text) => !text.includes("Santiago meeting"));
    // Chile has no note left, so no browse page either.
    await pageWhere("/countries/chile/", "no page", () => true, 404);
    await waitFor("the search index to drop the note", () => (searchIndexHolds(project.site, "Santiago meeting") ? undefined : true));
    expect(await englishPagesIndexed()).toBe(indexed - 1);
  }, 300_000);

  it("shows a new translation with the English page's switcher, and takes both away when it is deleted", async () => {
    writeNote({
      file: "2018/lima-training.es.md",
      frontMatter: validFrontMatter({
        title: "Capacitación en Lima para funcionarios de aduanas",
        country: "Peru",
        city: "Lima",
        organizers: ["OEA"],
        summary: "Funcionarios de aduanas del Perú se capacitaron en el control de las exportaciones.",
        start_date: "2018-05-07",
        end_date: "2018-05-08",
        published: "2018-05-20",
      }),
      body: "## Antecedentes\n\nLa capacitación reunió a los funcionarios.\n",
    });
    await pageWhere("/es/notes/2018/lima-training/", "the translation", (text) => text.includes("Capacitación en Lima para funcionarios de aduanas</h1>"));
    await pageWhere("/notes/2018/lima-training/", "the switcher to Spanish", (text) => text.includes('hreflang="es"'));
    await pageWhere("/es/notes/", "the translation listed in Spanish", (text) => text.includes("Capacitación en Lima"));

    unlinkSync(note("2018/lima-training.es.md"));
    await pageWhere("/es/notes/2018/lima-training/", "no page", () => true, 404);
    await pageWhere("/notes/2018/lima-training/", "no switcher to Spanish", (text) => !text.includes('hreflang="es"'));
    await pageWhere("/es/notes/", "the English version listed in Spanish again", (text) => !text.includes("Capacitación en Lima") && text.includes("Lima training for customs officers"));
  }, 300_000);

  it("lays the browse pages out again, in every language, when their layout is saved", async () => {
    const layout = path.join(project.root, "layouts", "facet-page.njk");
    const original = readFileSync(layout, "utf8");
    const heading = "<h1>{{ entry.heading }}</h1>";
    expect(original).toContain(heading);
    writeFileSync(layout, original.replace(heading, '<h1 class="saved-layout">{{ entry.heading }}</h1>'));
    await pageWhere("/countries/kenya/", "the saved layout", (text) => text.includes('<h1 class="saved-layout">'));
    await pageWhere("/fr/countries/kenya/", "the saved layout in French", (text) => text.includes('<h1 class="saved-layout">'));
    writeFileSync(layout, original);
    await pageWhere("/countries/kenya/", "the layout as it was", (text) => text.includes("<h1>") && !text.includes("saved-layout"));
  }, 300_000);
});

describe("the preview's own messages", () => {
  it("report no failed build or render along the way", () => {
    expect(preview.output()).not.toMatch(/Having trouble|Problem writing|could not be (shown|rendered|updated)|site builder (failed|stopped)/);
  });
});

function writeNote(fixture: FixtureNote): void {
  mkdirSync(path.dirname(note(fixture.file)), { recursive: true });
  writeFileSync(note(fixture.file), noteText(fixture.frontMatter, fixture.body));
}

/** How many English pages the search index holds, from its entry file. */
async function englishPagesIndexed(): Promise<number> {
  const entry = (await (await fetch(`${preview.base}/pagefind/pagefind-entry.json`)).json()) as { languages: { en: { page_count: number } } };
  return entry.languages.en.page_count;
}
