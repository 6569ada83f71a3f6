import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { lintFixture } from '../helpers/lint-fixture.js';
import { CASES_ROOT, caseNames, readExpectation, reportedMessages } from './case-expectations.js';

const GOLDEN = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden');

describe.each(caseNames())('ESLint on the real-world case %s', (name) => {
  it('reports what the CLI reports, and every finding of the case but its flow lines', async () => {
    const caseDir = path.join(CASES_ROOT, name);
    const results = await lintFixture(path.relative(path.resolve(CASES_ROOT, '../..'), caseDir));
    const messages = reportedMessages(caseDir, results).map(({ flowLines: _flow, ...rest }) => rest);
    const golden = JSON.parse(fs.readFileSync(path.join(GOLDEN, `${name}.json`), 'utf8')) as unknown;

    expect(messages).toEqual(golden);

    const reported = new Set(messages.map((message) => `${message.file}:${message.line}`));
    const expectation = readExpectation(name);
    const missing = expectation.findings
      .filter((finding) => finding.kind !== 'flow')
      .map((finding) => `${finding.file}:${finding.line}`)
      .filter((key) => !reported.has(key));
    expect(missing).toEqual([]);
  });
});
