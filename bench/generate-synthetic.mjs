#!/usr/bin/env node
// @ts-check
// Writes a synthetic TypeScript project of a given number of files, the same for the same seed.
// Usage: node bench/generate-synthetic.mjs --files 1000 [--seed 7] [--out bench/work/synthetic/1k]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { ordinaryFiles } from './synthetic/ordinary-files.mjs';
import { packageNames } from './synthetic/package-names.mjs';
import { pitfallFiles } from './synthetic/pitfall-files.mjs';
import { seededRandom } from './synthetic/random.mjs';

/** Files per package: the nine of `pitfallFiles` and 41 ordinary ones. */
export const PACKAGE_FILES = 50;
const PITFALL_FILES = 9;

/** Findings each package is built to hold: three gates, each reported with its check. */
export const FINDINGS_PER_PACKAGE = 6;

export const DEFAULT_SEED = 7;

/** Bumped whenever the generated code changes, so that old projects are not taken for new. */
const GENERATOR_VERSION = 1;

const MANIFEST = 'synthetic.json';

const TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib: ['es2022'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
  include: ['src/**/*.ts'],
};

/**
 * The files of a synthetic project: packages of 50 files, each with its own interfaces, wrappers,
 * checks and gates, wired to the gates of an earlier package and calling its utilities. Package
 * `i` is the same whatever the size, so a smaller project is the start of a larger one.
 *
 * @param {number} fileCount a multiple of 50
 * @param {number} seed
 */
export function syntheticFiles(fileCount, seed) {
  if (
    !Number.isInteger(fileCount) ||
    fileCount < PACKAGE_FILES ||
    fileCount % PACKAGE_FILES !== 0
  ) {
    throw new RangeError(
      `the file count must be a positive multiple of ${PACKAGE_FILES}, not ${fileCount}`,
    );
  }

  const random = seededRandom(seed);
  const files = [];
  for (let index = 0; index < fileCount / PACKAGE_FILES; index++) {
    const pkg = packageNames(index);
    const peer = index > 0 ? packageNames(random.int(0, index - 1)) : undefined;
    const upstream = index > 0 ? packageNames(random.int(0, index - 1)) : undefined;
    files.push(...pitfallFiles(pkg, peer));
    files.push(...ordinaryFiles(pkg, PACKAGE_FILES - PITFALL_FILES, upstream, random));
  }

  return files;
}

/**
 * Writes the project to `dir` (its `tsconfig.json`, `package.json` and `src/`), replacing a
 * project this generator wrote there before. It refuses any other non-empty folder.
 *
 * @param {{ files: number, seed?: number, dir: string }} options
 */
export function generateSyntheticProject({ files: fileCount, seed = DEFAULT_SEED, dir }) {
  const files = syntheticFiles(fileCount, seed);
  clearOwnProject(dir);

  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  const folders = new Set(files.map((file) => path.dirname(file.path)));
  for (const folder of folders) fs.mkdirSync(path.join(dir, 'src', folder), { recursive: true });

  let lines = 0;
  for (const file of files) {
    fs.writeFileSync(path.join(dir, 'src', file.path), file.text);
    lines += file.text.split('\n').length - 1;
  }

  const manifest = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    files: files.length,
    lines,
    packages: fileCount / PACKAGE_FILES,
    plantedFindings: (fileCount / PACKAGE_FILES) * FINDINGS_PER_PACKAGE,
  };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** @param {string} dir */
function clearOwnProject(dir) {
  if (!fs.existsSync(dir)) return;

  const entries = fs.readdirSync(dir);
  if (entries.length === 0) return;

  if (!entries.includes(MANIFEST)) {
    throw new Error(`${dir} is not empty and holds no synthetic project: refusing to overwrite it`);
  }

  fs.rmSync(dir, { recursive: true });
}

function main() {
  const { values } = parseArgs({
    options: {
      files: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
    },
  });
  const files = Number(values.files);
  const seed = Number(values.seed);
  if (!values.files || !Number.isInteger(seed)) {
    throw new RangeError(
      'usage: generate-synthetic.mjs --files <multiple of 50> [--seed n] [--out dir]',
    );
  }

  const dir = values.out ?? path.join('bench/work/synthetic', `${files}`);
  const manifest = generateSyntheticProject({ files, seed, dir });
  process.stdout.write(`${dir}: ${manifest.files} files, ${manifest.lines} lines\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`generate-synthetic: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 2;
  }
}
