/**
 * The site's languages: the six official languages of the United Nations, English first as the
 * default, and the rule that tells a note file's language from its name.
 *
 * This module is the bottom layer of the multilingual site: it imports nothing from the project,
 * so that every other module (pages, feeds, the validator) can depend on it without cycles.
 */

export type TextDirection = "ltr" | "rtl";

export interface Language {
  /** The code used in file names, URL prefixes and message files: `fr` */
  readonly code: string;
  /**
   * BCP 47 tag for `lang` and `hreflang`: `fr`. Chinese is `zh-Hans` so that browsers pick
   * Simplified Chinese glyphs, which UN Chinese documents use, rather than a Traditional or Japanese font.
   */
  readonly tag: string;
  /** The language's name in itself, as shown in a language switcher: `Français` */
  readonly endonym: string;
  /** The language's name in English, for staff-facing messages: `French` */
  readonly englishName: string;
  /**
   * The locale handed to Intl for dates, lists and numbers. English uses British English, which
   * follows UN editorial style: day before month, and no comma before the last "and" of a list.
   */
  readonly intlLocale: string;
  readonly direction: TextDirection;
  /** Open Graph wants a language_TERRITORY locale: the one the language is most read in */
  readonly openGraphLocale: string;
  /** Prepended to every site path: `""` for English (the existing addresses stay), `/fr` for French */
  readonly urlPrefix: string;
}

/** English first: it is the default, the language notes are written in first, and the one without a prefix. */
export const OFFICIAL_LANGUAGES = [
  { code: "en", tag: "en", endonym: "English", englishName: "English", intlLocale: "en-GB", direction: "ltr", openGraphLocale: "en_GB", urlPrefix: "" },
  { code: "ar", tag: "ar", endonym: "العربية", englishName: "Arabic", intlLocale: "ar", direction: "rtl", openGraphLocale: "ar_AR", urlPrefix: "/ar" },
  { code: "es", tag: "es", endonym: "Español", englishName: "Spanish", intlLocale: "es", direction: "ltr", openGraphLocale: "es_ES", urlPrefix: "/es" },
  { code: "fr", tag: "fr", endonym: "Français", englishName: "French", intlLocale: "fr", direction: "ltr", openGraphLocale: "fr_FR", urlPrefix: "/fr" },
  { code: "ru", tag: "ru", endonym: "Русский", englishName: "Russian", intlLocale: "ru", direction: "ltr", openGraphLocale: "ru_RU", urlPrefix: "/ru" },
  { code: "zh", tag: "zh-Hans", endonym: "中文", englishName: "Chinese", intlLocale: "zh", direction: "ltr", openGraphLocale: "zh_CN", urlPrefix: "/zh" },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof OFFICIAL_LANGUAGES)[number]["code"];

export const DEFAULT_LANGUAGE: LanguageCode = "en";

/**
 * The languages a build makes: all six, unless the `SITE_LANGUAGES` environment variable names fewer
 * (`SITE_LANGUAGES=en,fr`), for a quicker local build or the benchmark's English-only comparison.
 * English is always built: it is the default language and holds the addresses without a prefix.
 */
export function builtLanguages(setting: string | undefined): readonly (typeof OFFICIAL_LANGUAGES)[number][] {
  if (setting === undefined || setting.trim() === "") return OFFICIAL_LANGUAGES;
  const codes = setting.split(",").map((code) => code.trim()).filter((code) => code !== "");
  const known: readonly string[] = OFFICIAL_LANGUAGES.map((language) => language.code);
  const unknown = codes.filter((code) => !known.includes(code));
  if (unknown.length > 0) throw new Error(`SITE_LANGUAGES names ${unknown.map((code) => `"${code}"`).join(", ")}, which is not one of the site's languages: write a comma-separated list of ${known.join(", ")}, or leave it unset to build all six`);
  if (!codes.includes(DEFAULT_LANGUAGE)) throw new Error(`SITE_LANGUAGES must include "${DEFAULT_LANGUAGE}": English is the default language and holds the addresses without a prefix (write SITE_LANGUAGES=${[DEFAULT_LANGUAGE, ...codes].join(",")})`);
  return OFFICIAL_LANGUAGES.filter((language) => codes.includes(language.code));
}

/**
 * The languages this build makes, English first (see `builtLanguages`). A wrong setting stops every
 * command at once with the message alone: it is read when the first module loads, where a thrown
 * error would print a stack trace instead.
 */
