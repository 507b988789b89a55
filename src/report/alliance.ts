import type { AssessmentScores } from '../assessment/score-types.js';
import type { ThemeDistribution } from '../analysis/national.js';
import type { RoundChange } from '../analysis/rounds.js';
import { deepFreeze } from '../internal/freeze.js';
import type {
  AllianceBarrier,
  AllianceChange,
  AllianceItem,
  AllianceReport,
  BuildAllianceReportOptions,
  AllianceTheme,
  LowAgreement,
  ReportCaveat,
  ReportChange,
  ReportGroup,
  ReportGroupDifference,
  ReportNeed,
  ReportNeedItem,
} from './model.js';
import { levelLabel, listInWords, prepare, type Prepared } from './prepare.js';
import { formatPercent, plural, roundName } from './format.js';

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
  };
}

function itemText(p: Prepared, itemId: string): string {
  return p.itemById.get(itemId)?.text ?? itemId;
}

function missing(what: string, organisationId: string): never {
  throw new Error(`buildAllianceReport: the analysis has no ${what} for "${organisationId}"; this is a bug in cancer-alliance-framework`);
}

/** Builds one organisation's report model from the shared analysis (not frozen). */
export function assembleAllianceReport(p: Prepared, organisationId: string): AllianceReport {
  const score = p.scoreById.get(organisationId) ?? missing('scores', organisationId);
  const gaps = p.gapsById.get(organisationId) ?? missing('gaps', organisationId);
  const needs = p.needsById.get(organisationId) ?? missing('needs', organisationId);
  const standing = p.standingById.get(organisationId) ?? missing('standing', organisationId);
  const { noun } = p;
  const name = p.name(organisationId);
  const scoring = p.provenance.scoring.options;

  const themeScores = new Map(score.themes.map((theme) => [theme.themeId as string, theme]));
  const itemScores = new Map(score.items.map((item) => [item.itemId as string, item]));
  const gapByTheme = new Map(gaps.themes.map((gap) => [gap.themeId as string, gap]));
  const itemGaps = new Map(gaps.themes.flatMap((gap) => gap.items.map((item) => [item.itemId as string, item] as const)));
  const standingByTheme = new Map(standing.themes.map((theme) => [theme.themeId as string, theme]));
  const distributionByTheme = new Map<string, ThemeDistribution>(p.analysis.position.themes.map((theme) => [theme.themeId as string, theme]));
  const orgChange = p.changeById.get(organisationId) ?? null;
  const themeChanges = new Map((orgChange?.themes ?? []).filter((c) => c.laterId !== null).map((c) => [c.laterId as string, c]));
  const itemChanges = new Map((orgChange?.items ?? []).filter((c) => c.laterId !== null).map((c) => [c.laterId as string, c]));
  const withChange = p.comparison !== null;

  const themes: AllianceTheme[] = p.themes.map((info) => {
    const themeScore = themeScores.get(info.id) ?? missing(`score of theme ${info.id}`, organisationId);
    const gap = gapByTheme.get(info.id) ?? missing(`gap of theme ${info.id}`, organisationId);
    const themeStanding = standingByTheme.get(info.id) ?? missing(`standing on theme ${info.id}`, organisationId);
    const distribution = distributionByTheme.get(info.id) ?? missing(`national distribution of theme ${info.id}`, organisationId);
    const change = themeChanges.get(info.id);
    return {
      themeId: info.id,
      title: info.title,
      whatGoodLooksLike: info.whatGoodLooksLike,
      scaleId: info.scale.id,
      scaleMin: info.min,
      scaleMax: info.max,
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
      change: withChange ? (change === undefined ? null : reportChange(change)) : null,
    };
  });

  const items: AllianceItem[] = p.items.map((info) => {
    const itemScore = itemScores.get(info.id) ?? missing(`score of item ${info.id}`, organisationId);
    const gap = itemGaps.get(info.id) ?? missing(`gap of item ${info.id}`, organisationId);
    const change = itemChanges.get(info.id);
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
      change: withChange ? (change === undefined ? null : reportChange(change)) : null,
    };
  });

  const needItem = (itemId: string, kind: 'condition' | 'enabler', value: number, shortfall: number): ReportNeedItem => ({
    itemId,
    kind,
    text: itemText(p, itemId),
    score: value,
    shortfall,
  });
  const reportNeeds: ReportNeed[] = needs.needs.map((need) => ({
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
      ...needItem(condition.itemId, 'condition', condition.score, condition.shortfall),
      weakEnablers: condition.weakEnablers.map((enabler) => needItem(enabler.itemId, 'enabler', enabler.score, enabler.shortfall)),
      unscoredEnablers: condition.unscoredEnablers.map((itemId) => ({ itemId, text: itemText(p, itemId) })),
    })),
    lowestItems: need.lowestItems.map((item) => needItem(item.itemId, item.kind, item.score, item.shortfall)),
    roles: need.roles.map((role) => ({
      roleId: role.roleId,
      name: role.roleName ?? role.roleId,
      known: role.roleName !== null,
      responsibility:
        role.responsibility === null
          ? null
          : {
              id: role.responsibility.id,
              phrase: role.responsibility.phrase,
              text: role.responsibility.text,
              rule: role.responsibility.rule,
              matchedKeywords: [...role.responsibility.matchedKeywords],
            },
    })),
    peers: need.peers.map((peer) => ({
      organisationId: peer.organisationId,
      name: p.name(peer.organisationId),
      region: peer.region === null ? null : { id: peer.region.id, name: peer.region.name },
      sameRegion: peer.sameRegion,
      score: peer.score,
      target: peer.target.value,
    })),
  }));

  const barriers: AllianceBarrier[] = [];
  for (const barrier of [...p.analysis.barriers.items, ...p.analysis.barriers.themes]) {
    for (const region of barrier.byRegion) {
      const member = region.organisations.find((organisation) => organisation.organisationId === organisationId);
      if (member === undefined) continue;
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
  }

  const low: LowAgreement[] = [];
  for (const theme of p.themes) {
    const agreement = themeScores.get(theme.id)?.agreement;
    if (agreement?.low) low.push({ level: 'theme', id: theme.id, themeId: theme.id, text: theme.title, n: agreement.n, sd: agreement.sd, index: agreement.index });
  }
  for (const item of p.items) {
    const agreement = itemScores.get(item.id)?.agreement;
    if (agreement?.low) low.push({ level: 'item', id: item.id, themeId: item.themeId, text: item.text, n: agreement.n, sd: agreement.sd, index: agreement.index });
  }

  const groups: ReportGroup[] = score.groups.map((group) => {
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
  const differences: ReportGroupDifference[] = score.groupDifferences.map((difference) => ({
    themeId: difference.themeId,
    itemId: difference.itemId,
    text: difference.itemId === null ? (p.themeById.get(difference.themeId)?.title ?? difference.themeId) : itemText(p, difference.itemId),
    higherGroup: difference.higherGroup,
    lowerGroup: difference.lowerGroup,
    higherScore: difference.higherScore,
    lowerScore: difference.lowerScore,
    difference: difference.difference,
  }));

  let change: AllianceChange | null = null;
  if (p.comparison !== null && p.previousRound !== null) {
    const rows = (orgChange?.themes ?? []).map((c) => ({
      ...reportChange(c),
      title: c.laterId !== null ? (p.themeById.get(c.laterId)?.title ?? c.laterId) : (c.earlierId ?? ''),
    }));
    const comparable = rows.filter((row) => row.comparable && row.change !== null);
    change = {
      previous: p.previousRound,
      inPreviousRound: orgChange !== null,
      themes: rows,
      improved: comparable.filter((row) => (row.change as number) > 0).length,
      declined: comparable.filter((row) => (row.change as number) < 0).length,
      comparable: comparable.length,
    };
  }

  const sufficientThemes = themes.filter((theme) => theme.sufficient && theme.score !== null);
  const strengths = sufficientThemes.filter((theme) => theme.position === 'strength').map((theme) => theme.themeId);
  const scored = score.unscoredReason === null;

  // Caveats, most important first.
  const caveats: ReportCaveat[] = [...p.commonCaveats];
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
      text: `${insufficient.length} of ${themes.length} themes (${listInWords(insufficient.map((theme) => theme.title))}) have too little evidence: fewer than ${formatPercent(scoring.minCoverage)} of their items were scored. They are shown in brackets, are not findings, and are left out of needs and ranks.`,
    });
  }
  const suppressed = score.groups.filter((group) => group.suppressed);
  if (suppressed.length > 0) {
    caveats.push({
      code: 'suppressed-groups',
      text: `${suppressed.length === 1 ? 'One respondent group has' : `${suppressed.length} respondent groups have`} fewer than ${plural(scoring.minGroupSize, 'respondent')}, so ${suppressed.length === 1 ? 'its scores are' : 'their scores are'} not shown separately, to protect anonymity; their answers still count in the ${noun.singular}'s scores.`,
    });
  }
  const lowThemes = low.filter((entry) => entry.level === 'theme').length;
  const lowItems = low.length - lowThemes;
  if (low.length > 0) {
    caveats.push({
      code: 'low-agreement',
      text: `Respondents disagree on ${plural(lowThemes, 'theme')} and ${plural(lowItems, 'item')} (agreement index below ${scoring.lowAgreementBelow}): a score there averages different views, so discuss it before acting on it.`,
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
    const earlier = p.comparison?.earlier.framework;
    const sameFramework = earlier !== undefined && earlier.id === p.framework.id && earlier.version === p.framework.version;
    caveats.push({
      code: 'change-comparability',
      text: !change.inPreviousRound
        ? `${name} was not in the previous round (${change.previous.label}), so no change can be shown.`
        : sameFramework
          ? 'Changes count only where both rounds have sufficient evidence; a small change may reflect a different set of respondents rather than real progress.'
          : `The previous round used framework ${earlier?.id ?? ''} version ${earlier?.version ?? ''} and this round version ${p.framework.version}: changes count only for matched themes and items with sufficient evidence in both rounds.`,
    });
  }

  const title = `${name}: self-assessment report`;
  return {
    kind: 'alliance-report',
    title,
    subtitle: p.round === null ? p.framework.title : `${p.framework.title} · ${roundName(p.round)}`,
    noun: p.noun,
    organisation: { id: organisationId, name, region: gaps.region === null ? null : { id: gaps.region.id, name: gaps.region.name } },
    round: p.round,
    previousRound: p.previousRound,
    dataNotice: p.dataNotice,
    provenance: p.provenance,
    caveats,
    scales: p.scales,
    summary: {
      respondents: score.respondents,
      answers: score.answers,
      scored,
      themes: themes.length,
      sufficientThemes: sufficientThemes.length,
      themesAtOrAboveTarget: standing.themes.filter((theme) => theme.belowTarget === false).length,
      themesBelowTarget: standing.themes.filter((theme) => theme.belowTarget === true).length,
      toTarget: gaps.toTarget.fraction,
      needs: reportNeeds.length,
      sharedBarriers: barriers.length,
      strengths,
    },
    themes,
    items,
    needs: reportNeeds,
    barriers,
    agreement: { lowAgreementBelow: scoring.lowAgreementBelow, low },
    groups: { minGroupSize: scoring.minGroupSize, groups, differences },
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
 * @param scores - The scores of every organisation, from {@link scoreAnswers} (or `scoreAnswersCsv`).
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
