export { allianceReport } from './alliance.js';
export { buildReports } from './build.js';
export { barrierChart, heatmapChart, radarChart } from './charts.js';
export type {
  BarrierChartBar,
  BarrierChartData,
  ChartOptions,
  HeatmapCell,
  HeatmapChartData,
  HeatmapColumn,
  HeatmapRow,
  RadarAxis,
  RadarChartData,
  RadarSeries,
} from './charts.js';
export {
  CSV_COLUMNS,
  exportBarriersCsv,
  exportGapsCsv,
  exportItemScoresCsv,
  exportNeedsCsv,
  exportScoresCsv,
  safeCsvCell,
} from './csv.js';
export type { CsvOptions } from './csv.js';
export { escapeHtml, escapeMarkdown } from './escape.js';
export { renderHtml } from './html.js';
export type { RenderHtmlOptions } from './html.js';
export { exportJson } from './json.js';
export { renderMarkdown } from './markdown.js';
export { nationalReport } from './national.js';
export type * from './model.js';
