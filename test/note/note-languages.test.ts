/**
 * Notes in the six languages: what a file name says (language, address, event), the note view in
 * the note's own language, the marker lists put on a note in another language, the hreflang
 * alternates, and browse keys for names in any script.
 */
import { describe, expect, it } from "vitest";
import { explainBadFileSlug, noteEventKey, noteFileSlug, noteLanguage, noteUrl } from "../../lib/note/note-files.ts";
import { findFacetSlugClashes, organizerKey, topicSlug } from "../../lib/note/browse-index.ts";
import { NoteSchema, type NoteInput } from "../../lib/note/note-schema.ts";
import { buildNoteView, languageMarker, listedLanguage, noteAlternates, type NoteView } from "../../lib/note/note-view.ts";
import { noteEventJsonLd } from "../../lib/outputs/json-ld.ts";
import { noteFacetLinks } from "../../lib/outputs/facets.ts";
import type { LanguageCode } from "../../lib/languages/languages.ts";
import { siteSettings } from "../../site.config.ts";
import { validFrontMatter } from "../support/fixture-notes.ts";
import { BUILD_DATE } from "../support/note-views.ts";

function view(file: string, overrides: Partial<NoteInput> & Record<string, unknown> = {}, versions?: readonly LanguageCode[]): NoteView {
  return buildNoteView(NoteSchema.parse(validFrontMatter(overrides)), file, siteSettings, BUILD_DATE, versions);
}

