import { describe, expect, it } from 'vitest';

import { median, medianRatio } from '../../bench/statistics.mjs';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves NaN out, and is NaN for no value', () => {
    expect(median([Number.NaN, 7, 3])).toBe(5);
    expect(median([])).toBeNaN();
  });
});

describe('medianRatio', () => {
  it('pairs the rounds and takes the median of their ratios, not the ratio of the medians', () => {
    // Round ratios 2, 1.5, 1: their median is 1.5; the medians' ratio would be 6 / 4.
    expect(medianRatio([2, 6, 10], [1, 4, 10])).toBe(1.5);
  });

  it('pairs only the rounds both sides have', () => {
    expect(medianRatio([3, 100], [1])).toBe(3);
    expect(medianRatio([3], [])).toBeNaN();
  });
});
