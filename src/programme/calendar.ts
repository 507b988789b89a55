import { endOfDay } from 'date-fns/endOfDay';
import { endOfMonth } from 'date-fns/endOfMonth';
import { getMonth } from 'date-fns/getMonth';
import { getYear } from 'date-fns/getYear';
import { isValid } from 'date-fns/isValid';
import { startOfDay } from 'date-fns/startOfDay';
import type { z } from 'zod';
import { deepFreeze } from '../internal/freeze.js';
// The schemas of these labels are in ./schema.ts (built by ./lazy-schema.ts): the calendar's functions parse nothing.
import type { FinancialYearSchema, QuarterSchema } from './schema.js';

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

/** The start year of a well-formed label, or undefined when the label is malformed. */
export function startYearOf(label: string): number | undefined {
  const match = FINANCIAL_YEAR.exec(label);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return (start + 1) % 100 === end ? start : undefined;
}

/**
 * An NHS financial year label such as "2023/24", produced by FinancialYearSchema or financialYearOf.
 *
 * @category Programme
 */
export type FinancialYear = z.output<typeof FinancialYearSchema>;

/**
 * A quarter of the financial year, Q1 (April to June) to Q4 (January to March).
 *
 * @category Programme
 */
export type Quarter = z.output<typeof QuarterSchema>;

/**
 * The four quarters of a financial year, in order.
 *
 */
export const QUARTERS: readonly Quarter[] = deepFreeze(['Q1', 'Q2', 'Q3', 'Q4'] as const);

const QUARTER_MONTHS: Readonly<Record<Quarter, string>> = deepFreeze({
  Q1: 'April to June',
  Q2: 'July to September',
  Q3: 'October to December',
  Q4: 'January to March',
});

function checkDate(date: unknown, name: string): asserts date is Date {
  if (!(date instanceof Date)) throw new TypeError(`${name}: date must be a Date, got ${typeof date}`);
  if (!isValid(date)) throw new RangeError(`${name}: date is an invalid Date; pass a real date such as new Date(2023, 3, 1)`);
}

/** The start year of a financial year label, or a RangeError naming the caller. */
export function startYearOfFinancialYear(financialYear: string, name: string): number {
  if (typeof financialYear !== 'string') {
    throw new TypeError(`${name}: financialYear must be a string such as "2023/24", got ${typeof financialYear}`);
  }
  const start = startYearOf(financialYear);
  if (start === undefined) {
    throw new RangeError(`${name}: "${financialYear}" is not a financial year; write it as "2023/24" (a year, a slash, the last two digits of the next year)`);
  }
  return start;
}

function checkQuarter(quarter: unknown, name: string): asserts quarter is Quarter {
  if (!QUARTERS.includes(quarter as Quarter)) {
    throw new RangeError(`${name}: quarter must be one of Q1, Q2, Q3, Q4, got ${String(quarter)}`);
  }
}

