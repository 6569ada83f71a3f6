import path from 'node:path';

import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import { guardNamesOf } from '../../src/core/checks/guard-names.js';
import { analysisFor } from '../../src/core/index.js';
import { removeTempProject, TARGETS_MODULE, writtenProgram } from '../helpers/written-project.js';

const folders: string[] = [];
afterAll(() => folders.forEach(removeTempProject));

function programOf(files: Record<string, string>): { program: ts.Program; folder: string } {
  const { program, folder } = writtenProgram(files, { noLib: true });
  folders.push(folder);
  return { program, folder };
}

const GUARDS = `import { Repository } from './targets.js';
export function isRepository(value: unknown): value is Repository {
  return value instanceof Repository;
}
export const isRepo = (value: unknown): value is Repository => value instanceof Repository;
export class Guards {
  static isLocal(value: unknown): value is Repository { return value instanceof Repository; }
  #isOwn(value: unknown): value is Repository { return value instanceof Repository; }
}
export function describe(value: unknown): string { return String(value); }
export { isRepository as isRepositoryAlias };
`;

describe('guard names', () => {
  it('are the names of functions with a type predicate and every name they travel under', () => {
    const { program } = programOf({
      'src/targets.ts': TARGETS_MODULE,
      'src/guards.ts': GUARDS,
      'src/use.ts': `import { isRepositoryAlias as looksLikeRepository, describe } from './guards.js';
import guardsDefault from './default-guard.js';
export const checks = [looksLikeRepository, describe, guardsDefault];
`,
      'src/default-guard.ts': `import { Repository } from './targets.js';
export default (value: unknown): value is Repository => value instanceof Repository;
`,
    });
    const names = guardNamesOf(analysisFor(ts, program).ctx);

    expect([...names].sort()).toEqual([
      '#isOwn',
      'guardsDefault',
      'isLocal',
      'isRepo',
      'isRepository',
      'isRepositoryAlias',
      'looksLikeRepository',
    ]);
  });

  it('find a guard called under a name it was imported as', () => {
    const { program, folder } = programOf({
      'src/targets.ts': TARGETS_MODULE,
      'src/guards.ts': GUARDS,
      'src/push.ts': `import { ProgressTarget, Repository, type Target } from './targets.js';
import { isRepositoryAlias as looksLikeRepository } from './guards.js';
function scopes(target: Target): string[] {
  return looksLikeRepository(target) ? ['pull', 'push'] : ['pull'];
}
export const granted = scopes(new ProgressTarget(new Repository('app')));
`,
    });
    const analysis = analysisFor(ts, program);
    const file = program.getSourceFile(path.join(folder, 'src/push.ts'))!;
    const found = analysis.findingsForFile(file).map((finding) => ({
      rule: finding.ruleId,
      line: finding.site.line,
      column: finding.site.column,
    }));

    expect(found).toEqual([{ rule: 'no-type-guard-wrapped', line: 4, column: 10 }]);
  });
});
