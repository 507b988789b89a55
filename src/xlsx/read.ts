// From a workbook's bytes to rows of cell texts, fed to the same ingestion as CSV (src/assessment/ingest-core.ts): the
// same rules, issue codes and accounting, with each issue placed by sheet and cell. Shared by parseAnswersXlsx and
// scoreAnswersXlsx.
import type { AnswerIssue, MalformedRowReason, WorkbookIssueDetail } from '../assessment/errors.js';
import { throwAnswersError } from '../assessment/errors.js';
import type { AnswerColumns, IngestAnswersOptions } from '../assessment/answers-import.js';
import { headerMatcher, isFormsId, type HeaderMatcher } from '../assessment/headers.js';
import { fieldOf, type IngestCoreOptions } from '../assessment/ingest-core.js';
import { checkIngestOptions, checkMaxBytes } from '../assessment/ingest-options.js';
import { cellReference, rowReference } from '../internal/cell-ref.js';
import type { IssueLocation } from '../internal/error.js';
import { refusalError, WORKBOOK_SUMMARY, workbookIssue, WorkbookRefusal } from './errors.js';
import { Workbook, type SheetVisitor, type SparseRow, type WorkbookLimits } from './workbook.js';

/**
 * Options of `parseAnswersXlsx`: those of `parseAnswersCsv` (but the delimiter), the sheet to read, and the limits of
 * a workbook.
 *
 * @category Workbooks
 */
export interface ParseAnswersXlsxOptions extends IngestAnswersOptions {
  /** `long`, `wide`, or `auto` (the default) to tell them apart from the header. */
  readonly layout?: 'long' | 'wide' | 'auto' | undefined;
  /**
   * The sheet to read, by name (exactly, else ignoring case). Default: the first visible sheet (the first sheet when
   * none is visible).
   */
  readonly sheet?: string | undefined;
  /** Which columns hold what, for a survey built by hand; see `AnswerColumns`. */
  readonly columns?: AnswerColumns | undefined;
  /** The largest file accepted, in bytes as given (compressed). Default 50 MiB. */
  readonly maxBytes?: number | undefined;
  /**
   * The most bytes the workbook's parts may take once uncompressed, all added up, as the archive declares them (checked
   * before anything is uncompressed; a part that gives more than it declares is refused as a zip bomb). Default
   * 100 MiB.
   */
  readonly maxUncompressedBytes?: number | undefined;
  /** The most sheets the workbook may have. Default 200. */
  readonly maxSheets?: number | undefined;
  /** The most rows holding a value that the sheet read may have. Default 1,048,576 (Excel's grid). */
  readonly maxRows?: number | undefined;
  /**
   * The most cells the sheet read may have: those that hold a value, and those read as the rows' cells (each row
   * counted from column A to its last filled cell, at most one past the header's last column); also the most distinct
   * texts of the workbook. Default 5,000,000: about 60,000 respondents to the 80 items of the reference framework in
   * the wide layout, or 800,000 answers in the long one.
   */
  readonly maxCells?: number | undefined;
}

/** The default limits of a workbook, as documented on `ParseAnswersXlsxOptions`. */
export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = Object.freeze({
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxSheets: 200,
  maxRows: 1_048_576,
  maxCells: 5_000_000,
});

/** The option names of the workbook readers, for the scorer's check of unknown options. */
export const XLSX_READ_KEYS: readonly string[] = Object.freeze([
  'framework',
  'organisations',
  'file',
  'layout',
  'columns',
  'sheet',
  'maxBytes',
  'maxUncompressedBytes',
  'maxSheets',
  'maxRows',
  'maxCells',
  'maxIssues',
]);

/** Where the rows of a sheet go: an ingestion, or one that scores as it reads. */
export interface RowTarget {
  push(cells: readonly string[], line: number | undefined, problem: MalformedRowReason | undefined): void;
  note(issue: AnswerIssue): void;
}

function isKind(value: unknown, kind: string): boolean {
  return Object.prototype.toString.call(value) === `[object ${kind}]`;
}

/** The bytes of a workbook as a Uint8Array (a Node Buffer is one), or a TypeError naming the function. */
function bytesOf(fn: string, bytes: unknown): Uint8Array {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer || isKind(bytes, 'ArrayBuffer')) return new Uint8Array(bytes as ArrayBuffer);
  if (isKind(bytes, 'Uint8Array')) return bytes as Uint8Array;
  const hint = typeof bytes === 'string' ? '; a workbook is bytes, not text (for CSV text use parseAnswersCsv)' : '';
  throw new TypeError(`${fn}: bytes must be a Uint8Array or an ArrayBuffer (the file's bytes, e.g. readFileSync(path) or await file.arrayBuffer())${hint}`);
}

