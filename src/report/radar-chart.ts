import { isObject } from '../internal/guards.js';
import { GRID, NHS_BLUE, SECONDARY_TEXT, TEXT } from './colour.js';
import { escapeHtml } from './escape.js';
import { formatNumber, formatPercent } from './format.js';
import { CHAR_WIDTH, checkArray, checkText, px, resolveChartOptions, svgOpen, textLines, wrapText, type RenderChartOptions } from './svg.js';

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
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}

/** The `stroke-dasharray` attribute of a series' line, or nothing for a solid line. */
function dashOf(style: SeriesStyle): string {
  return style.dash === null ? '' : ` stroke-dasharray="${style.dash}"`;
}

function marker(kind: SeriesStyle['marker'], x: number, y: number, colour: string, label: string): string {
  const title = label.length > 0 ? `<title>${escapeHtml(label)}</title>` : '';
  switch (kind) {
    case 'circle':
      return `<circle cx="${px(x)}" cy="${px(y)}" r="4" fill="${colour}" stroke="#FFFFFF" stroke-width="1">${title}</circle>`;
    case 'square':
      return `<rect x="${px(x - 4)}" y="${px(y - 4)}" width="8" height="8" fill="${colour}" stroke="#FFFFFF" stroke-width="1">${title}</rect>`;
    case 'triangle':
      return `<polygon points="${px(x)},${px(y - 5)} ${px(x + 5)},${px(y + 4)} ${px(x - 5)},${px(y + 4)}" fill="${colour}" stroke="#FFFFFF" stroke-width="1">${title}</polygon>`;
    case 'diamond':
      return `<polygon points="${px(x)},${px(y - 5)} ${px(x + 5)},${px(y)} ${px(x)},${px(y + 5)} ${px(x - 5)},${px(y)}" fill="${colour}" stroke="#FFFFFF" stroke-width="1">${title}</polygon>`;
  }
}

interface Point {
  readonly x: number;
  readonly y: number;
}

/** The geometry of a radar chart: its centre and radius, and where each axis and value falls. */
interface Radar {
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  /** The number of axes. */
  readonly count: number;
  /** The angle of an axis: the first points up, the rest follow clockwise. */
  readonly angle: (index: number) => number;
  /** The point on an axis at a fraction of the radius (clamped to the rim). */
  readonly point: (index: number, fraction: number) => Point;
}

function radarOf(count: number, cx: number, cy: number, radius: number): Radar {
  const angle = (index: number) => -Math.PI / 2 + (2 * Math.PI * index) / count;
  const point = (index: number, fraction: number) => {
    const a = angle(index);
    const f = Math.min(1, Math.max(0, fraction));
    return { x: cx + radius * f * Math.cos(a), y: cy + radius * f * Math.sin(a) };
  };
  return { cx, cy, radius, count, angle, point };
}

function pointList(points: readonly Point[]): string {
  return points.map((p) => `${px(p.x)},${px(p.y)}`).join(' ');
}

/** Checks a radar chart's data, field by field, in the order the messages promise. */
function checkRadarData(name: string, data: RadarChartData): RadarChartData {
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
  return { title, description, axes, series };
}

/** Where the rings fall: at each whole scale value when every axis shares one whole-numbered scale; else at quarters. */
interface Rings {
  readonly fractions: readonly number[];
  readonly labels: readonly string[];
}

function ringsOf(axes: readonly RadarAxis[]): Rings {
  const first = axes[0]!;
  const shared = axes.every((axis) => axis.min === first.min && axis.max === first.max);
  const wholeSteps = shared && Number.isInteger(first.min) && Number.isInteger(first.max) && first.max - first.min <= 10;
  const ringValues: number[] = [];
  if (wholeSteps) for (let value = first.min + 1; value <= first.max; value += 1) ringValues.push(value);
  const fractions = wholeSteps ? ringValues.map((value) => (value - first.min) / (first.max - first.min)) : [0.25, 0.5, 0.75, 1];
  const labels = fractions.map((fraction, index) =>
    wholeSteps ? String(ringValues[index]) : shared ? formatNumber(first.min + fraction * (first.max - first.min), 2) : formatPercent(fraction),
  );
  return { fractions, labels };
}

