import { noDiscriminantWrapped } from '../../src/rules/no-discriminant-wrapped.js';
import { createRuleTester } from './rule-tester.js';

// Each case is linted as `file.ts`: PROGRAM fills lines 1-14 (line 1 is empty), and a case that
// starts with MOCK has it on lines 15-17.
const PROGRAM = `
interface Card { readonly kind: 'card'; readonly last4: string; charge(cents: number): void }
interface Invoice { readonly kind: 'invoice'; readonly email: string }
type Method = Card | Invoice;
class CardGateway implements Card {
  readonly kind = 'card';
  constructor(readonly last4: string) {}
  charge(cents: number): void {}
}
class LazyCard implements Card {
  constructor(readonly last4: string) {}
  get kind(): 'card' { return 'card'; }
  charge(cents: number): void {}
}`;

const MOCK = `function mock<T extends object>(): T {
  return new Proxy({} as T, { get: () => null });
}`;

createRuleTester().run('no-discriminant-wrapped', noDiscriminantWrapped, {
  valid: [
    {
      name: 'no wrapper of the type in the program',
      code: `${PROGRAM}
export function fee(method: Method) { return method.kind === 'card' ? 30 : 0; }`,
    },
    {
      name: 'a proxy around the real object reads its discriminant',
      code: `${PROGRAM}
function fee(method: Method) { return method.kind === 'card' ? 30 : 0; }
fee(new Proxy(new CardGateway('4242'), {}));`,
    },
    {
      name: 'a copy keeps a discriminant that is an own field',
      code: `${PROGRAM}
function snapshot(card: Card): Card { return { ...card }; }
function fee(method: Method) { return method.kind === 'card' ? 30 : 0; }
fee(snapshot(new CardGateway('4242')));`,
    },
    {
      name: 'a decorator that forwards the discriminant',
      code: `${PROGRAM}
class Metered implements Card {
  constructor(private readonly inner: Card) {}
  get kind() { return this.inner.kind; }
  get last4(): string { return this.inner.last4; }
  charge(cents: number): void { this.inner.charge(cents); }
}
function fee(method: Method) { return method.kind === 'card' ? 30 : 0; }
fee(new Metered(new LazyCard('4242')));`,
    },
    {
      name: 'a forwarding factory that carries the discriminant',
      code: `${PROGRAM}
function metered(card: Card): Card {
  return { kind: card.kind, last4: card.last4, charge: (cents) => card.charge(cents) };
}
function fee(method: Method) { return method.kind === 'card' ? 30 : 0; }
fee(metered(new CardGateway('4242')));`,
    },
    {
      name: 'an object made by Object.create inherits the discriminant getter',
      code: `${PROGRAM}
function fee(method: Method) { return method.kind === 'card' ? 30 : 0; }
fee(Object.create(new LazyCard('4242')) as Card);`,
    },
    {
      name: 'a property that is not typed as literals is no discriminant',
      code: `${PROGRAM}
${MOCK}
function matches(card: Card) { return card.last4 === '4242'; }
matches(mock<Card>());`,
    },
    {
      name: 'only real instances reach a function that is not exported',
      code: `${PROGRAM}
${MOCK}
function fee(method: Method) { return method.kind === 'card' ? 30 : 0; }
fee(new LazyCard('4242'));`,
    },
    {
      name: 'a check after the unwrap loop of the same value',
      code: `${PROGRAM}
interface Target { readonly kind: 'repository' | 'progress'; readonly reference: string }
class ProgressTarget implements Target {
  readonly kind = 'progress';
  constructor(readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
}
export function scopes(target: Target) {
  let current = target;
  while (current instanceof ProgressTarget) current = current.inner;
  return current.kind === 'repository' ? ['pull', 'push'] : ['pull'];
}`,
    },
    {
      name: 'a value read through the unwrap protocol',
      code: `${PROGRAM}
interface Target { readonly kind: 'repository' | 'progress'; readonly reference: string }
class ProgressTarget implements Target {
  readonly kind = 'progress';
  constructor(private readonly inner: Target) {}
  unwrap(): Target { return this.inner; }
  get reference(): string { return this.inner.reference; }
}
export function scopes(target: ProgressTarget) {
  return target.unwrap().kind === 'repository' ? ['pull', 'push'] : ['pull'];
}`,
      options: [{"unwrapMembers":["unwrap"]}],
    },
    {
      name: 'the literal the wrapper carries itself',
      code: `${PROGRAM}
interface Target { readonly kind: 'repository' | 'progress'; readonly reference: string }
class ProgressTarget implements Target {
  readonly kind = 'progress';
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
}
export function isWrapped(target: Target) { return target.kind === 'progress'; }`,
    },
  ],
  invalid: [
    {
      name: 'a stand-in proxy a mocking helper returns',
      code: `${PROGRAM}
${MOCK}
function fee(method: Method) { return method.kind === 'card' ? 30 : 0; }
fee(mock<Card>());`,
      errors: [
        {
          messageId: 'wrappedDiscriminant',
          data: {
            check: 'method.kind === \'card\'',
            subject: 'method',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:16',
            member: 'kind',
          },
          line: 18,
          column: 39,
          endLine: 18,
          endColumn: 61,
        },
      ],
    },
    {
      name: 'a switch on the discriminant',
      code: `${PROGRAM}
${MOCK}
function fee(method: Method): number {
  switch (method.kind) {
    case 'card': return 30;
    case 'invoice': return 0;
  }
}
fee(mock<Card>());`,
      errors: [
        {
          messageId: 'wrappedDiscriminant',
          data: {
            check: 'method.kind',
            subject: 'method',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:16',
            member: 'kind',
          },
          line: 19,
          column: 11,
          endLine: 19,
          endColumn: 22,
        },
      ],
    },
    {
      name: 'a boolean discriminant',
      code: `${PROGRAM}
interface Ok { readonly ok: true; readonly value: string }
interface Failed { readonly ok: false; readonly error: string }
${MOCK}
function read(result: Ok | Failed) { return result.ok === true ? result.value : result.error; }
read(mock<Ok>());`,
      errors: [
        {
          messageId: 'wrappedDiscriminant',
          data: {
            check: 'result.ok === true',
            subject: 'result',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:18',
            member: 'ok',
          },
          line: 20,
          column: 45,
          endLine: 20,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'a numeric discriminant compared with the literal first',
      code: `${PROGRAM}
interface Triangle { readonly sides: 3; readonly base: number }
interface Square { readonly sides: 4; readonly edge: number }
${MOCK}
function area(shape: Triangle | Square) { return 3 === shape.sides ? shape.base : shape.edge; }
area(mock<Triangle>());`,
      errors: [
        {
          messageId: 'wrappedDiscriminant',
          data: {
            check: '3 === shape.sides',
            subject: 'shape',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:18',
            member: 'sides',
          },
          line: 20,
          column: 50,
          endLine: 20,
          endColumn: 67,
        },
      ],
    },
    {
      name: 'a copy of an instance whose class reads the discriminant from a getter',
      code: `${PROGRAM}
function snapshot(card: Card): Card { return { ...card }; }
function fee(method: Method) { return method.kind === 'card' ? 30 : 0; }
fee(snapshot(new LazyCard('4242')));`,
      errors: [
        {
          messageId: 'wrappedDiscriminant',
          data: {
            check: 'method.kind === \'card\'',
            subject: 'method',
            wrapper: 'the copy snapshot() makes',
            where: 'made in file.ts:17',
            member: 'kind',
          },
          line: 16,
          column: 39,
          endLine: 16,
          endColumn: 61,
        },
      ],
    },
    {
      name: 'a structuredClone copy held in a variable',
      code: `${PROGRAM}
function fee(method: Method) { return method.kind === 'card' ? 30 : 0; }
const copy: Card = structuredClone(new LazyCard('4242'));
fee(copy);`,
      errors: [
        {
          messageId: 'wrappedDiscriminant',
          data: {
            check: 'method.kind === \'card\'',
            subject: 'method',
            wrapper: 'a copy made by `structuredClone(new LazyCard(\'4242\'))`',
            where: 'made in file.ts:16',
            member: 'kind',
          },
          line: 15,
          column: 39,
          endLine: 15,
          endColumn: 61,
        },
      ],
    },
    {
      name: 'a stand-in stored in a field',
      code: `${PROGRAM}
${MOCK}
class Checkout { method: Method = mock<Card>(); }
export function fee(checkout: Checkout) { return checkout.method.kind === 'card' ? 30 : 0; }`,
      errors: [
        {
          messageId: 'wrappedDiscriminant',
          data: {
            check: 'checkout.method.kind === \'card\'',
            subject: 'checkout.method',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:16',
            member: 'kind',
          },
          line: 19,
          column: 50,
          endLine: 19,
          endColumn: 81,
        },
      ],
    },
    {
      name: 'a stand-in handed to a callback',
      code: `${PROGRAM}
${MOCK}
const methods: Method[] = [mock<Card>()];
export const cards = methods.filter((method) => method.kind === 'card');`,
      errors: [
        {
          messageId: 'wrappedDiscriminant',
          data: {
            check: 'method.kind === \'card\'',
            subject: 'method',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:16',
            member: 'kind',
          },
          line: 19,
          column: 49,
          endLine: 19,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'a copy read by destructuring',
      code: `${PROGRAM}
function snapshot(card: Card): Card { return { ...card }; }
function open() { return { method: snapshot(new LazyCard('4242')) }; }
export function fee() {
  const { method } = open();
  return method.kind === 'card' ? 30 : 0;
}`,
      errors: [
        {
          messageId: 'wrappedDiscriminant',
          data: {
            check: 'method.kind === \'card\'',
            subject: 'method',
            wrapper: 'the copy snapshot() makes',
            where: 'made in file.ts:16',
            member: 'kind',
          },
          line: 19,
          column: 10,
          endLine: 19,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'a stand-in returned by a helper and awaited',
      code: `${PROGRAM}
${MOCK}
async function load(): Promise<Method> { return mock<Invoice>(); }
function isInvoice(method: Method) { return method.kind === 'invoice'; }
export async function run() { return isInvoice(await load()); }`,
      errors: [
        {
          messageId: 'wrappedDiscriminant',
          data: {
            check: 'method.kind === \'invoice\'',
            subject: 'method',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:16',
            member: 'kind',
          },
          line: 19,
          column: 45,
          endLine: 19,
          endColumn: 70,
        },
      ],
    },
  ],
});