export const LANGUAGES = ((): ReturnType<typeof builtLanguages> => {
  try {
    return builtLanguages(process.env.SITE_LANGUAGES);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
})();

/** Every language code of this build, English first. */
export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((language) => language.code);

/** The languages a note file marks with a suffix: all but the default. */
export const SUFFIXED_LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === "string" && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function languageOf(code: LanguageCode): (typeof OFFICIAL_LANGUAGES)[number] {
  // The const list holds every code of the union, so the search always succeeds.
  return OFFICIAL_LANGUAGES.find((language) => language.code === code)!;
}

/**
 * A site path in a language: `localizedPath("/notes/", "fr")` is `/fr/notes/`; English paths are unchanged,
 * so that the addresses already published keep working.
 */
export function localizedPath(path: string, language: LanguageCode): string {
  const absolute = path.startsWith("/") ? path : `/${path}`;
  return `${languageOf(language).urlPrefix}${absolute}`;
}

/** What a note file's base name says about its language. */
export type NoteFileName =
  /** `workshop.md` (English) or `workshop.fr.md` */
  | { readonly kind: "note"; readonly name: string; readonly language: LanguageCode }
  /** `workshop.en.md`: English is the default and takes no suffix */
  | { readonly kind: "english-suffix"; readonly name: string; readonly suffix: string; readonly expected: string }
  /** `workshop.FR.md`, `workshop.zh-Hans.md`, `workshop.french.md`: one of the six, written another way */
  | { readonly kind: "misspelt-language"; readonly name: string; readonly suffix: string; readonly language: LanguageCode; readonly expected: string }
  /** `workshop.de.md`, `workshop.v2.md`: not one of the six languages */
  | { readonly kind: "unknown-language"; readonly name: string; readonly suffix: string }
  /** `workshop.txt`, `.md`, `workshop..md`: not a note file name at all */
  | { readonly kind: "not-a-note"; readonly baseName: string };

/**
 * Names staff may write for a language instead of its code. Keyed by lower-case text; the value is
 * the code to write. Only names that cannot mean anything else are listed.
 */
const LANGUAGE_ALIASES: Readonly<Record<string, LanguageCode>> = {
  english: "en", eng: "en",
  arabic: "ar", ara: "ar", "العربية": "ar",
  spanish: "es", spa: "es", "español": "es", espanol: "es",
  french: "fr", fra: "fr", fre: "fr", "français": "fr", francais: "fr",
  russian: "ru", rus: "ru", "русский": "ru",
  chinese: "zh", zho: "zh", chi: "zh", "中文": "zh", cn: "zh",
};

/** The language a suffix was probably meant to name: `FR`, `fr-CA`, `zh-Hans`, `french`. */
function intendedLanguage(suffix: string): LanguageCode | undefined {
  const lower = suffix.toLowerCase();
  if (isLanguageCode(lower)) return lower;
  const alias = LANGUAGE_ALIASES[lower];
  if (alias) return alias;
  // A regional or script tag (`fr-CA`, `zh_Hant`, `es-419`) names its primary language first.
  const primary = lower.split(/[-_]/)[0] ?? "";
  return primary !== lower && isLanguageCode(primary) ? primary : undefined;
}

function fileNameFor(name: string, language: LanguageCode): string {
  return language === DEFAULT_LANGUAGE ? `${name}.md` : `${name}.${language}.md`;
}

/**
 * Splits a note file's base name (no folder) into its name and language: `<name>.md` is English and
 * `<name>.<code>.md` is the language `<code>` (ar, es, fr, ru, zh, in lower case). Anything else after
 * the last dot but one is reported, with the file name to write instead when it can be worked out.
 * The `.md` extension may be in any case, as the note finder accepts it so.
 */
export function splitNoteFileName(baseName: string): NoteFileName {
  const match = /^(.*)\.md$/i.exec(baseName);
  const stem = match?.[1];
  if (stem === undefined || stem === "" || stem.endsWith(".") || stem.startsWith(".")) return { kind: "not-a-note", baseName };
  const dot = stem.lastIndexOf(".");
  if (dot === -1) return { kind: "note", name: stem, language: DEFAULT_LANGUAGE };
  const name = stem.slice(0, dot);
  const suffix = stem.slice(dot + 1);
  if (isLanguageCode(suffix)) {
    if (suffix === DEFAULT_LANGUAGE) return { kind: "english-suffix", name, suffix, expected: fileNameFor(name, DEFAULT_LANGUAGE) };
    return { kind: "note", name, language: suffix };
  }
  const intended = intendedLanguage(suffix);
  if (intended === DEFAULT_LANGUAGE) return { kind: "english-suffix", name, suffix, expected: fileNameFor(name, DEFAULT_LANGUAGE) };
  if (intended) return { kind: "misspelt-language", name, suffix, language: intended, expected: fileNameFor(name, intended) };
  return { kind: "unknown-language", name, suffix };
}

/** The base name of a note in a language: `noteFileName("workshop", "fr")` is `workshop.fr.md`. */
export function noteFileName(name: string, language: LanguageCode): string {
  return fileNameFor(name, language);
}

/**
 * What to tell staff about a note file name, in English (the staff tools' language); `undefined`
 * when the name is fine. Each sentence names the file to write instead when there is one.
 */
export function explainNoteFileName(baseName: string): string | undefined {
  const result = splitNoteFileName(baseName);
  switch (result.kind) {
    case "note":
      return undefined;
    case "english-suffix":
      return `English notes take no language suffix: rename "${baseName}" to ${result.expected}`;
    case "misspelt-language":
      return `".${result.suffix}" is not how a language is marked: for ${languageOf(result.language).englishName}, rename "${baseName}" to ${result.expected}`;
    case "unknown-language": {
      const unbuilt = OFFICIAL_LANGUAGES.find((language) => language.code === result.suffix);
      if (unbuilt) return `"${baseName}" is in ${unbuilt.englishName}, which this build leaves out: add ${unbuilt.code} to SITE_LANGUAGES (${LANGUAGE_CODES.join(",")}), or unset it to build all six languages`;
      return `".${result.suffix}" in "${baseName}" is not one of the site's languages; write ${result.name}.md for English or ${SUFFIXED_LANGUAGE_CODES.map((code) => `${result.name}.${code}.md`).join(", ")}`;
    }
    case "not-a-note":
      return `"${baseName}" is not a note file name: a note is <name>.md, or <name>.<language>.md for a translation`;
  }
}
