import path from 'node:path';

import { ts } from 'ts-morph';

import { realPathOf } from './paths.js';
import { readRegularFile } from './project-sources.js';

/**
 * The first cycle among the project references reachable from `tsconfig`, as the chain of config
 * files that closes it (`a -> b -> a`), or undefined. `tsc -b` refuses such a graph, and so does
 * the scan. Referenced configs that cannot be read are left to TypeScript.
 */
export function findReferenceCycle(tsconfig: string): string[] | undefined {
  const done = new Set<string>();
  const trail: string[] = [];

  const visit = (config: string): string[] | undefined => {
    const key = realPathOf(config);
    const open = trail.findIndex((entry) => realPathOf(entry) === key);
    if (open !== -1) return [...trail.slice(open), config];

    if (done.has(key)) return undefined;

    trail.push(config);
    for (const reference of referencesOf(config)) {
      const cycle = visit(reference);
      if (cycle) return cycle;
    }

    trail.pop();
    done.add(key);
    return undefined;
  };

  return visit(tsconfig);
}

/** The config files a tsconfig's `references` point at: a file, or a folder's tsconfig.json. */
function referencesOf(config: string): string[] {
  const text = readRegularFile(config);
  if (text === undefined) return [];

  const { config: json } = ts.parseConfigFileTextToJson(config, text) as { config?: unknown };
  const references = (json as { references?: unknown } | undefined)?.references;
  if (!Array.isArray(references)) return [];

  const folder = path.dirname(config);
  return references.flatMap((reference: unknown) => {
    const target = (reference as { path?: unknown } | null)?.path;
    if (typeof target !== 'string') return [];

    const resolved = path.resolve(folder, target);
    return [resolved.endsWith('.json') ? resolved : path.join(resolved, 'tsconfig.json')];
  });
}
