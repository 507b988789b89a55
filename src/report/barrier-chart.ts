import { isObject } from '../internal/guards.js';
import { GRID, NHS_BLUE, SECONDARY_TEXT, TEXT } from './colour.js';
import { escapeHtml } from './escape.js';
import { formatPercent } from './format.js';
import { CHAR_WIDTH, checkArray, checkText, px, resolveChartOptions, svgOpen, textLines, wrapText, type RenderChartOptions } from './svg.js';

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
  if (!isObject(data)) throw new TypeError(`${name}: data must be a BarrierChartData object`);
  const { id } = resolveChartOptions(name, options);
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
    parts.push(`<line x1="${px(x)}" y1="${top - 6}" x2="${px(x)}" y2="${px(height - 12)}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(`<text x="${px(x)}" y="${top - 12}">${formatPercent(tick)}</text>`);
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
      `<rect x="${barLeft}" y="${px(y + 9)}" width="${px(length)}" height="${rowHeight - 18}" fill="${NHS_BLUE}"><title>${escapeHtml(`${bar.label}: ${count}`)}</title></rect>`,
    );
    parts.push(`<text x="${px(barLeft + length + 8)}" y="${px(y + rowHeight / 2 + 4)}" font-weight="600">${escapeHtml(count)}</text>`);
    parts.push('</g>');
  });
  parts.push(`<line x1="${barLeft}" y1="${top - 6}" x2="${barLeft}" y2="${px(height - 12)}" stroke="${TEXT}" stroke-width="1"/>`);
  parts.push('</svg>');
  return parts.join('');
}
