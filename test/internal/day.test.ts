import fc from 'fast-check';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { describe, expect, it } from 'vitest';
import { isoDayOf, longDayOf } from '../../src/internal/day.js';

describe('days as text, as date-fns format writes them', () => {
  it('isoDayOf is format(date, "yyyy-MM-dd") for any date from year 1 to 9999, at any time of day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1, 0, 1), max: new Date(9999, 11, 31, 23, 59, 59), noInvalidDate: true }), (date) => {
        expect(isoDayOf(date)).toBe(format(date, 'yyyy-MM-dd'));
      }),
      { numRuns: 2_000, seed: 20_261_205 },
    );
    expect(isoDayOf(new Date(2024, 3, 1, 0, 30))).toBe('2024-04-01');
  });

  it('longDayOf is format(parseISO(day), "d MMMM yyyy") for any ISO day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }), (date) => {
        const day = format(date, 'yyyy-MM-dd');
        expect(longDayOf(day)).toBe(format(parseISO(day), 'd MMMM yyyy'));
      }),
      { numRuns: 2_000, seed: 20_261_206 },
    );
    expect(longDayOf('2026-12-04')).toBe('4 December 2026');
  });
});
