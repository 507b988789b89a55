import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frozenNumbers } from '../../src/internal/frozen-numbers.js';

describe('frozenNumbers: a frozen plain array of the numbers, sharing boxes', () => {
  it('copies every number exactly (Object.is), in order, into a frozen plain array', () => {
    fc.assert(
      fc.property(fc.float64Array({ maxLength: 200 }), (values) => {
        const copy = frozenNumbers(values);
        expect(Array.isArray(copy)).toBe(true);
        expect(Object.isFrozen(copy)).toBe(true);
        expect(copy).toHaveLength(values.length);
        values.forEach((value, k) => expect(Object.is(copy[k], value)).toBe(true));
      }),
      { numRuns: 500, seed: 20_261_205 },
    );
  });

  it('keeps 0 and -0 apart, and NaN, when the cache has seen the other', () => {
    const copy = frozenNumbers(Float64Array.of(0, -0, 0, Number.NaN, Number.NaN, -0));
    expect(copy.map((value) => Object.is(value, -0))).toEqual([false, true, false, false, false, true]);
    expect(copy.map((value) => Number.isNaN(value))).toEqual([false, false, false, true, true, false]);
  });

  it('stays exact when more distinct values arrive than the cache holds (slots are overwritten)', () => {
    const many = Float64Array.from({ length: 20_000 }, (_, k) => k / 7 + 0.5);
    const first = frozenNumbers(many);
    const again = frozenNumbers(many.slice().reverse());
    expect(first.every((value, k) => value === many[k])).toBe(true);
    expect(again.every((value, k) => value === many[many.length - 1 - k])).toBe(true);
  });
});
