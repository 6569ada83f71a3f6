import fs from 'node:fs';
import path from 'node:path';

/** The classes every odd input shares: a target, its concrete class, and a decorator of it. */
export const TARGETS = `export interface Target { readonly reference: string; push(blob: string): void }
export class Repository implements Target {
  constructor(readonly reference: string) {}
  push(blob: string): void {}
}
export class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
`;

/** A check that a wrapper made in the file reaches, with the gate it closes: two findings. */
export const CHECK = `export function hint(target: Target): void {
  if (target instanceof Repository) target.push('hint');
}
hint(new ProgressTarget(new Repository('r')));
`;

/** The same on one line, without a gate: one finding, at `target instanceof Repository`. */
export const CHECK_ON_ONE_LINE =
  'export function hint(target: Target) { return target instanceof Repository; } ' +
  "hint(new ProgressTarget(new Repository('r')));\n";

const repeat = (text: string, times: number) => text.repeat(times);

/** Odd inputs that every TypeScript project setting accepts, by file name. */
function sharedInputs(): Record<string, string | Buffer> {
  return {
    'empty.ts': '',
    'only-bom.ts': Buffer.from([0xef, 0xbb, 0xbf]),
    'comments-only.ts': '// nothing but comments\n/* and more */\n',
    'syntax-error.ts': `${TARGETS}export function broken(target: {) {\n  return target instanceof Repository;\n}\n`,
    'unterminated.ts': 'export const text = `never closed ${1 + \n',
    'garbage.ts': '@@ ## }}} ((( instanceof instanceof new new => => ;;; \u0000\n',
    'deep-parens.ts': `${TARGETS}export const value = ${repeat('(', 400)}new Repository('r')${repeat(')', 400)};\n${CHECK}`,
    'deep-binary.ts':
      `${TARGETS}export const text = ${Array.from({ length: 20000 }, (_, i) => `'${i}'`).join(' + ')};\n` +
      `export function total() { return ${Array.from({ length: 5000 }, () => '1').join(' + ')}; }\n${CHECK}`,
    'deep-conditions.ts': `${TARGETS}export function hint(target: Target, other: unknown) {\n  if (${repeat('target instanceof Repository && (other instanceof Repository || ', 150)}true${repeat(')', 150)}) target.push('x');\n}\n`,
    'deep-ternary.ts': `${TARGETS}declare const flag: boolean;\nexport function pick(inner: Target): Target {\n  return ${repeat('flag ? new ProgressTarget(inner) : ', 300)}inner;\n}\nexport function run(target: Target) { if (pick(target) instanceof Repository) target.push('x'); }\n`,
    'deep-blocks.ts': `${TARGETS}export function hint(target: Target) ${repeat('{ ', 400)}if (target instanceof Repository) target.push('x');${repeat(' }', 400)}\n`,
    'deep-arrows.ts': `${TARGETS}export const make = ${repeat('(target: Target) => ', 300)}target instanceof Repository;\n`,
    'deep-calls.ts': `${TARGETS}declare function same<T>(value: T): T;\nexport function hint(target: Target) { return ${repeat('same(', 200)}target${repeat(')', 200)} instanceof Repository; }\n`,
    'long-line.ts': `${TARGETS}export const numbers = [${Array.from({ length: 150000 }, (_, i) => i).join(',')}]; ${CHECK_ON_ONE_LINE}`,
    'any-everywhere.ts': `${TARGETS}
declare const anything: any;
export class AnyBox { constructor(private readonly inner: any) {} push(blob: any): any { return this.inner.push(blob); } }
export function wrapAny(value: any): any { return { ...value, extra: anything }; }
export function hintAny(target: any): void {
  if (target instanceof Repository) target.push('x');
  if ((target as any) instanceof (anything as any)) target.push('y');
  if (anything instanceof anything) anything();
  const proxy = new (Proxy as any)(target, {});
  if (proxy instanceof Repository) proxy.push('z');
}
${CHECK}`,
    'circular-types.ts': `${TARGETS}
type Alias = Other; type Other = Alias;
type Tree = Tree[];
interface Loop extends Loop { self: Loop }
export class Self extends Self {}
export class Ping extends Pong {} export class Pong extends Ping {}
export class Wrapper implements Wrapper { constructor(private readonly inner: Wrapper) {} }
export function check(value: Alias | Tree | Loop | Self | Ping): boolean {
  return value instanceof Self || value instanceof Ping || value instanceof Pong || value instanceof Wrapper;
}
${CHECK}`,
    'odd-instanceof.ts': `${TARGETS}
const Local = class implements Target { constructor(readonly reference: string) {} push(): void {} };
namespace Space { export class Inner {} }
declare const choose: boolean;
declare const missingThing: never;
export function check(value: unknown, fn: () => void, target: Target) {
  return [
    value instanceof fn, value instanceof Space.Inner, value instanceof (choose ? Repository : Local),
    value instanceof Symbol, value instanceof globalThis.Map, value instanceof missingThing,
    value instanceof Local, value instanceof (Repository), target instanceof Local,
  ];
}
export class Holder { kind = Repository; test(value: unknown) { return value instanceof this.kind; } }
${CHECK}`,
    'odd-proxies.ts': `${TARGETS}
declare const args: [Target, ProxyHandler<Target>];
export const noArgs = new (Proxy as any)();
export const spread = new Proxy(...args);
export const standIn = new Proxy({} as Target, { get: () => () => undefined });
export const real = new Proxy(new Repository('r'), { getPrototypeOf: () => null });
namespace Shadow { export class Proxy { constructor(readonly target: unknown) {} } export const fake = new Proxy(1); }
export function hint(target: Target = standIn) { if (target instanceof Repository) target.push('x'); }
hint(real); hint(standIn); hint(spread);
`,
    'odd-wrappers.ts': `${TARGETS}
export class Overloaded implements Target {
  constructor(inner: Target);
  constructor(inner: Target, label: string);
  constructor(private readonly inner: Target, readonly label = '') {}
  get reference() { return this.inner.reference; }
  push(blob: string) { this.inner.push(blob); }
}
export const Anonymous = class implements Target {
  #inner: Target;
  constructor(inner: Target) { this.#inner = inner; }
  get reference() { return this.#inner.reference; }
  ['push'](blob: string) { this.#inner.push(blob); }
  static [Symbol.hasInstance](value: unknown) { return value !== null; }
};
export default class implements Target {
  constructor(private inner: Target) {}
  get reference() { return this.inner.reference; }
  set reference(value: string) {}
  push(blob: string) { return this.inner.push(blob); }
  [key: string]: unknown;
}
export abstract class Layer<T extends Target> implements Target {
  protected constructor(protected readonly inner: T) {}
  abstract get reference(): string;
  push(blob: string) { this.inner.push(blob); }
}
export function wrap<T extends Target>(inner: T): Target { return { ...inner, push: (blob) => inner.push(blob) }; }
export function alsoWrap(inner: Target) { return { reference: inner.reference, push: inner.push }; }
export function hint(target: Target) { if (target instanceof Repository) target.push('x'); }
hint(new Overloaded(new Repository('a'))); hint(new Anonymous(new Repository('b'))); hint(wrap(new Repository('c')));
`,
    'odd-flows.ts': `${TARGETS}
export function ping(target: Target, n: number): Target { return n > 0 ? pong(target, n - 1) : target; }
export function pong(target: Target, n: number): Target { return ping(n % 2 ? new ProgressTarget(target) : target, n); }
export function self(): typeof self { return self; }
export function check(target: Target) { return target instanceof Repository; }
let moving: Target = new Repository('start');
${Array.from({ length: 120 }, (_, i) => `moving = ${i % 2 ? 'new ProgressTarget(moving)' : `new Repository('${i}')`};`).join('\n')}
check(moving); check(ping(new Repository('r'), 3));
export function rest(...targets: Target[]) { return targets[0] instanceof Repository; }
rest(...[new ProgressTarget(new Repository('s'))]);
export function defaults(target: Target = new ProgressTarget(new Repository('d'))) { return target instanceof Repository; }
defaults();
export function destructured({ target }: { target: Target }) { return target instanceof Repository; }
destructured({ target: new ProgressTarget(new Repository('e')) });
const maybe: ((target: Target) => boolean) | undefined = check;
maybe?.(new ProgressTarget(new Repository('f')));
check.call(undefined, new ProgressTarget(new Repository('g')));
[new ProgressTarget(new Repository('h'))].forEach((target) => target instanceof Repository);
export async function later(target: Promise<Target>) { return (await target) instanceof Repository; }
later(Promise.resolve(new ProgressTarget(new Repository('i'))));
export function* gen(target: Target) { yield target instanceof Repository; }
(function iife(target: Target) { return target instanceof Repository; })(new ProgressTarget(new Repository('j')));
export function tagged(strings: TemplateStringsArray, target: Target) { return target instanceof Repository; }
tagged\`x\${new ProgressTarget(new Repository('k'))}\`;
export function legacy() { return arguments[0] instanceof Repository; }
`,
    'odd-gates.ts': `${TARGETS}
declare const target: Target;
if (!(target instanceof Repository)) {}
if (target instanceof Repository);
outer: for (const item of [target]) {
  if (!(item instanceof Repository)) continue outer;
  item.push('x');
}
switch (target instanceof Repository) { case true: target.push('y'); case false: break; }
export function early(value: Target) { if (!(value instanceof Repository)) return; value.push('z'); }
export function fallback(value: Target) { if (value instanceof Repository) return value.reference; return ''; }
export function nothing(value: Target) { if (value instanceof Repository) { } }
try { if (target instanceof Repository) throw target; } catch { } finally { }
${CHECK}`,
    'unicode.ts': `${TARGETS}const text = '𝒳𝒴 é\u0301 😀'; ${CHECK_ON_ONE_LINE}`,
    'crlf.ts': `${TARGETS}${CHECK}`.replace(/\n/g, '\r\n'),
    'cr-only.ts': `${TARGETS}${CHECK}`.replace(/\n/g, '\r'),
    'shebang.ts': `#!/usr/bin/env node\n${TARGETS}${CHECK}`,
    'bom.ts': Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(CHECK_ON_ONE_LINE + TARGETS),
    ]),
    'utf16le.ts': Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(CHECK_ON_ONE_LINE + TARGETS, 'utf16le'),
    ]),
    'latin1.ts': Buffer.concat([
      Buffer.from(`${TARGETS}// caf`),
      Buffer.from([0xe9]),
      Buffer.from(`\n${CHECK}`),
    ]),
    'component.tsx': `${TARGETS}declare namespace JSX { interface IntrinsicElements { [name: string]: unknown } }
export function View({ target }: { target: Target }) {
  return <div title={target.reference}>{target instanceof Repository ? <b>repo</b> : <i>other</i>}</div>;
}
${CHECK}`,
    'checked.js': `// @ts-check
/** @typedef {{ reference: string, push(blob: string): void }} Target */
export class Repository { /** @param {string} reference */ constructor(reference) { this.reference = reference; } /** @param {string} blob */ push(blob) {} }
export class ProgressTarget {
  /** @param {Target} inner */ constructor(inner) { this.inner = inner; }
  get reference() { return this.inner.reference; }
  /** @param {string} blob */ push(blob) { this.inner.push(blob); }
}
/** @param {Target} target */
export function hint(target) { if (target instanceof Repository) target.push('x'); }
hint(new ProgressTarget(new Repository('js')));
`,
    'common.cjs': `const { Repository } = require('./checked.js');
module.exports = function hint(target) { return target instanceof Repository; };
module.exports.self = module.exports;
exports.other = (value) => value instanceof Object;
`,
    'decorators-standard.ts': `${TARGETS}
function logged<T extends abstract new (...args: any[]) => object>(value: T, context: ClassDecoratorContext) { return value; }
function bound(method: (...args: any[]) => unknown, context: ClassMethodDecoratorContext) { return method; }
function tracked(target: ClassAccessorDecoratorTarget<unknown, unknown>, context: ClassAccessorDecoratorContext) { return target; }
const factory = (label: string) => (value: unknown, context: DecoratorContext) => undefined;
@logged
export class Decorated implements Target {
  @tracked accessor count = 0;
  constructor(private readonly inner: Target) {}
  @bound get reference() { return this.inner.reference; }
  @bound @factory('push') push(blob: string) { this.inner.push(blob); }
}
${CHECK}hint(new Decorated(new Repository('d')));
`,
    'modern-syntax.ts': `${TARGETS}
declare function resource(): Disposable;
export function modern(target: Target, map: Map<string, Target>) {
  using handle = resource();
  const config = { retries: 1 } satisfies Record<string, number>;
  let cache: Target | undefined;
  cache ??= map.get('a');
  const brand = class { static #secret = 1; static has(value: object) { return #secret in value; } };
  return cache?.reference ?? (target instanceof Repository ? config.retries : brand.has(target));
}
export const identity = <const T,>(value: T) => value;
${CHECK}`,
    'types-only.ts': `${TARGETS}
type Deep<T, N extends unknown[] = []> = N['length'] extends 40 ? T : Deep<{ next: T }, [...N, 0]>;
type Paths<T> = T extends object ? { [K in keyof T & string]: K | \`\${K}.\${Paths<T[K]>}\` }[keyof T & string] : never;
export type Everything = Paths<Deep<Target>>;
export declare function typed<T extends Everything>(value: T): T extends \`next.\${infer R}\` ? R : never;
${CHECK}`,
    'enums-namespaces.ts': `${TARGETS}
export enum Kind { Repo = 'repo', Other = 'other' }
export namespace Kind { export function of(value: Target) { return value instanceof Repository ? Kind.Repo : Kind.Other; } }
declare global { interface Window { target?: Target } }
export declare class Ambient { constructor(inner: Target); push(blob: string): void }
export function fromAmbient(value: Target) { return value instanceof Ambient; }
${CHECK}`,
    'many-parameters.ts': `${TARGETS}
export function wide(${Array.from({ length: 300 }, (_, i) => `p${i}: Target`).join(', ')}) { return p299 instanceof Repository; }
wide(${Array.from({ length: 300 }, (_, i) => (i === 299 ? "new ProgressTarget(new Repository('w'))" : "new Repository('w')")).join(', ')});
`,
    'overloads.ts': `${TARGETS}
export function over(target: Target): boolean;
export function over(target: Target, label: string): boolean;
export function over(target: Target, label?: string): boolean { return target instanceof Repository; }
export declare function bodiless(target: Target): Target;
over(bodiless(new ProgressTarget(new Repository('o'))));
`,
    'ambient.d.ts':
      'declare class Hidden { secret: string }\ndeclare function reveal(value: unknown): value is Hidden;\n',
  };
}

