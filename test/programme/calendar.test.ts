import { describe, expect, it } from 'vitest';
import {
  assurancePeriodsOf,
  endOfFinancialYear,
  financialYearOf,
  startOfFinancialYear,
  isFinancialYear,
  parseFinancialYear,
  endOfFinancialQuarter,
  financialQuarterOf,
  startOfFinancialQuarter,
  type Quarter,
} from '../../src/programme/index.js';
import { QUARTERS } from '../../src/programme/calendar.js';
import { isDeepFrozen } from '../helpers/frozen.js';

const parts = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds()];

describe('the test time zone', () => {
  it('is Europe/London, with British Summer Time', () => {
    expect(new Date(2024, 0, 15).getTimezoneOffset()).toBe(0);
    expect(new Date(2024, 5, 15).getTimezoneOffset()).toBe(-60);
  });
});

describe('financialYearOf', () => {
  it('gives the financial year, April to March', () => {
    expect(financialYearOf(new Date(2023, 3, 1))).toBe('2023/24');
    expect(financialYearOf(new Date(2024, 2, 31, 23, 59, 59, 999))).toBe('2023/24');
    expect(financialYearOf(new Date(2024, 3, 1))).toBe('2024/25');
    expect(financialYearOf(new Date(2024, 0, 1))).toBe('2023/24');
    expect(financialYearOf(new Date(2023, 11, 31))).toBe('2023/24');
  });

  it('reads the local day across the change to British Summer Time', () => {
    // 00:30 on 1 April 2024 in London (BST) is 23:30 on 31 March in UTC.
    const justAfterMidnight = new Date('2024-03-31T23:30:00Z');
    expect(justAfterMidnight.getDate()).toBe(1);
    expect(financialYearOf(justAfterMidnight)).toBe('2024/25');
  });

  it('writes the century turn with two digits', () => {
    expect(financialYearOf(new Date(1999, 6, 1))).toBe('1999/00');
    expect(financialYearOf(new Date(2009, 6, 1))).toBe('2009/10');
  });

  it('refuses what is not a valid Date', () => {
    expect(() => financialYearOf('2024-04-01' as unknown as Date)).toThrow(TypeError);
    expect(() => financialYearOf(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => financialYearOf(new Date(Number.NaN))).toThrow(/^financialYearOf:/);
  });

  it('does not change the date it is given', () => {
    const date = new Date(2023, 5, 1);
    const before = date.getTime();
    financialYearOf(date);
    financialQuarterOf(date);
    expect(date.getTime()).toBe(before);
  });
});

describe('financialQuarterOf', () => {
  it('gives Q1 for April to June up to Q4 for January to March', () => {
    const expected: Quarter[] = ['Q4', 'Q4', 'Q4', 'Q1', 'Q1', 'Q1', 'Q2', 'Q2', 'Q2', 'Q3', 'Q3', 'Q3'];
    for (let month = 0; month < 12; month++) expect(financialQuarterOf(new Date(2023, month, 15))).toBe(expected[month]);
  });

  it('refuses what is not a valid Date', () => {
    expect(() => financialQuarterOf(null as unknown as Date)).toThrow(/^financialQuarterOf:/);
    expect(() => financialQuarterOf(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('the first and last moments of a year and a quarter', () => {
  it('runs a financial year from 1 April to 31 March, local time', () => {
    expect(parts(startOfFinancialYear('2023/24'))).toEqual([2023, 4, 1, 0, 0, 0, 0]);
    expect(parts(endOfFinancialYear('2023/24'))).toEqual([2024, 3, 31, 23, 59, 59, 999]);
  });

  it('gives each quarter its first and last day', () => {
    expect(parts(startOfFinancialQuarter('2023/24', 'Q1'))).toEqual([2023, 4, 1, 0, 0, 0, 0]);
    expect(parts(endOfFinancialQuarter('2023/24', 'Q1'))).toEqual([2023, 6, 30, 23, 59, 59, 999]);
    expect(parts(startOfFinancialQuarter('2023/24', 'Q2'))).toEqual([2023, 7, 1, 0, 0, 0, 0]);
    expect(parts(endOfFinancialQuarter('2023/24', 'Q2'))).toEqual([2023, 9, 30, 23, 59, 59, 999]);
    expect(parts(startOfFinancialQuarter('2023/24', 'Q3'))).toEqual([2023, 10, 1, 0, 0, 0, 0]);
    expect(parts(endOfFinancialQuarter('2023/24', 'Q3'))).toEqual([2023, 12, 31, 23, 59, 59, 999]);
    expect(parts(startOfFinancialQuarter('2023/24', 'Q4'))).toEqual([2024, 1, 1, 0, 0, 0, 0]);
    expect(parts(endOfFinancialQuarter('2023/24', 'Q4'))).toEqual([2024, 3, 31, 23, 59, 59, 999]);
  });

  it('handles the century turn', () => {
    expect(parts(endOfFinancialYear('1999/00'))).toEqual([2000, 3, 31, 23, 59, 59, 999]);
  });

  it('refuses malformed financial years and quarters with the function name', () => {
    for (const bad of ['2023-24', '2023/25', '23/24', 'abcd/ef', '']) {
      expect(() => startOfFinancialYear(bad)).toThrow(RangeError);
      expect(() => startOfFinancialYear(bad)).toThrow(/^startOfFinancialYear:/);
    }
    expect(() => endOfFinancialYear(2023 as unknown as string)).toThrow(TypeError);
    expect(() => endOfFinancialYear('2023-24')).toThrow(/^endOfFinancialYear:/);
    expect(() => startOfFinancialQuarter('2023/24', 'Q5' as Quarter)).toThrow(/^startOfFinancialQuarter:/);
    expect(() => endOfFinancialQuarter('2023/24', 'q1' as Quarter)).toThrow(/^endOfFinancialQuarter:/);
  });
});

describe('financial year labels', () => {
  it('recognises well-formed labels only', () => {
    expect(isFinancialYear('2023/24')).toBe(true);
    expect(isFinancialYear('1999/00')).toBe(true);
    expect(isFinancialYear('2023/25')).toBe(false);
    expect(isFinancialYear(202324)).toBe(false);
    expect(parseFinancialYear('2024/25')).toBe('2024/25');
    expect(() => parseFinancialYear('2024')).toThrow(/^parseFinancialYear:/);
  });
});

describe('assurancePeriodsOf', () => {
  it('lists the four quarters of the year with their dates', () => {
    const calendar = assurancePeriodsOf('2023/24');
    expect(calendar.map((period) => period.quarter)).toEqual(QUARTERS);
    expect(calendar.map((period) => period.label)).toEqual([
      '2023/24 Q1 (April to June 2023)',
      '2023/24 Q2 (July to September 2023)',
      '2023/24 Q3 (October to December 2023)',
      '2023/24 Q4 (January to March 2024)',
    ]);
    expect(calendar.every((period) => period.financialYear === '2023/24')).toBe(true);
    expect(parts(calendar[3]!.end)).toEqual([2024, 3, 31, 23, 59, 59, 999]);
    for (let i = 1; i < 4; i++) expect(calendar[i]!.start.getTime() - calendar[i - 1]!.end.getTime()).toBe(1);
  });

  it('returns a frozen result', () => {
    expect(isDeepFrozen(assurancePeriodsOf('2024/25'))).toBe(true);
  });

  it('refuses a malformed year', () => {
    expect(() => assurancePeriodsOf('2024/26')).toThrow(/^assurancePeriodsOf:/);
  });
});
