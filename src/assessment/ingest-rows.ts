import { isAsyncIterable, isIterable } from '../internal/iterable.js';
import type { AnswersImport, IngestAnswerRowsOptions } from './answers-import.js';
import { AnswerIngest } from './ingest-core.js';
import { checkIngestOptions } from './ingest-options.js';

function checkRow(row: unknown, index: number): readonly string[] {
  if (!Array.isArray(row)) {
    throw new TypeError(`ingestAnswerRows: row ${index + 1} is not an array of cells; give each row as an array of strings, header first`);
  }
  for (const cell of row) {
    if (typeof cell !== 'string') {
      throw new TypeError(`ingestAnswerRows: row ${index + 1} holds a ${typeof cell}; every cell must be a string (the text of the cell)`);
    }
  }
  return row as readonly string[];
}

/**
 * Reads survey answers from rows already split into cells (header first), in the long or the wide layout, with
 * exactly the rules of `parseAnswersCsv`: use it to stream a large export from a CSV parser of your own, or to
 * read rows from a spreadsheet library. Rows are counted from the header, blank rows skipped; locations carry no
 * `line`, since rows have no lines.
 *
 * @param rows - The rows, header first: an iterable of string arrays, or an async iterable of them.
 * @param options - The framework (required), and optionally the layout, the known organisations and a file name.
 * @returns The answers, the issues row by row and the accounting; a Promise of them for an async iterable.
 * @throws AnswersError when the rows cannot be read as a whole (no header, required columns missing, a layout that
 *   cannot be told).
 * @throws TypeError when a row is not an array of strings or the options are wrong.
 * @example
 * ```ts
 * const result = ingestAnswerRows(
 *   [
 *     ['organisation_id', 'respondent_id', 'T1.C1', 'T1.C2'],
 *     ['greater-manchester', 'r1', '3', 'DK'],
 *   ],
 *   { framework },
 * );
 * result.answers.length; // 2
 * result.layout; // 'wide'
 * ```
 * @category Assessment
 */
export function ingestAnswerRows(rows: Iterable<readonly string[]>, options: IngestAnswerRowsOptions): AnswersImport;
export function ingestAnswerRows(rows: AsyncIterable<readonly string[]>, options: IngestAnswerRowsOptions): Promise<AnswersImport>;
export function ingestAnswerRows(
  rows: Iterable<readonly string[]> | AsyncIterable<readonly string[]>,
  options: IngestAnswerRowsOptions,
): AnswersImport | Promise<AnswersImport> {
  const core = checkIngestOptions('ingestAnswerRows', options, true);
  if (!isAsyncIterable(rows) && !isIterable(rows)) {
    throw new TypeError('ingestAnswerRows: rows must be an iterable of string arrays (header first); for CSV text use parseAnswersCsv');
  }
  const ingest = new AnswerIngest(core);
  if (isAsyncIterable(rows)) {
    return (async () => {
      let index = 0;
      for await (const row of rows) {
        ingest.push(checkRow(row, index), undefined, undefined);
        index += 1;
      }
      return ingest.finish();
    })();
  }
  let index = 0;
  for (const row of rows) {
    ingest.push(checkRow(row, index), undefined, undefined);
    index += 1;
  }
  return ingest.finish();
}
