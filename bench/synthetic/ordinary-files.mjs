// @ts-check

/**
 * The ordinary code of a synthetic package: utilities, models, services and handlers that import
 * and call each other (and the utilities of an earlier package), with `instanceof` checks that no
 * wrapper can fool, so the analysis looks at them and must report nothing.
 */

/**
 * @typedef {import('./package-names.mjs').PackageNames} PackageNames
 * @typedef {import('./random.mjs').Random} Random
 * @typedef {import('./pitfall-files.mjs').GeneratedFile} GeneratedFile
 */

/** Files 0, 4, 8… are utilities; then a model, a service and a handler that build on them. */
const KINDS = ['util', 'model', 'service', 'handler'];

/**
 * @param {PackageNames} pkg
 * @param {number} count how many ordinary files the package gets
 * @param {PackageNames | undefined} upstream an earlier package whose utilities this one calls
 * @param {Random} random
 * @returns {GeneratedFile[]}
 */
export function ordinaryFiles(pkg, count, upstream, random) {
  const files = [];
  for (let m = 0; m < count; m++) {
    const kind = KINDS[m % KINDS.length];
    const text =
      kind === 'util'
        ? utilFile(pkg, m, upstream, random)
        : kind === 'model'
          ? modelFile(pkg, m)
          : kind === 'service'
            ? serviceFile(pkg, m)
            : handlerFile(pkg, m);
    files.push({ path: `${pkg.folder}/${kind}-${m}.ts`, text });
  }

  return files;
}

/**
 * @param {string} type
 * @param {number} m
 */
const utilSuffix = (type, m) => `${type}U${m}`;

/**
 * Three functions every utility exports, for its dependents, and a few more drawn at random.
 *
 * @param {PackageNames} pkg
 * @param {number} m
 * @param {PackageNames | undefined} upstream
 * @param {Random} random
 */
function utilFile({ type, folder }, m, upstream, random) {
  const own = utilSuffix(type, m);
  const imports = [];
  const uses = [];
  if (m >= KINDS.length) {
    const previous = utilSuffix(type, m - KINDS.length);
    imports.push(
      `import { clamp${previous}, mean${previous} } from './util-${m - KINDS.length}.js';`,
    );
    uses.push(`clamp${previous}(mean${previous}(values), 0, LIMIT)`);
  }

  if (upstream && upstream.folder !== folder) {
    const remote = utilSuffix(upstream.type, m);
    imports.push(`import { slug${remote} } from '../${upstream.folder}/util-${m}.js';`);
    uses.push(`slug${remote}(label).length`);
  }

  const extras = [];
  const pool = [...EXTRAS];
  const extraCount = random.int(1, 3);
  for (let i = 0; i < extraCount; i++) {
    const [extra] = pool.splice(random.int(0, pool.length - 1), 1);
    if (extra) extras.push(extra(own));
  }

  const score = uses.length > 0 ? uses.join(' + ') : 'values.length + label.length';
  return `${imports.join('\n')}${imports.length > 0 ? '\n\n' : ''}const LIMIT = ${random.int(10, 9999)};
const SEPARATOR = '${random.pick(['-', '_', '.'])}';

/** Keeps \`value\` within [min, max]. */
export function clamp${own}(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A lower-case, separated form of \`text\`, for keys and file names. */
export function slug${own}(text: string): string {
  return normalize(text)
    .replace(/[^a-z0-9]+/g, SEPARATOR)
    .replace(/^[-_.]+|[-_.]+$/g, '');
}

/** The arithmetic mean, 0 for no values. */
export function mean${own}(values: readonly number[]): number {
  if (values.length === 0) return 0;

  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}

/** A rough score of a labelled series, for sorting. */
export function score${own}(values: readonly number[], label: string): number {
  return ${score};
}

function normalize(text: string): string {
  return text.trim().toLowerCase();
}
${extras.join('')}`;
}

/** @type {((suffix: string) => string)[]} */
const EXTRAS = [
  (suffix) => `
/** Splits \`items\` into lists of at most \`size\`. */
export function chunk${suffix}<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }

  return chunks;
}
`,
  (suffix) => `
/** The items by the key each one yields, in their first order. */
export function groupBy${suffix}<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }

  return groups;
}
`,
  (suffix) => `
/** Runs \`attempt\` until it succeeds or \`times\` runs failed with a range error. */
export async function retry${suffix}<T>(times: number, attempt: () => Promise<T>): Promise<T> {
  let last: unknown;
  for (let run = 0; run < times; run++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      last = error;
    }
  }

  throw last;
}
`,
  (suffix) => `
/** Milliseconds in a duration such as \`15s\`, \`2m\` or \`1h\`; undefined if unreadable. */
export function parseDuration${suffix}(text: string): number | undefined {
  const match = /^(\\d+)(ms|s|m|h)$/.exec(text.trim());
  if (!match) return undefined;

  const amount = Number(match[1]);
  switch (match[2]) {
    case 'ms':
      return amount;
    case 's':
      return amount * 1000;
    case 'm':
      return amount * 60_000;
    default:
      return amount * 3_600_000;
  }
}
`,
  (suffix) => `
/** Remembers what \`compute\` answered for each key. */
export function memoize${suffix}<R>(compute: (key: string) => R): (key: string) => R {
  const answers = new Map<string, R>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return known;

    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
`,
  (suffix) => `
/** Fills \`{name}\` placeholders from \`values\`, leaving unknown ones as they are. */
export function interpolate${suffix}(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\\{(\\w+)\\}/g, (whole: string, name: string) => values[name] ?? whole);
}
`,
];

/**
 * @param {PackageNames} pkg
 * @param {number} m
 */
