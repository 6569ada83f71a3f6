// @ts-check
import fs from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

import { generateSyntheticProject } from './generate-synthetic.mjs';

/**
 * @typedef {object} Workspace a project every tool of the benchmark runs on, through one tsconfig
 * @property {string} name such as `effect` or `synthetic-20k`
 * @property {'real' | 'synthetic'} kind
 * @property {string} version the corpus package's version, or the synthetic project's seed
 * @property {string} dir absolute
 * @property {string} tsconfig absolute
 * @property {number} files the program's own source files
 * @property {number} lines
 * @property {number | undefined} plantedFindings what a synthetic project is built to hold
 */

const MARKER = 'corpus.json';

/**
 * The names of the real corpora: one per `<name>.tsconfig.json` in `bench/corpora`, each naming
 * the npm package whose `src/` it type-checks.
 *
 * @param {string} root the repository
 */
export function realCorpusNames(root) {
  return fs
    .readdirSync(path.join(root, 'bench/corpora'))
    .filter((name) => name.endsWith('.tsconfig.json'))
    .map((name) => name.slice(0, -'.tsconfig.json'.length))
    .sort();
}

/**
 * Copies a real corpus's sources out of `node_modules` into `bench/work/corpora/<name>/`, under
 * a tsconfig that extends the corpus's own. typescript-eslint's project service finds a file's
 * tsconfig by looking up from the file, and nothing above `node_modules/<name>/src` is the
 * corpus's; in the copy every tool reads the same files through the same tsconfig.
 *
 * @param {string} root
 * @param {string} name
 * @returns {Workspace}
 */
export function prepareRealCorpus(root, name) {
  const version = installedVersion(root, name);
  const corpusConfig = path.join(root, 'bench/corpora', `${name}.tsconfig.json`);
  const packageDir = path.join(root, 'node_modules', name);
  const parsed = parseTsconfig(corpusConfig);
  const sources = parsed.fileNames.map((file) => {
    const relative = path.relative(packageDir, file);
    if (relative.startsWith('..')) {
      throw new Error(`${corpusConfig} includes ${file}, outside node_modules/${name}`);
    }

    return relative;
  });

  const dir = path.join(root, 'bench/work/corpora', name);
  replaceOwnFolder(dir, MARKER);
  let lines = 0;
  for (const relative of sources) {
    const target = path.join(dir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const text = fs.readFileSync(path.join(packageDir, relative), 'utf8');
    fs.writeFileSync(target, text);
    lines += text.split('\n').length;
  }

  const tsconfig = path.join(dir, 'tsconfig.json');
  const topFolders = [...new Set(sources.map((relative) => relative.split(path.sep)[0]))].sort();
  const config = {
    extends: path.relative(dir, corpusConfig),
    ...(parsed.options.paths
      ? {
          compilerOptions: {
            paths: relocatedPaths(parsed, packageDir, path.dirname(corpusConfig)),
          },
        }
      : {}),
    include: topFolders.map((folder) => `${folder}/**/*.ts`),
    exclude: [],
  };
  const packageType = readJson(path.join(packageDir, 'package.json')).type ?? 'commonjs';
  fs.writeFileSync(tsconfig, `${JSON.stringify(config, null, 2)}\n`);
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ private: true, type: packageType })}\n`,
  );
  fs.writeFileSync(
    path.join(dir, MARKER),
    `${JSON.stringify({ name, version, files: sources.length })}\n`,
  );

  return {
    name,
    kind: 'real',
    version,
    dir,
    tsconfig,
    files: sources.length,
    lines,
    plantedFindings: undefined,
  };
}

/**
 * Writes the synthetic project of `files` files to `bench/work/synthetic/<files>/`.
 *
 * @param {string} root
 * @param {number} files
 * @param {number} seed
 * @returns {Workspace}
 */
export function prepareSyntheticProject(root, files, seed) {
  const dir = path.join(root, 'bench/work/synthetic', String(files));
  const manifest = generateSyntheticProject({ files, seed, dir });
  return {
    name: `synthetic-${sizeLabel(files)}`,
    kind: 'synthetic',
    version: `seed ${seed}`,
    dir,
    tsconfig: path.join(dir, 'tsconfig.json'),
    files: manifest.files,
    lines: manifest.lines,
    plantedFindings: manifest.plantedFindings,
  };
}

/** @param {number} files */
export function sizeLabel(files) {
  return files % 1000 === 0 ? `${files / 1000}k` : String(files);
}

/**
 * The version of the corpus package installed, which must be the one package.json pins.
 *
 * @param {string} root
 * @param {string} name
 */
function installedVersion(root, name) {
  const pinned = readJson(path.join(root, 'package.json')).devDependencies?.[name];
  if (!pinned) throw new Error(`corpus ${name} is not a devDependency in package.json`);

  const manifest = path.join(root, 'node_modules', name, 'package.json');
  if (!fs.existsSync(manifest)) {
    throw new Error(`corpus ${name} is not installed (no node_modules/${name}): run npm ci`);
  }

  const { version } = readJson(manifest);
  if (version !== pinned) {
    throw new Error(
      `corpus ${name} ${version} is installed but package.json pins ${pinned}: run npm ci`,
    );
  }

  return /** @type {string} */ (version);
}

/** @param {string} file */
function parseTsconfig(file) {
  /** @type {ts.Diagnostic[]} */
  const problems = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(
    file,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => problems.push(diagnostic),
    },
  );
  const first = problems[0] ?? parsed?.errors[0];
  if (!parsed || first) {
    const text = first ? ts.flattenDiagnosticMessageText(first.messageText, ' ') : 'unreadable';
    throw new Error(`invalid tsconfig ${file}: ${text}`);
  }

  if (parsed.fileNames.length === 0) throw new Error(`${file} includes no source file`);

  return parsed;
}

/**
 * The corpus tsconfig's `paths`, pointing at the copy instead of `node_modules/<name>`.
 *
 * @param {ts.ParsedCommandLine} parsed
 * @param {string} packageDir
 * @param {string} configDir where the `paths` are relative to, without a `baseUrl`
 */
function relocatedPaths(parsed, packageDir, configDir) {
  if (parsed.options.baseUrl) throw new Error('corpus tsconfigs with a baseUrl are not supported');

  const base = configDir;
  /** @type {Record<string, string[]>} */
  const paths = {};
  for (const [pattern, targets] of Object.entries(parsed.options.paths ?? {})) {
    paths[pattern] = targets.map((target) => {
      const relative = path.relative(packageDir, path.resolve(base, target));
      if (relative.startsWith('..'))
        throw new Error(`paths entry ${target} is outside ${packageDir}`);

      return `./${relative.split(path.sep).join('/')}`;
    });
  }

  return paths;
}

/**
 * Empties `dir` for a new copy, if it is missing or holds a copy this benchmark made (it has
 * `marker`); any other folder is left alone.
 *
 * @param {string} dir
 * @param {string} marker
 */
function replaceOwnFolder(dir, marker) {
  if (fs.existsSync(dir)) {
    if (!fs.existsSync(path.join(dir, marker))) {
      throw new Error(`${dir} exists and was not made by the benchmark: refusing to replace it`);
    }

    fs.rmSync(dir, { recursive: true });
  }

  fs.mkdirSync(dir, { recursive: true });
}

/** @param {string} file */
function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
