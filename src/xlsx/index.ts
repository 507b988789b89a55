/**
 * Workbooks: survey answers read from Excel workbooks (`.xlsx`) by the rules of the CSV readers, the report set
 * written as a workbook for analysts, and the survey instrument as a workbook to fill in. Loaded only from this
 * subpath, so that the root entry does not carry it. See docs/survey-data.md and docs/reports.md.
 *
 * @packageDocumentation
 */
export { parseAnswersXlsx, safeParseAnswersXlsx } from './parse.js';
export type { ParseAnswersXlsxOptions } from './read.js';
export { scoreAnswersXlsx } from './score.js';
export type { ScoreAnswersXlsxOptions } from './score.js';
export { exportReportXlsx } from './report.js';
export { exportAnswersTemplateXlsx } from './template.js';
export type { ExportAnswersTemplateXlsxOptions } from './template.js';
