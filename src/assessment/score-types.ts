import type { FrameworkId, ItemId, ThemeId } from '../framework/schema.js';
import type { ItemKind } from '../framework/lookup.js';
import type { OrganisationId } from './answer.js';

/**
 * Why an item has no score: no respondent answered it (`missing`), every answer was "not applicable",
 * every answer was "don't know", the answers were a mix of the two non-scoring answers, or the item has values
 * but its organisation has fewer respondents than `minRespondents` (`too-few-respondents`).
 *
 * @category Scoring
 */
export type UnscoredReason = 'missing' | 'all-not-applicable' | 'all-dont-know' | 'no-scoring-answers' | 'too-few-respondents';

/**
 * The options a result was computed with, named in the result so that it can be reproduced.
 *
 * @category Scoring
 */
export interface ScoringOptionsUsed {
  /** How an item's answers become its score. */
  readonly itemStatistic: 'mean' | 'median';
  /** A theme is sufficient when scored items / items is at least this. */
  readonly minCoverage: number;
  /** Respondent groups with fewer respondents than this are suppressed. */
  readonly minGroupSize: number;
  /** Organisations with fewer respondents than this get no scores. */
  readonly minRespondents: number;
  /** Agreement is flagged low when the agreement index is below this. */
  readonly lowAgreementBelow: number;
  /** How many of the largest group differences are listed. */
  readonly maxGroupDifferences: number;
}

/**
 * The scoring method and framework that produced a result.
 *
 * @category Scoring
 */
export interface ScoringProvenance {
  /** The scoring method: its id, its version, and every option as used. */
  readonly method: {
    /** The method's id, e.g. `caf-default`. */
    readonly id: string;
    /** The method's version; it changes whenever a rule of the method changes. */
    readonly version: string;
    /** Every option as used, defaults filled in. */
    readonly options: ScoringOptionsUsed;
  };
  /** The framework the answers were scored against. */
  readonly framework: {
    /** The framework's id. */
    readonly id: FrameworkId;
    /** The framework's version. */
    readonly version: string;
  };
}

/**
 * How far respondents agree: the sample standard deviation and an agreement index in [0, 1].
 *
 * @category Scoring
 */
export interface Agreement {
  /** The number of values the agreement is measured over. */
  readonly n: number;
  /** Sample standard deviation; null when n < 2. */
  readonly sd: number | null;
  /** 1 = all agree; 0 = as far apart as the scale allows. Null when n < 2. */
  readonly index: number | null;
  /** True when the index is below the `lowAgreementBelow` option. */
  readonly low: boolean;
}

/**
 * The score of one item for one organisation (or one respondent group).
 *
 * @category Scoring
 */
export interface ItemScore {
  /** The item's id, e.g. `T1.C2`. */
  readonly itemId: ItemId;
  /** The id of the item's theme. */
  readonly themeId: ThemeId;
  /** Whether the item is a Condition of Success or an Enabling Factor. */
  readonly kind: ItemKind;
  /** The number of scale values given (don't-know and not-applicable excluded). */
  readonly n: number;
  /** The item's score: the mean of its values (or the median, by option); null when unscored. */
  readonly score: number | null;
  /** The mean of the values; null when unscored. */
  readonly mean: number | null;
  /** The median of the values (the mean of the two middle ones when n is even); null when unscored. */
  readonly median: number | null;
  /** Sample standard deviation; null when n < 2. */
  readonly sd: number | null;
  /** The lowest value; null when unscored. */
  readonly min: number | null;
  /** The highest value; null when unscored. */
  readonly max: number | null;
  /** The number of "don't know" answers. */
  readonly dontKnow: number;
  /** The number of "not applicable" answers. */
  readonly notApplicable: number;
  /** Respondents who gave any answer to this item. */
  readonly respondents: number;
  /** Respondents of the organisation who gave no answer to this item. */
  readonly missing: number;
  /** The scale value nearest the score (halves up); null when unscored. */
  readonly level: number | null;
  /** Null when the item is scored. */
  readonly unscoredReason: UnscoredReason | null;
  /** How far the respondents' values agree. */
  readonly agreement: Agreement;
}

