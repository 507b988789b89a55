import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  competitionRanks,
  EPSILON,
  honestDecimals,
  mean,
  pearson,
  spearman,
  quantileType7,
  sampleSd,
  sortedAscending,
  spearmanPermutationP,
} from '../../src/analysis/statistics.js';
import { mulberry32, randomInt, shuffleInPlace } from '../../src/internal/random.js';

describe('statistics', () => {
  it('computes quantiles as R type 7 does', () => {
    // R: quantile(c(1, 2, 3, 4, 10), c(0, .1, .25, .5, .75, .9, 1)) = 1, 1.4, 2, 3, 4, 7.6, 10
    const sorted = [1, 2, 3, 4, 10];
    expect([0, 0.1, 0.25, 0.5, 0.75, 0.9, 1].map((p) => quantileType7(sorted, p))).toEqual(
      [1, 1.4, 2, 3, 4, 7.6, 10].map((v, i) => (i === 5 ? (expect.closeTo(v, 12) as unknown) : v)),
    );
    expect(quantileType7([7], 0.25)).toBe(7);
    expect(quantileType7([], 0.5)).toBeNull();
  });

  it('ranks for competition (1, 2, 2, 4) and with averages (for Spearman)', () => {
    expect(competitionRanks([5, 4, 4, 2])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([2, 4, 5, 4])).toEqual([4, 2, 1, 2]);
    expect(competitionRanks([3, 3 + 1e-12, 1])).toEqual([1, 1, 3]);
    expect(averageRanks([10, 20, 20, 30, 20])).toEqual([1, 3, 3, 5, 3]);
  });

  it('gives null rather than NaN', () => {
    expect(mean([])).toBeNull();
    expect(sampleSd([1])).toBeNull();
    expect(sampleSd([1, 3])).toBe(Math.SQRT2);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
    expect(() => pearson([1, 2], [1])).toThrow(RangeError);
    expect(spearmanPermutationP([1, 1, 1], [1, 2, 3], 10, mulberry32(1))).toEqual({ rho: null, pValue: null });
  });

  it('keeps decimals between 0 and 2 by the standard error', () => {
    expect([null, 0, 2, 0.9, 0.408, 0.1, 0.05, 0.001].map(honestDecimals)).toEqual([1, 1, 0, 1, 1, 1, 2, 2]);
  });
});

describe('mulberry32', () => {
  it('gives the same stream for the same seed, in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const drawn = Array.from({ length: 1000 }, () => a());
    expect(drawn).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(drawn.every((value) => value >= 0 && value < 1)).toBe(true);
    // Roughly uniform: the mean of 1000 draws is near 0.5.
    expect(Math.abs(mean(drawn)! - 0.5)).toBeLessThan(0.05);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
    expect(() => mulberry32(1.5)).toThrow(/^mulberry32: seed must be an integer/);
  });

  it('shuffles a permutation and draws integers in range', () => {
    const random = mulberry32(7);
    const values = [1, 2, 3, 4, 5, 6];
    const shuffled = shuffleInPlace([...values], random);
    expect([...shuffled].sort()).toEqual(values);
    for (let i = 0; i < 100; i++) {
      const n = randomInt(random, 3);
      expect(n >= 0 && n < 3 && Number.isInteger(n)).toBe(true);
    }
  });
});

