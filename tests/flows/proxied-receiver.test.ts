import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('proxied-receiver');
const { step } = fixture;

describe('flows to a method run on a proxied receiver (fixtures/flows/proxied-receiver)', () => {
  it('follows the instance into the deep proxy and out as the receiver of its method', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/serial-port.ts',
          ruleId: 'wrapper-pitfalls/no-private-brand-proxied',
          line: 10,
          column: 23,
          message:
            '`this.#handle` throws a TypeError when `this` is a proxy made by observable() (made ' +
            'in src/console-panel.ts:5), which has no `#handle`: call it on the instance itself, ' +
            'not on a proxy or wrapper of it (mark instances raw before they enter a proxy), or ' +
            'keep that state in a WeakMap.',
          flow: [
            step('src/observable.ts', 20, 16, 'observable() makes a proxy here'),
            step('src/device-state.ts', 10, 23, 'observable() called here'),
            step('src/device-state.ts', 10, 14, 'held in `device`'),
            step('src/console-panel.ts', 1, 10, 'imported as `device`'),
            step('src/connect.ts', 6, 3, "`new SerialPort(path)` put into the proxy's `port` here"),
            step(
              'src/observable.ts',
              23,
              35,
              "observable()'s get trap wraps what is read in a new proxy here",
            ),
            step(
              'src/console-panel.ts',
              5,
              16,
              'read through the proxy here: a proxy, not the stored object',
            ),
            step('src/console-panel.ts', 5, 9, 'held in `port`'),
            step('src/console-panel.ts', 9, 37, '`write()` called on it here'),
            step('src/serial-port.ts', 10, 23, '`this.#handle` throws a TypeError for it'),
          ],
        },
      ],
    });
  });

  it('reports nothing when the port is kept out of change tracking', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
