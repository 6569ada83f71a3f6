import { expect, it } from 'vitest';

import { comparable, lintFixture } from './lint-fixture.js';
import type { TypedLinting } from './lint-fixture.js';
import { runCli } from './run-cli.js';

function scanJson(fixture: string) {
  const run = runCli(['scan', '--project', `${fixture}/tsconfig.json`, '--format', 'json']);
  return JSON.parse(run.stdout) as { filePath: string; messages: object[] }[];
}

/**
 * Checks that the real `ESLint` class with the `recommended` config reports exactly what the CLI
 * reports on each fixture. Each way of typed linting gets a test file of its own: under `CI=true`
 * typescript-eslint switches to single-run programs, and mixing both ways in one process has it
 * reuse module resolution state from the other.
 */
export function itAgreesWithTheCli(typedLinting: TypedLinting, fixtures: Record<string, number>) {
  it.each(Object.entries(fixtures))('on %s (%i findings)', async (fixture, count) => {
    const linted = comparable(await lintFixture(fixture, typedLinting));
    const scanned = comparable(scanJson(fixture));

    expect(linted).toEqual(scanned);
    expect(linted.reduce((sum, result) => sum + result.messages.length, 0)).toBe(count);
  });
}
