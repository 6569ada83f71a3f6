import { noInstanceofWrapped } from '../../src/rules/no-instanceof-wrapped.js';
import { createRuleTester } from './rule-tester.js';

// Each case is linted as `file.ts`: PROGRAM fills lines 1-7 (line 1 is empty), and a case that
// starts with PROGRESS has it on lines 8-12.
const PROGRAM = `
interface Target { readonly reference: string; push(blob: string): void }
class Repository implements Target {
  readonly #token = 'secret';
  constructor(readonly reference: string) {}
  push(blob: string): void {}
}`;

const PROGRESS = `class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}`;

createRuleTester().run('no-instanceof-wrapped', noInstanceofWrapped, {
  valid: [
    {
      name: 'no wrapper of the type in the program',
      code: `${PROGRAM}
export function hint(target: Target) { return target instanceof Repository; }`,
    },
    {
      name: 'the value is already typed as the class',
      code: `${PROGRAM}
${PROGRESS}
export function hint(target: Repository) { return target instanceof Repository; }`,
    },
    {
      name: 'a union of classes none of which is wrapped',
      code: `${PROGRAM}
${PROGRESS}
class Mirror { readonly url = ''; }
export function hint(target: Repository | Mirror) { return target instanceof Repository; }`,
    },
    {
      name: 'testing for the wrapper class peels it',
      code: `${PROGRAM}
${PROGRESS}
export function peel(target: Target) { return target instanceof ProgressTarget; }`,
    },
    {
      name: 'a check after the unwrap loop of the same value',
      code: `${PROGRAM}
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
      code: `${PROGRAM}
class LoggingRepository extends Repository {
  constructor(private readonly inner: Repository) { super(inner.reference); }
  override push(blob: string): void { this.inner.push(blob); }
}
export function hint(target: Target) { return target instanceof Repository; }`,
    },
    {
      name: 'a proxy around the real object keeps instanceof true',
      code: `${PROGRAM}
function hint(target: Target) { return target instanceof Repository; }
hint(new Proxy(new Repository('r'), {}));`,
    },
    {
      name: 'an object made by Object.create keeps the prototype chain',
      code: `${PROGRAM}
function hint(target: Target) { return target instanceof Repository; }
hint(Object.create(new Repository('r')) as Target);`,
    },
    {
      name: 'only concrete instances reach a function that is not exported',
      code: `${PROGRAM}
${PROGRESS}
function hint(target: Target) { return target instanceof Repository; }
hint(new Repository('registry/app'));`,
    },
    {
      name: 'a class that keeps a neighbour without forwarding to it is no wrapper',
      code: `${PROGRAM}
class Mirror implements Target {
  constructor(readonly upstream: Target, readonly reference: string) {}
  push(blob: string): void { console.log(blob, this.upstream.reference.length); }
}
export function hint(target: Target) { return target instanceof Repository; }`,
    },
    {
      name: 'a function that returns its argument unchanged is no wrapper',
      code: `${PROGRAM}
function same(target: Target): Target { return target; }
function hint(target: Target) { return target instanceof Repository; }
hint(same(new Repository('r')));`,
    },
    {
      name: 'ignoreClasses names the class with where it is declared',
      code: `${PROGRAM}
${PROGRESS}
export function hint(target: Target) { return target instanceof Repository; }`,
      options: [{"ignoreClasses":[{"from":"file","name":"Repository"}]}],
    },
    {
      name: 'a value read through the unwrap protocol counts as unwrapped',
      code: `${PROGRAM}
class Layer implements Target {
  constructor(private readonly inner: Target) {}
  unwrap(): Target { return this.inner; }
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
function hint(target: Layer) { const real = target.unwrap(); return real instanceof Repository; }
hint(new Layer(new Repository('r')));`,
      options: [{"unwrapMembers":["unwrap"]}],
    },
    {
      name: 'an instance of the same copy of a package passes',
      code: `${PROGRAM}
import { RecordId } from './copies/sdk-b/record-id.js';
function encode(value: unknown) { return value instanceof RecordId ? value.table : String(value); }
encode(new RecordId('users', '1'));`,
    },
    {
      name: 'an exported function the program itself calls with real instances only',
      code: `${PROGRAM}
${PROGRESS}
export function hint(target: Target) { return target instanceof Repository; }
hint(new Repository('registry/app'));`,
    },
  ],
  invalid: [
    {
      name: 'an exported function whose callers are outside the program',
      code: `${PROGRAM}
${PROGRESS}
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
          line: 13,
          column: 47,
          endLine: 13,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'the wrapper is made and passed in the same file',
      code: `${PROGRAM}
${PROGRESS}
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
            where: 'made in file.ts:15',
          },
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'a structural wrapper with no implements clause',
      code: `${PROGRAM}
class Timed {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { const start = Date.now(); this.inner.push(blob); void start; }
}
export function hint(target: Target) { return target instanceof Repository; }`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a Timed',
            where: 'declared in file.ts:8',
          },
          line: 13,
          column: 47,
          endLine: 13,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'a value typed unknown is matched through the interfaces the class implements',
      code: `${PROGRAM}
${PROGRESS}
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
          line: 13,
          column: 55,
          endLine: 13,
          endColumn: 82,
        },
      ],
    },
    {
      name: 'a generic wrapper bounded by the interface',
      code: `${PROGRAM}
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
          endLine: 13,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'a factory that returns an object literal forwarding to its argument',
      code: `${PROGRAM}
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
          endLine: 11,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'a wrapper assigned to a variable inside an if',
      code: `${PROGRAM}
${PROGRESS}
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
            where: 'made in file.ts:16',
          },
          line: 13,
          column: 40,
          endLine: 13,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'a wrapper returned by a helper and awaited',
      code: `${PROGRAM}
${PROGRESS}
async function open(reference: string): Promise<Target> {
  return new ProgressTarget(new Repository(reference));
}
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
          line: 16,
          column: 40,
          endLine: 16,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'a spread copy a function returns keeps the fields but not the class',
      code: `${PROGRAM}
function snapshot(target: Target): Target { return { ...target }; }
function hint(target: Target) { return target instanceof Repository; }
hint(snapshot(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'copiedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'the copy snapshot() makes',
            where: 'made in file.ts:10',
          },
          line: 9,
          column: 40,
          endLine: 9,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'a structuredClone copy passed straight in',
      code: `${PROGRAM}
function hint(target: Target) { return target instanceof Repository; }
hint(structuredClone(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'copiedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a copy made by `structuredClone(new Repository(\'registr…`',
            where: 'made in file.ts:9',
          },
          line: 8,
          column: 40,
          endLine: 8,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'an Object.assign copy held in a variable',
      code: `${PROGRAM}
function hint(target: Target) { return target instanceof Repository; }
const copy: Target = Object.assign({}, new Repository('registry/app'));
hint(copy);`,
      errors: [
        {
          messageId: 'copiedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a copy made by `Object.assign({}, new Repository(\'regis…`',
            where: 'made in file.ts:9',
          },
          line: 8,
          column: 40,
          endLine: 8,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'a JSON round trip',
      code: `${PROGRAM}
function hint(target: Target) { return target instanceof Repository; }
hint(JSON.parse(JSON.stringify(new Repository('registry/app'))) as Target);`,
      errors: [
        {
          messageId: 'copiedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a copy made by `JSON.parse(JSON.stringify(new Repositor…`',
            where: 'made in file.ts:9',
          },
          line: 8,
          column: 40,
          endLine: 8,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'a stand-in proxy a mocking helper returns',
      code: `${PROGRAM}
function mock<T extends object>(): T { return new Proxy({} as T, { get: () => () => undefined }); }
function hint(target: Target) { return target instanceof Repository; }
hint(mock<Target>());`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:8',
          },
          line: 9,
          column: 40,
          endLine: 9,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'a proxy whose handler answers getPrototypeOf',
      code: `${PROGRAM}
function hint(target: Target) { return target instanceof Repository; }
hint(new Proxy(new Repository('r'), { getPrototypeOf: () => Object.prototype }));`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a Proxy',
            where: 'made in file.ts:9',
          },
          line: 8,
          column: 40,
          endLine: 8,
          endColumn: 68,
        },
      ],
    },
    {
      name: 'an instance of another installed copy of the class',
      code: `${PROGRAM}
import { RecordId as RecordIdA } from './copies/sdk-a/record-id.js';
import { RecordId } from './copies/sdk-b/record-id.js';
function encode(value: unknown) { return value instanceof RecordId ? value.table : String(value); }
encode(new RecordIdA('users', '1'));`,
      errors: [
        {
          messageId: 'duplicateInstanceof',
          data: {
            check: 'value instanceof RecordId',
            subject: 'value',
            wrapper: 'a RecordId of the other declaration of the class',
            where: 'made in file.ts:11',
          },
          line: 10,
          column: 42,
          endLine: 10,
          endColumn: 67,
        },
      ],
    },
    {
      name: 'a decorator stored in a field and reassigned',
      code: `${PROGRAM}
${PROGRESS}
class Session { target: Target = new Repository('r'); }
const session = new Session();
session.target = new ProgressTarget(session.target);
export function hint() { return session.target instanceof Repository; }`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'session.target instanceof Repository',
            subject: 'session.target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
          },
          line: 16,
          column: 33,
          endLine: 16,
          endColumn: 69,
        },
      ],
    },
    {
      name: 'a decorator handed to a callback',
      code: `${PROGRAM}
${PROGRESS}
const targets: Target[] = [new ProgressTarget(new Repository('r'))];
export const repositories = targets.filter((target) => target instanceof Repository);`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:13',
          },
          line: 14,
          column: 56,
          endLine: 14,
          endColumn: 84,
        },
      ],
    },
    {
      name: 'a decorator read by destructuring',
      code: `${PROGRAM}
${PROGRESS}
function open() { return { target: new ProgressTarget(new Repository('r')) as Target }; }
export function hint() {
  const { target } = open();
  return target instanceof Repository;
}`,
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:13',
          },
          line: 16,
          column: 10,
          endLine: 16,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'assumeWrappable reports checks on an interface no wrapper in the program implements',
      code: `${PROGRAM}
export function hint(target: Target) { return target instanceof Repository; }`,
      options: [{"assumeWrappable":true}],
      errors: [
        {
          messageId: 'assumedWrapper',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            abstraction: 'Target',
          },
          line: 8,
          column: 47,
          endLine: 8,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'assumeExportsOpen counts outside callers though the program calls the function',
      code: `${PROGRAM}
${PROGRESS}
export function hint(target: Target) { return target instanceof Repository; }
hint(new Repository('registry/app'));`,
      options: [{"assumeExportsOpen":true}],
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:8',
          },
          line: 13,
          column: 47,
          endLine: 13,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'a library function the wrapperFactories option lists',
      code: `${PROGRAM}
${PROGRESS}
declare function withRetry<T extends object>(target: T): T;
function hint(target: Target) { return target instanceof Repository; }
hint(withRetry(new Repository('registry/app')));`,
      options: [{"wrapperFactories":[{"from":"file","name":"withRetry"}]}],
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'the wrapper withRetry() returns',
            where: 'made in file.ts:15',
          },
          line: 14,
          column: 40,
          endLine: 14,
          endColumn: 68,
        },
      ],
    },
  ],
});