/** The grid rings and spokes. */
function radarGrid(radar: Radar, axes: readonly RadarAxis[], rings: Rings): string[] {
  const { cx, cy, radius, count, point } = radar;
  const { fractions } = rings;
  const parts: string[] = [`<g class="grid" fill="none" stroke="${GRID}" stroke-width="1">`];
  for (const fraction of fractions) {
    if (count >= 3) parts.push(`<polygon points="${pointList(axes.map((_, index) => point(index, fraction)))}"/>`);
    else parts.push(`<circle cx="${px(cx)}" cy="${px(cy)}" r="${px(radius * fraction)}"/>`);
  }
  for (let index = 0; index < count; index += 1) {
    const end = point(index, 1);
    parts.push(`<line x1="${px(cx)}" y1="${px(cy)}" x2="${px(end.x)}" y2="${px(end.y)}"/>`);
  }
  parts.push('</g>');
  return parts;
}

/**
 * The rings' labels: halfway between the first two axes, clear of the markers that sit on the axes, drawn after the
 * lines on a white halo, so that no line (a target on every axis runs along a ring) crosses a label.
 */
function radarRingLabels(radar: Radar, rings: Rings, fontSize: number): string[] {
  const { cx, cy, radius, count } = radar;
  const ringAngle = count >= 2 ? -Math.PI / 2 + Math.PI / count : -Math.PI / 2;
  const parts: string[] = [
    `<g class="ring-labels" fill="${SECONDARY_TEXT}" font-size="${fontSize}" text-anchor="middle" stroke="#FFFFFF" stroke-width="5" paint-order="stroke" stroke-linejoin="round">`,
  ];
  rings.fractions.forEach((fraction, index) => {
    // On a polygon grid the ring crosses the bisector nearer the centre than its corners are.
    const reach = count >= 3 ? radius * fraction * Math.cos(Math.PI / count) : radius * fraction;
    const x = cx + reach * Math.cos(ringAngle);
    const y = cy + reach * Math.sin(ringAngle);
    parts.push(`<text x="${px(x)}" y="${px(y + fontSize / 3)}">${escapeHtml(rings.labels[index] ?? '')}</text>`);
  });
  parts.push('</g>');
  return parts;
}

/** The axes' labels, beyond the rim, anchored away from the centre: wrapped to three lines, or (narrow) the axis ids. */
function radarAxisLabels(radar: Radar, axes: readonly RadarAxis[], narrow: boolean): string[] {
  const { cx, cy, radius, angle } = radar;
  const parts: string[] = [`<g class="axis-labels" font-size="${narrow ? 20 : 14}"${narrow ? ' font-weight="600"' : ''}>`];
  axes.forEach((axis, index) => {
    const a = angle(index);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    const lines = narrow ? [axis.id] : wrapText(axis.label, anchor === 'middle' ? 28 : 21, 3);
    const lineHeight = 16;
    const x = cx + (radius + 12) * cos;
    let y = cy + (radius + 12) * sin + 4;
    if (sin < -0.3) y -= (lines.length - 1) * lineHeight + 4;
    else if (sin <= 0.3) y -= ((lines.length - 1) * lineHeight) / 2;
    else y += 8;
    parts.push(textLines(lines, x, y, `text-anchor="${anchor}"`, lineHeight));
  });
  parts.push('</g>');
  return parts;
}

/** The runs of consecutive values of a series, around the chart and back to the first axis: a missing value breaks the line. */
function segmentsOf(radar: Radar, fractions: readonly (number | null)[]): Point[][] {
  const { count, point } = radar;
  const segments: Point[][] = [];
  let current: Point[] = [];
  const closing = count >= 3 ? count + 1 : count;
  for (let step = 0; step < closing; step += 1) {
    const index = step % count;
    const fraction = fractions[index] ?? null;
    if (fraction === null) {
      if (current.length > 1) segments.push(current);
      current = [];
    } else {
      current.push(point(index, fraction));
    }
  }
  if (current.length > 1) segments.push(current);
  return segments;
}

