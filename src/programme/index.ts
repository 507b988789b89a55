// The programme model: organisations (regions, ICBs, Cancer Alliances), roles and responsibilities,
// accountability, governance rules and workflows, and the NHS calendar.

export {
  ALLIANCE_FACTS,
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
  ICB_FACTS,
  IcbIdSchema,
  IcbSchema,
  OrganisationsDataSchema,
  ProgrammeDataSchema,
  REGION_FACTS,
  RegionIdSchema,
  RegionSchema,
  ResponsibilityIdSchema,
  ResponsibilitySchema,
  RoleKindSchema,
  RoleSchema,
  RoleScopeSchema,
  RuleSetIdSchema,
  RuleSetSchema,
  SourceIdSchema,
} from './schema.js';
export type {
  AccountabilityEdge,
  AccountabilityLine,
  AccountabilityRelation,
  Alliance,
  AllianceId,
  AllianceMember,
  ArtefactKind,
  ArtefactRule,
  AssuranceRule,
  Certainty,
  ChangeRule,
  ChangeSignificance,
  DataSource,
  Icb,
  IcbId,
  OrganisationsData,
  OrganisationsDataInput,
  ProgrammeData,
  ProgrammeDataInput,
  Region,
  RegionId,
  Responsibility,
  ResponsibilityId,
  Role,
  RoleKind,
  RoleScope,
  RuleSet,
  RuleSetId,
  RuleSetInput,
  SourceId,
} from './schema.js';

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
} from './records.js';
export type {
  ActionKind,
  Actor,
  ActorInput,
  AssuranceAction,
  DeliveryAssessment,
  DeliveryPlan,
  FundingAgreement,
  HistoryEntry,
  Party,
  PlanChange,
  QuarterlyReview,
  Signature,
  Signatory,
  SignOffStatus,
} from './records.js';

export {
  FinancialYearSchema,
  QUARTERS,
  QuarterSchema,
  assuranceCalendar,
  financialYearEnd,
  financialYearOf,
  financialYearStart,
  isFinancialYear,
  parseFinancialYear,
  quarterEnd,
  quarterOf,
  quarterStart,
} from './calendar.js';
export type { AssurancePeriod, FinancialYear, Quarter } from './calendar.js';

export { ProgrammeError } from './errors.js';
export type { ProgrammeIssue, ProgrammeIssueCode, ProgrammeIssueData } from './errors.js';

export { parseOrganisations, parseProgrammeData, parseRuleSet, safeParseOrganisations, safeParseProgrammeData, safeParseRuleSet } from './parse.js';
export type { ParseProgrammeFileOptions } from './parse.js';

export { ROLE_IDS, isRoleId } from './role-ids.js';
export { programmeSources, responsibilities, responsibilitiesOf, roleById, roles, searchResponsibilities } from './roles.js';
export type { ResponsibilitiesOfOptions } from './roles.js';

export {
  allianceById,
  allianceByOnsCode,
  alliancesOfIcb,
  icbById,
  organisations,
  organisationsAt,
  regionById,
  regionOfAlliance,
} from './organisations.js';
export type { OrganisationsInForce, OrganisationsOptions } from './organisations.js';

export { describeActor } from './parties.js';
export { accountabilityChain, accountabilityEdges, accountabilityNotes } from './accountability.js';
export type { AccountabilityChain, AccountabilityChainOptions, AccountabilityLink } from './accountability.js';

export { programme2019, requiredSignatories } from './rules.js';
export type { GovernanceOptions } from './rules.js';
export type { StepInput } from './governance.js';

export { createDeliveryPlan, signDeliveryPlan, submitDeliveryPlan } from './delivery-plan.js';
export type { CreateDeliveryPlanInput } from './delivery-plan.js';
export { agreeChange, proposeChange } from './plan-changes.js';
export type { AgreeChangeInput, ProposeChangeInput } from './plan-changes.js';
export { createFundingAgreement, signFundingAgreement, submitFundingAgreement } from './funding-agreement.js';
export type { CreateFundingAgreementInput } from './funding-agreement.js';
export { agreeAction, holdBackFunding, proposeAction, recordQuarterlyReview } from './assurance.js';
export type { ActionStepInput, ProposeActionInput, RecordQuarterlyReviewInput } from './assurance.js';
