import path from 'node:path';

import { PLUGIN_NAMESPACE } from '../../core/index.js';
import type { FileReport, ReportedFinding, SuppressedFinding } from '../../report/scan-report.js';
import type { BaselineArguments } from '../arguments.js';
import { UsageError } from '../usage-error.js';
import { readBaseline, writeBaseline } from './baseline-file.js';
import type { Baseline } from './baseline-file.js';
import { matchBaseline, pruneBaseline, recordFindings } from './baseline-operations.js';

export interface BaselineOutcome {
  readonly files: FileReport[];
  readonly file: string;
  /** Recorded findings of the scanned files that no longer occur. */
  readonly unusedCount: number;
}

/**
 * ESLint's bulk-suppression workflow on fingerprints: record (`--suppress-all`,
 * `--suppress-rule`) or prune the baseline file first, then move every finding it records from
 * the report's findings to its suppressed ones, with the `file` kind ESLint gives them.
 */
export function useBaseline(
  files: readonly FileReport[],
  args: BaselineArguments,
  cwd: string,
): BaselineOutcome {
  const file = path.resolve(cwd, args.file);
  const folder = path.dirname(file);
  const recording = args.suppressAll || args.suppressRules.length > 0;
  const existing = readBaseline(file);
  if (!existing && !recording) {
    throw new UsageError(
      `baseline ${file} does not exist: create it with --suppress-all or --suppress-rule`,
    );
  }

  const view = files.map((report) => ({
    filePath: report.filePath,
    findings: report.findings.map((finding) => ({
      ruleId: `${PLUGIN_NAMESPACE}/${finding.ruleId}`,
      fingerprint: finding.fingerprint,
      finding,
    })),
  }));

  let baseline: Baseline = existing ?? {};
  if (recording) {
    const rules = args.suppressAll ? undefined : args.suppressRules;
    baseline = recordFindings(baseline, view, folder, rules);
    writeBaseline(file, baseline);
  }

  if (args.prune) {
    baseline = pruneBaseline(baseline, view, folder);
    writeBaseline(file, baseline);
  }

  const { baselined, unusedCount } = matchBaseline(baseline, view, folder);
  const recorded = new Set([...baselined].map((entry) => entry.finding));
  return {
    file,
    unusedCount,
    files: files.map((report) => withBaseline(report, recorded)),
  };
}

function withBaseline(report: FileReport, recorded: ReadonlySet<ReportedFinding>): FileReport {
  const moved: SuppressedFinding[] = report.findings
    .filter((finding) => recorded.has(finding))
    .map((finding) => ({ ...finding, suppressions: [{ kind: 'file', justification: '' }] }));
  if (moved.length === 0) return report;

  const suppressed = [...report.suppressed, ...moved].sort(
    (a, b) =>
      a.site.start - b.site.start ||
      a.site.end - b.site.end ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return {
    ...report,
    findings: report.findings.filter((finding) => !recorded.has(finding)),
    suppressed,
  };
}
