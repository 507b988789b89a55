import { formatIssues, type IssueLocation } from '../internal/error.js';

/**
 * A problem found in data given to an analysis (outcome values, assessment rounds), with where it is.
 *
 * @category Analysis
 */
export type AnalysisIssue =
  | {
      readonly code: 'invalid-outcome-id';
      /** `row` is the 1-based position of the value in `values`. */
      readonly location: IssueLocation;
      readonly message: string;
    }
  | {
      readonly code: 'non-finite-outcome';
      readonly location: IssueLocation;
      readonly value: string;
      readonly message: string;
    }
  | {
      readonly code: 'duplicate-outcome';
      readonly location: IssueLocation;
      /** The 1-based row where the organisation's first value is. */
      readonly firstRow: number;
      readonly message: string;
    }
  | {
      readonly code: 'invalid-outcome-series';
      readonly location: IssueLocation;
      readonly detail: string;
      readonly message: string;
    }
  | {
      readonly code: 'invalid-round-date';
      readonly location: IssueLocation;
      readonly date: string;
      readonly message: string;
    }
  | {
      readonly code: 'financial-year-mismatch';
      readonly location: IssueLocation;
      readonly financialYear: string;
      readonly expected: string;
      readonly message: string;
    }
  | {
      readonly code: 'rounds-out-of-order';
      readonly location: IssueLocation;
      readonly earlier: string;
      readonly later: string;
      readonly message: string;
    };

/** The issue data without its message: messages are built in one place, by `describeIssue`. */
export type AnalysisIssueData = AnalysisIssue extends infer I ? (I extends AnalysisIssue ? Omit<I, 'message'> : never) : never;

/** Builds the plain-words message of an issue from its data. */
export function describeIssue(issue: AnalysisIssueData): string {
  switch (issue.code) {
    case 'invalid-outcome-id':
      return 'the organisation id is missing or empty; give each outcome value the id of the organisation it belongs to';
    case 'non-finite-outcome':
      return `the value ${issue.value} is not a finite number; give a number such as 76.4, or leave the organisation out`;
    case 'duplicate-outcome':
      return `organisation "${issue.location.id ?? ''}" already has a value at row ${issue.firstRow}; give one value per organisation`;
    case 'invalid-outcome-series':
      return `${issue.detail}`;
    case 'invalid-round-date':
      return `"${issue.date}" is not a date written yyyy-mm-dd, e.g. 2023-03-31`;
    case 'financial-year-mismatch':
      return `the financial year "${issue.financialYear}" does not match the date; NHS financial years run April to March, so it should be "${issue.expected}"`;
    case 'rounds-out-of-order':
      return `the earlier round (${issue.earlier}) is dated after the later round (${issue.later}); pass the rounds oldest first`;
  }
}

/** Makes an issue from its data, adding its message. */
export function makeIssue(data: AnalysisIssueData): AnalysisIssue {
  return Object.freeze({ ...data, message: describeIssue(data) }) as AnalysisIssue;
}

/**
 * The error an analysis throws when data given to it is invalid; `issues` says what and where.
 *
 * @example
 * ```ts
 * try {
 *   analyseOutcomes(scores, { name: 'FDS', values: [{ organisationId: 'a', value: Number.NaN }] }, { framework });
 * } catch (error) {
 *   if (error instanceof AnalysisError) error.issues[0]?.code; // 'non-finite-outcome'
 * }
 * ```
 * @category Analysis
 */
export class AnalysisError extends Error {
  override readonly name = 'AnalysisError';
  /** Every problem found, each with its place. */
  readonly issues: readonly AnalysisIssue[];

  /**
   * @param summary - One line saying what was being read.
   * @param issues - The problems found (at least one).
   */
  constructor(summary: string, issues: readonly AnalysisIssue[]) {
    super(formatIssues(summary, issues));
    this.issues = Object.freeze([...issues]);
  }
}
