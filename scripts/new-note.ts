/**
 * `npm run new [-- --title "…" --type workshop --organizer OSCE --start 2026-03-02 …]`
 *
 * Creates a draft note from flags, asking in the terminal for anything missing. Without a terminal
 * (in a script or CI) it exits 2 naming the missing flags. Exits 1, writing nothing, when the file
 * or the note's web address is already taken.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface, type Interface } from "node:readline/promises";
import { commandToday, parseCommandLine } from "../lib/command-line.ts";
import { resolveCountry, suggestCountry } from "../lib/note/countries.ts";
import { BODY_SECTIONS, checkAnswer, checkAnswers, missingAnswers, newNoteLocation, newNoteText, type AnswerName, type NewNoteAnswers } from "../lib/staff/new-note.ts";
import { notesAtUrl } from "../lib/staff/note-address.ts";
import { NOTES_DIRECTORY } from "../lib/note/note-files.ts";
import { NOTE_TYPES } from "../lib/note/note-schema.ts";
import { isLanguageCode, LANGUAGE_CODES } from "../lib/languages/languages.ts";
import { formatReport } from "../lib/validation/report-findings.ts";
import { validateNoteFiles } from "../lib/validation/validate-notes.ts";

const usage = `usage: npm run new -- --title "…" --type ${NOTE_TYPES.join("|")} --organizer "…" [--organizer "…"]
       --start YYYY-MM-DD [--end YYYY-MM-DD] (--city "…" --country "…" | --online)
       --summary "…" [--topic "…"] [--slug file-name] [--lang ar|es|fr|ru|zh]
A note in another language, or the translation of a note (give its --slug), is <slug>.<lang>.md.
Run it without flags in a terminal to be asked for each one.`;

class Stopped extends Error {}

async function ask(rl: Interface, question: string): Promise<string> {
  try {
    return (await rl.question(question)).trim();
  } catch {
    throw new Stopped();
  }
}

/** Asks until the answer passes `check`; a blank answer is accepted only when `optional`. */
async function askChecked(rl: Interface, question: string, name: AnswerName, optional = false): Promise<string | undefined> {
  for (;;) {
    const answer = await ask(rl, question);
    if (answer === "" && optional) return undefined;
    const problem = answer === "" ? `This is needed: please type an answer.` : checkAnswer(name, answer)?.replace(/^--\S+ "[^"]*": /, "");
    if (!problem) return answer;
    console.log(`  ${problem}`);
  }
}

async function askType(rl: Interface): Promise<string> {
  console.log("What kind of event was it?");
  NOTE_TYPES.forEach((type, index) => console.log(`  ${index + 1}. ${type}`));
  for (;;) {
    const answer = (await ask(rl, `Type a number (1–${NOTE_TYPES.length}) or a name: `)).toLowerCase();
    const chosen = /^\d+$/.test(answer) ? NOTE_TYPES[Number(answer) - 1] : NOTE_TYPES.find((type) => type === answer);
    if (chosen) return chosen;
    console.log(`  Please choose one of the numbers 1 to ${NOTE_TYPES.length}.`);
  }
}

async function askCountry(rl: Interface): Promise<string> {
  for (;;) {
    const answer = await ask(rl, "Host country (name or two-letter code, such as Austria or AT): ");
    const country = resolveCountry(answer);
    if (country) {
      console.log(`  ${country.name} (${country.code})`);
      return country.name;
    }
    const suggestion = answer ? suggestCountry(answer) : undefined;
    if (suggestion) {
      const confirm = (await ask(rl, `  "${answer}" is not a country I know. Did you mean ${suggestion.name}? (Y/n) `)).toLowerCase();
      if (confirm === "" || confirm.startsWith("y")) return suggestion.name;
    } else {
      console.log(`  "${answer}" is not a country I know: type its English name or its two-letter code.`);
    }
  }
}

