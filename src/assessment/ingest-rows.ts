import { isAsyncIterable, isIterable } from '../internal/iterable.js';
import type { AnswersImport, ParseAnswersStreamOptions } from './answers-import.js';
import { AnswerIngest } from './ingest-core.js';
import { checkIngestOptions } from './ingest-options.js';

function checkRow(row: unknown, index: number): readonly string[] {
  if (!Array.isArray(row)) {
    throw new TypeError(`parseAnswersStream: row ${index + 1} is not an array of cells; give each row as an array of strings, header first`);
  }
  for (const cell of row) {
    if (typeof cell !== 'string') {
      throw new TypeError(`parseAnswersStream: row ${index + 1} holds a ${typeof cell}; every cell must be a string (the text of the cell)`);
    }
  }
  return row as readonly string[];
}

/**
 * Reads survey answers that arrive as a stream of rows already split into cells (header first), in the long or the
 * wide layout, with exactly the rules of `parseAnswersCsv`: to read a large export row by row from a CSV parser of
 * your own, a database cursor or a spreadsheet library. Rows are counted from the header, blank rows skipped;
 * locations carry no `line`, since rows have no lines.
 *
 * @param source - The rows, header first: an iterable or async iterable (a Node stream, a web `ReadableStream`, a
 *   generator) whose elements are rows (arrays of cell texts) or batches of rows.
 * @param options - The framework (required), and optionally the layout, the known organisations and a file name.
 * @returns A promise of the answers, the issues row by row and the accounting, deeply frozen.
 * @throws AnswersError (the promise rejects) when the rows cannot be read as a whole (no header, required columns
 *   missing, a layout that cannot be told).
 * @throws TypeError when the source is not iterable, a row is not an array of strings, or the options are wrong.
 * @example
 * ```ts
 * import { effectiveCancerAllianceFramework as framework, parseAnswersStream } from 'cancer-alliance-framework';
 * const result = await parseAnswersStream(
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
export async function parseAnswersStream(
  source: AsyncIterable<readonly string[] | readonly (readonly string[])[]> | Iterable<readonly string[] | readonly (readonly string[])[]>,
  options: ParseAnswersStreamOptions,
): Promise<AnswersImport> {
  const fn = 'parseAnswersStream';
  const core = checkIngestOptions(fn, options, true);
  if (!isAsyncIterable(source) && !isIterable(source)) {
    throw new TypeError(`${fn}: source must be an iterable or async iterable of rows (arrays of strings, header first); for CSV text use parseAnswersCsv`);
  }
  const ingest = new AnswerIngest(core);
  let index = 0;
  const add = (element: unknown): void => {
    if (Array.isArray(element) && Array.isArray(element[0])) {
      for (const row of element as unknown[]) ingest.push(checkRow(row, index++), undefined, undefined);
    } else {
      ingest.push(checkRow(element, index++), undefined, undefined);
    }
  };
  if (isAsyncIterable(source)) {
    for await (const element of source) add(element);
  } else {
    for (const element of source) add(element);
  }
  return ingest.finish();
}
