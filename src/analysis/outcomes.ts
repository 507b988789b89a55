import { showValue } from '../internal/show.js';
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

/** Collects every problem of an outcome series, each with its row (1-based position in `values`). */
function outcomeIssues(input: unknown): AnalysisIssue[] {
  const issues: AnalysisIssue[] = [];
  if (!isRecord(input)) {
    issues.push(analysisIssue({ code: 'invalid-outcome-series', field: 'series', received: received(input) }, { path: [] }));
    return issues;
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
    return issues;
  }
  const firstRow = new Map<string, number>();
  values.forEach((row: unknown, index) => {
    const rowNumber = index + 1;
    const path = ['values', index];
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
          { code: 'non-finite-outcome', value: typeof value === 'number' ? String(value) : jsonOf(value), ...organisation },
          { row: rowNumber, path: [...path, 'value'], ...(typeof id === 'string' ? { id } : {}) },
        ),
      );
    }
  });
  return issues;
}

/**
 * Checks an outcome series (e.g. Faster Diagnosis Standard performance per alliance) read from
 * elsewhere: a name, optional unit, source and measure (one of the standards data's), and one finite value per
 * organisation.
 *
 * @param input - The series, e.g. parsed from JSON.
 * @returns The series, deeply frozen (a copy: the input is not changed).
 * @throws AnalysisError listing every problem with its row: a missing id, a value that is not a finite number, an organisation given twice,
 *   a measure the standards data does not have.
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
export function parseOutcomes(input: unknown): OutcomeSeries {
  const result = safeParseOutcomes(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Checks an outcome series like {@link parseOutcomes}, returning the error instead of throwing it.
 *
 * @param input - The series, e.g. parsed from JSON.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * const result = safeParseOutcomes({ name: 'FDS', values: [{ organisationId: 'a', value: 'high' }] });
 * if (!result.success) result.error.issues[0]?.code; // 'non-finite-outcome'
 * ```
 * @category Analysis
 */
export function safeParseOutcomes(input: unknown): SafeParseResult<OutcomeSeries, AnalysisError> {
  const issues = outcomeIssues(input);
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

/** A value as JSON writes it, or as a message shows it when JSON cannot (undefined, a function, a symbol). */
function jsonOf(value: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify is typed string, but gives undefined for undefined, a function or a symbol
  return JSON.stringify(value) ?? showValue(value);
}
