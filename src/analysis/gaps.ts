import type { OrganisationId } from '../assessment/answer.js';
import type { ItemScore, OrganisationScore, ThemeScore } from '../assessment/score-types.js';
import type { ItemKind } from '../framework/lookup.js';
import type { ItemId, Theme, ThemeId } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import {
  type AnalysisContext,
  type AnalysisContextUsed,
  type AnalysisMethod,
  checkScore,
  type FrameworkRef,
  type RegionRef,
  resolveContext,
  type ResolvedContext,
} from './context.js';
import {
  classifyPosition,
  type PositionKind,
  priorityBand,
  type PriorityBand,
  priorityWeight,
  shortfallOf,
  type WeakCondition,
  weakConditionsOf,
  type WeakItem,
} from './positions.js';
import type { ResolvedTarget } from './targets.js';

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

/** The id and version of the gap rules. */
export const GAPS_METHOD = { id: 'analysis.gaps', version: '1.0.0' } as const;

const emptyThemeScore = (themeId: ThemeId, items: number): ThemeScore => ({
  themeId,
  score: null,
  conditionsScore: null,
  enablersScore: null,
  level: null,
  scoredItems: 0,
  items,
  coverage: 0,
  sufficient: false,
  agreement: { n: 0, sd: null, index: null, low: false },
  respondentScores: [],
});

/** The item scores of an organisation by item id. */
export function itemScoresById(score: OrganisationScore): ReadonlyMap<string, ItemScore> {
  return new Map(score.items.map((item) => [item.itemId as string, item]));
}

/** The theme scores of an organisation by theme id. */
export function themeScoresById(score: OrganisationScore): ReadonlyMap<string, ThemeScore> {
  return new Map(score.themes.map((theme) => [theme.themeId as string, theme]));
}

/** True when a theme score counts as a finding: sufficient evidence and a score. */
export function isUsable(theme: ThemeScore | undefined): theme is ThemeScore & { readonly score: number } {
  return theme !== undefined && theme.sufficient && theme.score !== null;
}

/** The index of each item's theme in `framework.themes`, by item id: made once per framework. */
const themeIndexes = new WeakMap<ResolvedContext['framework'], ReadonlyMap<string, number>>();

function themeIndexOfItems(framework: ResolvedContext['framework']): ReadonlyMap<string, number> {
  let index = themeIndexes.get(framework);
  if (index === undefined) {
    index = new Map(
      framework.themes.flatMap((theme, themeIndex) => [...theme.conditionsOfSuccess, ...theme.enablingFactors].map((item) => [item.id as string, themeIndex] as const)),
    );
    themeIndexes.set(framework, index);
  }
  return index;
}

/** The framework's item ids in survey order, and each one's place in it: made once per framework. */
const itemOrders = new WeakMap<ResolvedContext['framework'], { readonly ids: readonly string[]; readonly index: ReadonlyMap<string, number> }>();

function itemOrderOf(framework: ResolvedContext['framework']): { readonly ids: readonly string[]; readonly index: ReadonlyMap<string, number> } {
  let order = itemOrders.get(framework);
  if (order === undefined) {
    const ids = framework.themes.flatMap((theme) => [...theme.conditionsOfSuccess, ...theme.enablingFactors].map((item) => item.id as string));
    order = { ids, index: new Map(ids.map((id, place) => [id, place])) };
    itemOrders.set(framework, order);
  }
  return order;
}

/** Whether an organisation's item scores list the framework's items in survey order, as `scoreAnswers` lists them. */
function inSurveyOrder(ids: readonly string[], list: readonly ItemScore[]): boolean {
  let inOrder = list.length === ids.length;
  for (let place = 0; place < list.length && inOrder; place++) inOrder = list[place]!.itemId === ids[place];
  return inOrder;
}

/**
 * An organisation's item scores by item id. Scores from `scoreAnswers` list the items in survey order, so they are
 * read by place through one index shared by every organisation; any other order gets a map of its own. (A map per
 * organisation was 2,000 maps of 80 entries for a national analysis of 2,000 organisations.)
 */
function itemScoreLookup(framework: ResolvedContext['framework'], score: OrganisationScore): Pick<ReadonlyMap<string, ItemScore>, 'get'> {
  const { ids, index } = itemOrderOf(framework);
  const list = score.items;
  if (!inSurveyOrder(ids, list)) return itemScoresById(score);
  return { get: (itemId) => list[index.get(itemId) ?? -1] };
}

/**
 * An organisation's item scores in the framework's survey order (theme by theme, conditions then enablers), undefined
 * for an item it has no score of: its own list when it is in that order, as from `scoreAnswers`.
 */
export function itemScoresInSurveyOrder(framework: ResolvedContext['framework'], score: OrganisationScore): readonly (ItemScore | undefined)[] {
  const { ids } = itemOrderOf(framework);
  if (inSurveyOrder(ids, score.items)) return score.items;
  const byId = itemScoresById(score);
  return ids.map((id) => byId.get(id));
}

/** One item's gap against its theme's target. */
function itemGap(itemId: ItemId, themeId: ThemeId, kind: ItemKind, itemScore: ItemScore | undefined, target: ResolvedTarget): ItemGap {
  const value = itemScore?.score ?? null;
  const shortfall = value === null ? null : shortfallOf(target.value, value);
  return {
    itemId,
    themeId,
    kind,
    score: value,
    level: itemScore?.level ?? null,
    target,
    gap: value === null ? null : target.value - value,
    shortfall,
    priorityWeight: shortfall === null ? null : priorityWeight(shortfall),
    band: shortfall === null ? null : priorityBand(shortfall),
  };
}

