import { freezeIssue, ValidationError, type IssueLocation } from '../internal/error.js';

/**
 * What was wrong with data given to an analysis (outcome values, assessment rounds), without its wording: one union
 * member per `code`, each with the data of its kind. docs/analysis.md lists every code with what to do.
 *
 * @category Analysis
 */
export type AnalysisIssueData =
  | {
      /** The outcome series, or one of its fields, is not of the documented shape. */
      readonly code: 'invalid-outcome-series';
      /**
       * What is wrong: `series` (the series itself is not an object), `name`, `unit`, `source`, `values` (not a
       * list), or `row` (an element of `values` that is not an object; its row is in the location).
       */
      readonly field: 'series' | 'name' | 'unit' | 'source' | 'measure' | 'values' | 'row';
      /** What was given instead, in words, e.g. `a number`, `missing`, `an empty text`. */
      readonly received: string;
    }
  | {
      /** The series names a measure that the standards data does not have. */
      readonly code: 'unknown-outcome-measure';
      /** The measure given. */
      readonly measure: string;
      /** The measures there are. */
      readonly known: readonly string[];
    }
  | {
      /** An outcome value's organisation id is missing, empty or not a text. The value's row is in the location. */
      readonly code: 'invalid-outcome-id';
      /** What was given instead, in words, e.g. `missing`, `an empty text`, `a number`. */
      readonly received: string;
    }
  | {
      /** An outcome value is not a finite number. */
      readonly code: 'non-finite-outcome';
      /** The value given, written out (`NaN`, `"70"`, `undefined`). */
      readonly value: string;
      /** The organisation the value is for, when its id is a text. */
      readonly organisationId?: string | undefined;
    }
  | {
      /** An organisation has a second value in the series. */
      readonly code: 'duplicate-outcome';
      /** The organisation. */
      readonly organisationId: string;
      /** The 1-based row where the organisation's first value is. */
      readonly firstRow: number;
    }
  | {
      /** An outcomes CSV holds no header (it is empty, or blank). */
      readonly code: 'no-outcome-header';
    }
  | {
      /** An outcomes CSV's header lacks a column the file needs. */
      readonly code: 'missing-outcome-column';
      /** The columns missing: `organisation_id`, `value`, or both. */
      readonly missing: readonly ('organisation_id' | 'value')[];
      /** The header's cells as written (at most 12, each cut to 60 characters). */
      readonly header: readonly string[];
    }
  | {
      /** A row of an outcomes CSV could not be split reliably: a quote never closed, or text after a closing quote. */
      readonly code: 'malformed-outcome-row';
      /** What was wrong. */
      readonly reason: 'unterminated-quote' | 'invalid-quote';
    }
  | {
      /** A value in an outcomes CSV is not a number. */
      readonly code: 'invalid-outcome-value';
      /** The text of the cell, trimmed (cut to 40 characters). */
      readonly text: string;
    }
  | {
      /** An outcomes CSV has a header but no value. */
      readonly code: 'no-outcome-values';
    }
  | {
      /** A round's date is not a real date written yyyy-mm-dd. */
      readonly code: 'invalid-round-date';
      /** Which round. */
      readonly round: 'earlier' | 'later';
      /** The date given. */
      readonly date: string;
    }
  | {
      /** A round's financial year is not the one its date falls in. */
      readonly code: 'financial-year-mismatch';
      /** Which round. */
      readonly round: 'earlier' | 'later';
      /** The financial year given. */
      readonly financialYear: string;
      /** The financial year of the round's date. */
      readonly expected: string;
      /** The round's date. */
      readonly date: string;
    }
  | {
      /** The earlier round is dated after the later one. */
      readonly code: 'rounds-out-of-order';
      /** The earlier round's date. */
      readonly earlier: string;
      /** The later round's date. */
      readonly later: string;
    }
  | {
      /** An outcomes CSV is larger than `options.maxBytes`. */
      readonly code: 'too-large';
      /** The text's size in UTF-8 bytes. */
      readonly bytes: number;
      /** The most allowed (`options.maxBytes`). */
      readonly max: number;
    }
  | {
      /** More problems were found than `options.maxIssues`: this last issue counts those not listed. */
      readonly code: 'too-many-issues';
      /** How many problems were found but not listed. */
      readonly more: number;
      /** The most listed (`options.maxIssues`). */
      readonly max: number;
    };

/**
 * The code of an analysis issue, e.g. `'non-finite-outcome'`.
 *
 * @category Analysis
 */
export type AnalysisIssueCode = AnalysisIssueData['code'];

/**
 * A problem found in data given to an analysis (outcome values, assessment rounds): what (`code` and its data), a
 * message saying what is wrong, a hint saying what to do, and where (for outcome values, `row` is the value's
 * 1-based position in `values`).
 *
 * @category Analysis
 */
export type AnalysisIssue = AnalysisIssueData & {
  /** One sentence saying what is wrong. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  /** Where it was found. */
  readonly location: IssueLocation;
};

const SERIES_SHAPE = '{ name, unit?, source?, measure?, values: [{ organisationId, value }] }';

