import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { analysisOptionsFor, loadScanConfig } from '../../src/cli/config/scan-config.js';
import { removeFolder, scratchFolder } from '../helpers/temp-project.js';

const scratch: string[] = [];
afterAll(() => scratch.forEach(removeFolder));

function configFolder(config: unknown): string {
  const folder = scratchFolder('scan-config');
  scratch.push(folder);
  fs.writeFileSync(path.join(folder, 'wrapper-pitfalls.config.json'), JSON.stringify(config));
  return folder;
}

describe('the config file and the rules share one option schema', () => {
  it('hands every rule option it holds to the analysis, unchanged', () => {
    const folder = configFolder({
      unwrapMembers: ['unwrap'],
      assumeExportsOpen: true,
      rules: { 'no-silent-type-gate': ['warn', { unwrapMembers: ['inner'] }] },
      ignores: ['dist/'],
    });
    const config = loadScanConfig(undefined, folder, folder);

    expect(analysisOptionsFor(config, 'no-instanceof-wrapped')).toEqual({
      unwrapMembers: ['unwrap'],
      assumeExportsOpen: true,
    });
    expect(analysisOptionsFor(config, 'no-silent-type-gate')).toEqual({
      unwrapMembers: ['inner'],
      assumeExportsOpen: true,
    });
    expect(config.ignores).toEqual(['dist/']);
    expect(config.rules.get('no-silent-type-gate')?.severity).toBe('warning');
  });

  it('accepts a key the rules add to their schema, with no change to the CLI', async () => {
    // Fresh modules: the schema gains a key before anything compiles it, as a new release would.
    vi.resetModules();
    const rules = await import('../../src/rules/rule-options.js');
    const schema = rules.ruleOptionsSchema[0] as { properties: Record<string, object> };
    schema.properties['wrapperFactories'] = { type: 'array', items: { type: 'string' } };
    const cli = await import('../../src/cli/config/scan-config.js');
    const folder = configFolder({ wrapperFactories: ['withProgress'] });
    const config = cli.loadScanConfig(undefined, folder, folder);

    expect(cli.analysisOptionsFor(config, 'no-instanceof-wrapped')).toEqual({
      wrapperFactories: ['withProgress'],
    });
    const wrong = configFolder({ wrapperFactories: 'withProgress' });
    expect(() => cli.loadScanConfig(undefined, wrong, wrong)).toThrow(
      'wrapperFactories must be array',
    );
  });
});
