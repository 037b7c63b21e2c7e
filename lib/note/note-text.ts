/**
 * The text of a new note file: front matter written by the `yaml` package, then the Markdown body.
 *
 * Every string is double-quoted so that a title with a colon, a date or a value such as `no` is
 * always read back as the text that was written (the validator's YAML reader keeps it a string).
 */
import { stringify } from "yaml";

export function noteFileText(frontMatter: Record<string, unknown>, body: string): string {
  const yaml = stringify(frontMatter, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

/** Longest file name (without `.md`) a title becomes; long names make unwieldy web addresses. */
const MAX_SLUG_LENGTH = 80;

/** A file name from a slug, cut at a hyphen so no word is split. */
export function shortenSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, "");
}
