import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

import { CLI, REPO_ROOT } from './run-cli.js';

/** util-linux's `script`, which runs a command on a new pseudo-terminal. */
export const SCRIPT = '/usr/bin/script';

export function scriptMissing(): string | undefined {
  if (fs.existsSync(SCRIPT)) return undefined;

  return `no ${SCRIPT}: install util-linux's script (apt-get install -y bsdutils)`;
}

export interface TerminalRun {
  readonly status: number | null;
  /** What the terminal showed, stdout and stderr interleaved, with `\r\n` turned back into `\n`. */
  readonly transcript: string;
}

function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * Runs the CLI with stdout and stderr on a real pseudo-terminal, as in an interactive shell,
 * through `script -qec` (quiet, the command's exit code, a command); the typescript file is
 * /dev/null, the transcript is what `script` echoes.
 */
export function runInTerminal(
  args: readonly string[],
  cwd = REPO_ROOT,
  env: NodeJS.ProcessEnv = {},
): TerminalRun {
  const command = [process.execPath, CLI, ...args].map(shellQuote).join(' ');
  const run = spawnSync(SCRIPT, ['-qec', command, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, SHELL: '/bin/sh', NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, transcript: run.stdout.replaceAll('\r\n', '\n') };
}

/** The line the progress display clears before each frame and at the end. */
const CLEAR_LINE = '\r\u001b[2K';

/** Splits a transcript into the progress frames drawn and what was printed after them. */
export function splitTranscript(transcript: string): { frames: string[]; printed: string } {
  const end = transcript.lastIndexOf(CLEAR_LINE);
  if (end === -1) return { frames: [], printed: transcript };

  return {
    frames: transcript
      .slice(0, end)
      .split(CLEAR_LINE)
      .filter((frame) => frame !== ''),
    printed: transcript.slice(end + CLEAR_LINE.length),
  };
}

/** Text without ANSI colour sequences. */
export function withoutColour(text: string): string {
  return text.replace(/\u001b\[\d+m/g, '');
}
