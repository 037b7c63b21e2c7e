/**
 * The legacy importer on fixture notes in the old PDF-conversion format (invented events, written
 * for these tests), one quirk of the format each.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanFootnoteDebris, findContact, importLegacyNote, parseLegacyDateRange, readInformationNoteHeading, sameDisclaimer, splitDateAndVenue, splitOrganizers, typesInTitle } from "../../lib/staff/legacy-import.ts";
import { siteSettings } from "../../site.config.ts";

const options = { today: "2026-11-26", defaultContactEmail: siteSettings.contact.email, defaultDisclaimer: siteSettings.disclaimer };
const fixture = (name: string) => readFileSync(new URL(`../fixtures/legacy/${name}.md`, import.meta.url), "utf8");
const importFixture = (name: string) => importLegacyNote(fixture(name), options);

describe("importing a legacy note", () => {
  it("reads the title, organizers, dates and place of a note whose footnote digit is glued to its heading", () => {
    const { frontMatter, needsReview } = importFixture("glued-footnote-workshop");
    expect(frontMatter).toMatchObject({
      title: "National workshop on drafting 1540 implementation reports for Kyrgyz ministries",
      type: "workshop",
      organizers: ["Kyrgyzstan", "Organisation for Security and Cooperation in Europe (OSCE)"],
      start_date: "2017-05-03",
      end_date: "2017-05-04",
      city: "Bishkek",
      country: "Kyrgyzstan",
      published: "2026-11-26",
      draft: true,
    });
    expect(needsReview).toEqual([expect.stringMatching(/^summary: /)]);
  });

  it("never invents a summary: it writes a TODO and asks for one", () => {
    const { frontMatter, needsReview } = importFixture("glued-footnote-workshop");
    expect(frontMatter.summary).toMatch(/^TODO: /);
    expect(needsReview.some((line) => line.startsWith("summary:"))).toBe(true);
  });

  it("keeps the body as written, with numbering and bold taken out of the headings", () => {
    const { body } = importFixture("glued-footnote-workshop");
    expect(body).toBe(
      "## Background\n\nKyrgyzstan asked for help in bringing its national report up to date after several ministries changed their responsibilities for export licensing.\n\n" +
        "## Overview\n\nOfficials from six ministries practised filling in the matrix and agreed who would collect each part of the information.",
    );
  });

  it("drops the contact paragraph and writes no contact field when it names the site's default address", () => {
    const { frontMatter, body, filledIn } = importFixture("glued-footnote-workshop");
    expect(frontMatter).not.toHaveProperty("contact");
    expect(body).not.toMatch(/un\.org|Additional comments/);
    expect(filledIn).toContain('contact: repaired the e-mail address "1540 experts@un.org" to 1540experts@un.org');
  });

  it("drops the default disclaimer footnote and all of its escaped markup", () => {
    const { frontMatter, body } = importFixture("glued-footnote-workshop");
    expect(frontMatter).not.toHaveProperty("disclaimer");
    expect(body).not.toMatch(/sup|&lt;|&gt;|For information/);
  });

  it("keeps an organisation with 'and' in its name whole under an Organisers label", () => {
    const { frontMatter } = importFixture("single-day-conference");
    expect(frontMatter.organizers).toEqual(["Organisation for Security and Cooperation in Europe (OSCE)"]);
  });

  it("writes no end date for a one-day event", () => {
    const { frontMatter } = importFixture("single-day-conference");
    expect(frontMatter).toMatchObject({ type: "conference", start_date: "2018-06-05", city: "Valletta", country: "Malta" });
    expect(frontMatter).not.toHaveProperty("end_date");
  });

  it("reads a range across two months with a plain hyphen, including a leap day", () => {
    const { frontMatter } = importFixture("leap-day-seminar");
    expect(frontMatter).toMatchObject({ type: "seminar", start_date: "2024-02-29", end_date: "2024-03-01", organizers: ["World Customs Organization (WCO)", "Lithuania"] });
  });

  it("reads a range across two years under an Organiser label", () => {
    const { frontMatter } = importFixture("new-year-training");
    expect(frontMatter).toMatchObject({ type: "training", organizers: ["Mongolia"], start_date: "2019-12-30", end_date: "2020-01-02", city: "Ulaanbaatar" });
  });

  it("reads labels without bold and ranges written with 'to'", () => {
    const { frontMatter } = importFixture("to-separator-visit");
    expect(frontMatter).toMatchObject({ type: "visit", organizers: ["Ghana"], start_date: "2022-09-12", end_date: "2022-09-14", city: "Accra", country: "Ghana" });
  });

  it("writes a contact field for an address other than the site's default", () => {
    const { frontMatter, body } = importFixture("own-contact-meeting");
    expect(frontMatter.contact).toEqual({ name: "the regional coordinator", email: "lac-coordinator@example.org" });
    expect(frontMatter.organizers).toEqual(["UNODA", "Peru"]);
    expect(body).not.toContain("lac-coordinator");
  });

  it("keeps a disclaimer that differs from the site's, and asks for it to be checked", () => {
    const { frontMatter, needsReview } = importFixture("own-disclaimer-roundtable");
    expect(frontMatter.disclaimer).toBe("Prepared by the host for participants only. It does not reflect the views of any bank that took part.");
    expect(frontMatter).toMatchObject({ type: "roundtable", city: "Singapore", country: "Singapore" });
    expect(needsReview.some((line) => line.startsWith("disclaimer:"))).toBe(true);
  });

  it("unpicks footnote markup escaped twice and a disclaimer written with hyphens and extra spaces", () => {
    const { frontMatter, body } = importFixture("double-escaped-exercise");
    expect(frontMatter).toMatchObject({ type: "exercise", start_date: "2021-03-21", end_date: "2021-03-22", organizers: ["Serbia", "Organisation for the Prohibition of Chemical Weapons (OPCW)"] });
    expect(frontMatter).not.toHaveProperty("disclaimer");
    expect(body).not.toMatch(/&amp;|sup|For information/);
  });

  it("leaves the type to a person when the title names no kind of event, and keeps a doubtful organizer list whole", () => {
    const { frontMatter, needsReview } = importFixture("untyped-dialogue");
    expect(frontMatter.type).toBe("TODO");
    expect(frontMatter.organizers).toEqual(["Ministry of Foreign Affairs, Trade and Development"]);
    expect(needsReview.map((line) => line.split(":")[0])).toEqual(["type", "organizers", "summary"]);
  });

  it("marks an event held online instead of asking for a city", () => {
    const { frontMatter } = importFixture("online-briefing");
    expect(frontMatter).toMatchObject({ type: "briefing", online: true, start_date: "2020-10-08" });
    expect(frontMatter).not.toHaveProperty("city");
    expect(frontMatter).not.toHaveProperty("country");
  });

  it("writes TODO for dates and a country it cannot read, and says why", () => {
    const { frontMatter, needsReview } = importFixture("unreadable-date-and-place");
    expect(frontMatter).toMatchObject({ start_date: "TODO: YYYY-MM-DD", city: "Port Harbour", country: "TODO: host country" });
    expect(needsReview).toEqual(
      expect.arrayContaining([expect.stringContaining('could not read the dates in "Spring 2015'), expect.stringContaining('"Freedonia" is not a country name')]),
    );
  });

  it("turns bold numbered lines into headings and other footnotes into Markdown footnotes", () => {
    const { frontMatter, body } = importFixture("inline-footnote-bold-headings");
    expect(frontMatter).toMatchObject({ organizers: ["Organization of American States (OAS)", "Panama"], city: "Panama City", country: "Panama" });
    expect(body).toContain("## Background\n\nThe conference followed up on a request from the Inter-American Committee against Terrorism[^2] to bring");
    expect(body).toContain("## Overview");
    expect(body.endsWith("[^2]: The committee is known by its Spanish acronym, CICTE.")).toBe(true);
  });

  it("accepts Windows line endings", () => {
    const crlf = importLegacyNote(fixture("to-separator-visit").replace(/\n/g, "\r\n"), options);
    expect(crlf).toEqual(importFixture("to-separator-visit"));
  });
});

describe("importing legacy notes written in other ways", () => {
  // Each fixture varies the heading, the labels, the order of date and venue, the dash and the line
  // endings; all of them must give the same fields.
  const expected: Record<string, Record<string, unknown>> = {
    "accra-national-workshop": {
      title: "National workshop on bringing Ghana's export control law into line with resolution 1540 (2004)",
      type: "workshop",
      organizers: ["Ghana", "United Nations Office for Disarmament Affairs (UNODA)"],
      start_date: "2016-02-29",
      end_date: "2016-03-01",
      city: "Accra",
      country: "Ghana",
    },
    "panama-subregional-seminar": {
      title: "Subregional seminar on controlling the transit of dual-use goods through Central American ports",
      type: "seminar",
      organizers: ["Panama", "Organization of American States (OAS)"],
      start_date: "2017-05-03",
      end_date: "2017-05-05",
      city: "Panama City",
      country: "Panama",
    },
    "mongolia-country-visit": {
      title: "Country visit to Mongolia by members of the 1540 Committee",
      type: "visit",
      organizers: ["Mongolia"],
      start_date: "2015-12-30",
      end_date: "2016-01-02",
      city: "Ulaanbaatar",
      country: "Mongolia",
    },
    "almaty-border-training": {
      title: "Training for border guards on detecting illicit nuclear and radioactive material",
      type: "training",
      organizers: ["Kazakhstan", "International Atomic Energy Agency (IAEA)"],
      start_date: "2017-05-03",
      end_date: "2017-05-05",
      city: "Almaty",
      country: "Kazakhstan",
    },
    "vienna-conference": {
      title: "Conference on the role of parliaments in implementing resolution 1540 (2004)",
      type: "conference",
      organizers: ["Austria", "Inter-Parliamentary Union (IPU)"],
      start_date: "2022-10-12",
      end_date: "2022-10-13",
      city: "Vienna",
      country: "Austria",
    },
    "kingston-separate-lines": {
      title: "Seminar on licensing of chemical imports for Caribbean regulators",
      type: "seminar",
      organizers: ["Jamaica", "Caribbean Community (CARICOM)"],
      start_date: "2024-02-29",
      end_date: "2024-03-01",
      city: "Kingston",
      country: "Jamaica",
    },
    "dakar-exercise": {
      title: "Exercise on responding to a biological incident at an international airport",
      type: "exercise",
      organizers: ["Senegal", "World Health Organization (WHO)"],
      start_date: "2019-03-14",
      end_date: "2019-03-16",
      city: "Dakar",
      country: "Senegal",
    },
    "lima-round-table": {
      title: "Round table on proliferation financing for Andean financial intelligence units",
      type: "roundtable",
      organizers: ["Peru"],
      start_date: "2018-11-07",
      end_date: "2018-11-08",
      city: "Lima",
      country: "Peru",
    },
    "manila-briefing": {
      title: "Briefing for customs officers on the new national list of strategic goods",
      type: "briefing",
      organizers: ["Philippines"],
      start_date: "2019-06-27",
      end_date: "2019-06-28",
      city: "Manila",
      country: "Philippines",
    },
    "windhoek-missing-organizers": {
      title: "Regional workshop for Southern African customs administrations on strategic trade",
      type: "workshop",
      organizers: ["TODO: who organised the event"],
      start_date: "2018-08-21",
      end_date: "2018-08-23",
      city: "Windhoek",
      country: "Namibia",
    },
    "nairobi-unreadable-date": {
      title: "National seminar on biosecurity in Kenyan research laboratories",
      type: "seminar",
      organizers: ["Kenya", "BWC Implementation Support Unit"],
      start_date: "TODO: YYYY-MM-DD",
      city: "Nairobi",
      country: "Kenya",
    },
  };

  it.each(Object.keys(expected))("reads the fields of %s", (name) => {
    const { frontMatter } = importFixture(name);
    const fields = expected[name]!;
    expect(frontMatter).toMatchObject(fields);
    if (!("end_date" in fields)) expect(frontMatter).not.toHaveProperty("end_date");
    expect(frontMatter).not.toHaveProperty("disclaimer");
  });

  it("has fixtures with Windows line endings among them, so that case stays tested", () => {
    const crlf = Object.keys(expected).filter((name) => fixture(name).includes("\r\n"));
    expect(crlf).toEqual(["accra-national-workshop", "almaty-border-training", "kingston-separate-lines", "manila-briefing"]);
  });

  it.each(Object.keys(expected))("leaves no heading, label, disclaimer or page debris from %s in the body", (name) => {
    const { body } = importFixture(name);
    expect(body).not.toMatch(/information note|^\**(?:event|organi[sz]|date|venue|place|title)|for information|page \d|^- \d+ -$|\f|\r|\^1\^|¹|\[\^1\]/im);
    expect(body).toMatch(/(?:^|\n\n)## Background\n\n/);
    expect(body).toContain("\n\n## Overview\n\n");
  });

  it("keeps a running header it does not recognise at the top of the text, reports it, and still reads the fields after it", () => {
    const { body, needsReview } = importFixture("manila-briefing");
    expect(body.startsWith("United Nations Security Council – 1540 Committee\n\n## Background\n\n")).toBe(true);
    expect(needsReview.map((line) => line.split(":")[0])).toEqual(["summary", "body", "contact"]);
    expect(needsReview[1]).toContain('"United Nations Security Council – 1540 Committee"');
  });

  it("joins no text across a page break, and keeps the paragraphs on both sides of it", () => {
    const { body } = importFixture("mongolia-country-visit");
    expect(body).toContain("radioactive material.\n\nThe invitation followed");
    expect(body).toContain("national report.\n\n## Overview");
  });

  it("turns superscript footnote digits in the text into Markdown footnotes", () => {
    const { body } = importFixture("almaty-border-training");
    expect(body).toContain("radiation portal monitors[^2].");
    expect(body.endsWith("[^2]: The monitors were supplied under a bilateral assistance programme.")).toBe(true);
  });

  it("reads the contact paragraph however it is worded", () => {
    for (const name of ["accra-national-workshop", "vienna-conference", "kingston-separate-lines", "lima-round-table"]) {
      const { frontMatter, body, filledIn } = importFixture(name);
      expect(frontMatter).not.toHaveProperty("contact");
      expect(body).not.toMatch(/@|Additional comments/i);
      expect(filledIn).toContain("contact: 1540experts@un.org is the site's default contact, so no contact field was written");
    }
  });

  it("asks for the organizers alone when only their line is missing, and reads every other field", () => {
    const { frontMatter, needsReview, body } = importFixture("windhoek-missing-organizers");
    expect(needsReview.map((line) => line.split(":")[0])).toEqual(["organizers", "summary"]);
    expect(body).not.toMatch(/^3$/m);
    expect(frontMatter).not.toHaveProperty("contact");
  });

  it("asks for the dates alone when only they cannot be read, and still reads the place on the same line", () => {
    const { needsReview } = importFixture("nairobi-unreadable-date");
    expect(needsReview.map((line) => line.split(":")[0])).toEqual(["start_date", "summary", "contact"]);
    expect(needsReview[0]).toContain('"3–4 Mai 2017, Nairobi, Kenya"');
  });

  it("reports every field it could not read, one finding each, when the note has no recognisable lines at all", () => {
    const { frontMatter, needsReview, body } = importLegacyNote("Some text the conversion left.\n\nAnother paragraph.\n", options);
    expect(frontMatter).toMatchObject({
      title: expect.stringMatching(/^TODO/),
      type: "TODO",
      organizers: [expect.stringMatching(/^TODO/)],
      start_date: expect.stringMatching(/^TODO/),
      city: expect.stringMatching(/^TODO/),
      country: expect.stringMatching(/^TODO/),
      summary: expect.stringMatching(/^TODO/),
      draft: true,
    });
    expect(needsReview.map((line) => line.split(":")[0])).toEqual(["title", "type", "organizers", "start_date", "city", "country", "summary", "body", "contact", "disclaimer"]);
    expect(body).toBe("Some text the conversion left.\n\nAnother paragraph.");
  });

  it("keeps a header line it does not recognise at the top of the text and says so, without losing the fields after it", () => {
    const text = "## Information Note1\n\n**Evnet:** Workshop on something\n\n**Organizers:** Ghana\n\n**Date and venue:** 3 May 2017, Accra, Ghana\n\n## 1. Background\n\nText.\n";
    const { frontMatter, needsReview, body } = importLegacyNote(text, options);
    expect(frontMatter).toMatchObject({ title: expect.stringMatching(/^TODO/), organizers: ["Ghana"], start_date: "2017-05-03", city: "Accra", country: "Ghana" });
    expect(needsReview).toContainEqual(expect.stringContaining('"**Evnet:** Workshop on something"'));
    expect(body.startsWith("**Evnet:** Workshop on something\n\n## Background")).toBe(true);
  });

  it("reads every field whatever unrecognised line is slipped in between the header lines", () => {
    const lines = fixture("lima-round-table").split("\n");
    const fieldsOf = (text: string) => {
      const { title, type, organizers, start_date, end_date, city, country } = importLegacyNote(text, options).frontMatter;
      return { title, type, organizers, start_date, end_date, city, country };
    };
    const expectedFields = fieldsOf(lines.join("\n"));
    // Anything a conversion might leave that names no field: text, a bold line, a heading that is no section.
    const stray = fc
      .tuple(fc.constantFrom("", "**", "## ", "# ", "### "), fc.stringMatching(/^[A-Za-z][A-Za-z ,.'()]{0,40}$/))
      .filter(([, words]) => !/^\s*(?:event|title|name|organi|co-?organi|hosted|dates?\b|venue|place|location|information|background|overview|additional|for information)/i.test(words))
      .map(([prefix, words]) => `${prefix}${words}${prefix === "**" ? "**" : ""}`);
    const firstSection = lines.findIndex((line) => line.startsWith("## 1."));
    fc.assert(
      fc.property(stray, fc.integer({ min: 0, max: firstSection }), (line, at) => {
        const text = [...lines.slice(0, at), "", line, "", ...lines.slice(at)].join("\n");
        expect(fieldsOf(text)).toEqual(expectedFields);
      }),
      { seed: 1540, numRuns: 300 },
    );
  });

  it("reads a date-and-venue line that has no label, but asks for it to be checked", () => {
    const text = "## Information Note1\n\n**Event:** Workshop on export controls\n\n**Organizers:** Ghana\n\n3–5 May 2017, Accra, Ghana\n\n## 1. Background\n\nText.\n";
    const { frontMatter, needsReview, body } = importLegacyNote(text, options);
    expect(frontMatter).toMatchObject({ start_date: "2017-05-03", end_date: "2017-05-05", city: "Accra", country: "Ghana" });
    expect(needsReview).toContainEqual(expect.stringMatching(/^start_date: .*no label/));
    expect(body).toBe("## Background\n\nText.");
  });
});

describe("reading legacy dates", () => {
  it.each([
    ["5 June 2018", { start: "2018-06-05" }],
    ["3–4 May 2017", { start: "2017-05-03", end: "2017-05-04" }],
    ["3 - 4 May 2017", { start: "2017-05-03", end: "2017-05-04" }],
    ["29 February – 1 March 2016", { start: "2016-02-29", end: "2016-03-01" }],
    ["30 December 2019 – 2 January 2020", { start: "2019-12-30", end: "2020-01-02" }],
    ["30 December – 2 January 2020", { start: "2019-12-30", end: "2020-01-02" }],
    ["1st to 3rd July 2015", { start: "2015-07-01", end: "2015-07-03" }],
    ["June 5, 2018", { start: "2018-06-05" }],
    ["May 3-5, 2017", { start: "2017-05-03", end: "2017-05-05" }],
    ["May 3 – June 2, 2017", { start: "2017-05-03", end: "2017-06-02" }],
    ["3—5 May 2017", { start: "2017-05-03", end: "2017-05-05" }],
    ["3 — 5 May 2017", { start: "2017-05-03", end: "2017-05-05" }],
    ["29 February to 1 March 2016", { start: "2016-02-29", end: "2016-03-01" }],
    ["30 December 2015 – 2 January 2016", { start: "2015-12-30", end: "2016-01-02" }],
    ["from 3 to 5 May 2017", { start: "2017-05-03", end: "2017-05-05" }],
    ["Wednesday, 3 May 2017", { start: "2017-05-03" }],
  ])("reads %s", (text, expected) => {
    expect(parseLegacyDateRange(text)).toEqual(expected);
  });

  it.each(["29 February 2015", "5 June", "Spring 2015", "4–3 May 2017", "5 Juno 2018"])("refuses %s rather than guess", (text) => {
    expect(parseLegacyDateRange(text)).toBeUndefined();
  });
});

describe("reading the Information Note heading", () => {
  it.each([
    ["## Information Note1", "1"],
    ["**Information Note**[^1]", "1"],
    ["**Information Note^1^**", "1"],
    ["Information Note ¹", "1"],
    ["# INFORMATION NOTE1", "1"],
    ["**Information note** 1", "1"],
    ["## **Information Note**<sup>2</sup>", "2"],
  ])("reads %s as footnote %s", (line, footnote) => {
    expect(readInformationNoteHeading(line)).toEqual({ footnote });
  });

  it("knows the heading without a footnote, and nothing else", () => {
    expect(readInformationNoteHeading("Information Note")).toEqual({});
    expect(readInformationNoteHeading("Information Note on the workshop")).toBeUndefined();
    expect(readInformationNoteHeading("## Background")).toBeUndefined();
  });
});

describe("splitting a date-and-venue line", () => {
  it.each([
    ["3–5 May 2017, Accra, Ghana", "3–5 May 2017", "Accra, Ghana"],
    ["Panama City, Panama, 3–5 May 2017", "3–5 May 2017", "Panama City, Panama"],
    ["Ulaanbaatar, Mongolia, 30 December 2015 – 2 January 2016", "30 December 2015 – 2 January 2016", "Ulaanbaatar, Mongolia"],
    ["May 3-5, 2017, Almaty, Kazakhstan", "May 3-5, 2017", "Almaty, Kazakhstan"],
    ["Vienna, Austria – 12 October 2022", "12 October 2022", "Vienna, Austria"],
    ["Lima, Peru, from 7 to 8 November 2018.", "from 7 to 8 November 2018", "Lima, Peru"],
  ])("splits %s", (text, date, venue) => {
    expect(splitDateAndVenue(text)).toEqual({ date, venue });
  });

  it("leaves the place readable when the date cannot be read", () => {
    expect(splitDateAndVenue("Spring 2015, Port Harbour, Freedonia")).toEqual({ venue: "Port Harbour, Freedonia" });
    expect(splitDateAndVenue("Nairobi, Kenya, 3–4 Mai 2017")).toEqual({ venue: "Nairobi, Kenya" });
  });
});

describe("splitting organizers", () => {
  it("splits a country from an organisation with its acronym", () => {
    expect(splitOrganizers("Tajikistan, Organisation for Security and Cooperation in Europe (OSCE)")).toEqual({
      names: ["Tajikistan", "Organisation for Security and Cooperation in Europe (OSCE)"],
    });
  });

  it("never cuts a name at its own 'and'", () => {
    expect(splitOrganizers("Organisation for Security and Cooperation in Europe (OSCE)").names).toEqual(["Organisation for Security and Cooperation in Europe (OSCE)"]);
  });

  it("splits a last pair joined by 'and' when both are certain names", () => {
    expect(splitOrganizers("OSCE, UNODA and Kazakhstan").names).toEqual(["OSCE", "UNODA", "Kazakhstan"]);
  });

  it("always splits on semicolons", () => {
    expect(splitOrganizers("Ministry of Defence; Ministry of Health").names).toEqual(["Ministry of Defence", "Ministry of Health"]);
  });

  it("splits institution names at commas but asks for a check", () => {
    const split = splitOrganizers("Government of Kenya, Ministry of Interior");
    expect(split.names).toEqual(["Government of Kenya", "Ministry of Interior"]);
    expect(split.doubt).toMatch(/check/);
  });
});

describe("footnote debris, contacts and disclaimers", () => {
  it("reduces every escaping of a superscript to one marker", () => {
    expect(cleanFootnoteDebris("Note<sup>&</sup>lt;sup&gt;1&lt;/sup&gt; text")).toBe("Note<sup>1</sup> text");
    expect(cleanFootnoteDebris("Note&amp;lt;sup&amp;gt;2&amp;lt;/sup&amp;gt;")).toBe("Note<sup>2</sup>");
    expect(cleanFootnoteDebris("Research & development")).toBe("Research & development");
  });

  it("repairs a space inside the address but never glues on an ordinary word", () => {
    expect(findContact("e-mail at 1540 experts@un.org.", "1540experts@un.org")).toMatchObject({ email: "1540experts@un.org", repairedFrom: "1540 experts@un.org" });
    expect(findContact("please contact the desk at desk@example.org.", "1540experts@un.org")).toEqual({ email: "desk@example.org", name: "the desk" });
  });

  it("compares disclaimers ignoring spacing, case and the kind of dash", () => {
    expect(sameDisclaimer("For information - not an official report.  The views", "for information – not an official report. The views")).toBe(true);
    expect(sameDisclaimer("For information only.", siteSettings.disclaimer)).toBe(false);
  });

  it("takes the note's type from the first kind of event its title names", () => {
    expect(typesInTitle("Training workshop on export licensing")).toEqual(["training", "workshop"]);
    expect(typesInTitle("Round-table for parliamentarians")).toEqual(["roundtable"]);
    expect(typesInTitle("Dialogue on trade")).toEqual([]);
  });
});