describe('statistics at their boundaries', () => {
  it('ties values exactly EPSILON apart, and separates values further apart', () => {
    // 1e-9 - 0 is exactly EPSILON: within it, so a tie.
    expect(competitionRanks([1e-9, 0])).toEqual([1, 1]);
    expect(competitionRanks([2e-9, 0])).toEqual([1, 2]);
    // Average ranks: a tie spans ranks 1 and 2, so each gets 1.5.
    expect(averageRanks([0, 1e-9])).toEqual([1.5, 1.5]);
    expect(averageRanks([0, 2e-9])).toEqual([1, 2]);
  });

  it('gives ranks for every position, in input order, for a single value and none', () => {
    expect(competitionRanks([7])).toEqual([1]);
    expect(averageRanks([7])).toEqual([1]);
    expect(competitionRanks([])).toEqual([]);
    expect(averageRanks([])).toEqual([]);
  });

  it('correlates two values, and series with a small but real spread', () => {
    // n = 2 is enough: two points always lie on a line.
    expect(pearson([1, 2], [2, 1])).toBe(-1);
    expect(pearson([1, 2], [1, 2])).toBe(1);
    // x = 0, 0.5: sxx = 2 x 0.25^2 = 0.125, far above EPSILON^2, so not constant.
    expect(pearson([0, 0.5], [0, 0.5])).toBe(1);
    expect(pearson([0, 0.5], [1, 0])).toBe(-1);
  });

  it('treats a series whose sum of squares is exactly EPSILON^2 as constant', () => {
    // x = 0, d: mean d/2, sxx = 2 (d/2)^2 = d^2 / 2. With d = 1.4142135623730951e-9 (the double nearest
    // sqrt(2) x 1e-9 from below), sxx comes out as exactly 1e-18 = EPSILON^2 in binary64.
    const d = 1.4142135623730951e-9;
    expect(pearson([0, d], [0, 1])).toBeNull();
    expect(pearson([0, 1], [0, d])).toBeNull();
    // Twice the spread is no longer constant.
    expect(pearson([0, 2 * d], [0, 1])).toBe(1);
    expect(pearson([0, 1], [0, 2 * d])).toBe(1);
  });

  it('names the lengths when the series differ', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(/^pearson: the series have different lengths \(3 and 2\)$/);
  });

  it('draws n - 1 numbers per permutation (Fisher-Yates) and counts permutations as extreme as the observed one', () => {
    // x = y = 1, 2, 3: rho = 1; centred ranks cx = cy = -1, 0, 1; sxx = syy = 2, so the denominator is 2.
    // A generator that always gives 0 makes every draw j = 0: for i = 2 then i = 1, swap y[i] with y[0].
    //   permutation 1: (-1, 0, 1) -> (1, 0, -1) -> (0, 1, -1): sxy = 0 + 0 - 1 = -1, rho = -0.5, not counted
    //   permutation 2: (0, 1, -1) -> (-1, 1, 0) -> (1, -1, 0): sxy = -1 + 0 + 0 = -1, rho = -0.5, not counted
    //   permutation 3: (1, -1, 0) -> (0, -1, 1) -> (-1, 0, 1): sxy = 1 + 0 + 1 = 2, rho = 1, counted
    // p = (1 + 1) / (1 + 3) = 0.5, after 3 x (3 - 1) = 6 draws.
    let draws = 0;
    const zero = () => {
      draws++;
      return 0;
    };
    expect(spearmanPermutationP([1, 2, 3], [1, 2, 3], 3, zero)).toEqual({ rho: 1, pValue: 0.5 });
    expect(draws).toBe(6);
    // A generator just below 1 makes every draw j = i: each element swaps with itself, y stays in order,
    // every permutation has rho = 1 and is counted: p = (1 + 4) / (1 + 4) = 1.
    expect(spearmanPermutationP([1, 2, 3], [1, 2, 3], 4, () => 0.999)).toEqual({ rho: 1, pValue: 1 });
    // The same with y reversed: rho = -1, and |rho| = 1 is what counts.
    expect(spearmanPermutationP([1, 2, 3], [3, 2, 1], 4, () => 0.999)).toEqual({ rho: -1, pValue: 1 });
  });

  it('gives the p-value of a plain permutation test over the same shuffles', () => {
    // The reference: shuffle the y ranks with the same generator (shuffleInPlace is Fisher-Yates too)
    // and recompute Spearman's rho from scratch each time.
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2, 8, 1, 8];
    const permutations = 500;
    const rho = spearman(x, y)!;
    const random = mulberry32(99);
    const ry = averageRanks(y);
    const rx = averageRanks(x);
    let count = 0;
    for (let p = 0; p < permutations; p++) {
      shuffleInPlace(ry, random);
      if (Math.abs(pearson(rx, ry)!) >= Math.abs(rho) - 1e-12) count++;
    }
    const result = spearmanPermutationP(x, y, permutations, mulberry32(99));
    expect(result.rho).toBeCloseTo(rho, 12);
    expect(result.pValue).toBe((1 + count) / (1 + permutations));
  });

  // sortedAscending and competitionRanks sort a Float64Array when no value is a zero or NaN: the same results, value
  // for value (Object.is), as the plain sorts by a comparison function they replaced.
  const scoreLists = fc.array(
    fc.oneof(fc.double({ min: 1, max: 5, noNaN: true }), fc.constantFrom(1, 2, 2.5, 3, 3 + 1e-10, 3 + 5e-10, 3 + 2e-9, 4, -1, 0, -0, Number.NaN, 1e-300, -1e-300)),
    { maxLength: 80 },
  );

  it('sorts as a sort by a - b does, value for value, zeros and NaN included', () => {
    fc.assert(
      fc.property(scoreLists, (values) => {
        const expected = [...values].sort((a, b) => a - b);
        const sorted = sortedAscending(values);
        expect(sorted).toHaveLength(expected.length);
        sorted.forEach((value, k) => expect(Object.is(value, expected[k])).toBe(true));
      }),
      { numRuns: 1_000 },
    );
  });

  it('ranks as sorting the values with their places by a comparison function does', () => {
    const byOrder = (values: readonly number[]): number[] => {
      const order = values.map((value, index) => ({ value, index })).sort((a, b) => b.value - a.value);
      const ranks = new Array<number>(values.length);
      let rank = 1;
      order.forEach((current, i) => {
        if (i > 0 && order[i - 1]!.value - current.value > EPSILON) rank = i + 1;
        ranks[current.index] = rank;
      });
      return ranks;
    };
    fc.assert(
      fc.property(scoreLists, (values) => {
        expect(competitionRanks(values)).toEqual(byOrder(values));
      }),
      { numRuns: 1_000 },
    );
  });
});
