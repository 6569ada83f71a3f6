import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import { generateSyntheticProject, syntheticFiles } from '../../bench/generate-synthetic.mjs';
import { runCli } from '../helpers/run-cli.js';

const made: string[] = [];
const temporaryDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-'));
  made.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('syntheticFiles', () => {
  it('writes exactly the files asked for, 50 to a package folder', () => {
    const files = syntheticFiles(150, 7);

    expect(files).toHaveLength(150);
    const folders = new Map<string, number>();
    for (const file of files)
      folders.set(file.path.split('/')[0]!, (folders.get(file.path.split('/')[0]!) ?? 0) + 1);
    expect([...folders]).toEqual([
      ['p0000', 50],
      ['p0001', 50],
      ['p0002', 50],
    ]);
  });

  it('is the same for the same seed, and a smaller project is the start of a larger one', () => {
    const small = syntheticFiles(100, 7);

    expect(syntheticFiles(100, 7)).toEqual(small);
    expect(syntheticFiles(200, 7).slice(0, 100)).toEqual(small);
  });

  it('differs for another seed', () => {
    const texts = (seed: number) => syntheticFiles(100, seed).map((file) => file.text);

    expect(texts(8)).not.toEqual(texts(7));
  });

  it('refuses a file count that is not a positive multiple of 50', () => {
    expect(() => syntheticFiles(120, 7)).toThrow(
      'the file count must be a positive multiple of 50, not 120',
    );
    expect(() => syntheticFiles(0, 7)).toThrow(
      'the file count must be a positive multiple of 50, not 0',
    );
  });
});

describe('generateSyntheticProject', () => {
  it('refuses to overwrite a folder it did not write', () => {
    const dir = temporaryDir();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');

    expect(() => generateSyntheticProject({ files: 50, dir })).toThrow(
      `${dir} is not empty and holds no synthetic project: refusing to overwrite it`,
    );
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('replaces a project it wrote before', () => {
    const dir = temporaryDir();
    generateSyntheticProject({ files: 100, dir });

    const manifest = generateSyntheticProject({ files: 50, dir });

    expect(manifest).toEqual({
      generatorVersion: 1,
      seed: 7,
      files: 50,
      lines: manifest.lines,
      packages: 1,
      plantedFindings: 6,
    });
    expect(fs.readdirSync(path.join(dir, 'src'))).toEqual(['p0000']);
  });

  it('writes a project that type-checks and holds exactly the planted findings', () => {
    const dir = temporaryDir();
    generateSyntheticProject({ files: 100, dir });

    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(dir, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    )!;
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    expect(config.fileNames).toHaveLength(100);
    expect(ts.getPreEmitDiagnostics(program).map((diagnostic) => diagnostic.messageText)).toEqual(
      [],
    );

    const run = runCli(['scan', '--project', path.join(dir, 'tsconfig.json'), '--format', 'json']);
    const results = JSON.parse(run.stdout) as {
      filePath: string;
      messages: { ruleId: string; line: number; column: number; message: string }[];
    }[];
    const findings = results.flatMap((result) =>
      result.messages.map(
        (message) =>
          `${path.relative(dir, result.filePath)}:${message.line}:${message.column} ${message.ruleId}`,
      ),
    );
    const gates = (folder: string) => [
      `src/${folder}/gates.ts:7:3 wrapper-pitfalls/no-silent-type-gate`,
      `src/${folder}/gates.ts:7:7 wrapper-pitfalls/no-instanceof-wrapped`,
      `src/${folder}/gates.ts:14:3 wrapper-pitfalls/no-silent-type-gate`,
      `src/${folder}/gates.ts:14:9 wrapper-pitfalls/no-instanceof-wrapped`,
      `src/${folder}/gates.ts:20:7 wrapper-pitfalls/no-instanceof-wrapped`,
      `src/${folder}/gates.ts:24:3 wrapper-pitfalls/no-silent-type-gate`,
    ];
    expect(run.status).toBe(1);
    expect(findings).toEqual([...gates('p0000'), ...gates('p0001')]);
    const pending = results.find((result) => result.filePath.endsWith('p0001/gates.ts'))!
      .messages[4]!;
    expect(pending.message).toBe(
      '`sink instanceof Invoice1BufferedSink` is false when `sink` is the object ' +
        'withInvoice1Prefix() returns (made in src/p0001/wiring.ts:42): unwrap it first, or test ' +
        'the capability you need.',
    );
  });
});
