/**
 * A real build of notes in several languages: an English note with French and Arabic versions, an
 * event written only in Arabic and one only in French. Checks the pages of each language (lang, dir,
 * dates, country names, labels, the language switcher and the hreflang alternates both ways), and
 * that the English listings, feeds, calendars and sitemap show each event once.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, type FixtureProject } from "../support/build-fixture-site.ts";
import { validFrontMatter, type FixtureNote } from "../support/fixture-notes.ts";

const NOTES: FixtureNote[] = [
  {
    file: "2016/dushanbe-workshop.md",
    frontMatter: validFrontMatter({ title: "Report writing workshop for Tajikistan", organizers: ["Tajikistan", "Organisation for Security and Cooperation in Europe (OSCE)"], topics: ["reporting"] }),
  },
  {
    file: "2016/dushanbe-workshop.fr.md",
    frontMatter: validFrontMatter({
      title: "Atelier sur l'établissement des rapports pour le Tadjikistan",
      organizers: ["Tadjikistan", "Organisation pour la sécurité et la coopération en Europe (OSCE)"],
      city: "Douchanbé",
      summary: "Des responsables tadjiks ont appris à établir les rapports nationaux sur la résolution.",
      topics: ["établissement des rapports"],
    }),
    body: "## Contexte\n\nL'atelier a réuni le groupe de travail national.\n",
  },
  {
    file: "2016/dushanbe-workshop.ar.md",
    frontMatter: validFrontMatter({
      title: "حلقة عمل بشأن إعداد التقارير لطاجيكستان",
      organizers: ["طاجيكستان", "منظمة الأمن والتعاون في أوروبا"],
      city: "دوشانبي",
      summary: "تدرب مسؤولون طاجيك على إعداد التقارير الوطنية المتعلقة بالقرار 1540 (2004).",
    }),
    body: "## معلومات أساسية\n\nجمعت حلقة العمل الفريق العامل الوطني.\n",
  },
  {
    file: "2017/nouakchott-workshop.ar.md",
    frontMatter: validFrontMatter({
      title: "حلقة العمل الوطنية لفائدة موريتانيا",
      organizers: ["حكومة موريتانيا", "لجنة القرار 1540"],
      start_date: "2017-07-05",
      end_date: "2017-07-06",
      city: "نواكشوط",
      country: "Mauritania",
      summary: "عقدت موريتانيا ولجنة القرار 1540 أول حلقة عمل وطنية بشأن القرار في البلد.",
      published: "2017-07-06",
    }),
    body: "## معلومات أساسية\n\nكانت هذه أول حلقة عمل.\n",
  },
  {
    file: "2017/nouakchott-workshop.fr.md",
    frontMatter: validFrontMatter({
      title: "Atelier national pour la Mauritanie",
      organizers: ["Gouvernement de la Mauritanie", "Comité 1540"],
      start_date: "2017-07-05",
      end_date: "2017-07-06",
      city: "Nouakchott",
      country: "Mauritania",
      summary: "La Mauritanie et le Comité 1540 ont tenu le premier atelier national sur la résolution.",
      published: "2017-07-06",
    }),
  },
  {
    file: "2018/lima-seminar.fr.md",
    frontMatter: validFrontMatter({
      title: "Séminaire sous-régional à Lima",
      type: "seminar",
      organizers: ["UNLIREC"],
      start_date: "2018-05-03",
      end_date: "2018-05-04",
      city: "Lima",
      country: "Peru",
      summary: "Des responsables de la sous-région ont examiné les contrôles aux frontières à Lima.",
      published: "2018-05-10",
    }),
  },
];

let project: FixtureProject;
const read = (relative: string) => readFileSync(path.join(project.site, relative), "utf8");
const count = (text: string, part: string) => text.split(part).length - 1;

beforeAll(() => {
  const built = buildFixtureSite(NOTES);
  project = built;
  expect(built.result.status, `${built.result.stdout}${built.result.stderr}`).toBe(0);
});

describe("the language versions of a note", () => {
  it("are published under their language's prefix, English keeping its address", () => {
    expect(read("notes/2016/dushanbe-workshop/index.html")).toContain('<html lang="en" dir="ltr">');
    expect(read("notes/2016/dushanbe-workshop/index.html")).toContain("<title>Report writing workshop for Tajikistan · 1540 Committee Information Notes</title>");
    expect(read("fr/notes/2016/dushanbe-workshop/index.html")).toContain('<html lang="fr" dir="ltr">');
    expect(read("ar/notes/2016/dushanbe-workshop/index.html")).toContain('<html lang="ar" dir="rtl">');
  });

  it("show French and Arabic dates, country names and labels", () => {
    const french = read("fr/notes/2016/dushanbe-workshop/index.html");
    expect(french).toContain("29 février – 1er mars 2016, Douchanbé, Tadjikistan");
    expect(french).toContain("<dt>Date et lieu</dt>");
    expect(french).toContain("<dt>Organisateurs</dt>");
    expect(french).toContain('<a href="/regions/central-asia/">Asie centrale</a>');
    expect(french).toContain('<p class="note-label">Note d’information');
    expect(french).toContain('<meta property="og:locale" content="fr_FR">');
    expect(french).toContain("<title>Atelier sur l&#39;établissement des rapports pour le Tadjikistan · Notes d’information du Comité 1540</title>");
    const arabic = read("ar/notes/2016/dushanbe-workshop/index.html");
    expect(arabic).toContain("29 شباط/فبراير – 1 آذار/مارس 2016، دوشانبي، طاجيكستان");
    expect(arabic).toContain("<dt>التاريخ والمكان</dt>");
    expect(arabic).toContain('"inLanguage":"ar"');
  });

  it("link to each other with hreflang alternates, both ways, and an x-default to the English one", () => {
    for (const page of ["notes/2016/dushanbe-workshop/index.html", "fr/notes/2016/dushanbe-workshop/index.html", "ar/notes/2016/dushanbe-workshop/index.html"]) {
      const html = read(page);
      expect(html, page).toContain('<link rel="alternate" hreflang="en" href="https://notes.example.org/notes/2016/dushanbe-workshop/">');
      expect(html, page).toContain('<link rel="alternate" hreflang="fr" href="https://notes.example.org/fr/notes/2016/dushanbe-workshop/">');
      expect(html, page).toContain('<link rel="alternate" hreflang="ar" href="https://notes.example.org/ar/notes/2016/dushanbe-workshop/">');
      expect(html, page).toContain('<link rel="alternate" hreflang="x-default" href="https://notes.example.org/notes/2016/dushanbe-workshop/">');
    }
    const arabicOnly = read("ar/notes/2017/nouakchott-workshop/index.html");
    expect(arabicOnly).toContain('<link rel="alternate" hreflang="x-default" href="https://notes.example.org/ar/notes/2017/nouakchott-workshop/">');
    expect(read("fr/notes/2018/lima-seminar/index.html")).not.toContain("hreflang=");
  });

  it("offer a language switcher naming each version in its own language, the current one marked", () => {
    const french = read("fr/notes/2016/dushanbe-workshop/index.html");
    const nav = french.match(/<nav class="language-switcher" aria-label="Langues"[^]*?<\/nav>/)?.[0] ?? "";
    expect(nav).toContain('<a href="/notes/2016/dushanbe-workshop/" lang="en" hreflang="en" dir="ltr">English</a>');
    expect(nav).toContain('<a href="/ar/notes/2016/dushanbe-workshop/" lang="ar" hreflang="ar" dir="rtl">العربية</a>');
    expect(nav).toContain('<a href="/fr/notes/2016/dushanbe-workshop/" lang="fr" hreflang="fr" dir="ltr" aria-current="page">Français</a>');
    expect(read("fr/notes/2018/lima-seminar/index.html")).not.toContain("language-switcher");
  });

  it("each have their own calendar file", () => {
    expect(read("fr/notes/2016/dushanbe-workshop/event.ics")).toContain("SUMMARY:Atelier sur l'établissement des rapports pour le Tadjikistan");
  });
});

describe("an event written only in Arabic", () => {
  it("gets browse pages for its Arabic-only organizers, and names them in its structured data", () => {
    const organizer = read("organizers/حكومة-موريتانيا/index.html");
    expect(organizer).toContain("حلقة العمل الوطنية لفائدة موريتانيا");
    const html = read("ar/notes/2017/nouakchott-workshop/index.html");
    expect(html).toContain('{"@type":"Organization","name":"حكومة موريتانيا"}');
    expect(html).toContain('<a href="/organizers/حكومة-موريتانيا/">حكومة موريتانيا</a>');
  });

  it("links its French version's organizers to the pages of the Arabic version, marked as Arabic", () => {
    const french = read("fr/notes/2017/nouakchott-workshop/index.html");
    expect(french).toMatch(/<a href="\/organizers\/حكومة-موريتانيا\/" lang="ar" dir="rtl">حكومة موريتانيا<\/a>/);
  });
});

describe("the English listings", () => {
  it("show each event once, by its English version or else its first language, marked with its language", () => {
    const archive = read("notes/index.html");
    expect(count(archive, 'href="/notes/2016/dushanbe-workshop/"')).toBe(1);
    expect(archive).not.toContain("/fr/notes/2016/dushanbe-workshop/");
    expect(archive).not.toContain("/ar/notes/2016/dushanbe-workshop/");
    expect(count(archive, "/ar/notes/2017/nouakchott-workshop/")).toBe(1);
    expect(archive).not.toContain("/fr/notes/2017/nouakchott-workshop/");
    expect(archive).toMatch(/<li class="note-card" lang="ar" dir="rtl">\s*<h3 class="note-card-title"><a href="\/ar\/notes\/2017\/nouakchott-workshop\/">حلقة العمل الوطنية لفائدة موريتانيا<\/a> <span class="language-marker" lang="en" dir="ltr">\(in Arabic\)<\/span>/);
    expect(archive).toMatch(/<li class="note-card" lang="fr" dir="ltr">\s*<h3 class="note-card-title"><a href="\/fr\/notes\/2018\/lima-seminar\/">Séminaire sous-régional à Lima<\/a> <span class="language-marker" lang="en" dir="ltr">\(in French\)<\/span>/);
    expect(archive).toMatch(/<li class="note-card">\s*<h3 class="note-card-title"><a href="\/notes\/2016\/dushanbe-workshop\/">/);
    expect(count(read("index.html"), "note-card-title")).toBe(3);
    expect(count(read("countries/tajikistan/index.html"), "note-card-title")).toBe(1);
  });

  it("carry each event once in the feeds and calendars", () => {
    const rss = read("rss.xml");
    expect(count(rss, "<item>")).toBe(3);
    expect(rss).not.toContain("/fr/notes/2016/");
    const calendar = read("events.ics");
    expect(count(calendar, "BEGIN:VEVENT")).toBe(3);
  });

  it("leave every language version in the sitemap, with its alternates", () => {
    const sitemap = read("sitemap.xml");
    for (const url of ["/notes/2016/dushanbe-workshop/", "/fr/notes/2016/dushanbe-workshop/", "/ar/notes/2016/dushanbe-workshop/", "/ar/notes/2017/nouakchott-workshop/", "/fr/notes/2017/nouakchott-workshop/", "/fr/notes/2018/lima-seminar/"]) {
      expect(sitemap).toContain(`<loc>https://notes.example.org${url}</loc>`);
    }
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="fr" href="https://notes.example.org/fr/notes/2016/dushanbe-workshop/"/>');
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });

  it("index for search only the version listed for each event", () => {
    expect(read("notes/2016/dushanbe-workshop/index.html")).toContain("data-pagefind-body");
    expect(read("fr/notes/2016/dushanbe-workshop/index.html")).not.toContain("data-pagefind-body");
    expect(read("ar/notes/2017/nouakchott-workshop/index.html")).toContain("data-pagefind-body");
    expect(read("fr/notes/2017/nouakchott-workshop/index.html")).not.toContain("data-pagefind-body");
  });
});
