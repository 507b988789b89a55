import type { OrganisationId } from '../assessment/answer.js';
import type { ItemKind } from '../framework/lookup.js';
import type { ThemeId } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { compareIds } from '../internal/order.js';
import {
  type AnalysisContext,
  type AnalysisContextUsed,
  type AnalysisMethod,
  compareRegions,
  type FrameworkRef,
  numberOption,
  organisationList,
  type RegionRef,
  resolveContext,
  type ResolvedContext,
  type ScoresInput,
} from './context.js';
import type { OrganisationScore } from '../assessment/score-types.js';
import { computeGaps, type GapAnalysis, itemScoresInSurveyOrder } from './gaps.js';
import { shortfallOf } from './positions.js';
import { EPSILON } from './statistics.js';

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

/** The id and version of the shared-barrier rules. */
export const BARRIERS_METHOD = { id: 'analysis.shared-barriers', version: '1.0.0' } as const;

/** The resolved barrier thresholds. */
export interface BarrierSettings {
  readonly barrierShortfall: number;
  readonly commonShare: number;
  readonly commonMinCount: number;
}

/** Reads and checks the barrier options. */
export function barrierSettings(fn: string, options: Pick<AnalyseBarriersOptions, 'barrierShortfall' | 'commonShare' | 'commonMinCount'>): BarrierSettings {
  return {
    barrierShortfall: numberOption(fn, 'barrierShortfall', options.barrierShortfall, 1, { min: 0, minExclusive: true }),
    commonShare: numberOption(fn, 'commonShare', options.commonShare, 1 / 3, { min: 0, max: 1, minExclusive: true }),
    commonMinCount: numberOption(fn, 'commonMinCount', options.commonMinCount, 3, { min: 1, integer: true }),
  };
}

/** The organisations of one region (by id; null for no region) that share a barrier, in the order they were counted. */
interface TallyGroup {
  readonly region: RegionRef | null;
  readonly organisations: BarrierMember[];
}

/**
 * The tally of one item or theme: how many scored it, and for whom it is a barrier, grouped by region as they are
 * counted, with the sum of their shortfalls. (Kept as one list of members, the ranking walked the 100,000 members of
 * a national analysis at 2,000 organisations twice more, for the mean and for the regions: 18 ms.)
 */
export interface Tally {
  readonly level: 'item' | 'theme';
  readonly id: string;
  readonly themeId: ThemeId;
  readonly kind: ItemKind | null;
  readonly text: string;
  readonly order: number;
  scored: number;
  sharing: number;
  /** The sum of the sharing organisations' shortfalls, added in the order they were counted. */
  shortfallSum: number;
  readonly groups: Map<string | null, TallyGroup>;
}

/** An empty tally. */
function emptyTally(level: Tally['level'], id: string, themeId: ThemeId, kind: ItemKind | null, text: string, order: number): Tally {
  return { level, id, themeId, kind, text, order, scored: 0, sharing: 0, shortfallSum: 0, groups: new Map() };
}

/** Counts a member of a tally, in its region's group. */
function addMember(tally: Tally, member: BarrierMember, region: RegionRef | null): void {
  tally.sharing++;
  tally.shortfallSum += member.shortfall;
  const key = region?.id ?? null;
  const group = tally.groups.get(key);
  if (group) group.organisations.push(member);
  else tally.groups.set(key, { region, organisations: [member] });
}

function rankTallies(tallies: readonly Tally[], settings: BarrierSettings): SharedBarrier[] {
  const common = tallies.filter((tally) => tally.sharing >= settings.commonMinCount && tally.sharing >= settings.commonShare * tally.scored - EPSILON);
  const meanShortfall = (tally: Tally) => tally.shortfallSum / tally.sharing;
  common.sort((a, b) => {
    // Prevalence by cross-multiplying whole numbers: exact, no rounding.
    const byPrevalence = b.sharing * a.scored - a.sharing * b.scored;
    if (byPrevalence !== 0) return byPrevalence;
    const difference = meanShortfall(b) - meanShortfall(a);
    if (Math.abs(difference) > EPSILON) return difference;
    return a.order - b.order;
  });
  return common.map((tally, index) => {
    // Each group's list is the tally's own, sorted in place.
    const byRegion: BarrierRegion[] = [...tally.groups.values()]
      .sort((a, b) => compareRegions(a.region, b.region))
      .map(({ region, organisations }) => ({
        region,
        organisations: organisations.sort((a, b) => compareIds(a.organisationId, b.organisationId)),
      }));
    return {
      rank: index + 1,
      level: tally.level,
      id: tally.id,
      themeId: tally.themeId,
      kind: tally.kind,
      text: tally.text,
      sharing: tally.sharing,
      scored: tally.scored,
      prevalence: tally.sharing / tally.scored,
      meanShortfall: meanShortfall(tally),
      byRegion,
    };
  });
}

/** The barriers' tallies, one per item and per theme, filled organisation by organisation. */
export interface BarrierTallies {
  readonly items: ReadonlyMap<string, Tally>;
  readonly themes: ReadonlyMap<string, Tally>;
  /** The item tallies in survey order (theme by theme, conditions then enablers), as the items' scores are read. */
  readonly itemsInOrder: readonly Tally[];
  organisations: number;
}

