import type { FrameworkId, ItemId, ThemeId } from '../framework/schema.js';
import type { ItemKind } from '../framework/lookup.js';
import type { OrganisationId } from './answer.js';

/**
 * Why an item has no score: no respondent answered it (`missing`), every answer was "not applicable",
 * every answer was "don't know", or the answers were a mix of the two non-scoring answers.
 */
export type UnscoredReason = 'missing' | 'all-not-applicable' | 'all-dont-know' | 'no-scoring-answers';

/** The options a result was computed with, named in the result so that it can be reproduced. */
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

/** The scoring method and framework that produced a result. */
export interface ScoringProvenance {
  readonly method: { readonly id: string; readonly version: string; readonly options: ScoringOptionsUsed };
  readonly framework: { readonly id: FrameworkId; readonly version: string };
}

/** How far respondents agree: the sample standard deviation and an agreement index in [0, 1]. */
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

/** The score of one item for one organisation (or one respondent group). */
export interface ItemScore {
  readonly itemId: ItemId;
  readonly themeId: ThemeId;
  readonly kind: ItemKind;
  /** The number of scale values given (don't-know and not-applicable excluded). */
  readonly n: number;
  /** The item's score: the mean of its values (or the median, by option); null when unscored. */
  readonly score: number | null;
  readonly mean: number | null;
  readonly median: number | null;
  /** Sample standard deviation; null when n < 2. */
  readonly sd: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly dontKnow: number;
  readonly notApplicable: number;
  /** Respondents who gave any answer to this item. */
  readonly respondents: number;
  /** Respondents of the organisation who gave no answer to this item. */
  readonly missing: number;
  /** The scale value nearest the score (halves up); null when unscored. */
  readonly level: number | null;
  /** Null when the item is scored. */
  readonly unscoredReason: UnscoredReason | null;
  readonly agreement: Agreement;
}

/** The score of one theme for one organisation (or one respondent group). */
export interface ThemeScore {
  readonly themeId: ThemeId;
  /** Weighted mean of all scored items of the theme; null when none is scored. */
  readonly score: number | null;
  /** Weighted mean of the scored Conditions of Success (the "what"). */
  readonly conditionsScore: number | null;
  /** Weighted mean of the scored Enabling Factors (the "how"). */
  readonly enablersScore: number | null;
  readonly level: number | null;
  readonly scoredItems: number;
  readonly items: number;
  /** scoredItems / items. */
  readonly coverage: number;
  /** coverage >= minCoverage. An insufficient theme is reported but must not be read as a finding. */
  readonly sufficient: boolean;
  /** Agreement between respondents' own theme scores. */
  readonly agreement: Agreement;
}

/** The scores of one respondent group within an organisation, or why they are withheld. */
export interface GroupScore {
  readonly group: string;
  readonly respondents: number;
  /** True when the group has fewer than `minGroupSize` respondents: its scores are withheld. */
  readonly suppressed: boolean;
  /** Empty when suppressed. */
  readonly items: readonly ItemScore[];
  /** Empty when suppressed. */
  readonly themes: readonly ThemeScore[];
}

/** A difference between two respondent groups on one theme or item. */
export interface GroupDifference {
  readonly themeId: ThemeId;
  /** Null for a theme-level difference. */
  readonly itemId: ItemId | null;
  readonly higherGroup: string;
  readonly lowerGroup: string;
  readonly higherScore: number;
  readonly lowerScore: number;
  /** higherScore - lowerScore, always >= 0. */
  readonly difference: number;
}

/** Why an organisation has no scores. */
export type OrganisationUnscoredReason = 'too-few-respondents';

/** All scores of one organisation. Plain, deeply frozen, JSON-safe data. */
export interface OrganisationScore extends ScoringProvenance {
  readonly kind: 'organisation-score';
  readonly organisationId: OrganisationId;
  readonly respondents: number;
  /** Answer records read for this organisation, of every kind. */
  readonly answers: number;
  /** Null when scored; otherwise why the organisation's scores are withheld (its items and themes are then unscored). */
  readonly unscoredReason: OrganisationUnscoredReason | null;
  readonly items: readonly ItemScore[];
  readonly themes: readonly ThemeScore[];
  /** Respondent groups in name order; answers without a group are not in any group. */
  readonly groups: readonly GroupScore[];
  /** The largest differences between unsuppressed groups, largest first. */
  readonly groupDifferences: readonly GroupDifference[];
}

/** The scores of every organisation in a set of answers, in organisation id order. */
export interface AssessmentScores extends ScoringProvenance {
  readonly kind: 'assessment-scores';
  readonly organisations: readonly OrganisationScore[];
}
