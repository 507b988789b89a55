import type { AssessmentScores } from '../assessment/score-types.js';
import type { SharedBarrier } from '../analysis/barriers.js';
import type { RegionRef } from '../analysis/context.js';
import { deepFreeze } from '../internal/freeze.js';
import type {
  NationalAlliance,
  NationalChange,
  NationalRegion,
  NationalReport,
  NationalTheme,
  ReportBarrier,
  ReportCaveat,
  BuildNationalReportOptions,
  ReportOutcomes,
} from './model.js';
import { formatPercent, plural, roundName } from './format.js';
import { byName, listInWords, prepare, type Prepared } from './prepare.js';

/** The name shown for the group of organisations in no known region. */
export const NO_REGION = 'No region';

function regionCopy(region: RegionRef | null): RegionRef | null {
  return region === null ? null : { id: region.id, name: region.name };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Builds the national report model from the shared analysis (not frozen). */
export function assembleNationalReport(p: Prepared): NationalReport {
  const { analysis, noun } = p;
  const { position } = analysis;
  const named = (id: string) => ({ id, name: p.name(id) });

  // Changes per organisation and theme (later ids).
  const changeOf = new Map<string, Map<string, { change: number | null; comparable: boolean }>>();
  for (const organisation of p.comparison?.organisations ?? []) {
    const byTheme = new Map<string, { change: number | null; comparable: boolean }>();
    for (const change of organisation.themes) if (change.laterId !== null) byTheme.set(change.laterId, { change: change.change, comparable: change.comparable });
    changeOf.set(organisation.organisationId, byTheme);
  }

  const needCounts = new Map<string, number>();
  for (const needs of analysis.needsByOrganisation) {
    for (const need of needs.needs) needCounts.set(need.themeId, (needCounts.get(need.themeId) ?? 0) + 1);
  }

  const themes: NationalTheme[] = p.themes.map((info) => {
    const distribution = position.themes.find((theme) => theme.themeId === info.id);
    if (distribution === undefined) throw new Error(`buildNationalReport: the analysis has no distribution of theme "${info.id}"; this is a bug in cancer-alliance-framework`);
    const targets = new Set<number>();
    for (const standing of position.standings) {
      const theme = standing.themes.find((candidate) => candidate.themeId === info.id);
      if (theme) targets.add(theme.target.value);
    }
    let change: NationalTheme['change'] = null;
    if (p.comparison !== null) {
      const values: number[] = [];
      for (const byTheme of changeOf.values()) {
        const entry = byTheme.get(info.id);
        if (entry?.comparable && entry.change !== null) values.push(entry.change);
      }
      change = {
        comparable: values.length,
        improved: values.filter((value) => value > 0).length,
        declined: values.filter((value) => value < 0).length,
        unchanged: values.filter((value) => value === 0).length,
        meanChange: values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length,
      };
    }
    return {
      themeId: info.id,
      title: info.title,
      whatGoodLooksLike: info.whatGoodLooksLike,
      scaleId: info.scale.id,
      scaleMin: info.min,
      scaleMax: info.max,
      target: targets.size === 1 ? ([...targets][0] as number) : targets.size === 0 ? p.framework.defaultTarget : null,
      n: distribution.n,
      excluded: distribution.excluded,
      mean: distribution.mean,
      median: distribution.median,
      q1: distribution.q1,
      q3: distribution.q3,
      min: distribution.min,
      max: distribution.max,
      sd: distribution.sd,
      standardError: distribution.standardError,
      levels: distribution.levels.map((level) => ({ value: level.value, label: level.label, count: level.count })),
      belowTarget: distribution.belowTarget,
      atOrAboveTarget: distribution.atOrAboveTarget,
      needs: needCounts.get(info.id) ?? 0,
      caveats: [...distribution.caveats],
      change,
    };
  });

  const alliances: NationalAlliance[] = position.standings.map((standing) => {
    const id = standing.organisationId as string;
    const score = p.scoreById.get(id);
    const gaps = p.gapsById.get(id);
    const needs = p.needsById.get(id);
    const gapByTheme = new Map((gaps?.themes ?? []).map((gap) => [gap.themeId as string, gap]));
    const changes = changeOf.get(id);
    return {
      organisation: { id, name: p.name(id), region: regionCopy(standing.region) },
      respondents: score?.respondents ?? 0,
      scored: score?.unscoredReason === null,
      toTarget: gaps?.toTarget.fraction ?? null,
      needs: needs?.needs.length ?? 0,
      needThemes: (needs?.needs ?? []).map((need) => need.themeId as string),
      themes: standing.themes.map((theme) => {
        const gap = gapByTheme.get(theme.themeId);
        const change = changes?.get(theme.themeId);
        return {
          themeId: theme.themeId,
          score: theme.score,
          level: gap?.level ?? null,
          sufficient: theme.sufficient,
          target: theme.target.value,
          belowTarget: theme.belowTarget,
          shortfall: gap?.shortfall ?? null,
          band: gap?.band ?? null,
          rank: theme.rank,
          outOf: theme.outOf,
          distanceFromMedian: theme.distanceFromMedian,
          change: change?.comparable ? change.change : null,
        };
      }),
    };
  });
  alliances.sort((a, b) => byName(a.organisation, b.organisation));

  const regions: NationalRegion[] = position.regions.map((region) => ({
    region: regionCopy(region.region),
    name: region.region?.name ?? NO_REGION,
    organisations: region.organisations.map((id) => named(id)).sort(byName),
    themes: region.themes.map((theme) => ({
      themeId: theme.themeId,
      title: theme.title,
      n: theme.n,
      median: theme.median,
      mean: theme.mean,
      min: theme.min,
      max: theme.max,
      belowTarget: theme.belowTarget,
      atOrAboveTarget: theme.atOrAboveTarget,
    })),
  }));

  const barrier = (entry: SharedBarrier): ReportBarrier => ({
    rank: entry.rank,
    level: entry.level,
    id: entry.id,
    themeId: entry.themeId,
    themeTitle: p.themeById.get(entry.themeId)?.title ?? entry.themeId,
    kind: entry.kind,
    text: entry.text,
    sharing: entry.sharing,
    scored: entry.scored,
    prevalence: entry.prevalence,
    meanShortfall: entry.meanShortfall,
    byRegion: entry.byRegion.map((region) => ({
      region: regionCopy(region.region),
      name: region.region?.name ?? NO_REGION,
      organisations: region.organisations.map((member) => ({
        id: member.organisationId as string,
        name: p.name(member.organisationId),
        score: member.score,
        shortfall: member.shortfall,
      })),
    })),
  });
  const barrierOptions = analysis.barriers.method.options;

  let outcomes: ReportOutcomes | null = null;
  if (p.association !== null) {
    const { association } = p;
    outcomes = {
      name: association.outcome.name,
      unit: association.outcome.unit,
      source: association.outcome.source,
      values: association.outcome.values,
      themes: association.themes.map((theme) => ({
        themeId: theme.themeId,
        title: theme.title,
        n: theme.n,
        rho: theme.rho,
        pValue: theme.pValue,
        caveat: theme.caveat,
      })),
      outcomesWithoutScores: association.outcomesWithoutScores.map((id) => named(id)),
      scoresWithoutOutcomes: association.scoresWithoutOutcomes.map((id) => named(id)),
    };
  }

  let change: NationalChange | null = null;
  if (p.comparison !== null && p.previousRound !== null) {
    change = {
      previous: p.previousRound,
      organisations: p.comparison.organisations.length,
      onlyEarlier: p.comparison.onlyEarlier.map((id) => named(id)),
      onlyLater: p.comparison.onlyLater.map((id) => named(id)),
      earlierFramework: { id: p.comparison.earlier.framework.id, version: p.comparison.earlier.framework.version },
    };
  }

  const unscored = p.scores.filter((score) => score.unscoredReason !== null).map((score) => named(score.organisationId));
  const toTargets = alliances.map((alliance) => alliance.toTarget).filter((value): value is number => value !== null);
  const scoring = p.provenance.scoring.options;

  const caveats: ReportCaveat[] = [...p.commonCaveats];
  if (unscored.length > 0) {
    caveats.push({
      code: 'unscored-organisation',
      text: `${listInWords(unscored.map((entry) => entry.name))} had fewer than ${plural(scoring.minRespondents, 'respondent')}, so ${unscored.length === 1 ? 'its scores are' : 'their scores are'} withheld and left out of every national figure.`,
    });
  }
  const withInsufficient = alliances.filter((alliance) => alliance.scored && alliance.themes.some((theme) => !theme.sufficient));
  if (withInsufficient.length > 0) {
    caveats.push({
      code: 'insufficient-themes',
      text: `${plural(withInsufficient.length, noun.singular, noun.plural)} ${withInsufficient.length === 1 ? 'has' : 'have'} too little evidence (fewer than ${formatPercent(scoring.minCoverage)} of items scored) on at least one theme: those themes are shown in brackets and left out of medians, quartiles, ranks and barriers.`,
    });
  }
  const smallN = position.method.options.smallN;
  const small = themes.filter((theme) => theme.n < smallN);
  if (small.length > 0) {
    const fewest = Math.min(...small.map((theme) => theme.n));
    caveats.push({
      code: 'small-numbers',
      text: `${small.length === themes.length ? 'Every theme rests' : `${plural(small.length, 'theme')} rest`} on fewer than ${plural(smallN, noun.singular, noun.plural)} with sufficient evidence (as few as ${fewest}): medians, quartiles and ranks are uncertain.`,
    });
  }
  if (outcomes !== null) {
    caveats.push({
      code: 'association',
      text: `An association between a theme and ${outcomes.name} does not show that one causes the other. With ${plural(outcomes.themes.reduce((max, theme) => Math.max(max, theme.n), 0), noun.singular, noun.plural)}, only strong associations can be told apart from chance.`,
    });
  }
  if (change !== null) {
    const sameFramework = change.earlierFramework.id === p.framework.id && change.earlierFramework.version === p.framework.version;
    caveats.push({
      code: 'change-comparability',
      text: sameFramework
        ? 'Changes count only where both rounds have sufficient evidence; a small change may reflect a different set of respondents rather than real progress.'
        : `The previous round used framework ${change.earlierFramework.id} version ${change.earlierFramework.version} and this round version ${p.framework.version}: changes count only for matched themes with sufficient evidence in both rounds.`,
    });
  }

  return {
    kind: 'national-report',
    title: 'National self-assessment report',
    subtitle: p.round === null ? p.framework.title : `${p.framework.title} · ${roundName(p.round)}`,
    noun: p.noun,
    round: p.round,
    previousRound: p.previousRound,
    dataNotice: p.dataNotice,
    provenance: p.provenance,
    caveats,
    scales: p.scales,
    summary: {
      organisations: p.scores.length,
      scoredOrganisations: p.scores.length - unscored.length,
      unscoredOrganisations: unscored,
      respondents: p.scores.reduce((sum, score) => sum + score.respondents, 0),
      themes: themes.length,
      medianToTarget: median(toTargets),
      totalNeeds: analysis.needsByOrganisation.reduce((sum, needs) => sum + needs.needs.length, 0),
      organisationsWithNeeds: analysis.needsByOrganisation.filter((needs) => needs.needs.length > 0).length,
      commonItemBarriers: analysis.barriers.items.length,
      commonThemeBarriers: analysis.barriers.themes.length,
    },
    themes,
    alliances,
    regions,
    barriers: {
      barrierShortfall: barrierOptions.barrierShortfall,
      commonShare: barrierOptions.commonShare,
      commonMinCount: barrierOptions.commonMinCount,
      items: analysis.barriers.items.map(barrier),
      themes: analysis.barriers.themes.map(barrier),
    },
    outcomes,
    change,
  };
}

/**
 * Builds the national report model: every theme's distribution over the alliances (median, quartiles,
 * levels, below target), the alliances by theme (the heatmap), the regions, the common barriers, the
 * development needs across alliances, the association with an outcome and the change since the previous
 * round when given, the method, provenance and caveats. It runs the analyses itself.
 *
 * @param scores - The scores of every organisation, from {@link scoreAnswers} (or `scoreAnswersCsv`).
 * @param options - The framework (required); optionally the round, the previous round, an outcome measure and a
 *   data notice; analysis options (targets, regions, roles, thresholds), names and report thresholds.
 * @returns The report model: plain, deeply frozen, JSON-safe data with unrounded numbers.
 * @throws TypeError when the scores or options are not shaped as they should be.
 * @throws RangeError when an analysis option is out of range or the scores were computed with another framework.
 * @throws AnalysisError when the outcome values or the rounds' dates are not valid.
 * @example
 * ```ts
 * const report = buildNationalReport(scores, { framework, round: { label: '2023/24', date: '2023-06-30', financialYear: '2023/24' } });
 * report.themes.map((theme) => theme.median);
 * renderMarkdown(report);
 * ```
 * @category Report
 */
export function buildNationalReport(scores: AssessmentScores, options: BuildNationalReportOptions): NationalReport {
  return deepFreeze(assembleNationalReport(prepare('buildNationalReport', scores, options)));
}