function positiveNumber(fn: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0))
    throw new RangeError(`${fn}: options.${name} must be a positive number of bytes, got ${typeof value === 'number' ? String(value) : typeof value}`);
  return value;
}

function positiveWhole(fn: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${fn}: options.${name} must be a whole number of at least 1, got ${typeof value === 'number' ? String(value) : typeof value}`);
  }
  return value;
}

/** Checks the options of a workbook reader. */
function checkXlsxOptions(fn: string, options: ParseAnswersXlsxOptions): { core: IngestCoreOptions; maxBytes: number; sheet: string | undefined; limits: WorkbookLimits } {
  const core = checkIngestOptions(fn, options, true);
  const { sheet, maxUncompressedBytes, maxSheets, maxRows, maxCells } = options;
  if (sheet !== undefined && (typeof sheet !== 'string' || sheet === '')) {
    throw new TypeError(`${fn}: options.sheet must be the name of a sheet (a non-empty string), or left out to read the first visible sheet`);
  }
  const limits: WorkbookLimits = {
    maxUncompressedBytes: positiveNumber(fn, 'maxUncompressedBytes', maxUncompressedBytes, DEFAULT_WORKBOOK_LIMITS.maxUncompressedBytes),
    maxSheets: positiveWhole(fn, 'maxSheets', maxSheets, DEFAULT_WORKBOOK_LIMITS.maxSheets),
    maxRows: positiveWhole(fn, 'maxRows', maxRows, DEFAULT_WORKBOOK_LIMITS.maxRows),
    maxCells: positiveWhole(fn, 'maxCells', maxCells, DEFAULT_WORKBOOK_LIMITS.maxCells),
  };
  return { core, maxBytes: checkMaxBytes(fn, options.maxBytes), sheet, limits };
}

function isBlank(texts: readonly string[]): boolean {
  return texts.every((text) => text === '' || text.trim() === '');
}

/**
 * Whether a row names the columns every layout needs: the organisation and the respondent (by their names or the
 * caller's mapping; Microsoft Forms' `ID` column serves as the respondent).
 */
function isHeader(headers: HeaderMatcher, texts: readonly string[]): boolean {
  let organisation = false;
  let respondent = false;
  for (const text of texts) {
    const field = text === '' ? undefined : fieldOf(headers, text);
    if (field === 'organisation_id') organisation = true;
    else if (field === 'respondent_id' || (text !== '' && isFormsId(text))) respondent = true;
  }
  return organisation && respondent;
}

interface WaitingRow {
  readonly row: number;
  readonly cells: SparseRow;
}

/**
 * Feeds a sheet's rows to an ingestion. The header is the first row that names the organisation and respondent
 * columns; each filled row above it is a `row-above-header` note. Hidden data rows and hidden named columns are read
 * like the others, each with a note. When no row names those columns, the rows go to the ingestion as they are, whose
 * first filled row is then the header (and the ingestion says what it lacks).
 *
 * Rows come sparse (the cells with a value) and go to the ingestion whole, column A first, as a CSV row would: up to
 * the header's last column, and one more cell for a filled cell beyond it (all the ingestion asks of such cells is
 * that there is one: the row is malformed). Those cells, blanks included, count against `maxCells`, so that a sheet
 * of far-flung cells cannot make the reader fill in millions of blanks.
 */
class SheetFeeder implements SheetVisitor {
  private hiddenColumns: ReadonlySet<number> = new Set();
  private readonly waiting: WaitingRow[] = [];
  /** The header's number of columns, once it is found. */
  private width: number | undefined;
  private dataRows = 0;
  private cellsFilled = 0;

  constructor(
    private readonly target: RowTarget,
    private readonly headers: HeaderMatcher,
    private readonly sheet: string,
    private readonly file: string | undefined,
    private readonly maxCells: number,
  ) {}

  private note(detail: WorkbookIssueDetail, place: Omit<IssueLocation, 'file' | 'sheet'>): void {
    const location: { -readonly [K in keyof IssueLocation]: IssueLocation[K] } = {};
    if (this.file !== undefined) location.file = this.file;
    location.sheet = this.sheet;
    Object.assign(location, place);
    this.target.note(workbookIssue(detail, location));
  }

  columns(hidden: ReadonlySet<number>): void {
    this.hiddenColumns = hidden;
  }

  row(row: number, cells: SparseRow, hidden: boolean): void {
    if (this.width !== undefined) {
      this.data(row, cells, hidden);
      return;
    }
    if (!isHeader(this.headers, cells.texts)) {
      this.waiting.push({ row, cells });
      return;
    }
    for (const above of this.waiting) {
      const first = above.cells.texts.findIndex((text) => text.trim() !== '');
      if (first < 0) continue;
      const text = (above.cells.texts[first] ?? '').trim().slice(0, 200);
      this.note({ code: 'row-above-header', text }, { cell: cellReference(this.sheet, above.row, above.cells.columns[first] ?? 1) });
    }
    this.waiting.length = 0;
    const header = this.whole(row, cells, Infinity);
    this.width = header.length;
    this.target.push(header, row, undefined);
    for (const column of [...this.hiddenColumns].sort((a, b) => a - b)) {
      const name = (header[column - 1] ?? '').trim();
      if (name !== '') this.note({ code: 'hidden-column', name }, { cell: cellReference(this.sheet, row, column), column, columnName: name });
    }
  }

  /** A row's cells from column A, up to `width` columns and one more for the first filled cell beyond them. */
  private whole(row: number, cells: SparseRow, width: number): string[] {
    const out: string[] = [];
    const { columns, texts } = cells;
    for (let k = 0; k < columns.length; k++) {
      const text = texts[k] ?? '';
      let index = (columns[k] ?? 1) - 1;
      if (index >= width) {
        if (text.trim() === '') continue;
        index = width;
      }
      while (out.length < index) out.push('');
      out.push(text);
      if (index === width) break;
    }
    this.cellsFilled += out.length;
    if (this.cellsFilled > this.maxCells)
      throw new WorkbookRefusal({ code: 'too-many-cells', maxCells: this.maxCells }, { sheet: this.sheet, cell: rowReference(this.sheet, row) });
    return out;
  }

  private data(row: number, cells: SparseRow, hidden: boolean): void {
    if (!isBlank(cells.texts)) {
      this.dataRows += 1;
      if (hidden) this.note({ code: 'hidden-row' }, { cell: rowReference(this.sheet, row), row: this.dataRows });
    }
    this.target.push(this.whole(row, cells, this.width ?? Infinity), row, undefined);
  }

  /** Ends the sheet: rows still waiting for a header go to the ingestion as they are. */
  end(): void {
    if (this.width !== undefined) return;
    for (const waiting of this.waiting) this.data(waiting.row, waiting.cells, false);
  }
}

/**
 * Reads a workbook's sheet into the target that `makeTarget` makes for it (once the sheet is known, so that its name
 * is in every location), and returns the target. Refusals become an `AnswersError` placed in the file.
 */
export function readAnswersXlsx<T extends RowTarget>(fn: string, bytes: Uint8Array | ArrayBuffer, options: ParseAnswersXlsxOptions, makeTarget: (core: IngestCoreOptions) => T): T {
  const data = bytesOf(fn, bytes);
  const { core, maxBytes, sheet: sheetName, limits } = checkXlsxOptions(fn, options);
  if (data.length > maxBytes) {
    const location: { file?: string } = {};
    if (core.file !== undefined) location.file = core.file;
    throwAnswersError(WORKBOOK_SUMMARY, { code: 'too-large', bytes: data.length, maxBytes }, location);
  }
  let sheetRead: string | undefined;
  try {
    const workbook = new Workbook(data, limits);
    const sheet = workbook.chooseSheet(sheetName);
    sheetRead = sheet.name;
    const name = sheet.name;
    const place = (row: number | undefined, column: number | undefined): IssueLocation =>
      row === undefined ? { sheet: name } : { sheet: name, cell: column === undefined ? rowReference(name, row) : cellReference(name, row, column) };
    const target = makeTarget({ ...core, place });
    const feeder = new SheetFeeder(target, headerMatcher(core.framework, core.columns), sheet.name, core.file, limits.maxCells);
    workbook.readSheet(sheet, feeder);
    feeder.end();
    return target;
  } catch (error) {
    if (!(error instanceof WorkbookRefusal)) throw error;
    const refusal = error.place.sheet === undefined && sheetRead !== undefined ? new WorkbookRefusal(error.detail, { sheet: sheetRead }) : error;
    throw refusalError(refusal, core.file);
  }
}
