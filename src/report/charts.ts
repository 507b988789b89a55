import { escapeHtml } from './escape.js';
import { formatNumber, formatPercent, NO_VALUE } from './format.js';

// ---------------------------------------------------------------------------------------------
// Shared
// ---------------------------------------------------------------------------------------------

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
}

/** The font stack of every chart: the system's own sans-serif, no web fonts. */
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const TEXT = '#212B32';
const SECONDARY_TEXT = '#4C6272';
const GRID = '#D8DDE0';
const NHS_BLUE = '#005EB8';

/** Average width of a character of the chart font, as a share of the font size (a conservative estimate). */
const CHAR_WIDTH = 0.56;

interface ResolvedChartOptions {
  readonly id: string;
  readonly decimals: number;
}

function resolveOptions(name: string, options: RenderChartOptions | undefined): ResolvedChartOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
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
  return { id: prefix, decimals };
}

function checkText(name: string, field: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${name}: ${field} must be a string`);
  return value;
}

function checkArray<T>(name: string, field: string, value: readonly T[] | undefined): readonly T[] {
  if (!Array.isArray(value)) throw new TypeError(`${name}: ${field} must be an array`);
  return value;
}

/** Rounds a coordinate to 0.1 of a unit: enough for a 1000-unit view box, and short. */
function n(value: number): string {
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
  const last = kept[maxLines - 1] as string;
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, Math.max(1, maxChars - 1)) : last}\u2026`;
  return kept;
}

/** Writes multi-line text as a `<text>` with one `<tspan>` a line. */
function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  attributes: string,
  lineHeight: number,
): string {
  const spans = lines.map(
    (line, index) => `<tspan x="${n(x)}"${index === 0 ? ` y="${n(y)}"` : ` dy="${n(lineHeight)}"`}>${escapeHtml(line)}</tspan>`,
  );
  return `<text ${attributes}>${spans.join('')}</text>`;
}

function svgOpen(id: string, width: number, height: number, title: string, description: string, className: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart ${className}" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}"`,
    ` role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT}" font-size="12" fill="${TEXT}">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
  ].join('');
}

interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

function parseHex(hex: string): Rgb {
  return {
    r: Number.parseInt(hex.slice(1, 3), 16),
    g: Number.parseInt(hex.slice(3, 5), 16),
    b: Number.parseInt(hex.slice(5, 7), 16),
  };
}

function toHex(colour: Rgb): string {
  const part = (value: number) => Math.round(Math.min(255, Math.max(0, value))).toString(16).padStart(2, '0');
  return `#${part(colour.r)}${part(colour.g)}${part(colour.b)}`.toUpperCase();
}

function mix(from: string, to: string, t: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  return toHex({ r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t });
}

function luminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The text colour (dark or white) with the higher contrast on a fill. */
export function textColourOn(fill: string): string {
  return contrastRatio(fill, TEXT) >= contrastRatio(fill, '#FFFFFF') ? TEXT : '#FFFFFF';
}

/**
 * The heatmap's colours. Every fill is light enough for dark text (#212B32) to reach a contrast of at
 * least 4.5:1, so the scale runs smoothly with no jump in lightness: below target, from a pale to a
 * strong orange as the shortfall grows; at or above target, from a pale to a strong blue as the surplus
 * grows. Without a target the scale runs from the pale to the strong blue.
 */
export const HEAT_COLOURS = {
  belowPale: '#FDEBD8',
  belowStrong: '#E8772E',
  abovePale: '#E4F0FA',
  aboveStrong: '#5B9BD8',
} as const;

