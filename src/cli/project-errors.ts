import { displayPath } from '../core/index.js';
import { UsageError } from './usage-error.js';

/** Every way loading a project can fail before anything is analysed. */
export type ProjectFailure =
  | { readonly kind: 'tsconfig-missing'; readonly tsconfig: string }
  | { readonly kind: 'tsconfig-unreadable'; readonly tsconfig: string; readonly reason: string }
  | {
      readonly kind: 'invalid-json';
      readonly tsconfig: string;
      readonly line: number;
      readonly column: number;
      readonly detail: string;
    }
  | { readonly kind: 'extends-missing'; readonly tsconfig: string; readonly target: string }
  | { readonly kind: 'extends-cycle'; readonly chain: readonly string[] }
  | { readonly kind: 'references-cycle'; readonly chain: readonly string[] }
  | { readonly kind: 'no-files'; readonly tsconfig: string; readonly detail: string }
  | { readonly kind: 'no-readable-files'; readonly tsconfig: string; readonly first: string }
  | { readonly kind: 'invalid-tsconfig'; readonly tsconfig: string; readonly detail: string }
  | { readonly kind: 'parser-overflow' }
  | {
      readonly kind: 'binder-overflow';
      readonly fileName: string;
      readonly line: number;
      readonly depth: number;
    };

/** A project that cannot be loaded: one line on stderr, exit code 2. */
export class ProjectLoadError extends UsageError {
  constructor(failure: ProjectFailure, cwd: string) {
    super(projectFailureMessage(failure, cwd));
  }
}

/** The one line that tells the user what is wrong and where, with paths relative to `cwd`. */
export function projectFailureMessage(failure: ProjectFailure, cwd: string): string {
  const shown = (fileName: string) => displayPath(fileName, cwd);
  const chain = (fileNames: readonly string[]) => fileNames.map(shown).join(' -> ');
  switch (failure.kind) {
    case 'tsconfig-missing':
      return `cannot read tsconfig ${shown(failure.tsconfig)}: no such file`;
    case 'tsconfig-unreadable':
      return `cannot read tsconfig ${shown(failure.tsconfig)}: ${failure.reason}`;
    case 'invalid-json':
      return (
        `invalid JSON in tsconfig ${shown(failure.tsconfig)}:${failure.line}:${failure.column}: ` +
        failure.detail
      );
    case 'extends-missing':
      return (
        `tsconfig ${shown(failure.tsconfig)} extends ${shown(failure.target)}, ` +
        'which cannot be read'
      );
    case 'extends-cycle':
      return `tsconfig files extend each other in a cycle: ${chain(failure.chain)}`;
    case 'references-cycle':
      return `project references form a cycle: ${chain(failure.chain)}`;
    case 'no-files':
      return `tsconfig ${shown(failure.tsconfig)} matches no source files: ${failure.detail}`;
    case 'no-readable-files':
      return (
        `no source file of tsconfig ${shown(failure.tsconfig)} could be read; ` +
        `the first: ${failure.first}`
      );
    case 'invalid-tsconfig':
      return `invalid tsconfig ${shown(failure.tsconfig)}: ${failure.detail}`;
    case 'parser-overflow':
      return 'TypeScript ran out of stack parsing a file the project imports: it nests too deeply';
    case 'binder-overflow':
      return (
        'TypeScript ran out of stack binding the project: ' +
        `${shown(failure.fileName)}:${failure.line} nests ${failure.depth} levels deep`
      );
  }
}
