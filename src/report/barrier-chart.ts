import { isObject } from '../internal/guards.js';
import { GRID, NHS_BLUE, SECONDARY_TEXT, TEXT } from './colour.js';
import { escapeHtml } from './escape.js';
import { formatPercent } from './format.js';
import { CHAR_WIDTH, NARROW_CHAR_WIDTH, checkArray, checkText, px, resolveChartOptions, svgOpen, textLines, wrapText, type RenderChartOptions } from './svg.js';

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
  const { id, narrow } = resolveChartOptions(name, options);
  const title = checkText(name, 'data.title', data.title);
  const description = checkText(name, 'data.description', data.description);
  const bars = checkArray(name, 'data.bars', data.bars);
  for (const bar of bars) {
    checkText(name, 'bar.label', bar.label);
    if (!Number.isFinite(bar.prevalence) || bar.prevalence < 0 || bar.prevalence > 1) {
      throw new RangeError(`${name}: bar "${bar.id}" has prevalence ${String(bar.prevalence)}; give a share from 0 to 1`);
    }
  }
  // Wide: the label beside its bar. Narrow (a phone-sized screen): the label on its own lines above its bar, larger.
  const width = narrow ? 400 : 800;
  const font = narrow ? 16 : 12;
  const labelWidth = narrow ? width - 24 : 330;
  const barLeft = narrow ? 12 : labelWidth + 10;
  const barWidth = narrow ? 240 : 300;
  const labelLines = bars.map((bar) => wrapText(bar.label, Math.floor(labelWidth / (font * (narrow ? NARROW_CHAR_WIDTH : CHAR_WIDTH))), 2));
  const lineHeight = font + 4;
  const rowHeights = bars.map((_, index) => (narrow ? labelLines[index]!.length * lineHeight + 34 : 42));
  const top = narrow ? 40 : 34;
  const height = top + (bars.length === 0 ? 42 : rowHeights.reduce((sum, value) => sum + value, 0)) + 12;
  const parts: string[] = [svgOpen(id, width, height, title, description, 'barrier-chart')];

  // Axis: gridlines and tick labels at every quarter.
  parts.push(`<g class="axis" font-size="${narrow ? 14 : 11}" fill="${SECONDARY_TEXT}" text-anchor="middle">`);
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const x = barLeft + tick * barWidth;
    parts.push(`<line x1="${px(x)}" y1="${top - 6}" x2="${px(x)}" y2="${px(height - 12)}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(`<text x="${px(Math.max(x, narrow ? barLeft + 10 : x))}" y="${top - 12}">${formatPercent(tick)}</text>`);
  }
  parts.push('</g>');
  if (bars.length === 0) {
    parts.push(`<text x="${barLeft + 8}" y="${top + 24}" fill="${SECONDARY_TEXT}" font-size="${font}">No common barriers were found.</text>`);
  }
  let y = top;
  bars.forEach((bar, index) => {
    const rowHeight = rowHeights[index]!;
    const lines = labelLines[index]!;
    const length = Math.max(bar.prevalence * barWidth, bar.prevalence > 0 ? 2 : 0);
    const count = `${bar.sharing} of ${bar.scored} (${formatPercent(bar.prevalence)})`;
    const barTop = narrow ? y + lines.length * lineHeight + 4 : y + 9;
    const barHeight = narrow ? 22 : rowHeight - 18;
    parts.push(`<g class="bar" font-size="${font}">`);
    parts.push(
      narrow ? textLines(lines, barLeft, y + font, '', lineHeight) : textLines(lines, labelWidth, y + rowHeight / 2 + 4 - ((lines.length - 1) * 14) / 2, 'text-anchor="end"', 14),
    );
    parts.push(
      `<rect x="${barLeft}" y="${px(barTop)}" width="${px(length)}" height="${barHeight}" fill="${NHS_BLUE}"><title>${escapeHtml(`${bar.label}: ${count}`)}</title></rect>`,
    );
    parts.push(`<text x="${px(barLeft + length + 8)}" y="${px(barTop + barHeight / 2 + font / 3)}" font-weight="600">${escapeHtml(count)}</text>`);
    parts.push('</g>');
    y += rowHeight;
  });
  parts.push(`<line x1="${barLeft}" y1="${top - 6}" x2="${barLeft}" y2="${px(height - 12)}" stroke="${TEXT}" stroke-width="1"/>`);
  parts.push('</svg>');
  return parts.join('');
}
