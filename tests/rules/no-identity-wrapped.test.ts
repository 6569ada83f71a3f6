import { noIdentityWrapped } from '../../src/rules/no-identity-wrapped.js';
import { createRuleTester } from './rule-tester.js';

// Each case is linted as `file.ts`: PROGRAM fills lines 1-7 (line 1 is empty), and a case that
// starts with PROGRESS has it on lines 8-12.
const PROGRAM = `
interface Target { readonly id: string; push(blob: string): void }
class Repository implements Target {
  readonly #token = 'secret';
  constructor(readonly id: string) {}
  push(blob: string): void {}
}`;

const PROGRESS = `class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  get id(): string { return this.inner.id; }
  push(blob: string): void { this.inner.push(blob); }
}`;

createRuleTester().run('no-identity-wrapped', noIdentityWrapped, {
  valid: [
    {
      name: 'no wrapper of the type in the program',
      code: `${PROGRAM}
const current = new Repository('registry/app');
export function isCurrent(target: Target) { return target === current; }
isCurrent(current);`,
    },
    {
      name: 'both sides are the same real instance',
      code: `${PROGRAM}
${PROGRESS}
const current = new Repository('registry/app');
function isCurrent(target: Target) { return target === current; }
isCurrent(current);`,
    },
    {
      name: 'both sides are the same wrapper',
      code: `${PROGRAM}
${PROGRESS}
const current = new ProgressTarget(new Repository('registry/app'));
function isCurrent(target: Target) { return target === current; }
isCurrent(current);`,
    },
    {
      name: 'comparing ids instead of objects',
      code: `${PROGRAM}
${PROGRESS}
const current = new Repository('registry/app');
function isCurrent(target: Target) { return target.id === current.id; }
isCurrent(new ProgressTarget(current));`,
    },
    {
      name: 'comparing with null tests for absence',
      code: `${PROGRAM}
${PROGRESS}
function isMissing(target: Target | null) { return target === null; }
isMissing(new ProgressTarget(new Repository('registry/app')));`,
    },
    {
      name: 'a map keyed by id',
      code: `${PROGRAM}
${PROGRESS}
const tokens = new Map<string, string>();
const repository = new Repository('registry/app');
tokens.set(repository.id, 'secret');
function tokenOf(target: Target) { return tokens.get(target.id); }
tokenOf(new ProgressTarget(repository));`,
    },
    {
      name: 'an exported function no wrapper is shown to reach',
      code: `${PROGRAM}
${PROGRESS}
const current = new Repository('registry/app');
export function isCurrent(target: Target) { return target === current; }`,
    },
    {
      name: 'a comparison after the unwrap loop of the same value',
      code: `${PROGRAM}
class Layer implements Target {
  constructor(readonly inner: Target) {}
  get id(): string { return this.inner.id; }
  push(blob: string): void { this.inner.push(blob); }
}
const current = new Repository('registry/app');
function isCurrent(target: Target) {
  let value = target;
  while (value instanceof Layer) value = value.inner;
  return value === current;
}
isCurrent(new Layer(current));`,
    },
    {
      name: 'a search in the original array behind a draft',
      code: `${PROGRAM}
const ORIGINAL = Symbol('original');
function draft<T extends object>(base: T): T {
  return new Proxy(base, {
    get(target, key, receiver) {
      if (key === ORIGINAL) return target;
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'object' && value !== null ? draft(value) : value;
    },
  });
}
function original<T extends object>(value: T): T {
  return (value as { [ORIGINAL]?: T })[ORIGINAL] ?? value;
}
const repositories: Target[] = [new Repository('registry/app')];
function positionOf(target: Target) { return original(draft(repositories)).indexOf(target); }
positionOf(repositories[0]!);`,
    },
    {
      name: 'a set filled with the same wrappers it is asked about',
      code: `${PROGRAM}
${PROGRESS}
const seen = new WeakSet<Target>();
const wrapped = new ProgressTarget(new Repository('registry/app'));
seen.add(wrapped);
function wasSeen(target: Target) { return seen.has(target); }
wasSeen(wrapped);`,
    },
  ],
  invalid: [
    {
      name: 'strict equality between a decorator and the object it wraps',
      code: `${PROGRAM}
${PROGRESS}
const current = new Repository('registry/app');
function isCurrent(target: Target) { return target === current; }
isCurrent(new ProgressTarget(current));`,
      errors: [
        {
          messageId: 'wrappedIdentity',
          data: {
            check: 'target === current',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
          },
          line: 14,
          column: 45,
          endLine: 14,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'loose equality with the real object on the left, reached by a proxy',
      code: `${PROGRAM}
const current = new Repository('registry/app');
function isCurrent(target: Target) { return current == target; }
isCurrent(new Proxy(current, {}));`,
      errors: [
        {
          messageId: 'wrappedIdentity',
          data: {
            check: 'current == target',
            wrapper: 'a Proxy',
            where: 'made in file.ts:10',
          },
          line: 9,
          column: 45,
          endLine: 9,
          endColumn: 62,
        },
      ],
    },
    {
      name: 'an object made by Object.create is another object',
      code: `${PROGRAM}
const current = new Repository('registry/app');
function isCurrent(target: Target) { return target === current; }
isCurrent(Object.create(current) as Target);`,
      errors: [
        {
          messageId: 'wrappedIdentity',
          data: {
            check: 'target === current',
            wrapper: 'an object made by `Object.create`',
            where: 'made in file.ts:10',
          },
          line: 9,
          column: 45,
          endLine: 9,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'indexOf among the real objects, searched with a decorator',
      code: `${PROGRAM}
${PROGRESS}
const repositories: Target[] = [new Repository('a'), new Repository('b')];
function positionOf(target: Target) { return repositories.indexOf(target); }
positionOf(new ProgressTarget(repositories[0]!));`,
      errors: [
        {
          messageId: 'wrappedSearch',
          data: {
            check: 'repositories.indexOf(target)',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
          },
          line: 14,
          column: 46,
          endLine: 14,
          endColumn: 74,
        },
      ],
    },
    {
      name: 'lastIndexOf, searched with a decorator',
      code: `${PROGRAM}
${PROGRESS}
const repositories: Target[] = [new Repository('a')];
function lastPositionOf(target: Target) { return repositories.lastIndexOf(target); }
lastPositionOf(new ProgressTarget(repositories[0]!));`,
      errors: [
        {
          messageId: 'wrappedSearch',
          data: {
            check: 'repositories.lastIndexOf(target)',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
          },
          line: 14,
          column: 50,
          endLine: 14,
          endColumn: 82,
        },
      ],
    },
    {
      name: 'a map filled under the real object and read with a decorator',
      code: `${PROGRAM}
${PROGRESS}
const tokens = new Map<Target, string>();
const repository = new Repository('registry/app');
tokens.set(repository, 'secret');
function tokenOf(target: Target) { return tokens.get(target); }
tokenOf(new ProgressTarget(repository));`,
      errors: [
        {
          messageId: 'wrappedKey',
          data: {
            check: 'tokens.get(target)',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:17',
          },
          line: 16,
          column: 43,
          endLine: 16,
          endColumn: 61,
        },
      ],
    },
    {
      name: 'a weak set filled with the real object and asked about a proxy',
      code: `${PROGRAM}
const seen = new WeakSet<Target>();
const repository = new Repository('registry/app');
seen.add(repository);
function observe<T extends object>(value: T): T { return new Proxy(value, {}); }
function wasSeen(target: Target) { return seen.has(target); }
wasSeen(observe(repository));`,
      errors: [
        {
          messageId: 'wrappedKey',
          data: {
            check: 'seen.has(target)',
            wrapper: 'a proxy made by observe()',
            where: 'made in file.ts:13',
          },
          line: 12,
          column: 43,
          endLine: 12,
          endColumn: 59,
        },
      ],
    },
    {
      name: 'a registry keyed by the class a subclassing decorator replaced',
      code: `${PROGRAM}
function Audited<T extends new (...args: any[]) => object>(target: T) {
  return class extends target { audited = true; };
}
const tables = new Map<Function, string>();
function Entity(table: string) {
  return (target: Function) => { tables.set(target, table); };
}
@Audited
@Entity('users')
class User { constructor(readonly id: string) {} }
export function tableOfUser() { return tables.get(User); }`,
      errors: [
        {
          messageId: 'wrappedKey',
          data: {
            check: 'tables.get(User)',
            wrapper: 'the subclass Audited() returns',
            where: 'made in file.ts:15',
          },
          line: 18,
          column: 40,
          endLine: 18,
          endColumn: 56,
        },
      ],
    },
    {
      name: 'indexOf in an array read through a deep proxy, with the original element',
      code: `${PROGRAM}
function draft<T extends object>(base: T): T {
  return new Proxy(base, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'object' && value !== null ? draft(value) : value;
    },
  });
}
const repositories: Target[] = [new Repository('registry/app')];
function positionOf(target: Target) { return draft(repositories).indexOf(target); }
positionOf(repositories[0]!);`,
      errors: [
        {
          messageId: 'wrappedSearch',
          data: {
            check: 'draft(repositories).indexOf(target)',
            wrapper: 'a proxy made by draft()',
            where: 'made in file.ts:17',
          },
          line: 17,
          column: 46,
          endLine: 17,
          endColumn: 81,
        },
      ],
    },
    {
      name: 'the element a find callback compares with a decorator held in a field',
      code: `${PROGRAM}
${PROGRESS}
const repositories: Target[] = [new Repository('registry/app')];
class Session { target: Target = new ProgressTarget(repositories[0]!); }
export function find(session: Session) {
  return repositories.find((each) => each === session.target);
}`,
      errors: [
        {
          messageId: 'wrappedIdentity',
          data: {
            check: 'each === session.target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:14',
          },
          line: 16,
          column: 38,
          endLine: 16,
          endColumn: 61,
        },
      ],
    },
    {
      name: 'equality with a decorator read by destructuring',
      code: `${PROGRAM}
${PROGRESS}
const current = new Repository('registry/app');
function open() { return { target: new ProgressTarget(current) as Target }; }
export function isCurrent() {
  const { target } = open();
  return target === current;
}`,
      errors: [
        {
          messageId: 'wrappedIdentity',
          data: {
            check: 'target === current',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:14',
          },
          line: 17,
          column: 10,
          endLine: 17,
          endColumn: 28,
        },
      ],
    },
  ],
});
