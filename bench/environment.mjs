// @ts-check
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Packages whose versions decide the figures. */
const MEASURED_PACKAGES = ['typescript', 'eslint', '@typescript-eslint/parser', 'ts-morph'];

/**
 * Where and with what the figures were taken: the date, the machine, the versions of every tool
 * measured (ts-morph carries its own TypeScript, which `scan` uses), and the commit.
 *
 * @param {string} root
 * @returns {Promise<import('./report.mjs').Environment>}
 */
export async function describeEnvironment(root) {
  const cpus = os.cpus();
  const memory = (os.totalmem() / 2 ** 30).toFixed(1);
  const cpu = cpus[0]?.model.trim() ?? 'unknown CPU';
  const machine = `${cpu}, ${cpus.length} cores, ${memory} GiB, ${os.type()} ${os.release()}`;

  const { ts: morphTypescript } = await import('ts-morph');
  const own = readJson(path.join(root, 'package.json'));
  const versions = [
    ...MEASURED_PACKAGES.map((name) => `${name} ${installedVersion(root, name)}`),
    `TypeScript bundled in ts-morph ${morphTypescript.version}`,
    `${own.name} ${own.version}`,
  ].join(', ');

  return {
    date: new Date().toISOString().slice(0, 10),
    machine,
    node: process.version,
    versions,
    commit: commitOf(root),
  };
}

/**
 * @param {string} root
 * @param {string} name
 */
function installedVersion(root, name) {
  return readJson(path.join(root, 'node_modules', name, 'package.json')).version;
}

/** @param {string} root */
function commitOf(root) {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (head.status !== 0) return 'unknown (not a git checkout)';

  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: root,
    encoding: 'utf8',
  });
  const dirty = status.stdout.trim() !== '' ? ' with uncommitted changes' : '';
  return `${head.stdout.trim()}${dirty}`;
}

/** @param {string} file */
function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
