import type { AnalysisOptions } from './options.js';
import type { TypeScriptApi, ts } from './typescript-api.js';

/** What every part of the analysis needs: the compiler, the program, and the settled options. */
export interface CoreContext {
  readonly ts: TypeScriptApi;
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  readonly options: AnalysisOptions;
  /** Folder that paths in messages are shown relative to: the tsconfig's folder. */
  readonly projectRoot: string;
}
