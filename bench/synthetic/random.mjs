// @ts-check

/**
 * A small seeded random source (mulberry32), so that a seed always yields the same project.
 * `Math.random` cannot be seeded, and the benchmark must measure the same code on every run.
 *
 * @param {number} seed
 */
export function seededRandom(seed) {
  let state = seed >>> 0;

  /** A float in [0, 1). */
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  /**
   * An integer in [min, max].
   *
   * @param {number} min
   * @param {number} max
   */
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));

  /**
   * One element of a non-empty list.
   *
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  const pick = (items) => /** @type {T} */ (items[int(0, items.length - 1)]);

  return { next, int, pick };
}

/** @typedef {ReturnType<typeof seededRandom>} Random */
