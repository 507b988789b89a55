import type { ItemKind } from '../framework/lookup.js';
import type { ThemeId } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { compareIds } from '../internal/order.js';
import { compareRegions, numberOption, organisationList, resolveContext, type ResolvedContext } from './context.js';
import { computeGaps } from './gaps.js';
import { EPSILON } from './statistics.js';
import type {
  BarrierMember,
  BarrierRegion,
  GapAnalysis,
  RegionRef,
  ScoresInput,
  SharedBarrier,
  SharedBarriers,
  AnalyseBarriersOptions,
  AnalyseBarriersOptionsUsed,
} from './types.js';

/** The id and version of the shared-barrier rules. */
export const BARRIERS_METHOD = { id: 'analysis.shared-barriers', version: '1.0.0' } as const;

/** The resolved barrier thresholds. */
export interface BarrierSettings {
  readonly barrierShortfall: number;
  readonly commonShare: number;
  readonly commonMinCount: number;
}

/** Reads and checks the barrier options. */
export function barrierSettings(
  fn: string,
  options: Pick<AnalyseBarriersOptions, 'barrierShortfall' | 'commonShare' | 'commonMinCount'>,
): BarrierSettings {
  return {
    barrierShortfall: numberOption(fn, 'barrierShortfall', options.barrierShortfall, 1, { min: 0, minExclusive: true }),
    commonShare: numberOption(fn, 'commonShare', options.commonShare, 1 / 3, { min: 0, max: 1, minExclusive: true }),
    commonMinCount: numberOption(fn, 'commonMinCount', options.commonMinCount, 3, { min: 1, integer: true }),
  };
}

interface Tally {
  readonly level: 'item' | 'theme';
  readonly id: string;
  readonly themeId: ThemeId;
  readonly kind: ItemKind | null;
  readonly text: string;
  readonly order: number;
  scored: number;
  readonly members: { readonly member: BarrierMember; readonly region: RegionRef | null }[];
}

function rankTallies(tallies: readonly Tally[], settings: BarrierSettings): SharedBarrier[] {
  const common = tallies.filter((tally) => {
    const sharing = tally.members.length;
    return sharing >= settings.commonMinCount && sharing >= settings.commonShare * tally.scored - EPSILON;
  });
  const meanShortfall = (tally: Tally) => tally.members.reduce((sum, { member }) => sum + member.shortfall, 0) / tally.members.length;
  const means = new Map(common.map((tally) => [tally, meanShortfall(tally)]));
  common.sort((a, b) => {
    // Prevalence by cross-multiplying whole numbers: exact, no rounding.
    const byPrevalence = b.members.length * a.scored - a.members.length * b.scored;
    if (byPrevalence !== 0) return byPrevalence;
    const difference = (means.get(b) as number) - (means.get(a) as number);
    if (Math.abs(difference) > EPSILON) return difference;
    return a.order - b.order;
  });
  return common.map((tally, index) => {
    const groups = new Map<string | null, { region: RegionRef | null; organisations: BarrierMember[] }>();
    for (const { member, region } of tally.members) {
      const key = region?.id ?? null;
      const group = groups.get(key);
      if (group) group.organisations.push(member);
      else groups.set(key, { region, organisations: [member] });
    }
    const byRegion: BarrierRegion[] = [...groups.values()]
      .sort((a, b) => compareRegions(a.region, b.region))
      .map(({ region, organisations }) => ({
        region,
        organisations: [...organisations].sort((a, b) => compareIds(a.organisationId, b.organisationId)),
      }));
    return {
      rank: index + 1,
      level: tally.level,
      id: tally.id,
      themeId: tally.themeId,
      kind: tally.kind,
      text: tally.text,
      sharing: tally.members.length,
      scored: tally.scored,
      prevalence: tally.members.length / tally.scored,
      meanShortfall: means.get(tally) as number,
      byRegion,
    };
  });
}

/** Computes the shared barriers from every organisation's gaps (not frozen, no method). */
export function computeBarriers(
  ctx: ResolvedContext,
  settings: BarrierSettings,
  gapsList: readonly Omit<GapAnalysis, 'method'>[],
): Omit<SharedBarriers, 'method'> {
  const { framework } = ctx;
  const itemTallies = new Map<string, Tally>();
  const themeTallies = new Map<string, Tally>();
  let order = 0;
  framework.themes.forEach((theme, themeIndex) => {
    themeTallies.set(theme.id, { level: 'theme', id: theme.id, themeId: theme.id, kind: null, text: theme.title, order: themeIndex, scored: 0, members: [] });
    for (const condition of theme.conditionsOfSuccess) {
      itemTallies.set(condition.id, { level: 'item', id: condition.id, themeId: theme.id, kind: 'condition', text: condition.text, order: order++, scored: 0, members: [] });
    }
    for (const enabler of theme.enablingFactors) {
      itemTallies.set(enabler.id, { level: 'item', id: enabler.id, themeId: theme.id, kind: 'enabler', text: enabler.text, order: order++, scored: 0, members: [] });
    }
  });
  const isBarrier = (shortfall: number) => shortfall >= settings.barrierShortfall - EPSILON;
  for (const gaps of gapsList) {
    for (const theme of gaps.themes) {
      if (!theme.sufficient || theme.score === null || theme.shortfall === null) continue;
      const themeTally = themeTallies.get(theme.themeId) as Tally;
      themeTally.scored++;
      if (isBarrier(theme.shortfall)) {
        themeTally.members.push({ member: { organisationId: gaps.organisationId, score: theme.score, shortfall: theme.shortfall }, region: gaps.region });
      }
      for (const item of theme.items) {
        if (item.score === null || item.shortfall === null) continue;
        const tally = itemTallies.get(item.itemId) as Tally;
        tally.scored++;
        if (isBarrier(item.shortfall)) {
          tally.members.push({ member: { organisationId: gaps.organisationId, score: item.score, shortfall: item.shortfall }, region: gaps.region });
        }
      }
    }
  }
  return {
    kind: 'shared-barriers',
    framework: ctx.frameworkRef,
    organisations: gapsList.length,
    items: rankTallies([...itemTallies.values()], settings),
    themes: rankTallies([...themeTallies.values()], settings),
  };
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
  const gapsList = list.map((score) => computeGaps(ctx, score));
  return deepFreeze({ ...computeBarriers(ctx, settings, gapsList), method: { ...BARRIERS_METHOD, options: used } });
}
