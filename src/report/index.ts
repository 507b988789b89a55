/**
 * Reports: the report models of the national position and of each alliance, their Markdown and HTML renderings,
 * the SVG charts, and the CSV and JSON exports. See docs/reports.md.
 *
 * @packageDocumentation
 */
export { buildAllianceReport } from './alliance.js';
export { renderBarrierChart } from './barrier-chart.js';
export type { BarrierChartBar, BarrierChartData } from './barrier-chart.js';
export { buildReports } from './build.js';
export { renderChangeChart } from './change-chart.js';
export type { ChangeChartData, ChangeChartRow } from './change-chart.js';
export { renderHeatmapChart } from './heatmap-chart.js';
export type { HeatmapCell, HeatmapChartData, HeatmapColumn, HeatmapRow } from './heatmap-chart.js';
export { renderRadarChart } from './radar-chart.js';
export type { RadarAxis, RadarChartData, RadarSeries } from './radar-chart.js';
export type { RenderChartOptions } from './svg.js';
export { csvColumnsOf, exportCsv } from './csv.js';
export type { CsvTable, ExportCsvOptions } from './csv.js';
export { renderHtml } from './html.js';
export type { RenderHtmlOptions } from './html.js';
export { exportJson } from './json.js';
export { renderMarkdown } from './markdown.js';
export { buildNationalReport } from './national.js';
export type * from './model.js';
