/**
 * Escaping for text placed in XML and HTML markup that the site writes itself (SVG maps and charts):
 * the characters that could end a text node or a double-quoted attribute value (every attribute
 * written here is double-quoted).
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ENTITIES[character]!);
}

const TEXT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escaping exactly as the site's templates escape (Nunjucks autoescape), for text and attributes alike. */
export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => TEXT_ENTITIES[character]!);
}
