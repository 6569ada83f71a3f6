import type { Finding } from '../core/index.js';

/** How much a finding matters, as the configuration sets it for its rule (ESLint's words). */
export type Severity = 'error' | 'warning';

/**
 * Why a finding is left out of the report, in ESLint's terms: an `eslint-disable` comment
 * (`directive`) or the baseline file (`file`, as ESLint calls its bulk suppressions).
 */
export interface Suppression {
  readonly kind: 'directive' | 'file';
  readonly justification: string;
}

/** A finding as a scan reports it: with its rule's severity, and a fingerprint. */
export interface ReportedFinding extends Finding {
  readonly severity: Severity;
  /** Stable across line moves and unrelated edits; the same finding keeps it from scan to scan. */
  readonly fingerprint: string;
  /** The functions around it, outermost first (`Registry.push > onDone`); empty at top level. */
  readonly enclosing: string;
}

/** A finding that a directive comment or the baseline silences. */
export interface SuppressedFinding extends ReportedFinding {
  readonly suppressions: readonly Suppression[];
}

/** Why a file of the program has no findings to show: it could not be analysed. */
export interface UnanalysedFile {
  readonly reason: string;
  /** 1-based, where the reason sits in the file. */
  readonly line: number;
  readonly column: number;
}

/** The findings of one analysed file, with its text for code frames. */
export interface FileReport {
  readonly filePath: string;
  readonly source: string;
  /** What the report shows, in file order. */
  readonly findings: readonly ReportedFinding[];
  /** What suppressions silenced, in file order; shown only where ESLint shows them too. */
  readonly suppressed: readonly SuppressedFinding[];
  /** Set when the file could not be analysed; its findings are then empty. */
  readonly unanalysed?: UnanalysedFile;
}

/** What a scan found, in the order reports print it. */
export interface ScanReport {
  readonly tsconfig: string;
  readonly root: string;
  /** The folder the scan ran in: SARIF's relative file URIs start from it. */
  readonly cwd: string;
  readonly tool: { readonly name: string; readonly version: string };
  /** The baseline file the scan compared against, when one was given. */
  readonly baseline: string | undefined;
  /** Each rule's documentation in Markdown, where the installed package ships it. */
  readonly ruleHelp: Readonly<Record<string, string>>;
  /** What a reader must know about how complete the report is (a bound cut a search short). */
  readonly notes?: readonly string[];
  readonly files: readonly FileReport[];
}

export function countFindings(report: ScanReport): number {
  return report.files.reduce((total, file) => total + file.findings.length, 0);
}

/** Errors and warnings shown, and findings suppressed, over the whole report. */
export function countBySeverity(report: ScanReport): {
  errors: number;
  warnings: number;
  suppressed: number;
} {
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  for (const file of report.files) {
    for (const finding of file.findings) {
      if (finding.severity === 'error') errors++;
      else warnings++;
    }

    suppressed += file.suppressed.length;
  }

  return { errors, warnings, suppressed };
}
