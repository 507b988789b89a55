/**
 * Answers and scoring: read survey exports (CSV text, JSON, a stream), score them by the documented method, build
 * the survey instrument and blank templates, and generate a synthetic sample.
 *
 * @packageDocumentation
 */
export type { Answer, AnswerValue, OrganisationId, RespondentId } from './answer.js';
export type {
  AnswerColumns,
  AnswersAccounting,
  AnswersEncoding,
  AnswersImport,
  AnswersLayout,
  AnswersNotice,
  IngestAnswersOptions,
  ParseAnswersCsvOptions,
  ParseAnswersJsonOptions,
  ParseAnswersStreamOptions,
} from './answers-import.js';
export type { AnswerSpellings } from './answer-spellings.js';
export type { KnownOrganisation, OrganisationNameRead, OrganisationsOption } from './organisation-check.js';
export { AnswersError } from './errors.js';
export type {
  AnswerIssue,
  AnswerIssueCode,
  AnswerIssueDetail,
  CellTooLongDetail,
  CommentWithoutAnswerDetail,
  ConflictingGroupDetail,
  DuplicateAnswerDetail,
  DuplicateColumnDetail,
  DuplicateKeyDetail,
  DuplicateRespondentDetail,
  EmptyRequiredCellDetail,
  EncodingDetectedDetail,
  EncodingReason,
  EncryptedWorkbookDetail,
  ExternalLinkDetail,
  HiddenColumnDetail,
  HiddenRowDetail,
  InflationLimitDetail,
  InvalidEncodingDetail,
  InvalidFieldDetail,
  InvalidJsonDetail,
  InvalidRecordDetail,
  InvalidShapeDetail,
  InvalidSurveyJsResultsDetail,
  InvalidWorkbookDetail,
  MacroWorkbookDetail,
  MalformedRowDetail,
  MalformedRowReason,
  MissingColumnDetail,
  NoHeaderDetail,
  NoItemColumnsDetail,
  NotAWorkbookDetail,
  RequiredAnswerField,
  RowAboveHeaderDetail,
  SheetNotFoundDetail,
  SimilarIdDetail,
  SurveyJsResultsProblem,
  TooDeepDetail,
  TooLargeDetail,
  TooManyCellsDetail,
  TooManyIssuesDetail,
  TooManyRowsDetail,
  TooManySheetsDetail,
  UndetectableLayoutDetail,
  UnknownColumnDetail,
  UnknownItemDetail,
  UnknownOrganisationDetail,
  UnrecognisedAnswerDetail,
  ValueOutsideScaleDetail,
  WorkbookIssueDetail,
  XmlDoctypeDetail,
  ZipBombDetail,
} from './errors.js';
export { parseAnswersCsv, safeParseAnswersCsv } from './ingest-csv.js';
export { parseAnswersJson, safeParseAnswersJson } from './ingest-json.js';
export { parseAnswersStream } from './ingest-stream.js';
export { buildSurveyInstrument, exportAnswersTemplateCsv } from './instrument.js';
export type {
  AnswerChoice,
  AnswersCsvLayout,
  ExportAnswersTemplateCsvOptions,
  ScaleChoices,
  SurveyInstrument,
  SurveyLevel,
  SurveyQuestion,
  SurveyScale,
  SurveyTheme,
} from './instrument.js';
export { scoreAnswers, scoringMethod } from './score.js';
export type { ScoreAnswersOptions, ScoringOptions } from './score.js';
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
export { scoringSql } from './score-sql.js';
export type { ScoringSql, ScoringSqlColumns, ScoringSqlDialect, ScoringSqlOptions } from './score-sql.js';
export { scoreAnswersCsv, scoreAnswersStream } from './stream.js';
export type { ScoreAnswersCsvOptions, ScoreAnswersStreamOptions, ScoredAnswers } from './stream.js';
export { generateSyntheticAnswers, generateSyntheticOutcomes } from './synthetic.js';
export type { GenerateSyntheticAnswersOptions, GenerateSyntheticOutcomesOptions, SyntheticDrift, SyntheticOrganisation, SyntheticOutcome } from './synthetic.js';
