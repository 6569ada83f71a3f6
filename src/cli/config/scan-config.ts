import { PLUGIN_NAMESPACE, RULE_NAMES } from '../../core/index.js';
import type { AnalysisOptions, RuleName } from '../../core/index.js';
import type { Severity } from '../../report/scan-report.js';
import { ruleOptionsSchema } from '../../rules/rule-options.js';
import { UsageError } from '../usage-error.js';
import { findConfig } from './find-config.js';
import type { RawConfig } from './find-config.js';
import { schemaProblem } from './json-schema-check.js';

/** What the configuration sets for one rule, as an ESLint rule entry does. */
export interface RuleSetting {
  readonly severity: Severity | 'off';
  /** The rule's own options, over the shared ones. */
  readonly options: Readonly<Record<string, unknown>>;
}

/** The settled configuration of a scan. */
export interface ScanConfig {
  /** The file it was read from; undefined when the scan found none. */
  readonly file: string | undefined;
  /** The folder `ignores` are relative to. */
  readonly folder: string;
  /** Options of every rule, as `settings['wrapper-pitfalls']` gives them to the ESLint rules. */
  readonly sharedOptions: Readonly<Record<string, unknown>>;
  readonly rules: ReadonlyMap<RuleName, RuleSetting>;
  /** Files never reported, as globs relative to `folder`. */
  readonly ignores: readonly string[];
}

/** Keys only the CLI reads; every other key is a rule option, checked by the rules' own schema. */
const CLI_KEYS = new Set(['$schema', 'rules', 'ignores']);

const SEVERITIES = ['off', 'warn', 'error', 0, 1, 2];

const severitySchema = { enum: SEVERITIES };

const ruleEntrySchema = {
  oneOf: [
    severitySchema,
    {
      type: 'array',
      minItems: 1,
      items: [severitySchema, { type: 'object' }],
      additionalItems: false,
    },
  ],
};

const cliSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    rules: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        RULE_NAMES.flatMap((rule) => [
          [rule, ruleEntrySchema],
          [`${PLUGIN_NAMESPACE}/${rule}`, ruleEntrySchema],
        ]),
      ),
    },
    ignores: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};

/** The schema every ESLint rule of the plugin validates its options with. */
const optionsSchema: object = ruleOptionsSchema[0] ?? {};

/**
 * Finds, reads and checks the configuration: rule options against the very schema the ESLint
 * rules use (so a key added there is accepted here as it is), severities as ESLint writes them.
 */
export function loadScanConfig(
  explicit: string | undefined,
  cwd: string,
  start: string,
): ScanConfig {
  const raw = findConfig(explicit, cwd, start);
  if (!raw) return defaultConfig(start);

  return settle(raw);
}

function settle(raw: RawConfig): ScanConfig {
  const { value, file } = raw;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`invalid config ${file}: it must be a JSON object`);
  }

  const entries = Object.entries(value as Record<string, unknown>);
  const cliPart = Object.fromEntries(entries.filter(([key]) => CLI_KEYS.has(key)));
  const sharedOptions = Object.fromEntries(entries.filter(([key]) => !CLI_KEYS.has(key)));
  const problem = schemaProblem(cliSchema, cliPart) ?? schemaProblem(optionsSchema, sharedOptions);
  if (problem) throw new UsageError(`invalid config ${file}: ${problem}`);

  const rules = ruleSettings(cliPart['rules'] as Record<string, unknown> | undefined, file);
  const ignores = (cliPart['ignores'] as string[] | undefined) ?? [];
  return { file, folder: raw.folder, sharedOptions, rules, ignores };
}

function ruleSettings(
  entries: Record<string, unknown> = {},
  file: string,
): Map<RuleName, RuleSetting> {
  const settings = new Map<RuleName, RuleSetting>();
  for (const rule of RULE_NAMES) {
    const long = `${PLUGIN_NAMESPACE}/${rule}`;
    if (Object.hasOwn(entries, rule) && Object.hasOwn(entries, long)) {
      throw new UsageError(
        `invalid config ${file}: rules sets ${rule} twice, as "${rule}" and "${long}"`,
      );
    }

    const entry = entries[rule] ?? entries[long];
    if (entry === undefined) {
      settings.set(rule, { severity: 'error', options: {} });
      continue;
    }

    const [level, options = {}] = Array.isArray(entry) ? entry : [entry];
    const problem = schemaProblem(optionsSchema, options);
    if (problem) throw new UsageError(`invalid config ${file}: options of ${rule}: ${problem}`);

    settings.set(rule, {
      severity: severityOf(level),
      options: options as Record<string, unknown>,
    });
  }

  return settings;
}

function severityOf(level: unknown): Severity | 'off' {
  if (level === 'off' || level === 0) return 'off';
  if (level === 'warn' || level === 1) return 'warning';
  return 'error';
}

function defaultConfig(folder: string): ScanConfig {
  const rules = new Map<RuleName, RuleSetting>(
    RULE_NAMES.map((rule) => [rule, { severity: 'error', options: {} }]),
  );
  return { file: undefined, folder, sharedOptions: {}, rules, ignores: [] };
}

/** The analysis options of one rule: the shared options, then the rule's own over them. */
export function analysisOptionsFor(config: ScanConfig, rule: RuleName): Partial<AnalysisOptions> {
  return {
    ...config.sharedOptions,
    ...config.rules.get(rule)?.options,
  } as Partial<AnalysisOptions>;
}
