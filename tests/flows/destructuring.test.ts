import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('destructuring');
const { step } = fixture;

describe('flows through destructuring (fixtures/flows/destructuring)', () => {
  it('follows the Proxy through two destructurings to the private field its method reads', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/session-cache.ts',
          ruleId: 'wrapper-pitfalls/no-private-brand-proxied',
          line: 17,
          column: 5,
          message:
            '`this.#users` throws a TypeError when `this` is a Proxy (made in src/usage.ts:9), ' +
            'which has no `#users`: call it on the instance itself, not on a proxy or wrapper of ' +
            'it (mark instances raw before they enter a proxy), or keep that state in a WeakMap.',
          flow: [
            step('src/usage.ts', 9, 19, 'proxies `target` here'),
            step('src/usage.ts', 9, 9, 'held in `counted`'),
            step('src/usage.ts', 15, 12, 'stored in `counted` here'),
            step('src/services.ts', 10, 11, 'destructured into `sessions`'),
            step('src/services.ts', 11, 12, 'stored in `sessions` here'),
            step('src/login.ts', 3, 9, 'destructured into `sessions`'),
            step('src/login.ts', 7, 3, '`remember()` called on it here'),
            step('src/session-cache.ts', 17, 5, '`this.#users` throws a TypeError for it'),
          ],
        },
      ],
    });
  });

  it('reports nothing when the proxy binds methods to the cache it counts', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