/** The range a heatmap colour is read on: the scale's ends and, for a diverging scale, the target at its centre. */
export interface HeatScale {
  readonly min: number;
  readonly max: number;
  /** The centre of the diverging scale; null for a sequential scale from `min` to `max`. */
  readonly target: number | null;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Where a value sits on a heat scale, from −1 (at the bottom of the scale, furthest below target) through
 * 0 (at target) to 1 (at the top): each side is stretched over its own range, target to min and target
 * to max. A sequential scale (no target) runs from 0 (min) to 1 (max).
 */
export function heatPosition(value: number, scale: HeatScale): number {
  const { min, max, target } = scale;
  if (target === null) return max > min ? clamp01((value - min) / (max - min)) : 0;
  if (value < target) return target > min ? -clamp01((target - value) / (target - min)) : -1;
  return max > target ? clamp01((value - target) / (max - target)) : 0;
}

/**
 * The fill of a heatmap cell: orange below target, stronger with the shortfall; blue at or above target,
 * stronger with the surplus; a blue ramp from min to max when there is no target.
 */
export function heatColour(value: number, scale: HeatScale): string {
  const position = heatPosition(value, scale);
  const below = scale.target !== null && value < scale.target;
  return below
    ? mix(HEAT_COLOURS.belowPale, HEAT_COLOURS.belowStrong, -position)
    : mix(HEAT_COLOURS.abovePale, HEAT_COLOURS.aboveStrong, position);
}

// ---------------------------------------------------------------------------------------------
// Radar
// ---------------------------------------------------------------------------------------------

/**
 * One axis of a radar chart: a theme, with the range of its scale.
 *
 * @category Report
 */
export interface RadarAxis {
  readonly id: string;
  /** The label printed at the end of the axis (wrapped to three short lines). */
  readonly label: string;
  /** The value at the centre. */
  readonly min: number;
  /** The value at the rim; greater than `min`. */
  readonly max: number;
}

/**
 * One line of a radar chart: a value per axis, in axis order; null where there is none (the line breaks).
 *
 * @category Report
 */
export interface RadarSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/**
 * What a radar chart shows. Series are drawn in order, each with its own colour, line dash and
 * marker shape (solid and circles, dotted and triangles, dashed and squares, then again).
 *
 * @category Report
 */
export interface RadarChartData {
  /** The chart's title: its accessible name. */
  readonly title: string;
  /** The chart's alt text: what it shows, in words. */
  readonly description: string;
  readonly axes: readonly RadarAxis[];
  readonly series: readonly RadarSeries[];
}

interface SeriesStyle {
  readonly colour: string;
  readonly dash: string | null;
  readonly marker: 'circle' | 'triangle' | 'square' | 'diamond';
  readonly dashName: string;
}

const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: NHS_BLUE, dash: null, marker: 'circle', dashName: 'solid line, circles' },
  { colour: '#330072', dash: '2 4', marker: 'triangle', dashName: 'dotted line, triangles' },
  { colour: TEXT, dash: '8 5', marker: 'square', dashName: 'dashed line, squares' },
  { colour: '#007F3B', dash: '12 4 3 4', marker: 'diamond', dashName: 'dash-dot line, diamonds' },
];

function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length] as SeriesStyle;
}

