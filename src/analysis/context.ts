import { hasKind, isObject } from '../internal/guards.js';
import type { AssessmentScores, OrganisationScore } from '../assessment/score-types.js';
import type { Framework, FrameworkId } from '../framework/schema.js';
import { compareIds } from '../internal/order.js';
import { programmeRegionName, programmeRegionOf } from './programme-links.js';
import { makeTargetResolver, type ResolvedTarget, type TargetSpec, type TargetSpecUsed } from './targets.js';

/**
 * The method that produced an analysis result, with every option it used (defaults filled in),
 * so that the result can be reproduced.
 *
 * @category Analysis
 */
export interface AnalysisMethod<O> {
  /** A stable id of the method, e.g. `"analysis.gaps"`. */
  readonly id: string;
  /** The version of the method's rules; it changes when a rule changes. */
  readonly version: string;
  /** The options used, defaults filled in. */
  readonly options: O;
}

/**
 * The framework a result was computed against.
 *
 * @category Analysis
 */
export interface FrameworkRef {
  readonly id: FrameworkId;
  readonly version: string;
}

/**
 * A region, as named in results. Organisations without a region are grouped under `null` ("no region").
 *
 * @category Analysis
 */
export interface RegionRef {
  readonly id: string;
  readonly name: string;
}

/**
 * Finds the region of an organisation: a region id, or null when the organisation is in no known region.
 *
 * @category Analysis
 */
export type RegionOf = (organisationId: string) => string | null;

/**
 * Names a region from its id.
 *
 * @category Analysis
 */
export type RegionName = (regionId: string) => string;

/**
 * The context shared by every analysis: the framework the scores were computed with, where each
 * organisation sits, and the targets that apply.
 *
 * @category Analysis
 */
export interface AnalysisContext {
  /** The framework the scores were computed with (its id and version must match the scores'). */
  readonly framework: Framework;
  /**
   * The region of each organisation. Defaults to the programme model: an alliance id resolves to its
   * NHS England region; any other id to null ("no region").
   */
  readonly regionOf?: RegionOf | undefined;
  /** The name of each region. Defaults to the programme model's region names, else the region id. */
  readonly regionName?: RegionName | undefined;
  /** Targets that override the framework's default target. */
  readonly targets?: TargetSpec | undefined;
}

/**
 * How the region lookup of a result was made: by the programme model or by a caller's function.
 *
 * @category Analysis
 */
export type RegionSourceUsed = 'programme' | 'custom';

/**
 * The context options as recorded in a result's `method.options`: functions are named, not copied.
 *
 * @category Analysis
 */
export interface AnalysisContextUsed {
  readonly regions: RegionSourceUsed;
  readonly targets: TargetSpecUsed;
}

/**
 * The scores an analysis of many organisations takes: a whole `AssessmentScores`, or a list of
 * organisation scores.
 *
 * @category Analysis
 */
export type ScoresInput = AssessmentScores | readonly OrganisationScore[];

/** The analysis context with its defaults filled in and its lookups cached. */
export interface ResolvedContext {
  readonly framework: Framework;
  readonly frameworkRef: FrameworkRef;
  /** The region of an organisation, or null. */
  readonly region: (organisationId: string) => RegionRef | null;
  /** The target of an organisation on a theme. */
  readonly target: (organisationId: string, themeId: string) => ResolvedTarget;
  readonly used: AnalysisContextUsed;
}

/**
 * Checks an analysis context and fills in its defaults.
 *
 * @param fn - The public function's name, for error messages.
 * @throws TypeError when the options or the framework are missing.
 */
