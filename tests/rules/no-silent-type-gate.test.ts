import { noSilentTypeGate } from '../../src/rules/no-silent-type-gate.js';
import { createRuleTester } from './rule-tester.js';

// Line 9 declares the wrapper; the code under test starts on line 14.
const PROGRAM = `
interface Target { readonly reference: string; push(blob: string): void }
class Repository implements Target {
  readonly #hints = new Set<string>();
  constructor(readonly reference: string) {}
  addScopeHint(action: string): void { this.#hints.add(action); }
  push(blob: string): void {}
}
class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}`;

createRuleTester().run('no-silent-type-gate', noSilentTypeGate, {
  valid: [
    {
      name: 'the failed check has an else branch',
      code: `${PROGRAM}
export function hint(target: Target) {
  if (target instanceof Repository) target.addScopeHint('push');
  else throw new Error('cannot hint ' + target.reference);
}`,
    },
    {
      name: 'an early exit that throws is loud',
      code: `${PROGRAM}
export function hint(target: Target) {
  if (!(target instanceof Repository)) throw new TypeError('not a repository');
  target.addScopeHint('push');
}`,
    },
    {
      name: 'an early exit that logs is not silent',
      code: `${PROGRAM}
export function hint(target: Target) {
  if (!(target instanceof Repository)) { console.warn('no scope hint'); return; }
  target.addScopeHint('push');
}`,
    },
    {
      name: 'a fallback that returns false tells the caller',
      code: `${PROGRAM}
export function hint(target: Target): boolean {
  if (target instanceof Repository) { target.addScopeHint('push'); return true; }
  return false;
}`,
    },
    {
      name: 'an early exit with a value tells the caller',
      code: `${PROGRAM}
export function hint(target: Target): string {
  if (!(target instanceof Repository)) return 'unsupported';
  target.addScopeHint('push');
  return 'ok';
}`,
    },
    {
      name: 'no wrapper can reach the gate',
      code: `${PROGRAM}
function hint(target: Target) {
  if (target instanceof Repository) target.addScopeHint('push');
}
hint(new Repository('registry/app'));`,
    },
    {
      name: 'a check whose result is returned is no gate',
      code: `${PROGRAM}
export function canHint(target: Target) { return target instanceof Repository; }`,
    },
    {
      name: 'a gate on the wrapper class peels it',
      code: `${PROGRAM}
export function hint(target: Target) {
  if (target instanceof ProgressTarget) console.log('wrapped');
}`,
    },
    {
      name: 'a fallback that calls a method of the checked value fails loudly for a wrapper',
      code: `${PROGRAM}
export function encode(target: Target): string {
  if (target instanceof Repository) return 'repository:' + target.reference;
  return target.toString();
}`,
    },
    {
      name: 'a gate after unwrapping the value',
      code: `${PROGRAM}
class Layer implements Target {
  constructor(readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
export function hint(target: Target) {
  let current = target;
  while (current instanceof Layer) current = current.inner;
  if (current instanceof Repository) current.addScopeHint('push');
}`,
    },
  ],
  invalid: [
    {
      name: 'the effect runs only when the check passes',
      code: `${PROGRAM}
export function withScopeHint(target: Target, action: string) {
  if (target instanceof Repository) {
    target.addScopeHint(action);
  }
}`,
      errors: [
        {
          messageId: 'silentSkip',
          data: {
            function: 'withScopeHint',
            effect: 'target.addScopeHint(action)',
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
          },
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'an early return when the check fails',
      code: `${PROGRAM}
export function withScopeHint(target: Target) {
  if (!(target instanceof Repository)) return;
  target.addScopeHint('push');
}`,
      errors: [
        {
          messageId: 'silentReturn',
          data: {
            function: 'withScopeHint',
            effect: 'target.addScopeHint(\'push\')',
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
          },
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'a wrapped value falls through to a fallback',
      code: `${PROGRAM}
export function encode(target: Target): object {
  if (target instanceof Repository) return { kind: 'repository', reference: target.reference };
  return { kind: 'unknown' };
}`,
      errors: [
        {
          messageId: 'silentFallback',
          data: {
            function: 'encode',
            effect: 'return { kind: \'unknown\' }',
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
          },
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'the check is one term of a conjunction',
      code: `${PROGRAM}
export function hint(target: Target, enabled: boolean) {
  if (enabled && target instanceof Repository) target.addScopeHint('push');
}`,
      errors: [
        {
          messageId: 'silentSkip',
          data: {
            function: 'hint',
            effect: 'target.addScopeHint(\'push\')',
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
          },
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 47,
        },
      ],
    },
    {
      name: 'the gate is reached by a wrapper made in the program',
      code: `${PROGRAM}
function hint(target: Target) {
  if (target instanceof Repository) target.addScopeHint('push');
}
hint(new ProgressTarget(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'silentSkip',
          data: {
            function: 'hint',
            effect: 'target.addScopeHint(\'push\')',
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:17',
          },
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'an early continue inside a loop',
      code: `${PROGRAM}
export function hintAll(targets: Target[]) {
  for (const target of targets) {
    if (!(target instanceof Repository)) continue;
    target.addScopeHint('push');
  }
}`,
      errors: [
        {
          messageId: 'silentContinue',
          data: {
            function: 'hintAll',
            effect: 'target.addScopeHint(\'push\')',
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
          },
          line: 16,
          column: 5,
          endLine: 16,
          endColumn: 41,
        },
      ],
    },
    {
      name: 'a gate on a constructor check',
      code: `${PROGRAM}
export function hint(target: Target) {
  if (target.constructor === Repository) (target as Repository).addScopeHint('push');
}`,
      errors: [
        {
          messageId: 'silentSkip',
          data: {
            function: 'hint',
            effect: '(target as Repository).addScopeHint(\'push\')',
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: 'declared in file.ts:9',
          },
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 41,
        },
      ],
    },
    {
      name: 'a gate on a capability probe of a copy',
      code: `${PROGRAM}
function withHost(host: Target): Target { return { ...host, reference: 'copy' }; }
function hint(target: Target) {
  if ('addScopeHint' in target) (target as Repository).addScopeHint('push');
}
hint(withHost(new Repository('registry/app')));`,
      errors: [
        {
          messageId: 'silentSkip',
          data: {
            function: 'hint',
            effect: '(target as Repository).addScopeHint(\'push\')',
            value: '`target`',
            wrapper: 'the copy withHost() makes',
            where: 'made in file.ts:18',
          },
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'a gate on the index an identity search returns',
      code: `${PROGRAM}
const repositories: Target[] = [new Repository('registry/app')];
function forget(target: Target) {
  const index = repositories.indexOf(target);
  if (index > -1) repositories.splice(index, 1);
}
forget(new ProgressTarget(repositories[0]!));`,
      errors: [
        {
          messageId: 'silentSkip',
          data: {
            function: 'forget',
            effect: 'repositories.splice(index, 1)',
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:19',
          },
          line: 17,
          column: 3,
          endLine: 17,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'a gate on the element find returns',
      code: `${PROGRAM}
const repositories: Target[] = [new Repository('registry/app')];
function touch(target: Target) {
  const found = repositories.find((each) => each === target);
  if (found) found.push('touched');
}
touch(new ProgressTarget(repositories[0]!));`,
      errors: [
        {
          messageId: 'silentSkip',
          data: {
            function: 'touch',
            effect: 'found.push(\'touched\')',
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:19',
          },
          line: 17,
          column: 3,
          endLine: 17,
          endColumn: 13,
        },
      ],
    },
  ],
});
