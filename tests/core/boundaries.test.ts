import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../helpers/run-cli.js';

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file));
}

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm;

describe('the analysis core', () => {
  it('imports neither ESLint nor ts-morph, and typescript only for its types', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(path.join(REPO_ROOT, 'src/core'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const [, typeOnly, specifier] of text.matchAll(IMPORT)) {
        const external = !specifier!.startsWith('.') && !specifier!.startsWith('node:');
        const runtimeTypescript = specifier === 'typescript' && !typeOnly;
        if ((external && specifier !== 'typescript') || runtimeTypescript) {
          offending.push(`${path.relative(REPO_ROOT, file)}: ${specifier}`);
        }
      }
    }

    expect(offending).toEqual([]);
  });
});
