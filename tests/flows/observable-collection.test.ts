import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('observable-collection');
const { step } = fixture;

describe('flows into a collection that converts on write (fixtures/flows/observable-collection)', () => {
  it('follows the object pushed into a tracked array, stored there as a proxy, to the identity search that misses it', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/library-panel.ts',
          ruleId: 'wrapper-pitfalls/no-identity-wrapped',
          line: 6,
          column: 20,
          message:
            '`queue.indexOf(song)` searches by identity, but a proxy made by tracked() (made ' +
            'in src/library-panel.ts:6) is never the object it stands for, so it finds ' +
            'nothing: search the unwrapped collection, or match by an id.',
          flow: [
            step('src/tracked.ts', 15, 10, 'tracked() makes a proxy here'),
            step('src/play-queue.ts', 5, 22, 'tracked() called here'),
            step('src/play-queue.ts', 5, 14, 'held in `queue`'),
            step('src/library-panel.ts', 1, 10, 'imported as `queue`'),
            step('src/play-queue.ts', 8, 3, '`song` put into the proxy here'),
            step(
              'src/tracked.ts',
              17,
              45,
              "tracked()'s set trap stores a new proxy of what is put in, here",
            ),
            step(
              'src/library-panel.ts',
              6,
              20,
              'read through the proxy here: a proxy, not the stored object',
            ),
            step('src/library-panel.ts', 6, 20, '`queue.indexOf(song)` never finds it'),
          ],
        },
        {
          file: 'src/library-panel.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 7,
          column: 3,
          message:
            'dequeue silently skips `queue.splice(position, 1)` when an element of `queue` is ' +
            'a proxy made by tracked() (made in src/library-panel.ts:6): handle the wrapped ' +
            'case, or get what it needs without a type check.',
          flow: [
            step('src/tracked.ts', 15, 10, 'tracked() makes a proxy here'),
            step('src/play-queue.ts', 5, 22, 'tracked() called here'),
            step('src/play-queue.ts', 5, 14, 'held in `queue`'),
            step('src/library-panel.ts', 1, 10, 'imported as `queue`'),
            step('src/play-queue.ts', 8, 3, '`song` put into the proxy here'),
            step(
              'src/tracked.ts',
              17,
              45,
              "tracked()'s set trap stores a new proxy of what is put in, here",
            ),
            step(
              'src/library-panel.ts',
              6,
              20,
              'read through the proxy here: a proxy, not the stored object',
            ),
            step('src/library-panel.ts', 6, 20, '`queue.indexOf(song)` never finds it'),
            step('src/library-panel.ts', 8, 5, 'so dequeue skips `queue.splice(position, 1)`'),
          ],
        },
      ],
    });
  });

  it('reports nothing on the fixed twin', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
