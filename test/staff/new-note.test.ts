/**
 * What `npm run new` writes, checked without running the command.
 */
import { describe, expect, it } from "vitest";
import { checkAnswer, checkAnswers, missingAnswers, newNoteLocation, newNoteText, type NewNoteAnswers } from "../../lib/staff/new-note.ts";
import { validateNoteText } from "../../lib/validation/validate-note.ts";

const answers: NewNoteAnswers = {
  title: "Regional workshop on border controls: lessons from 2025",
  type: "workshop",
  organizers: ["OSCE", "Austria"],
  startDate: "2026-03-02",
  endDate: "2026-03-03",
  city: "Vienna",
  country: "at",
  online: false,
  summary: "Border officials from twelve States compared how they check strategic goods.",
  topics: ["border controls"],
};

describe("a new note", () => {
  it("goes in the folder of its start year, named after its title", () => {
    expect(newNoteLocation(answers)).toEqual({
      file: "notes/2026/regional-workshop-on-border-controls-lessons-from-2025.md",
      url: "/notes/2026/regional-workshop-on-border-controls-lessons-from-2025/",
    });
    expect(newNoteLocation({ ...answers, slug: "vienna-borders" }).file).toBe("notes/2026/vienna-borders.md");
  });

  it("is a draft published today whose only problems are the TODO lines in its body", () => {
    const text = newNoteText(answers, "2026-02-20");
    expect(text).toContain('published: "2026-02-20"\n');
    expect(text).toContain("draft: true\n");
    expect(text).toContain('title: "Regional workshop on border controls: lessons from 2025"\n');
    const { findings } = validateNoteText("new.md", text);
    expect(findings.map((finding) => `${finding.field} ${finding.message}`)).toEqual(Array(3).fill("body still has a TODO: finish or remove that line before publishing"));
  });

  it("writes the country's UN name whatever form it was typed in", () => {
    expect(newNoteText(answers, "2026-02-20")).toContain('country: "Austria"\n');
  });

  it("leaves out the end date of a one-day event and the place of an online one", () => {
    const text = newNoteText({ ...answers, endDate: "2026-03-02", online: true, city: undefined, country: undefined }, "2026-02-20");
    expect(text).not.toMatch(/end_date|city|country/);
    expect(text).toContain("online: true\n");
  });

  it("has Background, Overview and Additional comments sections", () => {
    const body = newNoteText(answers, "2026-02-20").split("---\n")[2]!;
    expect(body.match(/^## .*/gm)).toEqual(["## Background", "## Overview", "## Additional comments"]);
  });
});

describe("checking the answers", () => {
  it("names the flags still missing, without city and country for an online event", () => {
    expect(missingAnswers({ title: "A workshop" })).toEqual(["type", "organizer", "start", "city", "country", "summary"]);
    expect(missingAnswers({ title: "A workshop", online: true })).toEqual(["type", "organizer", "start", "summary"]);
  });

  it("explains a wrong answer in the schema's words, with a suggestion", () => {
    expect(checkAnswer("country", "Austriia")).toBe('--country "Austriia": the country "Austriia" is not a known country — did you mean "Austria" (AT)?');
    expect(checkAnswer("type", "Workshop")).toMatch(/did you mean "workshop"/);
    expect(checkAnswer("start", "2026-02-30")).toMatch(/February 2026 has 28 days/);
    expect(checkAnswer("country", "Tajikistan")).toBeUndefined();
  });

  it("reports every problem at once, including an end before the start", () => {
    const problems = checkAnswers({ ...answers, summary: "Too short", endDate: "2026-03-01", slug: "Vienna Borders" });
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/summary is 9 characters long/);
    expect(problems.join("\n")).toMatch(/--end: the end date 2026-03-01 is before start_date 2026-03-02/);
    expect(problems.join("\n")).toMatch(/--slug/);
  });
});
