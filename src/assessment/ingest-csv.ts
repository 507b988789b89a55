import { CsvSplitter } from '../internal/csv.js';
import type { SafeParseResult } from '../internal/result.js';
import { headerMatcher, type HeaderMatcher } from './headers.js';
import type { AnswersEncoding, AnswersImport, ParseAnswersCsvOptions } from './answers-import.js';
import { bytesOf, checkEncoding, decodeBytes, InvalidEncoding, type Decoded } from './decode.js';
import { AnswersError, answerIssue, throwAnswersError } from './errors.js';
import type { AnswerIssue, MalformedRowReason } from './errors.js';
import { AnswerIngest, isKnownHeader, type IngestCoreOptions } from './ingest-core.js';
import { bytesOver, utf8ByteLength } from '../internal/bytes.js';
import { checkIngestOptions, checkMaxBytes } from './ingest-options.js';

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
function detectDelimiter(headerLine: string, headers: HeaderMatcher): string {
  let best = ',';
  let bestKnown = -1;
  let bestCells = 0;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const cells = headerLine.split(delimiter);
    const known = cells.length < 2 ? 0 : cells.filter((cell) => isKnownHeader(headers, stripQuotes(cell))).length;
    if (known > bestKnown || (known === bestKnown && cells.length > bestCells)) {
      best = delimiter;
      bestKnown = known;
      bestCells = cells.length;
    }
  }
  return best;
}

/**
 * The first line of the text that is not blank, once it is complete; `undefined` while the text may still continue
 * it. At the end of the text, an empty string when every line is blank.
 */
