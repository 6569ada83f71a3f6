import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { lintFixture } from '../helpers/lint-fixture.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { copyFixture, edited, removeFolder } from '../helpers/temp-project.js';

interface Message {
  ruleId: string | null;
  line: number;
  column: number;
  suppressions?: unknown;
}

interface Result {
  filePath: string;
  messages: Message[];
  suppressedMessages: Message[];
  errorCount: number;
}

function essentials(results: readonly Result[]) {
  const pick = ({ ruleId, line, column, suppressions }: Message) => ({
    ruleId,
    line,
    column,
    suppressions,
  });
  return results
    .filter((result) => result.messages.length + result.suppressedMessages.length > 0)
    .map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map(pick),
      suppressedMessages: result.suppressedMessages.map(pick),
    }));
}

let project: string;

beforeAll(() => {
  project = copyFixture('suppression-comments');
  const text = edited(
    project,
    'src/scope-hint.ts',
    '  if (target instanceof Repository) {',
    '  // eslint-disable-next-line wrapper-pitfalls/no-instanceof-wrapped' +
      ' -- the gate says it all\n' +
      '  if (target instanceof Repository) {',
  );
  fs.writeFileSync(path.join(project, 'src/scope-hint.ts'), text);
});

afterAll(() => removeFolder(project));

describe('eslint-disable comments in the scan', () => {
  it('move the findings they name to suppressedMessages, exactly as ESLint does', async () => {
    const run = runCli(['scan', '--project', 'tsconfig.json', '--format', 'json'], project);
    const scanned = JSON.parse(run.stdout) as Result[];
    const linted = (await lintFixture(path.relative(REPO_ROOT, project))) as unknown as Result[];

    expect(run.status).toBe(1);
    const file = path.join(project, 'src/scope-hint.ts');
    expect(essentials(scanned)).toEqual([
      {
        filePath: file,
        messages: [
          {
            ruleId: 'wrapper-pitfalls/no-silent-type-gate',
            line: 7,
            column: 3,
            suppressions: undefined,
          },
        ],
        suppressedMessages: [
          {
            ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
            line: 7,
            column: 7,
            suppressions: [{ kind: 'directive', justification: 'the gate says it all' }],
          },
        ],
      },
    ]);
    expect(essentials(linted)).toEqual(essentials(scanned));
    expect(scanned.find((result) => result.filePath === file)?.errorCount).toBe(1);
  });

  it('leave the stylish report and its count to the findings still shown', () => {
    const stylish = runCli(['scan', '--project', 'tsconfig.json'], project);

    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    const findingLines = stylish.stdout
      .split('\n')
      .filter((line) => /^ {2}\d+:\d+ {2}error {2}/.test(line));
    expect(findingLines.map((line) => line.slice(line.lastIndexOf('  ') + 2))).toEqual([
      'wrapper-pitfalls/no-silent-type-gate',
    ]);
  });
});
