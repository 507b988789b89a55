import type { AnswersImport } from '../assessment/answers-import.js';
import { AnswersError } from '../assessment/errors.js';
import { AnswerIngest } from '../assessment/ingest-core.js';
import type { SafeParseResult } from '../internal/result.js';
import { readAnswersXlsx, type ParseAnswersXlsxOptions } from './read.js';

/**
 * Reads survey answers from an Excel workbook (`.xlsx` bytes), in the long or the wide layout, by exactly the rules of
 * `parseAnswersCsv`: the same columns and spellings, the same issue codes, the same accounting. Each cell is read as
 * the text a spreadsheet shows: a number as General shows it (`3`, `0.3`), a date as ISO text (`2024-03-15`,
 * `2024-03-15T14:30:00`), a truth value as `TRUE` or `FALSE`, a formula as the value it was saved with (nothing is
 * ever evaluated), an error as its text (`#N/A`). Every issue names the sheet and the cell (`Responses!D17`) as well
 * as the row and column.
 *
 * The sheet read is `options.sheet`, or the first visible sheet. Its header is the first row that names the
 * organisation and respondent columns: filled rows above it (a title, a note) are not data, and each is reported as a
 * `row-above-header` issue. Hidden rows and columns are read like the others, each with a `hidden-row` or
 * `hidden-column` issue. A merged cell's value belongs to its top-left cell; the others are blank. Empty rows and
 * columns, trailing or not, are skipped as blank lines are in CSV.
 *
 * A workbook is untrusted input: it is refused whole, with an `AnswersError`, when it is larger than the limits
 * (`maxBytes`, `maxUncompressedBytes`, `maxSheets`, `maxRows`, `maxCells`), a zip bomb, damaged, encrypted, carries
 * macros, links outside itself (another file, a data connection, a formula that fetches or runs something), or
 * declares a DTD (entity expansion). Each refusal is checked before the work it prevents; docs/survey-data.md lists
 * the codes.
 *
 * @param bytes - The workbook's bytes: a `Uint8Array` (a Node `Buffer` is one) or an `ArrayBuffer` (a browser's
 *   `await file.arrayBuffer()`).
 * @param options - The framework (required); optionally the layout, the sheet, the known organisations, a file name
 *   for locations, and the limits.
 * @returns The answers, the issues row by row, the accounting and the layout read; deeply frozen.
 * @throws AnswersError when the workbook cannot be read as a whole: a refusal above, no such sheet, no header,
 *   required columns missing, the same column twice, or a layout that cannot be told.
 * @throws TypeError or RangeError when the arguments are wrong (e.g. no framework, text instead of bytes).
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { effectiveCancerAllianceFramework as framework } from 'cancer-alliance-framework';
 * import { parseAnswersXlsx } from 'cancer-alliance-framework/xlsx';
 * const result = parseAnswersXlsx(readFileSync('answers.xlsx'), { framework, file: 'answers.xlsx' });
 * result.accounting.rowsRead; // data rows read
 * result.issues[0]?.location.cell; // e.g. 'Responses!D17'
 * ```
 * @category Workbooks
 */
export function parseAnswersXlsx(bytes: Uint8Array | ArrayBuffer, options: ParseAnswersXlsxOptions): AnswersImport {
  return readAnswersXlsx('parseAnswersXlsx', bytes, options, (core) => new AnswerIngest(core)).finish();
}

/**
 * Reads survey answers from an Excel workbook like `parseAnswersXlsx`, but returns the error instead of throwing it.
 *
 * @param bytes - The workbook's bytes: a `Uint8Array` or an `ArrayBuffer`.
 * @param options - As for `parseAnswersXlsx`.
 * @returns `{ success: true, data }` with the import, or `{ success: false, error }` with the AnswersError.
 * @throws TypeError or RangeError when the arguments are wrong: those are programming errors, not input errors.
 * @example
 * ```ts
 * const result = safeParseAnswersXlsx(new Uint8Array([1, 2, 3]), { framework });
 * if (!result.success) result.error.issues[0]?.code; // 'not-a-workbook'
 * ```
 * @category Workbooks
 */
export function safeParseAnswersXlsx(bytes: Uint8Array | ArrayBuffer, options: ParseAnswersXlsxOptions): SafeParseResult<AnswersImport, AnswersError> {
  try {
    return Object.freeze({ success: true, data: readAnswersXlsx('safeParseAnswersXlsx', bytes, options, (core) => new AnswerIngest(core)).finish() });
  } catch (error) {
    if (error instanceof AnswersError) return Object.freeze({ success: false, error });
    throw error;
  }
}
