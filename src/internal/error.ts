import { freezeParsed } from './freeze.js';

/**
 * Where in an input an issue was found: one shape for every area. Every field is optional: an issue carries what
 * is known. Lines, columns and rows count from 1, as editors and spreadsheets do.
 *
 * @category Errors
 */
export interface IssueLocation {
  /** The file name, when the caller gave one (`options.file`). */
  readonly file?: string | undefined;
  /** 1-based line in the source text (for a CSV row: the physical line where the row starts). */
  readonly line?: number | undefined;
  /**
   * 1-based column: in a YAML or JSON text, the character on its line; in a CSV row or a sheet of a workbook, the
   * position of the cell, as a spreadsheet counts columns (1 = A, 4 = D).
   */
  readonly column?: number | undefined;
  /** CSV and workbooks: the header of the cell's column as written in the file, e.g. `"answer"` or `"T1.C2"`. */
  readonly columnName?: string | undefined;
  /**
   * 1-based data row: in a CSV or a sheet, the first row after the header is row 1; in a list given as data (JSON answers,
   * outcome values), the element's 1-based index.
   */
  readonly row?: number | undefined;
  /** The path of keys and indexes to the value, e.g. `["themes", 0, "id"]`. */
  readonly path?: readonly (string | number)[] | undefined;
  /** The id of the entity concerned, e.g. `T1.C2`. */
  readonly id?: string | undefined;
  /** Workbooks only: the name of the sheet read, e.g. `"Responses 2024"`. */
  readonly sheet?: string | undefined;
  /**
   * Workbooks only: the cell, with its sheet, as Excel writes a reference to it: `Responses!D17`, or
   * `'Responses 2024'!D17` when the sheet's name needs quotes; a whole row is `Responses!17:17`.
   */
  readonly cell?: string | undefined;
}

/**
 * Formats a location as `file:line:column (row 3, id T1.C2, at themes.0.id)`; in a workbook,
 * `file, Responses!D17 (row 3)`.
 */
export function formatLocation(location: IssueLocation): string {
  const text = [location.file, location.line, location.line !== undefined ? location.column : undefined].filter((part) => part !== undefined).join(':');
  const head = location.cell === undefined ? text : text === '' ? location.cell : `${text}, ${location.cell}`;
  const details: string[] = [];
  if (location.cell === undefined && location.sheet !== undefined) details.push(`sheet "${location.sheet}"`);
  if (location.row !== undefined) details.push(`row ${location.row}`);
  if (location.id !== undefined) details.push(`id ${location.id}`);
  if (location.path !== undefined && location.path.length > 0) details.push(`at ${location.path.join('.')}`);
  if (head && details.length > 0) return `${head} (${details.join(', ')})`;
  if (head) return head;
  return details.join(', ');
}

/**
 * Builds the message of an error from its issues: the summary, then one line per issue (the first 20) with its
 * place, each hint once, under the first issue that has it.
 */
export function formatIssues(summary: string, issues: readonly { readonly message: string; readonly hint?: string | undefined; readonly location: IssueLocation }[]): string {
  const lines: string[] = [summary];
  const hints = new Set<string>();
  for (const issue of issues.slice(0, 20)) {
    const where = formatLocation(issue.location);
    lines.push(where ? `  - ${where}: ${issue.message}` : `  - ${issue.message}`);
    if (issue.hint !== undefined && issue.hint !== '' && !hints.has(issue.hint)) {
      hints.add(issue.hint);
      lines.push(`    hint: ${issue.hint}`);
    }
  }
  if (issues.length > 20) lines.push(`  - … and ${issues.length - 20} more`);
  return lines.join('\n');
}

/**
 * Freezes an issue, its location and everything in them, in place, and returns it. Each area's issue builder
 * ends with this, so that an issue is frozen wherever it goes (an error's `issues`, an import's `issues`).
 */
export function freezeIssue<I extends Issue>(issue: I): I {
  return freezeParsed(issue);
}

/**
 * A deeply frozen version of plain data (objects, arrays, primitives): the value itself when it is already frozen
 * all the way down, else a frozen copy of it, so that the caller's objects are never frozen behind their back.
 */
function frozenCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const entries: [string, unknown][] = Object.entries(value);
  const copies = entries.map(([, item]) => frozenCopy(item));
  if (Object.isFrozen(value) && copies.every((copy, i) => copy === entries[i]?.[1])) return value;
  const copy: unknown = Array.isArray(value) ? copies : Object.fromEntries(entries.map(([key], i) => [key, copies[i]]));
  return Object.freeze(copy) as T;
}

/**
 * One problem found in an input: what kind it is (`code`), what is wrong (`message`), what to do (`hint`) and where
 * (`location`). Each area's issues (`FrameworkIssue`, `AnswerIssue`, `ProgrammeIssue`, `AnalysisIssue`) are unions
 * of members like this, discriminated on `code`, each carrying the data of its kind (the id, value or limit
 * concerned). The message and hint are written from that data, in one place per area.
 *
 * @category Errors
 */
export interface Issue {
  /** What kind of problem it is: one of the area's documented codes. */
  readonly code: string;
  /** One sentence saying what is wrong. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  /** Where it was found: whatever is known of file, line, column, column name, row, path and id. */
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
  /** The first line of the message: what could not be used (and, for some, how many problems it has). */
  readonly summary: string;
  /** Every problem found, deeply frozen: the list, each issue, its data and its location. */
  readonly issues: readonly I[];

  /**
   * @param summary - One line saying what could not be used.
   * @param issues - The problems found, at least one. The error keeps its own deeply frozen copy.
   */
  constructor(summary: string, issues: readonly I[]) {
    super(formatIssues(summary, issues));
    this.name = new.target.name;
    this.summary = summary;
    // Walked all the way down: an issue frozen shallowly by its maker may hold a location or a list that is not.
    // What is not frozen yet is copied, not frozen in place: the caller's objects stay as they were.
    this.issues = frozenCopy([...issues]);
  }

  /**
   * The error's message: the summary, then one line per issue (the first 20) with its place, each hint once.
   *
   * @returns The text of `message`.
   */
  format(): string {
    return formatIssues(this.summary, this.issues);
  }
}
