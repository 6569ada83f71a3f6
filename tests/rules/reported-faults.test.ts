/**
 * One case per fault found in review, named after it: each failed before its fix and must not
 * come back. Cases share the program of the other rule tests (PROGRAM, lines 1 to 12).
 */
import { rules } from '../../src/rules/index.js';
import { createRuleTester } from './rule-tester.js';

const PROGRAM = `interface Target { readonly reference: string; push(blob: string): void }
class Repository implements Target {
  readonly #token = 'secret';
  constructor(readonly reference: string) {}
  addScopeHint(action: string): void { void this.#token; void action; }
  push(blob: string): void { void blob; }
}
class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
`;

createRuleTester().run(
  'no-constructor-check-wrapped: reported faults',
  rules['no-constructor-check-wrapped'],
  {
    valid: [
      {
        name: 'a wrapping subclass passes isPrototypeOf',
        code: `${PROGRAM}class LoggingRepository extends Repository {
  constructor(private readonly inner: Repository) { super(inner.reference); }
  override push(blob: string): void { this.inner.push(blob); }
}
export function isRepository(target: Target): boolean {
  return Repository.prototype.isPrototypeOf(target);
}
isRepository(new LoggingRepository(new Repository('r')));
`,
      },
    ],
    invalid: [
      {
        name: 'x.constructor !== C is true, not false, for the wrapper',
        code: `${PROGRAM}export function describe(target: Target): string {
  if (target.constructor !== Repository) return 'wrapped or other';
  return 'repository';
}
`,
        errors: [
          {
            messageId: 'wrappedConstructorNegated',
            data: {
              check: 'target.constructor !== Repository',
              subject: 'target',
              wrapper: 'a ProgressTarget',
              where: 'declared in file.ts:8',
              concrete: 'Repository',
            },
            line: 14,
            column: 7,
            endLine: 14,
            endColumn: 40,
          },
        ],
      },
      {
        name: 'a constructor switch says which case the wrapper misses',
        code: `${PROGRAM}export function label(target: Target): string {
  switch (target.constructor) {
    case Repository:
      return 'repository';
    default:
      return 'other';
  }
}
`,
        errors: [
          {
            messageId: 'wrappedConstructorSwitch',
            data: {
              subject: 'target',
              concrete: 'Repository',
              wrapper: 'a ProgressTarget',
              where: 'declared in file.ts:8',
            },
            line: 14,
            column: 11,
            endLine: 14,
            endColumn: 29,
          },
        ],
      },
    ],
  },
);

createRuleTester().run('no-identity-wrapped: reported faults', rules['no-identity-wrapped'], {
  valid: [],
  invalid: [
    {
      name: 'a !== b is always true when one side wraps the other',
      code: `${PROGRAM}export function sameTarget(target: Target, shared: Repository): boolean { return target !== shared; }
const repository = new Repository('r');
sameTarget(new ProgressTarget(repository), repository);
`,
      errors: [
        {
          messageId: 'wrappedIdentityNegated',
          data: {
            check: 'target !== shared',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
          },
          line: 13,
          column: 82,
          endLine: 13,
          endColumn: 99,
        },
      ],
    },
    {
      name: 'the real object on the left, the wrapper on the right',
      code: `${PROGRAM}export function same(repository: Repository, target: Target): boolean { return repository === target; }
const repository = new Repository('r');
same(repository, new ProgressTarget(repository));
`,
      errors: [
        {
          messageId: 'wrappedIdentity',
          data: {
            check: 'repository === target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
          },
          line: 13,
          column: 80,
          endLine: 13,
          endColumn: 101,
        },
      ],
    },
    {
      name: "a forwarding factory's object compared with its original",
      code: `${PROGRAM}function logged(target: Target): Target {
  return { get reference() { return target.reference; }, push: (blob) => target.push(blob) };
}
const repository = new Repository('r');
export const same = logged(repository) === repository;
`,
      errors: [
        {
          messageId: 'wrappedIdentity',
          data: {
            check: 'logged(repository) === repository',
            wrapper: 'the object logged() returns',
            where: 'made in file.ts:17',
          },
          line: 17,
          column: 21,
          endLine: 17,
          endColumn: 54,
        },
      ],
    },
  ],
});