function marker(kind: SeriesStyle['marker'], x: number, y: number, colour: string, label: string): string {
  const title = label.length > 0 ? `<title>${escapeHtml(label)}</title>` : '';
  switch (kind) {
    case 'circle':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="4" fill="${colour}" stroke="#FFFFFF" stroke-width="1">${title}</circle>`;
    case 'square':
      return `<rect x="${n(x - 4)}" y="${n(y - 4)}" width="8" height="8" fill="${colour}" stroke="#FFFFFF" stroke-width="1">${title}</rect>`;
    case 'triangle':
      return `<polygon points="${n(x)},${n(y - 5)} ${n(x + 5)},${n(y + 4)} ${n(x - 5)},${n(y + 4)}" fill="${colour}" stroke="#FFFFFF" stroke-width="1">${title}</polygon>`;
    case 'diamond':
      return `<polygon points="${n(x)},${n(y - 5)} ${n(x + 5)},${n(y)} ${n(x)},${n(y + 5)} ${n(x - 5)},${n(y)}" fill="${colour}" stroke="#FFFFFF" stroke-width="1">${title}</polygon>`;
  }
}

/**
 * Draws a radar (spider) chart as an accessible SVG: one axis per theme, one line per series (for an
 * alliance: its scores, the national median and its target). Lines differ by dash and marker shape as
 * well as colour, and a legend names them; the SVG has `role="img"`, a `<title>` and a `<desc>`.
 *
 * @param data - The axes and series; every series has one value (or null) per axis.
 * @param options - The id prefix and the decimals shown.
 * @returns An SVG document as a string, sized by its `viewBox`.
 * @throws TypeError when `data` is not shaped as {@link RadarChartData}.
 * @throws RangeError when there is no axis, an axis's max is not above its min, or a series has the wrong number of values.
 * @example
 * ```ts
 * const svg = renderRadarChart({
 *   title: 'Themes of Example Alliance',
 *   description: 'Scores on three themes against a target of 4.',
 *   axes: [1, 2, 3].map((i) => ({ id: `T${i}`, label: `Theme ${i}`, min: 1, max: 5 })),
 *   series: [{ name: 'Example Alliance', values: [3.2, 4.1, null] }, { name: 'Target', values: [4, 4, 4] }],
 * });
 * svg.startsWith('<svg'); // true
 * ```
 * @category Report
 */
export function renderRadarChart(data: RadarChartData, options?: RenderChartOptions | undefined): string {
  const name = 'renderRadarChart';
  if (data === null || typeof data !== 'object') throw new TypeError(`${name}: data must be a RadarChartData object`);
  const { id, decimals } = resolveOptions(name, options);
  const title = checkText(name, 'data.title', data.title);
  const description = checkText(name, 'data.description', data.description);
  const axes = checkArray(name, 'data.axes', data.axes);
  const series = checkArray(name, 'data.series', data.series);
  if (axes.length === 0) throw new RangeError(`${name}: give at least one axis`);
  for (const axis of axes) {
    checkText(name, 'axis.label', axis.label);
    if (!Number.isFinite(axis.min) || !Number.isFinite(axis.max) || axis.max <= axis.min) {
      throw new RangeError(`${name}: axis "${axis.id}" needs finite min < max, got ${String(axis.min)} and ${String(axis.max)}`);
    }
  }
  for (const line of series) {
    checkText(name, 'series.name', line.name);
    const values = checkArray(name, `series "${line.name}" values`, line.values);
    if (values.length !== axes.length) {
      throw new RangeError(`${name}: series "${line.name}" has ${values.length} values for ${axes.length} axes; give one value (or null) per axis`);
    }
  }

  const width = 680;
  const radius = 155;
  const cx = width / 2;
  const cy = 70 + radius;
  const legendTop = cy + radius + 70;
  const height = legendTop + series.length * 22 + 12;
  const count = axes.length;
  const angle = (index: number) => -Math.PI / 2 + (2 * Math.PI * index) / count;
  const point = (index: number, fraction: number) => {
    const a = angle(index);
    const f = Math.min(1, Math.max(0, fraction));
    return { x: cx + radius * f * Math.cos(a), y: cy + radius * f * Math.sin(a) };
  };

  const parts: string[] = [svgOpen(id, width, height, title, description, 'radar-chart')];

  // Grid rings: at each whole scale value when every axis shares one whole-numbered scale; else quarters.
  const first = axes[0] as RadarAxis;
  const shared = axes.every((axis) => axis.min === first.min && axis.max === first.max);
  const wholeSteps = shared && Number.isInteger(first.min) && Number.isInteger(first.max) && first.max - first.min <= 10;
  const ringValues: number[] = [];
  if (wholeSteps) for (let value = first.min + 1; value <= first.max; value += 1) ringValues.push(value);
  const fractions = wholeSteps ? ringValues.map((value) => (value - first.min) / (first.max - first.min)) : [0.25, 0.5, 0.75, 1];
  parts.push(`<g class="grid" fill="none" stroke="${GRID}" stroke-width="1">`);
  for (const fraction of fractions) {
    if (count >= 3) {
      const points = axes.map((_, index) => point(index, fraction)).map((p) => `${n(p.x)},${n(p.y)}`);
      parts.push(`<polygon points="${points.join(' ')}"/>`);
    } else {
      parts.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(radius * fraction)}"/>`);
    }
  }
  for (let index = 0; index < count; index += 1) {
    const end = point(index, 1);
    parts.push(`<line x1="${n(cx)}" y1="${n(cy)}" x2="${n(end.x)}" y2="${n(end.y)}"/>`);
  }
  parts.push('</g>');
  // Ring labels: halfway between the first two axes, clear of the markers that sit on the axes, on a white halo.
  const ringAngle = count >= 2 ? -Math.PI / 2 + Math.PI / count : -Math.PI / 2;
  parts.push(
    `<g class="ring-labels" fill="${SECONDARY_TEXT}" font-size="12" text-anchor="middle" stroke="#FFFFFF" stroke-width="3" paint-order="stroke" stroke-linejoin="round">`,
  );
  fractions.forEach((fraction, index) => {
    // On a polygon grid the ring crosses the bisector nearer the centre than its corners are.
    const reach = count >= 3 ? radius * fraction * Math.cos(Math.PI / count) : radius * fraction;
    const x = cx + reach * Math.cos(ringAngle);
    const y = cy + reach * Math.sin(ringAngle);
    const label = wholeSteps ? String(ringValues[index]) : shared ? formatNumber(first.min + fraction * (first.max - first.min), 2) : formatPercent(fraction);
    parts.push(`<text x="${n(x)}" y="${n(y + 4)}">${escapeHtml(label)}</text>`);
  });
  parts.push('</g>');

  // Axis labels.
  parts.push(`<g class="axis-labels" font-size="14">`);
  axes.forEach((axis, index) => {
    const a = angle(index);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    const lines = wrapText(axis.label, anchor === 'middle' ? 28 : 21, 3);
    const lineHeight = 16;
    const x = cx + (radius + 12) * cos;
    let y = cy + (radius + 12) * sin + 4;
    if (sin < -0.3) y -= (lines.length - 1) * lineHeight + 4;
    else if (sin <= 0.3) y -= ((lines.length - 1) * lineHeight) / 2;
    else y += 8;
    parts.push(textLines(lines, x, y, `text-anchor="${anchor}"`, lineHeight));
  });
  parts.push('</g>');

  // Series, the last drawn first so that the first (the organisation's own line) lies on top.
  [...series.keys()].reverse().forEach((seriesIndex) => {
    const line = series[seriesIndex] as RadarSeries;
    const style = seriesStyle(seriesIndex);
    const dash = style.dash === null ? '' : ` stroke-dasharray="${style.dash}"`;
    const fractionsOf = line.values.map((value, index) => {
      const axis = axes[index] as RadarAxis;
      return value === null || !Number.isFinite(value) ? null : (value - axis.min) / (axis.max - axis.min);
    });
    parts.push(`<g class="series series-${seriesIndex + 1}">`);
    const complete = fractionsOf.every((fraction) => fraction !== null);
    if (complete && count >= 3) {
      const points = fractionsOf.map((fraction, index) => point(index, fraction as number)).map((p) => `${n(p.x)},${n(p.y)}`);
      const fill = seriesIndex === 0 ? ` fill="${style.colour}" fill-opacity="0.12"` : ' fill="none"';
      parts.push(`<polygon points="${points.join(' ')}"${fill} stroke="${style.colour}" stroke-width="2.5"${dash}/>`);
    } else {
      // Draw each run of consecutive values; a missing value breaks the line.
      const segments: { x: number; y: number }[][] = [];
      let current: { x: number; y: number }[] = [];
      const closing = count >= 3 ? count + 1 : count;
      for (let step = 0; step < closing; step += 1) {
        const index = step % count;
        const fraction = fractionsOf[index] ?? null;
        if (fraction === null) {
          if (current.length > 1) segments.push(current);
          current = [];
        } else {
          current.push(point(index, fraction));
        }
      }
      if (current.length > 1) segments.push(current);
      for (const segment of segments) {
        parts.push(
          `<polyline points="${segment.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="none" stroke="${style.colour}" stroke-width="2.5"${dash}/>`,
        );
      }
    }
    fractionsOf.forEach((fraction, index) => {
      if (fraction === null) return;
      const p = point(index, fraction);
      const axis = axes[index] as RadarAxis;
      const value = line.values[index] as number;
      parts.push(marker(style.marker, p.x, p.y, style.colour, `${line.name}, ${axis.label}: ${formatNumber(value, decimals)}`));
    });
    parts.push('</g>');
  });

  // Legend.
  parts.push(`<g class="legend" font-size="14">`);
  const legendText = series.map((line) => {
    const missing = line.values.filter((value) => value === null).length;
    return `${line.name}${missing > 0 ? ` (no value on ${missing} of ${count})` : ''}`;
  });
  const legendWidth = 46 + Math.max(0, ...legendText.map((text) => text.length)) * 14 * CHAR_WIDTH;
  const legendLeft = Math.max(12, Math.round(cx - legendWidth / 2));
  series.forEach((line, seriesIndex) => {
    const style = seriesStyle(seriesIndex);
    const y = legendTop + seriesIndex * 22;
    const x = legendLeft;
    const dash = style.dash === null ? '' : ` stroke-dasharray="${style.dash}"`;
    parts.push(`<line x1="${x}" y1="${n(y)}" x2="${x + 36}" y2="${n(y)}" stroke="${style.colour}" stroke-width="2.5"${dash}/>`);
    parts.push(marker(style.marker, x + 18, y, style.colour, ''));
    parts.push(`<text x="${x + 46}" y="${n(y + 4)}">${escapeHtml(legendText[seriesIndex] ?? line.name)}</text>`);
  });
  parts.push('</g>');
  parts.push('</svg>');
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Heatmap
// ---------------------------------------------------------------------------------------------

