/**
 * The SVG primitives every chart is drawn with: the chart options and their checks, coordinates, wrapped text,
 * and the opening of an accessible `<svg>` (its `role="img"`, `<title>` and `<desc>`).
 */
import { TEXT } from './colour.js';
import { isList, isObject, isOneOf } from '../internal/guards.js';
import { showValue } from '../internal/show.js';
import { escapeHtml } from './escape.js';

/**
 * Options of the chart functions.
 *
 * @category Report
 */
export interface RenderChartOptions {
  /**
   * The prefix of the ids inside the SVG (its title, description and patterns): give each chart of a
   * page its own. Letters, digits, `-` and `_`; default `"chart"`.
   */
  readonly idPrefix?: string | undefined;
  /** Decimal places of the values printed on the chart. Default 2. */
  readonly decimals?: number | undefined;
  /**
   * `'wide'` (default) for a page or print; `'narrow'` redraws the chart for a phone-sized screen: about 400 units
   * wide, with larger text and labels by id or on a line of their own, so that it stays readable when scaled to a
   * 390px screen. The HTML reports draw both and show the one that fits.
   */
  readonly layout?: 'wide' | 'narrow' | undefined;
}

/** The font stack of every chart: the system's own sans-serif, no web fonts. */
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Average width of a character of the chart font, as a share of the font size (a conservative estimate). */
export const CHAR_WIDTH = 0.56;

/** The same for a narrow chart's labels, which have no room to spare: wide enough for DejaVu Sans, bold. */
export const NARROW_CHAR_WIDTH = 0.66;

/** The chart options, checked, with their defaults. */
export interface ResolvedChartOptions {
  readonly id: string;
  readonly decimals: number;
  /** True for the narrow layout. */
  readonly narrow: boolean;
}

/** Checks a chart's options and fills in their defaults; `name` is the chart function's, for its messages. */
export function resolveChartOptions(name: string, options: RenderChartOptions | undefined): ResolvedChartOptions {
  if (options !== undefined && !isObject(options)) {
    throw new TypeError(`${name}: options must be an object or undefined`);
  }
  const prefix = options?.idPrefix ?? 'chart';
  if (typeof prefix !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(prefix)) {
    throw new RangeError(`${name}: idPrefix must start with a letter and hold only letters, digits, '-' or '_', got ${JSON.stringify(prefix)}`);
  }
  const decimals = options?.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`${name}: decimals must be a whole number from 0 to 6, got ${String(decimals)}`);
  }
  const layout: unknown = options?.layout ?? 'wide';
  if (!isOneOf(['wide', 'narrow'], layout)) throw new RangeError(`${name}: layout must be 'wide' or 'narrow', got ${showValue(layout)}`);
  return { id: prefix, decimals, narrow: layout === 'narrow' };
}

/** Checks that a field of a chart's data is a string, and gives it back. */
export function checkText(name: string, field: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${name}: ${field} must be a string`);
  return value;
}

/** Checks that a field of a chart's data is an array, and gives it back. */
export function checkArray<T>(name: string, field: string, value: readonly T[] | undefined): readonly T[] {
  if (!isList(value)) throw new TypeError(`${name}: ${field} must be an array`);
  return value;
}

/** Writes a coordinate rounded to 0.1 of a unit: enough for a 1000-unit view box, and short. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Splits text into at most `maxLines` lines of at most `maxChars` characters, ending in an ellipsis when cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const pieces: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    if (word.length === 0) continue;
    for (let start = 0; start < word.length; start += maxChars) pieces.push(word.slice(start, start + maxChars));
  }
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line.length === 0 ? piece : `${line} ${piece}`;
    if (candidate.length <= maxChars) {
      line = candidate;
    } else {
      lines.push(line);
      line = piece;
    }
  }
  if (line.length > 0) lines.push(line);
  if (lines.length === 0) return [''];
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, Math.max(1, maxChars - 1)) : last}\u2026`;
  return kept;
}

/** Writes multi-line text as a `<text>` with one `<tspan>` a line. */
export function textLines(lines: readonly string[], x: number, y: number, attributes: string, lineHeight: number): string {
  const spans = lines.map((line, index) => `<tspan x="${px(x)}"${index === 0 ? ` y="${px(y)}"` : ` dy="${px(lineHeight)}"`}>${escapeHtml(line)}</tspan>`);
  return `<text ${attributes}>${spans.join('')}</text>`;
}

/** Opens an accessible chart: the `<svg>` with its size, `role="img"`, font and colour, then its `<title>` and `<desc>`. */
export function svgOpen(id: string, width: number, height: number, title: string, description: string, className: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart ${className}" viewBox="0 0 ${px(width)} ${px(height)}" width="${px(width)}" height="${px(height)}"`,
    ` role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT}" font-size="12" fill="${TEXT}">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
  ].join('');
}
