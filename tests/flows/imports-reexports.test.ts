import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('imports-reexports');
const { step } = fixture;

describe('flows through exports, re-exports and imports (fixtures/flows/imports-reexports)', () => {
  it('shows each module boundary the wrapper crosses, from the default export to the renamed import', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/admin-page.ts',
          ruleId: 'wrapper-pitfalls/no-constructor-check-wrapped',
          line: 5,
          column: 7,
          message:
            '`flags.constructor === MemoryStore` is false when `flags` is a NamespacedStore ' +
            '(made in src/flag-store.ts:5): unwrap it first, or test the capability you need.',
          flow: [
            step('src/flag-store.ts', 5, 15, 'NamespacedStore made here'),
            step('src/flag-store.ts', 5, 7, 'held in `flags`'),
            step('src/flag-store.ts', 6, 1, 'exported as the default'),
            step('src/stores.ts', 1, 10, 're-exported as `flagStore`'),
            step('src/index.ts', 1, 1, 're-exported by `export * from "./stores.js";`'),
            step('src/admin-page.ts', 1, 23, 'imported as `flags`'),
            step('src/admin-page.ts', 5, 7, '`flags.constructor === MemoryStore` is false for it'),
          ],
        },
        {
          file: 'src/admin-page.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 8,
          column: 3,
          message:
            'flagStorageNote silently falls through to `return "Flags are kept in the shared ' +
            'store."` when `flags` is a NamespacedStore (made in src/flag-store.ts:5): ' +
            'recognise the wrapped value before the fallback, or unwrap it first.',
          flow: [
            step('src/flag-store.ts', 5, 15, 'NamespacedStore made here'),
            step('src/flag-store.ts', 5, 7, 'held in `flags`'),
            step('src/flag-store.ts', 6, 1, 'exported as the default'),
            step('src/stores.ts', 1, 10, 're-exported as `flagStore`'),
            step('src/index.ts', 1, 1, 're-exported by `export * from "./stores.js";`'),
            step('src/admin-page.ts', 1, 23, 'imported as `flags`'),
            step('src/admin-page.ts', 5, 7, '`flags.constructor === MemoryStore` is false for it'),
            step(
              'src/admin-page.ts',
              8,
              3,
              'so flagStorageNote falls through to `return "Flags are kept in the shared store."`',
            ),
          ],
        },
        {
          file: 'src/test-reset.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 6,
          column: 3,
          message:
            'resetFlags silently skips `flags.clear()` when `flags` is a NamespacedStore ' +
            '(made in src/flag-store.ts:5): handle the wrapped case, or get what it needs ' +
            'without a type check.',
          flow: [
            step('src/flag-store.ts', 5, 15, 'NamespacedStore made here'),
            step('src/flag-store.ts', 5, 7, 'held in `flags`'),
            step('src/flag-store.ts', 6, 1, 'exported as the default'),
            step('src/test-reset.ts', 1, 8, 'imported as `flags`'),
            step('src/test-reset.ts', 6, 7, '`flags instanceof MemoryStore` is false for it'),
            step('src/test-reset.ts', 7, 5, 'so resetFlags skips `flags.clear()`'),
          ],
        },
        {
          file: 'src/test-reset.ts',
          ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
          line: 6,
          column: 7,
          message:
            '`flags instanceof MemoryStore` is false when `flags` is a NamespacedStore (made ' +
            'in src/flag-store.ts:5): unwrap it first, or test the capability you need.',
          flow: [
            step('src/flag-store.ts', 5, 15, 'NamespacedStore made here'),
            step('src/flag-store.ts', 5, 7, 'held in `flags`'),
            step('src/flag-store.ts', 6, 1, 'exported as the default'),
            step('src/test-reset.ts', 1, 8, 'imported as `flags`'),
            step('src/test-reset.ts', 6, 7, '`flags instanceof MemoryStore` is false for it'),
          ],
        },
      ],
    });
  });

  it('reports nothing on the fixed twin', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
