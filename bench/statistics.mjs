// @ts-check

/**
 * The middle value (the mean of the two middle ones for an even count); NaN for none.
 *
 * @param {readonly number[]} values
 */
export function median(values) {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;

  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  const lower = sorted[middle - 1] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : (lower + upper) / 2;
}

/**
 * The median of the ratios of paired values: round `i` of `over` against round `i` of `under`.
 * Pairing by round keeps a slow spell of the machine from landing on one side of a ratio only.
 *
 * @param {readonly number[]} over
 * @param {readonly number[]} under
 */
export function medianRatio(over, under) {
  const count = Math.min(over.length, under.length);
  const ratios = [];
  for (let i = 0; i < count; i++) {
    ratios.push((over[i] ?? Number.NaN) / (under[i] ?? Number.NaN));
  }

  return median(ratios);
}
