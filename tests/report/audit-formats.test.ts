import { describe, expect, it } from 'vitest';

import type { Site } from '../../src/core/index.js';
import { rules } from '../../src/rules/index.js';
import { auditSummary, checkSiteOf } from '../../src/report/audit-summary.js';
import { formatJson } from '../../src/report/json-format.js';
import { formatMarkdown } from '../../src/report/markdown-format.js';
import { ruleDocsUrl } from '../../src/report/rule-docs.js';
import { artifactLocation, baseUri } from '../../src/report/sarif-locations.js';
import type { ReportedFinding, ScanReport } from '../../src/report/scan-report.js';
import { formatStylish } from '../../src/report/stylish-format.js';

const SOURCE = [
  'export function check(value: Value): boolean {',
  '  if (value instanceof Concrete) return true;',
  '  return false;',
  '}',
].join('\n');
const FILE = '/app/src/lib/check.ts';

function site(line: number, column: number, endColumn: number, fileName = FILE): Site {
  const lines = SOURCE.split('\n');
  const start =
    lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  return {
    fileName,
    start,
    end: start + endColumn - column,
    line,
    column,
    endLine: line,
    endColumn,
  };
}

const WRAPPER = {
  name: 'Wrapper',
  kind: 'decorator-class' as const,
  declaredAt: site(1, 17, 22, '/app/src/wrapper.ts'),
};

const check: ReportedFinding = {
  ruleId: 'no-instanceof-wrapped',
  messageId: 'wrappedInstanceof',
  data: {},
  message:
    '`value instanceof Concrete` is false when `value` is a Wrapper (declared in ' +
    'src/wrapper.ts:1): unwrap it first, or test the capability you need.',
  site: site(2, 7, 32),
  wrapper: WRAPPER,
  flow: [],
  otherPaths: 0,
  flows: [],
  suggestions: [],
  severity: 'warning',
  fingerprint: 'f1',
  enclosing: 'check',
};

const GATE_FLOW = [
  { site: site(1, 23, 28), message: 'Wrapper passed as `value`' },
  { site: site(2, 7, 32), message: '`value instanceof Concrete` is false for the Wrapper' },
  { site: site(3, 3, 16), message: 'so check falls through to `return false`' },
];

const gate: ReportedFinding = {
  ...check,
  ruleId: 'no-silent-type-gate',
  messageId: 'silentFallback',
  message: 'check silently falls through to `return false` when `value` is a Wrapper.',
  site: site(3, 3, 16),
  flow: GATE_FLOW,
  otherPaths: 2,
  flows: [{ steps: GATE_FLOW, otherPaths: 2, testOnly: false }],
  severity: 'error',
  fingerprint: 'f2',
};

const report: ScanReport = {
  tsconfig: '/app/tsconfig.json',
  root: '/app',
  cwd: '/app',
  tool: { name: 'wrapper-pitfalls', version: '9.9.9' },
  baseline: undefined,
  ruleHelp: {},
  files: [
    {
      filePath: FILE,
      source: SOURCE,
      findings: [check, gate],
      suppressed: [
        { ...check, suppressions: [{ kind: 'directive', justification: 'on purpose' }] },
      ],
    },
    { filePath: '/app/src/other.ts', source: '', findings: [], suppressed: [] },
  ],
};

const DOCS =
  'https://github.com/wrapper-pitfalls/eslint-plugin-wrapper-pitfalls/blob/main/docs/rules';