/**
 * A column of a heatmap (a theme).
 *
 * @category Report
 */
export interface HeatmapColumn {
  readonly id: string;
  /** A short label printed above the column, e.g. the theme id; the table beside the chart gives the full title. */
  readonly label: string;
}

/**
 * One cell of a heatmap: a score, whether its evidence is insufficient and whether it is below target.
 *
 * @category Report
 */
export interface HeatmapCell {
  readonly value: number | null;
  /** Drawn hatched with the value in brackets: too little evidence to read as a finding. */
  readonly insufficient: boolean;
  /** Marked with a corner triangle when true. */
  readonly belowTarget: boolean | null;
  /** This cell's own target, when targets differ between cells; default the chart's `target`. */
  readonly target?: number | null | undefined;
}

/**
 * A row of a heatmap (an alliance): one cell per column, in column order.
 *
 * @category Report
 */
export interface HeatmapRow {
  readonly id: string;
  /** Printed on one line up to 56 characters, on two lines beyond that. */
  readonly label: string;
  readonly cells: readonly HeatmapCell[];
}

/**
 * What a heatmap shows: rows by columns, each cell printed with its value and coloured on a diverging
 * scale centred on the target (orange below it, stronger with the shortfall; blue at or above it,
 * stronger with the surplus), or on a sequential blue scale from `min` to `max` when there is no target.
 *
 * @category Report
 */
