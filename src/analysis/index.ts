/**
 * The analyses: gaps to target, development needs, the national and regional position, shared barriers,
 * association with outcomes and change between rounds. See docs/analysis.md.
 *
 * @packageDocumentation
 */
export { analyseGaps } from './gaps.js';
export { analyseNational } from './national-analysis.js';
export { analyseOutcomes } from './associate.js';
export { analyseBarriers } from './barriers.js';
export { compareRounds } from './rounds.js';
export { analyseNeeds } from './needs.js';
export { analyseNationalPosition } from './national.js';
export { resolveTarget } from './targets.js';
export { parseOutcomes, safeParseOutcomes } from './outcomes.js';
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
  AnalyseNeedsOptions,
  AnalyseNeedsOptionsUsed,
  DevelopmentNeeds,
  LevelCount,
  ThemeDistribution,
  RegionPosition,
  ThemeStanding,
  OrganisationStanding,
  AnalyseNationalPositionOptions,
  AnalyseNationalPositionOptionsUsed,
  NationalPosition,
  BarrierMember,
  BarrierRegion,
  SharedBarrier,
  AnalyseBarriersOptions,
  AnalyseBarriersOptionsUsed,
  SharedBarriers,
  OutcomeValue,
  OutcomeSeries,
  ThemeAssociation,
  AnalyseOutcomesOptions,
  AnalyseOutcomesOptionsUsed,
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
