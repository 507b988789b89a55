import type { BarrierMember, SharedBarrier } from '../analysis/barriers.js';
import type { GapAnalysis } from '../analysis/gaps.js';
import type { OrganisationStanding } from '../analysis/national.js';
import type { DevelopmentNeed, DevelopmentNeeds, RoleHelp } from '../analysis/needs.js';
import type { OrganisationChange, RoundChange } from '../analysis/rounds.js';
import type { AssessmentScores, OrganisationScore } from '../assessment/score-types.js';
import { deepFreeze } from '../internal/freeze.js';
import { formatPercent, plural } from './format.js';
import { changeComparabilityText, reportHeader, themeHeading } from './header.js';
import type {
  AllianceBarrier,
  AllianceChange,
  AllianceItem,
  AllianceReport,
  AllianceSummary,
  AllianceTheme,
  BuildAllianceReportOptions,
  LowAgreement,
  ReportCaveat,
  ReportChange,
  ReportGroup,
  ReportGroupDifference,
  ReportNeed,
  ReportNeedItem,
  ReportRoleHelp,
} from './model.js';
import { idsInWords, keyMessagesOf, prioritiesOf } from './key-messages.js';
import { levelLabel, prepare, type Prepared } from './prepare.js';

/** A report's view of a change between rounds. */
export function reportChange(change: RoundChange): ReportChange {
  return {
    status: change.status,
    earlierId: change.earlierId,
    laterId: change.laterId,
    earlierScore: change.earlier?.score ?? null,
    laterScore: change.later?.score ?? null,
    earlierLevel: change.earlier?.level ?? null,
    laterLevel: change.later?.level ?? null,
    change: change.change,
    levelChange: change.levelChange,
    comparable: change.comparable,
    interval: change.interval === null ? null : { low: change.interval.low, high: change.interval.high },
    clear: change.clear,
  };
}

function itemText(p: Prepared, itemId: string): string {
  return p.itemById.get(itemId)?.text ?? itemId;
}

function missing(what: string, organisationId: string): never {
  throw new Error(`buildAllianceReport: the analysis has no ${what} for "${organisationId}"; this is a bug in cancer-alliance-framework`);
}

/** One organisation's share of the shared analysis, found once for every part of its report. */
interface Subject {
  readonly p: Prepared;
  readonly id: string;
  readonly name: string;
  readonly score: OrganisationScore;
  readonly gaps: GapAnalysis;
  readonly needs: DevelopmentNeeds;
  readonly standing: OrganisationStanding;
  /** Its changes since the previous round; null when there is no previous round or it was not in it. */
  readonly change: OrganisationChange | null;
}

function subjectOf(p: Prepared, organisationId: string): Subject {
  return {
    p,
    id: organisationId,
    name: p.name(organisationId),
    score: p.scoreById.get(organisationId) ?? missing('scores', organisationId),
    gaps: p.gapsById.get(organisationId) ?? missing('gaps', organisationId),
    needs: p.needsById.get(organisationId) ?? missing('needs', organisationId),
    standing: p.standingById.get(organisationId) ?? missing('standing', organisationId),
    change: p.changeById.get(organisationId) ?? null,
  };
}

/** The changes of a list, by their id in the later round (dropped ones have none). */
function changesByLaterId(changes: readonly RoundChange[] | undefined): ReadonlyMap<string, RoundChange> {
  return new Map((changes ?? []).filter((c) => c.laterId !== null).map((c) => [c.laterId!, c]));
}

/** A figure's change in the report: null without a previous round; with one, null for a figure new since then. */
function changeOrNull(p: Prepared, change: RoundChange | undefined): ReportChange | null {
  return p.comparison !== null && change !== undefined ? reportChange(change) : null;
}

