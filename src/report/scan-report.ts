import type { Finding } from '../core/index.js';

/** The findings of one analysed file, with its text for code frames. */
export interface FileReport {
  readonly filePath: string;
  readonly source: string;
  readonly findings: readonly Finding[];
}

/** What a scan found, in the order reports print it. */
export interface ScanReport {
  readonly tsconfig: string;
  readonly root: string;
  readonly files: readonly FileReport[];
}

export function countFindings(report: ScanReport): number {
  return report.files.reduce((total, file) => total + file.findings.length, 0);
}
