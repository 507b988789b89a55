import { requireOptions } from '../assessment/ingest-options.js';
import { resolveOptions, type ScoringOptions } from '../assessment/score.js';
import { RowScorer, type ScoredAnswers } from '../assessment/stream.js';
import { readSurveyJsResults, SURVEYJS_READ_KEYS, type ParseSurveyJsResultsOptions } from './read.js';

/**
 * Options of {@link scoreSurveyJsResults}: how to read the results, as for `parseSurveyJsResults`, and the scoring
 * settings of `scoreAnswers`, side by side.
 *
 * @category SurveyJS
 */
export interface ScoreSurveyJsResultsOptions extends ParseSurveyJsResultsOptions, ScoringOptions {}

/**
 * Reads SurveyJS results and scores them in one pass, without making an answer object for any of them, as
 * `scoreAnswersCsv` does for CSV text. The results are read by exactly the rules of `parseSurveyJsResults`, and the
 * scores equal `scoreAnswers` of the answers it accepts.
 *
 * @param input - The results: JSON text (one result, an array, or JSON Lines), or the value.
 * @param options - As for `parseSurveyJsResults`, and the scoring settings of `scoreAnswers`.
 * @returns The scores with the issues, accounting and layout of the results, deeply frozen.
 * @throws AnswersError when the results cannot be read as a whole (see `parseSurveyJsResults`).
 * @throws TypeError or RangeError when the arguments are wrong (no framework, a scoring option out of range or unknown).
 * @example
 * ```ts
 * const result = scoreSurveyJsResults([{ organisation: 'wessex', T1_C1: 3 }], { framework });
 * result.scores.organisations.map((organisation) => organisation.organisationId); // ['wessex']
 * ```
 * @category SurveyJS
 */
export function scoreSurveyJsResults(input: unknown, options: ScoreSurveyJsResultsOptions): ScoredAnswers {
  const fn = 'scoreSurveyJsResults';
  requireOptions(fn, options);
  const used = resolveOptions(fn, options, SURVEYJS_READ_KEYS);
  return readSurveyJsResults(fn, input, options, (core) => new RowScorer(fn, core)).finish(used);
}
