import fs from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLintUtils } from '@typescript-eslint/utils';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { readRuleDoc, RULE_DOCS_FOLDER, ruleDetailsExamples } from '../helpers/rule-docs.js';
import type { CodeExample } from '../helpers/rule-docs.js';
import { RULE_TESTER_ROOT } from '../rules/rule-tester.js';

/** Reports each TypeScript error of the linted file, so that every example is real TypeScript. */
const typeCheck = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    schema: [],
    messages: { diagnostic: 'TS{{code}}: {{text}}' },
  },
  defaultOptions: [],
  create(context) {
    return {
      Program(node) {
        const { program } = ESLintUtils.getParserServices(context);
        const sourceFile = program.getSourceFile(context.filename);
        if (!sourceFile) return;

        // Unused names are fine in an example; typescript-eslint's program flags them.
        const diagnostics = [
          ...program.getSyntacticDiagnostics(sourceFile),
          ...program.getSemanticDiagnostics(sourceFile),
        ].filter((diagnostic) => !diagnostic.reportsUnnecessary);
        for (const diagnostic of diagnostics) {
          const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
          const loc = context.sourceCode.getLocFromIndex(diagnostic.start ?? 0);
          context.report({
            node,
            loc,
            messageId: 'diagnostic',
            data: { code: String(diagnostic.code), text },
          });
        }
      },
    };
  },
});

const RULE_NAMES = Object.keys(plugin.rules).sort();
const FILE = path.join(RULE_TESTER_ROOT, 'file.ts');
const linter = new Linter({ configType: 'flat' });

/** Lints one example as the rule tester's `file.ts`, with the rule and the type check on. */
function lintExample(rule: string, code: string): Linter.LintMessage[] {
  const config: TSESLint.FlatConfig.Config = {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tsParser,
      // As in the rule tester: each example replaces the file's text, which a single-run
      // program (typescript-eslint's default when CI=true) would not see.
      parserOptions: {
        project: './tsconfig.json',
        tsconfigRootDir: RULE_TESTER_ROOT,
        disallowAutomaticSingleRunInference: true,
      },
    },
    plugins: { 'wrapper-pitfalls': plugin, docs: { rules: { 'type-check': typeCheck } } },
    rules: { [`wrapper-pitfalls/${rule}`]: 'error', 'docs/type-check': 'error' },
  };
  return linter.verify(code, [config as Linter.Config], { filename: FILE });
}

/** The lines right below a `// ❌` comment: where an incorrect example must be reported. */
function markedLines(code: string): number[] {
  return code
    .split('\n')
    .flatMap((line, index) => (/^\s*\/\/ ❌/.test(line) ? [index + 2] : []));
}

function describeMessages(messages: readonly Linter.LintMessage[]): string[] {
  return messages.map((message) => `${message.line}:${message.column} ${message.message}`);
}

// A rule without a doc is reported by rule-docs.test.ts; here it has no examples to check.
const DOCUMENTED = RULE_NAMES.filter((rule) =>
  fs.existsSync(path.join(RULE_DOCS_FOLDER, `${rule}.md`)),
);

const cases = DOCUMENTED.flatMap((rule) =>
  ruleDetailsExamples(readRuleDoc(rule)).map(
    (example) =>
      [`${rule}: the ${example.kind} example on line ${example.docLine}`, rule, example] as const,
  ),
);

describe('rule doc examples', () => {
  it.each(DOCUMENTED)('%s has both incorrect and correct examples', (rule) => {
    const kinds = new Set(ruleDetailsExamples(readRuleDoc(rule)).map((example) => example.kind));

    expect([...kinds].sort()).toEqual(['correct', 'incorrect']);
  });

  it.each(cases)('%s', (_title: string, rule: string, example: CodeExample) => {
    const messages = lintExample(rule, example.code);
    const others = messages.filter((message) => message.ruleId !== `wrapper-pitfalls/${rule}`);
    const reported = messages.filter((message) => message.ruleId === `wrapper-pitfalls/${rule}`);

    expect(describeMessages(others)).toEqual([]);
    if (example.kind === 'correct') {
      expect(describeMessages(reported)).toEqual([]);
      return;
    }

    const expected = markedLines(example.code);
    expect(expected.length).toBeGreaterThan(0);
    expect([...new Set(reported.map((message) => message.line))].sort((a, b) => a - b)).toEqual(
      expected,
    );
  });
});
