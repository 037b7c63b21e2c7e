/** The build's own files: written at their address, folders made only where they are missing. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeSiteFiles } from "../../lib/outputs/site-files.ts";

let output = "";
afterEach(() => rmSync(output, { recursive: true, force: true }));

describe("writeSiteFiles", () => {
  it("writes beside existing pages and into folders that do not exist yet, and counts what it wrote", async () => {
    output = mkdtempSync(path.join(tmpdir(), "site-files-"));
    mkdirSync(path.join(output, "countries", "tajikistan"), { recursive: true });
    const files = [
      { url: "/countries/tajikistan/rss.xml", text: "<rss/>" },
      { url: "/fr/countries/tajikistan/atom.xml", text: "<feed xml:lang=\"fr\"/>" },
      { url: "/events.ics", text: "BEGIN:VCALENDAR" },
      { url: "/fr/countries/tajikistan/rss.xml", text: "Тоҷикистон — 塔吉克斯坦" },
    ];
    expect(await writeSiteFiles(output, files)).toBe(4);
    for (const file of files) expect(readFileSync(path.join(output, ...file.url.split("/").filter(Boolean)), "utf8")).toBe(file.text);
  });

  it("writes many files into the same new folders at once, each as given", async () => {
    output = mkdtempSync(path.join(tmpdir(), "site-files-"));
    // Files written side by side find the same folders missing and make them at the same time.
    const files = Array.from({ length: 300 }, (_, index) => ({ url: `/ar/organizers/value-${index % 7}/page-${index % 3}/file-${index}.txt`, text: `منظمة ${index}` }));
    let made = 0;
    const lazily = (function* () {
      for (const file of files) {
        made += 1;
        yield file;
      }
    })();
    expect(await writeSiteFiles(output, lazily)).toBe(300);
    expect(made).toBe(300);
    for (const file of files) expect(readFileSync(path.join(output, ...file.url.split("/").filter(Boolean)), "utf8")).toBe(file.text);
  });

  it("writes a file larger than a batch, with the small ones around it, into folders it makes", async () => {
    output = mkdtempSync(path.join(tmpdir(), "site-files-"));
    // Over a million characters, as notes.json is at archive scale: written by this thread, not handed over.
    const large = `[${"\"Тоҷикистон 塔吉克斯坦\",".repeat(60_000)}""]`;
    const files = [
      { url: "/data/notes.csv", text: "title\r\n" },
      { url: "/data/deeper/notes.json", text: large },
      { url: "/events.ics", text: "BEGIN:VCALENDAR" },
    ];
    expect(large.length).toBeGreaterThan(1 << 20);
    expect(await writeSiteFiles(output, files)).toBe(3);
    for (const file of files) expect(readFileSync(path.join(output, ...file.url.split("/").filter(Boolean)), "utf8")).toBe(file.text);
  });

  it("writes empty files and characters beyond the basic plane byte for byte", async () => {
    output = mkdtempSync(path.join(tmpdir(), "site-files-"));
    // Each batch goes over as one buffer of UTF-8: a character outside the basic plane is two UTF-16
    // units and four bytes, and an empty file is a length of nought between two others.
    const files = [
      { url: "/a.txt", text: "𠀋𩸽 — Тоҷикистон" },
      { url: "/b/empty.txt", text: "" },
      { url: "/b/c.txt", text: "😀 مرحبا" },
    ];
    expect(await writeSiteFiles(output, files)).toBe(3);
    for (const file of files) expect(readFileSync(path.join(output, ...file.url.split("/").filter(Boolean)), "utf8")).toBe(file.text);
  });

  it("stops on any other error than a missing folder, naming the file", async () => {
    output = mkdtempSync(path.join(tmpdir(), "site-files-"));
    mkdirSync(path.join(output, "data", "notes.json"), { recursive: true });
    await expect(writeSiteFiles(output, [{ url: "/data/notes.json", text: "[]" }])).rejects.toThrow(/notes\.json/);
  });
});
