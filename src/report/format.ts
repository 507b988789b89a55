/** Display formatting shared by the renderers. Models keep numbers unrounded; only renderers round. */

/** The sign shown before negative numbers: a true minus sign, which screen readers read as "minus". */
const MINUS = '\u2212';

/** A dash shown where there is no value. */
export const NO_VALUE = '\u2013';

/** Formats a number to a fixed number of decimals, with a true minus sign; a dash for null. */
export function formatNumber(value: number | null, decimals = 2): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const text = value.toFixed(decimals);
  // Most numbers are not negative: their text is the answer (the check below ran a pattern on every cell of a table).
  if (value >= 0) return text;
  // -0.00 is shown as 0.00.
  if (/^-0(?:\.0+)?$/.test(text)) return text.slice(1);
  return text.startsWith('-') ? `${MINUS}${text.slice(1)}` : text;
}

/** Formats a score to 2 decimals; a dash for null. */
export function formatScore(value: number | null): string {
  return formatNumber(value, 2);
}

/** Formats a change with its sign (+0.25, −0.10, 0.00); a dash for null. */
export function formatChange(value: number | null, decimals = 2): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const text = formatNumber(value, decimals);
  return Number(value.toFixed(decimals)) > 0 ? `+${text}` : text;
}

/** Formats a fraction in [0, 1] as a whole percentage ("57%"); a dash for null. */
export function formatPercent(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return NO_VALUE;
  return `${formatNumber(fraction * 100, 0)}%`;
}

/** Formats a whole count with thousands separators, as en-GB writes them (1,234). */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  const text = String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `${MINUS}${text}` : text;
}

/** Formats a p-value: "< 0.001" when tiny, else 3 decimals; a dash for null. */
export function formatPValue(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return value < 0.001 ? '< 0.001' : value.toFixed(3);
}

/** "1 alliance" / "3 alliances". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Capitalises the first letter. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Formats an ISO date (`yyyy-mm-dd`) as the NHS writes it ("31 March 2024"); any other text is shown as given. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  const day = Number(match[3]);
  if (month === undefined || day < 1 || day > 31) return iso;
  return `${day} ${month} ${match[1]!}`;
}

/**
 * Names a round once: its label, then its financial year unless the label already says it
 * ("2023/24", not "2023/24, financial year 2023/24").
 */
export function roundName(round: { readonly label: string; readonly financialYear: string }): string {
  return round.label.includes(round.financialYear) ? round.label : `${round.label}, financial year ${round.financialYear}`;
}
