import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfFinancialYear, financialYearOf, startOfFinancialYear, endOfFinancialQuarter, financialQuarterOf, startOfFinancialQuarter } from '../../src/programme/index.js';

const dates = fc.date({ min: new Date(1990, 0, 1), max: new Date(2090, 11, 31), noInvalidDate: true });

describe('calendar laws', () => {
  it('puts every date inside its financial year', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const year = financialYearOf(date);
        expect(startOfFinancialYear(year).getTime()).toBeLessThanOrEqual(date.getTime());
        expect(date.getTime()).toBeLessThanOrEqual(endOfFinancialYear(year).getTime());
      }),
    );
  });

  it('puts every date inside its quarter', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const year = financialYearOf(date);
        const quarter = financialQuarterOf(date);
        expect(startOfFinancialQuarter(year, quarter).getTime()).toBeLessThanOrEqual(date.getTime());
        expect(date.getTime()).toBeLessThanOrEqual(endOfFinancialQuarter(year, quarter).getTime());
      }),
    );
  });

  it('gives consecutive years that meet without a gap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), (start) => {
        const year = financialYearOf(new Date(start, 5, 1));
        const next = financialYearOf(new Date(start + 1, 5, 1));
        expect(startOfFinancialYear(next).getTime() - endOfFinancialYear(year).getTime()).toBe(1);
      }),
    );
  });
});
