/**
 * Small statistics used by the analysis. Every function takes plain arrays, never changes them, and
 * returns null where a figure does not exist (no NaN, no Infinity).
 */
import type { Random } from '../internal/random.js';
import { randomInt } from '../internal/random.js';

/** Values closer than this are treated as equal (scores are means of a few whole numbers). */
export const EPSILON = 1e-9;

/** The arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The sample standard deviation (n - 1 in the denominator); null when n < 2. */
export function sampleSd(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  const m = mean(values)!;
  let ss = 0;
  for (const value of values) ss += (value - m) ** 2;
  return Math.sqrt(ss / (n - 1));
}

/**
 * The p-quantile of ascending-sorted values by linear interpolation (R's default, type 7):
 * h = (n - 1)p, Q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]), with 0-based x.
 * Null for no values.
 */
export function quantileType7(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const xlo = sorted[lo]!;
  const xhi = sorted[hi]!;
  return xlo + (h - lo) * (xhi - xlo);
}

/** An ascending copy of the values. */
export function sortedAscending(values: readonly number[]): number[] {
  // Compared by < and >, not by a - b: a comparison that returns a difference makes a new number each time (the
  // national analysis at 2,000 organisations sorts some 50,000 values).
  return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Competition ranks ("1, 2, 2, 4"), highest value = rank 1; values within `EPSILON` tie and share
 * the best rank. The result is in the order of the input.
 */
export function competitionRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
  const ranks = new Array<number>(values.length);
  let rank = 1;
  for (let i = 0; i < order.length; i++) {
    const current = order[i] as { value: number; index: number };
    if (i > 0 && (order[i - 1] as { value: number }).value - current.value > EPSILON) rank = i + 1;
    ranks[current.index] = rank;
  }
  return ranks;
}

/**
 * Average ranks (ascending, smallest value = rank 1; tied values share the mean of the ranks they
 * span), in the order of the input: the ranks Spearman's correlation uses.
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && (order[j + 1] as { value: number }).value - (order[i] as { value: number }).value <= EPSILON) j++;
    const average = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) ranks[(order[k] as { index: number }).index] = average;
    i = j + 1;
  }
  return ranks;
}

/** Pearson's correlation of two equally long series; null when n < 2 or either series is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n !== y.length) throw new RangeError(`pearson: the series have different lengths (${n} and ${y.length})`);
  if (n < 2) return null;
  const mx = mean(x)!;
  const my = mean(y)!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx <= EPSILON * EPSILON || syy <= EPSILON * EPSILON) return null;
  return clampCorrelation(sxy / Math.sqrt(sxx * syy));
}

function clampCorrelation(r: number): number {
  return Math.max(-1, Math.min(1, r));
}

/** Spearman's rank correlation: Pearson's correlation of the average ranks (exact with ties). */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  return pearson(averageRanks(x), averageRanks(y));
}

/**
 * Two-sided permutation p-value of Spearman's correlation: the y ranks are shuffled `permutations`
 * times (Fisher–Yates, drawing from `random`) and p = (1 + count(|rho_perm| >= |rho_obs| - 1e-12)) /
 * (1 + permutations). Null when rho is null.
 */
export function spearmanPermutationP(
  x: readonly number[],
  y: readonly number[],
  permutations: number,
  random: Random,
): { readonly rho: number | null; readonly pValue: number | null } {
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const rho = pearson(rx, ry);
  if (rho === null) return { rho: null, pValue: null };
  const n = rx.length;
  // Shuffling leaves the means and sums of squares of the ranks unchanged, so only the cross
  // product needs recomputing for each permutation.
  const mx = mean(rx)!;
  const my = mean(ry)!;
  const cx = rx.map((r) => r - mx);
  const cy = ry.map((r) => r - my);
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += cx[i]! ** 2;
    syy += cy[i]! ** 2;
  }
  const denominator = Math.sqrt(sxx * syy);
  const threshold = Math.abs(rho) - 1e-12;
  const shuffled = [...cy];
  let count = 0;
  for (let p = 0; p < permutations; p++) {
    for (let i = n - 1; i > 0; i--) {
      const j = randomInt(random, i + 1);
      const a = shuffled[i]!;
      shuffled[i] = shuffled[j]!;
      shuffled[j] = a;
    }
    let sxy = 0;
    for (let i = 0; i < n; i++) sxy += cx[i]! * shuffled[i]!;
    if (Math.abs(clampCorrelation(sxy / denominator)) >= threshold) count++;
  }
  return { rho, pValue: (1 + count) / (1 + permutations) };
}

/**
 * The number of decimal places a mean can honestly be shown to: the first decimal place its standard
 * error reaches, -floor(log10(se)), kept between 0 and 2; 1 when the standard error is null or 0.
 */
export function honestDecimals(standardError: number | null): number {
  if (standardError === null || standardError <= 0) return 1;
  const decimals = -Math.floor(Math.log10(standardError));
  return Math.max(0, Math.min(2, decimals));
}

/**
 * Holm's step-down adjustment of p-values for the number of tests: sorted ascending, the i-th of m (from 1) is
 * multiplied by m − i + 1, capped at 1, and never less than the adjusted value before it. Nulls are not tests:
 * they stay null and do not count in m. Ties keep their input order. Returns one value per input, in input order.
 */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const tested = pValues.flatMap((p, index) => (p === null ? [] : [{ p, index }]));
  tested.sort((a, b) => a.p - b.p || a.index - b.index);
  const m = tested.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let running = 0;
  tested.forEach(({ p, index }, i) => {
    running = Math.max(running, Math.min(1, (m - i) * p));
    adjusted[index] = running;
  });
  return adjusted;
}

/**
 * A percentile of sorted replicates: the value at sorted position ⌈q × B⌉ − 1 (from 0), clamped to the list, the
 * "nearest rank" percentile. For B = 1,000 the 2.5th and 97.5th percentiles are the 25th and 975th smallest.
 */
export function nearestRankPercentile(sorted: Float64Array, q: number): number {
  const b = sorted.length;
  const at = Math.min(b - 1, Math.max(0, Math.ceil(q * b - EPSILON) - 1));
  return sorted[at]!;
}

/**
 * The mean of `n` values drawn with replacement from `values` (a bootstrap resample), drawing indexes from `random`.
 */
export function resampledMean(values: Float64Array, random: Random): number {
  const n = values.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += values[Math.floor(random() * n)]!;
  return sum / n;
}
