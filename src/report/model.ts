import type { ItemKind } from '../framework/lookup.js';
import type { Framework, Provenance } from '../framework/schema.js';
import type { Agreement, ScoringOptionsUsed, UnscoredReason } from '../assessment/score-types.js';
import type { RegionRef } from '../analysis/context.js';
import type { LevelCount } from '../analysis/national.js';
import type { AnalyseNationalOptions } from '../analysis/national-analysis.js';
import type { ResponsibilityRule } from '../analysis/needs.js';
import type { OutcomeStandardComparison } from '../analysis/associate.js';
import type { OutcomeSeries } from '../analysis/outcomes.js';
import type { PositionKind, PriorityBand } from '../analysis/positions.js';
import type { AssessmentRound, ChangeStatus } from '../analysis/rounds.js';
import type { TargetSource } from '../analysis/targets.js';

// ---------------------------------------------------------------------------------------------
// Input and options
// ---------------------------------------------------------------------------------------------

/**
 * The round (cycle) of the assessment a report is about.
 *
 * @category Report
 */
export interface ReportRound {
  /** A label, e.g. `"2023/24 self-assessment"`. */
  readonly label: string;
  /** ISO date of the round, `yyyy-mm-dd`. */
  readonly date: string;
  /** NHS financial year of the date, e.g. `"2023/24"` (April to March). */
  readonly financialYear: string;
}

/**
 * How reports name the organisations they are about, e.g. alliance / alliances.
 *
 * @category Report
 */
export interface OrganisationNoun {
  readonly singular: string;
  readonly plural: string;
}

/**
 * Options of {@link buildReports} and `buildNationalReport`: the framework (required); the round, the previous
 * round (for change over time), an outcome measure (for association) and a notice about the data; the options of
 * the analyses the reports run; how organisations are named; and report thresholds.
 *
 * @category Report
 */
export interface BuildReportsOptions extends Omit<AnalyseNationalOptions, 'framework'> {
  /** The framework the scores were computed with. Required. */
  readonly framework: Framework;
  /** The round the scores are from; required when `previous` is given. */
  readonly round?: ReportRound | undefined;
  /** The previous round: with it, the reports show the change since then. */
  readonly previous?: AssessmentRound | undefined;
  /** An outcome measure per organisation: with it, the national report shows its association with each theme. */
  readonly outcomes?: OutcomeSeries | undefined;
  /** True when the scores are synthetic: the reports then say so prominently (unless `dataNotice` is given). */
  readonly synthetic?: boolean | undefined;
  /** A notice shown prominently at the top of every report, e.g. where the data came from. */
  readonly dataNotice?: string | undefined;
  /**
   * Names an organisation from its id; null when unknown (the id is then shown). Default: the programme
   * model's alliance names.
   */
  readonly organisationName?: ((organisationId: string) => string | null) | undefined;
  /** How the reports call the organisations. Default `{ singular: 'alliance', plural: 'alliances' }`. */
  readonly noun?: OrganisationNoun | undefined;
  /** A caveat warns when an organisation has fewer respondents than this. Default 5. */
  readonly fewRespondents?: number | undefined;
  /** Permutations of the association's p-value. Default 10,000. */
  readonly permutations?: number | undefined;
  /** Seed of the association's permutations and of the bootstrap of the change between rounds. Default 20230401. */
  readonly seed?: number | undefined;
  /** Bootstrap replicates (B) of the interval of each theme's change between rounds. Default 1,000. */
  readonly replicates?: number | undefined;
  /** The most priorities an alliance report's first page ranks; the other needs are listed as also below target. 1 to 5; default 3. */
  readonly maxPriorities?: number | undefined;
  /** Earlier item id to later item id, for the change since the previous round. */
  readonly itemMapping?: Readonly<Record<string, string | null>> | undefined;
  /** Earlier theme id to later theme id, for the change since the previous round. */
  readonly themeMapping?: Readonly<Record<string, string | null>> | undefined;
}

/**
 * Options of `buildNationalReport`: those of {@link buildReports}.
 *
 * @category Report
 */
export type BuildNationalReportOptions = BuildReportsOptions;

/**
 * Options of `buildAllianceReport`: those of {@link buildReports}, and the organisation to report on.
 *
 * @category Report
 */
export interface BuildAllianceReportOptions extends BuildReportsOptions {
  /** The id of the organisation to report on. Required. */
  readonly organisationId: string;
}

