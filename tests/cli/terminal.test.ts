import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from '../helpers/run-cli.js';
import {
  runInTerminal,
  scriptMissing,
  splitTranscript,
  withoutColour,
} from '../helpers/run-in-terminal.js';
import { removeFolder, scratchFolder } from '../helpers/temp-project.js';

/** These tests run the CLI several times each; on a loaded 2-core machine that takes a while. */
const SLOW = { timeout: 180_000 };

const PROJECT = ['scan', '--project', 'fixtures/registry-push/tsconfig.json'];
const COLOUR = /\u001b\[\d+m/;

const scratch: string[] = [];
afterAll(() => scratch.forEach(removeFolder));

describe('on a terminal and through a pipe', SLOW, () => {
  const missing = scriptMissing();

  it('finds exactly the same, and only the terminal sees the progress display', (context) => {
    if (missing) context.skip(missing);

    const out = scratchFolder('terminal-parity');
    scratch.push(out);
    const piped = runCli([
      ...PROJECT,
      '-f',
      `json=${out}/piped.json`,
      '-f',
      `sarif=${out}/piped.sarif`,
    ]);
    const terminal = runInTerminal(
      [...PROJECT, '-f', `json=${out}/terminal.json`, '-f', `sarif=${out}/terminal.sarif`],
      undefined,
      { NO_COLOR: '1' },
    );
    const { frames, printed } = splitTranscript(terminal.transcript);
    const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');

    expect([terminal.status, piped.status]).toEqual([1, 1]);
    expect(read('terminal.json')).toBe(read('piped.json'));
    expect(read('terminal.sarif')).toBe(read('piped.sarif'));
    expect(printed).toBe(piped.stdout);
    expect(piped.stderr).toBe('');

    expect(frames[0]).toBe('wrapper-pitfalls: 1 file loaded');
    expect(frames.at(-1)).toMatch(
      /^wrapper-pitfalls: \d+ files loaded, 5\/5 checked, 2 flows followed$/,
    );
    expect(frames.some((frame) => /, 0\/5 checked, 0 flows followed$/.test(frame))).toBe(true);
    expect(frames.filter((frame) => COLOUR.test(frame))).toEqual([]);
  });

  it('colours the terminal unless NO_COLOR or FORCE_COLOR=0 says not to', (context) => {
    if (missing) context.skip(missing);

    const plain = runCli(PROJECT).stdout;
    const coloured = splitTranscript(runInTerminal(PROJECT).transcript);
    const noColor = splitTranscript(
      runInTerminal(PROJECT, undefined, { NO_COLOR: '1' }).transcript,
    );
    const forcedOff = splitTranscript(
      runInTerminal(PROJECT, undefined, { FORCE_COLOR: '0' }).transcript,
    );

    expect(coloured.printed).toMatch(
      /\u001b\[31m\u001b\[1m✖ 2 problems \(2 errors, 0 warnings\)\u001b\[22m\u001b\[39m\n$/,
    );
    expect(withoutColour(coloured.printed)).toBe(plain);
    expect(coloured.frames.every((frame) => frame.startsWith('\u001b[2mwrapper-pitfalls: '))).toBe(
      true,
    );
    expect([noColor.printed, forcedOff.printed]).toEqual([plain, plain]);
    expect(forcedOff.frames.filter((frame) => COLOUR.test(frame))).toEqual([]);
  });

  it('colours a pipe with FORCE_COLOR, and never draws progress there', () => {
    const forced = runCli(PROJECT, undefined, { NO_COLOR: undefined, FORCE_COLOR: '1' });

    expect(forced.stdout).toMatch(COLOUR);
    expect(withoutColour(forced.stdout)).toBe(runCli(PROJECT).stdout);
    expect(forced.stderr).toBe('');
  });

  it('draws no progress with --no-progress', (context) => {
    if (missing) context.skip(missing);

    const terminal = runInTerminal([...PROJECT, '--no-progress'], undefined, { NO_COLOR: '1' });

    expect(terminal.transcript).toBe(runCli(PROJECT).stdout);
  });
});
