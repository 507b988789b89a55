import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  competitionRanks,
  honestDecimals,
  mean,
  pearson,
  quantileType7,
  sampleSd,
  spearmanPermutationP,
} from '../../src/analysis/statistics.js';
import { mulberry32, randomInt, shuffleInPlace } from '../../src/internal/random.js';

describe('statistics', () => {
  it('computes quantiles as R type 7 does', () => {
    // R: quantile(c(1, 2, 3, 4, 10), c(0, .1, .25, .5, .75, .9, 1)) = 1, 1.4, 2, 3, 4, 7.6, 10
    const sorted = [1, 2, 3, 4, 10];
    expect([0, 0.1, 0.25, 0.5, 0.75, 0.9, 1].map((p) => quantileType7(sorted, p))).toEqual([1, 1.4, 2, 3, 4, 7.6, 10].map((v, i) => (i === 5 ? expect.closeTo(v, 12) : v)));
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
    expect(Math.abs((mean(drawn) as number) - 0.5)).toBeLessThan(0.05);
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
