import type { SharedBarrier } from '../analysis/barriers.js';
import type { RegionRef } from '../analysis/context.js';
import type { AssessmentScores } from '../assessment/score-types.js';
import { deepFreeze } from '../internal/freeze.js';
import { formatPercent, plural } from './format.js';
import { changeComparabilityText, reportHeader, themeHeading } from './header.js';
import type {
  BuildNationalReportOptions,
  NationalAlliance,
  NationalChange,
  NationalRegion,
  NationalReport,
  NationalSummary,
  NationalTheme,
  ReportBarrier,
  ReportCaveat,
  ReportOutcomes,
} from './model.js';
import { byName, listInWords, prepare, type Prepared, type ThemeInfo } from './prepare.js';

/** The name shown for the group of organisations in no known region. */
export const NO_REGION = 'No region';

function regionCopy(region: RegionRef | null): RegionRef | null {
  return region === null ? null : { id: region.id, name: region.name };
}

/** An organisation's id and name. */
function named(p: Prepared, id: string): { readonly id: string; readonly name: string } {
  return { id, name: p.name(id) };
}

/** One theme's change for one organisation: the change in score, and whether it is comparable. */
interface ThemeChange {
  readonly change: number | null;
  readonly comparable: boolean;
  readonly clear: boolean;
}

/** The changes since the previous round, by organisation and by theme (later ids); empty without a previous round. */
function changesOf(p: Prepared): ReadonlyMap<string, ReadonlyMap<string, ThemeChange>> {
  const changeOf = new Map<string, Map<string, ThemeChange>>();
  for (const organisation of p.comparison?.organisations ?? []) {
    const byTheme = new Map<string, ThemeChange>();
    for (const change of organisation.themes)
      if (change.laterId !== null) byTheme.set(change.laterId, { change: change.change, comparable: change.comparable, clear: change.clear });
    changeOf.set(organisation.organisationId, byTheme);
  }
  return changeOf;
}

/** A theme's change over the organisations comparable on it; null without a previous round. */
function themeChange(p: Prepared, changeOf: ReadonlyMap<string, ReadonlyMap<string, ThemeChange>>, themeId: string): NationalTheme['change'] {
  if (p.comparison === null) return null;
  const values: number[] = [];
  let clearlyImproved = 0;
  let clearlyDeclined = 0;
  for (const byTheme of changeOf.values()) {
    const entry = byTheme.get(themeId);
    if (entry?.comparable && entry.change !== null) {
      values.push(entry.change);
      if (entry.clear && entry.change > 0) clearlyImproved++;
      if (entry.clear && entry.change < 0) clearlyDeclined++;
    }
  }
  return {
    comparable: values.length,
    improved: values.filter((value) => value > 0).length,
    declined: values.filter((value) => value < 0).length,
    unchanged: values.filter((value) => value === 0).length,
    meanChange: values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length,
    clearlyImproved,
    clearlyDeclined,
  };
}

/** Per theme id, the targets the organisations have on it: gathered once, in one pass over the standings. */
function targetsByTheme(p: Prepared): ReadonlyMap<string, ReadonlySet<number>> {
  const byTheme = new Map<string, Set<number>>();
  for (const standing of p.analysis.position.standings) {
    for (const theme of standing.themes) {
      const targets = byTheme.get(theme.themeId);
      if (targets === undefined) byTheme.set(theme.themeId, new Set([theme.target.value]));
      else targets.add(theme.target.value);
    }
  }
  return byTheme;
}

/** The target every organisation shares on a theme: the framework's default when none is set, null when they differ. */
function sharedTarget(p: Prepared, targetsOf: ReadonlyMap<string, ReadonlySet<number>>, info: ThemeInfo): number | null {
  const targets = targetsOf.get(info.id) ?? new Set<number>();
  return targets.size === 1 ? [...targets][0]! : targets.size === 0 ? p.framework.defaultTarget : null;
}

/** Each theme in framework order: its distribution over the organisations, how many have it as a need, and its change. */
function nationalThemes(p: Prepared, changeOf: ReadonlyMap<string, ReadonlyMap<string, ThemeChange>>): NationalTheme[] {
  const needCounts = new Map<string, number>();
  for (const needs of p.analysis.needsByOrganisation) {
    for (const need of needs.needs) needCounts.set(need.themeId, (needCounts.get(need.themeId) ?? 0) + 1);
  }
  const targetsOf = targetsByTheme(p);
  const distributions = new Map(p.analysis.position.themes.map((theme) => [theme.themeId as string, theme]));
  return p.themes.map((info) => {
    const distribution = distributions.get(info.id);
    if (distribution === undefined) throw new Error(`buildNationalReport: the analysis has no distribution of theme "${info.id}"; this is a bug in cancer-alliance-framework`);
    return {
      ...themeHeading(info),
      target: sharedTarget(p, targetsOf, info),
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
      change: themeChange(p, changeOf, info.id),
    };
  });
}

/** Each organisation's row, by name: its figures and, theme by theme, the cells of the heatmap. */
function nationalAlliances(p: Prepared, changeOf: ReadonlyMap<string, ReadonlyMap<string, ThemeChange>>): NationalAlliance[] {
  const alliances: NationalAlliance[] = p.analysis.position.standings.map((standing) => {
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
      // Frozen as made, as the barriers' members are (16,000 cells at 2,000 organisations).
      themes: Object.freeze(
        standing.themes.map((theme) => {
          const gap = gapByTheme.get(theme.themeId);
          const change = changes?.get(theme.themeId);
          return Object.freeze({
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
          });
        }),
      ),
    };
  });
  return alliances.sort((a, b) => byName(a.organisation, b.organisation));
}

