/**
 * Findings as people and tools read them: compiler-style text, JSON, or GitHub workflow commands
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
import type { Finding } from "./findings.ts";
import type { ValidationReport } from "./validate-notes.ts";

export type ReportFormat = "text" | "json" | "github";
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "json", "github"];

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.field} ${finding.message}`;
}

export function summaryLine(report: Pick<ValidationReport, "checked" | "errors" | "warnings">): string {
  return `${plural(report.checked, "note")} checked: ${plural(report.errors, "error")}, ${plural(report.warnings, "warning")}`;
}

/** GitHub's workflow commands need `%`, CR and LF escaped in data, and also `:` and `,` in properties. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function formatReport(report: ValidationReport, format: ReportFormat): string {
  if (format === "json") {
    const { checked, errors, warnings, findings } = report;
    return JSON.stringify({ checked, errors, warnings, findings }, null, 2);
  }
  if (format === "github") {
    const lines = report.findings.map(
      (finding) =>
        `::${finding.severity} file=${escapeProperty(finding.file)},line=${finding.line},col=${finding.column},title=${escapeProperty(`Note ${finding.field}`)}::${escapeData(`${finding.field} ${finding.message}`)}`,
    );
    return [...lines, summaryLine(report)].join("\n");
  }
  return [...report.findings.map(formatFinding), summaryLine(report)].join("\n");
}