createRuleTester().run(
  'no-discriminant-wrapped: reported faults',
  rules['no-discriminant-wrapped'],
  {
    valid: [],
    invalid: [
      {
        name: "x.kind !== 'card' is true for a stand-in",
        code: `${PROGRAM}interface Card { readonly kind: 'card'; charge(): void }
interface Invoice { readonly kind: 'invoice'; send(): void }
type Method = Card | Invoice;
function fake<T extends object>(): T { return new Proxy({} as T, {}); }
function isNotCard(method: Method): boolean { return method.kind !== 'card'; }
isNotCard(fake<Card>());
`,
        errors: [
          {
            messageId: 'wrappedDiscriminantNegated',
            data: {
              check: "method.kind !== 'card'",
              subject: 'method',
              wrapper: 'a stand-in Proxy over an empty object',
              where: 'made in file.ts:16',
              member: 'kind',
            },
            line: 17,
            column: 54,
            endLine: 17,
            endColumn: 76,
          },
        ],
      },
      {
        name: 'a decorator carrying its own value of the discriminant',
        code: `${PROGRAM}interface Kinded { readonly kind: 'repository' | 'progress'; readonly name: string }
class Repo implements Kinded { readonly kind = 'repository' as const; constructor(readonly name: string) {} }
class Progress implements Kinded {
  readonly kind = 'progress' as const;
  constructor(private readonly inner: Kinded) {}
  get name(): string { return this.inner.name; }
}
export function isRepo(value: Kinded): boolean { return value.kind === 'repository'; }
isRepo(new Progress(new Repo('r')));
`,
        errors: [
          {
            messageId: 'otherDiscriminant',
            data: {
              check: "value.kind === 'repository'",
              subject: 'value',
              wrapper: 'a Progress',
              where: 'made in file.ts:21',
              member: 'kind',
            },
            line: 20,
            column: 57,
            endLine: 20,
            endColumn: 84,
          },
        ],
      },
    ],
  },
);

createRuleTester().run(
  'no-capability-probe-wrapped: reported faults',
  rules['no-capability-probe-wrapped'],
  {
    valid: [
      {
        name: 'a stand-in whose has trap answers for every member',
        code: `${PROGRAM}interface Flushable extends Target { flush?(): void }
function mock<T extends object>(): T { return new Proxy({} as T, { has: () => true }); }
export function done(target: Flushable): boolean { return 'flush' in target; }
done(mock<Flushable>());
`,
      },
    ],
    invalid: [
      {
        name: 'x.m === undefined is true when the wrapper hides m',
        code: `${PROGRAM}interface Flushable extends Target { flush?(): void }
class Buffered implements Flushable {
  readonly reference = 'b';
  push(blob: string): void { void blob; }
  flush(): void {}
}
class Counting implements Flushable {
  constructor(private readonly inner: Flushable) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
export function done(target: Flushable): boolean { return target.flush === undefined; }
done(new Counting(new Buffered()));
`,
        errors: [
          {
            messageId: 'hiddenMemberNegated',
            data: {
              check: 'target.flush === undefined',
              subject: 'target',
              wrapper: 'a Counting',
              where: 'made in file.ts:25',
              member: 'flush',
            },
            line: 24,
            column: 59,
            endLine: 24,
            endColumn: 85,
          },
        ],
      },
      {
        name: 'a method called on an inline copy where no function copies',
        code: `${PROGRAM}function upload(target: Target): void { target.push('blob'); }
upload({ ...new Repository('r') } as Target);
`,
        errors: [
          {
            messageId: 'lostMember',
            data: {
              check: "target.push('blob')",
              subject: 'target',
              wrapper: "a copy made by `{ ...new Repository('r') }`",
              where: 'made in file.ts:14',
              member: 'push',
            },
            line: 13,
            column: 41,
            endLine: 13,
            endColumn: 60,
          },
        ],
      },
      {
        name: 'a method called on a property holding a clone',
        code: `${PROGRAM}interface Session { readonly target: Target }
function upload(session: Session): void { session.target.push('blob'); }
upload({ target: structuredClone(new Repository('r')) });
`,
        errors: [
          {
            messageId: 'lostMember',
            data: {
              check: "session.target.push('blob')",
              subject: 'session.target',
              wrapper: "a copy made by `structuredClone(new Repository('r'))`",
              where: 'made in file.ts:15',
              member: 'push',
            },
            line: 14,
            column: 43,
            endLine: 14,
            endColumn: 70,
          },
        ],
      },
    ],
  },
);

createRuleTester().run('no-type-guard-wrapped: reported faults', rules['no-type-guard-wrapped'], {
  valid: [],
  invalid: [
    {
      name: 'a guard stored in a const is named, and its calls reported',
      code: `${PROGRAM}const isRepository = (value: Target): value is Repository => value instanceof Repository;
export function hint(target: Target): void { if (isRepository(target)) target.addScopeHint('push'); }
hint(new ProgressTarget(new Repository('r')));
`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepository',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
          },
          line: 13,
          column: 39,
          endLine: 13,
          endColumn: 58,
        },
        {
          messageId: 'guardCall',
          data: {
            check: 'isRepository(target)',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:15',
            guard: 'isRepository',
          },
          line: 14,
          column: 50,
          endLine: 14,
          endColumn: 70,
        },
      ],
    },
    {
      name: 'an assertion throws rather than answering false',
      code: `${PROGRAM}function assertRepository(value: Target): asserts value is Repository {
  if (!(value instanceof Repository)) throw new TypeError('not a repository');
}
export function hint(target: Target): void { assertRepository(target); target.addScopeHint('push'); }
hint(new ProgressTarget(new Repository('r')));
`,
      errors: [
        {
          messageId: 'assertDefinition',
          data: {
            guard: 'assertRepository',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:17',
          },
          line: 13,
          column: 43,
          endLine: 13,
          endColumn: 70,
        },
        {
          messageId: 'assertCall',
          data: {
            guard: 'assertRepository',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:17',
          },
          line: 16,
          column: 46,
          endLine: 16,
          endColumn: 70,
        },
      ],
    },
    {
      name: 'a guard built on the prototype',
      code: `${PROGRAM}function isRepository(value: Target): value is Repository {
  return Object.getPrototypeOf(value) === Repository.prototype;
}
export function hint(target: Target): boolean { return isRepository(target); }
hint(new ProgressTarget(new Repository('r')));
`,
      errors: [
        {
          messageId: 'guardDefinition',
          data: {
            guard: 'isRepository',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:17',
          },
          line: 13,
          column: 39,
          endLine: 13,
          endColumn: 58,
        },
        {
          messageId: 'guardCall',
          data: {
            check: 'isRepository(target)',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:17',
            guard: 'isRepository',
          },
          line: 16,
          column: 56,
          endLine: 16,
          endColumn: 76,
        },
      ],
    },
  ],
});

