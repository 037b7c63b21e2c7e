/**
 * The search index's cache tag: a hash of Pagefind's entry file, written into every language's search
 * page once the index exists, so the entry is asked for under an address that changes with the index.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { metaCacheTag, withMetaCacheTag, writeMetaCacheTag } from "../../lib/build/search-index.ts";

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
