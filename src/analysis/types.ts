import type { Framework, FrameworkId, ItemId, RoleId, ThemeId } from '../framework/schema.js';
import type { ItemKind } from '../framework/lookup.js';
import type { OrganisationId } from '../assessment/answer.js';
import type { AssessmentScores, OrganisationScore } from '../assessment/score-types.js';

// ---------------------------------------------------------------------------------------------
// Shared shapes
// ---------------------------------------------------------------------------------------------

/**
 * The method that produced an analysis result, with every option it used (defaults filled in),
 * so that the result can be reproduced.
 *
 * @category Analysis
 */
export interface AnalysisMethod<O> {
  /** A stable id of the method, e.g. `"analysis.gaps"`. */
  readonly id: string;
  /** The version of the method's rules; it changes when a rule changes. */
  readonly version: string;
  /** The options used, defaults filled in. */
  readonly options: O;
}

/**
 * The framework a result was computed against.
 *
 * @category Analysis
 */
export interface FrameworkRef {
  readonly id: FrameworkId;
  readonly version: string;
}

/**
 * A region, as named in results. Organisations without a region are grouped under `null` ("no region").
 *
 * @category Analysis
 */
export interface RegionRef {
  readonly id: string;
  readonly name: string;
}

/**
 * Finds the region of an organisation: a region id, or null when the organisation is in no known region.
 *
 * @category Analysis
 */
export type RegionOf = (organisationId: string) => string | null;

/**
 * Names a region from its id.
 *
 * @category Analysis
 */
export type RegionName = (regionId: string) => string;

/**
 * The context shared by every analysis: the framework the scores were computed with, where each
 * organisation sits, and the targets that apply.
 *
 * @category Analysis
 */
export interface AnalysisContext {
  /** The framework the scores were computed with (its id and version must match the scores'). */
  readonly framework: Framework;
  /**
   * The region of each organisation. Defaults to the programme model: an alliance id resolves to its
   * NHS England region; any other id to null ("no region").
   */
  readonly regionOf?: RegionOf | undefined;
  /** The name of each region. Defaults to the programme model's region names, else the region id. */
  readonly regionName?: RegionName | undefined;
  /** Targets that override the framework's default target. */
  readonly targets?: TargetSpec | undefined;
}

/**
 * How the region lookup of a result was made: by the programme model or by a caller's function.
 *
 * @category Analysis
 */
export type RegionSourceUsed = 'programme' | 'custom';

/**
 * The context options as recorded in a result's `method.options`: functions are named, not copied.
 *
 * @category Analysis
 */
export interface AnalysisContextUsed {
  readonly regions: RegionSourceUsed;
  readonly targets: TargetSpecUsed;
}

/**
 * The scores an analysis of many organisations takes: a whole `AssessmentScores`, or a list of
 * organisation scores.
 *
 * @category Analysis
 */
export type ScoresInput = AssessmentScores | readonly OrganisationScore[];

// ---------------------------------------------------------------------------------------------
// Targets (issue 5, part 1)
// ---------------------------------------------------------------------------------------------

/**
 * Targets that override the framework's default target. Resolution goes from the most specific to the
 * least: organisation and theme, organisation, region, theme, national, framework default.
 *
 * @category Analysis
 */
export interface TargetSpec {
  /** One target for every organisation and theme. */
  readonly national?: number | undefined;
  /** A national target per theme id. */
  readonly byTheme?: Readonly<Record<string, number>> | undefined;
  /** A target per region id, for every theme of the region's organisations. */
  readonly byRegion?: Readonly<Record<string, number>> | undefined;
  /** A target per organisation id, for every theme of that organisation. */
  readonly byOrganisation?: Readonly<Record<string, number>> | undefined;
  /** A target per organisation id and theme id. */
  readonly byOrganisationTheme?: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined;
}

/**
 * A target spec as recorded in a result: every level present, empty when not given.
 *
 * @category Analysis
 */