/** Inputs only the legacy `experimentalDecorators` mode accepts. */
function legacyInputs(): Record<string, string> {
  return {
    'decorators-legacy.ts': `${TARGETS}
function inject(token: string) { return (target: object, key: string | symbol | undefined, index: number) => undefined; }
function sealed(constructor: Function) { Object.seal(constructor); }
function prop(target: object, key: string) {}
function method(target: object, key: string, descriptor: PropertyDescriptor) { return descriptor; }
@sealed
export class LegacyDecorated implements Target {
  @prop label = '';
  constructor(@inject('inner') private readonly inner: Target) {}
  get reference() { return this.inner.reference; }
  @method push(blob: string) { this.inner.push(blob); }
}
${CHECK}hint(new LegacyDecorated(new Repository('l')));
`,
  };
}

export interface OddProject {
  readonly name: string;
  readonly folder: string;
  readonly tsconfig: string;
  readonly compilerOptions: Record<string, unknown>;
  /** Every file written, sorted. */
  readonly files: readonly string[];
}

const COMMON_OPTIONS = {
  target: 'es2022',
  module: 'esnext',
  moduleResolution: 'bundler',
  lib: ['es2022', 'esnext.disposable', 'esnext.decorators'],
  types: [],
  strict: true,
  allowJs: true,
  checkJs: true,
  jsx: 'preserve',
  noEmit: true,
  skipLibCheck: true,
};