export function resolveContext(fn: string, options: AnalysisContext | undefined): ResolvedContext {
  if (!isObject(options)) {
    throw new TypeError(`${fn}: options are required, with at least { framework }`);
  }
  const { framework } = options;
  if (!isObject(framework) || !Array.isArray(framework.themes)) {
    throw new TypeError(`${fn}: options.framework must be a validated framework (e.g. effectiveCancerAllianceFramework)`);
  }
  if (options.regionOf !== undefined && typeof options.regionOf !== 'function') {
    throw new TypeError(`${fn}: options.regionOf must be a function from an organisation id to a region id or null`);
  }
  if (options.regionName !== undefined && typeof options.regionName !== 'function') {
    throw new TypeError(`${fn}: options.regionName must be a function from a region id to its name`);
  }
  const regionOf = options.regionOf ?? programmeRegionOf;
  const regionName = options.regionName ?? programmeRegionName;
  const { resolve, used: targetsUsed } = makeTargetResolver(fn, framework, options.targets);

  const regions = new Map<string, RegionRef | null>();
  const region = (organisationId: string): RegionRef | null => {
    if (regions.has(organisationId)) return regions.get(organisationId) ?? null;
    const id = regionOf(organisationId);
    if (id !== null && typeof id !== 'string') {
      throw new TypeError(`${fn}: options.regionOf("${organisationId}") returned ${typeof id}; return a region id or null`);
    }
    const ref = id === null ? null : Object.freeze({ id, name: regionName(id) });
    regions.set(organisationId, ref);
    return ref;
  };
  const target = (organisationId: string, themeId: string): ResolvedTarget => resolve(organisationId, region(organisationId)?.id ?? null, themeId);

  return {
    framework,
    frameworkRef: Object.freeze({ id: framework.id, version: framework.version }),
    region,
    target,
    used: { regions: options.regionOf === undefined ? 'programme' : 'custom', targets: targetsUsed },
  };
}

/**
 * Checks that an organisation's scores were computed with the given framework.
 *
 * @throws TypeError when the value is not an organisation score.
 * @throws RangeError when the framework id or version differs.
 */
export function checkScore(fn: string, framework: Framework, score: OrganisationScore, where = 'score'): void {
  if (!hasKind(score, 'organisation-score')) {
    throw new TypeError(`${fn}: ${where} must be an OrganisationScore (kind "organisation-score") from scoreAnswers`);
  }
  if (!isObject(score.framework)) {
    throw new TypeError(`${fn}: ${where} ("${String(score.organisationId)}") has no framework { id, version }; pass an OrganisationScore from scoreAnswers, unchanged`);
  }
  if (score.framework.id !== framework.id || score.framework.version !== framework.version) {
    throw new RangeError(
      `${fn}: ${where} ("${score.organisationId}") was scored with framework ${score.framework.id}@${score.framework.version}, but options.framework is ${framework.id}@${framework.version}; pass the framework the scores were computed with`,
    );
  }
}

/**
 * Turns scores into a list of organisation scores in organisation id order, checking each and
 * rejecting an organisation that appears twice.
 *
 * @throws TypeError when the scores are not scores.
 * @throws RangeError when the framework differs or an organisation appears twice.
 */
export function organisationList(fn: string, framework: Framework, scores: ScoresInput, where = 'scores'): readonly OrganisationScore[] {
  let list: readonly OrganisationScore[];
  if (Array.isArray(scores)) list = scores as readonly OrganisationScore[];
  else if (hasKind(scores, 'assessment-scores')) {
    list = (scores as { organisations: readonly OrganisationScore[] }).organisations;
  } else {
    throw new TypeError(`${fn}: ${where} must be AssessmentScores or an array of OrganisationScore`);
  }
  const seen = new Set<string>();
  list.forEach((score, index) => {
    checkScore(fn, framework, score, `${where}[${index}]`);
    if (seen.has(score.organisationId)) {
      throw new RangeError(`${fn}: organisation "${score.organisationId}" appears more than once in ${where}; give one score per organisation`);
    }
    seen.add(score.organisationId);
  });
  return [...list].sort((a, b) => compareIds(a.organisationId, b.organisationId));
}

/**
 * Orders regions by name (then id), the "no region" group (null) last.
 */
export function compareRegions(a: RegionRef | null, b: RegionRef | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return compareIds(a.name, b.name) || compareIds(a.id, b.id);
}

/** Checks that an option is a number within bounds. */
export function numberOption(
  fn: string,
  name: string,
  value: number | undefined,
  fallback: number,
  bounds: { readonly min: number; readonly max?: number; readonly integer?: boolean; readonly minExclusive?: boolean },
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value)) throw new TypeError(`${fn}: options.${name} must be a number`);
  const tooLow = bounds.minExclusive ? value <= bounds.min : value < bounds.min;
  if (!Number.isFinite(value) || tooLow || (bounds.max !== undefined && value > bounds.max) || (bounds.integer && !Number.isInteger(value))) {
    const range = `${bounds.minExclusive ? 'greater than' : 'at least'} ${bounds.min}${bounds.max !== undefined ? ` and at most ${bounds.max}` : ''}`;
    throw new RangeError(`${fn}: options.${name} must be ${bounds.integer ? 'a whole number ' : ''}${range}, got ${value}`);
  }
  return value;
}
