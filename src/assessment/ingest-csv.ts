import { csvLibrary } from '#parsers/papaparse';
import type { SafeParseResult } from '../internal/result.js';
import { readerOf } from './answer-text.js';
import type { FrameworkReader } from './answer-text.js';
import type { AnswersImport, ParseAnswersCsvOptions } from './answers-import.js';
import { AnswersError, throwAnswersError } from './errors.js';
import type { AnswerIssueLocation, MalformedRowReason } from './errors.js';
import { AnswerIngest, isKnownHeader, type IngestCoreOptions } from './ingest-core.js';
import { bytesOver, checkIngestOptions, checkMaxBytes } from './ingest-options.js';

/** The delimiters tried, in order of preference when they split the header equally well. */
const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;

/** Excel's first line naming the delimiter, e.g. `sep=;` (sometimes quoted, or followed by empty cells). */
const SEP_LINE = /^"?sep=([^"\n])"?[,;\t|]*$/i;

function stripQuotes(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replace(/""/g, '"') : trimmed;
}

/**
 * Picks the delimiter that splits the header into the most cells the reader recognises (named columns, item ids);
 * on a tie, the one that splits it into the most cells; on a tie again, the comma.
 */
function detectDelimiter(headerLine: string, reader: FrameworkReader): string {
  let best: string = ',';
  let bestKnown = -1;
  let bestCells = 0;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const cells = headerLine.split(delimiter);
    const known = cells.length < 2 ? 0 : cells.filter((cell) => isKnownHeader(reader, stripQuotes(cell))).length;
    if (known > bestKnown || (known === bestKnown && cells.length > bestCells)) {
      best = delimiter;
      bestKnown = known;
      bestCells = cells.length;
    }
  }
  return best;
}

function firstNonBlankLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = end === -1 ? text.slice(start) : text.slice(start, end);
    if (line.trim() !== '') return line;
    if (end === -1) break;
    start = end + 1;
  }
  return '';
}

