import type { OrganisationId } from '../assessment/answer.js';
import type { OrganisationScore } from '../assessment/score-types.js';
import { scaleOf } from '../framework/lookup.js';
import type { Theme, ThemeId } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
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
import { isUsable, themeScoresById } from './gaps.js';
import { shortfallOf } from './positions.js';
import { competitionRanks, honestDecimals, mean, quantileType7, sampleSd, sortedAscending } from './statistics.js';
import type { ResolvedTarget } from './targets.js';

/**
 * The count of organisations at one level of a theme's scale.
 *
 * @category Analysis
 */
export interface LevelCount {
  readonly value: number;
  readonly label: string;
  readonly count: number;
}

/**
 * The distribution of one theme's sufficient scores over a set of organisations. Every figure is over
 * the same `n` organisations.
 *
 * @category Analysis
 */
export interface ThemeDistribution {
  readonly themeId: ThemeId;
  readonly title: string;
  /** Organisations with a sufficient score on the theme: every figure below is over these. */
  readonly n: number;
  /** Organisations in the set whose theme score is insufficient or missing. */
  readonly excluded: number;
  readonly mean: number | null;
  readonly median: number | null;
  /** First quartile (R type 7); null when n < `minQuartileN`. */
  readonly q1: number | null;
  /** Third quartile (R type 7); null when n < `minQuartileN`. */
  readonly q3: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Sample standard deviation; null when n < 2. */
  readonly sd: number | null;
  /** Standard error of the mean, sd / sqrt(n); null when n < 2. */
  readonly standardError: number | null;
  /**
   * Decimal places these figures can honestly be shown to: the first decimal place the standard error
   * reaches, between 0 and 2 (1 when the standard error is null or 0).
   */
  readonly decimals: number;
  /** One entry per level of the theme's scale, lowest first. */
  readonly levels: readonly LevelCount[];
  readonly belowTarget: number;
  readonly atOrAboveTarget: number;
  /** Plain-words warnings about what these figures can bear. */
  readonly caveats: readonly string[];
}

/**
 * The position of the organisations in one region (or in no region, `region: null`).
 *
 * @category Analysis
 */
export interface RegionPosition {
  readonly region: RegionRef | null;
  /** The organisations of the region in the input, by id. */
  readonly organisations: readonly OrganisationId[];
  readonly themes: readonly ThemeDistribution[];
}

/**
 * One organisation's standing on one theme.
 *
 * @category Analysis
 */
export interface ThemeStanding {
  readonly themeId: ThemeId;
  readonly score: number | null;
  readonly sufficient: boolean;
  /** Competition rank among the sufficient scores (1 = highest; ties share the best rank); null when not ranked. */
  readonly rank: number | null;
  /** The number of organisations ranked on the theme. */
  readonly outOf: number;
  /** score - national median; null when not ranked. */
  readonly distanceFromMedian: number | null;
  readonly target: ResolvedTarget;
  /** Null when not ranked. */
  readonly belowTarget: boolean | null;
}

/**
 * One organisation's standing on every theme.
 *
 * @category Analysis
 */
export interface OrganisationStanding {
  readonly organisationId: OrganisationId;
  readonly region: RegionRef | null;
  readonly themes: readonly ThemeStanding[];
}

/**
 * Options of {@link analyseNationalPosition}.
 *
 * @category Analysis
 */
export interface AnalyseNationalPositionOptions extends AnalysisContext {
  /** Quartiles are null when fewer than this many values. Default 4. */
  readonly minQuartileN?: number | undefined;
  /** A caveat about small numbers is added when n is below this. Default 10. */
  readonly smallN?: number | undefined;
}

/**
 * The options {@link analyseNationalPosition} used, as recorded in its result.
 *
 * @category Analysis
 */
export interface AnalyseNationalPositionOptionsUsed extends AnalysisContextUsed {
  readonly minQuartileN: number;
  readonly smallN: number;
}

/**
 * The national and regional position: per theme distributions, per region distributions and each
 * organisation's rank and distance from the national median.
 *
 * @category Analysis
 */
export interface NationalPosition {
  readonly kind: 'national-position';
  readonly method: AnalysisMethod<AnalyseNationalPositionOptionsUsed>;
  readonly framework: FrameworkRef;
  /** The number of organisations in the input. */
  readonly organisations: number;
  readonly themes: readonly ThemeDistribution[];
  /** Regions by name; the "no region" group (region null) last. */
  readonly regions: readonly RegionPosition[];
  /** Organisations by id. */
  readonly standings: readonly OrganisationStanding[];
}

