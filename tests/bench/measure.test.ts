import { describe, expect, it } from 'vitest';

import { gnuTimeProblem, measure, parseRusage } from '../../bench/measure.mjs';

describe('parseRusage', () => {
  it("reads elapsed, user and system seconds and the peak RSS from GNU time's line", () => {
    expect(
      parseRusage('Command exited with non-zero status 1\nbench-rusage 12.50 10.25 0.75 204800\n'),
    ).toEqual({
      elapsed: 12.5,
      user: 10.25,
      system: 0.75,
      maxRssKb: 204800,
    });
  });

  it('reads nothing from output without that line', () => {
    expect(
      parseRusage('/usr/bin/time: cannot run nosuchcommand: No such file or directory\n'),
    ).toBeUndefined();
  });
});

const problem = gnuTimeProblem();

describe.skipIf(problem !== undefined)(
  problem ? `measure (skipped: ${problem})` : 'measure',
  () => {
    const node = process.execPath;
    const options = { cwd: process.cwd(), timeoutSeconds: 60 };

    it("reports the child's peak memory, exit code and output", async () => {
      const script =
        'const b = Buffer.alloc(300 * 2 ** 20, 1); console.log(b.length); process.exit(3)';

      const run = await measure(node, ['-e', script], options);

      expect(run.status).toBe(3);
      expect(run.stdout).toBe(`${300 * 2 ** 20}\n`);
      expect(run.peakRssMb).toBeGreaterThan(300);
      expect(run.peakRssMb).toBeLessThan(450);
      expect(run.cpuSeconds).toBeGreaterThan(0);
      expect(run.timedOut).toBe(false);
    });

    it('does not report the memory of a bigger earlier child for a small one', async () => {
      await measure(node, ['-e', 'Buffer.alloc(300 * 2 ** 20, 1)'], options);

      const small = await measure(node, ['-e', '0'], options);

      expect(small.status).toBe(0);
      expect(small.peakRssMb).toBeLessThan(150);
    });

    it('kills a child that outlives the timeout, and says so', async () => {
      const run = await measure(node, ['-e', 'setInterval(() => {}, 1000)'], {
        ...options,
        timeoutSeconds: 1,
      });

      expect(run.timedOut).toBe(true);
      expect(run.signal).toBe('SIGKILL');
      expect(run.wallSeconds).toBeLessThan(10);
    });
  },
);
