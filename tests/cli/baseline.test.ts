import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { expectedFingerprint } from '../helpers/fingerprint-recipe.js';
import { runCli } from '../helpers/run-cli.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { copyFixture, edited, removeFolder } from '../helpers/temp-project.js';

/** These tests run the CLI several times each; on a loaded 2-core machine that takes a while. */
const SLOW = { timeout: 180_000 };

interface Message {
  ruleId: string;
  line: number;
  column: number;
  suppressions?: { kind: string; justification: string }[];
}

interface Result {
  filePath: string;
  messages: Message[];
  suppressedMessages: Message[];
}

const CHECK = 'wrapper-pitfalls/no-instanceof-wrapped';
const GATE = 'wrapper-pitfalls/no-silent-type-gate';
const BASELINE = 'wrapper-pitfalls-baseline.json';
const ORIGINAL = {
  gate: expectedFingerprint(
    'no-silent-type-gate',
    'src/scope-hint.ts',
    'if ( target instanceof Repository )',
    'withScopeHint',
  ),
  check: expectedFingerprint(
    'no-instanceof-wrapped',
    'src/scope-hint.ts',
    'target instanceof Repository',
    'withScopeHint',
  ),
};

const scratch: string[] = [];
afterAll(() => scratch.forEach(removeFolder));

function project(name: string): string {
  const folder = copyFixture(name);
  scratch.push(folder);
  return folder;
}

function scan(folder: string, ...args: string[]) {
  const run = runCli(['scan', '--format', 'json', '--baseline', BASELINE, ...args], folder);
  const results = run.status === 2 && run.stdout === '' ? [] : (JSON.parse(run.stdout) as Result[]);
  const place = (message: Message) => `${message.line}:${message.column} ${message.ruleId}`;
  return {
    ...run,
    shown: results.flatMap((result) => result.messages.map(place)),
    suppressed: results.flatMap((result) =>
      result.suppressedMessages.map((message) => [place(message), message.suppressions]),
    ),
  };
}

function readBaseline(folder: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(folder, BASELINE), 'utf8'));
}

function write(folder: string, file: string, text: string): void {
  fs.writeFileSync(path.join(folder, file), text);
}

/** Moves every line of both files, and edits code that has nothing to do with the findings. */
function moveLines(folder: string): void {
  write(
    folder,
    'src/scope-hint.ts',
    edited(
      folder,
      'src/scope-hint.ts',
      '/** Makes the next',
      '/** The scopes a push needs. */\nexport const PUSH_SCOPES = ["pull", "push"] as const;\n\n' +
        '/** Makes the next',
    ),
  );
  write(
    folder,
    'src/push-command.ts',
    edited(
      folder,
      'src/push-command.ts',
      'export interface PushOptions {',
      '// Options of `regctl push`.\n\n' +
        'export interface PushOptions {\n  readonly verbose?: boolean;',
    ),
  );
}

