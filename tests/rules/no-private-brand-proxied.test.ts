import { noPrivateBrandProxied } from '../../src/rules/no-private-brand-proxied.js';
import { createRuleTester } from './rule-tester.js';

// Each case is linted as `file.ts`: PROGRAM fills lines 1-5 (line 1 is empty), and a case that
// starts with REACTIVE has it on lines 6-24.
const PROGRAM = `
class Session {
  #token: string;
  constructor(token: string) { this.#token = token; }
  get header(): string { return \`Bearer \${this.#token}\`; }
  sameAs(other: Session): boolean { return #token in other && other.#token === this.#token; }
}`;

const REACTIVE = `const SKIP = Symbol('skip');
const RAW = Symbol('raw');
function reactive<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (key === RAW) return object;
      const value = Reflect.get(object, key, receiver);
      const nested = typeof value === 'object' && value !== null && !(SKIP in value);
      return nested ? reactive(value) : value;
    },
  });
}
function markRaw<T extends object>(value: T): T {
  Object.defineProperty(value, SKIP, { value: true });
  return value;
}
function toRaw<T>(value: T): T {
  return (value as { [RAW]?: T })[RAW] ?? value;
}`;

createRuleTester().run('no-private-brand-proxied', noPrivateBrandProxied, {
  valid: [
    {
      name: 'no proxy in the program',
      code: `${PROGRAM}
export const header = new Session('t0k3n').header;`,
    },
    {
      name: 'a brand every copy shares instead of a private name',
      code: `${PROGRAM}
const BRAND = Symbol.for('session');
class Token {
  readonly [BRAND] = true;
  static isToken(value: object) { return BRAND in value; }
}
export const isToken = Token.isToken(new Proxy(new Token(), {}));`,
    },
    {
      name: 'state kept in a WeakMap keyed by the instance',
      code: `${PROGRAM}
const secrets = new WeakMap<object, string>();
class Token {
  constructor(secret: string) { secrets.set(this, secret); }
  reveal() { return secrets.get(this); }
}
export const secret = new Proxy(new Token('s3cr3t'), {}).reveal();`,
    },
    {
      name: 'a subclass instance carries the private fields',
      code: `${PROGRAM}
class AdminSession extends Session {}
export const header = new AdminSession('t0k3n').header;`,
    },
    {
      name: 'an instance marked raw before it enters the proxy',
      code: `${PROGRAM}
${REACTIVE}
const state = reactive({ session: markRaw(new Session('t0k3n')) });
export function header() { return state.session.header; }`,
    },
    {
      name: 'an instance read back through the unwrapper',
      code: `${PROGRAM}
${REACTIVE}
const state = reactive({ session: new Session('t0k3n') });
export function header() { return toRaw(state.session).header; }`,
    },
    {
      name: 'a proxy of a plain object with no private fields',
      code: `${PROGRAM}
const settings = new Proxy({ theme: 'dark' }, {});
export const header = new Session(settings.theme).header;`,
    },
    {
      name: 'writing private fields in the constructor sets the brand up',
      code: `${PROGRAM}
class Counter {
  #count: number;
  constructor(start: number) { this.#count = start; }
}
export const counter = new Proxy(new Counter(1), {});`,
    },
    {
      name: 'ignoreClasses names the class with the private fields',
      code: `${PROGRAM}
export const header = new Proxy(new Session('t0k3n'), {}).header;`,
      options: [{"ignoreClasses":[{"from":"file","name":"Session","path":"file.ts"}]}],
    },
    {
      name: 'a library function no option lists as a proxy maker',
      code: `${PROGRAM}
declare function track<T extends object>(value: T): T;
const state = track({ session: new Session('t0k3n') });
export function header() { return state.session.header; }`,
    },
  ],
  invalid: [
    {
      name: 'a getter read through a proxy around the instance',
      code: `${PROGRAM}
export const header = new Proxy(new Session('t0k3n'), {}).header;`,
      errors: [
        {
          messageId: 'wrappedPrivateAccess',
          data: {
            check: 'this.#token',
            subject: 'this',
            wrapper: 'a Proxy',
            where: 'made in file.ts:8',
            member: '#token',
          },
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'a method called through a proxy a function returns',
      code: `${PROGRAM}
function observe<T extends object>(value: T): T { return new Proxy(value, {}); }
const session = observe(new Session('t0k3n'));
export const same = session.sameAs(new Session('t0k3n'));`,
      errors: [
        {
          messageId: 'wrappedPrivateAccess',
          data: {
            check: 'this.#token',
            subject: 'this',
            wrapper: 'a proxy made by observe()',
            where: 'made in file.ts:9',
            member: '#token',
          },
          line: 6,
          column: 80,
          endLine: 6,
          endColumn: 91,
        },
      ],
    },
    {
      name: 'an instance read back through a deep proxy',
      code: `${PROGRAM}
${REACTIVE}
const state = reactive({ session: new Session('t0k3n') });
export function header() { return state.session.header; }`,
      errors: [
        {
          messageId: 'wrappedPrivateAccess',
          data: {
            check: 'this.#token',
            subject: 'this',
            wrapper: 'a proxy made by reactive()',
            where: 'made in file.ts:28',
            member: '#token',
          },
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'an instance stored into a deep proxy after it was made',
      code: `${PROGRAM}
${REACTIVE}
const state = reactive<{ session: Session | null }>({ session: null });
export function signIn(token: string) { state.session = new Session(token); }
export function header() { return state.session?.header; }`,
      errors: [
        {
          messageId: 'wrappedPrivateAccess',
          data: {
            check: 'this.#token',
            subject: 'this',
            wrapper: 'a proxy made by reactive()',
            where: 'made in file.ts:29',
            member: '#token',
          },
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'a brand check given a proxy',
      code: `${PROGRAM}
function observe<T extends object>(value: T): T { return new Proxy(value, {}); }
export const same = new Session('t0k3n').sameAs(observe(new Session('t0k3n')));`,
      errors: [
        {
          messageId: 'wrappedBrandCheck',
          data: {
            check: '#token in other',
            subject: 'other',
            wrapper: 'a proxy made by observe()',
            where: 'made in file.ts:9',
            member: '#token',
          },
          line: 6,
          column: 44,
          endLine: 6,
          endColumn: 59,
        },
      ],
    },
    {
      name: 'a brand check given a decorator of an interface the class implements',
      code: `${PROGRAM}
interface Named { readonly name: string }
class Person implements Named {
  readonly #id = 1;
  constructor(readonly name: string) {}
  sameAs(other: Named) { return #id in other; }
}
class Logged implements Named {
  constructor(private readonly inner: Named) {}
  get name(): string { return this.inner.name; }
}
export const same = new Person('Ada').sameAs(new Logged(new Person('Ada')));`,
      errors: [
        {
          messageId: 'wrappedBrandCheck',
          data: {
            check: '#id in other',
            subject: 'other',
            wrapper: 'a Logged',
            where: 'made in file.ts:18',
            member: '#id',
          },
          line: 12,
          column: 33,
          endLine: 12,
          endColumn: 45,
        },
      ],
    },
    {
      name: 'a method called on an object that inherits from the instance',
      code: `${PROGRAM}
export const header = (Object.create(new Session('t0k3n')) as Session).header;`,
      errors: [
        {
          messageId: 'wrappedPrivateAccess',
          data: {
            check: 'this.#token',
            subject: 'this',
            wrapper: 'an object made by `Object.create`',
            where: 'made in file.ts:8',
            member: '#token',
          },
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'a brand check given an instance of another copy of the class',
      code: `${PROGRAM}
import { RecordId as RecordIdA } from './copies/sdk-a/record-id.js';
export class RecordId {
  readonly #table: string;
  readonly #id: string;
  constructor(table: string, id: string) { this.#table = table; this.#id = id; }
  get table(): string { return this.#table; }
  get id(): string { return this.#id; }
  static is(value: object): value is RecordId { return #table in value; }
}
export const isRecordId = RecordId.is(new RecordIdA('users', '1'));`,
      errors: [
        {
          messageId: 'wrappedBrandCheck',
          data: {
            check: '#table in value',
            subject: 'value',
            wrapper: 'a RecordId of the other declaration of the class',
            where: 'made in file.ts:17',
            member: '#table',
          },
          line: 15,
          column: 56,
          endLine: 15,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'proxies handed to a callback',
      code: `${PROGRAM}
const sessions = [new Proxy(new Session('a'), {}), new Proxy(new Session('b'), {})];
sessions.forEach((session) => console.log(session.header));`,
      errors: [
        {
          messageId: 'wrappedPrivateAccess',
          data: {
            check: 'this.#token',
            subject: 'this',
            wrapper: 'a Proxy',
            where: 'made in file.ts:8',
            member: '#token',
          },
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'a proxy read by destructuring',
      code: `${PROGRAM}
function open() { return { session: new Proxy(new Session('t0k3n'), {}) }; }
export function header() {
  const { session } = open();
  return session.header;
}`,
      errors: [
        {
          messageId: 'wrappedPrivateAccess',
          data: {
            check: 'this.#token',
            subject: 'this',
            wrapper: 'a Proxy',
            where: 'made in file.ts:8',
            member: '#token',
          },
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'a library function the proxyMakers option lists',
      code: `${PROGRAM}
declare function track<T extends object>(value: T): T;
const state = track({ session: new Session('t0k3n') });
export function header() { return state.session.header; }`,
      options: [{"proxyMakers":[{"from":"file","name":"track"}]}],
      errors: [
        {
          messageId: 'wrappedPrivateAccess',
          data: {
            check: 'this.#token',
            subject: 'this',
            wrapper: 'a proxy made by track()',
            where: 'made in file.ts:10',
            member: '#token',
          },
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 54,
        },
      ],
    },
  ],
});
