import { ESLintUtils } from '@typescript-eslint/utils';
import type { TSESLint } from '@typescript-eslint/utils';
import ts from 'typescript';

import { analysisFor } from '../core/index.js';
import type { Finding, RuleName } from '../core/index.js';
import { analysisOptions } from './rule-options.js';
import type { RuleOptions } from './rule-options.js';

/**
 * Reports what the shared analysis finds in the linted file for one rule. The analysis runs
 * once per program and options; each rule only picks its own findings out of it. A fault inside
 * the analysis reports nothing rather than stopping everyone's lint run.
 */
export function reportFindings(
  context: Readonly<TSESLint.RuleContext<string, readonly [RuleOptions]>>,
  rule: RuleName,
  options: RuleOptions,
): void {
  // Without type information this throws typescript-eslint's own clear message, on purpose.
  const services = ESLintUtils.getParserServices(context);

  const findings = findingsFor(context, services, rule, options);
  const { sourceCode } = context;
  for (const finding of findings) {
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
              fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([...suggestion.range], suggestion.text),
            })),
          }
        : {}),
    });
  }
}

function findingsFor(
  context: Readonly<TSESLint.RuleContext<string, readonly [RuleOptions]>>,
  services: ReturnType<typeof ESLintUtils.getParserServices>,
  rule: RuleName,
  options: RuleOptions,
): readonly Finding[] {
  try {
    const program = services.program;
    const sourceFile = program?.getSourceFile(context.filename);
    if (!program || !sourceFile) return [];

    const analysis = analysisFor(ts, program, analysisOptions(context.settings, options));
    return analysis.findingsForFile(sourceFile).filter((finding) => finding.ruleId === rule);
  } catch (error) {
    if (process.env['DEBUG']?.includes('wrapper-pitfalls')) {
      process.stderr.write(`wrapper-pitfalls: ${rule} skipped ${context.filename}: ${error instanceof Error ? error.stack : String(error)}\n`);
    }

    return [];
  }
}
