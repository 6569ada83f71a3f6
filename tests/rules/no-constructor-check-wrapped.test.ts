import { noConstructorCheckWrapped } from '../../src/rules/no-constructor-check-wrapped.js';
import { createRuleTester } from './rule-tester.js';

// Each case is linted as `file.ts`: PROGRAM fills lines 1-8 (line 1 is empty), and a case that
// starts with PROGRESS has it on lines 9-13.
const PROGRAM = `
interface Target { readonly reference: string; push(blob: string): void }
class Repository implements Target {
  readonly #token = 'secret';
  constructor(readonly reference: string) {}
  get [Symbol.toStringTag](): string { return 'Repository'; }
  push(blob: string): void {}
}`;

const PROGRESS = `class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}`;

createRuleTester().run('no-constructor-check-wrapped', noConstructorCheckWrapped, {
  valid: [
    {
      name: 'no wrapper of the type in the program',
      code: `${PROGRAM}
export function hint(target: Target) { return target.constructor === Repository; }`,
    },
    {
      name: 'the value is already typed as the class',
      code: `${PROGRAM}
${PROGRESS}
export function hint(target: Repository) { return target.constructor === Repository; }`,
    },
    {
      name: 'a proxy around the real object keeps the constructor',
      code: `${PROGRAM}
function hint(target: Target) { return Object.getPrototypeOf(target) === Repository.prototype; }
hint(new Proxy(new Repository('registry/app'), {}));`,
    },
    {
      name: 'a function returning a proxy around its argument keeps the constructor',
      code: `${PROGRAM}
function observe<T extends object>(value: T): T { return new Proxy(value, { set: () => true }); }
function hint(target: Target) { return target.constructor === Repository; }
hint(observe(new Repository('registry/app')));`,
    },
    {
      name: 'an object made by Object.create inherits the constructor',
      code: `${PROGRAM}
function hint(target: Target) { return target.constructor === Repository; }
hint(Object.create(new Repository('registry/app')) as Target);`,
    },
    {
      name: 'testing for the wrapper class peels it',
      code: `${PROGRAM}
${PROGRESS}
export function isWrapped(target: Target) { return target.constructor === ProgressTarget; }`,
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
  return current.constructor === Repository;
}`,
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
function hint(target: Layer) { return target.unwrap().constructor === Repository; }
hint(new Layer(new Repository('registry/app')));`,
      options: [{"unwrapMembers":["unwrap"]}],
    },
    {
      name: 'ignoreClasses names the class with the file that declares it',
      code: `${PROGRAM}
${PROGRESS}
export function hint(target: Target) { return target.constructor === Repository; }`,
      options: [{"ignoreClasses":[{"from":"file","name":"Repository","path":"file.ts"}]}],
    },
    {
      name: 'an earlier instanceof keeps the wrapper from reaching the check',
      code: `${PROGRAM}
${PROGRESS}
function hint(target: Target) { return target.constructor === Repository; }
function audit(target: Target) { if (target instanceof Repository) hint(target); }
audit(new ProgressTarget(new Repository('registry/app')));`,
    },
    {
      name: 'only concrete instances reach a function that is not exported',
      code: `${PROGRAM}
${PROGRESS}
function hint(target: Target) { return target.constructor === Repository; }
hint(new Repository('registry/app'));`,
    },
    {
      name: 'the class name is the same in every installed copy of a package',
      code: `${PROGRAM}
import { RecordId as RecordIdA } from './copies/sdk-a/record-id.js';
import { RecordId } from './copies/sdk-b/record-id.js';
function isRecordId(value: object) { return value.constructor.name === 'RecordId'; }
isRecordId(new RecordIdA('users', '1'));`,
    },
    {
      name: 'the plain object tag names no class',
      code: `${PROGRAM}
${PROGRESS}
export function isPlain(target: Target) {
  return Object.prototype.toString.call(target) === '[object Object]';
}`,
    },
  ],
  invalid: [
    {
      name: 'strict equality in an exported function, with a decorator class declared',
      code: `${PROGRAM}
${PROGRESS}
export function hint(target: Target) { return target.constructor === Repository; }`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'target.constructor === Repository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
          },
          line: 14,
          column: 47,
          endLine: 14,
          endColumn: 80,
        },
      ],
    },
    {
      name: 'reversed operands reached by a decorator made in the file',
      code: `${PROGRAM}
${PROGRESS}
function isRepository(target: Target) { return Repository === target.constructor; }
isRepository(new ProgressTarget(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'Repository === target.constructor',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
          },
          line: 14,
          column: 48,
          endLine: 14,
          endColumn: 81,
        },
      ],
    },
    {
      name: 'the constructor name, defeated by a forwarding factory',
      code: `${PROGRAM}
function logged(target: Target): Target {
  return { reference: target.reference, push: (blob) => target.push(blob) };
}
function hint(target: Target) { return target.constructor.name === 'Repository'; }
hint(logged(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'target.constructor.name === \'Repository\'',
            subject: 'target',
            wrapper: 'the object logged() returns',
            where: 'made in file.ts:13',
          },
          line: 12,
          column: 40,
          endLine: 12,
          endColumn: 80,
        },
      ],
    },
    {
      name: 'the prototype, defeated by a subclass that wraps',
      code: `${PROGRAM}
class LoggingRepository extends Repository {
  constructor(private readonly inner: Repository) { super(inner.reference); }
  override push(blob: string): void { this.inner.push(blob); }
}
function hint(target: Target) { return Object.getPrototypeOf(target) === Repository.prototype; }
hint(new LoggingRepository(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'Object.getPrototypeOf(target) === Repository.prototype',
            subject: 'target',
            wrapper: 'a LoggingRepository',
            where: 'made in file.ts:14',
          },
          line: 13,
          column: 40,
          endLine: 13,
          endColumn: 94,
        },
      ],
    },
    {
      name: 'isPrototypeOf, defeated by a stand-in proxy a function returns',
      code: `${PROGRAM}
function mock<T extends object>(): T { return new Proxy({} as T, {}); }
function hint(target: Target) { return Repository.prototype.isPrototypeOf(target); }
hint(mock<Target>());`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'Repository.prototype.isPrototypeOf(target)',
            subject: 'target',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:9',
          },
          line: 10,
          column: 40,
          endLine: 10,
          endColumn: 82,
        },
      ],
    },
    {
      name: 'the toString tag, defeated by a spread copy a function returns',
      code: `${PROGRAM}
function snapshot(target: Target): Target { return { ...target }; }
function hint(target: Target) {
  return Object.prototype.toString.call(target) === '[object Repository]';
}
hint(snapshot(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'Object.prototype.toString.call(target) === \'[object Reposit…',
            subject: 'target',
            wrapper: 'the copy snapshot() makes',
            where: 'made in file.ts:13',
          },
          line: 11,
          column: 10,
          endLine: 11,
          endColumn: 74,
        },
      ],
    },
    {
      name: 'a proxy whose handler answers getPrototypeOf',
      code: `${PROGRAM}
function hint(target: Target) { return Object.getPrototypeOf(target) === Repository.prototype; }
hint(new Proxy(new Repository('registry/app'), { getPrototypeOf: () => Object.prototype }));`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'Object.getPrototypeOf(target) === Repository.prototype',
            subject: 'target',
            wrapper: 'a Proxy',
            where: 'made in file.ts:10',
          },
          line: 9,
          column: 40,
          endLine: 9,
          endColumn: 94,
        },
      ],
    },
    {
      name: 'a structuredClone copy held in a variable',
      code: `${PROGRAM}
function hint(target: Target) { return target.constructor === Repository; }
const copy: Target = structuredClone(new Repository('registry/app'));
hint(copy);`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'target.constructor === Repository',
            subject: 'target',
            wrapper: 'a copy made by `structuredClone(new Repository(\'registr…`',
            where: 'made in file.ts:10',
          },
          line: 9,
          column: 40,
          endLine: 9,
          endColumn: 73,
        },
      ],
    },
    {
      name: 'a JSON round trip returned by a helper',
      code: `${PROGRAM}
function restore(target: Target): Target { return JSON.parse(JSON.stringify(target)) as Target; }
export function hint() {
  const target = restore(new Repository('registry/app'));
  return target.constructor === Repository;
}`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'target.constructor === Repository',
            subject: 'target',
            wrapper: 'the copy restore() makes',
            where: 'made in file.ts:11',
          },
          line: 12,
          column: 10,
          endLine: 12,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'an Object.assign copy read by destructuring',
      code: `${PROGRAM}
function open() { return { target: Object.assign({}, new Repository('registry/app')) as Target }; }
export function hint() {
  const { target } = open();
  return target.constructor === Repository;
}`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'target.constructor === Repository',
            subject: 'target',
            wrapper: 'a copy made by `Object.assign({}, new Repository(\'regis…`',
            where: 'made in file.ts:9',
          },
          line: 12,
          column: 10,
          endLine: 12,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'a decorator stored in a field',
      code: `${PROGRAM}
${PROGRESS}
class Session { target: Target = new ProgressTarget(new Repository('registry/app')); }
export function hint(session: Session) { return session.target.constructor === Repository; }`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'session.target.constructor === Repository',
            subject: 'session.target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:14',
          },
          line: 15,
          column: 49,
          endLine: 15,
          endColumn: 90,
        },
      ],
    },
    {
      name: 'a decorator handed to a callback',
      code: `${PROGRAM}
${PROGRESS}
const targets: Target[] = [new ProgressTarget(new Repository('registry/app'))];
export const repositories = targets.filter((target) => target.constructor === Repository);`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'target.constructor === Repository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:14',
          },
          line: 15,
          column: 56,
          endLine: 15,
          endColumn: 89,
        },
      ],
    },
    {
      name: 'loose equality reached through a conditional argument',
      code: `${PROGRAM}
${PROGRESS}
function hint(target: Target) { return target.constructor == Repository; }
export function push(tty: boolean) {
  const repository = new Repository('registry/app');
  return hint(tty ? new ProgressTarget(repository) : repository);
}`,
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'target.constructor == Repository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:17',
          },
          line: 14,
          column: 40,
          endLine: 14,
          endColumn: 72,
        },
      ],
    },
    {
      name: 'ignoreClasses naming another file does not match the class',
      code: `${PROGRAM}
${PROGRESS}
export function hint(target: Target) { return target.constructor === Repository; }`,
      options: [{"ignoreClasses":[{"from":"file","name":"Repository","path":"other.ts"}]}],
      errors: [
        {
          messageId: 'wrappedConstructor',
          data: {
            check: 'target.constructor === Repository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
          },
          line: 14,
          column: 47,
          endLine: 14,
          endColumn: 80,
        },
      ],
    },
    {
      name: 'assumeWrappable reports checks on an interface no wrapper in the program implements',
      code: `${PROGRAM}
export function hint(target: Target) { return target.constructor === Repository; }`,
      options: [{"assumeWrappable":true}],
      errors: [
        {
          messageId: 'assumedWrapper',
          data: {
            check: 'target.constructor === Repository',
            subject: 'target',
            abstraction: 'Target',
          },
          line: 9,
          column: 47,
          endLine: 9,
          endColumn: 80,
        },
      ],
    },
  ],
});
