import { IssueCap, maxIssuesOf } from '../internal/limits.js';
import { kindOf } from '../internal/show.js';
import { deepFreeze } from '../internal/freeze.js';
import type { SafeParseResult } from '../internal/result.js';
import { measureIds } from '../programme/standards.generated.js';
import { AnalysisError, analysisIssue, received, type AnalysisIssue } from './errors.js';

/**
 * One organisation's value of an outcome measure.
 *
 * @category Analysis
 */
export interface OutcomeValue {
  readonly organisationId: string;
  readonly value: number;
}

/**
 * An outcome measure per organisation (e.g. Faster Diagnosis Standard performance), with its label and
 * source. The library ships no performance figures: the caller supplies them.
 *
 * @category Analysis
 */
export interface OutcomeSeries {
  readonly name: string;
  readonly unit?: string | undefined;
  readonly source?: string | undefined;
  /**
   * The measure of the standards data it is, e.g. `fds-28-day` (`standardsAt` in /programme lists them): with it,
   * `analyseOutcomes` (given the round's date) and the reports compare it with the standard in force that day.
   */
  readonly measure?: string | undefined;
  readonly values: readonly OutcomeValue[];
}

/** The ids of the measures of the bundled standards data. */
export function knownMeasures(): readonly string[] {
  return measureIds();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Options of {@link parseOutcomes} and {@link safeParseOutcomes}.
 *
 * @category Analysis
 */
export interface ParseOutcomesOptions {
  /**
   * List at most this many problems; a last `too-many-issues` issue then says how many more were found. A whole
   * number of at least 1; default 1,000.
   */
  readonly maxIssues?: number | undefined;
}

/** Collects the problems of an outcome series, each with its row (1-based position in `values`): the first `maxIssues` made, all counted. */
function outcomeIssues(input: unknown, maxIssues: number): AnalysisIssue[] {
  const cap = new IssueCap<AnalysisIssue>(maxIssues);
  const issues = {
    push: (issue: AnalysisIssue): void => cap.add(issue),
  };
  const list = (): AnalysisIssue[] => cap.listed(undefined, (more, max) => analysisIssue({ code: 'too-many-issues', more, max }, {}));
  if (!isRecord(input)) {
    issues.push(analysisIssue({ code: 'invalid-outcome-series', field: 'series', received: received(input) }, { path: [] }));
    return list();
  }
  if (typeof input['name'] !== 'string' || input['name'].trim() === '') {
    issues.push(analysisIssue({ code: 'invalid-outcome-series', field: 'name', received: received(input['name']) }, { path: ['name'] }));
  }
  for (const key of ['unit', 'source', 'measure'] as const) {
    if (input[key] !== undefined && typeof input[key] !== 'string') {
      issues.push(analysisIssue({ code: 'invalid-outcome-series', field: key, received: received(input[key]) }, { path: [key] }));
    }
  }
  const measure = input['measure'];
  if (typeof measure === 'string' && !knownMeasures().includes(measure)) {
    issues.push(analysisIssue({ code: 'unknown-outcome-measure', measure, known: knownMeasures() }, { path: ['measure'] }));
  }
  const values = input['values'];
  if (!Array.isArray(values)) {
    issues.push(analysisIssue({ code: 'invalid-outcome-series', field: 'values', received: received(values) }, { path: ['values'] }));
    return list();
  }
  const firstRow = new Map<string, number>();
  values.forEach((row: unknown, index) => {
    const rowNumber = index + 1;
    const path = ['values', index];
    if (cap.full) {
      // Past the room for issues, problems are counted, not made: one per problem the checks below would find.
      cap.total += problemsOf(row, firstRow, rowNumber);
      return;
    }
    if (!isRecord(row)) {
      issues.push(analysisIssue({ code: 'invalid-outcome-series', field: 'row', received: received(row) }, { row: rowNumber, path }));
      return;
    }
    const id = row['organisationId'];
    const value = row['value'];
    if (typeof id !== 'string' || id.trim() === '') {
      issues.push(analysisIssue({ code: 'invalid-outcome-id', received: received(id) }, { row: rowNumber, path: [...path, 'organisationId'] }));
    } else {
      const first = firstRow.get(id);
      if (first !== undefined) {
        issues.push(analysisIssue({ code: 'duplicate-outcome', organisationId: id, firstRow: first }, { row: rowNumber, id, path: [...path, 'organisationId'] }));
      } else firstRow.set(id, rowNumber);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      const organisation = typeof id === 'string' ? { organisationId: id } : {};
      issues.push(
        analysisIssue(
          { code: 'non-finite-outcome', value: typeof value === 'number' ? String(value) : shownOf(value), ...organisation },
          { row: rowNumber, path: [...path, 'value'], ...(typeof id === 'string' ? { id } : {}) },
        ),
      );
    }
  });
  return list();
}

/** How many problems a row of `values` has, counted as outcomeIssues finds them (and noting its id, as it does). */
function problemsOf(row: unknown, firstRow: Map<string, number>, rowNumber: number): number {
  if (!isRecord(row)) return 1;
  const id = row['organisationId'];
  const value = row['value'];
  let problems = 0;
  if (typeof id !== 'string' || id.trim() === '') problems += 1;
  else if (firstRow.has(id)) problems += 1;
  else firstRow.set(id, rowNumber);
  if (typeof value !== 'number' || !Number.isFinite(value)) problems += 1;
  return problems;
}

/**
 * Checks an outcome series (e.g. Faster Diagnosis Standard performance per alliance) read from
 * elsewhere: a name, optional unit, source and measure (one of the standards data's), and one finite value per
 * organisation.
 *
 * @param input - The series, e.g. parsed from JSON.
 * @param options - The most problems to list (`maxIssues`, default 1,000).
 * @returns The series, deeply frozen (a copy: the input is not changed).
 * @throws AnalysisError listing the problems with their rows (at most `maxIssues`, then one `too-many-issues` issue
 *   counting the rest): a missing id, a value that is not a finite number, an organisation given twice, a measure the
 *   standards data does not have.
 * @throws TypeError or RangeError when the options are wrong.
 * @example
 * ```ts
 * const fds = parseOutcomes({
 *   name: 'Faster Diagnosis Standard',
 *   unit: '%',
 *   source: 'NHS England Cancer Waiting Times, March 2024',
 *   values: [{ organisationId: 'org-a', value: 78.1 }],
 * });
 * ```
 * @category Analysis
 */
export function parseOutcomes(input: unknown, options?: ParseOutcomesOptions | undefined): OutcomeSeries {
  const result = readOutcomes(input, options, 'parseOutcomes');
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Checks an outcome series like {@link parseOutcomes}, returning the error instead of throwing it.
 *
 * @param input - The series, e.g. parsed from JSON.
 * @param options - As for {@link parseOutcomes}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @throws TypeError or RangeError when the options are wrong.
 * @example
 * ```ts
 * const result = safeParseOutcomes({ name: 'FDS', values: [{ organisationId: 'a', value: 'high' }] });
 * if (!result.success) result.error.issues[0]?.code; // 'non-finite-outcome'
 * ```
 * @category Analysis
 */
export function safeParseOutcomes(input: unknown, options?: ParseOutcomesOptions | undefined): SafeParseResult<OutcomeSeries, AnalysisError> {
  return readOutcomes(input, options, 'safeParseOutcomes');
}

function readOutcomes(input: unknown, options: ParseOutcomesOptions | undefined, fn: string): SafeParseResult<OutcomeSeries, AnalysisError> {
  const given: unknown = options;
  if (given !== undefined && (given === null || typeof given !== 'object')) throw new TypeError(`${fn}: options must be an object or undefined`);
  const issues = outcomeIssues(input, maxIssuesOf(fn, options?.maxIssues));
  if (issues.length > 0) {
    return { success: false, error: new AnalysisError('The outcome series is not valid:', issues) };
  }
  const record = input as Record<string, unknown>;
  const values = (record['values'] as readonly Record<string, unknown>[]).map((row): OutcomeValue => ({
    organisationId: row['organisationId'] as string,
    value: row['value'] as number,
  }));
  const data: { name: string; unit?: string; source?: string; measure?: string; values: OutcomeValue[] } = { name: record['name'] as string, values };
  if (typeof record['unit'] === 'string') data.unit = record['unit'];
  if (typeof record['source'] === 'string') data.source = record['source'];
  if (typeof record['measure'] === 'string') data.measure = record['measure'];
  return { success: true, data: deepFreeze(data) };
}

/**
 * A value that is not a number, as an issue shows it: a text in quotes (cut to 40 characters), a boolean or null as
 * JSON writes it, anything else by its kind (`an object`, `an array`, `undefined`). Never the whole value: it may be
 * huge, or nested too deep for JSON.stringify.
 */
function shownOf(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (value === null || typeof value === 'boolean') return String(value);
  return kindOf(value);
}