createRuleTester().run('no-instanceof-wrapped: reported faults', rules['no-instanceof-wrapped'], {
  valid: [
    {
      name: 'only values typed as the class reach the check',
      code: `${PROGRAM}function isRepository(value: Target): boolean { return value instanceof Repository; }
export function hint(target: Repository): boolean { return isRepository(target); }
`,
    },
  ],
  invalid: [
    {
      name: 'a method of an exported object literal is open to outside callers',
      code: `${PROGRAM}export const guards = { isRepository(value: Target): boolean { return value instanceof Repository; } };
`,
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
          column: 71,
          endLine: 13,
          endColumn: 98,
        },
      ],
    },
    {
      name: 'a generic copy helper',
      code: `${PROGRAM}function snapshot<T extends object>(value: T): T { return { ...value }; }
export function hint(target: Target): boolean { return target instanceof Repository; }
hint(snapshot(new Repository('r')));
`,
      errors: [
        {
          messageId: 'copiedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'the copy snapshot() makes',
            where: 'made in file.ts:15',
          },
          line: 14,
          column: 56,
          endLine: 14,
          endColumn: 84,
        },
      ],
    },
    {
      name: 'wrapperFactories alone, with no other wrapper in the program',
      code: `interface Target { readonly reference: string; push(blob: string): void }
class Repository implements Target {
  readonly #token = 'secret';
  constructor(readonly reference: string) {}
  push(blob: string): void { void blob; void this.#token; }
}
declare function withRetry<T extends object>(target: T): T;
function hint(target: Target): boolean { return target instanceof Repository; }
hint(withRetry(new Repository('r')));
`,
      options: [{ wrapperFactories: [{ from: 'file', name: 'withRetry' }] }],
      errors: [
        {
          messageId: 'wrappedInstanceof',
          data: {
            check: 'target instanceof Repository',
            subject: 'target',
            wrapper: 'the wrapper withRetry() returns',
            where: 'made in file.ts:9',
          },
          line: 8,
          column: 49,
          endLine: 8,
          endColumn: 77,
        },
      ],
    },
  ],
});

createRuleTester().run(
  'no-private-brand-proxied: reported faults',
  rules['no-private-brand-proxied'],
  {
    valid: [
      {
        name: 'a type guard narrows the receiver of a method reading a private field',
        code: `${PROGRAM}const isRepository = (value: Target): value is Repository => value instanceof Repository;
export function hint(target: Target): void { if (isRepository(target)) target.addScopeHint('push'); }
hint(new ProgressTarget(new Repository('r')));
`,
      },
    ],
    invalid: [],
  },
);

createRuleTester().run(
  'no-instanceof-wrapped-error: reported faults',
  rules['no-instanceof-wrapped-error'],
  {
    valid: [],
    invalid: [
      {
        name: 'AggregateError wraps the errors it collects, with the right article',
        code: `class NotFound extends Error {}
export async function all(tasks: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(tasks);
  const errors = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
  if (errors.length > 0) throw new AggregateError(errors, 'some failed');
}
export async function show(tasks: Promise<void>[]): Promise<string> {
  try {
    await all(tasks);
    return 'ok';
  } catch (error) {
    if (error instanceof NotFound) return 'missing';
    throw error;
  }
}
`,
        errors: [
          {
            messageId: 'wrappedError',
            data: {
              check: 'error instanceof NotFound',
              concrete: 'NotFound',
              wrapper: 'an AggregateError',
              where: 'made in file.ts:5',
            },
            line: 12,
            column: 9,
            endLine: 12,
            endColumn: 34,
            suggestions: [
              {
                messageId: 'walkCauses',
                output: `class NotFound extends Error {}
export async function all(tasks: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(tasks);
  const errors = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
  if (errors.length > 0) throw new AggregateError(errors, 'some failed');
}
export async function show(tasks: Promise<void>[]): Promise<string> {
  try {
    await all(tasks);
    return 'ok';
  } catch (error) {
    let cause: unknown = error;
    while (!(cause instanceof NotFound) && cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
    if (cause instanceof NotFound) return 'missing';
    throw error;
  }
}
`,
              },
            ],
          },
        ],
      },
    ],
  },
);