// ---------------------------------------------------------------------------------------------
// Shared parts
// ---------------------------------------------------------------------------------------------

/**
 * A source of the framework's text.
 *
 * @category Report
 */
export interface ReportSource {
  readonly title: string;
  readonly url: string | null;
  readonly note: string | null;
}

/**
 * An analysis method that produced part of a report, with the options it used.
 *
 * @category Report
 */
export interface ReportMethod {
  /** What the method did, in words, e.g. `"Gaps to target"`. */
  readonly name: string;
  readonly id: string;
  readonly version: string;
  /** The options used, defaults filled in; plain JSON data. */
  readonly options: unknown;
}

/**
 * Where a report's figures come from: the framework and its standing, the scoring method and the
 * analysis methods, each with the options used.
 *
 * @category Report
 */
export interface ReportProvenance {
  readonly framework: {
    readonly id: string;
    readonly version: string;
    readonly title: string;
    readonly status: Provenance['status'];
    readonly author: string;
    readonly statement: string;
    readonly licence: string | null;
    readonly sources: readonly ReportSource[];
  };
  readonly scoring: {
    readonly id: string;
    readonly version: string;
    readonly options: ScoringOptionsUsed;
  };
  readonly analysis: readonly ReportMethod[];
  /** The version of the report model; it changes when the model's shape or rules change. */
  readonly reportModel: { readonly id: 'caf-report'; readonly version: string };
}

/**
 * What a caveat is about.
 *
 * @category Report
 */
export type ReportCaveatCode =
  | 'data-notice'
  | 'framework-status'
  | 'organisations-as-at'
  | 'unscored-organisation'
  | 'few-respondents'
  | 'insufficient-themes'
  | 'small-numbers'
  | 'suppressed-groups'
  | 'low-agreement'
  | 'association'
  | 'change-comparability';

/**
 * A plain-English warning about what a report's figures can bear.
 *
 * @category Report
 */
export interface ReportCaveat {
  readonly code: ReportCaveatCode;
  readonly text: string;
}

/**
 * A level of a rating scale.
 *
 * @category Report
 */
export interface ReportLevel {
  readonly value: number;
  readonly label: string;
  readonly descriptor: string;
}

/**
 * A rating scale as reports show it.
 *
 * @category Report
 */
export interface ReportScale {
  readonly id: string;
  readonly title: string;
  readonly min: number;
  readonly max: number;
  readonly levels: readonly ReportLevel[];
  /** The themes rated on this scale, in framework order. */
  readonly themeIds: readonly string[];
}

/**
 * An organisation as reports name it.
 *
 * @category Report
 */
export interface ReportOrganisation {
  readonly id: string;
  /** The display name; the id when no name is known. */
  readonly name: string;
  readonly region: RegionRef | null;
}

/**
 * A figure in one round and the next, and the change between them.
 *
 * @category Report
 */
export interface ReportChange {
  readonly status: ChangeStatus;
  readonly earlierId: string | null;
  readonly laterId: string | null;
  readonly earlierScore: number | null;
  readonly laterScore: number | null;
  readonly earlierLevel: number | null;
  readonly laterLevel: number | null;
  /** later - earlier; null unless both are scored. */
  readonly change: number | null;
  readonly levelChange: number | null;
  /** True when both rounds have sufficient evidence: only then is the change a finding. */
  readonly comparable: boolean;
  /** Themes: the 95% bootstrap interval of the change (respondents resampled); null for items and when there is none. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  /** True when the interval leaves out 0: a clear improvement or a clear decline. */
  readonly clear: boolean;
}

/**
 * What every report opens with, in this order in its JSON: what kind of report it is, its title, the organisations'
 * noun, the rounds, the notice about the data, where its figures come from, its caveats and its scales.
 *
 * @typeParam K - The report's kind: `'alliance-report'` or `'national-report'`.
 * @category Report
 */
export interface ReportHeader<K extends 'alliance-report' | 'national-report' = 'alliance-report' | 'national-report'> {
  readonly kind: K;
  readonly title: string;
  /** The framework's title, and the round's when there is one. */
  readonly subtitle: string;
  readonly noun: OrganisationNoun;
  readonly round: ReportRound | null;
  readonly previousRound: ReportRound | null;
  /** Shown prominently when not null. */
  readonly dataNotice: string | null;
  readonly provenance: ReportProvenance;
  /** Most important first. */
  readonly caveats: readonly ReportCaveat[];
  readonly scales: readonly ReportScale[];
}

