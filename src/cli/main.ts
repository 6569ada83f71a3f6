#!/usr/bin/env node
import { createRequire } from 'node:module';

import { formatJson } from '../report/json-format.js';
import { countFindings } from '../report/scan-report.js';
import { formatStylish } from '../report/stylish-format.js';
import { parseArguments, USAGE } from './arguments.js';
import { EXIT } from './exit-codes.js';
import { loadProject } from './load-project.js';
import { terminalPalette } from './palette.js';
import { scanProject } from './scan.js';
import { UsageError } from './usage-error.js';

function run(argv: readonly string[]): number {
  const args = parseArguments(argv);
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.clean;
  }

  if (args.command === 'version') {
    const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
    process.stdout.write(`${version}\n`);
    return EXIT.clean;
  }

  const cwd = process.cwd();
  const project = loadProject(args.project, cwd);
  const report = scanProject(project, args.files, cwd);
  const output =
    args.format === 'json' ? `${formatJson(report)}\n` : formatStylish(report, terminalPalette());
  process.stdout.write(output);
  return countFindings(report) > 0 ? EXIT.findings : EXIT.clean;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;

  process.stderr.write(`wrapper-pitfalls: ${error.message}\n`);
  process.exitCode = EXIT.usage;
}