/** Each region, by name ("No region" last): its organisations by name and its theme distributions. */
function nationalRegions(p: Prepared): NationalRegion[] {
  return p.analysis.position.regions.map((region) => ({
    region: regionCopy(region.region),
    name: region.region?.name ?? NO_REGION,
    organisations: region.organisations.map((id) => named(p, id)).sort(byName),
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
}

/** A common barrier with its theme's title, and the organisations that share it by region, by name. */
function reportBarrier(p: Prepared, entry: SharedBarrier): ReportBarrier {
  return {
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
      // Frozen as made: `deepFreeze` trusts a frozen list to be frozen all the way down, so the report's freezing
      // does not walk its members again (some 100,000 at 2,000 organisations).
      organisations: Object.freeze(
        region.organisations.map((member) =>
          Object.freeze({
            id: member.organisationId,
            name: p.name(member.organisationId),
            score: member.score,
            shortfall: member.shortfall,
          }),
        ),
      ),
    })),
  };
}

/** The common barriers, items and themes, with the thresholds that made them common. */
function nationalBarriers(p: Prepared): NationalReport['barriers'] {
  const { barriers } = p.analysis;
  const options = barriers.method.options;
  return {
    barrierShortfall: options.barrierShortfall,
    commonShare: options.commonShare,
    commonMinCount: options.commonMinCount,
    items: barriers.items.map((entry) => reportBarrier(p, entry)),
    themes: barriers.themes.map((entry) => reportBarrier(p, entry)),
  };
}

/** The association of each theme with the outcome measure, and who has one without the other; null without an outcome. */
function nationalOutcomes(p: Prepared): ReportOutcomes | null {
  const { association } = p;
  if (association === null) return null;
  return {
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
      adjustedPValue: theme.adjustedPValue,
      caveat: theme.caveat,
    })),
    correction: association.method.options.correction,
    outcomesWithoutScores: association.outcomesWithoutScores.map((id) => named(p, id)),
    scoresWithoutOutcomes: association.scoresWithoutOutcomes.map((id) => named(p, id)),
    ...(association.outcome.standard === undefined ? {} : { standard: association.outcome.standard }),
  };
}

/** Who took part in both rounds and in one only, and the previous round's framework; null without a previous round. */
function nationalChange(p: Prepared): NationalChange | null {
  if (p.comparison === null || p.previousRound === null) return null;
  return {
    previous: p.previousRound,
    organisations: p.comparison.organisations.length,
    onlyEarlier: p.comparison.onlyEarlier.map((id) => named(p, id)),
    onlyLater: p.comparison.onlyLater.map((id) => named(p, id)),
    earlierFramework: { id: p.comparison.earlier.framework.id, version: p.comparison.earlier.framework.version },
  };
}

/** The report's summary figures. */
function nationalSummary(p: Prepared, themes: readonly NationalTheme[], unscored: NationalSummary['unscoredOrganisations']): NationalSummary {
  const { analysis } = p;
  return {
    organisations: p.scores.length,
    scoredOrganisations: p.scores.length - unscored.length,
    unscoredOrganisations: unscored,
    respondents: p.scores.reduce((sum, score) => sum + score.respondents, 0),
    themes: themes.length,
    medianToTarget: p.medianToTarget,
    totalNeeds: analysis.needsByOrganisation.reduce((sum, needs) => sum + needs.needs.length, 0),
    organisationsWithNeeds: analysis.needsByOrganisation.filter((needs) => needs.needs.length > 0).length,
    commonItemBarriers: analysis.barriers.items.length,
    commonThemeBarriers: analysis.barriers.themes.length,
  };
}

/** The parts of the national report that its caveats speak of. */
interface NationalCaveatFacts {
  readonly unscored: NationalSummary['unscoredOrganisations'];
  readonly themes: readonly NationalTheme[];
  readonly alliances: readonly NationalAlliance[];
  readonly outcomes: ReportOutcomes | null;
  readonly change: NationalChange | null;
}

/** Every caveat of the report, most important first: the common ones, scores withheld, too little evidence, small numbers, association and change. */
function nationalCaveats(p: Prepared, facts: NationalCaveatFacts): ReportCaveat[] {
  const { noun } = p;
  const { unscored, themes, alliances, outcomes, change } = facts;
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
  const smallN = p.analysis.position.method.options.smallN;
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
      text: `An association between a theme and ${outcomes.name} does not show that one causes the other. With ${plural(
        outcomes.themes.reduce((max, theme) => Math.max(max, theme.n), 0),
        noun.singular,
        noun.plural,
      )}, only strong associations can be told apart from chance.`,
    });
  }
  if (change !== null) {
    caveats.push({ code: 'change-comparability', text: changeComparabilityText(p, change.earlierFramework, 'matched themes') });
  }
  return caveats;
}

/** Builds the national report model from the shared analysis (not frozen). */
export function assembleNationalReport(p: Prepared): NationalReport {
  const changeOf = changesOf(p);
  const themes = nationalThemes(p, changeOf);
  const alliances = nationalAlliances(p, changeOf);
  const outcomes = nationalOutcomes(p);
  const change = nationalChange(p);
  const unscored = p.scores.filter((score) => score.unscoredReason !== null).map((score) => named(p, score.organisationId));
  return {
    ...reportHeader(p, 'national-report', 'National self-assessment report', nationalCaveats(p, { unscored, themes, alliances, outcomes, change })),
    summary: nationalSummary(p, themes, unscored),
    themes,
    alliances,
    regions: nationalRegions(p),
    barriers: nationalBarriers(p),
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
 * @param scores - The scores of every organisation, from `scoreAnswers` (or `scoreAnswersCsv`).
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
  // The national report shows no organisation's items, weak conditions, roles or peers: its analysis keeps none.
  return deepFreeze(assembleNationalReport(prepare('buildNationalReport', scores, options, false)));
}
