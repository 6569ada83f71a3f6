import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/run-cli.js';
import { CASES_ROOT, RULE_OF_KIND, caseNames, readExpectation, reportedMessages } from './case-expectations.js';

const GOLDEN = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden');

describe.each(caseNames())('scan on the real-world case %s', (name) => {
  const caseDir = path.join(CASES_ROOT, name);
  const expectation = readExpectation(name);
  const run = runCli(['scan', '--project', path.join(caseDir, 'tsconfig.json'), '--format', 'json']);
  const messages = reportedMessages(caseDir, JSON.parse(run.stdout || '[]') as never[]);
  const reported = new Set(messages.map((message) => `${message.file}:${message.line}`));
  const inFlows = new Set(messages.flatMap((message) => message.flowLines));

  it('exits 1 with findings and nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  it.each(expectation.findings.map((finding) => [`${finding.file}:${finding.line} (${finding.kind})`, finding] as const))(
    'reports %s',
    (_label, finding) => {
      const key = `${finding.file}:${finding.line}`;
      if (finding.kind === 'flow') {
        expect(reported.has(key) || inFlows.has(key)).toBe(true);
        return;
      }

      const rules = messages.filter((message) => `${message.file}:${message.line}` === key).map((m) => m.ruleId);
      expect(rules).toContain(RULE_OF_KIND[finding.kind]);
    },
  );

  it('flags no line it must not flag, and no line the case does not name', () => {
    const named = new Set(expectation.findings.map((finding) => `${finding.file}:${finding.line}`));
    const forbidden = expectation.mustNotFlag.map((line) => `${line.file}:${line.line}`);
    expect([...reported].filter((key) => forbidden.includes(key))).toEqual([]);
    expect([...reported].filter((key) => !named.has(key))).toEqual([]);
  });

  it('reports exactly the reviewed findings, positions and messages', () => {
    const golden = JSON.parse(fs.readFileSync(path.join(GOLDEN, `${name}.json`), 'utf8')) as unknown;
    expect(messages.map(({ flowLines: _flow, ...rest }) => rest)).toEqual(golden);
  });
});
