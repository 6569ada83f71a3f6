import path from 'node:path';

import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import { analysisFor } from '../../src/core/index.js';
import { removeTempProject, TARGETS_MODULE, writeTempProject } from '../helpers/written-project.js';

const folders: string[] = [];
afterAll(() => folders.forEach(removeTempProject));

/** The core's findings in `src/check.ts` of a project, from a program as typed linting makes it. */
function findingsIn(files: Record<string, string>) {
  const folder = writeTempProject({ 'src/targets.ts': TARGETS_MODULE, ...files });
  folders.push(folder);
  const tsconfig = path.join(folder, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  })!;
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  const file = program.getSourceFile(path.join(folder, 'src/check.ts'))!;
  return analysisFor(ts, program)
    .findingsForFile(file)
    .map((finding) => ({
      ruleId: finding.ruleId,
      line: finding.site.line,
      column: finding.site.column,
      message: finding.message,
    }));
}

const IMPORTS = "import { ProgressTarget, Repository, type Target } from './targets.js';\n";

/** Each case is a fault the crash corpus found, reduced to the smallest input that shows it. */
describe('core faults found by the crash corpus', () => {
  it('array-spread-into-itself: `items = [...items, x]` no longer recurses without end', () => {
    const findings = findingsIn({
      'src/check.ts': `${IMPORTS}
export function collect(extra: Target): void {
  let items: Target[] = [];
  items = [...items, new ProgressTarget(extra)];
  for (const item of items) {
    if (item instanceof Repository) item.push('x');
  }
}
`,
    });

    expect(findings).toEqual([
      {
        ruleId: 'no-silent-type-gate',
        line: 7,
        column: 5,
        message:
          "collect silently skips `item.push('x')` when `item` is a ProgressTarget (made in " +
          'src/check.ts:5): handle the wrapped case, or get what it needs without a type check.',
      },
      {
        ruleId: 'no-instanceof-wrapped',
        line: 7,
        column: 9,
        message:
          '`item instanceof Repository` is false when `item` is a ProgressTarget (made in ' +
          'src/check.ts:5): unwrap it first, or test the capability you need.',
      },
    ]);
  });

  it('long-binary-chain: 20,000 terms that TypeScript binds do not exhaust the stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, index) => `'${index}'`).join(' + ');
    const findings = findingsIn({
      'src/check.ts': `${IMPORTS}export const text = ${chain};
export function hint(target: Target): boolean { return target instanceof Repository; }
hint(new ProgressTarget(new Repository('r')));
`,
    });

    expect(findings).toEqual([
      {
        ruleId: 'no-instanceof-wrapped',
        line: 3,
        column: 56,
        message:
          '`target instanceof Repository` is false when `target` is a ProgressTarget (made in ' +
          'src/check.ts:4): unwrap it first, or test the capability you need.',
      },
    ]);
  });
});