describe('the audit formats on a report with warnings, suppressed findings and other paths', () => {
  it('sum up by rule, folder and wrapper, counting each check once', () => {
    const reported = new Set(
      [check, gate].map(({ site: { fileName, start, end } }) => `${fileName}:${start}:${end}`),
    );
    expect(checkSiteOf(gate, reported)).toEqual(check.site);
    expect(checkSiteOf(check, reported)).toEqual(check.site);
    expect(checkSiteOf(gate, new Set())).toEqual(gate.site);
    expect(auditSummary(report)).toEqual({
      filesChecked: 2,
      errors: 1,
      warnings: 1,
      suppressed: 1,
      byRule: [
        { rule: 'no-capability-probe-wrapped', errors: 0, warnings: 0 },
        { rule: 'no-constructor-check-wrapped', errors: 0, warnings: 0 },
        { rule: 'no-discriminant-wrapped', errors: 0, warnings: 0 },
        { rule: 'no-identity-wrapped', errors: 0, warnings: 0 },
        { rule: 'no-instanceof-wrapped', errors: 0, warnings: 1 },
        { rule: 'no-instanceof-wrapped-error', errors: 0, warnings: 0 },
        { rule: 'no-private-brand-proxied', errors: 0, warnings: 0 },
        { rule: 'no-silent-type-gate', errors: 1, warnings: 0 },
        { rule: 'no-type-guard-wrapped', errors: 0, warnings: 0 },
      ],
      byFolder: [{ folder: 'src/lib', findings: 2 }],
      byWrapper: [
        { name: 'Wrapper', kind: 'decorator-class', declaredAt: 'src/wrapper.ts:1', checks: 1 },
      ],
    });
  });

  it('write the Markdown audit', () => {
    expect(formatMarkdown(report)).toBe(
      [
        '# wrapper-pitfalls audit',
        '',
        'Project `tsconfig.json`: 2 files checked, 2 problems (1 error, 1 warning).',
        '1 suppressed finding (by `eslint-disable` comments or the baseline) is not listed.',
        '',
        '## Findings by rule',
        '',
        '| Rule | Errors | Warnings |',
        '| --- | ---: | ---: |',
        `| [wrapper-pitfalls/no-capability-probe-wrapped](${DOCS}/no-capability-probe-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-constructor-check-wrapped](${DOCS}/no-constructor-check-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-discriminant-wrapped](${DOCS}/no-discriminant-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-identity-wrapped](${DOCS}/no-identity-wrapped.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-instanceof-wrapped](${DOCS}/no-instanceof-wrapped.md) | 0 | 1 |`,
        `| [wrapper-pitfalls/no-instanceof-wrapped-error](${DOCS}/no-instanceof-wrapped-error.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-private-brand-proxied](${DOCS}/no-private-brand-proxied.md) | 0 | 0 |`,
        `| [wrapper-pitfalls/no-silent-type-gate](${DOCS}/no-silent-type-gate.md) | 1 | 0 |`,
        `| [wrapper-pitfalls/no-type-guard-wrapped](${DOCS}/no-type-guard-wrapped.md) | 0 | 0 |`,
        '',
        '## Findings by folder',
        '',
        '| Folder | Findings |',
        '| --- | ---: |',
        '| `src/lib` | 2 |',
        '',
        '## Wrappers by the checks they defeat',
        '',
        '| Wrapper | Kind | Declared in | Checks |',
        '| --- | --- | --- | ---: |',
        '| `Wrapper` | decorator-class | `src/wrapper.ts:1` | 1 |',
        '',
        '## Findings',
        '',
        '### `src/lib/check.ts`',
        '',
        '#### 2:7 warning ' +
          `[wrapper-pitfalls/no-instanceof-wrapped](${DOCS}/no-instanceof-wrapped.md)`,
        '',
        '`value instanceof Concrete` is false when `value` is a Wrapper (declared in ' +
          'src/wrapper.ts:1): unwrap it first, or test the capability you need.',
        '',
        '```',
        '  1 | export function check(value: Value): boolean {',
        '> 2 |   if (value instanceof Concrete) return true;',
        '    |       ^^^^^^^^^^^^^^^^^^^^^^^^^',
        '  3 |   return false;',
        '```',
        '',
        `#### 3:3 error [wrapper-pitfalls/no-silent-type-gate](${DOCS}/no-silent-type-gate.md)`,
        '',
        'check silently falls through to `return false` when `value` is a Wrapper.',
        '',
        '```',
        '  2 |   if (value instanceof Concrete) return true;',
        '> 3 |   return false;',
        '    |   ^^^^^^^^^^^^^',
        '  4 | }',
        '```',
        '',
        'Flow from where the Wrapper is made:',
        '',
        '1. `src/lib/check.ts:1:23` Wrapper passed as `value`',
        '2. `src/lib/check.ts:2:7` `value instanceof Concrete` is false for the Wrapper',
        '3. `src/lib/check.ts:3:3` so check falls through to `return false`',
        '',
        'and 2 other paths from there to this check.',
        '',
      ].join('\n'),
    );
  });

  it("give ESLint's severities and counts in json, and the summary line in stylish", () => {
    const [result] = JSON.parse(formatJson(report)) as {
      messages: { severity: number }[];
      suppressedMessages: { severity: number; suppressions: unknown }[];
      errorCount: number;
      warningCount: number;
    }[];

    expect(result?.messages.map((message) => message.severity)).toEqual([1, 2]);
    expect([result?.errorCount, result?.warningCount]).toEqual([1, 1]);
    expect(
      result?.suppressedMessages.map(({ severity, suppressions }) => ({ severity, suppressions })),
    ).toEqual([
      { severity: 1, suppressions: [{ kind: 'directive', justification: 'on purpose' }] },
    ]);
    expect(formatStylish(report).split('\n').at(-2)).toBe('✖ 2 problems (1 error, 1 warning)');
    expect(formatStylish(report)).toContain('      (and 2 other paths from there to this check)');
  });
});

describe('links and locations', () => {
  it('link each rule to the page its ESLint rule names as meta.docs.url', () => {
    for (const [name, rule] of Object.entries(rules)) {
      expect(ruleDocsUrl(name)).toBe(rule.meta.docs?.url);
    }
  });

  it('make artifact URIs relative to the base where they can be, absolute elsewhere', () => {
    expect(artifactLocation('/app/src/a b#.ts', '/app')).toEqual({
      uri: 'src/a%20b%23.ts',
      uriBaseId: '%SRCROOT%',
    });
    expect(artifactLocation('/lib/x.ts', '/app')).toEqual({ uri: 'file:///lib/x.ts' });
    expect(artifactLocation('/app2/x.ts', '/app')).toEqual({ uri: 'file:///app2/x.ts' });
    expect(baseUri('/app')).toBe('file:///app/');
  });
});