describe("note file names", () => {
  it("reads the language from the suffix and keeps one name, one event, per folder", () => {
    expect(noteLanguage("notes/2016/workshop.md")).toBe("en");
    expect(noteLanguage("notes/2016/workshop.fr.md")).toBe("fr");
    expect(noteFileSlug("notes/2016/workshop.zh.md")).toBe("workshop");
    expect(noteEventKey("notes/2016/workshop.ar.md")).toBe("notes/2016/workshop");
    expect(noteEventKey("notes/2016/workshop.md")).toBe(noteEventKey("notes/2016/workshop.ru.md"));
    expect(noteEventKey("notes/2017/workshop.md")).not.toBe(noteEventKey("notes/2016/workshop.md"));
  });

  it("keeps English addresses and puts the other languages under their prefix", () => {
    expect(noteUrl("2016-02-29", "notes/2016/dushanbe-report-writing-workshop.md")).toBe("/notes/2016/dushanbe-report-writing-workshop/");
    expect(noteUrl("2016-02-29", "notes/2016/dushanbe-report-writing-workshop.fr.md")).toBe("/fr/notes/2016/dushanbe-report-writing-workshop/");
    expect(noteUrl("2017-07-05", "notes/2017/nouakchott-national-workshop.ar.md")).toBe("/ar/notes/2017/nouakchott-national-workshop/");
  });

  it("says what to write instead of a wrong language suffix", () => {
    expect(explainBadFileSlug("notes/2016/workshop.fr.md")).toBeUndefined();
    expect(explainBadFileSlug("notes/2016/workshop.de.md")).toMatch(/"\.de" in "workshop\.de\.md" is not one of the site's languages; write workshop\.md for English or workshop\.ar\.md, .*workshop\.zh\.md/);
    expect(explainBadFileSlug("notes/2016/workshop.en.md")).toBe('English notes take no language suffix: rename "workshop.en.md" to workshop.md');
    expect(explainBadFileSlug("notes/2016/workshop.FR.md")).toBe('".FR" is not how a language is marked: for French, rename "workshop.FR.md" to workshop.fr.md');
    expect(explainBadFileSlug("notes/2016/Big Workshop.fr.md")).toMatch(/rename it to big-workshop\.fr\.md$/);
  });
});

describe("a note view in the note's language", () => {
  const french = view("notes/2016/workshop.fr.md", { title: "Atelier régional", organizers: ["Comité 1540"], topics: ["assistance", "rapports"] }, ["en", "fr", "ar"]);
  const arabic = view("notes/2016/workshop.ar.md", { title: "حلقة عمل إقليمية", city: "دوشانبي", organizers: ["لجنة القرار 1540"] }, ["en", "fr", "ar"]);

  it("gives French dates, country, type and labels", () => {
    expect(french.language).toBe("fr");
    expect(french.languageTag).toBe("fr");
    expect(french.direction).toBe("ltr");
    expect(french.dates).toBe("29 février – 1er mars 2016");
    expect(french.countryName).toBe("Tadjikistan");
    expect(french.country?.name).toBe("Tajikistan");
    expect(french.dateAndVenue).toBe("29 février – 1er mars 2016, Dushanbe, Tadjikistan");
    expect(french.typeLabel).toBe("Atelier");
    expect(french.labels.event).toBe("Manifestation");
    expect(french.organizersLabel).toBe("Organisateur");
    expect(french.publishedLabel).toBe("2 mars 2016");
    expect(french.contactSentence.before).toMatch(/^Pour de plus amples informations, veuillez contacter les experts du Comité 1540 /);
    expect(french.disclaimer).toMatch(/^À titre d’information/);
    expect(french.ogLocale).toBe("fr_FR");
  });

  it("gives Arabic right-to-left pages with UN Arabic month names", () => {
    expect(arabic.direction).toBe("rtl");
    expect(arabic.languageTag).toBe("ar");
    expect(arabic.dates).toBe("29 شباط/فبراير – 1 آذار/مارس 2016");
    expect(arabic.countryName).toBe("طاجيكستان");
    expect(arabic.venue).toBe("دوشانبي، طاجيكستان");
  });

  it("keeps English views as they were", () => {
    const english = view("notes/2016/workshop.md");
    expect(english.dateAndVenue).toBe("29 February – 1 March 2016, Dushanbe, Tajikistan");
    expect(english.typeLabel).toBe("Workshop");
    expect(english.labels.informationNote).toBe("Information Note");
    expect(english.contactSentence).toEqual({ before: "For further information, please contact the 1540 Committee experts by e-mail at ", after: "." });
    expect(english.disclaimer).toBe(siteSettings.disclaimer);
    expect(english.versions).toEqual([{ language: "en", tag: "en", endonym: "English", direction: "ltr", url: "/notes/2016/workshop/", current: true }]);
    expect(noteAlternates(english)).toEqual([]);
  });

  it("lists every version, English first, and points x-default at the English one", () => {
    expect(french.versions.map((version) => [version.language, version.url, version.current])).toEqual([
      ["en", "/notes/2016/workshop/", false],
      ["ar", "/ar/notes/2016/workshop/", false],
      ["fr", "/fr/notes/2016/workshop/", true],
    ]);
    expect(french.listed).toBe(false);
    expect(noteAlternates(french)).toEqual([
      { hreflang: "en", url: "/notes/2016/workshop/" },
      { hreflang: "ar", url: "/ar/notes/2016/workshop/" },
      { hreflang: "fr", url: "/fr/notes/2016/workshop/" },
      { hreflang: "x-default", url: "/notes/2016/workshop/" },
    ]);
  });

  it("lists an event by its English version, or else by its first language", () => {
    expect(listedLanguage(["fr", "en"])).toBe("en");
    expect(listedLanguage(["fr", "ar"])).toBe("ar");
    expect(listedLanguage(["zh", "ru"])).toBe("ru");
    const frenchOnly = view("notes/2016/solo.fr.md", {}, ["fr"]);
    expect(frenchOnly.listed).toBe(true);
    expect(frenchOnly.defaultUrl).toBe("/fr/notes/2016/solo/");
  });

  it("marks a note in another language than the page's", () => {
    expect(languageMarker(view("notes/2016/workshop.md"), "en")).toBeUndefined();
    expect(languageMarker(french, "en")).toEqual({ text: "(in French)", noteTag: "fr", noteDirection: "ltr", pageTag: "en", pageDirection: "ltr" });
    expect(languageMarker(arabic, "en")).toMatchObject({ text: "(in Arabic)", noteTag: "ar", noteDirection: "rtl" });
    expect(languageMarker(view("notes/2016/workshop.md"), "fr")?.text).toBe("(en anglais)");
  });
});

describe("browse keys for names in any script", () => {
  it("gives names without Latin letters a page of their own", () => {
    expect(organizerKey("مركز الأمم المتحدة الإقليمي للسلام ونزع السلاح في أفريقيا")?.slug).toBe("مركز-الأمم-المتحدة-الإقليمي-للسلام-ونزع-السلاح-في-أفريقيا");
    expect(organizerKey("联合国裁军事务厅")?.slug).toBe("联合国裁军事务厅");
    expect(topicSlug("экспортный контроль")).toBe("экспортный-контроль");
    expect(organizerKey("Organisation pour la sécurité et la coopération en Europe (OSCE)")?.slug).toBe("osce");
    expect(organizerKey("Côte d’Ivoire")?.slug).toBe("cote-divoire");
  });

  it("names an Arabic-only organizer in the event's structured data and browse links", () => {
    const arabicOnly = view("notes/2017/nouakchott.ar.md", { organizers: ["حكومة موريتانيا"], country: "Mauritania", city: "نواكشوط" }, ["ar"]);
    expect(noteEventJsonLd(arabicOnly, "https://notes.example.org").organizer).toEqual([{ "@type": "Organization", name: "حكومة موريتانيا" }]);
    expect(noteEventJsonLd(arabicOnly, "https://notes.example.org").inLanguage).toBe("ar");
    expect(noteFacetLinks(arabicOnly).organizers).toEqual([{ label: "حكومة موريتانيا", url: "/ar/organizers/حكومة-موريتانيا/" }]);
  });

  it("links a translation's organizers, topics and places to the browse pages of its own language", () => {
    const translation = view("notes/2016/workshop.fr.md", { organizers: ["Organisation pour la sécurité et la coopération en Europe (OSCE)"], topics: ["établissement des rapports"] }, ["en", "fr"]);
    const links = noteFacetLinks(translation);
    expect(links.organizers).toEqual([{ label: "Organisation pour la sécurité et la coopération en Europe (OSCE)", url: "/fr/organizers/osce/" }]);
    expect(links.topics).toEqual([{ label: "établissement des rapports", url: "/fr/topics/etablissement-des-rapports/" }]);
    expect(links.country).toEqual({ label: "Tadjikistan", url: "/fr/countries/tajikistan/" });
    expect(links.type).toEqual({ label: "Atelier", url: "/fr/types/workshop/" });
    expect(links.regions).toEqual([
      { label: "Asie", url: "/fr/regions/asia/" },
      { label: "Asie centrale", url: "/fr/regions/central-asia/" },
    ]);
  });

  it("checks name clashes among notes of one language only", () => {
    const english = view("notes/2016/a.md", { organizers: ["Organisation for Security and Cooperation in Europe (OSCE)"] });
    const french = view("notes/2016/a.fr.md", { organizers: ["Organisation pour la sécurité et la coopération en Europe (OSCE)"] });
    expect(findFacetSlugClashes([english, french])).toEqual([]);
    const otherFrench = view("notes/2016/b.fr.md", { organizers: ["Organisation pour la sécurité en Europe (OSCE)"] });
    expect(findFacetSlugClashes([english, french, otherFrench])).toEqual([
      { facet: "organizers", slug: "osce", labels: ["Organisation pour la sécurité en Europe (OSCE)", "Organisation pour la sécurité et la coopération en Europe (OSCE)"] },
    ]);
  });
});
