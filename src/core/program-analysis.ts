import path from 'node:path';

import type { CoreContext } from './context.js';
import { analyzeSourceFile } from './findings/analyze-file.js';
import type { Finding } from './findings/finding.js';
import { OriginTracer } from './flows/origins.js';
import { ReferenceIndex } from './flows/reference-index.js';
import { optionsKey, resolveOptions } from './options.js';
import type { AnalysisOptions } from './options.js';
import type { TypeScriptApi, ts } from './typescript-api.js';
import { WrapperIndex } from './wrappers/wrapper-index.js';

/** Counts of whole-program work, so tests can show it is done once per program. */
export const analysisStats = { wrapperIndexBuilds: 0, referenceIndexBuilds: 0 };

/**
 * The analysis of one program under one set of options. Whole-program facts (the wrapper index,
 * the reference index, traced origins) are built on first use and shared by every file and rule.
 */
export class ProgramAnalysis {
  readonly ctx: CoreContext;
  #index: WrapperIndex | undefined;
  #references: ReferenceIndex | undefined;
  #tracer: OriginTracer | undefined;
  readonly #findings = new Map<string, readonly Finding[]>();
  readonly #startedAt = Date.now();

  constructor(ts: TypeScriptApi, program: ts.Program, options: AnalysisOptions) {
    this.ctx = {
      ts,
      program,
      checker: program.getTypeChecker(),
      options,
      projectRoot: projectRootOf(program),
    };
  }

  get wrapperIndex(): WrapperIndex {
    if (!this.#index) {
      analysisStats.wrapperIndexBuilds++;
      this.#index = new WrapperIndex(this.ctx, (symbol) => this.references.usesOf(symbol));
    }

    return this.#index;
  }

  get references(): ReferenceIndex {
    if (!this.#references) {
      analysisStats.referenceIndexBuilds++;
      this.#references = new ReferenceIndex(this.ctx);
    }

    return this.#references;
  }

  get tracer(): OriginTracer {
    this.#tracer ??= new OriginTracer(this.ctx, this.wrapperIndex, this.references, this.#startedAt);
    return this.#tracer;
  }

  /** Which bounds (depth, time) cut some search short, so reports can say so. */
  get limitsHit(): { readonly depth: boolean; readonly time: boolean } {
    return this.#tracer?.limitsHit ?? { depth: false, time: false };
  }

  findingsForFile(sourceFile: ts.SourceFile): readonly Finding[] {
    const cached = this.#findings.get(sourceFile.fileName);
    if (cached) return cached;

    const facts = {
      ctx: this.ctx,
      index: () => this.wrapperIndex,
      tracer: () => this.tracer,
    };
    const findings = analyzeSourceFile(facts, sourceFile);
    this.#findings.set(sourceFile.fileName, findings);
    return findings;
  }
}

const analyses = new WeakMap<ts.Program, Map<string, ProgramAnalysis>>();

/** The analysis of `program` under `options`, made once and reused by every caller. */
export function analysisFor(
  ts: TypeScriptApi,
  program: ts.Program,
  options: Partial<AnalysisOptions> = {},
): ProgramAnalysis {
  const resolved = resolveOptions(options);
  const key = optionsKey(resolved);
  let byOptions = analyses.get(program);
  if (!byOptions) {
    byOptions = new Map();
    analyses.set(program, byOptions);
  }

  let analysis = byOptions.get(key);
  if (!analysis) {
    analysis = new ProgramAnalysis(ts, program, resolved);
    byOptions.set(key, analysis);
  }

  return analysis;
}

/** The tsconfig's folder, so that paths in messages read the same from ESLint and from the CLI. */
function projectRootOf(program: ts.Program): string {
  const configFile = program.getCompilerOptions().configFilePath;
  if (typeof configFile === 'string') return path.dirname(configFile);

  return program.getCurrentDirectory();
}
