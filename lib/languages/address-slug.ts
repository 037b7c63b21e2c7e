/**
 * Slugs for addresses (URL segments) and HTML ids, for text in any script.
 *
 * Latin text is folded to ASCII exactly as the site's English slugs are made today ("Côte d’Ivoire"
 * → `cote-divoire`), so no English address changes. Text in other scripts keeps its letters:
 * `/ru/countries/казахстан/`, `/ar/topics/الأمن-النووي/`, `/zh/topics/出口管制/`. Browsers show such
 * addresses in their own script, so a reader can still tell from the address where it leads.
 *
 * Why not transliterate Cyrillic (or Arabic, or Chinese)? Several schemes are in use (GOST, BGN/PCGN,
 * UN romanisation), each giving a different Latin spelling of the same name, and none is what a
 * Russian reader would type; for Arabic and Chinese no transliteration would be readable at all.
 * Keeping the script is the one rule that works the same way for all six languages.
 *
 * Stability: the same text always gives the same slug. Cyrillic `ё` is written `е` (most texts,
 * UN documents included, do not mark it, so both spellings of a word meet); Arabic vowel marks and
 * the decorative tatweel are dropped; digits of any script become ASCII digits; capitals become
 * small letters. A text with no letters or digits at all (only emoji, say) gets `s-` and a short
 * hash of the text, so that a slug is never empty.
 */

/** Apostrophes join the letters around them (`d’Ivoire` → `divoire`) instead of splitting the word. */
const APOSTROPHES = new Set(["’", "'", "`"]);

/** Combining marks that fold away: Latin diacritics (as the English slugs do) and Arabic vowel marks. */
const DROPPED_MARK = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/u;

/**
 * Letters, marks and number letters kept as they are: every script but Latin and the script-neutral
 * characters. Number letters count so that the Chinese zero 〇 stays inside 二〇一六年.
 */
const OWN_SCRIPT_LETTER = /[\p{L}\p{M}\p{N}]/u;
const NEUTRAL_SCRIPT = /[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

const TATWEEL = "\u0640";

/** Fold one Latin or script-neutral character the way the English slugs always have. */
function foldLatin(character: string): string {
  if (APOSTROPHES.has(character)) return "";
  const folded = character.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return folded.replace(/[^a-z0-9]+/g, "-");
}

/**
 * `٢٠١٦` → `2016`: a decimal digit of any script as an ASCII digit, so that an address does not
 * depend on the digits typed. Unicode encodes each set of decimal digits as ten consecutive code
 * points from zero, so the digit's value is its distance from the first digit of its run. (The one
 * place where sets adjoin, the mathematical digits, is folded by NFKD before this is reached.)
 */
function asciiDigit(character: string): string {
  const codePoint = character.codePointAt(0)!;
  let zero = codePoint;
  while (codePoint - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String(codePoint - zero);
}

/** FNV-1a over the UTF-16 code units: a small, dependency-free hash that never changes between runs. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, "0");
}

/**
 * A readable, stable slug for a URL segment or an HTML id: lower-case, words joined by single
 * hyphens, no leading or trailing hyphen, never empty.
 */
export function addressSlug(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    // Names recur on every note that cites them (organizers, topics, countries, section headings):
    // the few thousand distinct ones are worked out once. The cap keeps a long preview session bounded.
    if (slugs.size >= SLUG_CACHE_LIMIT) slugs.clear();
    slug = uncachedAddressSlug(text);
    slugs.set(text, slug);
  }
  return slug;
}

const SLUG_CACHE_LIMIT = 100_000;
const slugs = new Map<string, string>();

function uncachedAddressSlug(text: string): string {
  const pieces: string[] = [];
  let previousKept = false;
  for (const character of text.normalize("NFC")) {
    const compatible = character.normalize("NFKD");
    if (/\p{Nd}/u.test(character) && !/^[0-9]$/.test(compatible)) {
      pieces.push(asciiDigit(character));
      previousKept = true;
    } else if (DROPPED_MARK.test(character) || character === TATWEEL) {
      // A vowel mark or diacritic adds nothing to the address; the word goes on.
    } else if (!NEUTRAL_SCRIPT.test(character) && OWN_SCRIPT_LETTER.test(character)) {
      pieces.push(character === "ё" || character === "Ё" ? "е" : character.toLowerCase());
      previousKept = true;
    } else if (previousKept && /\p{M}/u.test(character) && !/\p{Script=Latin}/u.test(character)) {
      // A mark that belongs to a letter of another script (a Devanagari vowel sign, say) stays.
      pieces.push(character);
    } else {
      const folded = foldLatin(character);
      pieces.push(folded);
      previousKept = false;
    }
  }
  const slug = pieces.join("").replace(/-+/g, "-").replace(/^-+|-+$/g, "");
  return slug || `s-${shortHash(text.normalize("NFC"))}`;
}

/**
 * Unique ids within one page: each call returns the slug of its text, or that slug with `-2`, `-3` …
 * when the page already uses it. `reserved` holds the ids the page has before any text is added
 * (`main`, `disclaimer-footnote`, …), which are never handed out.
 */
export function uniqueSlugger(reserved: readonly string[] = []): (text: string) => string {
  const taken = new Set(reserved);
  return (text) => {
    const base = addressSlug(text);
    let candidate = base;
    for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${base}-${suffix}`;
    taken.add(candidate);
    return candidate;
  };
}
