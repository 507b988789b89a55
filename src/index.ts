/**
 * cancer-alliance-framework: the NHS Cancer Alliance self-assessment framework and Cancer Programme as typed,
 * immutable data and pure functions.
 *
 * @packageDocumentation
 */
export * from './framework/index.js';
export * from './programme/index.js';
export * from './assessment/index.js';
export {
  SYNTHETIC_COMMENT,
  syntheticAnswers,
  syntheticOutcomes,
  type SyntheticAnswersOptions,
  type SyntheticDrift,
  type SyntheticOrganisation,
  type SyntheticOutcome,
  type SyntheticOutcomesOptions,
} from './assessment/synthetic.js';
export * from './analysis/index.js';
export * from './report/index.js';
export type { IssueLocation } from './internal/error.js';
export type { SafeParseResult } from './internal/result.js';
export type { DeepReadonly } from './internal/freeze.js';
