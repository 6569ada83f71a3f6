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
  /**
   * Members through which the project's wrappers hand out what they wrap (`unwrap()`, `inner`).
   * A check made on a value peeled through them is not a pitfall.
   */
  readonly unwrapMembers: readonly string[];
  /**
   * Treat every exported function as callable from outside the program, so its parameters may
   * receive any wrapper of their type even where the program's own calls pass none.
   */
  readonly assumeExportsOpen: boolean;
  /** How many hops a value is followed back from a check before the search gives up. */
  readonly maxDepth: number;
}

export const DEFAULT_OPTIONS: AnalysisOptions = {
  ignoreClasses: [],
  unwrapMembers: [],
  assumeExportsOpen: false,
  maxDepth: 12,
};

/** Fills defaults in; unknown keys are dropped so that the cache key stays canonical. */
export function resolveOptions(partial: Partial<AnalysisOptions> = {}): AnalysisOptions {
  return {
    ignoreClasses: partial.ignoreClasses ?? DEFAULT_OPTIONS.ignoreClasses,
    unwrapMembers: partial.unwrapMembers ?? DEFAULT_OPTIONS.unwrapMembers,
    assumeExportsOpen: partial.assumeExportsOpen ?? DEFAULT_OPTIONS.assumeExportsOpen,
    maxDepth: partial.maxDepth ?? DEFAULT_OPTIONS.maxDepth,
  };
}

/** A string equal for equal options, used to share one analysis between rules. */
export function optionsKey(options: AnalysisOptions): string {
  return JSON.stringify(options);
}
