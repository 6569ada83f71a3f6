import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

import type { AnalysisOptions, EntitySpecifier } from '../core/index.js';

/** The options every rule of the pack takes; they tune the one analysis all rules share. */
export interface RuleOptions {
  ignoreClasses?: EntitySpecifier[];
  wrapperFactories?: EntitySpecifier[];
  proxyMakers?: EntitySpecifier[];
  typeGuards?: EntitySpecifier[];
  unwrapMembers?: string[];
  assumeExportsOpen?: boolean;
  assumeWrappable?: boolean;
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

const specifierList = (description: string): JSONSchema4 => ({
  type: 'array',
  description,
  items: specifierSchema,
});

export const ruleOptionsSchema: JSONSchema4[] = [
  {
    type: 'object',
    additionalProperties: false,
    properties: {
      ignoreClasses: specifierList(
        'Classes whose checks are never reported, each with where it is declared.',
      ),
      wrapperFactories: specifierList(
        'Functions, besides those the analysis finds, whose result wraps their first argument ' +
          '(library functions whose bodies it cannot read).',
      ),
      proxyMakers: specifierList(
        "Functions, besides Vue's, MobX's and Immer's, whose result is a deep proxy of their " +
          'first argument.',
      ),
      typeGuards: specifierList(
        'Type guards of libraries that test for a class, besides those named `is` + the class.',
      ),
      unwrapMembers: {
        type: 'array',
        description:
          "Members through which the project's wrappers hand out what they wrap, such as " +
          '`unwrap` or `inner`; a value read through them counts as unwrapped, and suggestions ' +
          'peel wrappers with them.',
        items: { type: 'string' },
        uniqueItems: true,
      },
      assumeExportsOpen: {
        type: 'boolean',
        description:
          'Treat exported functions as callable from outside the program, so their parameters ' +
          'may receive any wrapper of their type even where no caller in the program passes one.',
      },
      assumeWrappable: {
        type: 'boolean',
        description:
          'Report concrete checks on values typed as an interface or base class that the ' +
          "checked class implements, even where the program has no wrapper of it: a library's " +
          'users may wrap.',
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
  const merged: RuleOptions = { ...base, ...options };
  const result: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) {
    if (merged[key] !== undefined) result[key] = merged[key];
  }

  return result as Partial<AnalysisOptions>;
}

const OPTION_KEYS = [
  'ignoreClasses',
  'wrapperFactories',
  'proxyMakers',
  'typeGuards',
  'unwrapMembers',
  'assumeExportsOpen',
  'assumeWrappable',
] as const satisfies readonly (keyof RuleOptions & keyof AnalysisOptions)[];