describe('--baseline, the bulk-suppression workflow', SLOW, () => {
  it("records today's findings, then reports only new ones across edits that move lines", () => {
    const folder = project('baseline-workflow');

    const missing = scan(folder);
    expect([missing.status, missing.stderr]).toEqual([
      2,
      `wrapper-pitfalls: baseline ${path.join(folder, BASELINE)} does not exist: create it with ` +
        '--suppress-all or --suppress-rule\n',
    ]);

    const recorded = scan(folder, '--suppress-all');
    expect([recorded.status, recorded.stderr, recorded.shown]).toEqual([0, '', []]);
    expect(readBaseline(folder)).toEqual({
      'src/scope-hint.ts': {
        [CHECK]: { count: 1, fingerprints: [ORIGINAL.check] },
        [GATE]: { count: 1, fingerprints: [ORIGINAL.gate] },
      },
    });
    expect(fs.readFileSync(path.join(folder, BASELINE), 'utf8')).toBe(
      `${JSON.stringify(readBaseline(folder), null, 2)}\n`,
    );

    moveLines(folder);
    const afterMove = scan(folder);
    expect([afterMove.status, afterMove.stderr, afterMove.shown]).toEqual([0, '', []]);
    expect(afterMove.suppressed).toEqual([
      [`9:3 ${GATE}`, [{ kind: 'file', justification: '' }]],
      [`9:7 ${CHECK}`, [{ kind: 'file', justification: '' }]],
    ]);

    write(
      folder,
      'src/scope-hint.ts',
      `${fs.readFileSync(path.join(folder, 'src/scope-hint.ts'), 'utf8')}
export function withTagHint(target: Target): void {
  if (target instanceof Repository) {
    target.addScopeHint(["push"]);
  }
}
`,
    );
    write(
      folder,
      'src/push-command.ts',
      edited(
        folder,
        'src/push-command.ts',
        '  withScopeHint(target, "pull", "push");',
        '  withScopeHint(target, "pull", "push");\n  withTagHint(target);',
      ).replace(
        'import { withScopeHint } from "./scope-hint.js";',
        'import { withScopeHint, withTagHint } from "./scope-hint.js";',
      ),
    );
    const withNew = scan(folder);
    expect([withNew.status, withNew.stderr, withNew.shown]).toEqual([
      1,
      '',
      [`15:3 ${GATE}`, `15:7 ${CHECK}`],
    ]);
    expect(withNew.suppressed.map(([place]) => place)).toEqual([`9:3 ${GATE}`, `9:7 ${CHECK}`]);
  });

  it('fails with exit 2 on recorded findings that no longer occur, until they are pruned', () => {
    const folder = project('baseline-prune');
    scan(folder, '--suppress-all');
    write(
      folder,
      'src/scope-hint.ts',
      edited(
        folder,
        'src/scope-hint.ts',
        /if \(target instanceof Repository\) \{\n(.*)\n {2}\}/,
        '$1',
      ),
    );

    const stale = scan(folder);
    expect([stale.status, stale.shown]).toEqual([2, []]);
    expect(stale.stderr).toBe(
      'wrapper-pitfalls: the baseline records 2 findings that no longer occur: remove them with ' +
        '--prune-suppressions, or pass --pass-on-unpruned-suppressions\n',
    );
    expect(scan(folder, '--pass-on-unpruned-suppressions').status).toBe(0);

    const pruned = scan(folder, '--prune-suppressions');
    expect([pruned.status, pruned.stderr]).toEqual([0, '']);
    expect(readBaseline(folder)).toEqual({});
    expect(scan(folder).status).toBe(0);
  });

  it('records one rule with --suppress-rule, leaving the other reported', () => {
    const folder = project('baseline-rule');
    const run = scan(folder, '--suppress-rule', 'no-silent-type-gate');

    expect([run.status, run.shown]).toEqual([1, [`6:7 ${CHECK}`]]);
    expect(readBaseline(folder)).toEqual({
      'src/scope-hint.ts': { [GATE]: { count: 1, fingerprints: [ORIGINAL.gate] } },
    });
  });

  it('marks SARIF results as new or unchanged, and baselined ones as suppressed', () => {
    const folder = project('baseline-sarif');
    scan(folder, '--suppress-rule', GATE);
    const run = runCli(['scan', '--baseline', BASELINE, '--format', 'sarif'], folder);
    const log = JSON.parse(run.stdout) as {
      runs: { results: { ruleId: string; baselineState: string; suppressions?: unknown }[] }[];
    };

    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(
      log.runs[0]?.results.map(({ ruleId, baselineState, suppressions }) => ({
        ruleId,
        baselineState,
        suppressions,
      })),
    ).toEqual([
      {
        ruleId: GATE,
        baselineState: 'unchanged',
        suppressions: [
          { kind: 'external', status: 'accepted', justification: `recorded in ${BASELINE}` },
        ],
      },
      { ruleId: CHECK, baselineState: 'new', suppressions: undefined },
    ]);
  });

  it.each([
    [['--suppress-all'], '--suppress-all needs --baseline <file>'],
    [['--prune-suppressions'], '--prune-suppressions needs --baseline <file>'],
    [
      ['--baseline', 'b.json', '--suppress-all', '--suppress-rule', GATE],
      '--suppress-all and --suppress-rule cannot be used together',
    ],
    [
      ['--baseline', 'b.json', '--suppress-all', '--prune-suppressions'],
      '--suppress-all and --prune-suppressions cannot be used together',
    ],
    [
      ['--baseline', 'b.json', '--suppress-rule', 'no-such-rule'],
      'unknown rule "no-such-rule" in --suppress-rule: use ' +
        [
          'no-capability-probe-wrapped',
          'no-constructor-check-wrapped',
          'no-discriminant-wrapped',
          'no-identity-wrapped',
          'no-instanceof-wrapped',
          'no-instanceof-wrapped-error',
          'no-private-brand-proxied',
          'no-silent-type-gate',
          'no-type-guard-wrapped',
        ]
          .map((rule) => `wrapper-pitfalls/${rule}`)
          .join(', '),
    ],
  ])('%j is a usage error', (args, message) => {
    const run = runCli(['scan', '--project', 'fixtures/registry-push/tsconfig.json', ...args]);

    expect([run.status, run.stdout, run.stderr]).toEqual([2, '', `wrapper-pitfalls: ${message}\n`]);
  });

  it.each([
    [
      '{"src/a.ts": {"r": {"count": 2, "fingerprints": ["x"]}}}',
      'invalid baseline %s: "src/a.ts" › "r" has count 2 but 1 fingerprints',
    ],
    ['{"src/a.ts": []}', 'invalid baseline %s: "src/a.ts" must be an object of rule ids'],
    ['[]', 'invalid baseline %s: it must be a JSON object of files'],
  ])('refuses the baseline %s with one line', (text, message) => {
    const folder = project('baseline-bad');
    write(folder, BASELINE, text);
    const run = scan(folder);

    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      `wrapper-pitfalls: ${message.replace('%s', path.join(folder, BASELINE))}\n`,
    );
  });
});
