import { ESLintUtils } from '@typescript-eslint/utils';
import type { TSESLint } from '@typescript-eslint/utils';
import ts from 'typescript';

import { analysisFor } from '../core/index.js';
import type { Finding, RuleName } from '../core/index.js';
import { analysisOptions } from './rule-options.js';
import type { RuleOptions } from './rule-options.js';
import { reportRuleFault } from './rule-faults.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly [RuleOptions]>>;

/**
 * Reports what the shared analysis finds in the linted file for one rule. The analysis runs
 * once per program and options; each rule only picks its own findings out of it. Anything that
 * goes wrong past the type-information check (a fault in the analysis, a node shape it did not
 * expect, a program whose text is not the linted text) reports nothing rather than stopping
 * everyone's lint run.
 */
export function reportFindings(context: Context, rule: RuleName, options: RuleOptions): void {
  // Without type information this throws typescript-eslint's own clear message, on purpose.
  const services = ESLintUtils.getParserServices(context);

  try {
    const { sourceCode } = context;
    for (const finding of findingsFor(context, services, rule, options)) {
      context.report({
        loc: {
          start: sourceCode.getLocFromIndex(finding.site.start),
          end: sourceCode.getLocFromIndex(finding.site.end),
        },
        messageId: finding.messageId,
        data: finding.data,
        ...(finding.suggestions.length > 0
          ? {
              suggest: finding.suggestions.map((suggestion) => ({
                messageId: suggestion.messageId,
                data: suggestion.data,
                fix: (fixer: TSESLint.RuleFixer) =>
                  fixer.replaceTextRange([...suggestion.range], suggestion.text),
              })),
            }
          : {}),
      });
    }
  } catch (error) {
    reportRuleFault(rule, context.filename, error);
  }
}

function findingsFor(
  context: Context,
  services: ReturnType<typeof ESLintUtils.getParserServices>,
  rule: RuleName,
  options: RuleOptions,
): readonly Finding[] {
  const program = services.program;
  const sourceFile = program?.getSourceFile(context.filename);
  if (!program || !sourceFile) return [];

  // Offsets into another text would point at the wrong code.
  if (sourceFile.text !== context.sourceCode.text) {
    throw new Error('the type-checked text of the file differs from the linted text');
  }

  const analysis = analysisFor(ts, program, analysisOptions(context.settings, options));
  return analysis.findingsForFile(sourceFile).filter((finding) => finding.ruleId === rule);
}
