import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import {
  enclosingFunctions,
  fingerprintFindings,
  normalisedCode,
} from '../../src/cli/fingerprints.js';
import type { Finding, TypeScriptApi } from '../../src/core/index.js';
import { expectedFingerprint } from '../helpers/fingerprint-recipe.js';

const api = ts as TypeScriptApi;

function sourceOf(text: string): ts.SourceFile {
  return ts.createSourceFile('/project/src/gate.ts', text, ts.ScriptTarget.Latest, true);
}

/** A finding of `rule` on each occurrence of `code` in the file, as the analysis would place it. */
function findingsAt(
  sourceFile: ts.SourceFile,
  code: string,
  rule: Finding['ruleId'] = 'no-instanceof-wrapped',
) {
  const findings: Finding[] = [];
  for (
    let start = sourceFile.text.indexOf(code);
    start !== -1;
    start = sourceFile.text.indexOf(code, start + 1)
  ) {
    const site = {
      fileName: sourceFile.fileName,
      start,
      end: start + code.length,
      line: 0,
      column: 0,
      endLine: 0,
      endColumn: 0,
    };
    findings.push({
      ruleId: rule,
      messageId: 'wrappedInstanceof',
      data: {},
      message: '',
      site,
      wrapper: { name: 'W', kind: 'decorator-class', declaredAt: site },
      flow: [],
      otherPaths: 0,
      flows: [],
      suggestions: [],
    });
  }

  return findings;
}

function fingerprints(text: string, code: string): string[] {
  const sourceFile = sourceOf(text);
  return fingerprintFindings(api, sourceFile, findingsAt(sourceFile, code), '/project').map(
    (entry) => entry.fingerprint,
  );
}

describe('finding fingerprints', () => {
  const base = 'function push(t: T) {\n  if (t instanceof R) go(t);\n}\n';

  it('follow the documented recipe', () => {
    expect(fingerprints(base, 't instanceof R')).toEqual([
      expectedFingerprint('no-instanceof-wrapped', 'src/gate.ts', 't instanceof R', 'push'),
    ]);
  });

  it('survive moved lines, new code elsewhere, and new layout or comments in the check', () => {
    const moved = `import x from 'x';\n\nconst other = 1;\n\n${base}`;
    const relaid = 'function push(t: T) {\n  if (t   instanceof /* sic */\n R) go(t);\n}\n';

    expect(fingerprints(moved, 't instanceof R')).toEqual(fingerprints(base, 't instanceof R'));
    expect(fingerprints(relaid, 't   instanceof /* sic */\n R')).toEqual(
      fingerprints(base, 't instanceof R'),
    );
  });

  it('change with the checked code, the enclosing function, or the rule', () => {
    const own = fingerprints(base, 't instanceof R')[0];
    const renamed = fingerprints(base.replace('push', 'pull'), 't instanceof R')[0];
    const otherCode = fingerprints(
      base.replace('instanceof R', 'instanceof S'),
      't instanceof S',
    )[0];
    const sourceFile = sourceOf(base);
    const gate = fingerprintFindings(
      api,
      sourceFile,
      findingsAt(sourceFile, 't instanceof R', 'no-silent-type-gate'),
      '/project',
    )[0]?.fingerprint;

    expect(new Set([own, renamed, otherCode, gate]).size).toBe(4);
  });

  it('tell apart repeats of the same check in one function by their order', () => {
    const twice =
      'function push(t: T) {\n  if (t instanceof R) go(t);\n  if (t instanceof R) stop(t);\n}\n';
    const [first, second] = fingerprints(twice, 't instanceof R');

    expect(first).toBe(
      expectedFingerprint('no-instanceof-wrapped', 'src/gate.ts', 't instanceof R', 'push', 0),
    );
    expect(second).toBe(
      expectedFingerprint('no-instanceof-wrapped', 'src/gate.ts', 't instanceof R', 'push', 1),
    );
  });
});

describe('the functions around a finding', () => {
  const text = [
    'class Registry {',
    '  push(t: T) { list.forEach((item) => item instanceof A); }',
    '  get size() { return x instanceof B; }',
    '  constructor() { this.ok = y instanceof C; }',
    '  handler = (v) => v instanceof D;',
    '  static { z instanceof E; }',
    '}',
    'const check = function named() { return w instanceof F; };',
    'export default function () { return u instanceof G; }',
    'const table = { pick: (v) => v instanceof H };',
    'exports.run = () => q instanceof I;',
    'top instanceof J;',
  ].join('\n');
  const sourceFile = sourceOf(text);
  const around = (code: string) => enclosingFunctions(api, sourceFile, text.indexOf(code));

  it.each([
    ['item instanceof A', 'Registry.push > (anonymous)'],
    ['x instanceof B', 'Registry.size'],
    ['y instanceof C', 'Registry.constructor'],
    ['v instanceof D', 'Registry.handler'],
    ['z instanceof E', 'Registry.static'],
    ['w instanceof F', 'named'],
    ['u instanceof G', 'default'],
    ['v instanceof H', 'pick'],
    ['q instanceof I', 'exports.run'],
    ['top instanceof J', ''],
  ])('%s is in %j', (code, expected) => {
    expect(around(code)).toBe(expected);
  });

  it('normalise code to its tokens', () => {
    expect(normalisedCode(api, 'if(t\n  instanceof   R) // why\n')).toBe('if ( t instanceof R )');
  });
});
