import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { rules } from '../../src/rules/index.js';
import { createRuleTester } from './rule-tester.js';
import { SUGGESTION_CASES } from './suggestion-cases.js';

for (const rule of ['no-instanceof-wrapped', 'no-instanceof-wrapped-error'] as const) {
  const cases = SUGGESTION_CASES.filter((each) => each.rule === rule);
  createRuleTester().run(`${rule} suggestions`, rules[rule] as (typeof rules)['no-instanceof-wrapped'], {
    valid: [],
    invalid: cases.map((each) => ({
      name: each.name,
      code: each.code,
      ...(each.options ? { options: each.options as never } : {}),
      errors: [
        {
          messageId: each.messageId as never,
          data: each.data,
          line: each.line,
          suggestions: [each.suggestion as never],
        },
      ],
    })),
  });
}

/** Type-checks a file alone, with the rule tests' compiler options. */
function typeErrors(code: string): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (file === '/virtual/file.ts' ? code : readFile(file));
  host.fileExists = ((exists) => (file: string) => file === '/virtual/file.ts' || exists(file))(host.fileExists.bind(host));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language) =>
    file === '/virtual/file.ts' ? ts.createSourceFile(file, code, language, true) : getSourceFile(file, language);
  const program = ts.createProgram(['/virtual/file.ts'], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
}

describe('every suggested rewrite type-checks', () => {
  it.each(SUGGESTION_CASES.map((each) => [each.name, each] as const))('%s', (_name, each) => {
    expect(typeErrors(each.code)).toEqual([]);
    expect(typeErrors(each.suggestion.output)).toEqual([]);
  });
});
