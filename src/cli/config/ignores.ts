import path from 'node:path';

import { minimatch } from 'minimatch';

/**
 * Whether a file is ignored: patterns are globs relative to the config's folder, matched in order
 * with the last match deciding, `!` re-including, and a trailing `/` naming a whole folder, as in
 * ESLint's `ignores`.
 */
export function isIgnored(fileName: string, ignores: readonly string[], folder: string): boolean {
  if (ignores.length === 0) return false;

  const relative = path.relative(folder, fileName).split(path.sep).join('/');
  let ignored = false;
  for (const written of ignores) {
    const negated = written.startsWith('!');
    const body = negated ? written.slice(1) : written;
    const pattern = body.endsWith('/') ? `${body}**` : body;
    if (minimatch(relative, pattern, { dot: true })) ignored = !negated;
  }

  return ignored;
}
