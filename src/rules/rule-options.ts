import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

import type { AnalysisOptions, EntitySpecifier } from '../core/index.js';

/** The options every rule of the pack takes; they tune the one analysis all rules share. */
export interface RuleOptions {
  ignoreClasses?: EntitySpecifier[];
  unwrapMembers?: string[];
  assumeExportsOpen?: boolean;
}

const nameSchema: JSONSchema4 = {
  description: 'The name, or names, of the entity.',
  oneOf: [
    { type: 'string' },
    { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
  ],
};

const specifierSchema: JSONSchema4 = {
  description: 'A class named together with where it is declared.',
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'name'],
      properties: {
        from: { type: 'string', enum: ['file'], description: 'Declared in the project itself.' },
        name: nameSchema,
        path: {
          type: 'string',
          description: 'The declaring file, relative to the folder of the tsconfig.',
        },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'name'],
      properties: {
        from: { type: 'string', enum: ['lib'], description: "Declared by TypeScript's lib files." },
        name: nameSchema,
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'name', 'package'],
      properties: {
        from: { type: 'string', enum: ['package'], description: 'Declared by an npm package.' },
        name: nameSchema,
        package: { type: 'string', description: 'The package name, as in `node_modules/<name>`.' },
      },
    },
  ],
};

export const ruleOptionsSchema: JSONSchema4[] = [
  {
    type: 'object',
    additionalProperties: false,
    properties: {
      ignoreClasses: {
        type: 'array',
        description: 'Classes whose checks are never reported, each with where it is declared.',
        items: specifierSchema,
      },
      unwrapMembers: {
        type: 'array',
        description:
          'Members through which the project\'s wrappers hand out what they wrap, such as ' +
          '`unwrap` or `inner`; a value read through them counts as unwrapped.',
        items: { type: 'string' },
        uniqueItems: true,
      },
      assumeExportsOpen: {
        type: 'boolean',
        description:
          'Treat exported functions as callable from outside the program, so their parameters ' +
          'may receive any wrapper of their type even where no caller in the program passes one.',
      },
    },
  },
];

export const defaultRuleOptions: [RuleOptions] = [{}];

/**
 * The analysis options of a rule: the shared `settings['wrapper-pitfalls']` first, then the
 * rule's own options over them.
 */
export function analysisOptions(
  settings: Readonly<Record<string, unknown>>,
  options: RuleOptions,
): Partial<AnalysisOptions> {
  const shared = settings['wrapper-pitfalls'];
  const base = typeof shared === 'object' && shared !== null ? (shared as RuleOptions) : {};
  const merged = { ...base, ...options };
  const result: { -readonly [K in keyof AnalysisOptions]?: AnalysisOptions[K] } = {};
  if (merged.ignoreClasses) result.ignoreClasses = merged.ignoreClasses;
  if (merged.unwrapMembers) result.unwrapMembers = merged.unwrapMembers;
  if (merged.assumeExportsOpen !== undefined) result.assumeExportsOpen = merged.assumeExportsOpen;
  return result;
}
