/**
 * `npm run import -- <legacy note files or folders…>`
 *
 * Converts notes in the legacy format (Markdown converted from the old PDF notes) into draft notes
 * under notes/<year>/, printing for each what was filled in and what a person must still check.
 * Never overwrites a note: a file whose note already exists is skipped, and the command exits 1.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { commandToday } from "../lib/command-line.ts";
import { importLegacyNote } from "../lib/staff/legacy-import.ts";
import { notesAtUrl, notesOnSameDayAndCity } from "../lib/staff/note-address.ts";
import { displayPath, expandNotePaths, NOTES_DIRECTORY, noteUrl } from "../lib/note/note-files.ts";
import { noteFileText, shortenSlug } from "../lib/note/note-text.ts";
import { formatReport } from "../lib/validation/report-findings.ts";
import { slugify } from "../lib/note/slugify.ts";
import { validateNoteFiles } from "../lib/validation/validate-notes.ts";
import { siteSettings } from "../site.config.ts";
import { DEFAULT_LANGUAGE, isLanguageCode, LANGUAGE_CODES, noteFileName } from "../lib/languages/languages.ts";

const usage = "usage: npm run import -- [--lang ar|es|fr|ru|zh] <legacy note files or folders…>\nWith --lang, the notes are in that language and are written as <name>.<lang>.md.";

function legacyFiles(given: readonly string[]): { files: string[]; problems: string[] } {
  const missing = given.filter((entry) => !existsSync(entry));
  return {
    files: expandNotePaths(given.filter((entry) => existsSync(entry))),
    problems: missing.map((entry) => `${entry}: no such file or folder — check the spelling of the path`),
  };
}

function main(): number {
  const argumentsGiven = process.argv.slice(2);
  if (argumentsGiven.length === 0 || argumentsGiven.includes("--help") || argumentsGiven.includes("-h")) {
    console.log(usage);
    return argumentsGiven.length === 0 ? 2 : 0;
  }
  // `--lang fr` or `--lang=fr`: the language the legacy notes are written in (English by default).
  const langAt = argumentsGiven.findIndex((argument) => argument === "--lang" || argument.startsWith("--lang="));
  const langValue = langAt === -1 ? DEFAULT_LANGUAGE : argumentsGiven[langAt]!.includes("=") ? argumentsGiven[langAt]!.slice("--lang=".length) : argumentsGiven[langAt + 1];
  if (!isLanguageCode(langValue)) {
    console.error(`--lang "${langValue ?? ""}" is not one of the site's languages: write one of ${LANGUAGE_CODES.join(", ")}\n${usage}`);
    return 2;
  }
  const language = langValue;
  const given = argumentsGiven.filter((_, index) => langAt === -1 || (index !== langAt && (argumentsGiven[langAt]!.includes("=") || index !== langAt + 1)));
  const today = commandToday();
  if (today === undefined) return 2;
  const { files, problems } = legacyFiles(given);
  for (const problem of problems) console.error(problem);
  let failed = problems.length > 0;
  const written: string[] = [];

  for (const file of files) {
    console.log(`\n${displayPath(file)}`);
    let result;
    try {
      result = importLegacyNote(readFileSync(file, "utf8"), { today, defaultContactEmail: siteSettings.contact.email, defaultDisclaimer: siteSettings.disclaimer });
    } catch (error) {
      console.error(`  Could not be read: ${(error as Error).message}. Nothing was written for this file.`);
      failed = true;
      continue;
    }
    const { frontMatter, body, filledIn, needsReview } = result;
    const startDate = String(frontMatter.start_date);
    const dated = /^\d{4}-\d{2}-\d{2}$/.test(startDate);
    const title = String(frontMatter.title);
    // A title in a script with no Latin letters gives no file name: the legacy file's own name is used.
    const fileName = path.basename(file, path.extname(file));
    const slug = shortenSlug(slugify(title.startsWith("TODO") ? fileName : title)) || shortenSlug(slugify(fileName)) || "imported-note";
    const target = path.join(NOTES_DIRECTORY, dated ? startDate.slice(0, 4) : "undated", noteFileName(slug, language));
    const shownTarget = target.split(path.sep).join("/");
    if (existsSync(target)) {
      console.error(`  Not imported: ${shownTarget} already exists, and is never overwritten. Rename or remove that file first if this import should replace it.`);
      failed = true;
      continue;
    }
    const taken = dated ? notesAtUrl(NOTES_DIRECTORY, noteUrl(startDate, target)) : [];
    if (taken.length > 0) {
      console.error(`  Not imported: the web address ${noteUrl(startDate, target)} is already used by ${taken.map((other) => displayPath(other)).join(", ")}. It may have been imported before.`);
      failed = true;
      continue;
    }
    const sameEvent = dated && typeof frontMatter.city === "string" ? notesOnSameDayAndCity(NOTES_DIRECTORY, startDate, frontMatter.city) : [];
    if (sameEvent.length > 0) {
      needsReview.unshift(`duplicate?: ${sameEvent.map((other) => displayPath(other)).join(", ")} is about an event on the same day in the same city: if it is this event, delete the imported note`);
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, noteFileText(frontMatter, body), { flag: "wx" });
    written.push(target);
    console.log(`  Written to ${shownTarget}${dated ? ` (web address ${noteUrl(startDate, target)})` : ""}`);
    console.log("  Filled in:");
    for (const line of filledIn) console.log(`    - ${line}`);
    console.log("  Needs review:");
    for (const line of needsReview) console.log(`    - ${line}`);
  }

  if (written.length > 0) {
    console.log("\nChecking the imported notes:");
    console.log(formatReport(validateNoteFiles(written), "text"));
    console.log(
      "\nWarnings about TODO are expected: each one marks something the import could not know (always the summary).\n" +
        'Open each note, replace every TODO, check the "Needs review" points above, remove "draft: true",\n' +
        'and run "npm run validate" until it reports no errors.',
    );
  }
  console.log(`\n${written.length} of ${files.length} file${files.length === 1 ? "" : "s"} imported.`);
  return failed ? 1 : 0;
}

process.exitCode = main();
