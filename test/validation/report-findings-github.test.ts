/**
 * `--format github`: findings as GitHub workflow commands, which GitHub turns into annotations on
 * the pull request's changed lines
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../lib/validation/findings.ts";
import { formatReport } from "../../lib/validation/report-findings.ts";
import type { ValidationReport } from "../../lib/validation/validate-notes.ts";

function reportOf(findings: Finding[]): ValidationReport {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  return { checked: 1, findings, errors, warnings: findings.length - errors, notes: [] };
}

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  file: "notes/2016/dushanbe.md",
  line: 9,
  column: 10,
  severity: "error",
  field: "country",
  message: '"Tajikstan" is not a known country — did you mean "Tajikistan" (TJ)?',
  ...overrides,
});

describe("GitHub workflow command output", () => {
  it("writes one error command per finding, then the summary line", () => {
    expect(formatReport(reportOf([finding()]), "github")).toBe(
      '::error file=notes/2016/dushanbe.md,line=9,col=10,title=Note country::country "Tajikstan" is not a known country — did you mean "Tajikistan" (TJ)?\n' +
        "1 note checked: 1 error, 0 warnings",
    );
  });

  it("writes warnings as warning commands", () => {
    const [line] = formatReport(reportOf([finding({ severity: "warning", field: "body", message: "contains raw HTML" })]), "github").split("\n");
    expect(line).toBe("::warning file=notes/2016/dushanbe.md,line=9,col=10,title=Note body::body contains raw HTML");
  });

  it("escapes %, carriage returns and line feeds in the message", () => {
    const [line] = formatReport(reportOf([finding({ field: "summary", message: "is 100% too long\r\nshorten it" })]), "github").split("\n");
    expect(line).toBe("::error file=notes/2016/dushanbe.md,line=9,col=10,title=Note summary::summary is 100%25 too long%0D%0Ashorten it");
  });

  it("leaves colons and commas in the message as they are", () => {
    const [line] = formatReport(reportOf([finding({ field: "type", message: "must be one of: workshop, seminar" })]), "github").split("\n");
    expect(line!.endsWith("::type must be one of: workshop, seminar")).toBe(true);
  });

  it("escapes colons, commas, % and line breaks in the file and title properties", () => {
    const [line] = formatReport(reportOf([finding({ file: "notes/a,b:c%d\ne.md", field: "links[0].url" })]), "github").split("\n");
    expect(line!.startsWith("::error file=notes/a%2Cb%3Ac%25d%0Ae.md,line=9,col=10,title=Note links[0].url::")).toBe(true);
  });

  it("escapes a colon in the title property so it cannot end the properties early", () => {
    const [line] = formatReport(reportOf([finding({ field: "front matter: odd" })]), "github").split("\n");
    expect(line).toContain(",title=Note front matter%3A odd::front matter: odd ");
  });

  it("writes only the summary line when there is nothing to report", () => {
    expect(formatReport(reportOf([]), "github")).toBe("1 note checked: 0 errors, 0 warnings");
  });
});
