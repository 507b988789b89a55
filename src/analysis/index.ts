/**
 * The analysis: targets, gaps, positions, development needs, the national and regional position, shared
 * barriers, association with outcomes and change over time. See docs/analysis.md.
 */
export { analyseGaps } from './gaps.js';
export { analyseNational } from './national-analysis.js';
export { associateWithOutcomes } from './associate.js';
export { sharedBarriers } from './barriers.js';
export { compareRounds } from './rounds.js';
export { chooseResponsibility, developmentNeeds } from './needs.js';
export { nationalPosition } from './national.js';
export { classifyPosition, priorityBand, priorityWeight } from './positions.js';
export { resolveTarget } from './targets.js';
export { parseOutcomeSeries, safeParseOutcomeSeries } from './outcomes.js';
export { AnalysisError, type AnalysisIssue } from './errors.js';
export type {
  AnalysisMethod,
  FrameworkRef,
  RegionRef,
  RegionOf,
  RegionName,
  AnalysisContext,
  RegionSourceUsed,
  AnalysisContextUsed,
  ScoresInput,
  TargetSpec,
  TargetSpecUsed,
  TargetSource,
  ResolvedTarget,
  PriorityBand,
  PositionKind,
  WeakItem,
  WeakCondition,
  ThemePosition,
  ItemGap,
  ThemeGap,
  ToTarget,
  AnalyseGapsOptions,
  AnalyseGapsOptionsUsed,
  GapAnalysis,
  ResponsibilityRef,
  RoleRef,
  RoleLookup,
  ResponsibilityRule,
  ChosenResponsibility,
  RoleHelp,
  PeerHelp,
  NeedItem,
  DevelopmentNeed,
  NeedExclusionReason,
  DevelopmentNeedsOptions,
  DevelopmentNeedsOptionsUsed,
  DevelopmentNeeds,
  LevelCount,
  ThemeDistribution,
  RegionPosition,
  ThemeStanding,
  OrganisationStanding,
  NationalPositionOptions,
  NationalPositionOptionsUsed,
  NationalPosition,
  BarrierMember,
  BarrierRegion,
  SharedBarrier,
  SharedBarriersOptions,
  SharedBarriersOptionsUsed,
  SharedBarriers,
  OutcomeValue,
  OutcomeSeries,
  ThemeAssociation,
  AssociateWithOutcomesOptions,
  AssociateWithOutcomesOptionsUsed,
  OutcomeAssociation,
  AssessmentRound,
  CompareRoundsOptions,
  CompareRoundsOptionsUsed,
  RoundRef,
  RoundValue,
  ChangeStatus,
  RoundChange,
  OrganisationChange,
  RoundComparison,
  AnalyseNationalOptions,
  NationalAnalysis,
} from './types.js';
