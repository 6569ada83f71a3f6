import path from 'node:path';

import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

/** The carrier fixtures: each a small project with a `-fixed` twin next to it. */
export const FLOWS_ROOT = path.join(REPO_ROOT, 'fixtures/flows');

/** One stop of a reported flow, as `scan --format json` prints it. */
export interface FlowStep {
  readonly filePath: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** One reported finding, with the file it is reported in relative to the fixture. */
export interface ScannedFinding {
  readonly file: string;
  readonly ruleId: string | null;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly flow: readonly FlowStep[];
}

export interface FixtureScan {
  readonly status: number | null;
  readonly stderr: string;
  readonly findings: readonly ScannedFinding[];
}

interface JsonResult {
  readonly filePath: string;
  readonly messages: readonly (Omit<ScannedFinding, 'file'> & { readonly flow?: FlowStep[] })[];
}

/**
 * A carrier fixture under `fixtures/flows/<name>`: `scan()` runs the built CLI on it as a child
 * process (once), `scanFixed()` on its `<name>-fixed` twin, and `step()` writes an expected flow
 * step with the absolute path the CLI reports.
 */
export function flowFixture(name: string) {
  const directory = path.join(FLOWS_ROOT, name);
  let scanned: FixtureScan | undefined;
  let scannedFixed: FixtureScan | undefined;

  return {
    step(file: string, line: number, column: number, message: string): FlowStep {
      return { filePath: path.join(directory, file), line, column, message };
    },

    scan(): FixtureScan {
      scanned ??= scanProject(directory);
      return scanned;
    },

    scanFixed(): FixtureScan {
      scannedFixed ??= scanProject(`${directory}-fixed`);
      return scannedFixed;
    },
  };
}

function scanProject(directory: string): FixtureScan {
  const run = runCli([
    'scan',
    '--project',
    path.join(directory, 'tsconfig.json'),
    '--format',
    'json',
  ]);
  const results = JSON.parse(run.stdout || '[]') as JsonResult[];
  const findings = results.flatMap((result) =>
    result.messages.map((message) => ({
      file: path.relative(directory, result.filePath),
      ruleId: message.ruleId,
      line: message.line,
      column: message.column,
      message: message.message,
      flow: message.flow ?? [],
    })),
  );
  return { status: run.status, stderr: run.stderr, findings };
}
