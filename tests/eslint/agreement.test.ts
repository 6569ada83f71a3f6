import { describe, expect, it } from 'vitest';

import { comparable, lintFixture } from '../helpers/lint-fixture.js';
import type { TypedLinting } from '../helpers/lint-fixture.js';
import { runCli } from '../helpers/run-cli.js';

function scanJson(fixture: string) {
  const run = runCli(['scan', '--project', `${fixture}/tsconfig.json`, '--format', 'json']);
  return JSON.parse(run.stdout) as { filePath: string; messages: object[] }[];
}

describe.each(['projectService', 'project'] satisfies TypedLinting[])(
  'ESLint with %s and the CLI agree',
  (typedLinting) => {
    it.each(['fixtures/registry-push', 'fixtures/registry-push-fixed'])('on %s', async (fixture) => {
      const linted = comparable(await lintFixture(fixture, typedLinting));
      const scanned = comparable(scanJson(fixture));

      expect(linted).toEqual(scanned);
      const total = linted.reduce((sum, result) => sum + result.messages.length, 0);
      expect(total).toBe(fixture.endsWith('fixed') ? 0 : 2);
    });
  },
);
