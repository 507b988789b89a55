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

/**
 * The national analysis of {@link analyseNational}, not frozen: for the reports, which copy what they show and never
 * hand the analysis out. Freezing it walked some 870,000 objects at 2,000 organisations (about 100 ms).
 *
 * Each organisation's gaps are counted in the barriers and its needs found as soon as its gaps are made. With
 * `details: false` (the national report, which shows no organisation's items) what only an organisation's own report
 * shows is never made (item gaps, weak conditions, lowest items, roles, peers and the index of peers; see `computeGaps`
 * and `computeNeeds`): at 2,000 organisations it was some 400,000 objects, first kept through the whole report, then
 * made and dropped at once (about 110 MB of the 390 MB a national report allocated, and 60 ms).
 */
export function computeNationalAnalysis(scores: ScoresInput, options: AnalyseNationalOptions, details = true): NationalAnalysis {
  const fn = 'analyseNational';
  const ctx = resolveContext(fn, options);
  const needs = needsSettings(fn, options);
  const national = nationalSettings(fn, options);
  const barriers = barrierSettings(fn, options);
  const list = organisationList(fn, ctx.framework, scores);

  const peers = details ? buildPeerIndex(ctx, list) : null;
  // One method object per part, shared by every organisation's gaps and needs.
  const gapsMethod = { ...GAPS_METHOD, options: ctx.used };
  const needsMethod = { ...NEEDS_METHOD, options: needsOptionsUsed(ctx, options, needs, list.length) };
  const nationalUsed: AnalyseNationalPositionOptionsUsed = { ...ctx.used, ...national };
  const barriersUsed: AnalyseBarriersOptionsUsed = { ...ctx.used, ...barriers };

  const tallies = barrierTallies(ctx);
  const needsByOrganisation: DevelopmentNeeds[] = [];
  const gapsByOrganisation: GapAnalysis[] = [];
  for (const score of list) {
    const gaps = computeGaps(ctx, score, details);
    tallyBarriers(tallies, barriers, ctx, gaps, score);
    needsByOrganisation.push({ ...computeNeeds(ctx, needs, gaps, peers), method: needsMethod });
    gapsByOrganisation.push({ ...gaps, method: gapsMethod });
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
