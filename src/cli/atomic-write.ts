import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { UsageError } from './usage-error.js';

export interface FileToWrite {
  readonly file: string;
  readonly content: string;
}

/**
 * Writes each file whole or not at all: the text goes to a hidden temporary file in the same
 * folder, is flushed to disk, and only then renamed over the target, which readers therefore see
 * either as it was or complete. All temporary files are written before the first rename, so a
 * failure leaves every target as it was. Missing folders are created, as ESLint does.
 */
export function writeFilesAtomically(files: readonly FileToWrite[]): void {
  const pending: { temporary: string; file: string }[] = [];
  try {
    for (const { file, content } of files) {
      pending.push({ temporary: writeTemporary(file, content), file });
    }

    while (pending.length > 0) {
      const { temporary, file } = pending[0]!;
      renameOver(temporary, file);
      pending.shift();
    }
  } finally {
    for (const { temporary } of pending) removeQuietly(temporary);
  }
}

function writeTemporary(file: string, content: string): string {
  const folder = path.dirname(file);
  const temporary = path.join(
    folder,
    `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    fs.mkdirSync(folder, { recursive: true });
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error('it is a folder');
    }

    const descriptor = fs.openSync(temporary, 'wx');
    try {
      fs.writeFileSync(descriptor, content);
      fs.fsyncSync(descriptor);
    } finally {
      fs.closeSync(descriptor);
    }
  } catch (error) {
    removeQuietly(temporary);
    throw new UsageError(`cannot write ${file}: ${reason(error)}`);
  }

  return temporary;
}

/** Cleans up after a failure; the failure, not the clean-up, is what the user must hear of. */
function removeQuietly(temporary: string): void {
  try {
    fs.rmSync(temporary, { force: true });
  } catch {
    // Nothing was written there, or it cannot be reached at all.
  }
}

function renameOver(temporary: string, file: string): void {
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
