import { bytesOver } from '../internal/bytes.js';
import { CsvSplitter } from '../internal/csv.js';
import type { IssueLocation } from '../internal/error.js';
import { deepFreeze } from '../internal/freeze.js';
import { IssueCap, maxIssuesOf } from '../internal/limits.js';
import { showValue } from '../internal/show.js';
import type { SafeParseResult } from '../internal/result.js';
import { AnalysisError, analysisIssue, type AnalysisIssue } from './errors.js';
import { knownMeasures, type OutcomeSeries, type OutcomeValue } from './outcomes.js';

/**
 * Options of {@link parseOutcomesCsv}.
 *
 * @category Analysis
 */
export interface ParseOutcomesCsvOptions {
  /** The name of the measure, e.g. `"Faster Diagnosis Standard"`. Required. */
  readonly name: string;
  /** Its unit, e.g. `"%"`. */
  readonly unit?: string | undefined;
  /** Where the figures come from; default the file name, when given. */
  readonly source?: string | undefined;
  /** The measure of the standards data it is, e.g. `fds-28-day`: see `OutcomeSeries.measure`. */
  readonly measure?: string | undefined;
  /** A file name to put in every issue's location. */
  readonly file?: string | undefined;
  /** The largest text accepted, in UTF-8 bytes. Default 5 MiB, far more than a value for every organisation needs. */
  readonly maxBytes?: number | undefined;
  /**
   * List at most this many problems; a last `too-many-issues` issue then says how many more were found. A whole
   * number of at least 1; default 1,000.
   */
  readonly maxIssues?: number | undefined;
}

/** The default largest outcomes file: 5 MiB. */
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const ORGANISATION_HEADERS = new Set(['organisation_id', 'organisation', 'organization_id', 'organization', 'org', 'org_id', 'alliance', 'alliance_id']);
const VALUE_HEADERS = new Set(['value', 'outcome']);
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)\s*%?$/;
const SUMMARY = 'The outcomes file is not valid:';

