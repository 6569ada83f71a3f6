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
 * (the check itself, the gate it closes), so each finding is counted by its check: the first step
 * of its flow where some finding is reported (the gate's flow passes the check's own finding), or
 * else the finding's own site.
 */
function countByWrapper(findings: readonly ReportedFinding[], root: string): WrapperCount[] {
  const reported = new Set(findings.map((finding) => siteKey(finding.site)));
  const wrappers = new Map<string, { wrapper: ReportedFinding['wrapper']; checks: Set<string> }>();
  for (const finding of findings) {
    const { wrapper } = finding;
    const key = `${siteKey(wrapper.declaredAt)}:${wrapper.name}`;
    const entry = wrappers.get(key) ?? { wrapper, checks: new Set<string>() };
    entry.checks.add(siteKey(checkSiteOf(finding, reported)));
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

/** The check a finding is about, given the sites (`siteKey`) where findings are reported. */
export function checkSiteOf(finding: ReportedFinding, reported: ReadonlySet<string>): Site {
  return finding.flow.find((step) => reported.has(siteKey(step.site)))?.site ?? finding.site;
}

function siteKey(site: Site): string {
  return `${site.fileName}:${site.start}:${site.end}`;
}
