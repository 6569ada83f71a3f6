import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import { findConcreteChecks } from '../../src/core/checks/find-checks.js';
import { analysisFor } from '../../src/core/index.js';
import type { ProgramAnalysis } from '../../src/core/index.js';
import { mayBeDefeated } from '../../src/core/pitfalls/relevance.js';
import { removeTempProject, TARGETS_MODULE, writtenProgram } from '../helpers/written-project.js';

const folders: string[] = [];
afterAll(() => folders.forEach(removeTempProject));

/** The analysis of `src/main.ts` next to the shared targets module. */
function analyse(main: string): { analysis: ProgramAnalysis; main: ts.SourceFile } {
  const { program, folder, roots } = writtenProgram({
    'src/targets.ts': TARGETS_MODULE,
    'src/main.ts': main,
  });
  folders.push(folder);
  return { analysis: analysisFor(ts, program), main: program.getSourceFile(roots[1]!)! };
}

/** The wrappers `src/main.ts` declares or makes that can reach a check, as `kind name`. */
function liveWrappers(main: string): string[] {
  const { analysis, main: file } = analyse(main);
  return analysis.wrapperIndex.liveWrappers
    .filter((wrapper) => wrapper.declaration.getSourceFile() === file)
    .map((wrapper) => `${wrapper.kind} ${wrapper.name}`);
}

/** Each check of `src/main.ts` of the given kind, with the gate's answer for it. */
function gateAnswers(
  main: string,
  kind: 'capability' | 'identity' | 'private-brand' | 'instanceof',
): string[] {
  const { analysis, main: file } = analyse(main);
  const index = analysis.wrapperIndex;
  return findConcreteChecks(analysis.ctx, file, new Set([kind]), () => true).map(
    (check) =>
      `${check.node.getText()} ${mayBeDefeated(analysis.ctx, index, analysis.tracer, check)}`,
  );
}

