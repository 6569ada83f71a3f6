import { noSilentTypeGate } from '../../src/rules/no-silent-type-gate.js';
import { createRuleTester } from './rule-tester.js';

// Line 8 declares the wrapper; the code under test starts on line 14.
const PROGRAM = `
interface Target { readonly reference: string; push(blob: string): void }
class Repository implements Target { readonly #hints = new Set<string>();
  constructor(readonly reference: string) {}
  addScopeHint(action: string): void { this.#hints.add(action); }
  push(blob: string): void {}
}
class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
`;

const WHERE = 'declared in file.ts:8';

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
            where: WHERE,
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
            effect: "target.addScopeHint('push')",
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: WHERE,
          },
          line: 15,
          column: 3,
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
            effect: "return { kind: 'unknown' }",
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: WHERE,
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
      errors: [{ messageId: 'silentSkip', line: 15, column: 3, endColumn: 47 }],
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
            effect: "target.addScopeHint('push')",
            value: '`target`',
            wrapper: 'a ProgressTarget',
            where: 'made in file.ts:17',
          },
          line: 15,
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
      errors: [{ messageId: 'silentReturn', line: 16, column: 5 }],
    },
  ],
});
