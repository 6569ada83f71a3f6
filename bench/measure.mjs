// @ts-check
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Peak memory is read from GNU time, which reports the child's own `getrusage` maximum resident
 * set size when it exits: nothing is sampled, so no short peak is missed.
 */
export const GNU_TIME = '/usr/bin/time';

/** A line GNU time writes to its own output file, so the child's stderr never mixes in. */
const TIME_FORMAT = 'bench-rusage %e %U %S %M';

/**
 * @typedef {object} Measurement
 * @property {number} wallSeconds measured by this process around the child
 * @property {number} cpuSeconds user plus system time of the child, from GNU time
 * @property {number} peakRssMb the child's maximum resident set size, in MiB
 * @property {number} load the machine's 1-minute load average just before the child started
 * @property {number | null} status the child's exit code
 * @property {string | null} signal
 * @property {boolean} timedOut
 * @property {string} stdout
 * @property {string} stderr
 */

/**
 * Why GNU time cannot measure here, or undefined when it can.
 *
 * @returns {string | undefined}
 */
export function gnuTimeProblem() {
  if (!fs.existsSync(GNU_TIME)) {
    return `${GNU_TIME} is missing: install GNU time (Debian: apt-get install time)`;
  }

  const probe = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  if (probe.status !== 0 || !/^\d+\s*$/m.test(probe.stderr)) {
    return `${GNU_TIME} is not GNU time (it does not accept -f %M): install Debian's time package`;
  }

  return undefined;
}

/**
 * Runs `command` with `args` under GNU time and waits for it, killing it after `timeoutSeconds`.
 *
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd: string, timeoutSeconds: number, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<Measurement>}
 */
export async function measure(command, args, { cwd, timeoutSeconds, env = process.env }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wrapper-pitfalls-bench-'));
  const rusageFile = path.join(dir, 'rusage');
  try {
    const load = os.loadavg()[0] ?? Number.NaN;
    const started = process.hrtime.bigint();
    const run = await runChild(GNU_TIME, ['-o', rusageFile, '-f', TIME_FORMAT, command, ...args], {
      cwd,
      env,
      timeoutSeconds,
    });
    const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rusage = parseRusage(
      fs.existsSync(rusageFile) ? fs.readFileSync(rusageFile, 'utf8') : '',
    );
    return {
      wallSeconds,
      cpuSeconds: rusage ? rusage.user + rusage.system : Number.NaN,
      peakRssMb: rusage ? rusage.maxRssKb / 1024 : Number.NaN,
      load,
      ...run,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The figures in GNU time's output for `TIME_FORMAT`; undefined when it holds none (the child
 * could not be started).
 *
 * @param {string} text
 */
export function parseRusage(text) {
  const match = /^bench-rusage (\S+) (\S+) (\S+) (\d+)$/m.exec(text);
  if (!match) return undefined;

  const [, elapsed, user, system, maxRssKb] = match.map(Number);
  return {
    elapsed: /** @type {number} */ (elapsed),
    user: /** @type {number} */ (user),
    system: /** @type {number} */ (system),
    maxRssKb: /** @type {number} */ (maxRssKb),
  };
}

/**
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, timeoutSeconds: number }} options
 * @returns {Promise<Omit<Measurement, 'wallSeconds' | 'cpuSeconds' | 'peakRssMb' | 'load'>>}
 */
function runChild(command, args, { cwd, env, timeoutSeconds }) {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout ends GNU time and the measured process alike.
    const child = spawn(command, args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    /** @type {Buffer[]} */
    const stdout = [];
    /** @type {Buffer[]} */
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));

    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutSeconds * 1000);

    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({
        status,
        signal,
        timedOut,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/** @param {import('node:child_process').ChildProcess} child */
function killGroup(child) {
  if (child.pid === undefined) return;

  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group has already exited.
  }
}

/** Ends what is being measured when the benchmark itself is interrupted. */
export function stopRunningChildren() {
  for (const child of running) killGroup(child);
}
