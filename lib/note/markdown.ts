/**
 * The one Markdown renderer for note bodies.
 *
 * Raw HTML is never rendered (`html: false` shows it as text) so a committed note cannot inject
 * script; markdown-it's link validation drops `javascript:`, `vbscript:` and `data:` links.
 * Footnotes and heading anchors are on; anchors use the site's slug rules.
 */
import MarkdownIt from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import markdownItFootnote from "markdown-it-footnote";
import { slugify } from "./slugify.ts";

export function createMarkdownRenderer(): InstanceType<typeof MarkdownIt> {
  const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
  markdown.use(markdownItFootnote);
  markdown.use(markdownItAnchor, { slugify, level: [2, 3, 4], tabIndex: false });
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
