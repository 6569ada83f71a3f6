import { noTypeGuardWrapped } from '../../src/rules/no-type-guard-wrapped.js';
import { createRuleTester } from './rule-tester.js';

// Each case is linted as `file.ts`: PROGRAM fills lines 1-8 (line 1 is empty), and a case that
// starts with PROGRESS has it on lines 9-13.
const PROGRAM = `
interface Target { readonly reference: string; push(blob: string): void }
class Repository implements Target {
  readonly #token = 'secret';
  constructor(readonly reference: string) {}
  addScopeHint(action: string): void {}
  push(blob: string): void {}
}`;

const PROGRESS = `class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}`;

createRuleTester().run('no-type-guard-wrapped', noTypeGuardWrapped, {
  valid: [
    {
      name: 'no wrapper of the type in the program',
      code: `${PROGRAM}
export function isRepository(value: Target): value is Repository {
  return value instanceof Repository;
}`,
    },
    {
      name: 'a guard that tests what the value can do',
      code: `${PROGRAM}
${PROGRESS}
export function canHint(value: Target): value is Repository {
  return typeof (value as Partial<Repository>).addScopeHint === 'function';
}`,
    },
    {
      name: 'a guard that unwraps before it tests',
      code: `${PROGRAM}
class Layer implements Target {
  constructor(readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
export function isRepository(value: Target): value is Repository {
  let current = value;
  while (current instanceof Layer) current = current.inner;
  return current instanceof Repository;
}`,
    },
    {
      name: 'only concrete instances reach a guard that is not exported',
      code: `${PROGRAM}
${PROGRESS}
function isRepository(value: Target): value is Repository { return value instanceof Repository; }
export const hinted = isRepository(new Repository('registry/app'));`,
    },
    {
      name: 'a proxy around the real object passes the guard',
      code: `${PROGRAM}
function isRepository(value: Target): value is Repository { return value instanceof Repository; }
export const hinted = isRepository(new Proxy(new Repository('registry/app'), {}));`,
    },
    {
      name: 'a subclass that wraps passes the guard',
      code: `${PROGRAM}
class LoggingRepository extends Repository {
  constructor(private readonly inner: Repository) { super(inner.reference); }
  override push(blob: string): void { this.inner.push(blob); }
}
export function isRepository(value: Target): value is Repository {
  return value instanceof Repository;
}`,
    },
    {
      name: 'a guard for the wrapper class peels it',
      code: `${PROGRAM}
${PROGRESS}
export function isWrapped(value: Target): value is ProgressTarget {
  return value instanceof ProgressTarget;
}`,
    },
    {
      name: 'ignoreClasses names the class the guard tests',
      code: `${PROGRAM}
${PROGRESS}
export function isRepository(value: Target): value is Repository {
  return value instanceof Repository;
}`,
      options: [{"ignoreClasses":[{"from":"file","name":"Repository","path":"file.ts"}]}],
    },
    {
      name: 'a declared guard whose name does not say which class it tests',
      code: `${PROGRAM}
${PROGRESS}
declare function looksHintable(value: unknown): value is Repository;
export function hint(target: Target) { return looksHintable(target); }`,
    },
    {
      name: 'a value read through the unwrap protocol reaches the guard',
      code: `${PROGRAM}
class Layer implements Target {
  constructor(private readonly inner: Target) {}
  unwrap(): Target { return this.inner; }
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
function isRepository(value: Target): value is Repository { return value instanceof Repository; }
function hint(target: Layer) { return isRepository(target.unwrap()); }
hint(new Layer(new Repository('registry/app')));`,
      options: [{"unwrapMembers":["unwrap"]}],
    },
  ],
  invalid: [
    {
      name: 'an exported guard built on instanceof',
      code: `${PROGRAM}
${PROGRESS}
export function isRepository(target: Target): target is Repository {
  return target instanceof Repository;
}`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepository',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
          },
          line: 14,
          column: 47,
          endLine: 14,
          endColumn: 67,
        },
      ],
    },
    {
      name: 'the guard and a call that a wrapper made in the file reaches',
      code: `${PROGRAM}
${PROGRESS}
function isRepository(target: Target): target is Repository {
  return target instanceof Repository;
}
export function hint(tty: boolean) {
  const repository = new Repository('registry/app');
  const target: Target = tty ? new ProgressTarget(repository) : repository;
  if (isRepository(target)) target.addScopeHint('push');
}`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepository',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:19',
          },
          line: 14,
          column: 40,
          endLine: 14,
          endColumn: 60,
        },
        {
          messageId: 'guardCall',
          data: {
            check: 'isRepository(target)',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:19',
            guard: 'isRepository',
          },
          line: 20,
          column: 7,
          endLine: 20,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'a guard built on a constructor check',
      code: `${PROGRAM}
${PROGRESS}
function isRepository(value: Target): value is Repository {
  return value.constructor === Repository;
}
const wrapped = new ProgressTarget(new Repository('registry/app'));
export const hinted = isRepository(wrapped);`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepository',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:17',
          },
          line: 14,
          column: 39,
          endLine: 14,
          endColumn: 58,
        },
        {
          messageId: 'guardCall',
          data: {
            check: 'isRepository(wrapped)',
            subject: 'wrapped',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:17',
            guard: 'isRepository',
          },
          line: 18,
          column: 23,
          endLine: 18,
          endColumn: 44,
        },
      ],
    },
    {
      name: 'a library guard declared only in types and named after the class',
      code: `${PROGRAM}
${PROGRESS}
declare function isRepository(value: unknown): value is Repository;
export function hint(target: Target) { return isRepository(target); }`,
      errors: [
        {
          messageId: 'guardCall',
          data: {
            check: 'isRepository(target)',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
            guard: 'isRepository',
          },
          line: 15,
          column: 47,
          endLine: 15,
          endColumn: 67,
        },
      ],
    },
    {
      name: 'a static guard method called with an exported parameter',
      code: `${PROGRAM}
${PROGRESS}
class Targets {
  static isRepository(value: Target): value is Repository { return value instanceof Repository; }
}
export function hint(target: Target) { return Targets.isRepository(target); }`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepository',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
          },
          line: 15,
          column: 39,
          endLine: 15,
          endColumn: 58,
        },
        {
          messageId: 'guardCall',
          data: {
            check: 'Targets.isRepository(target)',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
            guard: 'isRepository',
          },
          line: 17,
          column: 47,
          endLine: 17,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'a guard called from a filter callback',
      code: `${PROGRAM}
${PROGRESS}
function isRepository(value: Target): value is Repository { return value instanceof Repository; }
const targets: Target[] = [new ProgressTarget(new Repository('registry/app'))];
export const repositories = targets.filter((each) => isRepository(each));`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepository',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
          },
          line: 14,
          column: 39,
          endLine: 14,
          endColumn: 58,
        },
        {
          messageId: 'guardCall',
          data: {
            check: 'isRepository(each)',
            subject: 'each',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
            guard: 'isRepository',
          },
          line: 16,
          column: 54,
          endLine: 16,
          endColumn: 72,
        },
      ],
    },
    {
      name: 'a guard passed to filter by reference',
      code: `${PROGRAM}
${PROGRESS}
function isRepository(value: Target): value is Repository { return value instanceof Repository; }
const targets: Target[] = [new ProgressTarget(new Repository('registry/app'))];
export const repositories = targets.filter(isRepository);`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepository',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
          },
          line: 14,
          column: 39,
          endLine: 14,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'a guard given a stand-in proxy',
      code: `${PROGRAM}
function mock<T extends object>(): T { return new Proxy({} as T, {}); }
function isRepository(value: Target): value is Repository { return value instanceof Repository; }
export const hinted = isRepository(mock<Target>());`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepository',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:9',
          },
          line: 10,
          column: 39,
          endLine: 10,
          endColumn: 58,
        },
        {
          messageId: 'guardCall',
          data: {
            check: 'isRepository(mock<Target>())',
            subject: 'mock<Target>()',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:9',
            guard: 'isRepository',
          },
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'a guard given a copy a function returns',
      code: `${PROGRAM}
function snapshot(target: Target): Target { return { ...target }; }
function isRepository(value: Target): value is Repository { return value instanceof Repository; }
export const hinted = isRepository(snapshot(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepository',
            wrapper: 'the copy snapshot() makes',
            where: 'made in file.ts:11',
          },
          line: 10,
          column: 39,
          endLine: 10,
          endColumn: 58,
        },
        {
          messageId: 'guardCall',
          data: {
            check: 'isRepository(snapshot(new Repository(\'registry/app\')))',
            subject: 'snapshot(new Repository(\'registry/app\'))',
            wrapper: 'the copy snapshot() makes',
            where: 'made in file.ts:11',
            guard: 'isRepository',
          },
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 77,
        },
      ],
    },
    {
      name: 'a guard whose predicate is about its second parameter',
      code: `${PROGRAM}
${PROGRESS}
export function isRepositoryIn(list: Target[], value: Target): value is Repository {
  return list.includes(value) && value instanceof Repository;
}`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepositoryIn',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
          },
          line: 14,
          column: 64,
          endLine: 14,
          endColumn: 83,
        },
      ],
    },
    {
      name: 'a guard called with a wrapper read from a field',
      code: `${PROGRAM}
${PROGRESS}
function isRepository(value: Target): value is Repository { return value instanceof Repository; }
class Session { target: Target = new ProgressTarget(new Repository('registry/app')); }
export function hint(session: Session) { return isRepository(session.target); }`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepository',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
          },
          line: 14,
          column: 39,
          endLine: 14,
          endColumn: 58,
        },
        {
          messageId: 'guardCall',
          data: {
            check: 'isRepository(session.target)',
            subject: 'session.target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
            guard: 'isRepository',
          },
          line: 16,
          column: 49,
          endLine: 16,
          endColumn: 77,
        },
      ],
    },
    {
      name: 'a library guard the typeGuards option lists',
      code: `${PROGRAM}
${PROGRESS}
declare function looksHintable(value: unknown): value is Repository;
export function hint(target: Target) { return looksHintable(target); }`,
      options: [{"typeGuards":[{"from":"file","name":"looksHintable"}]}],
      errors: [
        {
          messageId: 'guardCall',
          data: {
            check: 'looksHintable(target)',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
            guard: 'looksHintable',
          },
          line: 15,
          column: 47,
          endLine: 15,
          endColumn: 68,
        },
      ],
    },
  ],
});