export interface TargetSpecUsed {
  readonly national: number | null;
  readonly byTheme: Readonly<Record<string, number>>;
  readonly byRegion: Readonly<Record<string, number>>;
  readonly byOrganisation: Readonly<Record<string, number>>;
  readonly byOrganisationTheme: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/**
 * Where a resolved target came from.
 *
 * @category Analysis
 */
export type TargetSource = 'framework-default' | 'national' | 'theme' | 'region' | 'organisation' | 'organisation-theme';

/**
 * A target for one organisation and theme, with where it came from.
 *
 * @category Analysis
 */
export interface ResolvedTarget {
  readonly value: number;
  readonly source: TargetSource;
}

// ---------------------------------------------------------------------------------------------
// Gaps and positions (issue 5, parts 2 and 3)
// ---------------------------------------------------------------------------------------------

/**
 * The priority band of a shortfall: high (>= 1), medium (>= 0.5), low (> 0), none (0).
 *
 * @category Analysis
 */
export type PriorityBand = 'high' | 'medium' | 'low' | 'none';

/**
 * Where a theme stands, from its Conditions of Success (behaviours, the "what") and its Enabling
 * Factors (the "how") against the target.
 *
 * - `strength`: both at or above target;
 * - `behaviours-lagging`: enablers at or above, behaviours below;
 * - `fragile`: behaviours at or above, enablers below;
 * - `foundational-gap`: both below.
 *
 * @category Analysis
 */
export type PositionKind = 'strength' | 'behaviours-lagging' | 'fragile' | 'foundational-gap';

/**
 * An item below target, with its score and shortfall.
 *
 * @category Analysis
 */
export interface WeakItem {
  readonly itemId: ItemId;
  readonly score: number;
  readonly shortfall: number;
}

/**
 * A Condition of Success below target and the Enabling Factors below target that the framework links
 * to it (`enables`).
 *
 * @category Analysis
 */
export interface WeakCondition extends WeakItem {
  /** Enablers that `enables` this condition and score below target, in framework order. */
  readonly weakEnablers: readonly WeakItem[];
  /** Enablers that `enables` this condition but have no score: whether they are weak is not known. */
  readonly unscoredEnablers: readonly ItemId[];
}

/**
 * The position of one theme of one organisation.
 *
 * @category Analysis
 */
export interface ThemePosition {
  /** Null when the conditions score or the enablers score is null. */
  readonly kind: PositionKind | null;
  readonly conditionsScore: number | null;
  readonly enablersScore: number | null;
  readonly target: number;
  /** The conditions below target, in framework order, each with the weak enablers behind it. */
  readonly weakConditions: readonly WeakCondition[];
}

/**
 * The gap of one item of one organisation.
 *
 * @category Analysis
 */
export interface ItemGap {
  readonly itemId: ItemId;
  readonly themeId: ThemeId;
  readonly kind: ItemKind;
  readonly score: number | null;
  readonly level: number | null;
  /** The item's target is its theme's target. */
  readonly target: ResolvedTarget;
  /** target - score; null when the item is unscored. */
  readonly gap: number | null;
  /** max(0, gap); null when unscored. */
  readonly shortfall: number | null;
  /** (1 + shortfall)^2 - 1; null when unscored. */
  readonly priorityWeight: number | null;
  readonly band: PriorityBand | null;
}

/**
 * The gap of one theme of one organisation, with its position and its items' gaps.
 *
 * @category Analysis
 */
export interface ThemeGap {
  readonly themeId: ThemeId;
  readonly title: string;
  readonly score: number | null;
  readonly conditionsScore: number | null;
  readonly enablersScore: number | null;
  readonly level: number | null;
  readonly coverage: number;
  /** False when the theme's evidence is insufficient: the gap is shown but is not a finding. */
  readonly sufficient: boolean;
  readonly target: ResolvedTarget;
  readonly gap: number | null;
  readonly shortfall: number | null;
  readonly priorityWeight: number | null;
  readonly band: PriorityBand | null;
  readonly position: ThemePosition;
  readonly items: readonly ItemGap[];
}

/**
 * Percentage to target: 1 - (sum of shortfalls) / (sum of targets), over the sufficient, scored themes.
 *
 * @category Analysis
 */
export interface ToTarget {
  /** A fraction in [0, 1]; null when no theme counts or the sum of targets is not positive. */
  readonly fraction: number | null;
  /** fraction x 100; null with it. */
  readonly percentage: number | null;
  readonly sumShortfall: number;
  readonly sumTargets: number;
  /** The themes counted (sufficient and scored), in framework order. */
  readonly themesCounted: readonly ThemeId[];
  /** The themes left out (insufficient or unscored), in framework order. */
  readonly themesExcluded: readonly ThemeId[];
}

/**
 * Options of {@link analyseGaps}.
 *
 * @category Analysis
 */
export interface AnalyseGapsOptions extends AnalysisContext {}

/**
 * The options {@link analyseGaps} used, as recorded in its result.
 *
 * @category Analysis
 */
export interface AnalyseGapsOptionsUsed extends AnalysisContextUsed {}

/**
 * The gaps of one organisation, theme by theme and item by item, with percentage to target.
 *
 * @category Analysis
 */
export interface GapAnalysis {
  readonly kind: 'gap-analysis';
  readonly method: AnalysisMethod<AnalyseGapsOptionsUsed>;
  readonly framework: FrameworkRef;
  readonly organisationId: OrganisationId;
  readonly region: RegionRef | null;
  readonly themes: readonly ThemeGap[];
  readonly toTarget: ToTarget;
}

// ---------------------------------------------------------------------------------------------
// Development needs (issue 5, part 4)
// ---------------------------------------------------------------------------------------------

/**
 * A responsibility statement of a programme role (as the programme model gives it).
 *
 * @category Analysis
 */
export interface ResponsibilityRef {
  readonly id: string;
  /** The emphasised phrase that opens the statement. */
  readonly phrase: string;
  readonly text: string;
}

/**
 * A programme role as the analysis needs it: its name and responsibilities.
 *
 * @category Analysis
 */
export interface RoleRef {
  readonly name: string;
  readonly responsibilities: readonly ResponsibilityRef[];
}

/**
 * Finds a programme role by id; null when the role is unknown.
 *
 * @category Analysis
 */
export type RoleLookup = (roleId: string) => RoleRef | null;

/**
 * How a role's responsibility was chosen for a need: by the keyword match with the theme, or as the
 * role's first responsibility when no keyword matched.
 *
 * @category Analysis
 */
export type ResponsibilityRule = 'keyword-match' | 'first-responsibility';

/**
 * The responsibility that makes a role the right one to help with a need.
 *
 * @category Analysis
 */
export interface ChosenResponsibility extends ResponsibilityRef {
  readonly rule: ResponsibilityRule;
  /** The theme keywords found in the responsibility, in theme-text order; empty for `first-responsibility`. */
  readonly matchedKeywords: readonly string[];
}

/**
 * A programme role that the framework names for a theme, and why it can help.
 *
 * @category Analysis
 */
export interface RoleHelp {
  readonly roleId: RoleId;
  /** Null when the role is unknown to the role lookup. */
  readonly roleName: string | null;
  /** Null when the role is unknown or has no responsibilities. */
  readonly responsibility: ChosenResponsibility | null;
}

/**
 * A peer organisation at or above its target on the same theme.
 *
 * @category Analysis
 */
export interface PeerHelp {
  readonly organisationId: OrganisationId;
  readonly region: RegionRef | null;
  readonly sameRegion: boolean;
  readonly score: number;
  readonly target: ResolvedTarget;
}

/**
 * One of the lowest-scoring items of a need.
 *
 * @category Analysis
 */
export interface NeedItem {
  readonly itemId: ItemId;
  readonly kind: ItemKind;
  readonly text: string;
  readonly score: number;
  readonly shortfall: number;
}

/**
 * A priority development need of one organisation: a theme with a shortfall of at least `minShortfall`.
 *
 * @category Analysis
 */
export interface DevelopmentNeed {
  /** 1 = most urgent. */
  readonly rank: number;
  readonly themeId: ThemeId;
  readonly title: string;
  readonly score: number;
  readonly conditionsScore: number | null;
  readonly enablersScore: number | null;
  readonly target: ResolvedTarget;
  readonly shortfall: number;
  readonly priorityWeight: number;
  readonly band: PriorityBand;
  readonly position: PositionKind | null;
  /** Conditions below target and the weak enablers behind them. */
  readonly weakConditions: readonly WeakCondition[];
  /** Up to `maxItems` scored items, lowest first (enablers first when the position points to enablers). */
  readonly lowestItems: readonly NeedItem[];
  /** The theme's "what good looks like" statement: what to aim at. */
  readonly aimAt: string;
  /** Programme roles the framework names for the theme (`supportedBy`), in that order. */
  readonly roles: readonly RoleHelp[];
  /** Peers at or above target on the theme: same region first, then score descending, then id. */
  readonly peers: readonly PeerHelp[];
}

/**
 * Why a theme was not considered for development needs.
 *
 * @category Analysis
 */
export type NeedExclusionReason = 'insufficient' | 'unscored';

/**
 * Options of {@link analyseNeeds}.
 *
 * @category Analysis
 */
export interface AnalyseNeedsOptions extends AnalysisContext {
  /** Other organisations' scores, to find peers at or above target. Default: none. */
  readonly peers?: readonly OrganisationScore[] | AssessmentScores | undefined;
  /** Programme roles by id. Default: the programme model. */
  readonly roles?: RoleLookup | undefined;
  /** A theme is a need when its shortfall is at least this. Default 0.5. */
  readonly minShortfall?: number | undefined;
  /** The most lowest-scoring items listed per need. Default 3. */
  readonly maxItems?: number | undefined;
  /** The most peers listed per need. Default 5. */
  readonly maxPeers?: number | undefined;
}

/**
 * The options {@link analyseNeeds} used, as recorded in its result.
 *
 * @category Analysis
 */
export interface AnalyseNeedsOptionsUsed extends AnalysisContextUsed {
  readonly roles: 'programme' | 'custom';
  readonly peers: number;
  readonly minShortfall: number;
  readonly maxItems: number;
  readonly maxPeers: number;
}

/**
 * The priority development needs of one organisation, most urgent first.
 *
 * @category Analysis
 */
export interface DevelopmentNeeds {
  readonly kind: 'development-needs';
  readonly method: AnalysisMethod<AnalyseNeedsOptionsUsed>;
  readonly framework: FrameworkRef;
  readonly organisationId: OrganisationId;
  readonly region: RegionRef | null;
  readonly needs: readonly DevelopmentNeed[];
  /** Themes left out because their evidence is insufficient or they have no score, in framework order. */
  readonly excludedThemes: readonly { readonly themeId: ThemeId; readonly reason: NeedExclusionReason }[];
}

// ---------------------------------------------------------------------------------------------
// National and regional position (issue 5, part 5)
// ---------------------------------------------------------------------------------------------

/**
 * The count of organisations at one level of a theme's scale.
 *
 * @category Analysis
 */
export interface LevelCount {
  readonly value: number;
  readonly label: string;
  readonly count: number;
}

/**
 * The distribution of one theme's sufficient scores over a set of organisations. Every figure is over
 * the same `n` organisations.
 *
 * @category Analysis
 */
export interface ThemeDistribution {
  readonly themeId: ThemeId;
  readonly title: string;
  /** Organisations with a sufficient score on the theme: every figure below is over these. */
  readonly n: number;
  /** Organisations in the set whose theme score is insufficient or missing. */
  readonly excluded: number;
  readonly mean: number | null;
  readonly median: number | null;
  /** First quartile (R type 7); null when n < `minQuartileN`. */
  readonly q1: number | null;
  /** Third quartile (R type 7); null when n < `minQuartileN`. */
  readonly q3: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Sample standard deviation; null when n < 2. */
  readonly sd: number | null;
  /** Standard error of the mean, sd / sqrt(n); null when n < 2. */
  readonly standardError: number | null;
  /**
   * Decimal places these figures can honestly be shown to: the first decimal place the standard error
   * reaches, between 0 and 2 (1 when the standard error is null or 0).
   */
  readonly decimals: number;
  /** One entry per level of the theme's scale, lowest first. */
  readonly levels: readonly LevelCount[];
  readonly belowTarget: number;
  readonly atOrAboveTarget: number;
  /** Plain-words warnings about what these figures can bear. */
  readonly caveats: readonly string[];
}

/**
 * The position of the organisations in one region (or in no region, `region: null`).
 *
 * @category Analysis
 */
export interface RegionPosition {
  readonly region: RegionRef | null;
  /** The organisations of the region in the input, by id. */
  readonly organisations: readonly OrganisationId[];
  readonly themes: readonly ThemeDistribution[];
}

/**
 * One organisation's standing on one theme.
 *
 * @category Analysis
 */
export interface ThemeStanding {
  readonly themeId: ThemeId;
  readonly score: number | null;
  readonly sufficient: boolean;
  /** Competition rank among the sufficient scores (1 = highest; ties share the best rank); null when not ranked. */
  readonly rank: number | null;
  /** The number of organisations ranked on the theme. */
  readonly outOf: number;
  /** score - national median; null when not ranked. */
  readonly distanceFromMedian: number | null;
  readonly target: ResolvedTarget;
  /** Null when not ranked. */
  readonly belowTarget: boolean | null;
}

/**
 * One organisation's standing on every theme.
 *
 * @category Analysis
 */
export interface OrganisationStanding {
  readonly organisationId: OrganisationId;
  readonly region: RegionRef | null;
  readonly themes: readonly ThemeStanding[];
}

/**
 * Options of {@link analyseNationalPosition}.
 *
 * @category Analysis
 */
export interface AnalyseNationalPositionOptions extends AnalysisContext {
  /** Quartiles are null when fewer than this many values. Default 4. */
  readonly minQuartileN?: number | undefined;
  /** A caveat about small numbers is added when n is below this. Default 10. */
  readonly smallN?: number | undefined;
}

/**
 * The options {@link analyseNationalPosition} used, as recorded in its result.
 *
 * @category Analysis
 */
export interface AnalyseNationalPositionOptionsUsed extends AnalysisContextUsed {
  readonly minQuartileN: number;
  readonly smallN: number;
}

/**
 * The national and regional position: per theme distributions, per region distributions and each
 * organisation's rank and distance from the national median.
 *
 * @category Analysis
 */
export interface NationalPosition {
  readonly kind: 'national-position';
  readonly method: AnalysisMethod<AnalyseNationalPositionOptionsUsed>;
  readonly framework: FrameworkRef;
  /** The number of organisations in the input. */
  readonly organisations: number;
  readonly themes: readonly ThemeDistribution[];
  /** Regions by name; the "no region" group (region null) last. */
  readonly regions: readonly RegionPosition[];
  /** Organisations by id. */
  readonly standings: readonly OrganisationStanding[];
}

// ---------------------------------------------------------------------------------------------
// Shared barriers (issue 5, part 6)
// ---------------------------------------------------------------------------------------------

/**
 * An organisation that shares a barrier.
 *
 * @category Analysis
 */
export interface BarrierMember {
  readonly organisationId: OrganisationId;
  readonly score: number;
  readonly shortfall: number;
}

/**
 * The organisations of one region (or of no region) that share a barrier.
 *
 * @category Analysis
 */
export interface BarrierRegion {
  readonly region: RegionRef | null;
  readonly organisations: readonly BarrierMember[];
}

/**
 * A barrier that many organisations share: an item (or theme) with a shortfall of at least
 * `barrierShortfall` in at least `commonShare` of the organisations that scored it, and in at least
 * `commonMinCount` of them.
 *
 * @category Analysis
 */
export interface SharedBarrier {
  /** 1 = most prevalent. */
  readonly rank: number;
  readonly level: 'item' | 'theme';
  /** The item id (item level) or the theme id (theme level). */
  readonly id: string;
  readonly themeId: ThemeId;
  /** The item's kind; null at theme level. */
  readonly kind: ItemKind | null;
  /** The item's text or the theme's title. */
  readonly text: string;
  /** Organisations for which it is a barrier. */
  readonly sharing: number;
  /** Organisations that scored it with sufficient evidence. */
  readonly scored: number;
  /** sharing / scored. */
  readonly prevalence: number;
  /** Mean shortfall over the sharing organisations. */
  readonly meanShortfall: number;
  /** Sharing organisations by region (regions by name, "no region" last; organisations by id). */
  readonly byRegion: readonly BarrierRegion[];
}

/**
 * Options of {@link analyseBarriers}.
 *
 * @category Analysis
 */
export interface AnalyseBarriersOptions extends AnalysisContext {
  /** An item or theme is a barrier for an organisation when its shortfall is at least this. Default 1. */
  readonly barrierShortfall?: number | undefined;
  /** A barrier is common when at least this share of the organisations that scored it share it. Default 1/3. */
  readonly commonShare?: number | undefined;
  /** ... and at least this many share it. Default 3. */
  readonly commonMinCount?: number | undefined;
}

/**
 * The options {@link analyseBarriers} used, as recorded in its result.
 *
 * @category Analysis
 */
export interface AnalyseBarriersOptionsUsed extends AnalysisContextUsed {
  readonly barrierShortfall: number;
  readonly commonShare: number;
  readonly commonMinCount: number;
}

/**
 * The barriers that many organisations share, at item level and at theme level.
 *
 * @category Analysis
 */
export interface SharedBarriers {
  readonly kind: 'shared-barriers';
  readonly method: AnalysisMethod<AnalyseBarriersOptionsUsed>;
  readonly framework: FrameworkRef;
  readonly organisations: number;
  /** Common item barriers, ranked. */
  readonly items: readonly SharedBarrier[];
  /** Common theme barriers, ranked. */
  readonly themes: readonly SharedBarrier[];
}

// ---------------------------------------------------------------------------------------------
// Association with delivery (issue 5, part 7)
// ---------------------------------------------------------------------------------------------

/**
 * One organisation's value of an outcome measure.
 *
 * @category Analysis
 */
export interface OutcomeValue {
  readonly organisationId: string;
  readonly value: number;
}

/**
 * An outcome measure per organisation (e.g. Faster Diagnosis Standard performance), with its label and
 * source. The library ships no performance figures: the caller supplies them.
 *
 * @category Analysis
 */
export interface OutcomeSeries {
  readonly name: string;
  readonly unit?: string | undefined;
  readonly source?: string | undefined;
  readonly values: readonly OutcomeValue[];
}

/**
 * The association between one theme's scores and the outcome.
 *
 * @category Analysis
 */
export interface ThemeAssociation {
  readonly themeId: ThemeId;
  readonly title: string;
  /** Organisations with both a sufficient theme score and an outcome value. */
  readonly n: number;
  /** Spearman's rank correlation (average ranks for ties); null when n < 3 or either side is constant. */
  readonly rho: number | null;
  /** Two-sided permutation p-value; null with rho. */
  readonly pValue: number | null;
  /** A plain-words caveat when n is small or rho cannot be computed; null otherwise. */
  readonly caveat: string | null;
}

/**
 * Options of {@link analyseOutcomes}.
 *
 * @category Analysis
 */
export interface AnalyseOutcomesOptions extends AnalysisContext {
  /** The outcome measure: a name, an optional unit and source, and one value per organisation. Required. */
  readonly outcomes: OutcomeSeries;
  /** The number of random permutations for the p-value. Default 10,000. */
  readonly permutations?: number | undefined;
  /** The seed of the random generator (a 32-bit unsigned integer). Default 20230401. */
  readonly seed?: number | undefined;
  /** A small-sample caveat is given when n is below this. Default 10. */
  readonly smallN?: number | undefined;
}

/**
 * The options {@link analyseOutcomes} used, as recorded in its result.
 *
 * @category Analysis
 */
export interface AnalyseOutcomesOptionsUsed extends AnalysisContextUsed {
  readonly permutations: number;
  readonly seed: number;
  readonly smallN: number;
  readonly generator: 'mulberry32';
}

/**
 * The association of each theme's scores with an outcome measure.
 *
 * @category Analysis
 */
export interface OutcomeAssociation {
  readonly kind: 'outcome-association';
  readonly method: AnalysisMethod<AnalyseOutcomesOptionsUsed>;
  readonly framework: FrameworkRef;
  readonly outcome: {
    readonly name: string;
    readonly unit: string | null;
    readonly source: string | null;
    /** The number of outcome values given. */
    readonly values: number;
  };
  readonly themes: readonly ThemeAssociation[];
  /** Organisations with an outcome value but no scores, by id. */
  readonly outcomesWithoutScores: readonly string[];
  /** Scored organisations with no outcome value, by id. */
  readonly scoresWithoutOutcomes: readonly OrganisationId[];
}

// ---------------------------------------------------------------------------------------------
// Change over time (issue 5, part 8)
// ---------------------------------------------------------------------------------------------

/**
 * One round of the assessment: its scores, labelled with its date and NHS financial year.
 *
 * @category Analysis
 */
export interface AssessmentRound {
  readonly label: string;
  /** ISO date, `yyyy-mm-dd`. */
  readonly date: string;
  /** NHS financial year of the date, e.g. `"2022/23"` (April to March). */
  readonly financialYear: string;
  readonly scores: AssessmentScores;
}

/**
 * Options of {@link compareRounds}.
 *
 * @category Analysis
 */
export interface CompareRoundsOptions {
  /** Earlier item id to later item id; null when the item was dropped. Unlisted ids match the same id. */
  readonly itemMapping?: Readonly<Record<string, string | null>> | undefined;
  /** Earlier theme id to later theme id; null when the theme was dropped. Unlisted ids match the same id. */
  readonly themeMapping?: Readonly<Record<string, string | null>> | undefined;
}

/**
 * The options {@link compareRounds} used, as recorded in its result.
 *
 * @category Analysis
 */
export interface CompareRoundsOptionsUsed {
  readonly itemMapping: Readonly<Record<string, string | null>>;
  readonly themeMapping: Readonly<Record<string, string | null>>;
}

/**
 * A round as named in a comparison.
 *
 * @category Analysis
 */
export interface RoundRef {
  readonly label: string;
  readonly date: string;
  readonly financialYear: string;
  readonly framework: FrameworkRef;
}

/**
 * A score and level in one round.
 *
 * @category Analysis
 */
export interface RoundValue {
  readonly score: number | null;
  readonly level: number | null;
  /** Items: true when scored; themes: the theme's `sufficient`. */
  readonly sufficient: boolean;
}

/**
 * Whether a theme or item is in both rounds, only the later (`new`) or only the earlier (`dropped`).
 *
 * @category Analysis
 */
export type ChangeStatus = 'matched' | 'new' | 'dropped';

/**
 * The change of one theme or item between two rounds.
 *
 * @category Analysis
 */
export interface RoundChange {
  readonly status: ChangeStatus;
  /** The id in the earlier round; null when new. */
  readonly earlierId: string | null;
  /** The id in the later round; null when dropped. */
  readonly laterId: string | null;
  readonly earlier: RoundValue | null;
  readonly later: RoundValue | null;
  /** later score - earlier score; null unless both are scored. */
  readonly change: number | null;
  /** later level - earlier level; null unless both have a level. */
  readonly levelChange: number | null;
  /** True when both rounds have sufficient evidence (themes) or a score (items): only then is the change a finding. */
  readonly comparable: boolean;
}

/**
 * One organisation's changes between two rounds.
 *
 * @category Analysis
 */
export interface OrganisationChange {
  readonly organisationId: OrganisationId;
  /** Themes in later-round order, then dropped themes in earlier-round order. */
  readonly themes: readonly RoundChange[];
  /** Items in later-round order, then dropped items in earlier-round order. */
  readonly items: readonly RoundChange[];
}

/**
 * The change between two assessment rounds, per organisation, theme and item.
 *
 * @category Analysis
 */
export interface RoundComparison {
  readonly kind: 'round-comparison';
  readonly method: AnalysisMethod<CompareRoundsOptionsUsed>;
  readonly earlier: RoundRef;
  readonly later: RoundRef;
  /** Organisations in both rounds, by id. */
  readonly organisations: readonly OrganisationChange[];
  /** Organisations only in the earlier round, by id. */
  readonly onlyEarlier: readonly OrganisationId[];
  /** Organisations only in the later round, by id. */
  readonly onlyLater: readonly OrganisationId[];
}

// ---------------------------------------------------------------------------------------------
// Everything at once
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link analyseNational}: the options of each analysis it runs.
 *
 * @category Analysis
 */
export interface AnalyseNationalOptions extends AnalysisContext {
  readonly roles?: RoleLookup | undefined;
  readonly minShortfall?: number | undefined;
  readonly maxItems?: number | undefined;
  readonly maxPeers?: number | undefined;
  readonly minQuartileN?: number | undefined;
  readonly smallN?: number | undefined;
  readonly barrierShortfall?: number | undefined;
  readonly commonShare?: number | undefined;
  readonly commonMinCount?: number | undefined;
}

/**
 * The national analysis: position, shared barriers, and each organisation's gaps and needs (by id).
 *
 * @category Analysis
 */
export interface NationalAnalysis {
  readonly kind: 'national-analysis';
  readonly framework: FrameworkRef;
  readonly position: NationalPosition;
  readonly barriers: SharedBarriers;
  /** One per organisation, by id; each organisation's peers are all the others. */
  readonly needsByOrganisation: readonly DevelopmentNeeds[];
  /** One per organisation, by id. */
  readonly gapsByOrganisation: readonly GapAnalysis[];
}
