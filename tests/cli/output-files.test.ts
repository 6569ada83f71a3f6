import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { CLI, runCli } from '../helpers/run-cli.js';
import { copyFixture, removeFolder, scratchFolder } from '../helpers/temp-project.js';

/** These tests run the CLI several times each; on a loaded 2-core machine that takes a while. */
const SLOW = { timeout: 180_000 };

const PROJECT = ['scan', '--project', 'fixtures/registry-push/tsconfig.json'];

const scratch: string[] = [];
afterAll(() => scratch.forEach(removeFolder));

function folder(name: string): string {
  const made = scratchFolder(name);
  scratch.push(made);
  return made;
}

/** Every file under `root`, relative to it, sorted: shows that no temporary file is left. */
function filesUnder(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => fs.statSync(path.join(root, name)).isFile())
    .sort();
}

describe('several reports in one run', SLOW, () => {
  it('writes each --format name=file, creating folders, and the bare format to stdout', () => {
    const out = folder('multi');
    const run = runCli([
      ...PROJECT,
      '--format',
      `sarif=${out}/code-scanning/results.sarif`,
      '--format',
      `html=${out}/audit/deep/report.html`,
      '--format',
      `markdown=${out}/report.md`,
      '--format',
      'json',
    ]);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(runCli([...PROJECT, '-f', 'json']).stdout);
    expect(filesUnder(out)).toEqual([
      'audit/deep/report.html',
      'code-scanning/results.sarif',
      'report.md',
    ]);
    const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
    expect(read('code-scanning/results.sarif')).toBe(runCli([...PROJECT, '-f', 'sarif']).stdout);
    expect(read('audit/deep/report.html')).toBe(runCli([...PROJECT, '-f', 'html']).stdout);
    expect(read('report.md')).toBe(runCli([...PROJECT, '-f', 'markdown']).stdout);
  });

  it('prints the stylish report when every format has a file', () => {
    const out = folder('stylish-stdout');
    const run = runCli([...PROJECT, '--format', `sarif=${out}/r.sarif`]);

    expect(run.status).toBe(1);
    expect(run.stdout).toBe(runCli(PROJECT).stdout);
    expect(filesUnder(out)).toEqual(['r.sarif']);
  });

  it('sends the bare format to --output-file, like ESLint, and leaves stdout empty', () => {
    const out = folder('output-file');
    const stylish = runCli([...PROJECT, '-o', `${out}/lint.txt`]);
    const json = runCli([...PROJECT, '-f', 'json', '--output-file', `${out}/new/lint.json`]);

    expect([stylish.status, stylish.stdout, json.status, json.stdout]).toEqual([1, '', 1, '']);
    expect(fs.readFileSync(`${out}/lint.txt`, 'utf8')).toBe(runCli(PROJECT).stdout);
    expect(fs.readFileSync(`${out}/new/lint.json`, 'utf8')).toBe(
      runCli([...PROJECT, '-f', 'json']).stdout,
    );
  });

  it.each([
    [
      ['-f', 'json', '-f', 'sarif'],
      'only one --format can go to standard output: give the others a file, as in ' +
        '--format sarif=report.sarif',
    ],
    [
      ['-f', 'json', '-f', 'html', '-o', 'x.txt'],
      'only one --format can go to --output-file: give the others a file, as in ' +
        '--format sarif=report.sarif',
    ],
    [['-f', 'sarif='], '--format sarif= needs a file after "="'],
    [['-f', 'pdf=report.pdf'], 'unknown format "pdf": use stylish, json, sarif, markdown or html'],
  ])('%j is a usage error that writes nothing', (args, message) => {
    const run = runCli([...PROJECT, ...args]);

    expect([run.status, run.stdout, run.stderr]).toEqual([2, '', `wrapper-pitfalls: ${message}\n`]);
  });

  it('refuses two reports to the same file', () => {
    const out = folder('same-file');
    const run = runCli([...PROJECT, '-f', `sarif=${out}/r`, '-f', `json=${out}/r`]);

    expect([run.status, run.stderr]).toEqual([
      2,
      `wrapper-pitfalls: two reports would be written to ${out}/r\n`,
    ]);
    expect(filesUnder(out)).toEqual([]);
  });
});

describe('a report is written whole or not at all', SLOW, () => {
  it('leaves every report as it was when one of them cannot be written', () => {
    const out = folder('unwritable');
    fs.writeFileSync(`${out}/old.sarif`, 'old sarif\n');
    fs.mkdirSync(`${out}/report.html`);
    const run = runCli([
      ...PROJECT,
      '-f',
      `sarif=${out}/old.sarif`,
      '-f',
      `html=${out}/report.html`,
    ]);

    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`wrapper-pitfalls: cannot write ${out}/report.html: it is a folder\n`);
    expect(run.stdout).toBe('');
    expect(fs.readFileSync(`${out}/old.sarif`, 'utf8')).toBe('old sarif\n');
    expect(filesUnder(out)).toEqual(['old.sarif']);
  });

  it('reports a folder that cannot be made, and writes nothing', () => {
    const out = folder('not-a-folder');
    fs.writeFileSync(`${out}/file`, '');
    const run = runCli([...PROJECT, '-f', `json=${out}/file/r.json`]);

    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^wrapper-pitfalls: cannot write .*\/file\/r\.json: EEXIST: file already exists, mkdir/,
    );
    expect(run.stderr.endsWith(`mkdir '${out}/file'\n`)).toBe(true);
    expect(filesUnder(out)).toEqual(['file']);
  });

  it('keeps the previous report whole when Ctrl-C stops the CLI while writing', async () => {
    // An 80 MB comment makes the JSON report (which carries the source) take a while to write.
    const project = copyFixture('interrupted');
    scratch.push(project);
    fs.appendFileSync(path.join(project, 'src/scope-hint.ts'), `/*${'x'.repeat(80_000_000)}*/\n`);
    const out = path.join(project, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'report.json'), '[]\n');

    const child = spawn(
      process.execPath,
      [CLI, 'scan', '-p', 'tsconfig.json', '-f', 'json=out/report.json'],
      {
        cwd: project,
        stdio: 'ignore',
      },
    );
    let interruptedWhile: string | undefined;
    const watcher = fs.watch(out, (_event, name) => {
      if (interruptedWhile || !name?.endsWith('.tmp')) return;

      interruptedWhile = name;
      child.kill('SIGINT');
    });
    const signal = await new Promise((resolve) =>
      child.on('exit', (_code, killedBy) => resolve(killedBy)),
    );
    watcher.close();

    expect(signal).toBe('SIGINT');
    expect(interruptedWhile).toMatch(/^\.report\.json\.\d+-[0-9a-f]{8}\.tmp$/);
    expect(fs.readFileSync(path.join(out, 'report.json'), 'utf8')).toBe('[]\n');

    fs.rmSync(path.join(out, interruptedWhile!), { force: true });
    const run = runCli(['scan', '-p', 'tsconfig.json', '-f', 'json=out/report.json'], project);
    expect(run.status).toBe(1);
    expect(filesUnder(out)).toEqual(['report.json']);
    const results = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as unknown[];
    expect(results).toHaveLength(5);
  });
});
