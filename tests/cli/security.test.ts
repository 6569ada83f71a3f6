import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from '../helpers/run-cli.js';
import {
  DEFAULT_TSCONFIG,
  removeTempProject,
  TARGETS_MODULE,
  writeTempProject,
} from '../helpers/written-project.js';

const folders: string[] = [];
afterAll(() => folders.forEach(removeTempProject));

const CHECK = `import { ProgressTarget, Repository, type Target } from './targets.js';
export function hint(target: Target) { return target instanceof Repository; }
hint(new ProgressTarget(new Repository('r')));
`;

/** A script that leaves a file named `name` in the markers folder if anything ever runs it. */
function marker(markers: string, name: string, esm = false): string {
  const write = `writeFileSync(${JSON.stringify(path.join(markers, name))}, 'ran');`;
  return esm
    ? `import { writeFileSync } from 'node:fs';\n${write}\nexport default [];\n`
    : `require('node:fs').${write}\nmodule.exports = () => ({ create: (info) => info.ls });\n`;
}

describe('scanning never runs code of the scanned project', () => {
  it('loads no ESLint config, TypeScript plugin, typescript, ts-morph or source module of it', () => {
    const markers = fs.mkdtempSync(path.join(path.dirname(writeTempProject({})), 'markers-'));
    folders.push(markers);
    const pkg = (name: string, main: string) => JSON.stringify({ name, version: '1.0.0', main });
    const folder = writeTempProject(
      {
        'package.json': JSON.stringify({ name: 'victim', type: 'commonjs', eslintConfig: {} }),
        'src/targets.ts': TARGETS_MODULE,
        'src/check.ts': CHECK,
        'src/top-level.ts': `import fs from 'node:fs';\nfs.writeFileSync('${markers}/top-level.ts', '');\n`,
        'src/script.js': marker(markers, 'script.js'),
        'eslint.config.js': marker(markers, 'eslint.config.js'),
        'eslint.config.mjs': marker(markers, 'eslint.config.mjs', true),
        'eslint.config.ts': marker(markers, 'eslint.config.ts', true),
        '.eslintrc.js': marker(markers, '.eslintrc.js'),
        'wrapper-pitfalls.config.js': marker(markers, 'wrapper-pitfalls.config.js'),
        'register.js': marker(markers, 'register.js'),
        'node_modules/evil-plugin/package.json': pkg('evil-plugin', 'index.js'),
        'node_modules/evil-plugin/index.js': marker(markers, 'evil-plugin'),
        'node_modules/evil-config/package.json': pkg('evil-config', 'index.js'),
        'node_modules/evil-config/index.js': marker(markers, 'evil-config'),
        'node_modules/evil-config/tsconfig.json': '{ "compilerOptions": { "strict": true } }',
        'node_modules/@types/evil/package.json': pkg('@types/evil', 'index.js'),
        'node_modules/@types/evil/index.js': marker(markers, '@types/evil'),
        'node_modules/@types/evil/index.d.ts': 'declare const evil: string;\n',
        'node_modules/typescript/package.json': pkg('typescript', 'lib/typescript.js'),
        'node_modules/typescript/lib/typescript.js': marker(markers, 'typescript'),
        'node_modules/ts-morph/package.json': pkg('ts-morph', 'dist/ts-morph.js'),
        'node_modules/ts-morph/dist/ts-morph.js': marker(markers, 'ts-morph'),
      },
      {
        extends: 'evil-config',
        compilerOptions: {
          ...DEFAULT_TSCONFIG.compilerOptions,
          types: ['evil'],
          allowJs: true,
          checkJs: true,
          plugins: [{ name: 'evil-plugin' }],
        },
        include: ['src'],
        'ts-node': { require: ['./register.js'] },
      },
    );
    folders.push(folder);

    for (const format of ['stylish', 'json']) {
      const run = runCli(['scan', '--format', format], folder);

      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
    }

    expect(fs.readdirSync(markers)).toEqual([]);
  });
});

describe('paths in reports stay inside the project', () => {
  it('sources outside it are not read, whatever leads there: pattern, files entry, import', () => {
    const outside = writeTempProject({
      'lib/targets.ts': TARGETS_MODULE,
      'lib/secret.ts': `${CHECK}export const secret = 'TOP-SECRET-VALUE';\n`,
    });
    folders.push(outside);
    const away = path.basename(outside);
    const folder = writeTempProject(
      {
        'src/targets.ts': TARGETS_MODULE,
        'src/check.ts': `${CHECK}export { secret } from '../../${away}/lib/secret.js';\n`,
      },
      {
        ...DEFAULT_TSCONFIG,
        include: ['src', `../${away}/lib/**/*`],
        files: [`../${away}/lib/targets.ts`],
      },
    );
    folders.push(folder);

    for (const format of ['stylish', 'json']) {
      const run = runCli(['scan', '--format', format], folder);

      const why = `it is outside ${folder}, the folder the scan reads code from`;
      expect(run.stderr).toBe(
        [
          `wrapper-pitfalls: ${outside}/lib/secret.ts: not read: ${why}`,
          `wrapper-pitfalls: ${outside}/lib/targets.ts: not read: ${why}`,
          '',
        ].join('\n'),
      );
      expect(run.status).toBe(2);
      expect(run.stdout).not.toContain(outside);
      expect(run.stdout).not.toContain('TOP-SECRET-VALUE');
    }

    const json = JSON.parse(runCli(['scan', '--format', 'json'], folder).stdout) as {
      filePath: string;
      messages: { message: string; flow: { filePath: string }[] }[];
    }[];
    const paths = json.flatMap((result) => [
      result.filePath,
      ...result.messages.flatMap((message) => message.flow.map((step) => step.filePath)),
    ]);
    expect(paths.length).toBeGreaterThan(2);
    expect(paths.filter((fileName) => !fileName.startsWith(`${folder}/`))).toEqual([]);
  });
});
