import fs from 'node:fs';
import path from 'node:path';

/** Whether `fileName` is `folder` or lies somewhere under it. */
export function isInside(fileName: string, folder: string): boolean {
  const relative = path.relative(folder, fileName);
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  );
}

/** The real path, or the path itself where it does not resolve (a missing file, a loop). */
export function realPathOf(fileName: string): string {
  try {
    return fs.realpathSync(fileName);
  } catch {
    return fileName;
  }
}

/** TypeScript and JavaScript files: the ones the analysis walks unless they only declare types. */
export function isScriptFile(fileName: string): boolean {
  return /\.(?:[cm]?[jt]s|[jt]sx)$/i.test(fileName);
}

/** `.d.ts`, `.d.mts`, `.d.cts` and `.d.<ext>.ts`: type declarations, never analysed or reported. */
export function isDeclarationFile(fileName: string): boolean {
  return /\.d\.(?:[^./\\]+\.)?[cm]?ts$/i.test(fileName);
}
