/**
 * Every zod schema of the package's data shapes: frameworks, answers, the programme's organisations, rule sets and
 * standards, and its governance records. Each schema's output type is exported by name from the subpath of its
 * area (`Framework` from `cancer-alliance-framework/framework`, and so on). `frameworkJsonSchema` is the
 * framework file's JSON Schema, for editors and other languages.
 *
 * @packageDocumentation
 */
export {
  ConditionSchema,
  EnablerSchema,
  FrameworkIdSchema,
  FrameworkMappingSchema,
  FrameworkSchema,
  IdPatternsSchema,
  ItemIdSchema,
  LevelSchema,
  NonScoringAnswerSchema,
  ProvenanceSchema,
  RoleIdSchema,
  ScaleIdSchema,
  ScaleSchema,
  SourceSchema,
  SupportEntrySchema,
  ThemeIdSchema,
  ThemeSchema,
} from '../framework/schema.js';
export { AnswerSchema, AnswerValueSchema, OrganisationIdSchema, RespondentIdSchema } from '../assessment/answer.js';
export {
  AccountabilityEdgeSchema,
  AccountabilityLineSchema,
  AccountabilityRelationSchema,
  AllianceIdSchema,
  AllianceMemberSchema,
  AllianceSchema,
  ArtefactKindSchema,
  ArtefactRuleSchema,
  AssuranceRuleSchema,
  CertaintySchema,
  ChangeRuleSchema,
  ChangeSignificanceSchema,
  DataSourceSchema,
  FinancialYearSchema,
  IcbIdSchema,
  IcbOdsCodeSchema,
  IcbSchema,
  MeasureIdSchema,
  MeasureSchema,
  OrganisationsDataSchema,
  PartyRuleSchema,
  PlannedChangeSchema,
  PredecessorSchema,
  QuarterSchema,
  RegionIdSchema,
  RegionSchema,
  ResponsibilityIdSchema,
  ResponsibilitySchema,
  RoleKindSchema,
  RoleRuleSchema,
  RoleSchema,
  RoleScopeSchema,
  RuleBasisSchema,
  RuleSetIdSchema,
  RuleSetSchema,
  SourceIdSchema,
  StandardSchema,
  StandardsDataSchema,
} from '../programme/schema.js';
export {
  ActionKindSchema,
  ActorSchema,
  AssuranceActionSchema,
  DeliveryAssessmentSchema,
  DeliveryPlanSchema,
  FundingAgreementSchema,
  HistoryEntrySchema,
  PartySchema,
  PlanChangeSchema,
  QuarterlyReviewSchema,
  SignatureSchema,
} from '../programme/records.js';

export { frameworkJsonSchema } from './framework-json-schema.js';
