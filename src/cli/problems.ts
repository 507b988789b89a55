import type { AnalysisIssue, AnswerIssue, FrameworkIssue } from 'cancer-alliance-framework';

/** One problem with an input, as the CLI prints it: where, what, and what to do. */
export interface Problem {
  /** `file:line:column (row N, column X)`, or as much of it as is known. */
  readonly where: string;
  readonly message: string;
  readonly hint?: string | undefined;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Where a place in a text file is, as editors and the CLI write it: `file:line:column (row N, column X)`. */
export function placeOf(location: {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly row?: number | undefined;
  readonly columnName?: string | undefined;
  readonly id?: string | undefined;
  readonly path?: readonly (string | number)[] | undefined;
}): string {
  const head = [location.file, location.line, location.line !== undefined ? location.column : undefined].filter((part) => part !== undefined).join(':');
  const details: string[] = [];
  if (location.row !== undefined) details.push(`row ${location.row}`);
  // A header cell can hold megabytes: its name is cut, so that a place stays one short line.
  if (location.columnName !== undefined && location.columnName !== '') details.push(`column ${clip(location.columnName)}`);
  else if (location.line === undefined && location.column !== undefined) details.push(`column ${location.column}`);
  if (location.id !== undefined) details.push(`id ${location.id}`);
  if (location.path !== undefined && location.path.length > 0) details.push(`at ${location.path.join('.')}`);
  if (head !== '' && details.length > 0) return `${head} (${details.join(', ')})`;
  return head !== '' ? head : details.join(', ');
}

/** What to do about a file larger than allowed, naming the CLI's option (the library's hints name its own). */
export const TOO_LARGE_HINT = 'Split the file (e.g. one file per organisation), or, if the size is expected, run again with --max-bytes <size>, e.g. --max-bytes 100MB.';

/** An issue's hint as the CLI gives it: a file too large is a matter of `--max-bytes`. */
function hintOf(issue: AnswerIssue | FrameworkIssue): string {
  return issue.code === 'too-large' ? TOO_LARGE_HINT : issue.hint;
}

/** A problem from survey answers. */
export function answerProblem(issue: AnswerIssue, file: string): Problem {
  return {
    where: placeOf({ ...issue.location, file: issue.location.file ?? file }),
    message: issue.message,
    hint: hintOf(issue),
  };
}

/** A problem from a framework file. */
export function frameworkProblem(issue: FrameworkIssue, file: string): Problem {
  return { where: placeOf({ ...issue.location, file: issue.location.file ?? file }), message: issue.message, hint: hintOf(issue) };
}

/** A problem from an analysis (outcome values, rounds), placed in the file it came from when known. */
export function analysisProblem(issue: AnalysisIssue, file: string | null): Problem {
  const location = file === null ? issue.location : { ...issue.location, file: issue.location.file ?? file };
  return { where: placeOf(location), message: issue.message, hint: issue.hint };
}

/**
 * Formats problems one per line, `  where: message`, each hint once (after the first problem that has it),
 * so that a file with the same mistake on every row stays readable.
 */
export function formatProblems(problems: readonly Problem[]): readonly string[] {
  const shown = new Set<string>();
  const lines: string[] = [];
  for (const problem of problems) {
    lines.push(problem.where === '' ? `  ${problem.message}` : `  ${problem.where}: ${problem.message}`);
    if (problem.hint !== undefined && problem.hint !== '' && !shown.has(problem.hint)) {
      shown.add(problem.hint);
      lines.push(`      hint: ${problem.hint}`);
    }
  }
  return lines;
}
