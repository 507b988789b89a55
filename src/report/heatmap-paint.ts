import { heatColour, SECONDARY_TEXT, TEXT, textColourOn } from './colour.js';
import { escapeHtml } from './escape.js';
import { formatNumber, NO_VALUE } from './format.js';
import type { HeatmapChartData } from './heatmap-chart.js';

/**
 * What one heatmap cell shows, whatever the layout: its fill, the colour and text printed on it, its tooltip and its
 * marks. Worked out once per cell and drawn by each layout (the national report draws the wide and the narrow
 * heatmap: 2 × 16,000 cells at 2,000 organisations).
 */
export interface PaintedCell {
  /** The fill colour; null for the hatch of a cell with too little evidence (its pattern's id is the layout's). */
  readonly fill: string | null;
  readonly textColour: string;
  /** The printed text, which needs no escaping: a number, a bracketed number or a dash. */
  readonly text: string;
  /** The tooltip, escaped for SVG. */
  readonly tip: string;
  /** Drawn with a grey outline: no value, or too little evidence. */
  readonly outlined: boolean;
  /** Printed in italics: too little evidence. */
  readonly italic: boolean;
  /** Marked with a corner triangle. */
  readonly belowTarget: boolean;
}

/** True when the colours diverge at a target: the chart's, or any cell's own. */
export function isDiverging(data: HeatmapChartData, target: number | null): boolean {
  return target !== null || data.rows.some((row) => row.cells.some((cell) => cell.target !== undefined && cell.target !== null));
}

/**
 * Paints every cell of a checked heatmap, row by row. A tooltip reads "row, column: value (notes)"; since escaping
 * works character by character, the row's and column's labels are escaped once each, not once per cell, and the
 * rest (numbers, a dash, fixed words) needs none.
 */
export function paintHeatmapCells(data: HeatmapChartData, decimals: number, target: number | null, diverging: boolean): PaintedCell[][] {
  const columnLabels = data.columns.map((column) => escapeHtml(column.label));
  const { min, max } = data;
  return data.rows.map((row) => {
    const rowLabel = escapeHtml(`${row.label}, `);
    return row.cells.map((cell, columnIndex): PaintedCell => {
      const value = cell.value !== null && Number.isFinite(cell.value) ? cell.value : null;
      const shown = value === null ? null : formatNumber(value, decimals);
      let fill: string | null;
      let textColour: string;
      let text: string;
      if (shown === null) {
        fill = '#FFFFFF';
        textColour = SECONDARY_TEXT;
        text = NO_VALUE;
      } else if (cell.insufficient) {
        fill = null;
        textColour = TEXT;
        text = `(${shown})`;
      } else {
        fill = heatColour(value!, { min, max, target: diverging ? (cell.target ?? target) : null });
        textColour = textColourOn(fill);
        text = shown;
      }
      const notes =
        shown !== null && cell.insufficient
          ? cell.belowTarget === true
            ? ' (too little evidence, below target)'
            : ' (too little evidence)'
          : cell.belowTarget === true
            ? ' (below target)'
            : '';
      return {
        fill,
        textColour,
        text,
        tip: `${rowLabel}${columnLabels[columnIndex]!}: ${shown ?? 'no score'}${notes}`,
        outlined: shown === null || cell.insufficient,
        italic: cell.insufficient,
        belowTarget: cell.belowTarget === true,
      };
    });
  });
}
