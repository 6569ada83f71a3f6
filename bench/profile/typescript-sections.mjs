// @ts-check
import fs from 'node:fs';

/**
 * TypeScript ships as one bundle, `typescript.js`, that keeps a `// src/compiler/checker.ts`
 * line before the code of each of its source files. Those lines tell which part of the compiler
 * a profiled function belongs to: the checker, the parser, the binder…
 */
const SECTION = /^\/\/ (src\/[\w/.-]+\.ts)$/;

/**
 * The source file of each line range of a TypeScript bundle, read once per bundle.
 *
 * @returns {(file: string, line: number) => string | undefined} the `src/…` file that holds the
 *   0-based `line` of the bundle `file`
 */
export function typescriptSections() {
  /** @type {Map<string, { start: number, source: string }[]>} */
  const bundles = new Map();

  return (file, line) => {
    let sections = bundles.get(file);
    if (!sections) {
      sections = readSections(file);
      bundles.set(file, sections);
    }

    let low = 0;
    let high = sections.length - 1;
    let found;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const section = /** @type {{ start: number, source: string }} */ (sections[middle]);
      if (section.start <= line) {
        found = section.source;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }

    return found;
  };
}

/** @param {string} file */
function readSections(file) {
  const sections = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let line = 0; line < lines.length; line++) {
    const match = SECTION.exec(/** @type {string} */ (lines[line]));
    if (match) sections.push({ start: line, source: /** @type {string} */ (match[1]) });
  }

  return sections;
}

/** The compiler's files that build the program rather than parse, bind or check it. */
const PROGRAM_FILES =
  /^src\/compiler\/(program|moduleNameResolver|moduleSpecifiers|sys|path|commandLineParser|watch\w*|builder\w*)\.ts$/;

/**
 * The part of the compiler a TypeScript source file belongs to, as the summary groups them.
 *
 * @param {string} source such as `src/compiler/checker.ts`
 */
export function compilerPart(source) {
  if (source === 'src/compiler/checker.ts') return 'TypeScript checker';
  if (/^src\/compiler\/(parser|scanner|factory\/)/.test(source)) {
    return 'TypeScript parser and scanner';
  }

  if (source === 'src/compiler/binder.ts') return 'TypeScript binder';
  if (/^src\/(server|services)\//.test(source) || PROGRAM_FILES.test(source)) {
    return 'TypeScript program, module resolution and project service';
  }

  return 'TypeScript, other (utilities, core)';
}
