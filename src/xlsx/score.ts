import { requireOptions } from '../assessment/ingest-options.js';
import { resolveOptions, type ScoringOptions } from '../assessment/score.js';
import { RowScorer, type ScoredAnswers } from '../assessment/stream.js';
import { readAnswersXlsx, XLSX_READ_KEYS, type ParseAnswersXlsxOptions } from './read.js';

/**
 * Options of {@link scoreAnswersXlsx}: how to read the workbook, as for `parseAnswersXlsx`, and the scoring settings
 * of `scoreAnswers`, side by side.
 *
 * @category Workbooks
 */
export interface ScoreAnswersXlsxOptions extends ParseAnswersXlsxOptions, ScoringOptions {}

/**
 * Reads survey answers from an Excel workbook and scores them in one pass, without making an answer object for any of
 * them, as `scoreAnswersCsv` does for CSV text. The workbook is read by exactly the rules of `parseAnswersXlsx`, and
 * the scores equal `scoreAnswers` of the answers it accepts.
 *
 * @param bytes - The workbook's bytes: a `Uint8Array` (a Node `Buffer` is one) or an `ArrayBuffer`.
 * @param options - As for `parseAnswersXlsx`: the framework (required), the layout, the sheet, the known
 *   organisations, a file name and the limits; and the scoring settings of `scoreAnswers`.
 * @returns The scores with the issues, accounting and layout of the sheet, deeply frozen; `accounting.answersAccepted`
 *   counts the answers scored.
 * @throws AnswersError when the workbook cannot be read as a whole (see `parseAnswersXlsx`).
 * @throws TypeError or RangeError when the arguments are wrong (no framework, a scoring option out of range or unknown).
 * @example
 * ```ts
 * const result = scoreAnswersXlsx(bytes, { framework, sheet: 'Responses' });
 * result.scores.organisations.map((organisation) => organisation.organisationId);
 * ```
 * @category Workbooks
 */
export function scoreAnswersXlsx(bytes: Uint8Array | ArrayBuffer, options: ScoreAnswersXlsxOptions): ScoredAnswers {
  const fn = 'scoreAnswersXlsx';
  requireOptions(fn, options);
  const used = resolveOptions(fn, options, XLSX_READ_KEYS);
  return readAnswersXlsx(fn, bytes, options, (core) => new RowScorer(fn, core)).finish(used);
}
