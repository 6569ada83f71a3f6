import { noInstanceofWrapped } from '../../src/rules/no-instanceof-wrapped.js';
import { createRuleTester } from './rule-tester.js';

const TARGET = `
interface Target { readonly reference: string; push(blob: string): void }
class Repository implements Target { readonly #token = 'secret';
  constructor(readonly reference: string) {}
  push(blob: string): void {}
}
`;

const PROGRESS = `
class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
`;

createRuleTester().run('no-instanceof-wrapped', noInstanceofWrapped, {
  valid: [
    {
      name: 'no wrapper of the type in the program',
      code: `${TARGET}
export function hint(target: Target) { return target instanceof Repository; }`,
    },
    {
      name: 'the value is already typed as the class',
      code: `${TARGET}${PROGRESS}
export function hint(target: Repository) { return target instanceof Repository; }`,
    },
    {
      name: 'a union of classes none of which is wrapped',
      code: `${TARGET}${PROGRESS}
class Mirror { readonly url = ''; }
export function hint(target: Repository | Mirror) { return target instanceof Repository; }`,
    },
    {
      name: 'testing for the wrapper class peels it',
      code: `${TARGET}${PROGRESS}
export function peel(target: Target) { return target instanceof ProgressTarget; }`,
    },
    {
      name: 'a check after the unwrap loop of the same value',
      code: `${TARGET}
class Layer implements Target {
  constructor(readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
export function hint(target: Target) {
  let current = target;
  while (current instanceof Layer) current = current.inner;
  return current instanceof Repository;
}`,
    },
    {
      name: 'a subclass that wraps is still an instance of the class',
      code: `${TARGET}
class LoggingRepository extends Repository {
  constructor(private readonly inner: Repository) { super(inner.reference); }
  override push(blob: string): void { this.inner.push(blob); }
}
export function hint(target: Target) { return target instanceof Repository; }`,
    },
    {
      name: 'a proxy around the real object keeps instanceof true',
      code: `${TARGET}
function hint(target: Target) { return target instanceof Repository; }
hint(new Proxy(new Repository('r'), {}));`,
    },
    {
      name: 'only concrete instances reach a function that is not exported',
      code: `${TARGET}${PROGRESS}
function hint(target: Target) { return target instanceof Repository; }
hint(new Repository('registry/app'));`,
    },
    {
      name: 'a class that keeps a neighbour without forwarding to it is no wrapper',
      code: `${TARGET}
class Mirror implements Target {
  constructor(readonly upstream: Target, readonly reference: string) {}
  push(blob: string): void { console.log(blob, this.upstream.reference.length); }
}
export function hint(target: Target) { return target instanceof Repository; }`,
    },
    {
      name: 'a function that returns its argument unchanged is no wrapper',
      code: `${TARGET}
function same(target: Target): Target { return target; }
function hint(target: Target) { return target instanceof Repository; }
hint(same(new Repository('r')));`,
    },
    {
      name: 'ignoreClasses names the class with where it is declared',
      code: `${TARGET}${PROGRESS}
export function hint(target: Target) { return target instanceof Repository; }`,
      options: [{ ignoreClasses: [{ from: 'file', name: 'Repository' }] }],
    },
    {
      name: 'a value read through the unwrap protocol counts as unwrapped',
      code: `${TARGET}
class Layer implements Target {
  constructor(private readonly inner: Target) {}
  unwrap(): Target { return this.inner; }
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
function hint(target: Layer) { const real = target.unwrap(); return real instanceof Repository; }
hint(new Layer(new Repository('r')));`,
      options: [{ unwrapMembers: ['unwrap'] }],
    },
  ],
  invalid: [
    {
      name: 'an exported function whose callers are outside the program',
      code: `${TARGET}${PROGRESS}
export function hint(target: Target) { return target instanceof Repository; }`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:8',
          },
          line: 14,
          column: 47,
          endLine: 14,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'the wrapper is made and passed in the same file',
      code: `${TARGET}${PROGRESS}
function hint(target: Target) { if (target instanceof Repository) console.log('push'); }
const repository = new Repository('registry/app');
hint(process.stdout.isTTY ? new ProgressTarget(repository) : repository);`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:16',
          },
          line: 14,
          column: 37,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'a structural wrapper with no implements clause',
      code: `${TARGET}
class Timed {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { const start = Date.now(); this.inner.push(blob); console.log(Date.now() - start); }
}
export function hint(target: Target) { return target instanceof Repository; }`,
      errors: [{ messageId: 'wrappedInstanceof', line: 13, column: 47 }],
    },
    {
      name: 'a value typed unknown is matched through the interfaces the class implements',
      code: `${TARGET}${PROGRESS}
export function isRepository(value: unknown) { return value instanceof Repository; }`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'value instanceof Repository',
            subject: 'value',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:8',
          },
          line: 14,
          column: 55,
        },
      ],
    },
    {
      name: 'a generic wrapper bounded by the interface',
      code: `${TARGET}
class Traced<T extends Target> implements Target {
  constructor(readonly inner: T) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
export function hint(target: Target) { return target instanceof Repository; }`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a Traced',
            where: 'declared in file.ts:8',
          },
          line: 13,
          column: 47,
        },
      ],
    },
    {
      name: 'a factory that returns an object literal forwarding to its argument',
      code: `${TARGET}
function logged(target: Target): Target {
  return { reference: target.reference, push: (blob) => target.push(blob) };
}
function hint(target: Target) { return target instanceof Repository; }
hint(logged(new Repository('r')));`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'the object logged() returns',
            where: 'made in file.ts:12',
          },
          line: 11,
          column: 40,
        },
      ],
    },
    {
      name: 'a wrapper assigned to a variable inside an if',
      code: `${TARGET}${PROGRESS}
function hint(target: Target) { return target instanceof Repository; }
export function run(verbose: boolean) {
  let target: Target = new Repository('r');
  if (verbose) target = new ProgressTarget(target);
  return hint(target);
}`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:17',
          },
          line: 14,
        },
      ],
    },
    {
      name: 'a wrapper returned by a helper and awaited',
      code: `${TARGET}${PROGRESS}
async function open(reference: string): Promise<Target> { return new ProgressTarget(new Repository(reference)); }
function hint(target: Target) { return target instanceof Repository; }
export async function run() { hint(await open('r')); }`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:14',
          },
          line: 15,
        },
      ],
    },
  ],
});
