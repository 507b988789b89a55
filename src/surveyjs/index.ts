/**
 * SurveyJS: the survey as a SurveyJS survey definition, and the results SurveyJS stores read by the rules of the CSV
 * readers. Loaded only from this subpath, so that the root entry does not carry it; SurveyJS itself is not needed.
 * See docs/survey-data.md.
 *
 * @packageDocumentation
 */
export { buildSurveyJsDefinition } from './definition.js';
export type { BuildSurveyJsDefinitionOptions, SurveyJsChoice, SurveyJsDefinition, SurveyJsOrganisation, SurveyJsPage, SurveyJsQuestion } from './definition.js';
export { parseSurveyJsResults, safeParseSurveyJsResults } from './parse.js';
export type { ParseSurveyJsResultsOptions } from './read.js';
export { scoreSurveyJsResults } from './score.js';
export type { ScoreSurveyJsResultsOptions } from './score.js';
