import { isObject } from '../internal/guards.js';
import { HEAT_COLOURS, SECONDARY_TEXT, TEXT } from './colour.js';
import { escapeHtml } from './escape.js';
import { formatNumber, NO_VALUE } from './format.js';
import { isDiverging, paintHeatmapCells, type PaintedCell } from './heatmap-paint.js';
import {
  CHAR_WIDTH,
  NARROW_CHAR_WIDTH,
  checkArray,
  checkText,
  px,
  resolveChartOptions,
  svgOpen,
  textLines,
  wrapText,
  type RenderChartOptions,
  type ResolvedChartOptions,
} from './svg.js';
import { showValue } from '../internal/show.js';

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

/** What a heatmap draws with, once its data is checked: the data, its options, its colour scale and its layout. */
interface Heatmap {
  readonly data: HeatmapChartData;
  readonly id: string;
  readonly decimals: number;
  /** The chart's target, or null. */
  readonly target: number | null;
  /** True when the colours diverge at a target: the chart's, or any cell's own. */
  readonly diverging: boolean;
  /** Each row's label, on one or two lines. */
  readonly labels: readonly string[][];
  readonly left: number;
  readonly top: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly legendTop: number;
  /** Narrow layout: each row's label on its own lines above its cells. */
  readonly narrow: boolean;
  /** Where each row starts (its label in the narrow layout, else its cells). */
  readonly rowTops: readonly number[];
  /** A cell's size and the start of its fill attribute, as its `<rect>` writes them: `" width="64" height="28" fill="`. */
  readonly cellSize: string;
  /** The fill of a cell with too little evidence: the layout's hatch pattern. */
  readonly hatchFill: string;
  readonly width: number;
}

/** The narrow layout's width, its label font size and line height. */
const NARROW = { width: 400, font: 14, lineHeight: 18 } as const;

