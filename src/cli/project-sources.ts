import fs from 'node:fs';

import type { FileProblem } from './file-problem.js';
import { isDeclarationFile, isInside, isScriptFile, realPathOf } from './paths.js';
import { decodeSource } from './source-text.js';

/**
 * The gate between the scan and the disk. The project's own code is read only from inside the
 * scan root, and a symlink inside it that leads out is not followed unless the user asks, so a
 * report never shows code or paths from elsewhere on the machine. Type declarations and config
 * files are read wherever they are: package managers link them from outside, and no report shows
 * them. Every file turned away, and every file whose bytes are not the text TypeScript reads, is
 * noted for the user. A file is turned away when TypeScript reads it, not when module resolution
 * merely asks whether it exists (it looks for `.js` files it then never loads).
 */
export class ProjectSources {
  readonly #realRoot: string;
  readonly #refused = new Map<string, FileProblem>();
  readonly #invalidLines = new Map<string, number>();

  constructor(
    readonly root: string,
    private readonly followSymlinks: boolean,
  ) {
    this.#realRoot = realPathOf(root);
  }

  /** Whether the program may contain `fileName`; a refused file that exists is noted. */
  admits(fileName: string): boolean {
    if (!isScriptFile(fileName) || isDeclarationFile(fileName)) return true;

    if (this.#refused.has(fileName)) return false;

    const reason = this.#refusal(fileName);
    if (reason === undefined) return true;

    if (isRegularFile(fileName)) {
      this.#refused.set(fileName, { fileName, stage: 'not read', reason });
    }

    return false;
  }

  exists(fileName: string): boolean {
    return isRegularFile(fileName);
  }

  /** The text TypeScript analyses, or undefined where the file is missing or refused. */
  read(fileName: string): string | undefined {
    if (!this.exists(fileName) || !this.admits(fileName)) return undefined;

    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(fileName);
    } catch {
      return undefined;
    }

    const { text, invalidLine } = decodeSource(bytes);
    if (invalidLine !== undefined) this.#invalidLines.set(fileName, invalidLine);
    return text;
  }

  /** The first line of `fileName` that is not UTF-8, if the file was read and has one. */
  invalidLineOf(fileName: string): number | undefined {
    return this.#invalidLines.get(fileName);
  }

  /** The files the gate turned away, as problems to tell the user about. */
  get refused(): readonly FileProblem[] {
    return [...this.#refused.values()];
  }

  #refusal(fileName: string): string | undefined {
    if (!isInside(fileName, this.root) && !isInside(fileName, this.#realRoot)) {
      return `it is outside ${this.root}, the folder the scan reads code from`;
    }

    if (this.followSymlinks) return undefined;

    const real = realPathOf(fileName);
    if (isInside(real, this.#realRoot)) return undefined;

    return `it links to ${real}, outside ${this.root} (pass --follow-symlinks to read it)`;
  }
}

/** A regular file, through symlinks: never a folder, a device or a pipe that would block. */
export function isRegularFile(fileName: string): boolean {
  try {
    return fs.statSync(fileName).isFile();
  } catch {
    return false;
  }
}

/** A config file's text, read only if it is a regular file (a pipe would block the scan). */
export function readRegularFile(fileName: string): string | undefined {
  try {
    if (!fs.statSync(fileName).isFile()) return undefined;

    return decodeSource(fs.readFileSync(fileName)).text;
  } catch {
    return undefined;
  }
}