function firstNonBlankLine(text: string, ended: boolean): string | undefined {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end === -1) break;
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    start = end + 1;
  }
  if (!ended) return undefined;
  return text.slice(start);
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
 * Columns may also be headed by the question text, as the survey instrument writes it, or named by `options.columns`;
 * the metadata columns of a Microsoft Forms export are set aside (`ID` serves as the respondent id).
 * Given bytes, it decodes them by `options.encoding`: by default it tells UTF-8, UTF-16 (Excel's "Unicode Text")
 * and Windows-1252 (Excel's "CSV" on Windows) apart, with an `encoding-detected` note when it is not UTF-8.
 * Row problems never throw: each is an issue of the result with its row, line and column, and the accounting adds up.
 *
 * @param text - The CSV text, or the file's bytes (a `Uint8Array` or an `ArrayBuffer`, decoded by `options.encoding`).
 * @param options - The framework (required); optionally the layout, the known organisations, a file name for
 *   locations, the largest size accepted (`maxBytes`, default 50 MiB), the delimiter, the column mapping and the
 *   encoding of bytes.
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
export function parseAnswersCsv(text: string | Uint8Array | ArrayBuffer, options: ParseAnswersCsvOptions): AnswersImport {
  return readAnswersCsv('parseAnswersCsv', text, options);
}

/** Reads CSV text into an import; programmer errors name `fn`. */
function readAnswersCsv(fn: string, text: string | Uint8Array | ArrayBuffer, options: ParseAnswersCsvOptions): AnswersImport {
  const csv = checkCsvOptions(fn, options);
  const ingest = new AnswerIngest(csv.core);
  readCsvText(fn, text, csv, ingest);
  return ingest.finish();
}

/** Where the rows of a CSV text go: an ingestion (which may hand each answer straight to scoring). */
export interface CsvRowTarget {
  push(cells: readonly string[], line: number | undefined, problem: MalformedRowReason | undefined): void;
  /**
   * Offered first each row without quotes, as the line text[start, end): returns true when it has read the row
   * itself (exactly as `push` would read its cells), false to have it split and pushed.
   */
  pushLine?(text: string, start: number, end: number, line: number, delimiter: string): boolean;
  /** Adds a note about the input as a whole (the encoding its bytes were read in), changing no count. */
  note(issue: AnswerIssue): void;
}

/** The options of a CSV text reader, checked. */
export interface CsvTextOptions {
  readonly core: IngestCoreOptions;
  readonly maxBytes: number;
  /** The delimiter given, if any. */
  readonly delimiter: string | undefined;
  /** How bytes are decoded. */
  readonly encoding: AnswersEncoding;
}

/**
 * Checks the options of a CSV text reader (`parseAnswersCsv`, `scoreAnswersCsv`, and the streamed readers given text).
 *
 * @throws TypeError or RangeError, naming `fn`, for wrong options.
 */
export function checkCsvOptions(fn: string, options: ParseAnswersCsvOptions): CsvTextOptions {
  const core = checkIngestOptions(fn, options, true);
  return { core, maxBytes: checkMaxBytes(fn, options.maxBytes), delimiter: checkDelimiter(fn, options.delimiter), encoding: checkEncoding(fn, options.encoding) };
}

/**
 * Reads CSV text, whole or in chunks, into rows for an ingestion: it drops a byte-order mark, makes every line end
 * "\n" (also when a "\r\n" is split between chunks), skips Excel's `sep=` first line, finds the delimiter from the
 * header, counts the UTF-8 bytes against the limit as the text arrives, and splits the rows (src/internal/csv.ts), each
 * with its line. Whole or chunked, the same text gives the same rows.
 */
export class CsvTextReader {
  /** UTF-8 bytes read so far. */
  private bytes = 0;
  private started = false;
  /** A "\r" at the end of the last chunk: a line end, but perhaps the first half of a "\r\n". */
  private carriageReturn = false;
  /** Text held until the header line is complete, to find the delimiter. */
  private head = '';
  private splitter: CsvSplitter | undefined;

  constructor(
    private readonly options: CsvTextOptions,
    private readonly target: CsvRowTarget,
  ) {}

  /** Reads a chunk of the text. @throws AnswersError when the text grows past `maxBytes`. */
  write(chunk: string, knownBytes?: number): void {
    this.count(knownBytes ?? utf8ByteLength(chunk));
    let text = chunk;
    if (!this.started) {
      if (text === '') return;
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.carriageReturn) text = `\r${text}`;
    this.carriageReturn = text.endsWith('\r');
    if (this.carriageReturn) text = text.slice(0, -1);
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    this.take(text);
  }

  /** Ends the text: reads whatever is left. */
  end(): void {
    if (this.carriageReturn) this.take('\n');
    this.carriageReturn = false;
    if (this.splitter === undefined) this.start(true);
    this.splitter?.end();
  }

  private count(bytes: number): void {
    this.bytes += bytes;
    const { maxBytes, core } = this.options;
    if (this.bytes > maxBytes) {
      const location: { file?: string } = {};
      if (core.file !== undefined) location.file = core.file;
      throwAnswersError('The survey answers cannot be read:', { code: 'too-large', bytes: this.bytes, maxBytes }, location);
    }
  }

  private take(text: string): void {
    if (this.splitter !== undefined) {
      this.splitter.write(text);
      return;
    }
    this.head += text;
    this.start(false);
  }

  /**
   * Once the header line is complete (or the text has ended), skips a `sep=` line, settles the delimiter and starts
   * splitting rows.
   */
  private start(ended: boolean): void {
    let body = this.head;
    const firstBreak = body.indexOf('\n');
    if (firstBreak === -1 && !ended) return;
    let line = 1;
    let delimiter = this.options.delimiter;
    const sep = SEP_LINE.exec((firstBreak === -1 ? body : body.slice(0, firstBreak)).trim());
    if (sep) {
      body = firstBreak === -1 ? '' : body.slice(firstBreak + 1);
      line = 2;
      delimiter ??= sep[1];
    }
    if (delimiter === undefined) {
      const header = firstNonBlankLine(body, ended);
      if (header === undefined) return;
      delimiter = detectDelimiter(header, headerMatcher(this.options.core.framework, this.options.core.columns));
    }
    this.head = '';
    const target = this.target;
    const chosen = delimiter;
    this.splitter = new CsvSplitter(
      delimiter,
      line,
      (cells, at, problem) => target.push(cells, at, problem),
      target.pushLine === undefined ? undefined : (text, start, end, at) => target.pushLine!(text, start, end, at, chosen),
    );
    this.splitter.write(body);
  }
}

/**
 * Reads a whole CSV text into an ingestion. The size is checked first, in one go, so that a text over the limit is
 * refused before any row is read.
 */
export function readCsvText(fn: string, input: unknown, options: CsvTextOptions, target: CsvRowTarget): void {
  if (typeof input === 'string') {
    const bytes = bytesOver(input, options.maxBytes);
    const reader = new CsvTextReader(options, target);
    reader.write(input, bytes ?? 0);
    reader.end();
    return;
  }
  const bytes = bytesOf(input);
  if (bytes === undefined) {
    throw new TypeError(`${fn}: text must be a string (the file's text) or its bytes (a Uint8Array or an ArrayBuffer, decoded by options.encoding)`);
  }
  const location: { file?: string } = {};
  if (options.core.file !== undefined) location.file = options.core.file;
  if (bytes.length > options.maxBytes) throwAnswersError('The survey answers cannot be read:', { code: 'too-large', bytes: bytes.length, maxBytes: options.maxBytes }, location);
  let decoded: Decoded;
  try {
    decoded = decodeBytes(bytes, options.encoding);
  } catch (error) {
    if (!(error instanceof InvalidEncoding) || error.encoding === 'windows-1252') throw error;
    return throwAnswersError('The survey answers cannot be read:', { code: 'invalid-encoding', encoding: error.encoding, offset: error.offset }, location);
  }
  if (decoded.reason !== 'given' && decoded.reason !== 'utf-8' && decoded.encoding !== 'utf-8') {
    const where = decoded.line === undefined ? location : { ...location, line: decoded.line };
    const offset = decoded.offset === undefined ? {} : { offset: decoded.offset, byte: bytes[decoded.offset] ?? 0 };
    target.note(answerIssue({ code: 'encoding-detected', encoding: decoded.encoding, reason: decoded.reason, ...offset }, where));
  }
  const reader = new CsvTextReader(options, target);
  // The size was checked on the bytes: the decoded text is not counted again.
  reader.write(decoded.text, 0);
  reader.end();
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
export function safeParseAnswersCsv(text: string | Uint8Array | ArrayBuffer, options: ParseAnswersCsvOptions): SafeParseResult<AnswersImport, AnswersError> {
  try {
    return Object.freeze({ success: true, data: readAnswersCsv('safeParseAnswersCsv', text, options) });
  } catch (error) {
    if (error instanceof AnswersError) return Object.freeze({ success: false, error });
    throw error;
  }
}
