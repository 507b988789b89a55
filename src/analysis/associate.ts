import { isObject } from '../internal/guards.js';
import { isValid } from 'date-fns/isValid';
import { isoDayOf } from '../internal/day.js';
import { bundledStandards, standardsOn } from '../programme/standards.js';
import type { OrganisationId } from '../assessment/answer.js';
import type { ThemeId } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { compareIds } from '../internal/order.js';
import { mulberry32 } from '../internal/random.js';
import {
  type AnalysisContext,
  type AnalysisContextUsed,
  type AnalysisMethod,
  type FrameworkRef,
  numberOption,
  organisationList,
  resolveContext,
  type ScoresInput,
} from './context.js';
import { isUsable, themeScoresById } from './gaps.js';
import { type OutcomeSeries, parseOutcomes } from './outcomes.js';
import { holmAdjust, spearmanPermutationP } from './statistics.js';

/**
 * The association between one theme's scores and the outcome.
 *
 * @category Analysis
 */
export interface ThemeAssociation {
  readonly themeId: ThemeId;
  readonly title: string;
  /** Organisations with both a sufficient theme score and an outcome value. */
  readonly n: number;
  /** Spearman's rank correlation (average ranks for ties); null when n < 3 or either side is constant. */
  readonly rho: number | null;
  /** Two-sided permutation p-value; null with rho. */
  readonly pValue: number | null;
  /**
   * The p-value adjusted for the number of themes tested (Holm's step-down method over the themes with a p-value);
   * null with rho. Read this one: with eight themes, one p-value below 0.05 is likely by chance alone.
   */
  readonly adjustedPValue: number | null;
  /** A plain-words caveat when n is small or rho cannot be computed; null otherwise. */
  readonly caveat: string | null;
}

/**
 * A standard or target to compare an outcome with: a threshold to reach or exceed, and what it is. A `StandardInForce`
 * from `standardsAt` is one; so is a local target written by hand.
 *
 * @category Analysis
 */
export interface OutcomeStandard {
  /** The share to reach or exceed, in the outcome's unit. */
  readonly threshold: number;
  /** What it is, e.g. "77% target by March 2025". */
  readonly label: string;
  /** The document that sets it, e.g. "2024/25 priorities and operational planning guidance". */
  readonly setBy?: string | undefined;
  /** Its id in the standards data, when it comes from there. */
  readonly id?: string | undefined;
}

/**
 * An outcome compared with a standard: the standard, and how many organisations' values reach it.
 *
 * @category Analysis
 */
export interface OutcomeStandardComparison {
  /** Its id in the standards data; null for a standard given by hand. */
  readonly id: string | null;
  /** The share to reach or exceed. */
  readonly threshold: number;
  /** What it is, e.g. "77% target by March 2025". */
  readonly label: string;
  /** The document that sets it; null when not given. */
  readonly setBy: string | null;
  /** The day it was chosen for (ISO date): the round's date; null for a standard given by hand. */
  readonly date: string | null;
  /** The median of the outcome values (the middle value, or the mean of the middle two); null with no values. */
  readonly median: number | null;
  /** The number of organisations whose value reaches the threshold (at or above it). */
  readonly meeting: number;
  /** The number of organisations with a value. */
  readonly values: number;
}

/**
 * Options of {@link analyseOutcomes}.
 *
 * @category Analysis
 */
export interface AnalyseOutcomesOptions extends AnalysisContext {
  /** The outcome measure: a name, an optional unit, source and measure, and one value per organisation. Required. */
  readonly outcomes: OutcomeSeries;
  /**
   * The day of the round, in the runtime's local time zone: with a series that names its `measure`, the outcome is
   * compared with the standard in force that day (the first `standardsAt` gives for the measure: the nearest target).
   */
  readonly date?: Date | undefined;
  /** A standard to compare the outcome with instead, e.g. a local target. */
  readonly standard?: OutcomeStandard | undefined;
  /** The number of random permutations for the p-value. Default 10,000. */
  readonly permutations?: number | undefined;
  /** The seed of the random generator (a 32-bit unsigned integer). Default 20230401. */
  readonly seed?: number | undefined;
  /** A small-sample caveat is given when n is below this. Default 10. */
  readonly smallN?: number | undefined;
}

/**
 * The options {@link analyseOutcomes} used, as recorded in its result.
 *
 * @category Analysis
 */
