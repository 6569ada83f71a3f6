import fs from 'node:fs';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { FLOWS_ROOT } from './flow-fixture.js';

/** Type-checks a fixture with its own tsconfig.json, as `tsc --noEmit -p` would. */
function typeErrors(directory: string): string[] {
  const configPath = path.join(directory, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, directory);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    const file = diagnostic.file ? path.relative(directory, diagnostic.file.fileName) : '';
    return `${file} ${text}`;
  });
}

const fixtures = fs
  .readdirSync(FLOWS_ROOT)
  .filter((name) => fs.existsSync(path.join(FLOWS_ROOT, name, 'tsconfig.json')))
  .sort();

describe('the carrier fixtures type-check, so no flow is an artefact of a type error', () => {
  it('has a fixture for each carrier', () => {
    expect(fixtures.filter((name) => !name.endsWith('-fixed'))).toEqual([
      'async-promises',
      'callbacks',
      'closures',
      'conditional-wrapping',
      'context-sensitivity',
      'destructuring',
      'fields',
      'generic-containers',
      'imports-reexports',
      'local-variables',
      'observable-collection',
      'parameters',
      'proxied-receiver',
      'return-values',
    ]);
  });

  it.each(fixtures)('%s type-checks', (name) => {
    expect(typeErrors(path.join(FLOWS_ROOT, name))).toEqual([]);
  });
});
