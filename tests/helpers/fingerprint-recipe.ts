import { createHash } from 'node:crypto';

/**
 * The fingerprint recipe as docs/cli.md states it, written out independently of the CLI's code:
 * SHA-256 over the rule, the file relative to the project root, the flagged code as tokens joined
 * by single spaces, the enclosing functions, and the occurrence; the first 32 hex digits.
 */
export function expectedFingerprint(
  rule: string,
  file: string,
  code: string,
  enclosing: string,
  occurrence = 0,
): string {
  return createHash('sha256')
    .update(`${JSON.stringify([rule, file, code, enclosing])}#${occurrence}`)
    .digest('hex')
    .slice(0, 32);
}
