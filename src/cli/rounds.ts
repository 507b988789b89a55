import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { financialYearOf } from 'cancer-alliance-framework/programme';

/** A round as the reports need it. */
export interface RoundSpec {
  readonly label: string;
  /** `yyyy-mm-dd`. */
  readonly date: string;
  /** e.g. `2023/24`. */
  readonly financialYear: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A financial year written `2023/24`, `2023-24` or `2023/2024` somewhere in a label. */
const FINANCIAL_YEAR_IN_LABEL = /(?:^|\D)(\d{4})\s*[/-]\s*(\d{2}|\d{4})(?:\D|$)/;

/**
 * The years a round may be dated in. Four-digit years only: JavaScript reads years 0 to 99 as 1900 to 1999, and a
 * year after 9999 cannot be written `yyyy-mm-dd`, so either would date a round wrongly or fail later.
 */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/** Reads a `yyyy-mm-dd` date of a year from 1000 to 9999, or null when the text is not a real date written so. */
export function readIsoDate(text: string): Date | null {
  if (!ISO_DATE.test(text) || Number(text.slice(0, 4)) < FIRST_YEAR) return null;
  const date = parseISO(text);
  return isValid(date) && format(date, 'yyyy-MM-dd') === text ? date : null;
}

/**
 * The 31 March that closes the financial year a label names (`2023/24` → 2024-03-31), or null when it names none
 * whose end falls in a year from 1000 to 9999.
 */
export function endOfFinancialYearIn(label: string): Date | null {
  const match = FINANCIAL_YEAR_IN_LABEL.exec(label);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const start = Number(match[1]);
  if (start < FIRST_YEAR || start + 1 > LAST_YEAR) return null;
  const second = Number(match[2]);
  const follows = match[2].length === 2 ? second === (start + 1) % 100 : second === start + 1;
  if (!follows) return null;
  return new Date(start + 1, 2, 31);
}

/** A label written as a date, real or not. */
const DATE_LIKE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** A round label that names neither a financial year nor a real date, given without a date. */
export class RoundLabelError extends Error {}

/**
 * The date a label names: the 31 March closing the financial year it names (`2023/24`, `Survey 2023-24`), or the day
 * it is (`2024-03-31`). Throws {@link RoundLabelError} when it names neither, or an impossible date (`2023-13-45`).
 */
function dateOfLabel(label: string): Date {
  const trimmed = label.trim();
  if (DATE_LIKE.test(trimmed)) {
    const day = readIsoDate(trimmed);
    if (day === null) throw new RoundLabelError(`"${label}" is not a real date: write yyyy-mm-dd with a month from 01 to 12 and a day that month has, e.g. 2024-03-31.`);
    return day;
  }
  const end = endOfFinancialYearIn(trimmed);
  if (end === null) {
    throw new RoundLabelError(
      `"${label}" names neither a financial year nor a date: name the round by its financial year (e.g. 2023/24) or a real date (e.g. 2024-03-31), or give its date with --date (or --previous-date).`,
    );
  }
  return end;
}

function spec(label: string, date: Date): RoundSpec {
  return { label, date: format(date, 'yyyy-MM-dd'), financialYear: financialYearOf(date) };
}

/**
 * The round of the answers: the label and date given, or what they imply. A label naming a financial year
 * (`2023/24`) dates the round on the 31 March that closes it, a label that is a date (`2024-03-31`) on that day; a
 * date alone names the round by its financial year; with neither, the round is today's. A label that names neither,
 * without a date, throws {@link RoundLabelError}: a round is never dated silently.
 */
export function resolveRound(label: string | undefined, date: Date | undefined, today: Date): RoundSpec {
  if (label !== undefined && date !== undefined) {
    if (DATE_LIKE.test(label.trim())) dateOfLabel(label);
    return spec(label, date);
  }
  if (date !== undefined) return spec(financialYearOf(date), date);
  if (label !== undefined) return spec(label, dateOfLabel(label));
  return spec(financialYearOf(today), today);
}

/**
 * The previous round: the label and date given, or what they imply; by default a year before the round.
 */
export function resolvePreviousRound(label: string | undefined, date: Date | undefined, round: RoundSpec): RoundSpec {
  const roundDate = parseISO(round.date);
  if (label !== undefined && date !== undefined) return spec(label, date);
  if (date !== undefined) return spec(financialYearOf(date), date);
  if (label !== undefined) return spec(label, dateOfLabel(label));
  const previous = addYears(roundDate, -1);
  return spec(financialYearOf(previous), previous);
}
