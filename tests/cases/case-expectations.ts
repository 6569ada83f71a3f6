import fs from 'node:fs';
import path from 'node:path';

import { REPO_ROOT } from '../helpers/run-cli.js';

/** The real-world cases, copied unchanged from the team's shared cases folder. */
export const CASES_ROOT = path.join(REPO_ROOT, 'fixtures/cases');

export interface CaseLine {
  readonly file: string;
  readonly line: number;
  readonly kind: string;
}

export interface CaseExpectation {
  readonly case: string;
  readonly findings: readonly CaseLine[];
  readonly mustNotFlag: readonly { readonly file: string; readonly line: number }[];
}

/** The rule that reports each kind of finding the cases name. */
export const RULE_OF_KIND: Readonly<Record<string, string>> = {
  instanceof: 'wrapper-pitfalls/no-instanceof-wrapped',
  'constructor-identity': 'wrapper-pitfalls/no-constructor-check-wrapped',
  'type-guard': 'wrapper-pitfalls/no-type-guard-wrapped',
  discriminant: 'wrapper-pitfalls/no-discriminant-wrapped',
  'in-check': 'wrapper-pitfalls/no-capability-probe-wrapped',
  identity: 'wrapper-pitfalls/no-identity-wrapped',
  'private-brand': 'wrapper-pitfalls/no-private-brand-proxied',
  'silent-gate': 'wrapper-pitfalls/no-silent-type-gate',
};

export function caseNames(): string[] {
  return fs
    .readdirSync(CASES_ROOT)
    .filter((name) => fs.existsSync(path.join(CASES_ROOT, name, 'expected.json')))
    .sort();
}

export function readExpectation(name: string): CaseExpectation {
  return JSON.parse(fs.readFileSync(path.join(CASES_ROOT, name, 'expected.json'), 'utf8')) as CaseExpectation;
}

export interface ReportedMessage {
  readonly file: string;
  readonly ruleId: string | null;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly flowLines: readonly string[];
}

/** Flattens ESLint-shaped results into messages with paths relative to the case folder. */
export function reportedMessages(
  caseDir: string,
  results: readonly { filePath: string; messages: readonly object[] }[],
): ReportedMessage[] {
  const relative = (file: string) => path.relative(caseDir, file).split(path.sep).join('/');
  return results.flatMap((result) =>
    result.messages.map((raw) => {
      const message = raw as {
        ruleId: string | null;
        line: number;
        column: number;
        message: string;
        flow?: { filePath: string; line: number }[];
      };
      return {
        file: relative(result.filePath),
        ruleId: message.ruleId,
        line: message.line,
        column: message.column,
        message: message.message,
        flowLines: (message.flow ?? []).map((step) => `${relative(step.filePath)}:${step.line}`),
      };
    }),
  );
}
