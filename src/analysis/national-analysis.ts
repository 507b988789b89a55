import { deepFreeze } from '../internal/freeze.js';
import { type AnalyseBarriersOptionsUsed, BARRIERS_METHOD, barrierSettings, barrierTallies, rankBarriers, type SharedBarriers, tallyBarriers } from './barriers.js';
import { type AnalysisContext, type FrameworkRef, organisationList, resolveContext, type ScoresInput } from './context.js';
import { computeGaps, type GapAnalysis, GAPS_METHOD } from './gaps.js';
import { type AnalyseNationalPositionOptionsUsed, computeNationalPosition, NATIONAL_METHOD, type NationalPosition, nationalSettings } from './national.js';
import { buildPeerIndex, computeNeeds, type DevelopmentNeeds, NEEDS_METHOD, needsOptionsUsed, needsSettings, type RoleLookup } from './needs.js';

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

/**
 * Runs the national analysis in one pass: the national and regional position, the shared barriers,
 * and each organisation's gaps and development needs (with every other organisation as a possible
 * peer). Each part is what its own function would return with the same options.
 *
 * @param scores - Every organisation's scores.
 * @param options - The framework (required) and the options of each part.
 * @returns The position, barriers, needs and gaps, deeply frozen; each part names its method and options.
 * @throws TypeError when the options or scores are not what they should be.
 * @throws RangeError when an option is out of range, an organisation appears twice, or the scores were computed with another framework.
 * @example
 * ```ts
 * const national = analyseNational(scores, { framework: effectiveCancerAllianceFramework });
 * national.position.themes.map((theme) => theme.median);
 * national.barriers.items[0]?.id;
 * national.needsByOrganisation[0]?.needs[0]?.title;
 * ```
 * @category Analysis
 */
export function analyseNational(scores: ScoresInput, options: AnalyseNationalOptions): NationalAnalysis {
  return deepFreeze(computeNationalAnalysis(scores, options));
}

/** The shared empty list of what the national report's analysis leaves out (see {@link computeNationalAnalysis}). */
const LEFT_OUT: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/** An organisation's gaps without what only its own report shows: each theme's item gaps and weak conditions. */
function gapsWithoutDetail(gaps: Omit<GapAnalysis, 'method'>): Omit<GapAnalysis, 'method'> {
  return { ...gaps, themes: gaps.themes.map((theme) => ({ ...theme, position: { ...theme.position, weakConditions: LEFT_OUT }, items: LEFT_OUT })) };
}

/** An organisation's needs without what only its own report shows: each need's weak conditions, lowest items, roles and peers. */
function needsWithoutDetail(needs: Omit<DevelopmentNeeds, 'method'>): Omit<DevelopmentNeeds, 'method'> {
  return { ...needs, needs: needs.needs.map((need) => ({ ...need, weakConditions: LEFT_OUT, lowestItems: LEFT_OUT, roles: LEFT_OUT, peers: LEFT_OUT })) };
}

/**
 * The national analysis of {@link analyseNational}, not frozen: for the reports, which copy what they show and never
 * hand the analysis out. Freezing it walked some 870,000 objects at 2,000 organisations (about 100 ms).
 *
 * Each organisation's gaps are counted in the barriers and its needs found as soon as its gaps are made. With
 * `details: false` (the national report, which shows no organisation's items) what only an organisation's own report
 * shows is then left out (see `gapsWithoutDetail` and `needsWithoutDetail`), so that it is garbage at once: kept,
 * at 2,000 organisations it was some 400,000 objects that lived through the whole analysis and the report, and cost
 * more to collect than to make.
 */
export function computeNationalAnalysis(scores: ScoresInput, options: AnalyseNationalOptions, details = true): NationalAnalysis {
  const fn = 'analyseNational';
  const ctx = resolveContext(fn, options);
  const needs = needsSettings(fn, options);
  const national = nationalSettings(fn, options);
  const barriers = barrierSettings(fn, options);
  const list = organisationList(fn, ctx.framework, scores);

  const peers = buildPeerIndex(ctx, list);
  // One method object per part, shared by every organisation's gaps and needs.
  const gapsMethod = { ...GAPS_METHOD, options: ctx.used };
  const needsMethod = { ...NEEDS_METHOD, options: needsOptionsUsed(ctx, options, needs, list.length) };
  const nationalUsed: AnalyseNationalPositionOptionsUsed = { ...ctx.used, ...national };
  const barriersUsed: AnalyseBarriersOptionsUsed = { ...ctx.used, ...barriers };

  const tallies = barrierTallies(ctx);
  const needsByOrganisation: DevelopmentNeeds[] = [];
  const gapsByOrganisation: GapAnalysis[] = [];
  for (const score of list) {
    const gaps = computeGaps(ctx, score);
    tallyBarriers(tallies, barriers, gaps);
    const organisationNeeds = computeNeeds(ctx, needs, gaps, peers);
    needsByOrganisation.push({ ...(details ? organisationNeeds : needsWithoutDetail(organisationNeeds)), method: needsMethod });
    gapsByOrganisation.push({ ...(details ? gaps : gapsWithoutDetail(gaps)), method: gapsMethod });
  }

  return {
    kind: 'national-analysis',
    framework: ctx.frameworkRef,
    position: { ...computeNationalPosition(ctx, national, list), method: { ...NATIONAL_METHOD, options: nationalUsed } },
    barriers: { ...rankBarriers(ctx, barriers, tallies), method: { ...BARRIERS_METHOD, options: barriersUsed } },
    needsByOrganisation,
    gapsByOrganisation,
  };
}
