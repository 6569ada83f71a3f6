import path from 'node:path';

import { displayPath, RULE_NAMES } from '../core/index.js';
import type { RuleName, Site } from '../core/index.js';
import { countBySeverity } from './scan-report.js';
import type { ReportedFinding, ScanReport } from './scan-report.js';

export interface RuleCount {
  readonly rule: RuleName;
  readonly errors: number;
  readonly warnings: number;
}

export interface FolderCount {
  /** Relative to the project root, `.` for the root itself. */
  readonly folder: string;
  readonly findings: number;
}

export interface WrapperCount {
  readonly name: string;
  readonly kind: string;
  /** `src/progress-target.ts:4`, relative to the project root. */
  readonly declaredAt: string;
  /** Distinct concrete checks that a value of this wrapper reaches and defeats. */
  readonly checks: number;
}

/** The tallies an audit report opens with; shared by the Markdown and HTML formats. */
export interface AuditSummary {
  readonly filesChecked: number;
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
  readonly byRule: readonly RuleCount[];
  readonly byFolder: readonly FolderCount[];
  readonly byWrapper: readonly WrapperCount[];
}

export function auditSummary(report: ScanReport): AuditSummary {
  const findings = report.files.flatMap((file) => file.findings);
  return {
    filesChecked: report.files.length,
    ...countBySeverity(report),
    byRule: countByRule(findings),
    byFolder: countByFolder(findings, report.root),
    byWrapper: countByWrapper(findings, report.root),
  };
}

/** Every rule of the catalog, those with findings included even when no finding was kept. */
function countByRule(findings: readonly ReportedFinding[]): RuleCount[] {
  const rules = new Set<RuleName>([...RULE_NAMES, ...findings.map((finding) => finding.ruleId)]);
  return [...rules].sort().map((rule) => {
    const own = findings.filter((finding) => finding.ruleId === rule);
    const errors = own.filter((finding) => finding.severity === 'error').length;
    return { rule, errors, warnings: own.length - errors };
  });
}

function countByFolder(findings: readonly ReportedFinding[], root: string): FolderCount[] {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const folder = path.posix.dirname(displayPath(finding.site.fileName, root));
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }

  return [...counts]
    .map(([folder, count]) => ({ folder, findings: count }))
    .sort((a, b) => b.findings - a.findings || (a.folder < b.folder ? -1 : 1));
}

/**
 * Wrappers by the number of distinct checks they defeat. One check can carry several findings
 * (the check itself, the gate it closes), so findings are counted by their check: the last step
 * of the flow that lies inside the finding's own span, or the finding's site without a flow.
 */
function countByWrapper(findings: readonly ReportedFinding[], root: string): WrapperCount[] {
  const wrappers = new Map<string, { wrapper: ReportedFinding['wrapper']; checks: Set<string> }>();
  for (const finding of findings) {
    const { wrapper } = finding;
    const key = `${wrapper.declaredAt.fileName}:${wrapper.declaredAt.start}:${wrapper.name}`;
    const entry = wrappers.get(key) ?? { wrapper, checks: new Set<string>() };
    const check = checkSiteOf(finding);
    entry.checks.add(`${check.fileName}:${check.start}:${check.end}`);
    wrappers.set(key, entry);
  }

  return [...wrappers.values()]
    .map(({ wrapper, checks }) => ({
      name: wrapper.name,
      kind: wrapper.kind,
      declaredAt: `${displayPath(wrapper.declaredAt.fileName, root)}:${wrapper.declaredAt.line}`,
      checks: checks.size,
    }))
    .sort(
      (a, b) =>
        b.checks - a.checks ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : a.declaredAt < b.declaredAt ? -1 : 1),
    );
}

export function checkSiteOf(finding: ReportedFinding): Site {
  const { site } = finding;
  const inside = finding.flow.filter(
    (step) =>
      step.site.fileName === site.fileName &&
      step.site.start >= site.start &&
      step.site.end <= site.end,
  );
  return inside.at(-1)?.site ?? site;
}
