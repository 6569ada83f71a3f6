/**
 * Names a class, function or value together with where it comes from, in the manner of
 * typescript-eslint's `TypeOrValueSpecifier`, so a local declaration of the same name never matches
 * by accident.
 */
export type EntitySpecifier =
  | { readonly from: 'file'; readonly name: string | readonly string[]; readonly path?: string }
  | { readonly from: 'lib'; readonly name: string | readonly string[] }
  | {
      readonly from: 'package';
      readonly name: string | readonly string[];
      readonly package: string;
    };

/** Settings that change what the analysis finds; rules and CLI both build these. */
export interface AnalysisOptions {
  /** Concrete classes whose checks are never reported. */
  readonly ignoreClasses: readonly EntitySpecifier[];
  /** Functions, besides those the index finds, whose result wraps their first argument. */
  readonly wrapperFactories: readonly EntitySpecifier[];
  /** Functions, besides Vue's, MobX's and Immer's, whose result is a deep proxy of their argument. */
  readonly proxyMakers: readonly EntitySpecifier[];
  /** Type-guard functions of libraries that test for a class (`isRepository(x): x is Repository`). */
  readonly typeGuards: readonly EntitySpecifier[];
  /**
   * Members through which the project's wrappers hand out what they wrap (`unwrap()`, `inner`).
   * A value read through them counts as unwrapped, and suggestions peel wrappers with them.
   */
  readonly unwrapMembers: readonly string[];
  /**
   * Treat every exported function as callable from outside the program, so its parameters may
   * receive any wrapper of their type even where the program's own calls pass none.
   */
  readonly assumeExportsOpen: boolean;
  /**
   * Report concrete checks on values typed as an interface or base class that the checked class
   * implements, even where the program has no wrapper of it yet: a library's users may wrap.
   */
  readonly assumeWrappable: boolean;
  /** How many hops a value is followed back from a check before the search gives up. */
  readonly maxDepth: number;
  /**
   * How long, in milliseconds, all searches of one program may take together before the rest
   * stop where they are (0: no limit). Checks a cut search could not decide are not reported.
   */
  readonly flowTimeoutMs: number;
}

export const DEFAULT_OPTIONS: AnalysisOptions = {
  ignoreClasses: [],
  wrapperFactories: [],
  proxyMakers: [],
  typeGuards: [],
  unwrapMembers: [],
  assumeExportsOpen: false,
  assumeWrappable: false,
  maxDepth: 24,
  flowTimeoutMs: 0,
};

/** Fills defaults in; unknown keys are dropped so that the cache key stays canonical. */
export function resolveOptions(partial: Partial<AnalysisOptions> = {}): AnalysisOptions {
  const resolved: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_OPTIONS) as (keyof AnalysisOptions)[]) {
    resolved[key] = partial[key] ?? DEFAULT_OPTIONS[key];
  }

  return resolved as unknown as AnalysisOptions;
}

/** A string equal for equal options, used to share one analysis between rules. */
export function optionsKey(options: AnalysisOptions): string {
  return JSON.stringify(options);
}