export interface AnalyseOutcomesOptionsUsed extends AnalysisContextUsed {
  readonly permutations: number;
  readonly seed: number;
  readonly smallN: number;
  readonly generator: 'mulberry32';
  /** How the p-values are adjusted for the number of themes tested. */
  readonly correction: 'holm';
}

/**
 * The association of each theme's scores with an outcome measure.
 *
 * @category Analysis
 */
export interface OutcomeAssociation {
  readonly kind: 'outcome-association';
  readonly method: AnalysisMethod<AnalyseOutcomesOptionsUsed>;
  readonly framework: FrameworkRef;
  readonly outcome: {
    readonly name: string;
    readonly unit: string | null;
    readonly source: string | null;
    /** The number of outcome values given. */
    readonly values: number;
    /**
     * Present when the series names its measure or a standard is given: the comparison with the standard, or null when
     * none could be chosen (no `date` was given, or no standard of the measure was in force that day).
     */
    readonly standard?: OutcomeStandardComparison | null;
  };
  readonly themes: readonly ThemeAssociation[];
  /** Organisations with an outcome value but no scores, by id. */
  readonly outcomesWithoutScores: readonly string[];
  /** Scored organisations with no outcome value, by id. */
  readonly scoresWithoutOutcomes: readonly OrganisationId[];
}

/** The id and version of the association rules. */
export const ASSOCIATION_METHOD = { id: 'analysis.spearman-permutation', version: '1.1.0' } as const;

/** The default seed: the first day of the 2023/24 financial year, the framework's first full year. */
export const DEFAULT_SEED = 20230401;

/** The median of numbers: the middle value, or the mean of the middle two; null for none. */
function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Checks a standard given by hand, naming the function. */
function checkStandard(fn: string, standard: unknown): asserts standard is OutcomeStandard {
  if (!isObject(standard)) throw new TypeError(`${fn}: options.standard must be an object { threshold, label }`);
  const { threshold, label } = standard as Record<string, unknown>;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) throw new TypeError(`${fn}: options.standard.threshold must be a finite number`);
  if (typeof label !== 'string' || label.trim() === '') throw new TypeError(`${fn}: options.standard.label must be a non-empty string`);
}

/**
 * The comparison of a series with its standard, by the rule of docs/analysis.md: a standard given wins; otherwise, for
 * a series that names its measure, the first standard `standardsAt` gives for the measure on the date. Undefined when
 * neither a measure nor a standard is given.
 */
function standardComparison(fn: string, series: OutcomeSeries, date: Date | undefined, given: OutcomeStandard | undefined): OutcomeStandardComparison | null | undefined {
  if (given !== undefined) checkStandard(fn, given);
  if (date !== undefined && !(date instanceof Date)) throw new TypeError(`${fn}: options.date must be a Date, got ${typeof date}`);
  if (date !== undefined && !isValid(date)) throw new RangeError(`${fn}: options.date is an invalid Date; pass the round's date, e.g. new Date(2025, 2, 31)`);
  if (given === undefined && series.measure === undefined) return undefined;
  const day = date === undefined ? null : isoDayOf(date);
  const chosen = given ?? (day === null || series.measure === undefined ? undefined : standardsOn(bundledStandards(), day, series.measure)[0]);
  if (chosen === undefined) return null;
  const values = series.values.map((row) => row.value);
  return {
    id: chosen.id ?? null,
    threshold: chosen.threshold,
    label: chosen.label,
    setBy: chosen.setBy ?? null,
    date: given === undefined ? day : null,
    median: medianOf(values),
    meeting: values.filter((value) => value >= chosen.threshold).length,
    values: values.length,
  };
}

/** The caveat of an association, in plain words, by the rules in docs/analysis.md; null when none applies. */
export function associationCaveat(n: number, rho: number | null, smallN: number): string | null {
  if (n < 3) {
    return `Only ${n} ${n === 1 ? 'organisation has' : 'organisations have'} both a score and an outcome: at least 3 are needed to say anything about a link.`;
  }
  if (rho === null) {
    return 'The scores or the outcomes are all the same, so there is no ranking to compare and no correlation.';
  }
  if (n < smallN) {
    return `Based on only ${n} organisations: with so few, a correlation this size can easily arise by chance, and even a real one would not show that the theme causes the outcome.`;
  }
  return null;
}