export interface HeatmapChartData {
  readonly title: string;
  readonly description: string;
  /** The bottom of the scale: the strongest orange (or the palest blue without a target). */
  readonly min: number;
  /** The top of the scale: the strongest blue; greater than `min`. */
  readonly max: number;
  /** The target at the centre of the colour scale, from `min` to `max`; null or absent for a sequential scale. */
  readonly target?: number | null | undefined;
  readonly columns: readonly HeatmapColumn[];
  readonly rows: readonly HeatmapRow[];
}

/** The longest row label printed on one line of a heatmap. */
const HEATMAP_LABEL_CHARS = 56;

/**
 * Draws a heatmap as an accessible SVG: one row per alliance, one column per theme. Every cell prints
 * its value in a colour chosen for a contrast of at least 4.5:1; cells are coloured on a diverging scale
 * centred on the target (orange below, blue at or above) that runs smoothly, with no jump; a cell below
 * target also carries a corner triangle; a cell with too little evidence is hatched and its value
 * bracketed; a missing value shows a dash. A legend explains the colours and each mark.
 *
 * @param data - The rows, columns, colour range and target; every row has one cell per column.
 * @param options - The id prefix and the decimals shown.
 * @returns An SVG document as a string, sized by its `viewBox`.
 * @throws TypeError when `data` is not shaped as {@link HeatmapChartData}.
 * @throws RangeError when there is no column, `max` is not above `min`, a target is outside `min` to `max`, or a row has the wrong number of cells.
 * @example
 * ```ts
 * const svg = renderHeatmapChart({
 *   title: 'Alliances by theme',
 *   description: 'Theme scores of two alliances against a target of 4.',
 *   min: 1,
 *   max: 5,
 *   target: 4,
 *   columns: [{ id: 'T1', label: 'T1' }],
 *   rows: [
 *     { id: 'a', label: 'Alliance A', cells: [{ value: 3.4, insufficient: false, belowTarget: true }] },
 *     { id: 'b', label: 'Alliance B', cells: [{ value: null, insufficient: true, belowTarget: null }] },
 *   ],
 * });
 * svg.includes('3.40'); // true
 * ```
 * @category Report
 */
