#!/usr/bin/env node
import { createRequire } from 'node:module';
import path from 'node:path';

import { renderReport } from '../report/formats.js';
import { countBySeverity } from '../report/scan-report.js';
import type { ScanReport } from '../report/scan-report.js';
import { parseArguments, USAGE } from './arguments.js';
import type { ScanArguments } from './arguments.js';
import { writeFilesAtomically } from './atomic-write.js';
import { useBaseline } from './baseline/use-baseline.js';
import { loadScanConfig } from './config/scan-config.js';
import { EXIT } from './exit-codes.js';
import { exitForFindings } from './exit-status.js';
import { reportFailure } from './failure.js';
import { describeProblem } from './file-problem.js';
import { loadProject, tsconfigPath } from './load-project.js';
import { terminalPalette } from './palette.js';
import { progressDisplay } from './progress.js';
import { ruleHelp } from './rule-help.js';
import { scanProblems } from './scan-problems.js';
import { scanProject } from './scan.js';
import type { BoundsHit } from './scan.js';

const { name: packageName, version } = createRequire(import.meta.url)('../../package.json') as {
  name: string;
  version: string;
};

function hops(count: number): string {
  return `${count} ${count === 1 ? 'hop' : 'hops'}`;
}

/** What a user must know when a bound cut some flow search short: some flows may be missing. */
function boundNotes(bounds: BoundsHit, args: ScanArguments): string[] {
  const notes: string[] = [];
  if (bounds.depth) {
    notes.push(
      `some flow searches stopped at ${hops(args.maxDepth ?? 24)}, so some flows may be missing ` +
        'from this report (raise --max-depth to follow longer paths)',
    );
  }

  if (bounds.time) {
    notes.push(
      `flow searches stopped after ${args.timeoutSeconds} s, so some flows may be missing from ` +
        'this report (raise --timeout)',
    );
  }

  return notes;
}

function run(argv: readonly string[]): number {
  const cwd = process.cwd();
  const args = parseArguments(argv, cwd);
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.clean;
  }

  if (args.command === 'version') {
    process.stdout.write(`${version}\n`);
    return EXIT.clean;
  }

  return scan(args, cwd);
}

function scan(args: ScanArguments, cwd: string): number {
  const config = loadScanConfig(args.config, cwd, path.dirname(tsconfigPath(args.project, cwd)));
  const progress = progressDisplay(process.stderr, args.progress);
  let files;
  let bounds;
  let project;
  try {
    project = loadProject(args.project, cwd, {
      followSymlinks: args.followSymlinks,
      onSourceRead: () => progress.fileLoaded(),
    });
    ({ files, bounds } = scanProject(project, { ...args, config, progress }, cwd));
  } finally {
    progress.finish();
  }

  const notes = boundNotes(bounds, args);
  for (const note of notes) process.stderr.write(`wrapper-pitfalls: note: ${note}\n`);

  const baseline = args.baseline ? useBaseline(files, args.baseline, cwd) : undefined;
  const report: ScanReport = {
    tsconfig: project.tsconfig,
    root: project.root,
    cwd,
    tool: { name: packageName.replace(/^eslint-plugin-/, ''), version },
    baseline: baseline?.file,
    ruleHelp: ruleHelp(),
    notes,
    files: baseline?.files ?? files,
  };

  writeReports(args, report);

  const problems = scanProblems(project, report);
  for (const problem of problems) {
    process.stderr.write(`wrapper-pitfalls: ${describeProblem(problem, cwd)}\n`);
  }

  if (baseline && baseline.unusedCount > 0 && !args.baseline?.passOnUnpruned) {
    const noun = baseline.unusedCount === 1 ? 'finding' : 'findings';
    process.stderr.write(
      `wrapper-pitfalls: the baseline records ${baseline.unusedCount} ${noun} that no longer ` +
        'occur: remove them with --prune-suppressions, or pass --pass-on-unpruned-suppressions\n',
    );
    return EXIT.usage;
  }

  if (problems.length > 0) return EXIT.incomplete;

  const decision = exitForFindings(countBySeverity(report), args.failOn, args.maxWarnings);
  if (decision.reason) process.stderr.write(`wrapper-pitfalls: ${decision.reason}\n`);

  return decision.code;
}

/** Files are all written (atomically) before anything goes to standard output. */
function writeReports(args: ScanArguments, report: ScanReport): void {
  const toFiles = args.outputs.flatMap(({ format, file }) =>
    file === undefined ? [] : [{ file, content: renderReport(format, report) }],
  );
  writeFilesAtomically(toFiles);

  const toStdout = args.outputs.find((target) => target.file === undefined);
  if (toStdout) process.stdout.write(renderReport(toStdout.format, report, terminalPalette()));
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  process.exitCode = reportFailure(error);
}