/** One series: a closed shape when it has every value (the first series filled), else its runs as lines; then a marker on each value. */
function radarSeries(radar: Radar, axes: readonly RadarAxis[], line: RadarSeries, seriesIndex: number, decimals: number): string[] {
  const { count, point } = radar;
  const style = seriesStyle(seriesIndex);
  const dash = dashOf(style);
  const fractions = line.values.map((value, index) => {
    const axis = axes[index]!;
    return value === null || !Number.isFinite(value) ? null : (value - axis.min) / (axis.max - axis.min);
  });
  const parts: string[] = [`<g class="series series-${seriesIndex + 1}">`];
  if (fractions.every((fraction) => fraction !== null) && count >= 3) {
    const points = pointList(fractions.map((fraction, index) => point(index, fraction)));
    const fill = seriesIndex === 0 ? ` fill="${style.colour}" fill-opacity="0.12"` : ' fill="none"';
    parts.push(`<polygon points="${points}"${fill} stroke="${style.colour}" stroke-width="2.5"${dash}/>`);
  } else {
    for (const segment of segmentsOf(radar, fractions)) {
      parts.push(`<polyline points="${pointList(segment)}" fill="none" stroke="${style.colour}" stroke-width="2.5"${dash}/>`);
    }
  }
  fractions.forEach((fraction, index) => {
    if (fraction === null) return;
    const p = point(index, fraction);
    const axis = axes[index]!;
    const value = line.values[index]!;
    parts.push(marker(style.marker, p.x, p.y, style.colour, `${line.name}, ${axis.label}: ${formatNumber(value, decimals)}`));
  });
  parts.push('</g>');
  return parts;
}

/** The legend: each series' line and marker, and its name with the number of axes it has no value on. */
/** The legend's lines: each series' name (with the axes it has no value on), wrapped to fit `width` at `fontSize`. */
function legendLinesOf(radar: Radar, series: readonly RadarSeries[], width: number, fontSize: number): string[][] {
  const maxChars = Math.floor((width - 70) / (fontSize * CHAR_WIDTH));
  return series.map((line) => {
    const missing = line.values.filter((value) => value === null).length;
    return wrapText(`${line.name}${missing > 0 ? ` (no value on ${missing} of ${radar.count})` : ''}`, maxChars, 3);
  });
}

/** The legend: each series' line and marker, and its name, one entry under another. */
function radarLegend(radar: Radar, legendLines: readonly (readonly string[])[], legendTop: number, fontSize: number, step: number): string[] {
  const parts: string[] = [`<g class="legend" font-size="${fontSize}">`];
  const legendWidth = 46 + Math.max(0, ...legendLines.flat().map((text) => text.length)) * fontSize * CHAR_WIDTH;
  const legendLeft = Math.max(12, Math.round(radar.cx - legendWidth / 2));
  let y = legendTop;
  legendLines.forEach((lines, seriesIndex) => {
    const style = seriesStyle(seriesIndex);
    const x = legendLeft;
    parts.push(`<line x1="${x}" y1="${px(y)}" x2="${x + 36}" y2="${px(y)}" stroke="${style.colour}" stroke-width="2.5"${dashOf(style)}/>`);
    parts.push(marker(style.marker, x + 18, y, style.colour, ''));
    parts.push(textLines(lines, x + 46, y + fontSize / 3, '', fontSize + 4));
    y += step + (lines.length - 1) * (fontSize + 4);
  });
  parts.push('</g>');
  return parts;
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
  if (!isObject(data)) throw new TypeError(`${name}: data must be a RadarChartData object`);
  const { id, decimals, narrow } = resolveChartOptions(name, options);
  const { title, description, axes, series } = checkRadarData(name, data);
  // Narrow: 400 units wide with larger text, the axes named by id, for a phone-sized screen.
  const width = narrow ? 400 : 680;
  const radius = narrow ? 130 : 155;
  const radar = radarOf(axes.length, width / 2, (narrow ? 40 : 70) + radius, radius);
  const legendTop = radar.cy + radius + (narrow ? 50 : 70);
  const step = narrow ? 28 : 22;
  const fontSize = narrow ? 18 : 14;
  const legendLines = legendLinesOf(radar, series, width, fontSize);
  const height = legendTop + legendLines.reduce((sum, lines) => sum + step + (lines.length - 1) * (fontSize + 4), 0) + 12;
  const rings = ringsOf(axes);
  return [
    svgOpen(id, width, height, title, description, 'radar-chart'),
    ...radarGrid(radar, axes, rings),
    ...radarAxisLabels(radar, axes, narrow),
    // Series, the last drawn first so that the first (the organisation's own line) lies on top.
    ...[...series.keys()].reverse().flatMap((seriesIndex) => radarSeries(radar, axes, series[seriesIndex]!, seriesIndex, decimals)),
    ...radarRingLabels(radar, rings, narrow ? 16 : 12),
    ...radarLegend(radar, legendLines, legendTop, fontSize, step),
    '</svg>',
  ].join('');
}