/** Checks a heatmap's data, field by field, in the order the messages promise; gives the chart's target. */
function checkHeatmapData(name: string, data: HeatmapChartData): number | null {
  checkText(name, 'data.title', data.title);
  checkText(name, 'data.description', data.description);
  const columns = checkArray(name, 'data.columns', data.columns);
  const rows = checkArray(name, 'data.rows', data.rows);
  if (columns.length === 0) throw new RangeError(`${name}: give at least one column`);
  if (!Number.isFinite(data.min) || !Number.isFinite(data.max) || data.max <= data.min) {
    throw new RangeError(`${name}: needs finite min < max, got ${String(data.min)} and ${String(data.max)}`);
  }
  const checkTarget = (target: unknown, where: string): number | null => {
    if (target === undefined || target === null) return null;
    if (typeof target !== 'number' || !Number.isFinite(target) || target < data.min || target > data.max) {
      throw new RangeError(`${name}: ${where} must be a number from min to max (${String(data.min)} to ${String(data.max)}) or null, got ${showValue(target)}`);
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
  return target;
}

/** What every cell of a layout writes alike: its size, and the fill of a hatched cell. */
function cellAttributes(id: string, cellWidth: number, cellHeight: number): Pick<Heatmap, 'cellSize' | 'hatchFill'> {
  return { cellSize: `" width="${cellWidth - 2}" height="${cellHeight - 2}" fill="`, hatchFill: `url(#${id}-hatch)` };
}

/** The end of a corner triangle. */
const TRIANGLE_END = `" fill="${TEXT}"/>`;

/** Lays a heatmap out: row labels on one line up to HEATMAP_LABEL_CHARS characters, so that names are not cut; two lines beyond. */
function heatmapOf(data: HeatmapChartData, id: string, decimals: number, target: number | null, diverging: boolean, narrow: boolean): Heatmap {
  const { rows } = data;
  if (narrow) {
    // Each row's label on its own lines, then its cells across the width.
    const labels = rows.map((row) => wrapText(row.label, Math.floor((NARROW.width - 16) / (NARROW.font * NARROW_CHAR_WIDTH)), 2));
    const cellWidth = Math.min(66, Math.floor((NARROW.width - 16) / data.columns.length));
    const cellHeight = 32;
    const top = 36;
    const rowTops: number[] = [];
    let y = top;
    for (const lines of labels) {
      rowTops.push(y);
      y += lines.length * NARROW.lineHeight + 4 + cellHeight + 10;
    }
    const legendTop = Math.max(y, top + 40) + 24;
    return {
      data,
      id,
      decimals,
      target,
      diverging,
      labels,
      left: 8,
      top,
      cellWidth,
      cellHeight,
      legendTop,
      narrow,
      rowTops,
      width: NARROW.width,
      ...cellAttributes(id, cellWidth, cellHeight),
    };
  }
  const labels = rows.map((row) => wrapText(row.label, HEATMAP_LABEL_CHARS, 2));
  const longest = labels.reduce((max, lines) => Math.max(max, ...lines.map((line) => line.length)), 8);
  const twoLines = labels.some((lines) => lines.length > 1);
  const cellHeight = twoLines ? 36 : 30;
  const top = 42;
  const left = Math.ceil(longest * 12 * CHAR_WIDTH) + 24;
  return {
    data,
    id,
    decimals,
    target,
    diverging,
    labels,
    left,
    top,
    cellWidth: 66,
    cellHeight,
    legendTop: top + Math.max(1, rows.length) * cellHeight + 30,
    narrow,
    rowTops: rows.map((_, index) => top + index * cellHeight),
    width: Math.max(left + data.columns.length * 66 + 16, 640),
    ...cellAttributes(id, 66, cellHeight),
  };
}

/** The hatch pattern that marks a cell with too little evidence. */
function hatchPattern(id: string): string[] {
  return [
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    `<rect width="6" height="6" fill="#FFFFFF"/><line x1="0" y1="0" x2="0" y2="6" stroke="#AEB7BD" stroke-width="2"/></pattern></defs>`,
  ];
}

/** The column headers, wrapped to two short lines above each column. */
function heatmapColumns(map: Heatmap): string[] {
  const { left, top, cellWidth } = map;
  const parts: string[] = [`<g class="columns" font-weight="600" text-anchor="middle"${map.narrow ? ` font-size="${NARROW.font}"` : ''}>`];
  map.data.columns.forEach((column, index) => {
    const lines = wrapText(column.label, 9, 2);
    parts.push(textLines(lines, left + index * cellWidth + cellWidth / 2, top - 10 - (lines.length - 1) * 13, '', 13));
  });
  parts.push('</g>');
  return parts;
}

/** Where a row's cells sit (y), or a column's (x): each coordinate the cells print, written once for the row or column. */
interface CellPlace {
  /** The cell's edge, + 1. */
  readonly edge: string;
  /** The end of the corner triangle, + 11. */
  readonly corner: string;
  /** Where its text is printed. */
  readonly text: string;
}

/**
 * One cell, written to `out` piece by piece: its fill and printed value (a dash when missing, bracketed on the hatch
 * when insufficient), its tooltip and its corner triangle. Pieces, not one template string per cell: a template of a
 * dozen parts builds a chain of a dozen joined-string objects, and at 2 × 16,000 cells those chains were most of the
 * garbage of a national report at 2,000 organisations (its heatmaps took 270 ms of garbage collection per report).
 */
function heatmapCell(map: Heatmap, cell: PaintedCell, x: CellPlace, y: CellPlace, out: string[]): void {
  out.push(
    '<rect x="',
    x.edge,
    '" y="',
    y.edge,
    map.cellSize,
    cell.fill ?? map.hatchFill,
    cell.outlined ? '" stroke="#AEB7BD"><title>' : '" stroke="none"><title>',
    cell.tip,
    '</title></rect>',
  );
  if (cell.belowTarget) out.push('<polygon points="', x.edge, ',', y.edge, ' ', x.corner, ',', y.edge, ' ', x.edge, ',', y.corner, TRIANGLE_END);
  out.push('<text x="', x.text, '" y="', y.text, '" text-anchor="middle" fill="', cell.textColour, cell.italic ? '" font-style="italic">' : '">', cell.text, '</text>');
}

/** The rows, written to `parts`: each its label, right-aligned before the grid (above it in the narrow layout), then its cells; a note when there is no row. */
function heatmapRows(map: Heatmap, painted: readonly (readonly PaintedCell[])[], parts: string[]): void {
  const { left, top, cellWidth, cellHeight } = map;
  if (map.data.rows.length === 0) {
    parts.push(`<text x="${px(left)}" y="${px(top + 20)}" fill="${SECONDARY_TEXT}">No organisations to show.</text>`);
  }
  const columns: CellPlace[] = map.data.columns.map((_, index) => {
    const x = left + index * cellWidth;
    return { edge: px(x + 1), corner: px(x + 11), text: px(x + cellWidth / 2) };
  });
  // Each row's pieces are joined into one string of its own: one long list of every cell's pieces grew (and was
  // copied) again and again, and joining it took longer than joining the rows (75 MB of garbage per report at 2,000
  // organisations, against some 30 MB).
  const row: string[] = [];
  painted.forEach((cells, rowIndex) => {
    const rowTop = map.rowTops[rowIndex] ?? top;
    const lines = map.labels[rowIndex] ?? [''];
    const y = map.narrow ? rowTop + lines.length * NARROW.lineHeight + 4 : rowTop;
    row.length = 0;
    if (map.narrow) {
      row.push(`<g class="row" font-size="${NARROW.font}">`);
      row.push(textLines(lines, left, rowTop + NARROW.font, 'font-weight="600"', NARROW.lineHeight));
    } else {
      row.push(`<g class="row">`);
      row.push(textLines(lines, left - 8, rowTop + cellHeight / 2 + 4 - ((lines.length - 1) * 14) / 2, 'text-anchor="end"', 14));
    }
    const place: CellPlace = { edge: px(y + 1), corner: px(y + 11), text: px(y + cellHeight / 2 + 4) };
    cells.forEach((cell, columnIndex) => heatmapCell(map, cell, columns[columnIndex]!, place, row));
    row.push('</g>');
    parts.push(row.join(''));
  });
}

/** The legend's colour scale: a ramp with its ends and, on a diverging scale, the target at its centre and what each colour means. */
function heatmapRamp(map: Heatmap, rampX: number, rampWidth: number): string[] {
  const { id, decimals, target, diverging, legendTop, data } = map;
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
  const parts: string[] = [
    `<defs><linearGradient id="${id}-ramp" x1="0" x2="1" y1="0" y2="0">`,
    stops.map(([offset, colour]) => `<stop offset="${Math.round(offset * 1000) / 1000}" stop-color="${colour}"/>`).join(''),
    '</linearGradient></defs>',
  ];
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
    parts.push(`<line x1="${px(splitX)}" y1="${px(rampTop - 4)}" x2="${px(splitX)}" y2="${px(rampTop + 18)}" stroke="${TEXT}" stroke-width="2"/>`);
  }
  const clearOfTarget = (from: number, to: number) =>
    targetLabel === null || to + 6 < targetLabel.x - textWidth(targetLabel.text) / 2 || from - 6 > targetLabel.x + textWidth(targetLabel.text) / 2;
  parts.push(
    `<text x="${rampX}" y="${px(legendTop)}" font-weight="600">${diverging ? 'Score against target' : 'Score'}</text>`,
    `<rect x="${rampX}" y="${px(rampTop)}" width="${rampWidth}" height="14" fill="url(#${id}-ramp)" stroke="#AEB7BD"/>`,
  );
  if (clearOfTarget(rampX, rampX + textWidth(minText))) parts.push(`<text x="${rampX}" y="${px(rampTop + 30)}">${escapeHtml(minText)}</text>`);
  if (clearOfTarget(rampX + rampWidth - textWidth(maxText), rampX + rampWidth)) {
    parts.push(`<text x="${rampX + rampWidth}" y="${px(rampTop + 30)}" text-anchor="end">${escapeHtml(maxText)}</text>`);
  }
  if (targetLabel !== null) {
    parts.push(
      `<text x="${px(targetLabel.x)}" y="${px(rampTop + 30)}" text-anchor="middle" font-weight="600">${escapeHtml(targetLabel.text)}</text>`,
      `<text x="${rampX}" y="${px(rampTop + 50)}" fill="${SECONDARY_TEXT}">Orange: below target, stronger ${map.narrow ? '' : 'the '}further below.</text>`,
      `<text x="${rampX}" y="${px(rampTop + 67)}" fill="${SECONDARY_TEXT}">Blue: at or above target, stronger ${map.narrow ? '' : 'the '}further above.</text>`,
    );
  }
  return parts;
}

/** The legend: the colour scale, then the marks (corner triangle, hatch, dash) and what each means. */
function heatmapLegend(map: Heatmap): string[] {
  const { id } = map;
  const rampX = 16;
  const rampWidth = 300;
  // Wide: the marks beside the colour scale; narrow: under it.
  const keyX = map.narrow ? rampX : rampX + rampWidth + 36;
  const keyTop = map.narrow ? map.legendTop + 100 : map.legendTop;
  return [
    `<g class="legend" font-size="${map.narrow ? 13 : 12}">`,
    ...heatmapRamp(map, rampX, rampWidth),
    `<polygon points="${keyX},${px(keyTop - 4)} ${keyX + 10},${px(keyTop - 4)} ${keyX},${px(keyTop + 6)}" fill="${TEXT}"/>`,
    `<text x="${keyX + 18}" y="${px(keyTop + 5)}">Corner triangle: below target</text>`,
    `<rect x="${keyX}" y="${px(keyTop + 16)}" width="14" height="12" fill="url(#${id}-hatch)" stroke="#AEB7BD"/>`,
    `<text x="${keyX + 18}" y="${px(keyTop + 26)}">(2.10) hatched: too little evidence</text>`,
    `<text x="${keyX + 18}" y="${px(keyTop + 46)}">${NO_VALUE} no score</text>`,
    '</g>',
  ];
}

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
  if (!isObject(data)) throw new TypeError(`${name}: data must be a HeatmapChartData object`);
  const resolved = resolveChartOptions(name, options);
  const target = checkHeatmapData(name, data);
  const diverging = isDiverging(data, target);
  return drawHeatmap(data, resolved, target, diverging, paintHeatmapCells(data, resolved.decimals, target, diverging)).join('');
}

