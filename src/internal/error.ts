import { deepFreeze } from './freeze.js';

/**
 * Where in an input an issue was found. Every field is optional: an issue carries what is known.
 * Lines, columns and rows count from 1, as editors and spreadsheets do.
 */
export interface IssueLocation {
  /** The file name, when the caller gave one. */
  readonly file?: string | undefined;
  /** 1-based line in the source text. */
  readonly line?: number | undefined;
  /** 1-based column in the source text. */
  readonly column?: number | undefined;
  /** 1-based data row (CSV: the first row after the header is row 1). */
  readonly row?: number | undefined;
  /** The path of keys and indexes to the value, e.g. `["themes", 0, "id"]`. */
  readonly path?: readonly (string | number)[] | undefined;
  /** The id of the entity concerned, e.g. `T1.C2`. */
  readonly id?: string | undefined;
}

/** Formats a location as `file:line:column (row 3, id T1.C2, at themes.0.id)`. */
export function formatLocation(location: IssueLocation): string {
  const head = [location.file, location.line, location.line !== undefined ? location.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const details: string[] = [];
  if (location.row !== undefined) details.push(`row ${location.row}`);
  if (location.id !== undefined) details.push(`id ${location.id}`);
  if (location.path !== undefined && location.path.length > 0) details.push(`at ${location.path.join('.')}`);
  if (head && details.length > 0) return `${head} (${details.join(', ')})`;
  if (head) return head;
  return details.join(', ');
}

/** Builds the message of an error from its issues, one line per issue, each with its place. */
export function formatIssues(
  summary: string,
  issues: readonly { readonly message: string; readonly location: IssueLocation }[],
): string {
  const lines = issues.slice(0, 20).map((issue) => {
    const where = formatLocation(issue.location);
    return where ? `  - ${where}: ${issue.message}` : `  - ${issue.message}`;
  });
  if (issues.length > 20) lines.push(`  - … and ${issues.length - 20} more`);
  return `${summary}\n${lines.join('\n')}`;
}

/**
 * One problem found in an input: what kind it is (`code`), what is wrong (`message`) and where (`location`). Each
 * area's issues (`FrameworkIssue`, `AnswerIssue`, `ProgrammeIssue`, `AnalysisIssue`) are unions of members like
 * this, discriminated on `code`, each carrying the data of its kind.
 *
 * @category Errors
 */
export interface Issue {
  /** What kind of problem it is: one of the area's documented codes. */
  readonly code: string;
  /** One sentence saying what is wrong. */
  readonly message: string;
  /** Where it was found: whatever is known of file, line, column, row, path and id. */
  readonly location: IssueLocation;
}

/**
 * The base of every error the package throws for bad input: a summary line and the list of issues found, each with
 * its place. Catch it to handle any of them; each area throws its own subclass (`FrameworkError`, `AnswersError`,
 * `ProgrammeError`, `AnalysisError`). Programmer errors (an argument of the wrong type) are `TypeError`s and
 * `RangeError`s instead, whose message starts with the function's name.
 *
 * @example
 * ```ts
 * import { ValidationError, parseFramework } from 'cancer-alliance-framework';
 * try {
 *   parseFramework('id: x', { file: 'x.yaml' });
 * } catch (error) {
 *   if (error instanceof ValidationError) error.issues.map((issue) => issue.location.line);
 * }
 * ```
 * @category Errors
 */
export class ValidationError<I extends Issue = Issue> extends Error {
  /** The first line of the message: what could not be used, and how many problems it has. */
  readonly summary: string;
  /** Every problem found, deeply frozen. */
  readonly issues: readonly I[];

  /**
   * @param summary - One line saying what could not be used.
   * @param issues - The problems found, at least one.
   */
  constructor(summary: string, issues: readonly I[]) {
    super(formatIssues(summary, issues));
    this.name = new.target.name;
    this.summary = summary;
    this.issues = deepFreeze([...issues]);
  }

  /**
   * The error's message: the summary, then one line per issue (the first 20) with its place.
   *
   * @returns The text of `message`.
   */
  format(): string {
    return formatIssues(this.summary, this.issues);
  }
}
