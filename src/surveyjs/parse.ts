import type { AnswersImport } from '../assessment/answers-import.js';
import { AnswersError } from '../assessment/errors.js';
import { AnswerIngest } from '../assessment/ingest-core.js';
import type { SafeParseResult } from '../internal/result.js';
import { readSurveyJsResults, type ParseSurveyJsResultsOptions } from './read.js';

/**
 * Reads the results of a SurveyJS survey built by `buildSurveyJsDefinition`: what SurveyJS stores per respondent
 * (`survey.data`, an object of answers keyed by question name), given as one result, an array of results, or JSON
 * Lines (one result per line), as text or as the value itself. A result may be wrapped with metadata as a database
 * keeps it, `{ "id": "r1", "createdAt": "…", "data": { … } }` (or `surveyResult` for `data`); the metadata is set
 * aside. Each result is a respondent's row of the wide CSV layout and read by exactly its rules, issue codes and
 * accounting: `organisation` is the organisation, `respondentGroup` the group, each item's question (`T1_C1`, or its
 * item id `T1.C1`) its answer, and `T1_C1-Comment` its comment; any other key is an unknown column. The respondent id
 * is the result's `respondentId`, else the wrapper's `respondentId` or `id`, else the result's position (`"1"`,
 * `"2"`, …). Values are checked here, not trusted to SurveyJS: a number must be a level of the scale, text an answer
 * the readers know; SurveyJS's `dontknow` and `none` are read as don't know and not applicable. Each issue's location
 * gives the `path` of keys to the value (and the `line` of a JSON Lines result).
 *
 * Results are untrusted input: text larger than `maxBytes`, a key given twice in one object, nesting more than 100
 * levels deep or more than 10,000 different keys are refused whole with an `AnswersError`, before any answer is read.
 *
 * @param input - The results: JSON text (one result, an array, or JSON Lines), or the value (an object or array).
 * @param options - The framework (required); optionally the known organisations, a file name, and `maxBytes` for text
 *   (default 50 MiB).
 * @returns The answers, the issues result by result and the accounting, with layout `'wide'`; deeply frozen.
 * @throws AnswersError when the results cannot be read as a whole (see docs/survey-data.md: `too-large`,
 *   `invalid-surveyjs-results`).
 * @throws TypeError or RangeError when the arguments are wrong.
 * @example
 * ```ts
 * import { effectiveCancerAllianceFramework as framework } from 'cancer-alliance-framework';
 * import { parseSurveyJsResults } from 'cancer-alliance-framework/surveyjs';
 * const result = parseSurveyJsResults([{ id: 'r1', data: { organisation: 'wessex', T1_C1: 3, T1_C2: 'dont-know' } }], { framework });
 * result.answers.map((answer) => answer.answer); // [3, 'dont-know']
 * ```
 * @category SurveyJS
 */
export function parseSurveyJsResults(input: unknown, options: ParseSurveyJsResultsOptions): AnswersImport {
  return readSurveyJsResults('parseSurveyJsResults', input, options, (core) => new AnswerIngest(core)).finish();
}

/**
 * Reads SurveyJS results like `parseSurveyJsResults`, but returns the error instead of throwing it.
 *
 * @param input - The results: JSON text (one result, an array, or JSON Lines), or the value.
 * @param options - As for `parseSurveyJsResults`.
 * @returns `{ success: true, data }` with the import, or `{ success: false, error }` with the AnswersError.
 * @throws TypeError or RangeError when the arguments are wrong: those are programming errors, not input errors.
 * @example
 * ```ts
 * const result = safeParseSurveyJsResults('{"T1_C1": 3, "T1_C1": 4}', { framework });
 * if (!result.success) result.error.issues[0]?.code; // 'invalid-surveyjs-results'
 * ```
 * @category SurveyJS
 */
export function safeParseSurveyJsResults(input: unknown, options: ParseSurveyJsResultsOptions): SafeParseResult<AnswersImport, AnswersError> {
  try {
    return Object.freeze({ success: true, data: readSurveyJsResults('safeParseSurveyJsResults', input, options, (core) => new AnswerIngest(core)).finish() });
  } catch (error) {
    if (error instanceof AnswersError) return Object.freeze({ success: false, error });
    throw error;
  }
}