/**
 * The same heatmap in two layouts (as {@link renderHeatmapChart} draws each), its data checked and its cells painted
 * once for both: the national report's heatmap, wide for a page and narrow for a phone. Internal. Each drawing is
 * the pieces that {@link renderHeatmapChart} would join, for the page to join once with the rest: at 2,000
 * organisations each is 4.3 million characters, and joining it on its own made a copy (17 MB a report, straight into
 * the old generation) that the page then copied again.
 */
export function renderHeatmapLayouts(
  data: HeatmapChartData,
  wide: RenderChartOptions,
  narrow: RenderChartOptions,
): { readonly wide: readonly string[]; readonly narrow: readonly string[] } {
  const name = 'renderHeatmapChart';
  const wideOptions = resolveChartOptions(name, wide);
  const narrowOptions = resolveChartOptions(name, narrow);
  const target = checkHeatmapData(name, data);
  const diverging = isDiverging(data, target);
  const painted = paintHeatmapCells(data, wideOptions.decimals, target, diverging);
  const narrowPainted = narrowOptions.decimals === wideOptions.decimals ? painted : paintHeatmapCells(data, narrowOptions.decimals, target, diverging);
  return { wide: drawHeatmap(data, wideOptions, target, diverging, painted), narrow: drawHeatmap(data, narrowOptions, target, diverging, narrowPainted) };
}

/** Draws a checked heatmap whose cells are painted, in the layout of its options: the SVG's pieces, in order. */
function drawHeatmap(data: HeatmapChartData, options: ResolvedChartOptions, target: number | null, diverging: boolean, painted: readonly (readonly PaintedCell[])[]): string[] {
  const { id, decimals, narrow } = options;
  const map = heatmapOf(data, id, decimals, target, diverging, narrow);
  const height = map.legendTop + (narrow ? 160 : 104);
  const parts = [svgOpen(id, map.width, height, data.title, data.description, 'heatmap-chart'), ...hatchPattern(id), ...heatmapColumns(map)];
  heatmapRows(map, painted, parts);
  parts.push(...heatmapLegend(map), '</svg>');
  return parts;
}
