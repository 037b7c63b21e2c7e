/**
 * A small tokenizer for the site's own HTML: start tags with their attributes (quotes respected),
 * and the text of `<script>` and `<style>` elements. Comments are skipped. Enough for checking
 * links, ids and security rules without a DOM.
 */

export interface Tag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** For `<script>` and `<style>`: the text up to the closing tag */
  readonly content?: string;
  /** The line the tag starts on (1-based) */
  readonly line: number;
}

const RAW_TEXT = new Set(["script", "style"]);

export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const lineAt = (index: number) => html.slice(0, index).split("\n").length;
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf("<", index);
    if (open < 0) break;
    if (html.startsWith("<!--", open)) {
      const end = html.indexOf("-->", open + 4);
      index = end < 0 ? html.length : end + 3;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(open, open + 64));
    if (!nameMatch) {
      index = open + 1;
      continue;
    }
    const name = nameMatch[1]!.toLowerCase();
    let cursor = open + nameMatch[0].length;
    const attributes = new Map<string, string>();
    while (cursor < html.length) {
      while (/\s/.test(html[cursor] ?? "")) cursor += 1;
      if (html[cursor] === ">") {
        cursor += 1;
        break;
      }
      if (html.startsWith("/>", cursor)) {
        cursor += 2;
        break;
      }
      const attributeMatch = /^[^\s"'>/=]+/.exec(html.slice(cursor, cursor + 256));
      if (!attributeMatch) {
        cursor += 1;
        continue;
      }
      const attributeName = attributeMatch[0].toLowerCase();
      cursor += attributeMatch[0].length;
      while (/\s/.test(html[cursor] ?? "")) cursor += 1;
      let value = "";
      if (html[cursor] === "=") {
        cursor += 1;
        while (/\s/.test(html[cursor] ?? "")) cursor += 1;
        const quote = html[cursor];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, cursor + 1);
          value = html.slice(cursor + 1, end < 0 ? html.length : end);
          cursor = end < 0 ? html.length : end + 1;
        } else {
          const unquoted = /^[^\s>]*/.exec(html.slice(cursor))![0];
          value = unquoted;
          cursor += unquoted.length;
        }
      }
      if (!attributes.has(attributeName)) attributes.set(attributeName, decodeEntities(value));
    }
    let content: string | undefined;
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, cursor);
      content = html.slice(cursor, close < 0 ? html.length : close);
      cursor = close < 0 ? html.length : close;
    }
    tags.push({ name, attributes, ...(content !== undefined ? { content } : {}), line: lineAt(open) });
    index = cursor;
  }
  return tags;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[lower] ?? all;
  });
}

/** Every id (and legacy `<a name>`) a page defines, for checking `#fragment` links. */
export function idsOf(tags: readonly Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attributes.get("id");
    if (id) ids.add(id);
    if (tag.name === "a" && tag.attributes.get("name")) ids.add(tag.attributes.get("name")!);
  }
  return ids;
}
