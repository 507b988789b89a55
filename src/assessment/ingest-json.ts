import { z } from 'zod';
import { lazy } from '../internal/lazy.js';
import type { SafeParseResult } from '../internal/result.js';
import type { AnswersImport, ParseAnswersJsonOptions } from './answers-import.js';
import { AnswersError, answerIssue, throwAnswersError } from './errors.js';
import type { TextIssueDetail } from './errors.js';
import { readJson, type JsonDuplicateKey } from '../internal/json.js';
import { MAX_DEPTH } from '../internal/limits.js';
import { kindOf } from '../internal/show.js';
import { AnswerIngest } from './ingest-core.js';
import { bytesOver } from '../internal/bytes.js';
import { checkIngestOptions, checkMaxBytes } from './ingest-options.js';

const SUMMARY = 'The survey answers cannot be read:';

const requiredText = (what: string) => z.string({ error: (issue) => (issue.input === undefined ? `is required: ${what}` : `must be a string: ${what}`) });
const optionalText = (what: string) =>
  z
    .string({ error: `must be a string or null: ${what}` })
    .nullable()
    .optional();

/**
 * The shape of one answer object in JSON: the fields of an Answer, except that the answer may also be text
 * ("Emerging", "DK", "N/A") or null (a missing answer), and the optional fields may be null. Built on first use.
 */
const jsonAnswerSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    organisationId: requiredText('the organisation id'),
    respondentId: requiredText('the respondent id'),
    respondentGroup: optionalText('the respondent group'),
    itemId: requiredText('the item id, e.g. "T1.C1"'),
    answer: z.union([z.number(), z.string(), z.null()], {
      error: (issue) =>
        issue.input === undefined ? 'is required: a value of the scale, "dont-know", "not-applicable", a label, or null when missing' : 'must be a number, a text answer, or null',
    }),
    comment: optionalText('the comment'),
  }),
);

function describeValue(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return 'an object without an "answers" array';
  return kindOf(value);
}

/**
 * Reads survey answers given as JSON: an array of answer objects, or an object with an `answers` array, as a value
 * or as JSON text. Each element is checked like a row of the long CSV layout (unknown item or organisation, a value
 * outside the scale, a second answer by the same respondent to the same item, a conflicting group), and answers may
 * be text as in a CSV (labels, "DK", "N/A"); `null` or blank text is a missing answer. Each bad element is an issue
 * with `row` = its 1-based index and `path`; the accounting adds up as for a CSV.
 *
 * @param json - The answers: an array, `{ answers: [...] }`, or JSON text of either.
 * @param options - The framework (required); optionally the known organisations, a file name, and `maxBytes` for
 *   text (default 50 MiB).
 * @returns The answers, the issues element by element and the accounting, with layout `'json'`; deeply frozen.
 * @throws AnswersError when the input cannot be read as a whole: text that is not JSON, larger than `maxBytes`, or
 *   neither an array nor an object with an `answers` array.
 * @throws TypeError or RangeError when the options are wrong.
 * @example
 * ```ts
 * const result = parseAnswersJson(
 *   [
 *     { organisationId: 'greater-manchester', respondentId: 'r1', itemId: 'T1.C1', answer: 3 },
 *     { organisationId: 'greater-manchester', respondentId: 'r1', itemId: 'T1.C2', answer: 'N/A' },
 *   ],
 *   { framework },
 * );
 * result.answers[1]?.answer; // 'not-applicable'
 * ```
 * @category Assessment
 */
export function parseAnswersJson(json: unknown, options: ParseAnswersJsonOptions): AnswersImport {
  return readAnswersJson(json, options, 'parseAnswersJson');
}