/** Each theme in framework order: score, level, target, gap, position, national standing and change. */
function allianceThemes(s: Subject): AllianceTheme[] {
  const { p, id } = s;
  const themeScores = new Map(s.score.themes.map((theme) => [theme.themeId as string, theme]));
  const gapByTheme = new Map(s.gaps.themes.map((gap) => [gap.themeId as string, gap]));
  const standingByTheme = new Map(s.standing.themes.map((theme) => [theme.themeId as string, theme]));
  const distributionByTheme = new Map(p.analysis.position.themes.map((theme) => [theme.themeId as string, theme]));
  const themeChanges = changesByLaterId(s.change?.themes);
  return p.themes.map((info) => {
    const themeScore = themeScores.get(info.id) ?? missing(`score of theme ${info.id}`, id);
    const gap = gapByTheme.get(info.id) ?? missing(`gap of theme ${info.id}`, id);
    const themeStanding = standingByTheme.get(info.id) ?? missing(`standing on theme ${info.id}`, id);
    const distribution = distributionByTheme.get(info.id) ?? missing(`national distribution of theme ${info.id}`, id);
    return {
      ...themeHeading(info),
      score: themeScore.score,
      conditionsScore: themeScore.conditionsScore,
      enablersScore: themeScore.enablersScore,
      level: themeScore.level,
      levelLabel: levelLabel(info, themeScore.level),
      scoredItems: themeScore.scoredItems,
      items: themeScore.items,
      coverage: themeScore.coverage,
      sufficient: themeScore.sufficient,
      agreement: { ...themeScore.agreement },
      target: gap.target.value,
      targetSource: gap.target.source,
      gap: gap.gap,
      shortfall: gap.shortfall,
      priorityWeight: gap.priorityWeight,
      band: gap.band,
      position: gap.position.kind,
      national: {
        n: distribution.n,
        median: distribution.median,
        mean: distribution.mean,
        q1: distribution.q1,
        q3: distribution.q3,
        min: distribution.min,
        max: distribution.max,
      },
      rank: themeStanding.rank,
      outOf: themeStanding.outOf,
      distanceFromMedian: themeStanding.distanceFromMedian,
      change: changeOrNull(p, themeChanges.get(info.id)),
    };
  });
}

/** Each item in survey order: score, its spread, the answers that are not scale values, target, gap and change. */
function allianceItems(s: Subject): AllianceItem[] {
  const { p, id } = s;
  const itemScores = new Map(s.score.items.map((item) => [item.itemId as string, item]));
  const itemGaps = new Map(s.gaps.themes.flatMap((gap) => gap.items.map((item) => [item.itemId as string, item] as const)));
  const itemChanges = changesByLaterId(s.change?.items);
  return p.items.map((info) => {
    const itemScore = itemScores.get(info.id) ?? missing(`score of item ${info.id}`, id);
    const gap = itemGaps.get(info.id) ?? missing(`gap of item ${info.id}`, id);
    return {
      itemId: info.id,
      themeId: info.themeId,
      kind: info.kind,
      text: info.text,
      score: itemScore.score,
      level: itemScore.level,
      levelLabel: levelLabel(p.themeById.get(info.themeId), itemScore.level),
      n: itemScore.n,
      mean: itemScore.mean,
      median: itemScore.median,
      sd: itemScore.sd,
      min: itemScore.min,
      max: itemScore.max,
      dontKnow: itemScore.dontKnow,
      notApplicable: itemScore.notApplicable,
      missing: itemScore.missing,
      unscoredReason: itemScore.unscoredReason,
      agreement: { ...itemScore.agreement },
      target: gap.target.value,
      gap: gap.gap,
      shortfall: gap.shortfall,
      band: gap.band,
      change: changeOrNull(p, itemChanges.get(info.id)),
    };
  });
}

function needItem(p: Prepared, itemId: string, kind: 'condition' | 'enabler', score: number, shortfall: number): ReportNeedItem {
  return { itemId, kind, text: itemText(p, itemId), score, shortfall };
}

