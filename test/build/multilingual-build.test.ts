/**
 * A real build of notes in several languages: an English note with French and Arabic versions, an
 * event written only in Arabic and one only in French. Checks the pages of each language (lang, dir,
 * dates, country names, labels, the language switcher and the hreflang alternates both ways), and
 * that the English listings, feeds, calendars and sitemap show each event once.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { standInPages } from "../../lib/build/search-index.ts";
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
    expect(french).toContain('<a href="/fr/regions/central-asia/">Asie centrale</a>');
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
    expect(html).toContain('<a href="/ar/organizers/حكومة-موريتانيا/">حكومة موريتانيا</a>');
  });

  it("links each version's organizers to the browse pages of its own language", () => {
    const french = read("fr/notes/2017/nouakchott-workshop/index.html");
    expect(french).toContain('<a href="/fr/organizers/gouvernement-de-la-mauritanie/">Gouvernement de la Mauritanie</a>');
    expect(read("fr/organizers/gouvernement-de-la-mauritanie/index.html")).toContain("Atelier national pour la Mauritanie");
    expect(read("ar/organizers/حكومة-موريتانيا/index.html")).toContain("حلقة العمل الوطنية لفائدة موريتانيا");
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

  it("index every version in its own language, and every event in every language that has an index", () => {
    for (const page of ["notes/2016/dushanbe-workshop/", "fr/notes/2016/dushanbe-workshop/", "ar/notes/2017/nouakchott-workshop/", "fr/notes/2017/nouakchott-workshop/"]) {
      expect(read(`${page}index.html`), page).toContain("data-pagefind-body");
    }
    const untranslated = (page: string) => /data-untranslated="([a-z ]+)"/.exec(read(page))?.[1]?.split(" ") ?? [];
    expect(untranslated("notes/2016/dushanbe-workshop/index.html")).toEqual(["es", "ru", "zh"]);
    expect(untranslated("fr/notes/2016/dushanbe-workshop/index.html")).toEqual([]);
    expect(untranslated("ar/notes/2017/nouakchott-workshop/index.html")).toEqual(["en", "es", "ru", "zh"]);
    const entry = JSON.parse(read("pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
    // Each language that has notes gets an index holding every event once: its own notes, and stand-ins.
    expect(Object.fromEntries(Object.entries(entry.languages).map(([language, index]) => [language, index.page_count]))).toEqual({ ar: 3, en: 3, fr: 3 });
  });

  it("link each result to a page of the site: a stand-in to the version it restates", () => {
    // A fragment is gzipped, Pagefind's signature, then the page's JSON; the UI links to `meta.url`, else to `url`.
    const links = (language: string) =>
      readdirSync(path.join(project.site, "pagefind", "fragment"))
        .filter((name) => name.startsWith(`${language}_`))
        .map((name) => JSON.parse(gunzipSync(readFileSync(path.join(project.site, "pagefind", "fragment", name))).toString().replace(/^pagefind_dcd/, "")) as { url: string; meta: { url?: string } })
        .map((fragment) => fragment.meta.url ?? fragment.url)
        .sort();
    expect(links("fr")).toEqual(["/fr/notes/2016/dushanbe-workshop/", "/fr/notes/2017/nouakchott-workshop/", "/fr/notes/2018/lima-seminar/"]);
    expect(links("en")).toEqual(["/ar/notes/2017/nouakchott-workshop/", "/fr/notes/2018/lima-seminar/", "/notes/2016/dushanbe-workshop/"]);
    for (const link of [...links("en"), ...links("ar")]) expect(existsSync(path.join(project.site, link, "index.html")), link).toBe(true);
  });
});

describe("the interface in six languages", () => {
  it("builds every interface page in every language, in that language, with its switcher and alternates", () => {
    for (const [prefix, tag, dir, heading] of [["", "en", "ltr", "All notes"], ["fr/", "fr", "ltr", "Toutes les notes"], ["ar/", "ar", "rtl", "جميع المذكرات"], ["zh/", "zh-Hans", "ltr", "全部情况说明"], ["ru/", "ru", "ltr", "Все записки"], ["es/", "es", "ltr", "Todas las notas"]] as const) {
      const archive = read(`${prefix}notes/index.html`);
      expect(archive, prefix).toContain(`<html lang="${tag}" dir="${dir}">`);
      expect(archive, prefix).toContain(`<h1>${heading}</h1>`);
      expect(archive, prefix).toContain('<link rel="alternate" hreflang="zh-Hans" href="https://notes.example.org/zh/notes/">');
      expect(archive, prefix).toContain('<link rel="alternate" hreflang="x-default" href="https://notes.example.org/notes/">');
      for (const page of ["index.html", "search/index.html", "subscribe/index.html", "map/index.html", "stats/index.html", "404.html", "data/index.html", "countries/index.html", "topics/index.html"]) {
        expect(existsSync(path.join(project.site, prefix, page)), `${prefix}${page}`).toBe(true);
      }
    }
    expect(read("fr/notes/index.html")).toContain('<a href="/fr/notes/" aria-current="page">Notes</a>');
    expect(read("fr/notes/index.html")).toMatch(/<nav class="language-switcher" aria-label="Langues">/);
  });

  it("lists each event in the page's language where it has a version, otherwise marked in its own", () => {
    const french = read("fr/notes/index.html");
    expect(french).toContain('href="/fr/notes/2016/dushanbe-workshop/"');
    expect(french).not.toContain('href="/notes/2016/dushanbe-workshop/"');
    expect(french).toContain('href="/fr/notes/2017/nouakchott-workshop/"');
    const spanish = read("es/notes/index.html");
    expect(spanish).toMatch(/<li class="note-card" lang="en" dir="ltr">\s*<h3 class="note-card-title"><a href="\/notes\/2016\/dushanbe-workshop\/">Report writing workshop for Tajikistan<\/a> <span class="language-marker" lang="es" dir="ltr">\(en inglés\)<\/span>/);
  });

  it("names browse pages in the page's language at the same addresses", () => {
    const page = read("fr/countries/tajikistan/index.html");
    expect(page).toContain("<h1>Pays\u00a0: Tadjikistan</h1>");
    expect(page).toContain('<a href="/fr/search/?country=Tajikistan">');
    expect(read("zh/countries/tajikistan/index.html")).toContain("塔吉克斯坦");
    expect(read("ar/regions/central-asia/index.html")).toContain("آسيا الوسطى");
  });

  it("gives each language its own feeds, in that language", () => {
    const rss = read("fr/rss.xml");
    expect(rss).toContain("<language>fr</language>");
    expect(rss).toContain("<title>Atelier sur l&#39;établissement des rapports pour le Tadjikistan</title>");
    expect(rss.startsWith("<?xml")).toBe(true);
    expect(rss).toContain("<dc:language>fr</dc:language>");
    const atom = read("ar/atom.xml");
    expect(atom).toContain('xml:lang="ar"');
    const json = JSON.parse(read("zh/feed.json")) as { language: string; items: { language: string }[] };
    expect(json.language).toBe("zh-Hans");
    expect(json.items.map((item) => item.language).sort()).toEqual(["ar", "en", "fr"]);
    expect(read("fr/countries/tajikistan/rss.xml")).toContain("<language>fr</language>");
  });

  it("hands the search page its language's words", () => {
    const search = read("ar/search/index.html");
    expect(search).toContain('data-language="ar"');
    expect(search).toContain("&quot;showMore&quot;:&quot;عرض مزيد من النتائج&quot;");
  });
});

describe("search in each language", () => {
  it("restates a listed version for each language it stands in for, as a file of its own that links to the version", () => {
    const html = '<html lang="en" dir="ltr"><body><article class="note" data-pagefind-body data-untranslated="es fr zh">text</article></body></html>';
    const pages = standInPages(html, "/notes/2016/x/", new Set(["en", "fr", "zh"] as const));
    expect(pages.map((page) => [page.file, page.language])).toEqual([
      ["fr/notes/2016/x/index.html", "fr"],
      ["zh/notes/2016/x/index.html", "zh"],
    ]);
    expect(pages[1]!.content).toBe('<html lang="zh-Hans" dir="ltr"><body><article class="note" data-pagefind-body data-untranslated="es fr zh" data-pagefind-meta="url:/notes/2016/x/">text</article></body></html>');
    expect(standInPages('<html lang="fr"><article class="note">text</article>', "/fr/notes/2016/x/", new Set(["en", "fr"] as const))).toEqual([]);
  });
});
