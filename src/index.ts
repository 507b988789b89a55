/**
 * cancer-alliance-framework: the NHS Cancer Alliance self-assessment framework and Cancer Programme as typed,
 * immutable data and pure functions. This entry holds the whole job, start to finish: load a framework, read
 * answers, score, analyse, report. Everything else is one import path away, by domain:
 * `cancer-alliance-framework/framework`, `/programme`, `/assessment`, `/analysis`, `/report` and `/schemas`
 * (docs/api.md).
 *
 * @packageDocumentation
 */

// The names come from the modules that define them, not from the areas' barrels (./framework/index.ts, …): the same
// functions as the subpaths export, but a build with shared chunks then gives this entry only the code it needs.

// Errors: every error for bad input is a ValidationError, through one subclass per area.
export { ValidationError, type Issue, type IssueLocation } from './internal/error.js';
export type { SafeParseResult } from './internal/result.js';
export type { DeepReadonly } from './internal/freeze.js';

// 1. The framework: the reference text, or any other from YAML.
export { FrameworkError } from './framework/errors.js';
export { lintFramework } from './framework/lint.js';
export { findItem, findTheme } from './framework/lookup.js';
export { parseFramework, safeParseFramework } from './framework/parse.js';
export { effectiveCancerAllianceFramework } from './framework/reference.js';
export type { Framework, FrameworkIssue, ItemId, ItemRef, LintFrameworkOptions, ParseFrameworkOptions, Scale, Theme, ThemeId } from './framework/index.js';

// 2. Answers: read a survey export, every row accepted or reported.
// 3. Scores: per organisation, items, themes, agreement, respondent groups.
export { AnswersError } from './assessment/errors.js';
export { parseAnswersCsv, safeParseAnswersCsv } from './assessment/ingest-csv.js';
export { parseAnswersJson, safeParseAnswersJson } from './assessment/ingest-json.js';
export { parseAnswersStream } from './assessment/ingest-stream.js';
export { scoreAnswers } from './assessment/score.js';
export { scoreAnswersCsv, scoreAnswersStream } from './assessment/stream.js';
export type {
  Answer,
  AnswerIssue,
  AnswersAccounting,
  AnswersImport,
  AnswersNotice,
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
export { AnalysisError } from './analysis/errors.js';
export { analyseOutcomes } from './analysis/associate.js';
export { analyseBarriers } from './analysis/barriers.js';
export { analyseGaps } from './analysis/gaps.js';
export { analyseNational } from './analysis/national-analysis.js';
export { analyseNationalPosition } from './analysis/national.js';
export { analyseNeeds } from './analysis/needs.js';
export { parseOutcomes, safeParseOutcomes, type ParseOutcomesOptions } from './analysis/outcomes.js';
export { parseOutcomesCsv, safeParseOutcomesCsv, type ParseOutcomesCsvOptions } from './analysis/outcomes-csv.js';
export { compareRounds } from './analysis/rounds.js';
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
export { buildReports } from './report/build.js';
export { exportCsv } from './report/csv.js';
export { renderHtml } from './report/html.js';
export { exportJson } from './report/json.js';
export { renderMarkdown } from './report/markdown.js';
export type { AllianceReport, BuildReportsOptions, CsvTable, ExportCsvOptions, NationalReport, RenderHtmlOptions, Report, ReportRound, ReportSet } from './report/index.js';

// The programme's errors (governance steps and programme data files live in cancer-alliance-framework/programme).
export { ProgrammeError, type ProgrammeIssue } from './programme/errors.js';
