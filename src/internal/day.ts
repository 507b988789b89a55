/**
 * Calendar days as text, without date-fns's `format` (its tokens and locale machinery are most of a small bundle:
 * `organisationsAt` alone went from about 43 kB to 53 kB gzip with it). Each gives what `format` gives for the same
 * pattern (test/internal/day.test.ts checks them against it).
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A year as `format`'s `yyyy` writes it: at least four digits. */
function yearText(year: number): string {
  return String(year).padStart(4, '0');
}

/** The local calendar day of a date as an ISO date, as `format(date, 'yyyy-MM-dd')` writes it: `2024-04-01`. */
export function isoDayOf(date: Date): string {
  return `${yearText(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** An ISO date (`2026-12-04`) written out for people, as `format(parseISO(day), 'd MMMM yyyy')` writes it: `4 December 2026`. */
export function longDayOf(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${yearText(year ?? 0)}`;
}
