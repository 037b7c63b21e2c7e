/**
 * Readable, stable URL slugs: lower-case ASCII words joined by hyphens ("Côte d'Ivoire" → "cote-divoire").
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