async function askForMissing(given: Partial<NewNoteAnswers>): Promise<NewNoteAnswers> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    console.log("Creating a new information note. Press Ctrl+C to stop; nothing is written until the end.\n");
    const title = given.title ?? (await askChecked(rl, "Title of the event: ", "title"))!;
    const type = given.type ?? (await askType(rl));
    let organizers = given.organizers ?? [];
    if (organizers.length === 0) {
      console.log("Who organised it? One name per line; an empty line when done.");
      const names: string[] = [];
      for (;;) {
        const name = await ask(rl, `  Organizer ${names.length + 1}: `);
        if (name === "" && names.length > 0) break;
        if (name === "") console.log("  At least one organizer is needed.");
        else names.push(name);
      }
      organizers = names;
    }
    const startDate = given.startDate ?? (await askChecked(rl, "First day (YYYY-MM-DD): ", "start"))!;
    let endDate = given.endDate;
    while (endDate === undefined) {
      const answer = await askChecked(rl, "Last day (YYYY-MM-DD; leave empty for a one-day event): ", "end", true);
      if (answer === undefined) break;
      if (answer < startDate) console.log(`  ${answer} is before the first day, ${startDate}: the event cannot end before it starts.`);
      else endDate = answer;
    }
    let online = given.online ?? false;
    if (!online && (given.city === undefined || given.country === undefined)) {
      online = (await ask(rl, "Was the event held online only? (y/N) ")).toLowerCase().startsWith("y");
    }
    const city = online ? given.city : (given.city ?? (await askChecked(rl, "Host city: ", "city"))!);
    const country = online ? given.country : (given.country ?? (await askCountry(rl)));
    const summary = given.summary ?? (await askChecked(rl, "Summary, one or two sentences (20–300 characters): ", "summary"))!;
    let topics = given.topics ?? [];
    if (topics.length === 0) {
      const answer = await ask(rl, "Topics, separated by commas (optional): ");
      topics = answer.split(",").map((topic) => topic.trim()).filter(Boolean);
    }
    return { title, type, organizers, startDate, ...(endDate ? { endDate } : {}), ...(city ? { city } : {}), ...(country ? { country } : {}), online, summary, topics, ...(given.slug ? { slug: given.slug } : {}) };
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const parsed = parseCommandLine(
    {
      options: {
        title: { type: "string" },
        type: { type: "string" },
        organizer: { type: "string", multiple: true },
        start: { type: "string" },
        end: { type: "string" },
        city: { type: "string" },
        country: { type: "string" },
        online: { type: "boolean" },
        summary: { type: "string" },
        topic: { type: "string", multiple: true },
        slug: { type: "string" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    },
    usage,
  );
  if (typeof parsed === "number") return parsed;
  const flags = parsed.values;
  const today = commandToday();
  if (today === undefined) return 2;

  if (flags.lang !== undefined && !isLanguageCode(flags.lang)) {
    console.error(`--lang "${flags.lang}" is not one of the site's languages: write one of ${LANGUAGE_CODES.join(", ")} (en, the default, needs no flag)\n${usage}`);
    return 2;
  }
  const given: Partial<NewNoteAnswers> = {
    ...(flags.lang !== undefined && isLanguageCode(flags.lang) ? { language: flags.lang } : {}),
    ...(flags.title !== undefined ? { title: flags.title } : {}),
    ...(flags.type !== undefined ? { type: flags.type } : {}),
    ...(flags.organizer ? { organizers: flags.organizer } : {}),
    ...(flags.start !== undefined ? { startDate: flags.start } : {}),
    ...(flags.end !== undefined ? { endDate: flags.end } : {}),
    ...(flags.city !== undefined ? { city: flags.city } : {}),
    ...(flags.country !== undefined ? { country: flags.country } : {}),
    ...(flags.online ? { online: true } : {}),
    ...(flags.summary !== undefined ? { summary: flags.summary } : {}),
    ...(flags.topic ? { topics: flags.topic } : {}),
    ...(flags.slug !== undefined ? { slug: flags.slug } : {}),
  };
  const missing = missingAnswers(given);
  let answers: NewNoteAnswers;
  if (missing.length === 0) {
    answers = { online: false, topics: [], ...given } as NewNoteAnswers;
  } else if (process.stdin.isTTY) {
    try {
      answers = await askForMissing(given);
    } catch (error) {
      if (error instanceof Stopped) {
        console.error("\nStopped: no note was written.");
        return 130;
      }
      throw error;
    }
  } else {
    console.error(
      `Cannot create the note: these details are missing: ${missing.map((name) => `--${name}`).join(", ")}.\n` +
        `Add them to the command (city and country are not needed with --online), or run "npm run new" in a terminal to be asked for them.\n${usage}`,
    );
    return 2;
  }

  const problems = checkAnswers(answers);
  if (problems.length > 0) {
    console.error(`Cannot create the note:\n${problems.map((problem) => `  ${problem}`).join("\n")}\nCorrect these and run the command again.`);
    return 2;
  }

  const { file, url } = newNoteLocation(answers);
  if (existsSync(file)) {
    console.error(`Cannot create ${file}: a note with that file name already exists. Open and edit it, or choose another name with --slug.`);
    return 1;
  }
  const taken = notesAtUrl(NOTES_DIRECTORY, url);
  if (taken.length > 0) {
    console.error(`Cannot create ${file}: the web address ${url} is already used by ${taken.map((other) => other.split(path.sep).join("/")).join(", ")}. Choose another file name with --slug.`);
    return 1;
  }

  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, newNoteText(answers, today), { flag: "wx" });

  console.log(`\nCreated ${file}`);
  console.log(`It will be published at ${url} once it is finished and "draft: true" is removed.\n`);
  const report = validateNoteFiles([file]);
  console.log(formatReport(report, "text"));
  console.log(
    `\nThese ${BODY_SECTIONS.length} TODO warnings are expected: each section of the new note holds a "TODO:" line.\n` +
      `Replace each one with your text (or delete a section you do not need), then remove the line "draft: true"\n` +
      `and run "npm run validate" until it reports no errors. A draft with TODOs can be committed; once "draft: true"\n` +
      `is removed, each TODO left is an error and the site will not build.`,
  );
  return 0;
}

process.exitCode = await main();
