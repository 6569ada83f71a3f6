import fs from 'node:fs';
import path from 'node:path';

import { UsageError } from '../usage-error.js';

export const CONFIG_FILE_NAME = 'wrapper-pitfalls.config.json';
export const PACKAGE_KEY = 'wrapperPitfalls';

/** A configuration as written, with the file it came from. */
export interface RawConfig {
  readonly file: string;
  /** The folder `ignores` patterns are relative to: the config file's own. */
  readonly folder: string;
  readonly value: unknown;
}

/**
 * The configuration the scan uses: the file `--config` names, or else the nearest
 * `wrapper-pitfalls.config.json`, or `package.json` with a `wrapperPitfalls` key, in the
 * tsconfig's folder or a folder above it. Undefined when there is none.
 */
export function findConfig(
  explicit: string | undefined,
  cwd: string,
  start: string,
): RawConfig | undefined {
  if (explicit !== undefined) return readExplicit(path.resolve(cwd, explicit));

  for (let folder = start; ; folder = path.dirname(folder)) {
    const configFile = path.join(folder, CONFIG_FILE_NAME);
    if (fs.existsSync(configFile)) return { file: configFile, folder, value: readJson(configFile) };

    const packageFile = path.join(folder, 'package.json');
    if (fs.existsSync(packageFile)) {
      const manifest = readJson(packageFile);
      if (isObject(manifest) && Object.hasOwn(manifest, PACKAGE_KEY)) {
        return { file: packageFile, folder, value: manifest[PACKAGE_KEY] };
      }
    }

    if (path.dirname(folder) === folder) return undefined;
  }
}

function readExplicit(file: string): RawConfig {
  if (!fs.existsSync(file)) throw new UsageError(`cannot read config ${file}: no such file`);

  const value = readJson(file);
  const folder = path.dirname(file);
  if (path.basename(file) !== 'package.json') return { file, folder, value };

  if (!isObject(value) || !Object.hasOwn(value, PACKAGE_KEY)) {
    throw new UsageError(`config ${file} has no "${PACKAGE_KEY}" key`);
  }

  return { file, folder, value: value[PACKAGE_KEY] };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read config ${file}: ${(error as Error).message}`);
  }

  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`cannot parse config ${file}: ${(error as Error).message}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
