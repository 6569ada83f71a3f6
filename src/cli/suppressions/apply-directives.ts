import type { Suppression } from '../../report/scan-report.js';
import type { Directive } from './directive-comments.js';

/** A directive reduced to a switch at one place, for one rule or (null) for all. */
interface Switch {
  readonly type: 'disable' | 'enable';
  readonly line: number;
  readonly column: number;
  readonly ruleId: string | null;
  readonly justification: string;
}

/** Where a problem starts, and the rule id ESLint knows it by. */
export interface Problem {
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
}

/**
 * The suppressions each problem gets from the directives, as ESLint works them out: block
 * `eslint-disable`/`eslint-enable` switches first, then the `-line` forms, each a switch that is
 * on from its anchor until an `enable` for the same rule (or all rules) comes after it.
 * An empty list means the problem is reported.
 */
export function suppressionsFor(
  problems: readonly Problem[],
  directives: readonly Directive[],
): Suppression[][] {
  const block = sortByPlace(
    directives
      .filter((directive) => directive.type === 'disable' || directive.type === 'enable')
      .flatMap((directive) =>
        perRule(directive).map((ruleId) => ({
          type: directive.type as 'disable' | 'enable',
          line: directive.line,
          column: directive.column,
          ruleId,
          justification: directive.justification,
        })),
      ),
  );
  const lines = sortByPlace(directives.flatMap(lineSwitches));
  return problems.map((problem) => [
    ...applySwitches(problem, block),
    ...applySwitches(problem, lines),
  ]);
}

function lineSwitches(directive: Directive): Switch[] {
  if (directive.type !== 'disable-line' && directive.type !== 'disable-next-line') return [];

  const line = directive.type === 'disable-line' ? directive.line : directive.line + 1;
  const { justification } = directive;
  return perRule(directive).flatMap((ruleId) => [
    { type: 'disable', line, column: 1, ruleId, justification },
    { type: 'enable', line: line + 1, column: 0, ruleId, justification },
  ]);
}

function perRule(directive: Directive): (string | null)[] {
  return directive.ruleIds ? [...directive.ruleIds] : [null];
}

function applySwitches(problem: Problem, switches: readonly Switch[]): Suppression[] {
  let active: Switch[] = [];
  for (const candidate of switches) {
    if (compare(candidate, problem) > 0) break;
    if (candidate.ruleId !== null && candidate.ruleId !== problem.ruleId) continue;

    active = candidate.type === 'disable' ? [...active, candidate] : [];
  }

  return active.map((found) => ({ kind: 'directive', justification: found.justification }));
}

function sortByPlace(switches: Switch[]): Switch[] {
  return [...switches].sort(compare);
}

function compare(a: { line: number; column: number }, b: { line: number; column: number }): number {
  return a.line - b.line || a.column - b.column;
}
