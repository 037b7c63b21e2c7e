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
  // No indented code blocks: Eleventy turns them off in any Markdown library it is given, and a note
  // converted from a PDF often indents whole paragraphs. Off here too, so that every reader of a
  // body (the page, the open data) sees the same blocks.
  markdown.disable("code");
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

/** A token of the site's renderer (its own type, so it matches whichever markdown-it types it was built with). */
type Token = ReturnType<ReturnType<typeof createMarkdownRenderer>["parse"]>[number];

/** Text of inline tokens: words and code as written, links as their text, footnote marks as [n]. */
function inlineText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case "text":
        case "code_inline":
        case "image":
          return token.content;
        case "softbreak":
          return " ";
        case "hardbreak":
          return "\n";
        case "footnote_ref":
          return `[${footnoteNumber(token)}]`;
        default:
          return "";
      }
    })
    .join("");
}

function footnoteNumber(token: Token): number {
  const meta = token.meta as { id?: unknown } | null;
  return typeof meta?.id === "number" ? meta.id + 1 : 0;
}

/** A parsed body as plain text (see `markdownToPlainText`). */
function tokensToPlainText(tokens: readonly Token[]): string {
  const lists: { ordered: boolean; next: number }[] = [];
  let text = "";
  for (const token of tokens) {
    switch (token.type) {
      case "inline":
        text += inlineText(token.children ?? []);
        break;
      case "heading_close":
      case "paragraph_close":
        // A tight list's paragraphs are hidden: one line per item, not a blank line between them.
        text += token.hidden ? "\n" : "\n\n";
        break;
      case "bullet_list_open":
        lists.push({ ordered: false, next: 1 });
        break;
      case "ordered_list_open":
        lists.push({ ordered: true, next: Number(token.attrGet("start") ?? 1) });
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        text += "\n";
        break;
      case "list_item_open": {
        const list = lists[lists.length - 1];
        text += `${"  ".repeat(Math.max(0, lists.length - 1))}${list?.ordered ? `${list.next++}.` : "-"} `;
        break;
      }
      case "fence":
      case "code_block":
        text += `${token.content}\n`;
        break;
      case "footnote_open":
        text += `[${footnoteNumber(token)}] `;
        break;
      case "hr":
        text += "\n";
        break;
      default:
        break;
    }
  }
  return text.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

let plainTextRenderer: ReturnType<typeof createMarkdownRenderer> | undefined;

/**
 * A note's Markdown as plain text, parsed by the site's own renderer so it reads the same
 * constructs the page shows (footnotes included). For search tools and spreadsheets that want the
 * words without markup.
 */
export function markdownToPlainText(markdown: string): string {
  plainTextRenderer ??= createMarkdownRenderer();
  return tokensToPlainText(plainTextRenderer.parse(markdown, {}));
}

/** The renderer Eleventy renders note bodies with, which also keeps each body's plain text. */
export interface NoteBodyRenderer {
  /** The Markdown library to give Eleventy */
  readonly library: ReturnType<typeof createMarkdownRenderer>;
  /** The plain text of a body: from the page's own parse when it has been rendered, else parsed now. */
  plainText(markdown: string): string;
  /** Lets go of the texts kept so far (each build starts afresh). */
  forget(): void;
}

/**
 * Every body is parsed once for its page and its plain text (the open data's `body_text`): parsing it
 * a second time for the text cost about 1.2 s of a 10 000-note build.
 */
export function noteBodyRenderer(): NoteBodyRenderer {
  const library = createMarkdownRenderer();
  const texts = new Map<string, string>();
  library.render = (source, env = {}) => {
    const tokens = library.parse(source, env);
    texts.set(source, tokensToPlainText(tokens));
    return library.renderer.render(tokens, library.options, env);
  };
  return {
    library,
    plainText: (markdown) => texts.get(markdown) ?? tokensToPlainText(library.parse(markdown, {})),
    forget: () => texts.clear(),
  };
}
