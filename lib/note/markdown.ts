/**
 * The one Markdown renderer for note bodies.
 *
 * Raw HTML is never rendered (`html: false` shows it as text) so a committed note cannot inject
 * script; markdown-it's link validation drops `javascript:`, `vbscript:` and `data:` links.
 * Footnotes and heading anchors are on; anchors use the site's slug rules, kept clear of the ids
 * the layouts and the footnotes write (see `headingId`).
 */
import MarkdownIt from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import markdownItFootnote from "markdown-it-footnote";
import { addressSlug } from "../languages/address-slug.ts";

/**
 * The ids the layouts put on a note page (layouts/base.njk and layouts/partials/). A body heading
 * may well read "Additional comments" (the new-note wizard writes it) or "Related documents"; its
 * anchor must not take the id the layout's own heading or landmark needs. A test checks this list
 * against the layouts.
 */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  "main",
  "related-documents",
  "additional-comments",
  "related-notes-heading",
  "disclaimer-footnote",
  "disclaimer-ref",
]);

// The footnote plugin's ids: fn1, fnref1 (and fnref1:2, which no slug can be, having a colon).
const FOOTNOTE_ID = /^fn(?:ref)?\d+$/;

/**
 * A heading's id before markdown-it-anchor makes it unique in the body by adding "-1", "-2", ….
 * An id taken by the layout or a footnote gets "-1" straight away, as if already used in the body:
 * the suffixing can then only add "-<digits>", which no reserved id or footnote id ends with, so
 * the final id is never one of them. A heading with no letters or digits gets "section".
 */
export function headingId(text: string): string {
  // Letters and digits of any script make the id (Arabic, Cyrillic and Chinese headings keep theirs).
  const slug = /[\p{L}\p{N}]/u.test(text) ? addressSlug(text) : "section";
  return LAYOUT_IDS.has(slug) || FOOTNOTE_ID.test(slug) ? `${slug}-1` : slug;
}

export function createMarkdownRenderer(): InstanceType<typeof MarkdownIt> {
  const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
  markdown.use(markdownItFootnote);
  markdown.use(markdownItAnchor, { slugify: headingId, level: [2, 3, 4], tabIndex: false });
  const rules = markdown.renderer.rules;
  // Plain superscript numbers with an accessible name, instead of "[1]".
  rules.footnote_caption = (tokens, index) => {
    const meta = tokens[index]!.meta as { id: number; subId: number };
    return `${meta.id + 1}${meta.subId > 0 ? `:${meta.subId}` : ""}`;
  };
  rules.footnote_ref = (tokens, index, options, env, self) => {
    const id = self.rules.footnote_anchor_name!(tokens, index, options, env, self);
    const caption = self.rules.footnote_caption!(tokens, index, options, env, self);
    const meta = tokens[index]!.meta as { subId: number };
    const refId = meta.subId > 0 ? `${id}:${meta.subId}` : id;
    return `<sup class="footnote-ref"><a href="#fn${id}" id="fnref${refId}" aria-label="Footnote ${caption}">${caption}</a></sup>`;
  };
  rules.footnote_block_open = () => '<section class="footnotes" aria-label="Footnotes">\n<ol class="footnotes-list">\n';
  rules.footnote_anchor = (tokens, index, options, env, self) => {
    const id = self.rules.footnote_anchor_name!(tokens, index, options, env, self);
    const meta = tokens[index]!.meta as { subId: number };
    const refId = meta.subId > 0 ? `${id}:${meta.subId}` : id;
    return ` <a href="#fnref${refId}" class="footnote-backref" aria-label="Back to reference ${id}">\u21a9\uFE0E</a>`;
  };
  return markdown;
}
