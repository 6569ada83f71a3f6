import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/run-cli.js';

const DOCS =
  'https://github.com/wrapper-pitfalls/eslint-plugin-wrapper-pitfalls/blob/main/docs/rules';

const FLOW_TO_CHECK = [
  '1. `src/push-command.ts:20:9` ProgressTarget made here, only when process.stdout.isTTY && ' +
    '!options.noTty',
  '2. `src/push-command.ts:18:9` held in `target`',
  '3. `src/push-command.ts:23:17` passed as `target` to withScopeHint()',
  '4. `src/scope-hint.ts:6:7` `target instanceof Repository` is false for it',
];

describe('--format markdown', () => {
  it('writes the audit of registry-push: summary tables, then each finding with its flow', () => {
    const run = runCli([
      'scan',
      '--project',
      'fixtures/registry-push/tsconfig.json',
      '-f',
      'markdown',
    ]);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        '# wrapper-pitfalls audit',
        '',
        'Project `fixtures/registry-push/tsconfig.json`: 5 files checked, 2 problems (2 errors, ' +
          '0 warnings).',
        '',
        '## Findings by rule',
        '',
        '| Rule | Errors | Warnings |',
        '| --- | ---: | ---: |',
        `| [wrapper-pitfalls/no-capability-probe-wrapped](${DOCS}/no-capability-probe-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-constructor-check-wrapped](${DOCS}/no-constructor-check-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-discriminant-wrapped](${DOCS}/no-discriminant-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-identity-wrapped](${DOCS}/no-identity-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-instanceof-wrapped](${DOCS}/no-instanceof-wrapped.md) | 1 | 0 |`,
        `| [wrapper-pitfalls/no-instanceof-wrapped-error](${DOCS}/no-instanceof-wrapped-error.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-private-brand-proxied](${DOCS}/no-private-brand-proxied.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-silent-type-gate](${DOCS}/no-silent-type-gate.md) | 1 | 0 |`,
        `| [wrapper-pitfalls/no-type-guard-wrapped](${DOCS}/no-type-guard-wrapped.md) | 0 | 0 |`,
        '',
        '## Findings by folder',
        '',
        '| Folder | Findings |',
        '| --- | ---: |',
        '| `src` | 2 |',
        '',
        '## Wrappers by the checks they defeat',
        '',
        '| Wrapper | Kind | Declared in | Checks |',
        '| --- | --- | --- | ---: |',
        '| `ProgressTarget` | decorator-class | `src/progress-target.ts:4` | 1 |',
        '',
        '## Findings',
        '',
        '### `src/scope-hint.ts`',
        '',
        `#### 6:3 error [wrapper-pitfalls/no-silent-type-gate](${DOCS}/no-silent-type-gate.md)`,
        '',
        'withScopeHint silently skips `target.addScopeHint(actions)` when `target` is a ' +
          'ProgressTarget (made in src/push-command.ts:20): handle the wrapped case, or get ' +
          'what it needs without a type check.',
        '',
        '```',
        '  5 | export function withScopeHint(target: Target, ...actions: Action[]): void {',
        '> 6 |   if (target instanceof Repository) {',
        '    |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '  7 |     target.addScopeHint(actions);',
        '```',
        '',
        'Flow from where the ProgressTarget is made:',
        '',
        ...FLOW_TO_CHECK,
        '5. `src/scope-hint.ts:7:5` so withScopeHint skips `target.addScopeHint(actions)`',
        '',
        `#### 6:7 error [wrapper-pitfalls/no-instanceof-wrapped](${DOCS}/no-instanceof-wrapped.md)`,
        '',
        '`target instanceof Repository` is false when `target` is a ProgressTarget (made in ' +
          'src/push-command.ts:20): unwrap it first, or test the capability you need.',
        '',
        '```',
        '  5 | export function withScopeHint(target: Target, ...actions: Action[]): void {',
        '> 6 |   if (target instanceof Repository) {',
        '    |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '  7 |     target.addScopeHint(actions);',
        '```',
        '',
        'Flow from where the ProgressTarget is made:',
        '',
        ...FLOW_TO_CHECK,
        '',
      ].join('\n'),
    );
  });

  it('says there is no problem, with the rule table only, on the fixed twin', () => {
    const run = runCli([
      'scan',
      '--project',
      'fixtures/registry-push-fixed/tsconfig.json',
      '-f',
      'markdown',
    ]);

    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        '# wrapper-pitfalls audit',
        '',
        'Project `fixtures/registry-push-fixed/tsconfig.json`: 6 files checked, no problem.',
        '',
        '## Findings by rule',
        '',
        '| Rule | Errors | Warnings |',
        '| --- | ---: | ---: |',
        `| [wrapper-pitfalls/no-capability-probe-wrapped](${DOCS}/no-capability-probe-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-constructor-check-wrapped](${DOCS}/no-constructor-check-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-discriminant-wrapped](${DOCS}/no-discriminant-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-identity-wrapped](${DOCS}/no-identity-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-instanceof-wrapped](${DOCS}/no-instanceof-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-instanceof-wrapped-error](${DOCS}/no-instanceof-wrapped-error.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-private-brand-proxied](${DOCS}/no-private-brand-proxied.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-silent-type-gate](${DOCS}/no-silent-type-gate.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-type-guard-wrapped](${DOCS}/no-type-guard-wrapped.md) | 0 | 0 |`,
        '',
      ].join('\n'),
    );
  });
});
