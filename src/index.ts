/**
 * cancer-alliance-framework: the NHS Cancer Alliance self-assessment framework and Cancer Programme as typed,
 * immutable data and pure functions. This entry holds the whole job, start to finish: load a framework, read
 * answers, score, analyse, report. Everything else is one import path away, by domain:
 * `cancer-alliance-framework/framework`, `/programme`, `/assessment`, `/analysis`, `/report` and `/schemas`
 * (docs/api.md).
 *
 * @packageDocumentation
 */

// Errors: every error for bad input is a ValidationError, through one subclass per area.
export { ValidationError, type Issue, type IssueLocation } from './internal/error.js';
export type { SafeParseResult } from './internal/result.js';
export type { DeepReadonly } from './internal/freeze.js';

// 1. The framework: the reference text, or any other from YAML.
export {
  effectiveCancerAllianceFramework,
  findItem,
  findTheme,
  FrameworkError,
  lintFramework,
  parseFramework,
  safeParseFramework,
} from './framework/index.js';
export type {
  Framework,
  FrameworkIssue,
  ItemId,
  ItemRef,
  LintFrameworkOptions,
  ParseFrameworkOptions,
  Scale,
  Theme,
  ThemeId,
} from './framework/index.js';

// 2. Answers: read a survey export, every row accepted or reported.
// 3. Scores: per organisation, items, themes, agreement, respondent groups.
export {
  AnswersError,
  parseAnswersCsv,
  parseAnswersJson,
  parseAnswersStream,
  safeParseAnswersCsv,
  safeParseAnswersJson,
  scoreAnswers,
  scoreAnswersCsv,
  scoreAnswersStream,
} from './assessment/index.js';
export type {
  Answer,
  AnswerIssue,
  AnswersAccounting,
  AnswersImport,
  AssessmentScores,
  ItemScore,
  OrganisationScore,
  ParseAnswersCsvOptions,
  ParseAnswersJsonOptions,
  ParseAnswersStreamOptions,
  ScoreAnswersCsvOptions,
  ScoreAnswersOptions,
  ScoreAnswersStreamOptions,
  ScoredAnswers,
  ScoringOptions,
  ThemeScore,
} from './assessment/index.js';

// 4. Analysis: gaps, needs, the national position, shared barriers, outcomes, change between rounds.
export {
  AnalysisError,
  analyseBarriers,
  analyseGaps,
  analyseNational,
  analyseNationalPosition,
  analyseNeeds,
  analyseOutcomes,
  compareRounds,
  parseOutcomes,
  safeParseOutcomes,
} from './analysis/index.js';
export type {
  AnalyseBarriersOptions,
  AnalyseGapsOptions,
  AnalyseNationalOptions,
  AnalyseNationalPositionOptions,
  AnalyseNeedsOptions,
  AnalyseOutcomesOptions,
  AnalysisIssue,
  AssessmentRound,
  CompareRoundsOptions,
  DevelopmentNeeds,
  GapAnalysis,
  NationalAnalysis,
  NationalPosition,
  OutcomeAssociation,
  OutcomeSeries,
  RoundComparison,
  SharedBarriers,
} from './analysis/index.js';

// 5. Reports: the models, then Markdown, HTML, CSV and JSON.
export { buildReports, exportCsv, exportJson, renderHtml, renderMarkdown } from './report/index.js';
export type {
  AllianceReport,
  BuildReportsOptions,
  CsvTable,
  ExportCsvOptions,
  NationalReport,
  RenderHtmlOptions,
  Report,
  ReportRound,
  ReportSet,
} from './report/index.js';

// The programme's errors (governance steps and programme data files live in cancer-alliance-framework/programme).
export { ProgrammeError, type ProgrammeIssue } from './programme/index.js';