/**
 * Measures how each theme's scores go with an outcome per organisation (for example Faster Diagnosis
 * Standard performance): Spearman's rank correlation (average ranks for ties) over the organisations
 * with both a sufficient theme score and an outcome value, with its n and a two-sided permutation
 * p-value from a seeded generator, so that every run gives the same result, the p-value adjusted for the number
 * of themes tested (Holm's method); and a plain-words caveat
 * when n is small. A correlation is not a cause. The library ships no outcome figures. When the series names its
 * measure (`fds-28-day`) and `date` is given, or a `standard` is given, the outcome is also compared with the standard:
 * its median and how many organisations reach it.
 *
 * @param scores - Every organisation's scores.
 * @param options - The framework and the outcome series (both required): a name, optional unit, source and measure,
 *   and one value per organisation; the round's `date` or a `standard`; and `permutations` (10,000), `seed` (20230401)
 *   and `smallN` (10).
 * @returns The association per theme, deeply frozen, naming the method and options used.
 * @throws AnalysisError when the outcome series is invalid (a missing id, a non-finite value, an organisation given twice).
 * @throws TypeError when the options or scores are not what they should be.
 * @throws RangeError when an option is out of range or the scores were computed with another framework.
 * @example
 * ```ts
 * const association = analyseOutcomes(scores, {
 *   framework: effectiveCancerAllianceFramework,
 *   outcomes: {
 *     name: 'Faster Diagnosis Standard',
 *     unit: '%',
 *     values: [{ organisationId: 'org-a', value: 77.9 }, { organisationId: 'org-b', value: 81.2 }],
 *   },
 * });
 * association.themes[0]?.rho;
 * ```
 * @category Analysis
 */
export function analyseOutcomes(scores: ScoresInput, options: AnalyseOutcomesOptions): OutcomeAssociation {
  const fn = 'analyseOutcomes';
  const ctx = resolveContext(fn, options);
  if (!isObject(options.outcomes)) {
    throw new TypeError(`${fn}: options.outcomes is required: an outcome series { name, values: [{ organisationId, value }] }`);
  }
  const permutations = numberOption(fn, 'permutations', options.permutations, 10_000, { min: 1, max: 10_000_000, integer: true });
  const seed = numberOption(fn, 'seed', options.seed, DEFAULT_SEED, { min: 0, max: 4_294_967_295, integer: true });
  const smallN = numberOption(fn, 'smallN', options.smallN, 10, { min: 0, integer: true });
  const series = parseOutcomes(options.outcomes);
  const standard = standardComparison(fn, series, options.date, options.standard);
  const list = organisationList(fn, ctx.framework, scores);

  const outcomeOf = new Map(series.values.map((row) => [row.organisationId, row.value]));
  const scored = new Set<string>(list.map((score) => score.organisationId));
  const themeMaps = list.map((score) => themeScoresById(score));

  const tested = ctx.framework.themes.map((theme, t) => {
    const x: number[] = [];
    const y: number[] = [];
    list.forEach((score, o) => {
      const themeScore = themeMaps[o]?.get(theme.id);
      const outcome = outcomeOf.get(score.organisationId);
      if (isUsable(themeScore) && outcome !== undefined) {
        x.push(themeScore.score);
        y.push(outcome);
      }
    });
    const n = x.length;
    // Each theme draws from its own stream (seed + theme index), so that adding a theme or changing
    // the order of calls never changes another theme's p-value.
    const { rho, pValue } = n < 3 ? { rho: null, pValue: null } : spearmanPermutationP(x, y, permutations, mulberry32((seed + t) >>> 0));
    return { themeId: theme.id, title: theme.title, n, rho, pValue, caveat: associationCaveat(n, rho, smallN) };
  });
  const adjusted = holmAdjust(tested.map((theme) => theme.pValue));
  const themes: ThemeAssociation[] = tested.map(({ caveat, ...theme }, t) => ({ ...theme, adjustedPValue: adjusted[t] ?? null, caveat }));

  const used: AnalyseOutcomesOptionsUsed = { ...ctx.used, permutations, seed, smallN, generator: 'mulberry32', correction: 'holm' };
  return deepFreeze({
    kind: 'outcome-association',
    method: { ...ASSOCIATION_METHOD, options: used },
    framework: ctx.frameworkRef,
    outcome: {
      name: series.name,
      unit: series.unit ?? null,
      source: series.source ?? null,
      values: series.values.length,
      ...(standard === undefined ? {} : { standard }),
    },
    themes,
    outcomesWithoutScores: series.values
      .map((row) => row.organisationId)
      .filter((id) => !scored.has(id))
      .sort(compareIds),
    scoresWithoutOutcomes: list.map((score) => score.organisationId).filter((id) => !outcomeOf.has(id)),
  });
}
