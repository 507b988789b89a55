import { isObject } from '../internal/guards.js';
import { GRID, NHS_BLUE, SECONDARY_TEXT, TEXT } from './colour.js';
import { escapeHtml } from './escape.js';
import { formatChange } from './format.js';
import { CHAR_WIDTH, NARROW_CHAR_WIDTH, checkArray, checkText, px, resolveChartOptions, svgOpen, textLines, wrapText, type RenderChartOptions } from './svg.js';

/**
 * One row of a chart of change: a theme's change between two rounds, and its interval.
 *
 * @category Report
 */
export interface ChangeChartRow {
  readonly id: string;
  /** Printed beside the row (wrapped to two lines); the table beside the chart gives the full text. */
  readonly label: string;
  /** later − earlier; null when there is no change to show (the row says so). */
  readonly change: number | null;
  /** The interval of the change, e.g. a 95% bootstrap interval; null when there is none. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  /** True when the interval leaves out 0: the marker is filled; otherwise hollow. */
  readonly clear: boolean;
}

/**
 * What a chart of change shows: each row's change as a marker on a scale centred on 0, with its interval as a line.
 *
 * @category Report
 */
export interface ChangeChartData {
  readonly title: string;
  readonly description: string;
  readonly rows: readonly ChangeChartRow[];
}

/** The half-width of the scale: the largest distance from 0 of any change or interval end, up to the next half (at least 0.5). */
function reachOf(rows: readonly ChangeChartRow[]): number {
  let reach = 0;
  for (const row of rows) {
    for (const value of [row.change, row.interval?.low ?? null, row.interval?.high ?? null]) {
      if (value !== null && Number.isFinite(value)) reach = Math.max(reach, Math.abs(value));
    }
  }
  return Math.max(0.5, Math.ceil(reach * 2 - 1e-9) / 2);
}

/**
 * Draws the change of each theme between two rounds as an accessible SVG: a marker at the change on a scale centred
 * on 0 (a dark line: no change), a line across its interval, and the change printed in words beside it. A clear change
 * (its interval leaves out 0) has a filled marker and the words "clear"; a change within the interval's reach of 0 a
 * hollow one and "not clear", so neither colour nor fill carries meaning alone.
 *
 * @param data - The rows, in the order to draw them.
 * @param options - The id prefix, the decimals shown and the layout (`'narrow'` puts each label above its row).
 * @returns An SVG document as a string, sized by its `viewBox`.
 * @throws TypeError when `data` is not shaped as {@link ChangeChartData}.
 * @throws RangeError when an interval's low end is above its high end.
 * @example
 * ```ts
 * const svg = renderChangeChart({
 *   title: 'Change since 2022/23',
 *   description: 'One theme improved clearly.',
 *   rows: [{ id: 'T1', label: 'T1 Shared vision', change: 0.4, interval: { low: 0.1, high: 0.7 }, clear: true }],
 * });
 * svg.includes('+0.40, clear'); // true
 * ```
 * @category Report
 */
