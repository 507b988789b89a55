import { deepFreeze } from '../internal/freeze.js';
import { barrierSettings, BARRIERS_METHOD, computeBarriers } from './barriers.js';
import { organisationList, resolveContext } from './context.js';
import { computeGaps, GAPS_METHOD } from './gaps.js';
import { computeNationalPosition, NATIONAL_METHOD, nationalSettings } from './national.js';
import { buildPeerIndex, computeNeeds, NEEDS_METHOD, needsSettings } from './needs.js';
import type {
  AnalyseGapsOptionsUsed,
  AnalyseNationalOptions,
  AnalyseNeedsOptionsUsed,
  NationalAnalysis,
  AnalyseNationalPositionOptionsUsed,
  ScoresInput,
  AnalyseBarriersOptionsUsed,
} from './types.js';

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
  const fn = 'analyseNational';
  const ctx = resolveContext(fn, options);
  const needs = needsSettings(fn, options);
  const national = nationalSettings(fn, options);
  const barriers = barrierSettings(fn, options);
  const list = organisationList(fn, ctx.framework, scores);

  const gapsList = list.map((score) => computeGaps(ctx, score));
  const peers = buildPeerIndex(ctx, list);

  const gapsUsed: AnalyseGapsOptionsUsed = ctx.used;
  const needsUsed: AnalyseNeedsOptionsUsed = {
    ...ctx.used,
    roles: options.roles === undefined ? 'programme' : 'custom',
    peers: list.length,
    minShortfall: needs.minShortfall,
    maxItems: needs.maxItems,
    maxPeers: needs.maxPeers,
  };
  const nationalUsed: AnalyseNationalPositionOptionsUsed = { ...ctx.used, ...national };
  const barriersUsed: AnalyseBarriersOptionsUsed = { ...ctx.used, ...barriers };

  return deepFreeze({
    kind: 'national-analysis',
    framework: ctx.frameworkRef,
    position: { ...computeNationalPosition(ctx, national, list), method: { ...NATIONAL_METHOD, options: nationalUsed } },
    barriers: { ...computeBarriers(ctx, barriers, gapsList), method: { ...BARRIERS_METHOD, options: barriersUsed } },
    needsByOrganisation: gapsList.map((gaps) => ({ ...computeNeeds(ctx, needs, gaps, peers), method: { ...NEEDS_METHOD, options: needsUsed } })),
    gapsByOrganisation: gapsList.map((gaps) => ({ ...gaps, method: { ...GAPS_METHOD, options: gapsUsed } })),
  });
}
