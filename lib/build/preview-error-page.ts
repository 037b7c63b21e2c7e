/**
 * What the preview shows at a note's address while the note has errors: the errors, as
 * `npm run validate` words them, instead of the page as it was before the save (which would look
 * as if the save had not been taken into account). Never indexed for search.
 */
import type { Finding } from "../validation/findings.ts";
import { escapeText as e } from "../outputs/xml.ts";

/** The page for `file` (as shown to staff, `notes/2016/x.md`) with its error findings (and any warnings). */
export function noteErrorPage(file: string, findings: readonly Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const title = `${errors === 1 ? "1 error" : `${errors} errors`} in ${file}`;
  const items = findings.map(
    (finding) => `<li><strong>${e(finding.severity)}</strong>, line ${finding.line}, column ${finding.column}, ${e(finding.field)}: ${e(finding.message)}</li>`,
  );
  return [
    "<!doctype html>",
    '<html lang="en" dir="ltr">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    '<meta name="robots" content="noindex">',
    '<link rel="stylesheet" href="/assets/site.css">',
    "</head>",
    "<body>",
    '<main id="main" class="wrap">',
    '<p class="draft-banner" role="alert">Preview only: this note cannot be shown until it is fixed. The published build stops on these errors.</p>',
    `<h1>${e(title)}</h1>`,
    `<ul class="preview-errors">\n${items.join("\n")}\n</ul>`,
    `<p>Fix the file and save it again: this page then shows the note. <code>npm run validate -- ${e(file)}</code> lists the same problems.</p>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