/** The shared empty list of what an analysis without details leaves out (see {@link computeGaps}). */
export const LEFT_OUT: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/** A theme's item gaps, conditions first, then enablers, in framework order. */
function themeItemGaps(theme: Theme, items: Pick<ReadonlyMap<string, ItemScore>, 'get'>, target: ResolvedTarget): ItemGap[] {
  const itemGaps: ItemGap[] = [];
  for (const condition of theme.conditionsOfSuccess) itemGaps.push(itemGap(condition.id, theme.id, 'condition', items.get(condition.id), target));
  for (const enabler of theme.enablingFactors) itemGaps.push(itemGap(enabler.id, theme.id, 'enabler', items.get(enabler.id), target));
  return itemGaps;
}

/**
 * Computes the gaps of one organisation in a resolved context (not frozen). With `details: false` (the national
 * report, which shows no organisation's items) each theme's item gaps and weak conditions are the shared empty list
 * {@link LEFT_OUT}: at 2,000 organisations they were 160,000 item gaps and some 60,000 weak conditions made only to be
 * dropped (about 80 MB of the 390 MB a national report allocated).
 */
export function computeGaps(ctx: ResolvedContext, score: OrganisationScore, details = true): Omit<GapAnalysis, 'method'> {
  const { framework } = ctx;
  // Read only for the details (item gaps and weak conditions).
  const items = details ? itemScoreLookup(framework, score) : null;
  const themes = themeScoresById(score);
  const organisationId = score.organisationId;
  const themeTargets = framework.themes.map((theme) => ctx.target(organisationId, theme.id));
  const themeIndexOf = themeIndexOfItems(framework);
  const targetOfItem = (itemId: ItemId): number => {
    const themeIndex = themeIndexOf.get(itemId);
    return (themeIndex === undefined ? undefined : themeTargets[themeIndex])?.value ?? framework.defaultTarget;
  };

  const weakItems = new Map<string, WeakItem>();
  const themeGaps: ThemeGap[] = framework.themes.map((theme, themeIndex) => {
    const target = themeTargets[themeIndex]!;
    const themeScore = themes.get(theme.id) ?? emptyThemeScore(theme.id, theme.conditionsOfSuccess.length + theme.enablingFactors.length);
    const value = themeScore.score;
    const shortfall = value === null ? null : shortfallOf(target.value, value);
    return {
      themeId: theme.id,
      title: theme.title,
      score: value,
      conditionsScore: themeScore.conditionsScore,
      enablersScore: themeScore.enablersScore,
      level: themeScore.level,
      coverage: themeScore.coverage,
      sufficient: themeScore.sufficient,
      target,
      gap: value === null ? null : target.value - value,
      shortfall,
      priorityWeight: shortfall === null ? null : priorityWeight(shortfall),
      band: shortfall === null ? null : priorityBand(shortfall),
      position: {
        kind: classifyPosition(themeScore.conditionsScore, themeScore.enablersScore, target.value),
        conditionsScore: themeScore.conditionsScore,
        enablersScore: themeScore.enablersScore,
        target: target.value,
        weakConditions: items === null ? LEFT_OUT : weakConditionsOf(framework, themeIndex, items, targetOfItem, weakItems),
      },
      items: items === null ? LEFT_OUT : themeItemGaps(theme, items, target),
    };
  });

  let sumShortfall = 0;
  let sumTargets = 0;
  const themesCounted: ThemeId[] = [];
  const themesExcluded: ThemeId[] = [];
  for (const gap of themeGaps) {
    if (gap.sufficient && gap.shortfall !== null) {
      sumShortfall += gap.shortfall;
      sumTargets += gap.target.value;
      themesCounted.push(gap.themeId);
    } else themesExcluded.push(gap.themeId);
  }
  const fraction = themesCounted.length === 0 || sumTargets <= 0 ? null : Math.max(0, 1 - sumShortfall / sumTargets);
  const toTarget: ToTarget = {
    fraction,
    percentage: fraction === null ? null : fraction * 100,
    sumShortfall,
    sumTargets,
    themesCounted,
    themesExcluded,
  };
  return {
    kind: 'gap-analysis',
    framework: ctx.frameworkRef,
    organisationId,
    region: ctx.region(organisationId),
    themes: themeGaps,
    toTarget,
  };
}

/**
 * Finds one organisation's gaps to target, theme by theme and item by item: gap = target - score, its
 * positive part the shortfall, a priority weight (1 + shortfall)^2 - 1 and band, each theme's position
 * (strength, behaviours lagging, fragile, foundational gap) and percentage to target over the
 * sufficient themes.
 *
 * @param score - One organisation's scores, from `scoreAnswers`.
 * @param options - The framework the scores were computed with, targets and regions.
 * @returns The gaps, deeply frozen, naming the method and options used.
 * @throws TypeError when the options or the score are not what they should be.
 * @throws RangeError when the score was computed with another framework or a target is outside the scale.
 * @example
 * ```ts
 * const gaps = analyseGaps(scores.organisations[0], { framework: effectiveCancerAllianceFramework });
 * gaps.toTarget.percentage; // e.g. 87.5
 * gaps.themes[0].position.kind; // e.g. 'fragile'
 * ```
 * @category Analysis
 */
export function analyseGaps(score: OrganisationScore, options: AnalyseGapsOptions): GapAnalysis {
  const ctx = resolveContext('analyseGaps', options);
  checkScore('analyseGaps', ctx.framework, score);
  const gaps = computeGaps(ctx, score);
  return deepFreeze({ ...gaps, method: { ...GAPS_METHOD, options: ctx.used } });
}