export function renderChangeChart(data: ChangeChartData, options?: RenderChartOptions | undefined): string {
  const name = 'renderChangeChart';
  if (!isObject(data)) throw new TypeError(`${name}: data must be a ChangeChartData object`);
  const { id, decimals, narrow } = resolveChartOptions(name, options);
  const title = checkText(name, 'data.title', data.title);
  const description = checkText(name, 'data.description', data.description);
  const rows = checkArray(name, 'data.rows', data.rows);
  for (const row of rows) {
    checkText(name, 'row.label', row.label);
    if (row.interval !== null && !(row.interval.low <= row.interval.high)) {
      throw new RangeError(`${name}: row "${row.id}" has an interval from ${String(row.interval.low)} to ${String(row.interval.high)}; give low ≤ high`);
    }
  }
  // Wide: the label beside its row. Narrow (a phone-sized screen): the label on its own lines above its row, larger.
  const width = narrow ? 400 : 800;
  const font = narrow ? 16 : 13;
  const lineHeight = font + 4;
  const labelWidth = narrow ? width - 24 : 300;
  const plotLeft = narrow ? 24 : labelWidth + 20;
  const plotWidth = narrow ? 212 : 300;
  const reach = reachOf(rows);
  const xOf = (value: number) => plotLeft + ((Math.max(-reach, Math.min(reach, value)) + reach) / (2 * reach)) * plotWidth;
  // A narrow label is wrapped with room to spare: the screen's font may run wider than the estimate.
  const labels = rows.map((row) => wrapText(row.label, Math.floor(labelWidth / (font * (narrow ? NARROW_CHAR_WIDTH : CHAR_WIDTH))), 2));
  const rowHeights = labels.map((lines) => (narrow ? lines.length * lineHeight + 34 : Math.max(36, lines.length * lineHeight + 12)));
  const top = narrow ? 46 : 40;
  const plotHeight = rowHeights.reduce((sum, value) => sum + value, 0);
  const legendTop = top + Math.max(36, plotHeight) + 26;
  const height = legendTop + (narrow ? 62 : 30);
  const parts: string[] = [svgOpen(id, width, height, title, description, 'change-chart')];

  // The scale: ticks at each half, the 0 line marked "no change".
  parts.push(`<g class="axis" font-size="${narrow ? 14 : 11}" fill="${SECONDARY_TEXT}" text-anchor="middle">`);
  const step = reach <= 1 ? 0.25 : 0.5;
  for (let k = -Math.round(reach / step); k <= Math.round(reach / step); k++) {
    const tick = k * step;
    const x = xOf(tick);
    const zero = k === 0;
    parts.push(`<line x1="${px(x)}" y1="${top - 6}" x2="${px(x)}" y2="${px(top + plotHeight)}" stroke="${zero ? TEXT : GRID}" stroke-width="${zero ? 1.5 : 1}"/>`);
    // Narrow: labels at the ends and at 0 only, so that they never run into each other.
    if (!narrow || zero || Math.abs(tick) >= reach - 1e-9) {
      parts.push(`<text x="${px(x)}" y="${top - 12}"${zero ? ' font-weight="600"' : ''}>${zero ? '0' : formatChange(tick)}</text>`);
    }
  }
  parts.push('</g>');
  if (rows.length === 0) parts.push(`<text x="${plotLeft}" y="${top + 24}" fill="${SECONDARY_TEXT}">No change to show.</text>`);

  let y = top;
  rows.forEach((row, index) => {
    const lines = labels[index]!;
    const rowHeight = rowHeights[index]!;
    const middle = narrow ? y + lines.length * lineHeight + 16 : y + rowHeight / 2;
    const words = row.change === null ? 'no comparable change' : `${formatChange(row.change, decimals)}${row.interval === null ? '' : `, ${row.clear ? 'clear' : 'not clear'}`}`;
    const tip =
      row.change === null
        ? `${row.label}: no comparable change`
        : `${row.label}: ${formatChange(row.change, decimals)}${row.interval === null ? '' : ` (interval ${formatChange(row.interval.low, decimals)} to ${formatChange(row.interval.high, decimals)}; ${row.clear ? 'clear' : 'not clear'})`}`;
    parts.push(`<g class="row" font-size="${font}">`);
    parts.push(
      narrow
        ? textLines(lines, plotLeft - 12, y + font, 'font-weight="600" stroke="#FFFFFF" stroke-width="4" paint-order="stroke" stroke-linejoin="round"', lineHeight)
        : textLines(lines, labelWidth, middle + font / 3 - ((lines.length - 1) * lineHeight) / 2, 'text-anchor="end"', lineHeight),
    );
    if (row.change !== null) {
      if (row.interval !== null) {
        const low = xOf(row.interval.low);
        const high = xOf(row.interval.high);
        parts.push(
          `<line x1="${px(low)}" y1="${px(middle)}" x2="${px(high)}" y2="${px(middle)}" stroke="${NHS_BLUE}" stroke-width="3"/>`,
          `<line x1="${px(low)}" y1="${px(middle - 6)}" x2="${px(low)}" y2="${px(middle + 6)}" stroke="${NHS_BLUE}" stroke-width="2"/>`,
          `<line x1="${px(high)}" y1="${px(middle - 6)}" x2="${px(high)}" y2="${px(middle + 6)}" stroke="${NHS_BLUE}" stroke-width="2"/>`,
        );
      }
      parts.push(
        `<circle cx="${px(xOf(row.change))}" cy="${px(middle)}" r="6" fill="${row.clear ? NHS_BLUE : '#FFFFFF'}" stroke="${NHS_BLUE}" stroke-width="2.5"><title>${escapeHtml(tip)}</title></circle>`,
      );
    }
    parts.push(`<text x="${px(plotLeft + plotWidth + 12)}" y="${px(middle + font / 3)}"${row.clear ? ' font-weight="600"' : ''}>${escapeHtml(words)}</text>`);
    parts.push('</g>');
    y += rowHeight;
  });

  // The legend: what the marker, its fill and the line mean.
  const legendFont = narrow ? 14 : 12;
  parts.push(`<g class="legend" font-size="${legendFont}">`);
  parts.push(`<circle cx="22" cy="${px(legendTop - 4)}" r="6" fill="${NHS_BLUE}" stroke="${NHS_BLUE}" stroke-width="2.5"/>`);
  parts.push(`<text x="36" y="${px(legendTop)}">Filled: a clear change (its interval leaves out 0)</text>`);
  const secondTop = narrow ? legendTop + 24 : legendTop;
  const secondX = narrow ? 16 : 400;
  parts.push(`<circle cx="${secondX + 6}" cy="${px(secondTop - 4)}" r="6" fill="#FFFFFF" stroke="${NHS_BLUE}" stroke-width="2.5"/>`);
  parts.push(`<text x="${secondX + 20}" y="${px(secondTop)}">Hollow: not clear. Line: its interval. Dark line: 0</text>`);
  parts.push('</g>');
  parts.push('</svg>');
  return parts.join('');
}
