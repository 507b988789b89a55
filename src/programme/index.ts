/**
 * The programme: organisations over time (NHS England regions, ICBs, Cancer Alliances), roles and
 * responsibilities, accountability, the governance rules and workflows, and the NHS calendar. See
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

export { parseOrganisations, parseProgrammeData, parseRuleSet, safeParseOrganisations, safeParseProgrammeData, safeParseRuleSet } from './parse.js';
export type { ParseProgrammeFileOptions, ParseRuleSetOptions } from './parse.js';

export { responsibilitiesOf, findRole, searchResponsibilities } from './roles.js';
export type { ResponsibilitiesOfOptions } from './roles.js';

export { findAlliance, findAllianceByOnsCode, alliancesOfIcb, findIcb, organisationsAt, findRegion, regionOf } from './organisations.js';
export type { OrganisationsInForce, OrganisationsOptions } from './organisations.js';

export { describeActor } from './parties.js';

// The bundled data: the organisations, the 2019 paper's roles, responsibilities and accountability, its rule set.
export { accountabilityEdges, accountabilityNotes, organisations, programme2019, programmeSources, responsibilities, roles } from './data.js';
export { accountabilityChainOf } from './accountability.js';
export type { AccountabilityChain, AccountabilityChainOfOptions, AccountabilityLink } from './accountability.js';

export { requiredSignatoriesOf } from './rules.js';
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
