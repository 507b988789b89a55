export { AnswerSchema, AnswerValueSchema, OrganisationIdSchema, RespondentIdSchema } from './answer.js';
export type { Answer, AnswerValue, OrganisationId, RespondentId } from './answer.js';
export type {
  AnswersAccounting,
  AnswersImport,
  AnswersLayout,
  IngestAnswerRowsOptions,
  IngestAnswersOptions,
  ParseAnswersCsvOptions,
  ParseAnswersOptions,
} from './answers-import.js';
export { AnswersError } from './errors.js';
export type {
  AnswerIssue,
  AnswerIssueCode,
  AnswerIssueDetail,
  AnswerIssueLocation,
  CellTooLongDetail,
  CommentWithoutAnswerDetail,
  ConflictingGroupDetail,
  DuplicateAnswerDetail,
  DuplicateColumnDetail,
  DuplicateRespondentDetail,
  EmptyRequiredCellDetail,
  InvalidFieldDetail,
  InvalidJsonDetail,
  InvalidRecordDetail,
  InvalidShapeDetail,
  MalformedRowDetail,
  MalformedRowReason,
  MissingColumnDetail,
  NoHeaderDetail,
  NoItemColumnsDetail,
  RequiredAnswerField,
  TooLargeDetail,
  UndetectableLayoutDetail,
  UnknownColumnDetail,
  UnknownItemDetail,
  UnknownOrganisationDetail,
  UnrecognisedAnswerDetail,
  ValueOutsideScaleDetail,
} from './errors.js';
export { parseAnswersCsv, safeParseAnswersCsv } from './ingest-csv.js';
export { parseAnswers, safeParseAnswers } from './ingest-json.js';
export { ingestAnswerRows } from './ingest-rows.js';
export { answersCsvTemplate, surveyInstrument } from './instrument.js';
export type {
  AnswerChoice,
  AnswersCsvLayout,
  ScaleChoices,
  SurveyInstrument,
  SurveyLevel,
  SurveyQuestion,
  SurveyScale,
  SurveyTheme,
} from './instrument.js';
export { answerGridOf, scoreAnswerGrid } from './grid.js';
export type { AnswerGrid } from './grid.js';
export { scoreAssessment, scoreAssessments, scoringMethod } from './score.js';
export type { ScoreOptions } from './score.js';
export type {
  Agreement,
  AssessmentScores,
  GroupDifference,
  GroupScore,
  ItemScore,
  OrganisationScore,
  OrganisationUnscoredReason,
  ScoringOptionsUsed,
  ScoringProvenance,
  ThemeScore,
  UnscoredReason,
} from './score-types.js';
export { scoreAnswerRows, scoreAnswersCsv, scoreAnswerStream } from './stream.js';
export type { AnswerRowsScores, ScoreAnswerRowsOptions, ScoreAnswersCsvOptions } from './stream.js';
