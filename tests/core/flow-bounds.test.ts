import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { analysisFor } from '../../src/core/index.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

function registryPush(): ts.Program {
  const tsconfig = path.join(REPO_ROOT, 'fixtures/registry-push/tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  )!;
  return ts.createProgram(config.fileNames, config.options);
}

function scopeHint(program: ts.Program): ts.SourceFile {
  return program.getSourceFiles().find((file) => file.fileName.endsWith('scope-hint.ts'))!;
}

describe('the bounds of the flow search', () => {
  it('stop every search once the time budget of the program is spent, and say so', async () => {
    const program = registryPush();
    const analysis = analysisFor(ts, program, { flowTimeoutMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));

    const findings = analysis.findingsForFile(scopeHint(program));

    expect(analysis.limitsHit).toEqual({ depth: false, time: true });
    expect(findings.map((finding) => [finding.ruleId, finding.flow.length])).toEqual([
      ['no-silent-type-gate', 0],
      ['no-instanceof-wrapped', 0],
    ]);
  });

  it('hit no bound on the registry push with the defaults', () => {
    const program = registryPush();
    const analysis = analysisFor(ts, program);

    expect(
      analysis.findingsForFile(scopeHint(program)).map((finding) => finding.flow.length),
    ).toEqual([5, 4]);
    expect(analysis.limitsHit).toEqual({ depth: false, time: false });
  });
});
