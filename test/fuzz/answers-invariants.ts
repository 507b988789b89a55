import { AnswersError, findItem } from '../../src/index.js';
import { scaleOf } from '../../src/framework/index.js';
import { AnswerSchema } from '../../src/schemas/index.js';
import type { AnswerIssue, AnswersImport, Framework, SafeParseResult } from '../../src/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';

/** Issues that leave every answer in place (the CLI prints them as warnings), a workbook's notes among them. */
const WARNING_CODES: ReadonlySet<string> = new Set(['unknown-column', 'comment-without-answer', 'similar-id', 'row-above-header', 'hidden-row', 'hidden-column']);
/** Issues of a header column: they have a column but no row. */
const HEADER_CODES: ReadonlySet<string> = new Set(['unknown-column', 'unknown-item', 'hidden-column']);

/**
 * Fails with a message when a condition does not hold. The fuzz invariants run tens of thousands of times, so they
 * use this rather than `expect`, which costs far more per call; fast-check reports the failing input either way.
 */
export function check(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof message === 'string' ? message : message());
}

/**
 * Whether `JSON.parse(JSON.stringify(value))` gives back an equal value: only null, booleans, finite numbers other than
 * -0, strings, arrays and plain objects without undefined-valued keys.
 */
export function isJsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isJsonSafe);
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const entry of Object.values(value)) if (entry === undefined || !isJsonSafe(entry)) return false;
  return true;
}

function checkIssue(issue: AnswerIssue, file: string | undefined, rowsRead: number | null): void {
  const what = () => `issue ${JSON.stringify(issue).slice(0, 400)}`;
  check(typeof issue.code === 'string' && (issue.code as string) !== '', what);
  check(typeof issue.message === 'string' && issue.message.length > 0 && issue.message !== 'unknown issue', what);
  check(typeof issue.hint === 'string', what);
  const { location } = issue;
  if (file !== undefined) check(location.file === file, what);
  if (issue.code === 'too-many-issues') {
    // The count of the issues not listed: about the whole input, with no row.
    check(location.row === undefined && location.line === undefined && Number.isInteger(issue.more) && issue.more >= 1, what);
  } else if (location.row !== undefined) {
    check(Number.isInteger(location.row) && location.row >= 1, what);
    if (rowsRead !== null) check(location.row <= rowsRead, what);
  } else if (rowsRead !== null && issue.code === 'row-above-header') {
    // A workbook's row above the header is no data row: it is placed by its cell.
    check(location.cell !== undefined && location.sheet !== undefined, () => `${issue.code} without a cell: ${what()}`);
  } else if (rowsRead !== null) {
    // A row issue always has its row; only a header column has none.
    check(HEADER_CODES.has(issue.code) && location.column !== undefined && location.column >= 1, () => `${issue.code} without a row: ${what()}`);
  }
  for (const value of [location.line, location.column]) {
    if (value !== undefined) check(Number.isInteger(value) && value >= 1, what);
  }
}

/**
 * The invariants of a successful import: deeply frozen, the accounting adds up, every answer is a valid answer to an
 * item of the framework on the item's scale, no respondent answers an item twice, every issue has its place, a
 * rejection is never silent, and the whole survives a JSON round trip.
 */
export function checkImport(data: AnswersImport, framework: Framework, file: string | undefined): void {
  check(isDeepFrozen(data), 'the import is not deeply frozen');
  check(isJsonSafe(data), 'the import does not survive a JSON round trip');
  const { accounting: a, answers, issues } = data;
  const accounting = () => JSON.stringify(a);
  for (const count of Object.values(a)) check(Number.isInteger(count) && count >= 0, accounting);
  check(a.rowsRead === a.rowsAccepted + a.rowsRejected, () => `rows do not add up: ${accounting()}`);
  check(a.cellsRead === a.answersAccepted + a.cellsRejected + a.cellsBlank, () => `cells do not add up: ${accounting()}`);
  check(answers.length === a.answersAccepted, () => `${answers.length} answers but ${accounting()}`);
  check(['long', 'wide', 'json'].includes(data.layout), `layout ${data.layout}`);

  const seen = new Set<string>();
  for (const answer of answers) {
    const what = () => JSON.stringify(answer).slice(0, 300);
    const parsed = AnswerSchema.safeParse(answer);
    check(parsed.success, () => `not a valid Answer: ${what()}`);
    check(Object.keys(parsed.data).length === Object.keys(answer).length, () => `an answer's fields change when parsed: ${what()}`);
    for (const [key, value] of Object.entries(parsed.data)) {
      check((answer as Readonly<Record<string, unknown>>)[key] === value, () => `an answer's ${key} changes when parsed: ${what()}`);
    }
    const ref = findItem(framework, answer.itemId);
    check(ref !== undefined, () => `an answer to an item the framework does not have: ${what()}`);
    if (typeof answer.answer === 'number') {
      const value = answer.answer;
      check(scaleOf(framework, ref.theme.id).levels.some((level) => level.value === value) && !Object.is(value, -0), () => `a value off the item's scale: ${what()}`);
    } else {
      check(['dont-know', 'not-applicable'].includes(answer.answer), what);
    }
    const key = `${answer.organisationId}\u0000${answer.respondentId}\u0000${answer.itemId}`;
    check(!seen.has(key), () => `a second answer by the same respondent to the same item: ${what()}`);
    seen.add(key);
  }

  for (const issue of issues) checkIssue(issue, file, a.rowsRead);
  // At most one too-many-issues issue, and last: it counts the issues that were not listed.
  const capped = issues.findIndex((issue) => issue.code === 'too-many-issues');
  check(capped === -1 || capped === issues.length - 1, 'too-many-issues is not the last issue');
  const last = issues[issues.length - 1];
  const unlisted = last?.code === 'too-many-issues' ? last.more : 0;
  const errors = issues.filter((issue) => !WARNING_CODES.has(issue.code));
  check(a.rowsRejected + a.cellsRejected === 0 || errors.length > 0, () => `answers rejected without an issue: ${accounting()}`);
  const rowsWithErrors = new Set(errors.flatMap((issue) => (issue.location.row === undefined ? [] : [issue.location.row])));
  check(rowsWithErrors.size + unlisted >= a.rowsRejected, () => `rows rejected without an issue: ${accounting()}`);
}

/** The invariants of a failed import: an AnswersError with issues, each with a message and a whole-input place. */
export function checkAnswersError(error: unknown, file: string | undefined): void {
  check(error instanceof AnswersError, 'not an AnswersError');
  check(error.issues.length > 0, 'an AnswersError without issues');
  check(isDeepFrozen(error.issues), 'the issues of an AnswersError are not frozen');
  check(isJsonSafe(error.issues), 'the issues of an AnswersError do not survive a JSON round trip');
  for (const issue of error.issues) {
    checkIssue(issue, file, null);
    // A whole-input problem has no row: it is about the text, its header or its size.
    check(issue.location.row === undefined, () => `a whole-input issue with a row: ${issue.code}`);
  }
  check(error.message.length > 0, 'an AnswersError without a message');
}

/** Checks either outcome of a safeParse; anything else (a TypeError escaping, say) fails the caller's property. */
export function checkResult(result: SafeParseResult<AnswersImport, AnswersError>, framework: Framework, file: string | undefined): void {
  if (result.success) checkImport(result.data, framework, file);
  else checkAnswersError(result.error, file);
}
