import fs from 'node:fs';
import path from 'node:path';

import { REPO_ROOT } from './run-cli.js';

/**
 * Scratch folders live under `tests/.output/` (ignored by git) rather than the system's temp
 * folder, so the copied fixtures still resolve `@types/node` from the repository's node_modules.
 */
export const OUTPUT_ROOT = path.join(REPO_ROOT, 'tests/.output');

/** A fresh, empty scratch folder for one test. */
export function scratchFolder(name: string): string {
  fs.mkdirSync(OUTPUT_ROOT, { recursive: true });
  return fs.mkdtempSync(path.join(OUTPUT_ROOT, `${name}-`));
}

/** A copy of a fixture project in a scratch folder, with `files` written over it. */
export function copyFixture(
  name: string,
  files: Readonly<Record<string, string>> = {},
  fixture = 'fixtures/registry-push',
): string {
  const folder = scratchFolder(name);
  fs.cpSync(path.join(REPO_ROOT, fixture), folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  }

  return folder;
}

export function removeFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
}

/** The fixture file's text with `find` replaced, failing loudly if it is not there. */
export function edited(
  folder: string,
  file: string,
  find: string | RegExp,
  replace: string,
): string {
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  const next = text.replace(find, replace);
  if (next === text) throw new Error(`${file} has no ${String(find)}`);

  return next;
}
