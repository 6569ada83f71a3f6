import type { FailOn } from './arguments.js';
import { EXIT } from './exit-codes.js';

export interface ExitDecision {
  readonly code: number;
  /** One line for stderr that says why, where the code alone does not. */
  readonly reason: string | undefined;
}

/**
 * The exit code for the findings shown, as ESLint decides it: errors fail unless `--fail-on
 * none`, warnings fail with `--fail-on warning` or past `--max-warnings`.
 */
export function exitForFindings(
  counts: { readonly errors: number; readonly warnings: number },
  failOn: FailOn,
  maxWarnings: number | undefined,
): ExitDecision {
  const failing =
    (failOn === 'error' && counts.errors > 0) ||
    (failOn === 'warning' && counts.errors + counts.warnings > 0);
  if (failing) return { code: EXIT.findings, reason: undefined };

  if (maxWarnings !== undefined && counts.warnings > maxWarnings) {
    return {
      code: EXIT.findings,
      reason: `too many warnings: ${counts.warnings}, more than --max-warnings ${maxWarnings}`,
    };
  }

  return { code: EXIT.clean, reason: undefined };
}