/** A role that can help with a need, by name, with the responsibility that makes it the right one. */
function roleHelp(role: RoleHelp): ReportRoleHelp {
  const { responsibility } = role;
  return {
    roleId: role.roleId,
    name: role.roleName ?? role.roleId,
    known: role.roleName !== null,
    responsibility:
      responsibility === null
        ? null
        : {
            id: responsibility.id,
            phrase: responsibility.phrase,
            text: responsibility.text,
            rule: responsibility.rule,
            matchedKeywords: [...responsibility.matchedKeywords],
          },
  };
}

/** A development need with the text of its items, and who can help: roles, then peers by name. */
function reportNeed(p: Prepared, need: DevelopmentNeed): ReportNeed {
  return {
    rank: need.rank,
    themeId: need.themeId,
    title: need.title,
    score: need.score,
    conditionsScore: need.conditionsScore,
    enablersScore: need.enablersScore,
    target: need.target.value,
    targetSource: need.target.source,
    shortfall: need.shortfall,
    priorityWeight: need.priorityWeight,
    band: need.band,
    position: need.position,
    aimAt: need.aimAt,
    weakConditions: need.weakConditions.map((condition) => ({
      ...needItem(p, condition.itemId, 'condition', condition.score, condition.shortfall),
      weakEnablers: condition.weakEnablers.map((enabler) => needItem(p, enabler.itemId, 'enabler', enabler.score, enabler.shortfall)),
      unscoredEnablers: condition.unscoredEnablers.map((itemId) => ({ itemId, text: itemText(p, itemId) })),
    })),
    lowestItems: need.lowestItems.map((item) => needItem(p, item.itemId, item.kind, item.score, item.shortfall)),
    roles: need.roles.map(roleHelp),
    peers: need.peers.map((peer) => ({
      organisationId: peer.organisationId,
      name: p.name(peer.organisationId),
      region: peer.region === null ? null : { id: peer.region.id, name: peer.region.name },
      sameRegion: peer.sameRegion,
      score: peer.score,
      target: peer.target.value,
    })),
  };
}

/** Per organisation id, the barriers it shares with its entry in each region of a barrier, in the order below. */
const sharedBarriers = new WeakMap<Prepared, ReadonlyMap<string, readonly { readonly barrier: SharedBarrier; readonly member: BarrierMember }[]>>();

/**
 * Item barriers by rank then theme barriers by rank, and within a barrier its regions in order: for each organisation,
 * its first entry in each region that names it. Built once per analysis, so that each report looks its barriers up.
 */
function barriersOf(p: Prepared, organisationId: string): readonly { readonly barrier: SharedBarrier; readonly member: BarrierMember }[] {
  let byOrganisation = sharedBarriers.get(p);
  if (byOrganisation === undefined) {
    const map = new Map<string, { barrier: SharedBarrier; member: BarrierMember }[]>();
    for (const barrier of [...p.analysis.barriers.items, ...p.analysis.barriers.themes]) {
      for (const region of barrier.byRegion) {
        const seen = new Set<string>();
        for (const member of region.organisations) {
          if (seen.has(member.organisationId)) continue;
          seen.add(member.organisationId);
          const list = map.get(member.organisationId);
          if (list === undefined) map.set(member.organisationId, [{ barrier, member }]);
          else list.push({ barrier, member });
        }
      }
    }
    byOrganisation = map;
    sharedBarriers.set(p, byOrganisation);
  }
  return byOrganisation.get(organisationId) ?? [];
}

/** The common barriers the organisation shares, item barriers by rank then theme barriers by rank, with its own score on each. */
function allianceBarriers(s: Subject): AllianceBarrier[] {
  const barriers: AllianceBarrier[] = [];
  for (const { barrier, member } of barriersOf(s.p, s.id)) {
    barriers.push({
      level: barrier.level,
      rank: barrier.rank,
      id: barrier.id,
      themeId: barrier.themeId,
      kind: barrier.kind,
      text: barrier.text,
      sharing: barrier.sharing,
      scored: barrier.scored,
      prevalence: barrier.prevalence,
      meanShortfall: barrier.meanShortfall,
      score: member.score,
      shortfall: member.shortfall,
    });
  }
  return barriers;
}