function checkDelimiter(fn: string, delimiter: unknown): string | undefined {
  if (delimiter === undefined) return undefined;
  if (typeof delimiter !== 'string' || delimiter === '' || /["\r\n\uFEFF]/.test(delimiter)) {
    throw new RangeError(`${fn}: options.delimiter must be a non-empty string without quotes or line breaks, e.g. ';', got ${JSON.stringify(delimiter)}`);
  }
  return delimiter;
}

/**
 * Reads a survey export as CSV text, in the long layout (one row per answer:
 * `organisation_id,respondent_id,item_id,answer[,respondent_group][,comment]`) or the wide layout (one row per
 * respondent, one column per item id), told apart from the header unless named. Answers may be values, level labels,
 * "DK"/"Don't know" or "NA"/"N/A", in any case. Takes UTF-8 text with or without a BOM, CRLF, CR or LF line ends,
 * quoted cells holding delimiters and line breaks, `;` or tab delimiters and Excel's `sep=;` first line.
 * Row problems never throw: each is an issue of the result with its row, line and column, and the accounting adds up.
 *
 * @param text - The CSV text, as read from the file (decoded as UTF-8).
 * @param options - The framework (required); optionally the layout, the known organisations, a file name for
 *   locations, the largest size accepted (`maxBytes`, default 50 MiB) and the delimiter.
 * @returns The answers, the issues row by row, the accounting and the layout read; deeply frozen.
 * @throws AnswersError when the text cannot be read as a whole: larger than `maxBytes`, no header, required columns
 *   missing, the same column twice, or a layout that cannot be told.
 * @throws TypeError or RangeError when the arguments are wrong (e.g. no framework).
 * @example
 * ```ts
 * const csv = 'organisation_id,respondent_id,item_id,answer\ngreater-manchester,r1,T1.C1,Emerging\ngreater-manchester,r1,T1.C2,7\n';
 * const result = parseAnswersCsv(csv, { framework });
 * result.answers[0]?.answer; // 2
 * result.issues[0]?.code; // 'value-outside-scale'
 * result.accounting.rowsRejected; // 1
 * ```
 * @category Assessment
 */
export function parseAnswersCsv(text: string, options: ParseAnswersCsvOptions): AnswersImport {
  const csv = prepareCsv('parseAnswersCsv', text, options);
  const ingest = new AnswerIngest(csv.core);
  pushCsvRows(csv, ingest);
  return ingest.finish();
}

/** CSV text ready to be read: its options checked, its BOM, line ends and `sep=` line dealt with, its delimiter known. */
export interface PreparedCsv {
  readonly core: IngestCoreOptions;
  /** The text after any BOM and `sep=` line, with LF line ends. */
  readonly body: string;
  /** The line of the file that `body` starts on (2 after a `sep=` line). */
  readonly line: number;
  readonly delimiter: string;
}

/**
 * Checks the arguments of a CSV reader (`parseAnswersCsv`, `scoreAnswersCsv`) and prepares the text.
 *
 * @throws AnswersError when the text is larger than `maxBytes`; TypeError or RangeError, naming `fn`, for wrong
 *   arguments.
 */
export function prepareCsv(fn: string, text: string, options: ParseAnswersCsvOptions): PreparedCsv {
  if (typeof text !== 'string') {
    throw new TypeError(`${fn}: text must be a string (the file's contents, decoded as UTF-8)`);
  }
  const core = checkIngestOptions(fn, options, true);
  const maxBytes = checkMaxBytes(fn, options.maxBytes);
  let delimiter = checkDelimiter(fn, options.delimiter);
  const bytes = bytesOver(text, maxBytes);
  if (bytes !== undefined) {
    const location: { file?: string } = {};
    if (core.file !== undefined) location.file = core.file;
    throwAnswersError('The survey answers cannot be read:', { code: 'too-large', bytes, maxBytes }, location as AnswerIssueLocation);
  }

  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
  let line = 1;
  const firstBreak = body.indexOf('\n');
  const sep = SEP_LINE.exec((firstBreak === -1 ? body : body.slice(0, firstBreak)).trim());
  if (sep) {
    body = firstBreak === -1 ? '' : body.slice(firstBreak + 1);
    line = 2;
    delimiter ??= sep[1];
  }
  delimiter ??= detectDelimiter(firstNonBlankLine(body), readerOf(core.framework));
  return { core, body, line, delimiter };
}

/** Splits prepared CSV text into rows and pushes each, with its line and any quoting problem, to the ingestion. */
export function pushCsvRows(csv: PreparedCsv, ingest: AnswerIngest): void {
  const { body, delimiter } = csv;
  let line = csv.line;
  let rowStart = 0;
  let scanned = 0;
  csvLibrary().parse(body, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (results) => {
      const start = rowStart;
      rowStart = results.meta.cursor;
      // Count the line breaks before this row, each once over the whole text.
      for (;;) {
        const next = body.indexOf('\n', scanned);
        if (next === -1 || next >= start) break;
        line += 1;
        scanned = next + 1;
      }
      let problem: MalformedRowReason | undefined;
      for (const error of results.errors) {
        if (error.code === 'MissingQuotes') problem = 'unterminated-quote';
        else if (error.code === 'InvalidQuotes' && problem === undefined) problem = 'invalid-quote';
      }
      ingest.push(results.data, line, problem);
    },
  });
}

/**
 * Reads a survey export as CSV text like `parseAnswersCsv`, but returns the error instead of throwing it.
 *
 * @param text - The CSV text.
 * @param options - As for `parseAnswersCsv`.
 * @returns `{ success: true, data }` with the import, or `{ success: false, error }` with the AnswersError.
 * @throws TypeError or RangeError when the arguments are wrong: those are programming errors, not input errors.
 * @example
 * ```ts
 * const result = safeParseAnswersCsv('', { framework });
 * if (!result.success) result.error.issues[0]?.code; // 'no-header'
 * ```
 * @category Assessment
 */
export function safeParseAnswersCsv(text: string, options: ParseAnswersCsvOptions): SafeParseResult<AnswersImport, AnswersError> {
  try {
    return Object.freeze({ success: true, data: parseAnswersCsv(text, options) });
  } catch (error) {
    if (error instanceof AnswersError) return Object.freeze({ success: false, error });
    throw error;
  }
}