describe('the relevance gate', () => {
  it('counts a copy made by a generic helper the program calls', () => {
    expect(
      liveWrappers(`import { Repository } from './targets.js';
function copy<T>(value: T): T { return { ...value }; }
export const copied = copy(new Repository('r'));
`),
    ).toEqual(['prototype-copy copy', 'prototype-copy { ...value }']);
  });

  it('does not count a generic helper nobody in the program calls', () => {
    expect(
      liveWrappers(`export function merge<A, B>(a: A, b: B): A & B { return { ...a, ...b }; }
`),
    ).toEqual([]);
  });

  it('does not count a copy of a type parameter bound to a data interface', () => {
    expect(
      liveWrappers(`interface Options { readonly label?: string }
export class Step<O extends Options> {
  constructor(readonly options: O) {}
  relabel(label: string): Step<O> { return new Step({ ...this.options, label }); }
}
new Step({}).relabel('x');
`),
    ).toEqual([]);
  });

  it('counts a copy of a type parameter bound to a class', () => {
    expect(
      liveWrappers(`import { Repository } from './targets.js';
export class Holder<R extends Repository> {
  constructor(readonly repository: R) {}
  copy(): R { return { ...this.repository }; }
}
new Holder(new Repository('r')).copy();
`),
    ).toEqual(['prototype-copy { ...this.repository }']);
  });

  it('does not count copies of, or delegates to, an object literal shared as a prototype', () => {
    expect(
      liveWrappers(`const Proto = { describe(): string { return 'proto'; } };
const Other: { describe(): string } = { describe: () => 'other' };
export const made = Object.create(Proto);
export const copied = { ...Proto, extra: 1 };
export const delegate = Object.create(Other);
export const proxied = new Proxy(Other, {});
`),
    ).toEqual(['stand-in Proxy']);
  });

  it('lets a method call through only when some class keeps that method on its prototype', () => {
    expect(
      gateAnswers(
        `import { Repository, type Target } from './targets.js';
interface Printer { print(line: string): void }
export function use(printer: Printer, target: Target): void {
  printer.print('copied');
  target.push('blob');
}
use({ print: () => undefined }, { ...new Repository('r') } as Target);
`,
        'capability',
      ),
    ).toEqual(["printer.print('copied') false", "target.push('blob') true"]);
  });

  it('lets a probe through a stand-in only when no trap answers it', () => {
    const stand = (traps: string) => `import type { Target } from './targets.js';
export const fake = new Proxy({} as Target, { ${traps} });
export function probe(target: Target): boolean { return 'push' in target; }
export const probed = probe(fake);
`;

    expect(gateAnswers(stand('has: () => true'), 'capability')).toEqual(["'push' in target false"]);
    expect(gateAnswers(stand('get: () => 1'), 'capability')).toEqual(["'push' in target true"]);
  });

  it('lets a private name read on `this` through only where a proxy or a delegate is made', () => {
    const cache = (made: string) => `import { ProgressTarget, Repository } from './targets.js';
export class Cache {
  #entries = new Map<string, number>();
  size(): number { return this.#entries.size; }
  static sizeOf(cache: Cache): number { return cache.#entries.size; }
}
export const made = ${made};
const asCache = made as unknown as Cache;
export const sizes = [asCache.size(), Cache.sizeOf(asCache)];
`;

    expect(gateAnswers(cache("new ProgressTarget(new Repository('r'))"), 'private-brand')).toEqual([
      'this.#entries false',
      'cache.#entries false',
    ]);
    expect(gateAnswers(cache('new Proxy(new Cache(), {})'), 'private-brand')).toEqual([
      'this.#entries true',
      'cache.#entries true',
    ]);
    expect(gateAnswers(cache('Object.create(new Cache())'), 'private-brand')).toEqual([
      'this.#entries true',
      'cache.#entries true',
    ]);
  });

  it('keeps out wrappers of a same-shaped interface whose entries carry another literal', () => {
    const pipelines = (
      secondKind: string,
    ) => `interface FirstEntry { readonly kind: 'first'; readonly id: string }
interface SecondEntry { readonly kind: ${secondKind}; readonly id: string }
interface FirstSink { write(entry: FirstEntry): void }
interface SecondSink { write(entry: SecondEntry): void }
class FirstFile implements FirstSink { write(entry: FirstEntry): void {} }
class Counting implements SecondSink {
  constructor(private readonly inner: SecondSink) {}
  write(entry: SecondEntry): void { this.inner.write(entry); }
}
export function sync(sink: FirstSink): void { if (sink instanceof FirstFile) sink.write({ kind: 'first', id: '1' }); }
export const counted: SecondSink = new Counting({ write() {} });
`;

    expect(gateAnswers(pipelines("'second'"), 'instanceof')).toEqual([
      'sink instanceof FirstFile false',
    ]);
    expect(gateAnswers(pipelines("'first'"), 'instanceof')).toEqual([
      'sink instanceof FirstFile true',
    ]);
  });

  it('types a lookup by the keys its collection declares, and lets no fresh stand-in through', () => {
    const lookups = (
      made: string,
    ) => `import { ProgressTarget, Repository, type Target } from './targets.js';
export class Ledger { constructor(readonly label: string) {} }
const byTarget = new Map<Target, number>();
const byLedger = new Map<Ledger, number>();
export function count(repository: Repository, ledger: Ledger): number {
  return (byTarget.get(repository) ?? 0) + (byLedger.get(ledger) ?? 0);
}
export const made = ${made};
const progress = new ProgressTarget(new Repository('r')) as unknown as Repository;
export const counted = count(progress, made as Ledger);
`;

    // The program makes a ProgressTarget, which fits the Target keys but not the Ledger ones.
    expect(gateAnswers(lookups('new Proxy({}, { get: () => 1 })'), 'identity')).toEqual([
      'byTarget.get(repository) true',
      'byLedger.get(ledger) false',
    ]);
    expect(gateAnswers(lookups("new Proxy(new Ledger('l'), {})"), 'identity')).toEqual([
      'byTarget.get(repository) true',
      'byLedger.get(ledger) true',
    ]);
  });

  it('lets no stand-in over an object nothing else reads fool an identity check', () => {
    const lookups = (
      target: string,
    ) => `export class Ledger { constructor(readonly label: string) {} }
const byLedger = new Map<Ledger, number>();
export function count(ledger: Ledger): number { return byLedger.get(ledger) ?? 0; }
${target}
export const stand: unknown = new Proxy(target, { get: () => 1 });
export const counted = count(stand as Ledger);
`;

    expect(gateAnswers(lookups('const target = {};'), 'identity')).toEqual([
      'byLedger.get(ledger) false',
    ]);
    expect(gateAnswers(lookups('export const target = {};'), 'identity')).toEqual([
      'byLedger.get(ledger) true',
    ]);
  });

  it('types an object made by Object.create by the prototype it inherits', () => {
    const lookups = (prototype: string) => `import { Repository } from './targets.js';
export class Ledger { constructor(readonly label: string) {} }
const byLedger = new Map<Ledger, number>();
export function count(ledger: Ledger): number { return byLedger.get(ledger) ?? 0; }
export const made = Object.create(${prototype});
export const counted = count(made);
`;

    expect(gateAnswers(lookups("new Repository('r')"), 'identity')).toEqual([
      'byLedger.get(ledger) false',
    ]);
    expect(gateAnswers(lookups("new Ledger('l')"), 'identity')).toEqual([
      'byLedger.get(ledger) true',
    ]);
  });

  it('lets a wrapper made on the spot through only where its values can get to the check', () => {
    const answers = gateAnswers(
      `import type { Target } from './targets.js';
const fake = new Proxy({} as Target, {});
function make(): Target { return fake; }
const holder = { target: make() };
export function viaProperty(): boolean { return 'push' in holder.target; }
export function viaParameter(target: Target): boolean { return 'push' in target; }
export function unrelated(other: Target): boolean { return 'push' in other; }
export class Box {
  constructor(readonly target: Target) {}
  probe(): boolean { return 'push' in this; }
}
export const passed = viaParameter(holder.target);
export const boxed = new Box(fake);
`,
      'capability',
    );

    expect(answers).toEqual([
      "'push' in holder.target true",
      "'push' in target true",
      "'push' in other false",
      "'push' in this false",
    ]);
  });

  it('lets a wrapper through everywhere once its values go where they are not followed', () => {
    const answers = gateAnswers(
      `import type { Target } from './targets.js';
const fakes = [new Proxy({} as Target, {})];
export function unrelated(other: Target): boolean { return 'push' in other; }
export const count = fakes.length;
`,
      'capability',
    );

    expect(answers).toEqual(["'push' in other true"]);
  });

  it('follows what a function of the program makes from each of its calls', () => {
    const answers = gateAnswers(
      `export class Cache {
  #entries = new Map<string, number>();
  static sizeOf(cache: Cache): number { return cache.#entries.size; }
  static countOf(cache: Cache): number { return cache.#entries.size; }
}
function watch(cache: Cache): Cache { return new Proxy(cache, {}); }
const watched = watch(new Cache());
export const size = Cache.sizeOf(watched);
`,
      'private-brand',
    );

    expect(answers).toEqual(['cache.#entries true', 'cache.#entries false']);
  });

  it('lets a class wrapper fool an identity check only where the program brings one to it', () => {
    const answers = gateAnswers(
      `import { ProgressTarget, Repository, type Target } from './targets.js';
const seen = new Set<Target>();
export function visited(target: Target): boolean { return seen.has(target); }
export function same(a: Target, b: Target): boolean { return a === b; }
const wrapped = new ProgressTarget(new Repository('r'));
export const first = visited(wrapped);
`,
      'identity',
    );

    expect(answers).toEqual(['seen.has(target) true', 'a === b false']);
  });

  it('follows a value into a function called through a constant that names it', () => {
    const answers = gateAnswers(
      `import type { Target } from './targets.js';
const fake = new Proxy({} as Target, {});
function probe(target: Target): boolean { return 'push' in target; }
const probeAlias = probe;
export const probed = probeAlias(fake);
export function unrelated(other: Target): boolean { return 'push' in other; }
`,
      'capability',
    );

    expect(answers).toEqual(["'push' in target true", "'push' in other false"]);
  });

  it('follows a value through a private field to where it is read', () => {
    const answers = gateAnswers(
      `import type { Target } from './targets.js';
class Holder {
  readonly #target: Target;
  constructor(target: Target) { this.#target = target; }
  probe(): boolean { const target = this.#target; return 'push' in target; }
}
const fake = new Proxy({} as Target, {});
export const held = new Holder(fake).probe();
export function unrelated(other: Target): boolean { return 'push' in other; }
`,
      'capability',
    );

    expect(answers).toEqual(["'push' in target true", "'push' in other false"]);
  });

  it('lets a copying function fool a method call only where the program brings its copies', () => {
    const answers = gateAnswers(
      `import { Repository, type Target } from './targets.js';
function copyOf(target: Target): Target { return Object.assign({}, target); }
export function run(target: Target): void { target.push('blob'); }
export function other(target: Target): void { target.push('blob'); }
run(copyOf(new Repository('registry/app')));
`,
      'capability',
    );

    expect(answers).toEqual([
      'Object.assign({}, target) false',
      "target.push('blob') true",
      "target.push('blob') false",
    ]);
  });
});