/** The themes, then the items, on which respondents disagree. */
function lowAgreement(s: Subject): LowAgreement[] {
  const themeScores = new Map(s.score.themes.map((theme) => [theme.themeId as string, theme]));
  const itemScores = new Map(s.score.items.map((item) => [item.itemId as string, item]));
  const low: LowAgreement[] = [];
  for (const theme of s.p.themes) {
    const agreement = themeScores.get(theme.id)?.agreement;
    if (agreement?.low) low.push({ level: 'theme', id: theme.id, themeId: theme.id, text: theme.title, n: agreement.n, sd: agreement.sd, index: agreement.index });
  }
  for (const item of s.p.items) {
    const agreement = itemScores.get(item.id)?.agreement;
    if (agreement?.low) low.push({ level: 'item', id: item.id, themeId: item.themeId, text: item.text, n: agreement.n, sd: agreement.sd, index: agreement.index });
  }
  return low;
}

/** The respondent groups' theme scores (none for a group withheld for anonymity) and the largest differences between groups. */
function allianceGroups(s: Subject): AllianceReport['groups'] {
  const { p } = s;
  const groups: ReportGroup[] = s.score.groups.map((group) => {
    const byTheme = new Map(group.themes.map((theme) => [theme.themeId as string, theme]));
    return {
      group: group.group,
      respondents: group.respondents,
      suppressed: group.suppressed,
      themes: group.suppressed
        ? []
        : p.themes.map((theme) => ({
            themeId: theme.id,
            score: byTheme.get(theme.id)?.score ?? null,
            sufficient: byTheme.get(theme.id)?.sufficient ?? false,
          })),
    };
  });
  const differences: ReportGroupDifference[] = s.score.groupDifferences.map((difference) => ({
    themeId: difference.themeId,
    itemId: difference.itemId,
    text: difference.itemId === null ? (p.themeById.get(difference.themeId)?.title ?? difference.themeId) : itemText(p, difference.itemId),
    higherGroup: difference.higherGroup,
    lowerGroup: difference.lowerGroup,
    higherScore: difference.higherScore,
    lowerScore: difference.lowerScore,
    difference: difference.difference,
  }));
  return { minGroupSize: p.provenance.scoring.options.minGroupSize, groups, differences };
}

/** The change since the previous round, theme by theme, with the count of themes improved and declined; null without a previous round. */
function allianceChange(s: Subject): AllianceChange | null {
  const { p } = s;
  if (p.comparison === null || p.previousRound === null) return null;
  const rows = (s.change?.themes ?? []).map((c) => ({
    ...reportChange(c),
    title: c.laterId !== null ? (p.themeById.get(c.laterId)?.title ?? c.laterId) : (c.earlierId ?? ''),
  }));
  const comparable = rows.filter((row) => row.comparable && row.change !== null);
  return {
    previous: p.previousRound,
    inPreviousRound: s.change !== null,
    themes: rows,
    improved: comparable.filter((row) => row.change! > 0).length,
    declined: comparable.filter((row) => row.change! < 0).length,
    comparable: comparable.length,
    clearlyImproved: comparable.filter((row) => row.clear && row.change! > 0).length,
    clearlyDeclined: comparable.filter((row) => row.clear && row.change! < 0).length,
  };
}

