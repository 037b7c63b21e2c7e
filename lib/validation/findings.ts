/**
 * A finding is one problem in one note, located by file, line and column, in words staff can act on.
 */

export type Severity = "error" | "warning";

export interface Finding {
  /** The note's path as the user gave it or relative to the project, with forward slashes */
  readonly file: string;
  /** 1-based */
  readonly line: number;
  /** 1-based */
  readonly column: number;
  readonly severity: Severity;
  /** The front matter field (`country`, `links[0].url`), or `body`, `front matter`, `file` */
  readonly field: string;
  readonly message: string;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