function modelFile({ type }, m) {
  const util = utilSuffix(type, m - 1);
  return `import { slug${util} } from './util-${m - 1}.js';

export type ${type}Status${m} = 'open' | 'held' | 'closed' | 'void';

/** A record as the ${type.toLowerCase()} store keeps it. */
export interface ${type}Record${m} {
  readonly id: string;
  status: ${type}Status${m};
  readonly createdAt: number;
  amount: number;
  notes?: string;
}

/** Issued when a record is settled. */
export class ${type}Receipt${m} {
  constructor(
    readonly id: string,
    readonly total: number,
    readonly issuedAt: number,
  ) {}

  describe(): string {
    return \`\${this.id}: \${this.total.toFixed(2)}\`;
  }
}

/** Issued when a settled record is given back. */
export class ${type}Refund${m} {
  constructor(
    readonly id: string,
    readonly reason: string,
  ) {}

  describe(): string {
    return \`\${this.id} refunded: \${this.reason}\`;
  }
}

export type ${type}Document${m} = ${type}Receipt${m} | ${type}Refund${m};

/** What a document adds to the books: a refund adds nothing. */
export function totalOf${type}${m}(document: ${type}Document${m}): number {
  if (document instanceof ${type}Receipt${m}) {
    return document.total;
  }

  return 0;
}

export function isSettled${type}${m}(record: ${type}Record${m}): boolean {
  return record.status === 'closed' && record.amount > 0;
}

export function label${type}${m}(record: ${type}Record${m}): string {
  return slug${util}(\`\${record.id} \${record.status}\`);
}

/** The record after \`event\`; events that do not apply leave it as it is. */
export function transition${type}${m}(
  record: ${type}Record${m},
  event: 'hold' | 'settle' | 'cancel',
): ${type}Record${m} {
  switch (event) {
    case 'hold':
      return record.status === 'open' ? { ...record, status: 'held' } : record;
    case 'settle':
      return record.status === 'void' ? record : { ...record, status: 'closed' };
    case 'cancel':
      return { ...record, status: 'void', amount: 0 };
  }
}
`;
}

/**
 * @param {PackageNames} pkg
 * @param {number} m
 */
function serviceFile({ type }, m) {
  const util = utilSuffix(type, m - 2);
  return `import type { ${type}Source } from './contracts.js';
import type { ${type}Record${m - 1} } from './model-${m - 1}.js';
import { clamp${util}, mean${util} } from './util-${m - 2}.js';

/** Adds up the amounts a source yields, per id. */
export class ${type}Tally${m} {
  readonly #totals = new Map<string, number>();

  constructor(
    private readonly source: ${type}Source,
    private readonly limit: number,
  ) {}

  get size(): number {
    return this.source.size;
  }

  /** Reads at most \`limit\` entries; returns how many it read. */
  collect(): number {
    let seen = 0;
    let entry = this.source.read();
    while (entry !== undefined && seen < this.limit) {
      this.#totals.set(entry.id, (this.#totals.get(entry.id) ?? 0) + entry.amount);
      seen++;
      entry = seen < this.limit ? this.source.read() : undefined;
    }

    return seen;
  }

  total(id: string): number {
    return clamp${util}(this.#totals.get(id) ?? 0, 0, Number.MAX_SAFE_INTEGER);
  }

  average(): number {
    return mean${util}([...this.#totals.values()]);
  }

  toRecords(now: number): ${type}Record${m - 1}[] {
    return [...this.#totals].map(([id, amount]) => ({ id, amount, createdAt: now, status: 'open' }));
  }
}

/** A tally that has already read its source. */
export function tally${type}${m}(source: ${type}Source, limit: number): ${type}Tally${m} {
  const tally = new ${type}Tally${m}(source, limit);
  tally.collect();
  return tally;
}
`;
}

/**
 * @param {PackageNames} pkg
 * @param {number} m
 */
function handlerFile({ type }, m) {
  const model = m - 2;
  return `import type { ${type}Source } from './contracts.js';
import { ${type}Receipt${model}, totalOf${type}${model} } from './model-${model}.js';
import type { ${type}Document${model} } from './model-${model}.js';
import { ${type}Tally${m - 1} } from './service-${m - 1}.js';

export type ${type}Command${m} =
  | { readonly type: 'add'; readonly id: string; readonly amount: number }
  | { readonly type: 'remove'; readonly id: string }
  | { readonly type: 'reset' };

/** Applies a command to the totals; returns how many ids remain. */
export function apply${type}${m}(state: Map<string, number>, command: ${type}Command${m}): number {
  switch (command.type) {
    case 'add':
      state.set(command.id, (state.get(command.id) ?? 0) + command.amount);
      break;
    case 'remove':
      state.delete(command.id);
      break;
    case 'reset':
      state.clear();
      break;
  }

  return state.size;
}

/** The command a JSON text holds, or undefined when it is not JSON. */
export function parse${type}${m}(text: string): ${type}Command${m} | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'type' in value) {
      return value as ${type}Command${m};
    }

    return undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** The total of a value that may be a receipt; -1 tells the caller it was not one. */
export function receiptTotal${type}${m}(value: unknown): number {
  if (value instanceof ${type}Receipt${model}) {
    return value.total;
  }

  return -1;
}

export function summarize${type}${m}(
  source: ${type}Source,
  documents: readonly ${type}Document${model}[],
): string {
  const tally = new ${type}Tally${m - 1}(source, documents.length);
  const counted = tally.collect();
  let total = 0;
  for (const document of documents) total += totalOf${type}${model}(document);
  return \`\${counted} entries, \${total.toFixed(2)} in documents\`;
}
`;
}