/** The caveats about who responded: scores withheld, few respondents, themes with too little evidence, groups withheld. */
function respondentCaveats(s: Subject, themes: readonly AllianceTheme[]): ReportCaveat[] {
  const { p, name, score } = s;
  const scoring = p.provenance.scoring.options;
  const scored = score.unscoredReason === null;
  const caveats: ReportCaveat[] = [];
  if (!scored) {
    caveats.push({
      code: 'unscored-organisation',
      text: `Fewer than ${plural(scoring.minRespondents, 'person', 'people')} responded for ${name} (${score.respondents}), so its scores are withheld and this report holds no findings.`,
    });
  } else if (score.respondents < p.fewRespondents) {
    caveats.push({
      code: 'few-respondents',
      text: `Only ${plural(score.respondents, 'person', 'people')} responded for ${name}: each score rests on few views.`,
    });
  }
  const insufficient = themes.filter((theme) => !theme.sufficient);
  if (scored && insufficient.length > 0) {
    caveats.push({
      code: 'insufficient-themes',
      text: `${insufficient.length} of ${themes.length} themes (${idsInWords(insufficient.map((theme) => theme.themeId))}) have too little evidence: fewer than ${formatPercent(scoring.minCoverage)} of their items were scored. They are shown in brackets, are not findings, and are left out of needs and ranks.`,
    });
  }
  const suppressed = score.groups.filter((group) => group.suppressed);
  if (suppressed.length > 0) {
    caveats.push({
      code: 'suppressed-groups',
      text: `${suppressed.length === 1 ? 'One respondent group has' : `${suppressed.length} respondent groups have`} fewer than ${plural(scoring.minGroupSize, 'respondent')}, so ${suppressed.length === 1 ? 'its scores are' : 'their scores are'} not shown separately, to protect anonymity; their answers still count in the ${p.noun.singular}'s scores.`,
    });
  }
  return caveats;
}

/** Every caveat of the report, most important first: the common ones, who responded, agreement, small numbers and change. */
function allianceCaveats(s: Subject, themes: readonly AllianceTheme[], low: readonly LowAgreement[], change: AllianceChange | null): ReportCaveat[] {
  const { p, name } = s;
  const { noun } = p;
  const caveats: ReportCaveat[] = [...p.commonCaveats, ...respondentCaveats(s, themes)];
  const lowThemes = low.filter((entry) => entry.level === 'theme').length;
  const lowItems = low.length - lowThemes;
  if (low.length > 0) {
    caveats.push({
      code: 'low-agreement',
      text: `Respondents disagree on ${plural(lowThemes, 'theme')} and ${plural(lowItems, 'item')} (agreement index below ${p.provenance.scoring.options.lowAgreementBelow}): a score there averages different views, so discuss it before acting on it.`,
    });
  }
  const smallN = p.analysis.position.method.options.smallN;
  const smallThemes = p.analysis.position.themes.filter((theme) => theme.n < smallN);
  if (smallThemes.length > 0) {
    const fewest = Math.min(...smallThemes.map((theme) => theme.n));
    caveats.push({
      code: 'small-numbers',
      text: `The national comparison rests on as few as ${plural(fewest, noun.singular, noun.plural)} with sufficient evidence on a theme: medians and ranks are uncertain.`,
    });
  }
  if (change !== null) {
    caveats.push({
      code: 'change-comparability',
      text: !change.inPreviousRound
        ? `${name} was not in the previous round (${change.previous.label}), so no change can be shown.`
        : changeComparabilityText(p, p.comparison?.earlier.framework, 'matched themes and items'),
    });
  }
  return caveats;
}

/** The report's summary figures. */
function allianceSummary(s: Subject, themes: readonly AllianceTheme[], needs: number, sharedBarriers: number): AllianceSummary {
  const sufficientThemes = themes.filter((theme) => theme.sufficient && theme.score !== null);
  return {
    respondents: s.score.respondents,
    answers: s.score.answers,
    scored: s.score.unscoredReason === null,
    themes: themes.length,
    sufficientThemes: sufficientThemes.length,
    themesAtOrAboveTarget: s.standing.themes.filter((theme) => theme.belowTarget === false).length,
    themesBelowTarget: s.standing.themes.filter((theme) => theme.belowTarget === true).length,
    toTarget: s.gaps.toTarget.fraction,
    needs,
    sharedBarriers,
    strengths: sufficientThemes.filter((theme) => theme.position === 'strength').map((theme) => theme.themeId),
    nationalMedianToTarget: s.p.medianToTarget,
  };
}

