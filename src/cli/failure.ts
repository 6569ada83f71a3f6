import { debugError, firstLine } from './debug.js';
import { EXIT } from './exit-codes.js';
import { UsageError } from './usage-error.js';

/**
 * Turns whatever stopped the scan into one line on stderr and the exit code to leave with. A
 * fault of ours is said to be one, never shown as a stack trace and never taken for findings.
 */
export function reportFailure(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`wrapper-pitfalls: ${error.message}\n`);
    return EXIT.usage;
  }

  process.stderr.write(
    `wrapper-pitfalls: internal error: ${firstLine(error)} ` +
      '(set DEBUG=wrapper-pitfalls to see the stack)\n',
  );
  debugError('internal error', error);
  return EXIT.internal;
}