/**
 * The score of one theme for one organisation (or one respondent group).
 *
 * @category Scoring
 */
export interface ThemeScore {
  /** The theme's id, e.g. `T1`. */
  readonly themeId: ThemeId;
  /** Weighted mean of all scored items of the theme; null when none is scored. */
  readonly score: number | null;
  /** Weighted mean of the scored Conditions of Success (the "what"). */
  readonly conditionsScore: number | null;
  /** Weighted mean of the scored Enabling Factors (the "how"). */
  readonly enablersScore: number | null;
  /** The scale value nearest the score (halves up); null when the theme has no score. */
  readonly level: number | null;
  /** The number of the theme's items that have a score. */
  readonly scoredItems: number;
  /** The number of the theme's items. */
  readonly items: number;
  /** scoredItems / items. */
  readonly coverage: number;
  /** coverage >= minCoverage. An insufficient theme is reported but must not be read as a finding. */
  readonly sufficient: boolean;
  /** Agreement between respondents' own theme scores. */
  readonly agreement: Agreement;
  /**
   * Each respondent's own theme score (the weighted mean of their scale values on the theme's items), for the
   * respondents with one, in ascending order: the values `agreement` is measured over, and that the interval of a
   * change between rounds resamples. Empty when the organisation's scores are withheld.
   */
  readonly respondentScores: readonly number[];
}

/**
 * The scores of one respondent group within an organisation, or why they are withheld.
 *
 * @category Scoring
 */
export interface GroupScore {
  /** The group's name, as in the answers' `respondentGroup`. */
  readonly group: string;
  /** The number of the organisation's respondents in the group. */
  readonly respondents: number;
  /** True when the group has fewer than `minGroupSize` respondents: its scores are withheld. */
  readonly suppressed: boolean;
  /** Empty when suppressed. */
  readonly items: readonly ItemScore[];
  /** Empty when suppressed. */
  readonly themes: readonly ThemeScore[];
}

/**
 * A difference between two respondent groups on one theme or item.
 *
 * @category Scoring
 */
export interface GroupDifference {
  /** The theme, or the theme of the item. */
  readonly themeId: ThemeId;
  /** Null for a theme-level difference. */
  readonly itemId: ItemId | null;
  /** The group with the higher score (the first by name when the scores are equal). */
  readonly higherGroup: string;
  /** The group with the lower score. */
  readonly lowerGroup: string;
  /** The higher group's score. */
  readonly higherScore: number;
  /** The lower group's score. */
  readonly lowerScore: number;
  /** higherScore - lowerScore, always >= 0. */
  readonly difference: number;
}

/**
 * Why an organisation has no scores.
 *
 * @category Scoring
 */
export type OrganisationUnscoredReason = 'too-few-respondents';

/**
 * All scores of one organisation. Plain, deeply frozen, JSON-safe data.
 *
 * @category Scoring
 */
export interface OrganisationScore extends ScoringProvenance {
  /** Tags the result. */
  readonly kind: 'organisation-score';
  /** The organisation scored. */
  readonly organisationId: OrganisationId;
  /** The number of respondents with any answer. */
  readonly respondents: number;
  /** Answer records read for this organisation, of every kind. */
  readonly answers: number;
  /** Null when scored; otherwise why the organisation's scores are withheld (its items and themes are then unscored). */
  readonly unscoredReason: OrganisationUnscoredReason | null;
  /** Every item of the framework, in survey order. */
  readonly items: readonly ItemScore[];
  /** Every theme of the framework, in framework order. */
  readonly themes: readonly ThemeScore[];
  /** Respondent groups in name order; answers without a group are not in any group. */
  readonly groups: readonly GroupScore[];
  /** The largest differences between unsuppressed groups, largest first. */
  readonly groupDifferences: readonly GroupDifference[];
}

/**
 * The scores of every organisation in a set of answers, in organisation id order.
 *
 * @category Scoring
 */
export interface AssessmentScores extends ScoringProvenance {
  /** Tags the result. */
  readonly kind: 'assessment-scores';
  /** Each organisation's scores, in organisation id order (UTF-16 code units). */
  readonly organisations: readonly OrganisationScore[];
}
