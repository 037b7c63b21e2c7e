/**
 * The legacy importer on fixture notes in the old PDF-conversion format (invented events, written
 * for these tests), one quirk of the format each.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanFootnoteDebris, findContact, importLegacyNote, parseLegacyDateRange, sameDisclaimer, splitOrganizers, typesInTitle } from "../lib/staff/legacy-import.ts";
import { siteSettings } from "../site.config.ts";

const options = { today: "2026-11-26", defaultContactEmail: siteSettings.contact.email, defaultDisclaimer: siteSettings.disclaimer };
const fixture = (name: string) => readFileSync(new URL(`./fixtures/legacy/${name}.md`, import.meta.url), "utf8");
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
  ])("reads %s", (text, expected) => {
    expect(parseLegacyDateRange(text)).toEqual(expected);
  });

  it.each(["29 February 2015", "5 June", "Spring 2015", "4–3 May 2017", "5 Juno 2018"])("refuses %s rather than guess", (text) => {
    expect(parseLegacyDateRange(text)).toBeUndefined();
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