// ---------------------------------------------------------------------------------------------
// The alliance report
// ---------------------------------------------------------------------------------------------

/**
 * The national distribution of one theme, as an alliance report compares against it.
 *
 * @category Report
 */
export interface NationalBenchmark {
  /** Organisations with a sufficient score on the theme. */
  readonly n: number;
  readonly median: number | null;
  readonly mean: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * One theme of an alliance report: score, level, target, gap, position, national standing and change.
 *
 * @category Report
 */
export interface AllianceTheme {
  readonly themeId: string;
  readonly title: string;
  readonly whatGoodLooksLike: string;
  readonly scaleId: string;
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly score: number | null;
  /** The Conditions of Success (behaviours, the "what"). */
  readonly conditionsScore: number | null;
  /** The Enabling Factors (the "how"). */
  readonly enablersScore: number | null;
  readonly level: number | null;
  readonly levelLabel: string | null;
  readonly scoredItems: number;
  readonly items: number;
  readonly coverage: number;
  /** False when too few items were scored: the theme is shown but is not a finding. */
  readonly sufficient: boolean;
  readonly agreement: Agreement;
  readonly target: number;
  readonly targetSource: TargetSource;
  readonly gap: number | null;
  readonly shortfall: number | null;
  readonly priorityWeight: number | null;
  readonly band: PriorityBand | null;
  readonly position: PositionKind | null;
  readonly national: NationalBenchmark;
  /** Rank among the organisations ranked on the theme (1 = highest); null when not ranked. */
  readonly rank: number | null;
  readonly outOf: number;
  /** score - national median; null when not ranked. */
  readonly distanceFromMedian: number | null;
  /** The change since the previous round; null when no previous round was given. */
  readonly change: ReportChange | null;
}

/**
 * One item (a Condition of Success or an Enabling Factor) of an alliance report.
 *
 * @category Report
 */
export interface AllianceItem {
  readonly itemId: string;
  readonly themeId: string;
  readonly kind: ItemKind;
  readonly text: string;
  readonly score: number | null;
  readonly level: number | null;
  readonly levelLabel: string | null;
  /** Scale values given. */
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly sd: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly dontKnow: number;
  readonly notApplicable: number;
  readonly missing: number;
  readonly unscoredReason: UnscoredReason | null;
  readonly agreement: Agreement;
  readonly target: number;
  readonly gap: number | null;
  readonly shortfall: number | null;
  readonly band: PriorityBand | null;
  readonly change: ReportChange | null;
}

/**
 * An item named in a development need, with its text.
 *
 * @category Report
 */
export interface ReportNeedItem {
  readonly itemId: string;
  readonly kind: ItemKind;
  readonly text: string;
  readonly score: number;
  readonly shortfall: number;
}

/**
 * A Condition of Success below target, with the Enabling Factors behind it that are also below target.
 *
 * @category Report
 */
export interface ReportWeakCondition extends ReportNeedItem {
  readonly weakEnablers: readonly ReportNeedItem[];
  /** Enablers behind the condition with no score: whether they are weak is not known. */
  readonly unscoredEnablers: readonly { readonly itemId: string; readonly text: string }[];
}

/**
 * A programme role that can help with a need, and the responsibility that makes it the right one.
 *
 * @category Report
 */
export interface ReportRoleHelp {
  readonly roleId: string;
  /** The role's name; its id when the role is unknown. */
  readonly name: string;
  readonly known: boolean;
  readonly responsibility: {
    readonly id: string;
    readonly phrase: string;
    readonly text: string;
    readonly rule: ResponsibilityRule;
    readonly matchedKeywords: readonly string[];
  } | null;
}

/**
 * A peer at or above target on a need's theme, by name.
 *
 * @category Report
 */
export interface ReportPeerHelp {
  readonly organisationId: string;
  readonly name: string;
  readonly region: RegionRef | null;
  readonly sameRegion: boolean;
  readonly score: number;
  readonly target: number;
}

/**
 * A priority development need and who can help.
 *
 * @category Report
 */
export interface ReportNeed {
  /** 1 = most urgent. */
  readonly rank: number;
  readonly themeId: string;
  readonly title: string;
  readonly score: number;
  readonly conditionsScore: number | null;
  readonly enablersScore: number | null;
  readonly target: number;
  readonly targetSource: TargetSource;
  readonly shortfall: number;
  readonly priorityWeight: number;
  readonly band: PriorityBand;
  readonly position: PositionKind | null;
  /** What good looks like on the theme: what to aim at. */
  readonly aimAt: string;
  readonly weakConditions: readonly ReportWeakCondition[];
  readonly lowestItems: readonly ReportNeedItem[];
  readonly roles: readonly ReportRoleHelp[];
  readonly peers: readonly ReportPeerHelp[];
}

/**
 * A barrier common across organisations that this alliance shares, with its own score and shortfall.
 *
 * @category Report
 */
export interface AllianceBarrier {
  readonly level: 'item' | 'theme';
  /** Its rank among the common barriers of its level (1 = most prevalent). */
  readonly rank: number;
  readonly id: string;
  readonly themeId: string;
  readonly kind: ItemKind | null;
  readonly text: string;
  readonly sharing: number;
  readonly scored: number;
  readonly prevalence: number;
  readonly meanShortfall: number;
  /** This alliance's score and shortfall on it. */
  readonly score: number;
  readonly shortfall: number;
}

/**
 * A theme or item on which respondents disagree (agreement index below the threshold).
 *
 * @category Report
 */
export interface LowAgreement {
  readonly level: 'theme' | 'item';
  readonly id: string;
  readonly themeId: string;
  readonly text: string;
  readonly n: number;
  readonly sd: number | null;
  readonly index: number | null;
}

/**
 * One respondent group's theme scores, or the fact that they are withheld.
 *
 * @category Report
 */
export interface ReportGroup {
  readonly group: string;
  readonly respondents: number;
  readonly suppressed: boolean;
  /** One per theme in framework order; empty when suppressed. */
  readonly themes: readonly { readonly themeId: string; readonly score: number | null; readonly sufficient: boolean }[];
}

/**
 * A large difference between two respondent groups.
 *
 * @category Report
 */
export interface ReportGroupDifference {
  readonly themeId: string;
  readonly itemId: string | null;
  /** The theme's title or the item's text. */
  readonly text: string;
  readonly higherGroup: string;
  readonly lowerGroup: string;
  readonly higherScore: number;
  readonly lowerScore: number;
  readonly difference: number;
}

/**
 * The summary figures of an alliance report.
 *
 * @category Report
 */
export interface AllianceSummary {
  readonly respondents: number;
  readonly answers: number;
  /** False when the organisation's scores are withheld (too few respondents). */
  readonly scored: boolean;
  readonly themes: number;
  readonly sufficientThemes: number;
  readonly themesAtOrAboveTarget: number;
  readonly themesBelowTarget: number;
  /** Percentage to target as a fraction in [0, 1]: 1 - shortfalls / targets over the sufficient themes; null when none counts. */
  readonly toTarget: number | null;
  readonly needs: number;
  readonly sharedBarriers: number;
  /** Sufficient themes at or above target with both behaviours and enablers there, in framework order. */
  readonly strengths: readonly string[];
  /** The median of every scored organisation's percentage to target, for comparison; null when none has one. */
  readonly nationalMedianToTarget: number | null;
}

/**
 * The change of an alliance since the previous round.
 *
 * @category Report
 */
export interface AllianceChange {
  readonly previous: ReportRound;
  /** False when the alliance was not in the previous round: there is nothing to compare. */
  readonly inPreviousRound: boolean;
  /** Themes in this round's order, then themes dropped since. */
  readonly themes: readonly (ReportChange & { readonly title: string })[];
  readonly improved: number;
  readonly declined: number;
  readonly comparable: number;
  /** Comparable themes whose interval lies wholly above 0. */
  readonly clearlyImproved: number;
  /** Comparable themes whose interval lies wholly below 0. */
  readonly clearlyDeclined: number;
}

/**
 * What a key message of an alliance report is about.
 *
 * @category Report
 */
export type KeyMessageCode = 'overall' | 'priorities' | 'foundations' | 'change' | 'evidence' | 'strength' | 'no-scores';

/**
 * One of the three to five key messages on an alliance report's first page, chosen by the rules in docs/reports.md.
 *
 * @category Report
 */
export interface KeyMessage {
  readonly code: KeyMessageCode;
  readonly text: string;
}

/**
 * The alliance's top priorities, a limited ranked set, and the other themes below target.
 *
 * @category Report
 */
export interface AlliancePriorities {
  /** The most priorities ranked on the first page (`maxPriorities`). */
  readonly limit: number;
  /** The themes of the most urgent needs, most urgent first: at most `limit`. */
  readonly top: readonly string[];
  /**
   * The other themes below target with sufficient evidence, most urgent first: the needs beyond the limit, then the
   * themes short of target by less than a need's minimum shortfall (by shortfall, then framework order).
   */
  readonly alsoBelowTarget: readonly string[];
}

/**
 * Everything one alliance's report shows, as plain, deeply frozen, JSON-safe data. Numbers are unrounded. In the
 * JSON, `organisation` follows `noun`, ahead of the rest of the header.
 *
 * @category Report
 */
export interface AllianceReport extends ReportHeader<'alliance-report'> {
  readonly organisation: ReportOrganisation;
  readonly summary: AllianceSummary;
  /** Three to five key messages for the first page (one when the alliance has no scores). */
  readonly keyMessages: readonly KeyMessage[];
  /** The top priorities and the other themes below target. */
  readonly priorities: AlliancePriorities;
  /** In framework order. */
  readonly themes: readonly AllianceTheme[];
  /** In survey order. */
  readonly items: readonly AllianceItem[];
  /** Most urgent first. */
  readonly needs: readonly ReportNeed[];
  /** The common barriers this alliance shares: item barriers by rank, then theme barriers by rank. */
  readonly barriers: readonly AllianceBarrier[];
  readonly agreement: {
    readonly lowAgreementBelow: number;
    readonly low: readonly LowAgreement[];
  };
  readonly groups: {
    readonly minGroupSize: number;
    readonly groups: readonly ReportGroup[];
    readonly differences: readonly ReportGroupDifference[];
  };
  /** Null when no previous round was given. */
  readonly change: AllianceChange | null;
}

// ---------------------------------------------------------------------------------------------
// The national report
// ---------------------------------------------------------------------------------------------

/**
 * One theme of the national report: its distribution over the alliances, needs and change.
 *
 * @category Report
 */
export interface NationalTheme {
  readonly themeId: string;
  readonly title: string;
  readonly whatGoodLooksLike: string;
  readonly scaleId: string;
  readonly scaleMin: number;
  readonly scaleMax: number;
  /** The target shared by every organisation on this theme; null when their targets differ. */
  readonly target: number | null;
  readonly n: number;
  readonly excluded: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly sd: number | null;
  readonly standardError: number | null;
  readonly levels: readonly LevelCount[];
  readonly belowTarget: number;
  readonly atOrAboveTarget: number;
  /** Organisations for which the theme is a priority development need. */
  readonly needs: number;
  readonly caveats: readonly string[];
  /** The change since the previous round over the organisations comparable on the theme; null without a previous round. */
  readonly change: {
    readonly comparable: number;
    readonly improved: number;
    readonly declined: number;
    readonly unchanged: number;
    readonly meanChange: number | null;
    /** Organisations whose change on the theme is clear: its interval lies wholly above 0. */
    readonly clearlyImproved: number;
    /** Organisations whose change on the theme is clear: its interval lies wholly below 0. */
    readonly clearlyDeclined: number;
  } | null;
}

/**
 * One alliance's theme in the national report (a cell of the heatmap).
 *
 * @category Report
 */
export interface NationalCell {
  readonly themeId: string;
  readonly score: number | null;
  readonly level: number | null;
  readonly sufficient: boolean;
  readonly target: number;
  readonly belowTarget: boolean | null;
  readonly shortfall: number | null;
  readonly band: PriorityBand | null;
  readonly rank: number | null;
  readonly outOf: number;
  readonly distanceFromMedian: number | null;
  readonly change: number | null;
}

/**
 * One alliance's row of the national report.
 *
 * @category Report
 */
export interface NationalAlliance {
  readonly organisation: ReportOrganisation;
  readonly respondents: number;
  readonly scored: boolean;
  readonly toTarget: number | null;
  readonly needs: number;
  /** The theme ids of its needs, most urgent first. */
  readonly needThemes: readonly string[];
  /** One per theme, in framework order. */
  readonly themes: readonly NationalCell[];
}

/**
 * The organisations of one region and their theme distributions.
 *
 * @category Report
 */
export interface NationalRegion {
  readonly region: RegionRef | null;
  /** The region's name, or "No region". */
  readonly name: string;
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
  readonly themes: readonly {
    readonly themeId: string;
    readonly title: string;
    readonly n: number;
    readonly median: number | null;
    readonly mean: number | null;
    readonly min: number | null;
    readonly max: number | null;
    readonly belowTarget: number;
    readonly atOrAboveTarget: number;
  }[];
}

/**
 * A barrier common across organisations, with who shares it, by region.
 *
 * @category Report
 */
export interface ReportBarrier {
  readonly rank: number;
  readonly level: 'item' | 'theme';
  readonly id: string;
  readonly themeId: string;
  readonly themeTitle: string;
  readonly kind: ItemKind | null;
  readonly text: string;
  readonly sharing: number;
  readonly scored: number;
  readonly prevalence: number;
  readonly meanShortfall: number;
  readonly byRegion: readonly {
    readonly region: RegionRef | null;
    readonly name: string;
    readonly organisations: readonly {
      readonly id: string;
      readonly name: string;
      readonly score: number;
      readonly shortfall: number;
    }[];
  }[];
}

/**
 * The association of each theme with an outcome measure.
 *
 * @category Report
 */
export interface ReportOutcomes {
  readonly name: string;
  readonly unit: string | null;
  readonly source: string | null;
  readonly values: number;
  readonly themes: readonly {
    readonly themeId: string;
    readonly title: string;
    readonly n: number;
    readonly rho: number | null;
    readonly pValue: number | null;
    /** The p-value adjusted for the number of themes tested (`correction`). */
    readonly adjustedPValue: number | null;
    readonly caveat: string | null;
  }[];
  /** How the p-values are adjusted for the number of themes tested: Holm's step-down method. */
  readonly correction: 'holm';
  readonly outcomesWithoutScores: readonly { readonly id: string; readonly name: string }[];
  readonly scoresWithoutOutcomes: readonly { readonly id: string; readonly name: string }[];
  /**
   * Present when the outcome series names its measure: the outcome against the standard in force on the round's date
   * (null when none could be chosen: no round date, or none in force).
   */
  readonly standard?: OutcomeStandardComparison | null;
}

/**
 * The summary figures of the national report.
 *
 * @category Report
 */
export interface NationalSummary {
  readonly organisations: number;
  readonly scoredOrganisations: number;
  readonly unscoredOrganisations: readonly { readonly id: string; readonly name: string }[];
  readonly respondents: number;
  readonly themes: number;
  /** The median of the organisations' percentage to target (fractions); null when none has one. */
  readonly medianToTarget: number | null;
  readonly totalNeeds: number;
  readonly organisationsWithNeeds: number;
  readonly commonItemBarriers: number;
  readonly commonThemeBarriers: number;
}

/**
 * The national change since the previous round.
 *
 * @category Report
 */
export interface NationalChange {
  readonly previous: ReportRound;
  /** Organisations in both rounds. */
  readonly organisations: number;
  readonly onlyEarlier: readonly { readonly id: string; readonly name: string }[];
  readonly onlyLater: readonly { readonly id: string; readonly name: string }[];
  /** The previous round's framework id and version. */
  readonly earlierFramework: { readonly id: string; readonly version: string };
}

/**
 * Everything the national report shows, as plain, deeply frozen, JSON-safe data. Numbers are unrounded.
 *
 * @category Report
 */
export interface NationalReport extends ReportHeader<'national-report'> {
  readonly summary: NationalSummary;
  /** In framework order. */
  readonly themes: readonly NationalTheme[];
  /** By name. */
  readonly alliances: readonly NationalAlliance[];
  /** By name; "No region" last. */
  readonly regions: readonly NationalRegion[];
  readonly barriers: {
    readonly barrierShortfall: number;
    readonly commonShare: number;
    readonly commonMinCount: number;
    readonly items: readonly ReportBarrier[];
    readonly themes: readonly ReportBarrier[];
  };
  /** Null when no outcome measure was given. */
  readonly outcomes: ReportOutcomes | null;
  /** Null when no previous round was given. */
  readonly change: NationalChange | null;
}

/**
 * The national report and one report per organisation, from one analysis.
 *
 * @category Report
 */
export interface ReportSet {
  readonly national: NationalReport;
  /** One per organisation in the scores, by organisation id. */
  readonly alliances: readonly AllianceReport[];
}

/**
 * Either kind of report.
 *
 * @category Report
 */
export type Report = NationalReport | AllianceReport;
