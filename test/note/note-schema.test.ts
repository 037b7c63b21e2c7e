import { describe, expect, it } from "vitest";
import { NOTE_TYPES, NoteSchema, noteJsonSchema } from "../../lib/note/note-schema.ts";
import { validFrontMatter } from "../support/fixture-notes.ts";

/** The messages of every problem with `field`, when the front matter is `overrides` over a valid note. */
function problems(overrides: Record<string, unknown>, field?: string): string[] {
  const result = NoteSchema.safeParse(validFrontMatter(overrides));
  if (result.success) return [];
  return result.error.issues.filter((issue) => field === undefined || issue.path.join(".") === field).map((issue) => issue.message);
}

function without(field: string): Record<string, unknown> {
  const data: Record<string, unknown> = validFrontMatter();
  delete data[field];
  return data;
}

describe("the note schema", () => {
  it("accepts a complete, valid note and keeps its dates as written", () => {
    const result = NoteSchema.parse(validFrontMatter());
    expect(result.start_date).toBe("2016-02-29");
    expect(result.organizers).toEqual(["UNODA"]);
  });

  it("requires every required field", () => {
    for (const field of ["title", "type", "organizers", "start_date", "city", "country", "summary", "published"]) {
      const result = NoteSchema.safeParse(without(field));
      expect(result.success, field).toBe(false);
      const messages = result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
      expect(messages.join(" "), field).toMatch(/^is required/);
    }
  });

  it("trims the title and requires 5 to 200 characters on one line", () => {
    expect(NoteSchema.parse(validFrontMatter({ title: "  A good title  " })).title).toBe("A good title");
    expect(problems({ title: "Abc" }, "title")).toEqual(["is 3 characters long; write at least 5"]);
    expect(problems({ title: "x".repeat(201) }, "title")).toEqual(["is 201 characters long; shorten it to 200 at most"]);
    expect(problems({ title: "Two\nlines here" }, "title")[0]).toMatch(/one line/);
    expect(problems({ title: 1540 }, "title")[0]).toMatch(/^must be text/);
  });

  it("accepts only the listed types and suggests the nearest", () => {
    for (const type of NOTE_TYPES) expect(problems({ type }), type).toEqual([]);
    expect(problems({ type: "worshop" }, "type")[0]).toContain('did you mean "workshop"?');
    expect(problems({ type: "party" }, "type")[0]).toContain("write one of workshop, conference");
  });

  it("accepts one organizer as a string and rejects empty or blank lists", () => {
    expect(NoteSchema.parse(validFrontMatter({ organizers: "OSCE" })).organizers).toEqual(["OSCE"]);
    expect(problems({ organizers: [] }, "organizers")[0]).toMatch(/at least one organizer/);
    expect(problems({ organizers: ["OSCE", "  "] }, "organizers.1")[0]).toMatch(/blank entry/);
  });

  it("requires real calendar dates written YYYY-MM-DD", () => {
    expect(problems({ start_date: "2015-02-29" }, "start_date")[0]).toContain("February 2015 has 28 days");
    expect(problems({ published: "1 March 2016" }, "published")[0]).toContain("YYYY-MM-DD");
    expect(problems({ end_date: 20160301 }, "end_date")[0]).toMatch(/^must be a date/);
  });

  it("refuses an end before the start and an update before publication", () => {
    expect(problems({ end_date: "2016-02-28" }, "end_date")[0]).toContain("cannot end before it starts");
    expect(problems({ updated: "2016-03-01" }, "updated")[0]).toContain("cannot be updated before it is published");
    expect(problems({ end_date: "2016-02-29", updated: "2016-03-02" })).toEqual([]);
  });

  it("needs a city and country unless the event was online", () => {
    const online: Record<string, unknown> = { ...validFrontMatter(), online: true };
    delete online.city;
    delete online.country;
    expect(NoteSchema.safeParse(online).success).toBe(true);
    expect(problems({ online: "yes" }, "online")[0]).toMatch(/true or false/);
  });

  it("checks countries, including participating states, and suggests corrections", () => {
    expect(problems({ country: "Tajikstan" }, "country")).toEqual(['"Tajikstan" is not a known country — did you mean "Tajikistan" (TJ)?']);
    expect(problems({ country: "tj" })).toEqual([]);
    expect(problems({ participants: { states: ["Germany", "Germny"] } }, "participants.states.1")[0]).toContain('did you mean "Germany"');
  });

  it("requires a summary of 20 to 300 characters", () => {
    expect(problems({ summary: "Too short." }, "summary")[0]).toContain("at least 20");
    expect(problems({ summary: "x".repeat(301) }, "summary")[0]).toContain("300 at most");
  });

  it("accepts only absolute http(s) links", () => {
    expect(problems({ links: [{ title: "Agenda", url: "https://example.org/a.pdf" }] })).toEqual([]);
    for (const url of ["javascript:alert(1)", "data:text/html,x", "/relative", "ftp://example.org", "example.org"]) {
      expect(problems({ links: [{ title: "Agenda", url }] }, "links.0.url")[0], url).toContain("is not a web address");
    }
    expect(problems({ links: [{ title: "Agenda" }] }, "links.0.url")[0]).toMatch(/^is required/);
  });

  it("checks the contact's e-mail address", () => {
    expect(problems({ contact: { name: "Desk officer", email: "desk@example.org" } })).toEqual([]);
    expect(problems({ contact: { name: "Desk officer", email: "1540 experts@un.org" } }, "contact.email")[0]).toContain("not a valid e-mail address");
  });

  it("rejects unknown fields, also inside groups", () => {
    const result = NoteSchema.safeParse(validFrontMatter({ orgnizers: ["x"], participants: { states: ["TJ"], observers: ["x"] } as Record<string, unknown> }));
    expect(result.success).toBe(false);
    const unknown = result.success ? [] : result.error.issues.filter((issue) => issue.code === "unrecognized_keys");
    expect(unknown.map((issue) => (issue as { keys: string[] }).keys).flat().sort()).toEqual(["observers", "orgnizers"]);
  });

  it("exports a JSON Schema that lists every field and the allowed types", () => {
    const schema = noteJsonSchema() as { properties: Record<string, { enum?: string[] }>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toContain("participants");
    expect(schema.properties.type?.enum).toEqual([...NOTE_TYPES]);
    expect(schema.required).toEqual(expect.arrayContaining(["title", "type", "organizers", "start_date", "summary", "published"]));
    expect(schema.additionalProperties).toBe(false);
  });
});
