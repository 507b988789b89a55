/**
 * The programme: organisations over time (NHS England regions, ICB versions, Cancer Alliances, their dated memberships
 * and announced changes), rule sets (roles, responsibilities, accountability and governance rules as data, each rule
 * with its basis), the governance workflows, the cancer standards and targets by date, and the NHS calendar. See
 * docs/programme.md.
 *
 * @packageDocumentation
 */

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
  IcbOdsCode,
  Measure,
  MeasureId,
  OrganisationsData,
  OrganisationsDataInput,
  PartyRule,
  PlannedChange,
  Predecessor,
  Region,
  RegionId,
  Responsibility,
  ResponsibilityId,
  Role,
  RoleKind,
  RoleRule,
  RoleScope,
  RuleBasis,
  RuleSet,
  RuleSetId,
  RuleSetInput,
  SourceId,
  Standard,
  StandardsData,
  StandardsDataInput,
} from './schema.js';

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
  assurancePeriodsOf,
  endOfFinancialYear,
  financialYearOf,
  startOfFinancialYear,
  isFinancialYear,
  parseFinancialYear,
  endOfFinancialQuarter,
  financialQuarterOf,
  startOfFinancialQuarter,
} from './calendar.js';
export type { AssurancePeriod, FinancialYear, Quarter } from './calendar.js';

export { ProgrammeError } from './errors.js';
export type { ProgrammeIssue, ProgrammeIssueCode, ProgrammeIssueData } from './errors.js';

export { parseOrganisations, parseRuleSet, safeParseOrganisations, safeParseRuleSet } from './parse.js';
export type { ParseProgrammeFileOptions } from './parse.js';

export { responsibilitiesOf, findRole, searchResponsibilities } from './roles.js';
export type { ResponsibilitiesOfOptions, RuleSetOptions } from './roles.js';

export { findAlliance, findAllianceByOnsCode, alliancesOfIcb, findIcb, organisationsAt, findRegion, regionOf, regionsOf, successorsOf } from './organisations.js';
export type { FindIcbOptions, OrganisationsInForce, OrganisationsOptions, RegionsOfOptions, Successor } from './organisations.js';

export { standardsAt } from './standards.js';
export type { StandardInForce, StandardsAtOptions, StandardsInForce } from './standards.js';

export { describeActor } from './parties.js';
export type { DescribeActorOptions } from './parties.js';

// The bundled data: the organisations, the 2019 rule set (its roles, responsibilities and accountability), the standards.
export { accountabilityEdges, accountabilityNotes, organisations, programme2019, programmeSources, responsibilities, roles } from './data.js';
export { accountabilityChainOf } from './accountability.js';
export type { AccountabilityChain, AccountabilityChainOfOptions, AccountabilityLink } from './accountability.js';

export { requiredSignatoriesOf } from './rules.js';
export type { GovernanceOptions, RequiredSignatoriesOfOptions } from './rules.js';
export type { StepInput } from './governance.js';

export { createDeliveryPlan, signDeliveryPlan, submitDeliveryPlan } from './delivery-plan.js';
export type { CreateDeliveryPlanInput } from './delivery-plan.js';
export { agreeChange, proposeChange } from './plan-changes.js';
export type { AgreeChangeInput, ProposeChangeInput } from './plan-changes.js';
export { createFundingAgreement, signFundingAgreement, submitFundingAgreement } from './funding-agreement.js';
export type { CreateFundingAgreementInput } from './funding-agreement.js';
export { agreeAction, holdBackFunding, proposeAction, recordQuarterlyReview } from './assurance.js';
export type { ActionStepInput, ProposeActionInput, RecordQuarterlyReviewInput } from './assurance.js';
