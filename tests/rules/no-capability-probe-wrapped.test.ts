import { noCapabilityProbeWrapped } from '../../src/rules/no-capability-probe-wrapped.js';
import { createRuleTester } from './rule-tester.js';

// Each case is linted as `file.ts`: PROGRAM fills lines 1-12 (line 1 is empty), a case that
// starts with PROGRESS has it on lines 13-17, and one that starts with HOST has it on line 13.
const PROGRAM = `
interface Target {
  readonly reference: string;
  push(blob: string): void;
  addScopeHint?(action: string): void;
}
class Repository implements Target {
  readonly #hints = new Set<string>();
  constructor(readonly reference: string) {}
  addScopeHint(action: string): void { this.#hints.add(action); }
  push(blob: string): void {}
}`;

const PROGRESS = `class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}`;

const HOST = `function withHost(host: Target): Target { return { ...host, reference: 'copy' }; }`;

createRuleTester().run('no-capability-probe-wrapped', noCapabilityProbeWrapped, {
  valid: [
    {
      name: 'no wrapper of the type in the program',
      code: `${PROGRAM}
export function canHint(target: Target) { return 'addScopeHint' in target; }`,
    },
    {
      name: 'a probe for a member the decorator forwards',
      code: `${PROGRAM}
${PROGRESS}
export function canPush(target: Target) { return typeof target.push === 'function'; }`,
    },
    {
      name: 'a decorator that forwards the probed member too',
      code: `${PROGRAM}
class Hinting implements Target {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
  addScopeHint(action: string): void { this.inner.addScopeHint?.(action); }
}
export function canHint(target: Target) { return 'addScopeHint' in target; }`,
    },
    {
      name: 'comparing a required property with undefined tests its value',
      code: `${PROGRAM}
${PROGRESS}
export function isNamed(target: Target) { return target.reference !== undefined; }`,
    },
    {
      name: 'an object made by Object.create inherits every member',
      code: `${PROGRAM}
function withHost(host: Target): Target { return Object.create(host) as Target; }
function canHint(target: Target) { return 'addScopeHint' in target; }
canHint(withHost(new Repository('registry/app')));`,
    },
    {
      name: 'a proxy around the real object answers for it',
      code: `${PROGRAM}
function canHint(target: Target) { return 'addScopeHint' in target; }
canHint(new Proxy(new Repository('registry/app'), {}));`,
    },
    {
      name: 'a copy that defines the probed member itself',
      code: `${PROGRAM}
function withHost(host: Target): Target {
  return { ...host, addScopeHint: (action: string) => host.addScopeHint?.(action) };
}
function canHint(target: Target) { return 'addScopeHint' in target; }
canHint(withHost(new Repository('registry/app')));`,
    },
    {
      name: 'a method call where only real instances arrive',
      code: `${PROGRAM}
${HOST}
function run(target: Target) { target.push('blob'); }
run(new Repository('registry/app'));`,
    },
    {
      name: 'a method call on a copy that defines the method itself',
      code: `${PROGRAM}
function withHost(host: Target): Target {
  return { ...host, push: (blob: string) => host.push(blob) };
}
function run(target: Target) { target.push('blob'); }
run(withHost(new Repository('registry/app')));`,
    },
    {
      name: 'a probe after the unwrap loop of the same value',
      code: `${PROGRAM}
class Layer implements Target {
  constructor(readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
export function canHint(target: Target) {
  let current = target;
  while (current instanceof Layer) current = current.inner;
  return 'addScopeHint' in current;
}`,
    },
    {
      name: 'a probe on a value read through the unwrap protocol',
      code: `${PROGRAM}
class Layer implements Target {
  constructor(private readonly inner: Target) {}
  unwrap(): Target { return this.inner; }
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
function canHint(target: Layer) { return 'addScopeHint' in target.unwrap(); }
canHint(new Layer(new Repository('registry/app')));`,
      options: [{"unwrapMembers":["unwrap"]}],
    },
  ],
  invalid: [
    {
      name: 'an in probe in an exported function, with a decorator class declared',
      code: `${PROGRAM}
${PROGRESS}
export function canHint(target: Target) { return 'addScopeHint' in target; }`,
      errors: [
        {
          messageId: 'hiddenMember',
          data: {
            check: '\'addScopeHint\' in target',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:13',
            member: 'addScopeHint',
          },
          line: 18,
          column: 50,
          endLine: 18,
          endColumn: 74,
        },
      ],
    },
    {
      name: 'a typeof probe, defeated by a forwarding factory',
      code: `${PROGRAM}
function logged(target: Target): Target {
  return { reference: target.reference, push: (blob) => target.push(blob) };
}
function canHint(target: Target) { return typeof target.addScopeHint === 'function'; }
canHint(logged(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'hiddenMember',
          data: {
            check: 'typeof target.addScopeHint === \'function\'',
            subject: 'target',
            wrapper: 'the object logged() returns',
            where: 'made in file.ts:17',
            member: 'addScopeHint',
          },
          line: 16,
          column: 43,
          endLine: 16,
          endColumn: 84,
        },
      ],
    },
    {
      name: 'an optional member compared with undefined, reached by a decorator made in the file',
      code: `${PROGRAM}
${PROGRESS}
function canHint(target: Target) { return target.addScopeHint !== undefined; }
canHint(new ProgressTarget(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'hiddenMember',
          data: {
            check: 'target.addScopeHint !== undefined',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:19',
            member: 'addScopeHint',
          },
          line: 18,
          column: 43,
          endLine: 18,
          endColumn: 76,
        },
      ],
    },
    {
      name: 'an optional member compared loosely with null',
      code: `${PROGRAM}
${PROGRESS}
export function canHint(target: Target) { return target.addScopeHint != null; }`,
      errors: [
        {
          messageId: 'hiddenMember',
          data: {
            check: 'target.addScopeHint != null',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:13',
            member: 'addScopeHint',
          },
          line: 18,
          column: 50,
          endLine: 18,
          endColumn: 77,
        },
      ],
    },
    {
      name: 'typeof compared with undefined',
      code: `${PROGRAM}
${PROGRESS}
export function canHint(target: Target) { return typeof target.addScopeHint !== 'undefined'; }`,
      errors: [
        {
          messageId: 'hiddenMember',
          data: {
            check: 'typeof target.addScopeHint !== \'undefined\'',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:13',
            member: 'addScopeHint',
          },
          line: 18,
          column: 50,
          endLine: 18,
          endColumn: 92,
        },
      ],
    },
    {
      name: 'an in probe on a spread copy that lost the prototype\'s methods',
      code: `${PROGRAM}
${HOST}
function canHint(target: Target) { return 'addScopeHint' in target; }
canHint(withHost(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'hiddenMember',
          data: {
            check: '\'addScopeHint\' in target',
            subject: 'target',
            wrapper: 'the copy withHost() makes',
            where: 'made in file.ts:15',
            member: 'addScopeHint',
          },
          line: 14,
          column: 43,
          endLine: 14,
          endColumn: 67,
        },
      ],
    },
    {
      name: 'a method call on a spread copy throws',
      code: `${PROGRAM}
${HOST}
function run(target: Target) { target.push('blob'); }
run(withHost(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'lostMember',
          data: {
            check: 'target.push(\'blob\')',
            subject: 'target',
            wrapper: 'the copy withHost() makes',
            where: 'made in file.ts:15',
            member: 'push',
          },
          line: 14,
          column: 32,
          endLine: 14,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'a method call on an Object.assign copy held in a variable',
      code: `${PROGRAM}
function copyOf(target: Target): Target { return Object.assign({}, target); }
function run(target: Target) { target.push('blob'); }
const copy = copyOf(new Repository('registry/app'));
run(copy);`,
      errors: [
        {
          messageId: 'lostMember',
          data: {
            check: 'target.push(\'blob\')',
            subject: 'target',
            wrapper: 'the copy copyOf() makes',
            where: 'made in file.ts:15',
            member: 'push',
          },
          line: 14,
          column: 32,
          endLine: 14,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'a method call on a JSON round trip handed to a callback',
      code: `${PROGRAM}
function restore(target: Target): Target { return JSON.parse(JSON.stringify(target)) as Target; }
const targets: Target[] = [restore(new Repository('registry/app'))];
targets.forEach((target) => target.push('blob'));`,
      errors: [
        {
          messageId: 'lostMember',
          data: {
            check: 'target.push(\'blob\')',
            subject: 'target',
            wrapper: 'the copy restore() makes',
            where: 'made in file.ts:14',
            member: 'push',
          },
          line: 15,
          column: 29,
          endLine: 15,
          endColumn: 48,
        },
      ],
    },
    {
      name: 'a probe on a stand-in proxy',
      code: `${PROGRAM}
function mock<T extends object>(): T { return new Proxy({} as T, {}); }
function canHint(target: Target) { return 'addScopeHint' in target; }
canHint(mock<Target>());`,
      errors: [
        {
          messageId: 'hiddenMember',
          data: {
            check: '\'addScopeHint\' in target',
            subject: 'target',
            wrapper: 'a stand-in Proxy over an empty object',
            where: 'made in file.ts:13',
            member: 'addScopeHint',
          },
          line: 14,
          column: 43,
          endLine: 14,
          endColumn: 67,
        },
      ],
    },
    {
      name: 'a probe in a callback given decorators',
      code: `${PROGRAM}
${PROGRESS}
const targets: Target[] = [new ProgressTarget(new Repository('registry/app'))];
export const hintable = targets.filter((target) => 'addScopeHint' in target);`,
      errors: [
        {
          messageId: 'hiddenMember',
          data: {
            check: '\'addScopeHint\' in target',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:18',
            member: 'addScopeHint',
          },
          line: 19,
          column: 52,
          endLine: 19,
          endColumn: 76,
        },
      ],
    },
    {
      name: 'a probe on a decorator read by destructuring',
      code: `${PROGRAM}
${PROGRESS}
function open() { return { target: new ProgressTarget(new Repository('registry/app')) as Target }; }
export function canHint() {
  const { target } = open();
  return 'addScopeHint' in target;
}`,
      errors: [
        {
          messageId: 'hiddenMember',
          data: {
            check: '\'addScopeHint\' in target',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:18',
            member: 'addScopeHint',
          },
          line: 21,
          column: 10,
          endLine: 21,
          endColumn: 34,
        },
      ],
    },
    {
      name: 'a probe reached through a conditional argument',
      code: `${PROGRAM}
${PROGRESS}
function canHint(target: Target) { return 'addScopeHint' in target; }
export function run(tty: boolean) {
  const repository = new Repository('registry/app');
  return canHint(tty ? new ProgressTarget(repository) : repository);
}`,
      errors: [
        {
          messageId: 'hiddenMember',
          data: {
            check: '\'addScopeHint\' in target',
            subject: 'target',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:21',
            member: 'addScopeHint',
          },
          line: 18,
          column: 43,
          endLine: 18,
          endColumn: 67,
        },
      ],
    },
  ],
});
