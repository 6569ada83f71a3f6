import type ts from 'typescript';

/**
 * The TypeScript module the caller analyses with. The core never imports `typescript` at run time:
 * ESLint hands it the user's compiler and the CLI hands it the one ts-morph bundles, and syntax kinds
 * differ between versions, so every `ts.SyntaxKind` and `ts.isX` must come from this object.
 */
export type TypeScriptApi = typeof ts;

export type { ts };
