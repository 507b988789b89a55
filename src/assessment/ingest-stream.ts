import { isAsyncIterable, isIterable } from '../internal/iterable.js';
import { kindOf } from '../internal/show.js';
import type { AnswersImport, ParseAnswersStreamOptions } from './answers-import.js';
import { throwAnswersError } from './errors.js';
import { AnswerIngest } from './ingest-core.js';
import { checkCsvOptions, CsvTextReader, type CsvRowTarget, type CsvTextOptions } from './ingest-csv.js';

/** What a stream's elements turned out to be: chunks of CSV text, or rows of cells. */
type StreamMode = 'text' | 'rows';

/** The UTF-8 size of a cell: its bytes, plus one for the delimiter or line break after it. */
function cellBytes(cell: string): number {
  let bytes = 1;
  for (let index = 0; index < cell.length; index += 1) {
    const code = cell.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < cell.length && (cell.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Reads the elements of a stream into an ingestion, as they arrive: chunks of CSV text (strings, read exactly as
 * `parseAnswersCsv` reads the whole text), or rows of cells (arrays of strings, header first) and batches of rows. The
 * first element decides which; a stream may not mix them. Either way the input's UTF-8 size is counted as it arrives
 * (rows: each cell's bytes and one for the delimiter after it), and a stream that grows past `maxBytes` is cut there
 * with a `too-large` error, so that a source that never ends cannot fill the memory.
 */
export async function readAnswerStream(fn: string, source: unknown, csv: CsvTextOptions, target: CsvRowTarget, wholeText: string): Promise<void> {
  if (typeof source === 'string') {
    throw new TypeError(`${fn}: source is a string; for CSV text held whole use ${wholeText}, and give ${fn} a stream of text chunks or of rows`);
  }
  if (!isAsyncIterable(source) && !isIterable(source)) {
    throw new TypeError(
      `${fn}: source must be an iterable or async iterable (a Node stream, a web ReadableStream, a generator) of CSV text chunks, or of rows of cells (arrays of strings, header first)`,
    );
  }
  let mode: StreamMode | undefined;
  let text: CsvTextReader | undefined;
  let rows = 0;
  let bytes = 0;
  const pushRow = (row: unknown): void => {
    if (!Array.isArray(row)) {
      throw new TypeError(`${fn}: row ${rows + 1} is not an array of cells; give each row as an array of strings, header first`);
    }
    for (const cell of row) {
      if (typeof cell !== 'string') {
        throw new TypeError(`${fn}: row ${rows + 1} holds ${kindOf(cell)}; every cell must be a string (the text of the cell)`);
      }
      bytes += cellBytes(cell);
    }
    if (bytes > csv.maxBytes) {
      const location: { file?: string; row?: number } = { row: rows };
      if (csv.core.file !== undefined) location.file = csv.core.file;
      throwAnswersError('The survey answers cannot be read:', { code: 'too-large', bytes, maxBytes: csv.maxBytes }, location);
    }
    rows += 1;
    target.push(row as readonly string[], undefined, undefined);
  };
  const add = (element: unknown): void => {
    const kind: StreamMode | 'other' = typeof element === 'string' ? 'text' : Array.isArray(element) ? 'rows' : 'other';
    if (kind === 'other') {
      const what = element instanceof Uint8Array ? 'bytes' : element === null ? 'null' : typeof element;
      throw new TypeError(
        `${fn}: the stream gave ${what}; give chunks of text (e.g. createReadStream(path, 'utf8'), or a ReadableStream piped through a TextDecoderStream) or rows of cells`,
      );
    }
    if (mode === undefined) {
      mode = kind;
      if (mode === 'text') text = new CsvTextReader(csv, target);
    } else if (mode !== kind) {
      throw new TypeError(`${fn}: the stream mixes text chunks and rows of cells; give one or the other`);
    }
    if (text !== undefined) {
      text.write(element as string);
    } else if (Array.isArray((element as unknown[])[0])) {
      for (const row of element as unknown[]) pushRow(row);
    } else {
      pushRow(element);
    }
  };
  if (isAsyncIterable(source)) {
    for await (const element of source) add(element);
  } else {
    for (const element of source) add(element);
  }
  text?.end();
}

/**
 * Reads survey answers that arrive as a stream: chunks of CSV text, or rows already split into cells (header first),
 * in the long or the wide layout, by exactly the rules of `parseAnswersCsv`. Use it for an export too large to hold
 * as one text (a file read with `createReadStream(path, 'utf8')`, a `ReadableStream` of text), or for rows from a
 * database cursor or a spreadsheet library. Text chunks give exactly what `parseAnswersCsv` gives for the whole text,
 * lines and columns included; rows have no lines, so their issues carry none, and cannot be malformed.
 *
 * @param source - An iterable or async iterable (a Node stream, a web `ReadableStream`, a generator) whose elements
 *   are chunks of CSV text (strings), or rows of cells (arrays of strings, header first) or batches of rows.
 * @param options - The framework (required), and optionally the layout, the known organisations, a file name for
 *   locations, the largest input accepted (`maxBytes`, default 50 MiB, counted as the stream arrives) and, for text,
 *   the delimiter.
 * @returns A promise of the answers, the issues row by row and the accounting, deeply frozen.
 * @throws AnswersError (the promise rejects) when the input cannot be read as a whole: larger than `maxBytes`, no
 *   header, required columns missing, a layout that cannot be told.
 * @throws TypeError when the source is not iterable, gives something other than text or rows, or mixes them; or when
 *   the options are wrong.
 * @example
 * ```ts
 * import { effectiveCancerAllianceFramework as framework, parseAnswersStream } from 'cancer-alliance-framework';
 * const result = await parseAnswersStream(['organisation_id,respondent_id,T1.C1,T1', '.C2\ngreater-manchester,r1,3,DK\n'], { framework });
 * result.answers.length; // 2
 * result.layout; // 'wide'
 * ```
 * @category Assessment
 */
export async function parseAnswersStream(
  source: AsyncIterable<string | readonly string[] | readonly (readonly string[])[]> | Iterable<string | readonly string[] | readonly (readonly string[])[]>,
  options: ParseAnswersStreamOptions,
): Promise<AnswersImport> {
  const fn = 'parseAnswersStream';
  const csv = checkCsvOptions(fn, options);
  const ingest = new AnswerIngest(csv.core);
  await readAnswerStream(fn, source, csv, ingest, 'parseAnswersCsv');
  return ingest.finish();
}
