import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { parseArguments } from '../../src/cli/arguments.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

const workflow = parse(
  fs.readFileSync(path.join(REPO_ROOT, 'docs/github-actions/wrapper-pitfalls.yml'), 'utf8'),
) as { jobs: { scan: { permissions: Record<string, string>; steps: Step[] } } };

describe('the example GitHub Actions workflow', () => {
  const { steps, permissions } = workflow.jobs.scan;
  const scan = steps.find((step) => step.run?.startsWith('npx wrapper-pitfalls scan'));
  const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));

  it('runs a scan the CLI accepts, and uploads the SARIF file that scan writes', () => {
    const args = parseArguments(scan!.run!.split(/\s+/).slice(2), REPO_ROOT);

    expect(args).toMatchObject({ command: 'scan', project: 'tsconfig.json', failOn: 'none' });
    const sarif =
      'outputs' in args ? args.outputs.find((output) => output.format === 'sarif') : undefined;
    expect(sarif?.file).toBe(path.join(REPO_ROOT, upload!.with!['sarif_file']!));
  });

  it('grants what uploading SARIF needs, and nothing to write code', () => {
    expect(permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
  });
});
