import fs from 'node:fs';
import path from 'node:path';

import type { Baseline, BaselineEntry } from './baseline-file.js';

/** A finding as the baseline sees it: its full rule id and fingerprint. */
export interface BaselineFinding {
  readonly ruleId: string;
  readonly fingerprint: string;
}

/** The findings of one scanned file still shown after directive comments. */
export interface ScannedFile<F extends BaselineFinding> {
  readonly filePath: string;
  readonly findings: readonly F[];
}

/**
 * `--suppress-all` / `--suppress-rule`: the baseline with each scanned file's current findings
 * recorded (only for `rules`, when given), replacing what it held for those files and rules.
 * Other files and rules keep their entries, as ESLint keeps them.
 */
export function recordFindings<F extends BaselineFinding>(
  baseline: Baseline,
  files: readonly ScannedFile<F>[],
  folder: string,
  rules: readonly string[] | undefined,
): Baseline {
  const next: Record<string, Record<string, BaselineEntry>> = copy(baseline);
  for (const file of files) {
    const key = baselineKey(file.filePath, folder);
    for (const [rule, fingerprints] of byRule(file.findings)) {
      if (rules && !rules.includes(rule)) continue;

      next[key] = { ...next[key], [rule]: { count: fingerprints.length, fingerprints } };
    }
  }

  return next;
}

/**
 * `--prune-suppressions`: the baseline without the fingerprints of scanned files that no longer
 * occur, and without files that no longer exist.
 */
export function pruneBaseline<F extends BaselineFinding>(
  baseline: Baseline,
  files: readonly ScannedFile<F>[],
  folder: string,
): Baseline {
  const { unused } = matchBaseline(baseline, files, folder);
  const next: Record<string, Record<string, BaselineEntry>> = {};
  for (const [key, rules] of Object.entries(baseline)) {
    if (!fs.existsSync(path.resolve(folder, key))) continue;

    const kept: Record<string, BaselineEntry> = {};
    for (const [rule, entry] of Object.entries(rules)) {
      const stale = [...(unused.get(key)?.get(rule) ?? [])];
      const fingerprints = entry.fingerprints.filter((fingerprint) => {
        const index = stale.indexOf(fingerprint);
        if (index === -1) return true;

        stale.splice(index, 1);
        return false;
      });
      if (fingerprints.length > 0) kept[rule] = { count: fingerprints.length, fingerprints };
    }

    if (Object.keys(kept).length > 0) next[key] = kept;
  }

  return next;
}

/**
 * Which findings the baseline records (each recorded fingerprint matches one finding), and the
 * recorded fingerprints of scanned files that matched none: findings that no longer occur.
 */
export function matchBaseline<F extends BaselineFinding>(
  baseline: Baseline,
  files: readonly ScannedFile<F>[],
  folder: string,
): { baselined: Set<F>; unused: Map<string, Map<string, string[]>>; unusedCount: number } {
  const baselined = new Set<F>();
  const unused = new Map<string, Map<string, string[]>>();
  let unusedCount = 0;
  for (const file of files) {
    const key = baselineKey(file.filePath, folder);
    const recorded = baseline[key];
    if (!recorded) continue;

    const left = new Map(
      Object.entries(recorded).map(([rule, entry]) => [rule, [...entry.fingerprints]]),
    );
    for (const finding of file.findings) {
      const fingerprints = left.get(finding.ruleId);
      const index = fingerprints?.indexOf(finding.fingerprint) ?? -1;
      if (!fingerprints || index === -1) continue;

      fingerprints.splice(index, 1);
      baselined.add(finding);
    }

    const stale = new Map([...left].filter(([, fingerprints]) => fingerprints.length > 0));
    if (stale.size > 0) unused.set(key, stale);
    for (const fingerprints of stale.values()) unusedCount += fingerprints.length;
  }

  return { baselined, unused, unusedCount };
}

/** A file's key in the baseline: its path from the baseline's folder, with forward slashes. */
export function baselineKey(filePath: string, folder: string): string {
  return path.relative(folder, filePath).split(path.sep).join('/');
}

function byRule(findings: readonly BaselineFinding[]): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  for (const finding of findings) {
    rules.set(finding.ruleId, [...(rules.get(finding.ruleId) ?? []), finding.fingerprint]);
  }

  return rules;
}

function copy(baseline: Baseline): Record<string, Record<string, BaselineEntry>> {
  return Object.fromEntries(Object.entries(baseline).map(([key, rules]) => [key, { ...rules }]));
}