export function renderHeatmapChart(data: HeatmapChartData, options?: RenderChartOptions | undefined): string {
  const name = 'renderHeatmapChart';
  if (data === null || typeof data !== 'object') throw new TypeError(`${name}: data must be a HeatmapChartData object`);
  const { id, decimals } = resolveOptions(name, options);
  const title = checkText(name, 'data.title', data.title);
  const description = checkText(name, 'data.description', data.description);
  const columns = checkArray(name, 'data.columns', data.columns);
  const rows = checkArray(name, 'data.rows', data.rows);
  if (columns.length === 0) throw new RangeError(`${name}: give at least one column`);
  if (!Number.isFinite(data.min) || !Number.isFinite(data.max) || data.max <= data.min) {
    throw new RangeError(`${name}: needs finite min < max, got ${String(data.min)} and ${String(data.max)}`);
  }
  const checkTarget = (target: unknown, where: string): number | null => {
    if (target === undefined || target === null) return null;
    if (typeof target !== 'number' || !Number.isFinite(target) || target < data.min || target > data.max) {
      throw new RangeError(`${name}: ${where} must be a number from min to max (${String(data.min)} to ${String(data.max)}) or null, got ${String(target)}`);
    }
    return target;
  };
  const target = checkTarget(data.target, 'target');
  for (const row of rows) {
    checkText(name, 'row.label', row.label);
    const cells = checkArray(name, `row "${row.label}" cells`, row.cells);
    if (cells.length !== columns.length) {
      throw new RangeError(`${name}: row "${row.label}" has ${cells.length} cells for ${columns.length} columns; give one cell per column`);
    }
    for (const cell of cells) checkTarget(cell.target, `the target of a cell of row "${row.label}"`);
  }
  const diverging = target !== null || rows.some((row) => row.cells.some((cell) => cell.target !== undefined && cell.target !== null));

  // Row labels: one line up to HEATMAP_LABEL_CHARS characters, so that names are not cut; two lines beyond.
  const labels = rows.map((row) => wrapText(row.label, HEATMAP_LABEL_CHARS, 2));
  const longest = labels.reduce((max, lines) => Math.max(max, ...lines.map((line) => line.length)), 8);
  const twoLines = labels.some((lines) => lines.length > 1);
  const left = Math.ceil(longest * 12 * CHAR_WIDTH) + 24;
  const cellWidth = 66;
  const cellHeight = twoLines ? 36 : 30;
  const top = 42;
  const gridWidth = columns.length * cellWidth;
  const legendTop = top + Math.max(1, rows.length) * cellHeight + 30;
  const width = Math.max(left + gridWidth + 16, 640);
  const height = legendTop + 104;

  const parts: string[] = [svgOpen(id, width, height, title, description, 'heatmap-chart')];
  parts.push(
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    `<rect width="6" height="6" fill="#FFFFFF"/><line x1="0" y1="0" x2="0" y2="6" stroke="#AEB7BD" stroke-width="2"/></pattern></defs>`,
  );
  // Column headers.
  parts.push(`<g class="columns" font-weight="600" text-anchor="middle">`);
  columns.forEach((column, index) => {
    const lines = wrapText(column.label, 9, 2);
    parts.push(textLines(lines, left + index * cellWidth + cellWidth / 2, top - 10 - (lines.length - 1) * 13, '', 13));
  });
  parts.push('</g>');
  if (rows.length === 0) {
    parts.push(`<text x="${n(left)}" y="${n(top + 20)}" fill="${SECONDARY_TEXT}">No organisations to show.</text>`);
  }
  rows.forEach((row, rowIndex) => {
    const y = top + rowIndex * cellHeight;
    const lines = labels[rowIndex] ?? [''];
    parts.push(`<g class="row">`);
    parts.push(textLines(lines, left - 8, y + cellHeight / 2 + 4 - ((lines.length - 1) * 14) / 2, 'text-anchor="end"', 14));
    row.cells.forEach((cell, columnIndex) => {
      const x = left + columnIndex * cellWidth;
      const column = columns[columnIndex] as HeatmapColumn;
      const value = cell.value !== null && Number.isFinite(cell.value) ? cell.value : null;
      const cellTarget = cell.target ?? target;
      let fill: string;
      let textColour: string;
      let text: string;
      if (value === null) {
        fill = '#FFFFFF';
        textColour = SECONDARY_TEXT;
        text = NO_VALUE;
      } else if (cell.insufficient) {
        fill = `url(#${id}-hatch)`;
        textColour = TEXT;
        text = `(${formatNumber(value, decimals)})`;
      } else {
        fill = heatColour(value, { min: data.min, max: data.max, target: diverging ? cellTarget : null });
        textColour = textColourOn(fill);
        text = formatNumber(value, decimals);
      }
      const notes: string[] = [];
      if (value !== null && cell.insufficient) notes.push('too little evidence');
      if (cell.belowTarget === true) notes.push('below target');
      const tip = `${row.label}, ${column.label}: ${value === null ? 'no score' : formatNumber(value, decimals)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
      parts.push(
        `<rect x="${n(x + 1)}" y="${n(y + 1)}" width="${cellWidth - 2}" height="${cellHeight - 2}" fill="${fill}" stroke="${value === null || cell.insufficient ? '#AEB7BD' : 'none'}"><title>${escapeHtml(tip)}</title></rect>`,
      );
      if (cell.belowTarget === true) {
        parts.push(`<polygon points="${n(x + 1)},${n(y + 1)} ${n(x + 11)},${n(y + 1)} ${n(x + 1)},${n(y + 11)}" fill="${TEXT}"/>`);
      }
      parts.push(
        `<text x="${n(x + cellWidth / 2)}" y="${n(y + cellHeight / 2 + 4)}" text-anchor="middle" fill="${textColour}"${cell.insufficient ? ' font-style="italic"' : ''}>${escapeHtml(text)}</text>`,
      );
    });
    parts.push('</g>');
  });

  // Legend: the colour scale with its ends (and the target at its centre), then the marks.
  const rampX = 16;
  const rampWidth = 300;
  const split = target === null ? null : (target - data.min) / (data.max - data.min);
  const stops: (readonly [number, string])[] = !diverging
    ? [
        [0, HEAT_COLOURS.abovePale],
        [1, HEAT_COLOURS.aboveStrong],
      ]
    : [
        [0, HEAT_COLOURS.belowStrong],
        [split ?? 0.5, HEAT_COLOURS.belowPale],
        [split ?? 0.5, HEAT_COLOURS.abovePale],
        [1, HEAT_COLOURS.aboveStrong],
      ];
  parts.push(`<g class="legend" font-size="12">`);
  parts.push(
    `<defs><linearGradient id="${id}-ramp" x1="0" x2="1" y1="0" y2="0">`,
    stops.map(([offset, colour]) => `<stop offset="${Math.round(offset * 1000) / 1000}" stop-color="${colour}"/>`).join(''),
    '</linearGradient></defs>',
  );
  const rampTop = legendTop + 10;
  const minText = formatNumber(data.min, decimals);
  const maxText = formatNumber(data.max, decimals);
  const textWidth = (text: string) => text.length * 12 * CHAR_WIDTH;
  // The target's label sits under its mark, kept within the ramp; an end's label is left out where it would overlap it.
  let targetLabel: { readonly text: string; readonly x: number } | null = null;
  if (diverging) {
    const text = target === null ? 'target' : `target ${formatNumber(target, decimals)}`;
    const half = textWidth(text) / 2;
    const splitX = rampX + rampWidth * (split ?? 0.5);
    targetLabel = { text, x: Math.min(rampX + rampWidth - half, Math.max(rampX + half, splitX)) };
    parts.push(`<line x1="${n(splitX)}" y1="${n(rampTop - 4)}" x2="${n(splitX)}" y2="${n(rampTop + 18)}" stroke="${TEXT}" stroke-width="2"/>`);
  }
  const clearOfTarget = (from: number, to: number) =>
    targetLabel === null || to + 6 < targetLabel.x - textWidth(targetLabel.text) / 2 || from - 6 > targetLabel.x + textWidth(targetLabel.text) / 2;
  parts.push(
    `<text x="${rampX}" y="${n(legendTop)}" font-weight="600">${diverging ? 'Score against target' : 'Score'}</text>`,
    `<rect x="${rampX}" y="${n(rampTop)}" width="${rampWidth}" height="14" fill="url(#${id}-ramp)" stroke="#AEB7BD"/>`,
  );
  if (clearOfTarget(rampX, rampX + textWidth(minText))) parts.push(`<text x="${rampX}" y="${n(rampTop + 30)}">${escapeHtml(minText)}</text>`);
  if (clearOfTarget(rampX + rampWidth - textWidth(maxText), rampX + rampWidth)) {
    parts.push(`<text x="${rampX + rampWidth}" y="${n(rampTop + 30)}" text-anchor="end">${escapeHtml(maxText)}</text>`);
  }
  if (targetLabel !== null) {
    parts.push(
      `<text x="${n(targetLabel.x)}" y="${n(rampTop + 30)}" text-anchor="middle" font-weight="600">${escapeHtml(targetLabel.text)}</text>`,
      `<text x="${rampX}" y="${n(rampTop + 50)}" fill="${SECONDARY_TEXT}">Orange: below target, stronger the further below.</text>`,
      `<text x="${rampX}" y="${n(rampTop + 66)}" fill="${SECONDARY_TEXT}">Blue: at or above target, stronger the further above.</text>`,
    );
  }
  const keyX = rampX + rampWidth + 36;
  parts.push(`<polygon points="${keyX},${n(legendTop - 4)} ${keyX + 10},${n(legendTop - 4)} ${keyX},${n(legendTop + 6)}" fill="${TEXT}"/>`);
  parts.push(`<text x="${keyX + 18}" y="${n(legendTop + 5)}">Corner triangle: below target</text>`);
  parts.push(`<rect x="${keyX}" y="${n(legendTop + 16)}" width="14" height="12" fill="url(#${id}-hatch)" stroke="#AEB7BD"/>`);
  parts.push(`<text x="${keyX + 18}" y="${n(legendTop + 26)}">(2.10) hatched: too little evidence</text>`);
  parts.push(`<text x="${keyX + 18}" y="${n(legendTop + 46)}">${NO_VALUE} no score</text>`);
  parts.push('</g>');
  parts.push('</svg>');
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Barrier bar chart
// ---------------------------------------------------------------------------------------------

/**
 * One bar of a barrier chart: a barrier shared by `sharing` of the `scored` organisations.
 *
 * @category Report
 */
export interface BarrierChartBar {
  readonly id: string;
  /** Printed beside the bar (wrapped to two lines); the table beside the chart gives the full text. */
  readonly label: string;
  readonly sharing: number;
  readonly scored: number;
  /** sharing / scored, in [0, 1]. */
  readonly prevalence: number;
}

/**
 * What a barrier chart shows: the common barriers, most prevalent first.
 *
 * @category Report
 */
export interface BarrierChartData {
  readonly title: string;
  readonly description: string;
  readonly bars: readonly BarrierChartBar[];
}

/**
 * Draws the common barriers as an accessible horizontal bar chart: each bar's length is the barrier's
 * prevalence, and each bar carries its label and its count in words ("12 of 21 (57%)"), so colour carries
 * no meaning of its own.
 *
 * @param data - The bars, in the order to draw them.
 * @param options - The id prefix.
 * @returns An SVG document as a string, sized by its `viewBox`.
 * @throws TypeError when `data` is not shaped as {@link BarrierChartData}.
 * @throws RangeError when a prevalence is not in [0, 1].
 * @example
 * ```ts
 * const svg = renderBarrierChart({
 *   title: 'Common barriers',
 *   description: 'The items most alliances find hardest.',
 *   bars: [{ id: 'T6.E2', label: 'T6.E2 Shared data platform', sharing: 12, scored: 21, prevalence: 12 / 21 }],
 * });
 * svg.includes('12 of 21 (57%)'); // true
 * ```
 * @category Report
 */
export function renderBarrierChart(data: BarrierChartData, options?: RenderChartOptions | undefined): string {
  const name = 'renderBarrierChart';
  if (data === null || typeof data !== 'object') throw new TypeError(`${name}: data must be a BarrierChartData object`);
  const { id } = resolveOptions(name, options);
  const title = checkText(name, 'data.title', data.title);
  const description = checkText(name, 'data.description', data.description);
  const bars = checkArray(name, 'data.bars', data.bars);
  for (const bar of bars) {
    checkText(name, 'bar.label', bar.label);
    if (!Number.isFinite(bar.prevalence) || bar.prevalence < 0 || bar.prevalence > 1) {
      throw new RangeError(`${name}: bar "${bar.id}" has prevalence ${String(bar.prevalence)}; give a share from 0 to 1`);
    }
  }
  const width = 800;
  const labelWidth = 330;
  const barLeft = labelWidth + 10;
  const barWidth = 300;
  const rowHeight = 42;
  const top = 34;
  const height = top + Math.max(1, bars.length) * rowHeight + 12;
  const parts: string[] = [svgOpen(id, width, height, title, description, 'barrier-chart')];

  // Axis: gridlines and tick labels at every quarter.
  parts.push(`<g class="axis" font-size="11" fill="${SECONDARY_TEXT}" text-anchor="middle">`);
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const x = barLeft + tick * barWidth;
    parts.push(`<line x1="${n(x)}" y1="${top - 6}" x2="${n(x)}" y2="${n(height - 12)}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(`<text x="${n(x)}" y="${top - 12}">${formatPercent(tick)}</text>`);
  }
  parts.push('</g>');
  if (bars.length === 0) {
    parts.push(`<text x="${barLeft + 8}" y="${top + 24}" fill="${SECONDARY_TEXT}">No common barriers were found.</text>`);
  }
  bars.forEach((bar, index) => {
    const y = top + index * rowHeight;
    const lines = wrapText(bar.label, Math.floor(labelWidth / (12 * CHAR_WIDTH)), 2);
    const labelY = y + rowHeight / 2 + 4 - ((lines.length - 1) * 14) / 2;
    const length = Math.max(bar.prevalence * barWidth, bar.prevalence > 0 ? 2 : 0);
    const count = `${bar.sharing} of ${bar.scored} (${formatPercent(bar.prevalence)})`;
    parts.push(`<g class="bar">`);
    parts.push(textLines(lines, labelWidth, labelY, 'text-anchor="end"', 14));
    parts.push(
      `<rect x="${barLeft}" y="${n(y + 9)}" width="${n(length)}" height="${rowHeight - 18}" fill="${NHS_BLUE}"><title>${escapeHtml(`${bar.label}: ${count}`)}</title></rect>`,
    );
    parts.push(`<text x="${n(barLeft + length + 8)}" y="${n(y + rowHeight / 2 + 4)}" font-weight="600">${escapeHtml(count)}</text>`);
    parts.push('</g>');
  });
  parts.push(`<line x1="${barLeft}" y1="${top - 6}" x2="${barLeft}" y2="${n(height - 12)}" stroke="${TEXT}" stroke-width="1"/>`);
  parts.push('</svg>');
  return parts.join('');
}
