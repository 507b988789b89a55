/**
 * A small seeded pseudo-random number generator, so that every run of a randomised method (a
 * permutation test, a synthetic sample) gives the same result for the same seed.
 *
 * The generator is mulberry32 (Tommy Ettinger, public domain): 32 bits of state, a period of 2^32,
 * and output that passes gjrand's tests at the sizes used here. It is not for cryptography.
 */

/** A seeded generator: each call returns the next number in [0, 1). */
export type Random = () => number;

/**
 * Makes a mulberry32 generator from a seed.
 *
 * @param seed - Any integer; it is taken modulo 2^32.
 * @returns A function returning the next number in [0, 1) on each call.
 * @throws RangeError when the seed is not an integer.
 */
export function mulberry32(seed: number): Random {
  if (!Number.isInteger(seed)) throw new RangeError(`mulberry32: seed must be an integer, got ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A uniform integer in [0, n) from a generator.
 *
 * @param random - A generator.
 * @param n - The number of possible values, a positive integer.
 */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/**
 * Shuffles an array in place with the Fisher–Yates algorithm (Durstenfeld's version), drawing from
 * the given generator. Only for arrays the caller owns.
 *
 * @param values - The array to shuffle; it is changed.
 * @param random - A generator.
 * @returns The same array.
 */
export function shuffleInPlace<T>(values: T[], random: Random): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const a = values[i] as T;
    values[i] = values[j] as T;
    values[j] = a;
  }
  return values;
}