/** The id and version of the national-position rules. */
export const NATIONAL_METHOD = { id: 'analysis.national-position', version: '1.0.0' } as const;

/** One organisation's usable score on one theme, with its level and target. */
interface Entry {
  readonly organisationId: string;
  readonly score: number;
  readonly level: number | null;
  readonly target: ResolvedTarget;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The caveats of a distribution, in plain words, by the rules in docs/analysis.md. */
export function distributionCaveats(n: number, excluded: number, minQuartileN: number, smallN: number): string[] {
  const caveats: string[] = [];
  if (n === 0) caveats.push('No organisation has sufficient evidence on this theme, so there are no figures to show.');
  else if (n === 1) caveats.push('Only one organisation has sufficient evidence on this theme: these figures are its own score, not a spread.');
  if (n >= 2 && n < minQuartileN) {
    caveats.push(`Quartiles are not shown: they mean little with fewer than ${minQuartileN} organisations, and there are ${n}.`);
  }
  if (n >= 2 && n < smallN) {
    caveats.push(`Based on ${plural(n, 'organisation', 'organisations')} only: with so few, differences between them or from the median may be chance.`);
  }
  if (excluded > 0) {
    caveats.push(`${plural(excluded, 'organisation is', 'organisations are')} left out because ${excluded === 1 ? 'its' : 'their'} evidence on this theme is insufficient.`);
  }
  return caveats;
}

function distribution(
  ctx: ResolvedContext,
  theme: Theme,
  entries: readonly Entry[],
  setSize: number,
  settings: { readonly minQuartileN: number; readonly smallN: number },
): ThemeDistribution {
  const values = entries.map((entry) => entry.score);
  const sorted = sortedAscending(values);
  const n = values.length;
  const sd = sampleSd(values);
  const standardError = sd === null ? null : sd / Math.sqrt(n);
  const quartiles = n >= settings.minQuartileN;
  const levels = scaleOf(ctx.framework, theme.id).levels.map((level) => ({
    value: level.value,
    label: level.label,
    count: entries.filter((entry) => entry.level === level.value).length,
  }));
  let below = 0;
  for (const entry of entries) if (shortfallOf(entry.target.value, entry.score) > 0) below++;
  return {
    themeId: theme.id,
    title: theme.title,
    n,
    excluded: setSize - n,
    mean: mean(values),
    median: quantileType7(sorted, 0.5),
    q1: quartiles ? quantileType7(sorted, 0.25) : null,
    q3: quartiles ? quantileType7(sorted, 0.75) : null,
    min: sorted[0] ?? null,
    max: sorted[n - 1] ?? null,
    sd,
    standardError,
    decimals: honestDecimals(standardError),
    levels,
    belowTarget: below,
    atOrAboveTarget: n - below,
    caveats: distributionCaveats(n, setSize - n, settings.minQuartileN, settings.smallN),
  };
}

/** Reads and checks the national-position options. */
export function nationalSettings(fn: string, options: Pick<AnalyseNationalPositionOptions, 'minQuartileN' | 'smallN'>): { readonly minQuartileN: number; readonly smallN: number } {
  return {
    minQuartileN: numberOption(fn, 'minQuartileN', options.minQuartileN, 4, { min: 1, integer: true }),
    smallN: numberOption(fn, 'smallN', options.smallN, 10, { min: 0, integer: true }),
  };
}

/** Computes the national position in a resolved context over organisations in id order (not frozen, no method). */
export function computeNationalPosition(
  ctx: ResolvedContext,
  settings: { readonly minQuartileN: number; readonly smallN: number },
  list: readonly OrganisationScore[],
): Omit<NationalPosition, 'method'> {
  const { framework } = ctx;
  const themeMaps = list.map((score) => themeScoresById(score));
  // entries[t][o]: organisation o's usable entry on theme t, or null.
  const entries: (Entry | null)[][] = framework.themes.map((theme) =>
    list.map((score, o) => {
      const themeScore = themeMaps[o]!.get(theme.id);
      if (!isUsable(themeScore)) return null;
      return { organisationId: score.organisationId, score: themeScore.score, level: themeScore.level, target: ctx.target(score.organisationId, theme.id) };
    }),
  );
  const present = (row: readonly (Entry | null)[], indexes?: readonly number[]): Entry[] => {
    const out: Entry[] = [];
    for (const o of indexes ?? row.keys()) {
      const entry = row[o];
      if (entry) out.push(entry);
    }
    return out;
  };

  const themes = framework.themes.map((theme, t) => distribution(ctx, theme, present(entries[t] ?? []), list.length, settings));

  // Regions: organisations grouped by region id (null = no region), regions by name, no region last.
  const groups = new Map<string | null, { region: RegionRef | null; indexes: number[] }>();
  list.forEach((score, o) => {
    const region = ctx.region(score.organisationId);
    const key = region?.id ?? null;
    const group = groups.get(key);
    if (group) group.indexes.push(o);
    else groups.set(key, { region, indexes: [o] });
  });
  const regions: RegionPosition[] = [...groups.values()]
    .sort((a, b) => compareRegions(a.region, b.region))
    .map(({ region, indexes }) => ({
      region,
      organisations: indexes.map((o) => list[o]!.organisationId),
      themes: framework.themes.map((theme, t) => distribution(ctx, theme, present(entries[t] ?? [], indexes), indexes.length, settings)),
    }));

  // Standings: competition ranks among the usable scores, distance from the national median.
  const ranks = framework.themes.map((_, t) => {
    const row = entries[t] ?? [];
    const usable = present(row);
    const rankList = competitionRanks(usable.map((entry) => entry.score));
    const byOrganisation = new Map<string, number>();
    usable.forEach((entry, i) => byOrganisation.set(entry.organisationId, rankList[i]!));
    return byOrganisation;
  });
  const standings: OrganisationStanding[] = list.map((score, o) => ({
    organisationId: score.organisationId,
    region: ctx.region(score.organisationId),
    themes: framework.themes.map((theme, t): ThemeStanding => {
      const entry = (entries[t] ?? [])[o] ?? null;
      const themeScore = themeMaps[o]!.get(theme.id);
      const median = themes[t]!.median;
      const target = entry?.target ?? ctx.target(score.organisationId, theme.id);
      return {
        themeId: theme.id,
        score: themeScore?.score ?? null,
        sufficient: themeScore?.sufficient ?? false,
        rank: entry ? (ranks[t]?.get(entry.organisationId) ?? null) : null,
        outOf: themes[t]!.n,
        distanceFromMedian: entry && median !== null ? entry.score - median : null,
        target,
        belowTarget: entry ? shortfallOf(target.value, entry.score) > 0 : null,
      };
    }),
  }));

  return { kind: 'national-position', framework: ctx.frameworkRef, organisations: list.length, themes, regions, standings };
}

/**
 * Finds the national and regional position on each theme: for the organisations with sufficient
 * evidence, their number, mean, median, quartiles (R type 7; null below `minQuartileN`), minimum,
 * maximum, the count at each level and below target; the same per region; and each organisation's
 * rank (ties share the best rank: 1, 2, 2, 4) and distance from the national median. Every figure
 * carries its n, with plain-words caveats and the number of decimals it can honestly be shown to.
 * The result does not depend on the order of the organisations.
 *
 * @param scores - Every organisation's scores (`AssessmentScores` or a list).
 * @param options - The framework (required), targets, regions, `minQuartileN` (4) and `smallN` (10).
 * @returns The position, deeply frozen, naming the method and options used.
 * @throws TypeError when the options or scores are not what they should be.
 * @throws RangeError when an option is out of range, an organisation appears twice, or the scores were computed with another framework.
 * @example
 * ```ts
 * const position = analyseNationalPosition(scores, { framework: effectiveCancerAllianceFramework });
 * position.themes[0]?.median; // the national median of theme T1
 * position.standings[0]?.themes[0]?.rank; // the first organisation's rank on T1
 * ```
 * @category Analysis
 */
export function analyseNationalPosition(scores: ScoresInput, options: AnalyseNationalPositionOptions): NationalPosition {
  const fn = 'analyseNationalPosition';
  const ctx = resolveContext(fn, options);
  const settings = nationalSettings(fn, options);
  const list = organisationList(fn, ctx.framework, scores);
  const used: AnalyseNationalPositionOptionsUsed = { ...ctx.used, ...settings };
  return deepFreeze({ ...computeNationalPosition(ctx, settings, list), method: { ...NATIONAL_METHOD, options: used } });
}