/** Every message and hint of an analysis issue is written here, from the issue's data. */
export function describeIssue(data: AnalysisIssueData): { readonly message: string; readonly hint: string } {
  switch (data.code) {
    case 'invalid-outcome-series':
      switch (data.field) {
        case 'series':
          return { message: `the outcome series is ${data.received}, not an object`, hint: `Give the series as an object ${SERIES_SHAPE}.` };
        case 'name':
          return { message: `name is ${data.received}, not a non-empty text`, hint: 'Name the series, e.g. "Faster Diagnosis Standard".' };
        case 'unit':
        case 'source':
        case 'measure':
          return { message: `${data.field} is ${data.received}, not a text`, hint: `Give ${data.field} as a text, or leave it out.` };
        case 'values':
          return { message: `values is ${data.received}, not a list`, hint: 'Give values as a list of { organisationId, value }, one per organisation.' };
        case 'row':
          return { message: `the row is ${data.received}, not an object`, hint: 'Give each outcome value as an object { organisationId, value }.' };
      }
      break;
    case 'unknown-outcome-measure':
      return {
        message: `the measure "${data.measure}" is not one of the standards data's`,
        hint: `Use one of ${data.known.join(', ')}, or leave measure out and give analyseOutcomes a standard of your own.`,
      };
    case 'invalid-outcome-id':
      return {
        message: data.received === 'an empty text' ? 'the organisation id is empty' : `the organisation id is ${data.received}, not a non-empty text`,
        hint: 'Give each outcome value the id of the organisation it belongs to.',
      };
    case 'non-finite-outcome':
      return { message: `the value ${data.value} is not a finite number`, hint: 'Give a number such as 76.4, or leave the organisation out.' };
    case 'duplicate-outcome':
      return {
        message: `organisation "${data.organisationId}" already has a value at row ${data.firstRow}`,
        hint: 'Give one value per organisation.',
      };
    case 'no-outcome-header':
      return { message: 'the outcomes file is empty', hint: 'Start with a header row organisation_id,value, then one row per organisation.' };
    case 'missing-outcome-column': {
      const missing = data.missing.join(' and ');
      const header = data.header.map((cell) => `"${cell}"`).join(', ');
      return {
        message: `the header needs the column${data.missing.length === 1 ? '' : 's'} ${missing}, but it has ${header === '' ? 'no named column' : header}`,
        hint: 'Name the columns organisation_id and value, e.g. a first line "organisation_id,value".',
      };
    }
    case 'malformed-outcome-row':
      return {
        message: data.reason === 'unterminated-quote' ? 'a quoted cell on this line is never closed' : 'a quoted cell on this line has text after its closing quote',
        hint: 'Close each quote; a quote inside a quoted cell is written twice ("").',
      };
    case 'invalid-outcome-value':
      return {
        message: data.text === '' ? 'the value is empty' : `"${data.text}" is not a number`,
        hint: 'Write the value as a number such as 76.4 (a % sign and a decimal comma are allowed), or leave the organisation out.',
      };
    case 'no-outcome-values':
      return { message: 'the outcomes file has a header but no values', hint: 'Add one row per organisation: its id and its value.' };
    case 'invalid-round-date':
      return { message: `the ${data.round} round's date "${data.date}" is not a date written yyyy-mm-dd`, hint: 'Write the date as yyyy-mm-dd, e.g. 2023-03-31.' };
    case 'financial-year-mismatch':
      return {
        message: `the ${data.round} round's financial year "${data.financialYear}" does not match its date (${data.date})`,
        hint: `NHS financial years run April to March, so it should be "${data.expected}".`,
      };
    case 'rounds-out-of-order':
      return {
        message: `the earlier round (${data.earlier}) is dated after the later round (${data.later})`,
        hint: 'Pass the rounds oldest first.',
      };
    case 'too-large':
      return {
        message: `the outcomes file is ${data.bytes} bytes (UTF-8), more than the limit of ${data.max}`,
        hint: 'An outcomes file holds one row per organisation: check it is the right file, or raise the maxBytes option if you trust it.',
      };
    case 'too-many-issues':
      return {
        message: `${data.more} more ${data.more === 1 ? 'problem was' : 'problems were'} found and not listed: at most ${data.max} are listed`,
        hint: 'Correct the problems listed and read the data again, or raise the maxIssues option to list more.',
      };
  }
  return { message: 'unknown issue', hint: '' };
}

/** Builds a frozen issue from its data and where it was found, writing its message and hint. */
export function analysisIssue(data: AnalysisIssueData, location: IssueLocation = {}): AnalysisIssue {
  const { message, hint } = describeIssue(data);
  return freezeIssue({ ...data, message, hint, location: { ...location } });
}

/** A value's kind, in words, for an issue's `received`. */
export function received(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : 'a text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * The error an analysis throws when data given to it is invalid; `issues` says what and where.
 *
 * @example
 * ```ts
 * try {
 *   analyseOutcomes(scores, { framework, outcomes: { name: 'FDS', values: [{ organisationId: 'a', value: Number.NaN }] } });
 * } catch (error) {
 *   if (error instanceof AnalysisError) error.issues[0]?.code; // 'non-finite-outcome'
 * }
 * ```
 * @category Analysis
 */
export class AnalysisError extends ValidationError<AnalysisIssue> {
  /** Always `'AnalysisError'`. */
  override readonly name = 'AnalysisError';
}