/**
 * Writes the generated odd inputs as two projects under `folder`: one in the standard decorator
 * mode with JavaScript checked, one with `experimentalDecorators` and decorator metadata.
 */
export function writeOddProjects(folder: string): OddProject[] {
  const projects = [
    { name: 'odd-standard', inputs: sharedInputs(), options: COMMON_OPTIONS },
    {
      name: 'odd-legacy',
      inputs: legacyInputs(),
      options: { ...COMMON_OPTIONS, experimentalDecorators: true, emitDecoratorMetadata: true },
    },
  ];
  return projects.map(({ name, inputs, options }) => {
    const projectFolder = path.join(folder, name);
    fs.rmSync(projectFolder, { recursive: true, force: true });
    fs.mkdirSync(path.join(projectFolder, 'src'), { recursive: true });
    const tsconfig = path.join(projectFolder, 'tsconfig.json');
    fs.writeFileSync(
      tsconfig,
      JSON.stringify({ compilerOptions: options, include: ['src'] }, null, 2),
    );
    const files = Object.entries(inputs).map(([name, content]) => {
      const file = path.join(projectFolder, 'src', name);
      fs.writeFileSync(file, content);
      return file;
    });
    return { name, folder: projectFolder, tsconfig, compilerOptions: options, files: files.sort() };
  });
}