/** The delimiter: whichever of `,`, `;` and tab the first line holds most of (`,` when none). */
function delimiterOf(body: string): string {
  const end = body.indexOf('\n');
  const first = end === -1 ? body : body.slice(0, end);
  let best = ',';
  let most = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = first.split(candidate).length - 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

function headerKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function checkOptions(fn: string, text: unknown, options: unknown): ParseOutcomesCsvOptions {
  if (typeof text !== 'string') throw new TypeError(`${fn}: text must be a string (the file's contents)`);
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}: options are required, with at least { name }: the name of the measure`);
  }
  const { name, unit, source, file, measure, maxBytes } = options as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') throw new TypeError(`${fn}: options.name must be a non-empty string, the name of the measure`);
  for (const [key, value] of [
    ['unit', unit],
    ['source', source],
    ['file', file],
    ['measure', measure],
  ] as const) {
    if (value !== undefined && typeof value !== 'string') throw new TypeError(`${fn}: options.${key} must be a string, or left out`);
  }
  if (typeof measure === 'string' && !knownMeasures().includes(measure)) {
    throw new RangeError(`${fn}: options.measure must be one of ${knownMeasures().join(', ')}, got ${measure}`);
  }
  if (maxBytes !== undefined && (typeof maxBytes !== 'number' || !(maxBytes > 0))) {
    throw new RangeError(`${fn}: options.maxBytes must be a positive number of bytes, got ${showValue(maxBytes)}`);
  }
  return options as ParseOutcomesCsvOptions;
}

function readOutcomesCsv(fn: string, text: string, given: ParseOutcomesCsvOptions): SafeParseResult<OutcomeSeries, AnalysisError> {
  const options = checkOptions(fn, text, given);
  const maxIssues = maxIssuesOf(fn, options.maxIssues);
  const { file } = options;
  const at = (location: IssueLocation): IssueLocation => (file === undefined ? location : { file, ...location });
  const cap = new IssueCap<AnalysisIssue>(maxIssues);
  const fail = (): SafeParseResult<OutcomeSeries, AnalysisError> => ({
    success: false,
    error: new AnalysisError(
      SUMMARY,
      cap.listed(undefined, (more, max) => analysisIssue({ code: 'too-many-issues', more, max }, at({}))),
    ),
  });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = bytesOver(text, maxBytes);
  if (bytes !== undefined) {
    cap.add(analysisIssue({ code: 'too-large', bytes, max: maxBytes }, at({})));
    return fail();
  }
  // Issues are made only while there is room for them; past it they are counted.
  const issues = {
    push: (make: () => AnalysisIssue): void => (cap.full ? cap.count() : cap.add(make())),
    get length(): number {
      return cap.total;
    },
  };
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
  const rows: { readonly cells: readonly string[]; readonly line: number }[] = [];
  const splitter = new CsvSplitter(delimiterOf(body), 1, (cells, line, problem) => {
    if (problem !== undefined) issues.push(() => analysisIssue({ code: 'malformed-outcome-row', reason: problem }, at({ line })));
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({ cells, line });
  });
  splitter.write(body);
  splitter.end();
  const header = rows.shift();
  if (header === undefined) {
    issues.push(() => analysisIssue({ code: 'no-outcome-header' }, at({})));
    return fail();
  }
  const organisationColumn = header.cells.findIndex((cell) => ORGANISATION_HEADERS.has(headerKey(cell)));
  const valueColumn = header.cells.findIndex((cell) => VALUE_HEADERS.has(headerKey(cell)));
  if (organisationColumn === -1 || valueColumn === -1) {
    const missing: ('organisation_id' | 'value')[] = [];
    if (organisationColumn === -1) missing.push('organisation_id');
    if (valueColumn === -1) missing.push('value');
    const cells = header.cells.slice(0, 12).map((cell) => clip(cell, 60));
    issues.push(() => analysisIssue({ code: 'missing-outcome-column', missing, header: cells }, at({ line: header.line, column: 1 })));
    return fail();
  }
  const organisationName = header.cells[organisationColumn] ?? 'organisation_id';
  const valueName = header.cells[valueColumn] ?? 'value';
  const firstRow = new Map<string, number>();
  const values: OutcomeValue[] = [];
  rows.forEach((entry, index) => {
    const row = index + 1;
    const id = (entry.cells[organisationColumn] ?? '').trim();
    const raw = (entry.cells[valueColumn] ?? '').trim();
    const idPlace = at({ line: entry.line, column: organisationColumn + 1, columnName: organisationName, row });
    let ok = true;
    if (id === '') {
      ok = false;
      issues.push(() => analysisIssue({ code: 'invalid-outcome-id', received: 'an empty text' }, idPlace));
    } else {
      const first = firstRow.get(id);
      if (first !== undefined) {
        ok = false;
        issues.push(() => analysisIssue({ code: 'duplicate-outcome', organisationId: clip(id, 60), firstRow: first }, idPlace));
      } else firstRow.set(id, row);
    }
    const value = NUMBER.test(raw) ? Number(raw.replace('%', '').trim().replace(',', '.')) : Number.NaN;
    if (!Number.isFinite(value)) {
      ok = false;
      issues.push(() => analysisIssue({ code: 'invalid-outcome-value', text: clip(raw, 40) }, at({ line: entry.line, column: valueColumn + 1, columnName: valueName, row })));
    }
    if (ok) values.push({ organisationId: id, value });
  });
  if (issues.length === 0 && values.length === 0) issues.push(() => analysisIssue({ code: 'no-outcome-values' }, at({ line: header.line })));
  if (issues.length > 0) return fail();
  const series: { name: string; unit?: string; source?: string; measure?: string; values: OutcomeValue[] } = { name: options.name, values };
  if (options.unit !== undefined) series.unit = options.unit;
  if (options.measure !== undefined) series.measure = options.measure;
  const source = options.source ?? file;
  if (source !== undefined) series.source = source;
  return { success: true, data: deepFreeze(series) };
}

/**
 * Reads an outcome measure from CSV text: a header with an `organisation_id` column (also `organisation`,
 * `alliance`, `org`) and a `value` column (also `outcome`), then one row per organisation. A value is a number, with
 * a `.` or `,` for decimals and an optional `%` sign (`76.4`, `76,4`, `76.4%`). Other columns are ignored, blank
 * lines skipped, and the delimiter is whichever of `,`, `;` and tab the header holds most of. Every problem is
 * reported with its line, column and row, and nothing is dropped: the series holds every row, or there is an error.
 *
 * @param text - The file's text.
 * @param options - The name of the measure (required); its unit and source, a file name for locations, the largest
 *   text accepted (`maxBytes`, default 5 MiB) and the most problems to list (`maxIssues`, default 1,000).
 * @returns The outcome series, deeply frozen: what `analyseOutcomes` and `buildReports` take as `outcomes`.
 * @throws AnalysisError listing the problems (at most `maxIssues`, then one `too-many-issues` issue counting the
 *   rest): a text over `maxBytes`, an empty file, a header without the columns, a row whose quotes are broken, an
 *   empty id, an organisation given twice, a value that is not a number, a header and no values.
 * @throws TypeError or RangeError when the text or the options are of the wrong type.
 * @example
 * ```ts
 * import { parseOutcomesCsv } from 'cancer-alliance-framework';
 * const fds = parseOutcomesCsv('organisation_id,value\ngreater-manchester,76.4%\nwessex,"81,2"\n', { name: 'Faster Diagnosis Standard', unit: '%' });
 * fds.values; // [{ organisationId: 'greater-manchester', value: 76.4 }, { organisationId: 'wessex', value: 81.2 }]
 * ```
 * @category Analysis
 */
export function parseOutcomesCsv(text: string, options: ParseOutcomesCsvOptions): OutcomeSeries {
  const result = readOutcomesCsv('parseOutcomesCsv', text, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Reads an outcome measure from CSV text like {@link parseOutcomesCsv}, returning the error instead of throwing it.
 *
 * @param text - The file's text.
 * @param options - As for {@link parseOutcomesCsv}.
 * @returns `{ success: true, data }` with the series, or `{ success: false, error }` with the AnalysisError.
 * @throws TypeError or RangeError when the text or the options are of the wrong type.
 * @example
 * ```ts
 * import { safeParseOutcomesCsv } from 'cancer-alliance-framework';
 * const result = safeParseOutcomesCsv('organisation_id,value\nwessex,high\n', { name: 'FDS' });
 * if (!result.success) result.error.issues[0]?.code; // 'invalid-outcome-value'
 * ```
 * @category Analysis
 */
export function safeParseOutcomesCsv(text: string, options: ParseOutcomesCsvOptions): SafeParseResult<OutcomeSeries, AnalysisError> {
  return readOutcomesCsv('safeParseOutcomesCsv', text, options);
}
