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
export { nonHelpResponsibilityIds } from './programme-links.js';
export { parseOutcomes, safeParseOutcomes, type ParseOutcomesOptions } from './outcomes.js';
export { parseOutcomesCsv, safeParseOutcomesCsv, type ParseOutcomesCsvOptions } from './outcomes-csv.js';
export { AnalysisError, type AnalysisIssue, type AnalysisIssueCode, type AnalysisIssueData } from './errors.js';
export type { AnalysisMethod, FrameworkRef, RegionRef, RegionOf, RegionName, AnalysisContext, RegionSourceUsed, AnalysisContextUsed, ScoresInput } from './context.js';
export type { TargetSpec, TargetSpecUsed, TargetSource, ResolvedTarget } from './targets.js';
export type { PriorityBand, PositionKind, WeakItem, WeakCondition } from './positions.js';
export type { ThemePosition, ItemGap, ThemeGap, ToTarget, AnalyseGapsOptions, AnalyseGapsOptionsUsed, GapAnalysis } from './gaps.js';
export type {
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
} from './needs.js';
export type {
  LevelCount,
  ThemeDistribution,
  RegionPosition,
  ThemeStanding,
  OrganisationStanding,
  AnalyseNationalPositionOptions,
  AnalyseNationalPositionOptionsUsed,
  NationalPosition,
} from './national.js';
export type { BarrierMember, BarrierRegion, SharedBarrier, AnalyseBarriersOptions, AnalyseBarriersOptionsUsed, SharedBarriers } from './barriers.js';
export type { OutcomeValue, OutcomeSeries } from './outcomes.js';
export type { ThemeAssociation, AnalyseOutcomesOptions, AnalyseOutcomesOptionsUsed, OutcomeAssociation, OutcomeStandard, OutcomeStandardComparison } from './associate.js';
export type {
  AssessmentRound,
  CompareRoundsOptions,
  CompareRoundsOptionsUsed,
  RoundRef,
  RoundValue,
  ChangeStatus,
  RoundChange,
  ChangeInterval,
  OrganisationChange,
  RoundComparison,
} from './rounds.js';
export type { AnalyseNationalOptions, NationalAnalysis } from './national-analysis.js';
