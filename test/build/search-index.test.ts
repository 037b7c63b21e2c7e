/**
 * The search index's cache tag: a hash of Pagefind's entry file, written into every language's search
 * page once the index exists, so the entry is asked for under an address that changes with the index.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildSearchIndex, indexFilesInUse, metaCacheTag, withMetaCacheTag, writeMetaCacheTag } from "../../lib/build/search-index.ts";

const ENTRY = '{"version":"1.6.0","languages":{"en":{"hash":"en_525ad022a6","wasm":"en","page_count":978}}}';
const PAGE = '<main><div id="search" class="search" data-search-root data-filters="country year" data-meta-cache-tag=""></div></main>';

describe("the cache tag of the search index", () => {
  it("is the same for the same entry file and changes with any change of it", () => {
    expect(metaCacheTag(ENTRY)).toBe(metaCacheTag(ENTRY));
    expect(metaCacheTag(ENTRY)).toMatch(/^[0-9a-f]{16}$/);
    expect(metaCacheTag(ENTRY.replace("en_525ad022a6", "en_525ad022a7"))).not.toBe(metaCacheTag(ENTRY));
    expect(metaCacheTag(ENTRY.replace("978", "979"))).not.toBe(metaCacheTag(ENTRY));
  });

  it("fills the search root's attribute and nothing else", () => {
    expect(withMetaCacheTag(PAGE, "0123456789abcdef")).toBe(PAGE.replace('data-meta-cache-tag=""', 'data-meta-cache-tag="0123456789abcdef"'));
    // A page built again over a tagged one (the preview) gets the new tag.
    expect(withMetaCacheTag(withMetaCacheTag(PAGE, "aaaa"), "bbbb")).toContain('data-meta-cache-tag="bbbb"');
    expect(withMetaCacheTag("<p>no search here</p>", "aaaa")).toBe("<p>no search here</p>");
  });
});

describe("writing the tag into the built search pages", () => {
  let site: string | undefined;
  afterEach(() => {
    if (site) rmSync(site, { recursive: true, force: true });
    site = undefined;
  });

  it("tags each language's search page that was built, from the index's own entry file", () => {
    site = mkdtempSync(path.join(tmpdir(), "search-tag-"));
    for (const folder of ["search", "fr/search", "ar/search", "pagefind"]) mkdirSync(path.join(site, folder), { recursive: true });
    for (const folder of ["search", "fr/search", "ar/search"]) writeFileSync(path.join(site, folder, "index.html"), PAGE);
    writeFileSync(path.join(site, "pagefind", "pagefind-entry.json"), ENTRY);
    const tag = writeMetaCacheTag(site, path.join(site, "pagefind"));
    expect(tag).toBe(metaCacheTag(ENTRY));
    for (const folder of ["search", "fr/search", "ar/search"]) {
      expect(readFileSync(path.join(site, folder, "index.html"), "utf8")).toContain(`data-meta-cache-tag="${tag}"`);
    }
  });
});

describe("the files an index uses", () => {
  let site: string | undefined;
  afterEach(() => {
    if (site) rmSync(site, { recursive: true, force: true });
    site = undefined;
  });

  const notePage = (language: string, title: string, country: string) =>
    `<!doctype html><html lang="${language}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Export controls and border security in ${country}.</p><span data-pagefind-filter="country">${country}</span></main></body></html>`;

  it("are every content-named file Pagefind wrote for it, in every language, and none of an older index", async () => {
    site = mkdtempSync(path.join(tmpdir(), "search-files-"));
    const write = (relative: string, html: string) => {
      mkdirSync(path.dirname(path.join(site!, relative)), { recursive: true });
      writeFileSync(path.join(site!, relative), html);
    };
    write("notes/2016/one/index.html", notePage("en", "Workshop in Dushanbe", "Tajikistan"));
    write("notes/2017/two/index.html", notePage("en", "Briefing in New York", "United States"));
    write("fr/notes/2017/two/index.html", notePage("fr", "Réunion d'information à New York", "États-Unis"));
    await buildSearchIndex(site);
    const older = readdirSync(path.join(site, "pagefind"), { recursive: true }).map(String).filter((name) => /\.pf_/.test(name));

    write("notes/2016/one/index.html", notePage("en", "Workshop in Dushanbe, retitled", "Tajikistan"));
    await buildSearchIndex(site);
    const inUse = indexFilesInUse(path.join(site, "pagefind"));
    const all = readdirSync(path.join(site, "pagefind"), { recursive: true }).map(String).filter((name) => /\.pf_/.test(name));
    const used = all.filter(inUse);

    // The second index shares the unchanged pages' fragments with the first and replaces the retitled one's.
    expect(used.filter((name) => name.startsWith("fragment/en_"))).toHaveLength(2);
    expect(used.filter((name) => name.startsWith("fragment/fr_"))).toHaveLength(1);
    expect(used.some((name) => name.startsWith("index/") && name.endsWith(".pf_index"))).toBe(true);
    expect(used.some((name) => name.startsWith("filter/"))).toBe(true);
    expect(used.filter((name) => name.endsWith(".pf_meta"))).toHaveLength(2);
    const replaced = all.filter((name) => !used.includes(name));
    expect(replaced.length).toBeGreaterThan(0);
    expect(replaced.every((name) => older.includes(name))).toBe(true);
    expect(inUse("pagefind-entry.json")).toBe(false);
  });
});

describe("an archive with no note pages", () => {
  let site: string | undefined;
  afterEach(() => {
    if (site) rmSync(site, { recursive: true, force: true });
    site = undefined;
  });

  it("still gets an index, empty, that the search pages can load and tag", async () => {
    site = mkdtempSync(path.join(tmpdir(), "search-empty-"));
    mkdirSync(path.join(site, "search"), { recursive: true });
    writeFileSync(path.join(site, "search", "index.html"), PAGE);
    expect(await buildSearchIndex(site)).toEqual({ pages: 0 });
    const entry = readFileSync(path.join(site, "pagefind", "pagefind-entry.json"), "utf8");
    expect(JSON.parse(entry)).toMatchObject({ languages: {} });
    expect(readdirSync(path.join(site, "pagefind"))).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-ui.js", "pagefind-ui.css"]));
    expect(readFileSync(path.join(site, "search", "index.html"), "utf8")).toContain(`data-meta-cache-tag="${metaCacheTag(entry)}"`);
  });
});

describe("the index's settings", () => {
  let site: string | undefined;
  const variable = process.env.PAGEFIND_FORCE_LANGUAGE;
  afterEach(() => {
    if (site) rmSync(site, { recursive: true, force: true });
    site = undefined;
    if (variable === undefined) delete process.env.PAGEFIND_FORCE_LANGUAGE;
    else process.env.PAGEFIND_FORCE_LANGUAGE = variable;
  });

  it("come from the pages alone: a Pagefind configuration file in the site or a PAGEFIND_ variable changes nothing", async () => {
    site = mkdtempSync(path.join(tmpdir(), "search-settings-"));
    mkdirSync(path.join(site, "notes", "2016", "one"), { recursive: true });
    writeFileSync(
      path.join(site, "notes", "2016", "one", "index.html"),
      '<!doctype html><html lang="en"><body><article data-pagefind-body><h1>Workshop in Dushanbe</h1><p>Export controls.</p></article></body></html>',
    );
    const languages = () => Object.keys((JSON.parse(readFileSync(path.join(site!, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, unknown> }).languages);
    writeFileSync(path.join(site, "pagefind.yml"), "force_language: fr\n");
    expect(await buildSearchIndex(site)).toEqual({ pages: 1 });
    expect(languages()).toEqual(["en"]);
    rmSync(path.join(site, "pagefind.yml"));
    process.env.PAGEFIND_FORCE_LANGUAGE = "es";
    await buildSearchIndex(site);
    expect(languages()).toEqual(["en"]);
  });
});