/** The label of the financial year that starts in April of a year. */
export function financialYearLabel(startYear: number): FinancialYear {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}` as FinancialYear;
}

/**
 * Tells whether a value is a well-formed financial year label such as `"2023/24"`.
 *
 * @param value - Any value.
 * @returns True when `value` is a string like `"2023/24"` whose two years follow each other.
 * @example
 * ```ts
 * isFinancialYear('2023/24'); // true
 * isFinancialYear('2023/25'); // false
 * ```
 * @category Programme
 */
export function isFinancialYear(value: unknown): value is FinancialYear {
  return typeof value === 'string' && startYearOf(value) !== undefined;
}

/**
 * Reads a financial year label, checking that it is well formed.
 *
 * @param value - A label such as `"2023/24"`.
 * @returns The same label, typed as a financial year.
 * @throws RangeError when the label is malformed; TypeError when it is not a string.
 * @example
 * ```ts
 * const year = parseFinancialYear('2023/24');
 * ```
 * @category Programme
 */
export function parseFinancialYear(value: string): FinancialYear {
  return financialYearLabel(startYearOfFinancialYear(value, 'parseFinancialYear'));
}

/**
 * Gives the NHS financial year that a date falls in, in the runtime's local time zone.
 *
 * @param date - Any valid date.
 * @returns The financial year, e.g. `"2023/24"` for any day from 1 April 2023 to 31 March 2024.
 * @throws TypeError when `date` is not a Date; RangeError when it is an invalid Date.
 * @example
 * ```ts
 * financialYearOf(new Date(2024, 2, 31)); // '2023/24'
 * financialYearOf(new Date(2024, 3, 1)); // '2024/25'
 * ```
 * @category Programme
 */
export function financialYearOf(date: Date): FinancialYear {
  checkDate(date, 'financialYearOf');
  const year = getYear(date);
  return financialYearLabel(getMonth(date) >= 3 ? year : year - 1);
}

/**
 * Gives the quarter of the financial year that a date falls in, in the runtime's local time zone.
 *
 * @param date - Any valid date.
 * @returns `Q1` (April to June), `Q2` (July to September), `Q3` (October to December) or `Q4` (January to March).
 * @throws TypeError when `date` is not a Date; RangeError when it is an invalid Date.
 * @example
 * ```ts
 * financialQuarterOf(new Date(2023, 3, 1)); // 'Q1'
 * financialQuarterOf(new Date(2024, 0, 15)); // 'Q4'
 * ```
 * @category Programme
 */
export function financialQuarterOf(date: Date): Quarter {
  checkDate(date, 'financialQuarterOf');
  const quarter = QUARTERS[Math.floor(((getMonth(date) + 9) % 12) / 3)];
  if (quarter === undefined) throw new RangeError('financialQuarterOf: unreachable month');
  return quarter;
}

/**
 * Gives the first moment of a financial year: midnight at the start of 1 April, local time.
 *
 * @param financialYear - A label such as `"2023/24"`.
 * @returns A new Date for 1 April of the first year, 00:00:00.000.
 * @throws RangeError when the label is malformed.
 * @example
 * ```ts
 * startOfFinancialYear('2023/24'); // 1 April 2023, 00:00
 * ```
 * @category Programme
 */
export function startOfFinancialYear(financialYear: string): Date {
  const start = startYearOfFinancialYear(financialYear, 'startOfFinancialYear');
  return startOfDay(new Date(start, 3, 1));
}

/**
 * Gives the last moment of a financial year: the end of 31 March, local time (as date-fns `endOfDay`).
 *
 * @param financialYear - A label such as `"2023/24"`.
 * @returns A new Date for 31 March of the second year, 23:59:59.999.
 * @throws RangeError when the label is malformed.
 * @example
 * ```ts
 * endOfFinancialYear('2023/24'); // 31 March 2024, 23:59:59.999
 * ```
 * @category Programme
 */
export function endOfFinancialYear(financialYear: string): Date {
  const start = startYearOfFinancialYear(financialYear, 'endOfFinancialYear');
  return endOfDay(new Date(start + 1, 2, 31));
}

function quarterFirstMonth(start: number, quarter: Quarter): Date {
  const index = QUARTERS.indexOf(quarter);
  return new Date(start, 3 + index * 3, 1);
}

/**
 * Gives the first moment of a quarter of a financial year, local time.
 *
 * @param financialYear - A label such as `"2023/24"`.
 * @param quarter - `Q1` to `Q4`.
 * @returns A new Date for the first day of the quarter, 00:00:00.000.
 * @throws RangeError when the label or the quarter is malformed.
 * @example
 * ```ts
 * startOfFinancialQuarter('2023/24', 'Q4'); // 1 January 2024, 00:00
 * ```
 * @category Programme
 */
export function startOfFinancialQuarter(financialYear: string, quarter: Quarter): Date {
  const start = startYearOfFinancialYear(financialYear, 'startOfFinancialQuarter');
  checkQuarter(quarter, 'startOfFinancialQuarter');
  return startOfDay(quarterFirstMonth(start, quarter));
}

/**
 * Gives the last moment of a quarter of a financial year, local time (as date-fns `endOfMonth`).
 *
 * @param financialYear - A label such as `"2023/24"`.
 * @param quarter - `Q1` to `Q4`.
 * @returns A new Date for the last day of the quarter, 23:59:59.999.
 * @throws RangeError when the label or the quarter is malformed.
 * @example
 * ```ts
 * endOfFinancialQuarter('2023/24', 'Q1'); // 30 June 2023, 23:59:59.999
 * ```
 * @category Programme
 */
export function endOfFinancialQuarter(financialYear: string, quarter: Quarter): Date {
  const start = startYearOfFinancialYear(financialYear, 'endOfFinancialQuarter');
  checkQuarter(quarter, 'endOfFinancialQuarter');
  const first = quarterFirstMonth(start, quarter);
  return endOfMonth(new Date(first.getFullYear(), first.getMonth() + 2, 1));
}

/**
 * One period of the quarterly assurance calendar.
 *
 * @category Programme
 */
export interface AssurancePeriod {
  /** The financial year, e.g. `"2023/24"`. */
  readonly financialYear: FinancialYear;
  /** The quarter, `Q1` to `Q4`. */
  readonly quarter: Quarter;
  /** A label such as `"2023/24 Q1 (April to June 2023)"`. */
  readonly label: string;
  /** The first moment of the quarter. */
  readonly start: Date;
  /** The last moment of the quarter. */
  readonly end: Date;
}

/**
 * Lists the four quarterly assurance periods of a financial year, Q1 first.
 *
 * @param financialYear - A label such as `"2023/24"`.
 * @returns Four frozen periods, each with its label, first and last moment.
 * @throws RangeError when the label is malformed.
 * @example
 * ```ts
 * assurancePeriodsOf('2023/24').map((period) => period.label);
 * // ['2023/24 Q1 (April to June 2023)', …, '2023/24 Q4 (January to March 2024)']
 * ```
 * @category Programme
 */
export function assurancePeriodsOf(financialYear: string): readonly AssurancePeriod[] {
  const start = startYearOfFinancialYear(financialYear, 'assurancePeriodsOf');
  const year = financialYearLabel(start);
  return deepFreeze(
    QUARTERS.map((quarter) => {
      const first = startOfFinancialQuarter(year, quarter);
      return {
        financialYear: year,
        quarter,
        label: `${year} ${quarter} (${QUARTER_MONTHS[quarter]} ${getYear(first)})`,
        start: first,
        end: endOfFinancialQuarter(year, quarter),
      };
    }),
  );
}