/** Empty tallies for every item and theme of the framework, in framework order. */
export function barrierTallies(ctx: ResolvedContext): BarrierTallies {
  const items = new Map<string, Tally>();
  const themes = new Map<string, Tally>();
  let order = 0;
  ctx.framework.themes.forEach((theme, themeIndex) => {
    themes.set(theme.id, emptyTally('theme', theme.id, theme.id, null, theme.title, themeIndex));
    for (const condition of theme.conditionsOfSuccess) {
      items.set(condition.id, emptyTally('item', condition.id, theme.id, 'condition', condition.text, order++));
    }
    for (const enabler of theme.enablingFactors) {
      items.set(enabler.id, emptyTally('item', enabler.id, theme.id, 'enabler', enabler.text, order++));
    }
  });
  return { items, themes, itemsInOrder: [...items.values()], organisations: 0 };
}

/**
 * Counts one organisation in the tallies: each theme and item it scored, and those that are barriers for it. The
 * themes come from its gaps; the items from its item scores against their theme's target (as its item gaps have them),
 * read by place in survey order, so that the national report's analysis, which makes no item gaps, counts them the
 * same (with no look-up by id: 160,000 item scores at 2,000 organisations).
 */
export function tallyBarriers(tallies: BarrierTallies, settings: BarrierSettings, ctx: ResolvedContext, gaps: Omit<GapAnalysis, 'method'>, score: OrganisationScore): void {
  const isBarrier = (shortfall: number) => shortfall >= settings.barrierShortfall - EPSILON;
  const itemScores = itemScoresInSurveyOrder(ctx.framework, score);
  tallies.organisations++;
  let next = 0;
  gaps.themes.forEach((theme, themeIndex) => {
    const frameworkTheme = ctx.framework.themes[themeIndex]!;
    const first = next;
    next += frameworkTheme.conditionsOfSuccess.length + frameworkTheme.enablingFactors.length;
    if (!theme.sufficient || theme.score === null || theme.shortfall === null) return;
    const themeTally = tallies.themes.get(theme.themeId)!;
    themeTally.scored++;
    if (isBarrier(theme.shortfall)) {
      addMember(themeTally, { organisationId: gaps.organisationId, score: theme.score, shortfall: theme.shortfall }, gaps.region);
    }
    for (let place = first; place < next; place++) {
      const itemScore = itemScores[place]?.score ?? null;
      if (itemScore === null) continue;
      const shortfall = shortfallOf(theme.target.value, itemScore);
      const tally = tallies.itemsInOrder[place]!;
      tally.scored++;
      if (isBarrier(shortfall)) {
        addMember(tally, { organisationId: gaps.organisationId, score: itemScore, shortfall }, gaps.region);
      }
    }
  });
}

/** The shared barriers of filled tallies (not frozen, no method). */
export function rankBarriers(ctx: ResolvedContext, settings: BarrierSettings, tallies: BarrierTallies): Omit<SharedBarriers, 'method'> {
  return {
    kind: 'shared-barriers',
    framework: ctx.frameworkRef,
    organisations: tallies.organisations,
    items: rankTallies([...tallies.items.values()], settings),
    themes: rankTallies([...tallies.themes.values()], settings),
  };
}

/** Computes the shared barriers of every organisation (not frozen, no method). */
export function computeBarriers(ctx: ResolvedContext, settings: BarrierSettings, list: readonly OrganisationScore[]): Omit<SharedBarriers, 'method'> {
  const tallies = barrierTallies(ctx);
  for (const score of list) tallyBarriers(tallies, settings, ctx, computeGaps(ctx, score, false), score);
  return rankBarriers(ctx, settings, tallies);
}

/**
 * Finds the barriers that many organisations share. An item is a barrier for an organisation when its
 * shortfall is at least `barrierShortfall` (1) on a theme with sufficient evidence; it is common when
 * at least `commonShare` (a third) of the organisations that scored it share it, and at least
 * `commonMinCount` (3) do. Common barriers are ranked by prevalence, then mean shortfall, then
 * framework order, and each lists the organisations that share it, by region. The same at theme level.
 *
 * @param scores - Every organisation's scores.
 * @param options - The framework (required), targets, regions and thresholds.
 * @returns The common barriers at item and theme level, deeply frozen, naming the method and options used.
 * @throws TypeError when the options or scores are not what they should be.
 * @throws RangeError when an option is out of range, an organisation appears twice, or the scores were computed with another framework.
 * @example
 * ```ts
 * const barriers = analyseBarriers(scores, { framework: effectiveCancerAllianceFramework });
 * barriers.items[0]?.id; // the most widely shared item barrier, e.g. 'T6.E3'
 * barriers.items[0]?.byRegion; // who shares it, region by region
 * ```
 * @category Analysis
 */
export function analyseBarriers(scores: ScoresInput, options: AnalyseBarriersOptions): SharedBarriers {
  const fn = 'analyseBarriers';
  const ctx = resolveContext(fn, options);
  const settings = barrierSettings(fn, options);
  const list = organisationList(fn, ctx.framework, scores);
  const used: AnalyseBarriersOptionsUsed = { ...ctx.used, ...settings };
  return deepFreeze({ ...computeBarriers(ctx, settings, list), method: { ...BARRIERS_METHOD, options: used } });
}