/** Reads answers given as JSON; `fn` is the public function, named in the messages of programmer errors. */
function readAnswersJson(json: unknown, options: ParseAnswersJsonOptions, fn: string): AnswersImport {
  const core = checkIngestOptions(fn, options, false);
  const maxBytes = checkMaxBytes(fn, options.maxBytes);
  const fileLocation: { file?: string } = {};
  if (core.file !== undefined) fileLocation.file = core.file;

  let value = json;
  /** Keys given twice inside each element (by its index), from JSON text. */
  const duplicatesIn = new Map<number, JsonDuplicateKey[]>();
  if (typeof json === 'string') {
    const bytes = bytesOver(json, maxBytes);
    if (bytes !== undefined) throwAnswersError(SUMMARY, { code: 'too-large', bytes, maxBytes }, fileLocation);
    const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
    const outside: JsonDuplicateKey[] = [];
    const read = readJson(text, {
      maxDepth: MAX_DEPTH,
      positions: false,
      onDuplicate: (duplicate) => {
        // The element a key belongs to: the first index of the path, after "answers" when the answers are in an object.
        const [first, second] = duplicate.path;
        const index = typeof first === 'number' ? first : first === 'answers' && typeof second === 'number' ? second : undefined;
        if (index === undefined) {
          outside.push(duplicate);
          return;
        }
        const list = duplicatesIn.get(index);
        if (list === undefined) duplicatesIn.set(index, [duplicate]);
        else list.push(duplicate);
      },
    });
    if (!read.ok) {
      const { problem } = read;
      const where = { ...fileLocation, line: problem.line, column: problem.column };
      if (problem.kind === 'too-deep') throwAnswersError(SUMMARY, { code: 'too-deep', max: problem.max }, where);
      throwAnswersError(SUMMARY, { code: 'invalid-json', detail: problem.detail }, where);
    }
    if (outside.length > 0) {
      const issues = outside
        .slice(0, core.maxIssues)
        .map(({ key, path, line, column }) => answerIssue({ code: 'duplicate-key', key }, { ...fileLocation, line, column, path: [...path, key] }));
      if (outside.length > core.maxIssues) issues.push(answerIssue({ code: 'too-many-issues', more: outside.length - core.maxIssues, max: core.maxIssues }, fileLocation));
      throw new AnswersError(SUMMARY, issues);
    }
    value = read.source.value;
  }

  let list: readonly unknown[];
  let prefix: readonly (string | number)[];
  if (Array.isArray(value)) {
    list = value;
    prefix = [];
  } else if (value !== null && typeof value === 'object' && Array.isArray((value as { answers?: unknown }).answers)) {
    list = (value as { answers: readonly unknown[] }).answers;
    prefix = ['answers'];
  } else {
    return throwAnswersError(SUMMARY, { code: 'invalid-shape', received: describeValue(value) }, fileLocation);
  }

  const ingest = new AnswerIngest(core);
  ingest.startRecords(prefix);
  for (const [index, element] of list.entries()) {
    const duplicates = duplicatesIn.get(index);
    if (duplicates !== undefined) {
      // A field given twice: JSON.parse would keep the last value silently, so the element is rejected, with its keys.
      const details = duplicates.map(({ key, path, line, column }) => ({
        detail: { code: 'duplicate-key', key } as const,
        path: [...path.slice(prefix.length + 1), key],
        line,
        column,
      }));
      const answer = (element as { answer?: unknown } | null)?.answer;
      ingest.rejectRecord(details, answer === undefined || answer === null || (typeof answer === 'string' && answer.trim() === ''));
      continue;
    }
    if (element === null || typeof element !== 'object' || Array.isArray(element)) {
      ingest.rejectRecord([{ detail: { code: 'invalid-record', received: describeValue(element).replace(' without an "answers" array', '') }, path: [] }], false);
      continue;
    }
    const parsed = jsonAnswerSchema().safeParse(element);
    if (!parsed.success) {
      const details = parsed.error.issues.map((issue): { detail: TextIssueDetail; path: readonly (string | number)[] } => {
        const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
          return {
            detail: { code: 'invalid-field', field: issue.keys.join(', '), detail: `${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} of an answer` },
            path: issue.keys.length === 1 ? [issue.keys[0] ?? ''] : path,
          };
        }
        return { detail: { code: 'invalid-field', field: path.join('.'), detail: issue.message }, path };
      });
      const answer = (element as { answer?: unknown }).answer;
      const answerBlank = answer === undefined || answer === null || (typeof answer === 'string' && answer.trim() === '');
      ingest.rejectRecord(details, answerBlank);
      continue;
    }
    const record = parsed.data;
    ingest.pushRecord(record.organisationId, record.respondentId, record.respondentGroup ?? '', record.itemId, record.answer, record.comment ?? '');
  }
  return ingest.finish();
}

/**
 * Reads survey answers given as JSON like `parseAnswersJson`, but returns the error instead of throwing it.
 *
 * @param json - The answers: an array, `{ answers: [...] }`, or JSON text of either.
 * @param options - As for `parseAnswersJson`.
 * @returns `{ success: true, data }` with the import, or `{ success: false, error }` with the AnswersError.
 * @throws TypeError or RangeError when the options are wrong: those are programming errors, not input errors.
 * @example
 * ```ts
 * const result = safeParseAnswersJson('{"answers": 3}', { framework });
 * if (!result.success) result.error.issues[0]?.code; // 'invalid-shape'
 * ```
 * @category Assessment
 */
export function safeParseAnswersJson(json: unknown, options: ParseAnswersJsonOptions): SafeParseResult<AnswersImport, AnswersError> {
  try {
    return Object.freeze({ success: true, data: readAnswersJson(json, options, 'safeParseAnswersJson') });
  } catch (error) {
    if (error instanceof AnswersError) return Object.freeze({ success: false, error });
    throw error;
  }
}