/** Builds one organisation's report model from the shared analysis (not frozen). */
export function assembleAllianceReport(p: Prepared, organisationId: string): AllianceReport {
  const s = subjectOf(p, organisationId);
  const themes = allianceThemes(s);
  const needs = s.needs.needs.map((need) => reportNeed(p, need));
  const barriers = allianceBarriers(s);
  const low = lowAgreement(s);
  const change = allianceChange(s);
  const region = s.gaps.region;
  const summary = allianceSummary(s, themes, needs.length, barriers.length);
  const priorities = prioritiesOf(themes, needs, p.maxPriorities);
  const keyMessages = keyMessagesOf(
    {
      name: s.name,
      respondents: s.score.respondents,
      fewRespondents: p.fewRespondents,
      minShortfall: s.needs.method.options.minShortfall,
      lowAgreementBelow: p.provenance.scoring.options.lowAgreementBelow,
      summary,
      themes,
      needs,
      priorities,
      low,
      change,
    },
    summary.scored,
  );
  // The organisation follows the noun in the JSON, ahead of the rest of the header.
  const { kind, title, subtitle, noun, ...header } = reportHeader(p, 'alliance-report', `${s.name}: self-assessment report`, allianceCaveats(s, themes, low, change));
  return {
    kind,
    title,
    subtitle,
    noun,
    organisation: { id: organisationId, name: s.name, region: region === null ? null : { id: region.id, name: region.name } },
    ...header,
    summary,
    keyMessages,
    priorities,
    themes,
    items: allianceItems(s),
    needs,
    barriers,
    agreement: { lowAgreementBelow: p.provenance.scoring.options.lowAgreementBelow, low },
    groups: allianceGroups(s),
    change,
  };
}

/**
 * Builds the report model of one alliance (or any assessed organisation): its theme scores and levels,
 * target gaps and positions, its national standing, priority development needs and who can help, the
 * common barriers it shares, agreement, respondent groups, change since the previous round, method,
 * provenance and caveats. It runs the national analysis itself; to report on many alliances, use
 * {@link buildReports}, which runs it once.
 *
 * @param scores - The scores of every organisation, from `scoreAnswers` (or `scoreAnswersCsv`).
 * @param options - The framework and the organisation to report on (both required); optionally the round, the
 *   previous round, an outcome measure and a data notice; analysis options, names and report thresholds.
 * @returns The report model: plain, deeply frozen, JSON-safe data with unrounded numbers.
 * @throws TypeError when the scores or options are not shaped as they should be.
 * @throws RangeError when the scores hold no such organisation, or an analysis option is out of range.
 * @throws AnalysisError when the rounds' dates are not valid.
 * @example
 * ```ts
 * const report = buildAllianceReport(scores, { framework, organisationId: 'wessex', synthetic: true });
 * report.needs[0]?.title; // the most urgent development need
 * renderHtml(report); // a standalone HTML page
 * ```
 * @category Report
 */
export function buildAllianceReport(scores: AssessmentScores, options: BuildAllianceReportOptions): AllianceReport {
  const fn = 'buildAllianceReport';
  const p = prepare(fn, scores, options);
  const { organisationId } = options;
  if (typeof organisationId !== 'string') throw new TypeError(`${fn}: options.organisationId must be a string`);
  if (!p.scoreById.has(organisationId)) {
    const known = p.scores.slice(0, 5).map((score) => score.organisationId);
    throw new RangeError(
      `${fn}: the scores hold no organisation "${organisationId}"; use one of ${known.length === 0 ? '(none: the scores are empty)' : `${known.join(', ')}${p.scores.length > 5 ? ', …' : ''}`}`,
    );
  }
  return deepFreeze(assembleAllianceReport(p, organisationId));
}
