/**
 * The site's interface text in the six languages, and the one function that looks it up.
 *
 * Messages live in `messages/<code>.json`, one file per language, all with the keys of `en.json`.
 * A message is a string with `{name}` placeholders, or, where a number is shown, an object of
 * plural variants keyed by the categories of `Intl.PluralRules` for that language (`one`/`other`
 * in English; `one`/`few`/`many`/`other` in Russian; six forms in Arabic; `other` only in Chinese).
 * No ICU message syntax: translators see plain sentences, and the variants are whole sentences so
 * that each language can put the number where its grammar wants it.
 *
 * Lookups throw on a missing key or placeholder value: a page must never show `{count}` or a key.
 */
import ar from "./messages/ar.json" with { type: "json" };
import en from "./messages/en.json" with { type: "json" };
import es from "./messages/es.json" with { type: "json" };
import fr from "./messages/fr.json" with { type: "json" };
import ru from "./messages/ru.json" with { type: "json" };
import zh from "./messages/zh.json" with { type: "json" };
import { languageOf, type LanguageCode } from "./languages.ts";

export type PluralCategory = Intl.LDMLPluralRule;

export const PLURAL_CATEGORIES: readonly PluralCategory[] = ["zero", "one", "two", "few", "many", "other"];

/** Plural variants of one message; `other` is required by every language. */
export type PluralMessage = Partial<Record<PluralCategory, string>> & { readonly other: string };

export interface MessageTree {
  readonly [key: string]: string | PluralMessage | MessageTree;
}

/** Dotted keys of every message in a tree: `site.nav.home`, `note.organizers`. */
type KeysOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : IsPlural<T[K]> extends true ? K : `${K}.${KeysOf<T[K]>}`;
}[keyof T & string];

/**
 * Plural variants have only plural categories as keys, as `isPluralMessage` checks at run time: a
 * group of messages that happens to hold an `other` key (the types of event) is not one.
 */
type IsPlural<V> = V extends { readonly other: string } ? ([Exclude<keyof V, Intl.LDMLPluralRule>] extends [never] ? true : false) : false;

/** Every message key, taken from the English file, so a typo in a key fails the type check. */
export type MessageKey = KeysOf<typeof en>;

export type MessageParams = Readonly<Record<string, string | number>>;

const CATALOGUES: Readonly<Record<LanguageCode, MessageTree>> = { ar, en, es, fr, ru, zh };

export function isPluralMessage(value: string | PluralMessage | MessageTree): value is PluralMessage {
  if (typeof value === "string") return false;
  const entries = Object.entries(value);
  return (
    entries.some(([key]) => key === "other") &&
    entries.every(([key, text]) => (PLURAL_CATEGORIES as readonly string[]).includes(key) && typeof text === "string")
  );
}

/** The raw messages of a language, as in its file. */
export function loadMessages(language: LanguageCode): MessageTree {
  return CATALOGUES[language];
}

/** Every message of a tree by dotted key, for checks that compare languages. */
export function flattenMessages(tree: MessageTree, prefix = ""): Map<string, string | PluralMessage> {
  const flat = new Map<string, string | PluralMessage>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string" || isPluralMessage(value)) flat.set(path, value);
    else for (const [innerKey, innerValue] of flattenMessages(value, path)) flat.set(innerKey, innerValue);
  }
  return flat;
}

const flatCatalogues = new Map<LanguageCode, Map<string, string | PluralMessage>>();

function messageOf(language: LanguageCode, key: string): string | PluralMessage {
  let flat = flatCatalogues.get(language);
  if (!flat) {
    flat = flattenMessages(CATALOGUES[language]);
    flatCatalogues.set(language, flat);
  }
  const message = flat.get(key);
  if (message === undefined) throw new Error(`No message "${key}" in messages/${language}.json`);
  return message;
}

const pluralRules = new Map<LanguageCode, Intl.PluralRules>();
const numberFormats = new Map<LanguageCode, Intl.NumberFormat>();

function pluralCategory(language: LanguageCode, count: number): PluralCategory {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(languageOf(language).intlLocale)));
  return rules.select(count);
}

/**
 * Numbers in messages: Western digits in every language (as the dates are), grouped only from five
 * digits up so that a year such as 2016 is never written `2 016`.
 */
export function formatNumber(value: number, language: LanguageCode): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(languageOf(language).intlLocale, { numberingSystem: "latn", useGrouping: "min2" });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** The `{name}` placeholders of a message, in order of appearance, each once. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((match) => match[1]!))];
}

function fill(text: string, params: MessageParams, language: LanguageCode, key: string): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Message "${key}" needs a value for {${name}}`);
    return typeof value === "number" ? formatNumber(value, language) : value;
  });
}

/**
 * A message in a language with its placeholders filled: `translate("fr", "facets.pageLabel", { page: 2, pages: 3 })`
 * is `Page 2 sur 3`. Plural messages choose their variant by `params.count`, which they require.
 */
export function translate(language: LanguageCode, key: MessageKey, params: MessageParams = {}): string {
  const message = messageOf(language, key);
  if (typeof message === "string") return fill(message, params, language, key);
  const count = params.count;
  if (typeof count !== "number") throw new Error(`Message "${key}" has plural forms and needs a numeric {count}`);
  const variant = message[pluralCategory(language, count)] ?? message.other;
  return fill(variant, params, language, key);
}

/**
 * A list in a language's own words: `joinList(["A", "B", "C"], "fr")` is `A, B et C`; with
 * `"disjunction"`, `A, B ou C`. English has no serial comma (`A, B and C`), as in UN documents;
 * Arabic joins with `و`, Chinese with its enumeration comma `、`.
 */
export function joinList(items: readonly string[], language: LanguageCode, type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat(languageOf(language).intlLocale, { style: "long", type }).format(items);
}
