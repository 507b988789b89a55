import { isObject } from '../internal/guards.js';
import { checkFramework, scaleOf, scaleRangeOf } from '../framework/lookup.js';
import type { Framework } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import type { RegionOf } from './context.js';
import { programmeRegionOf } from './programme-links.js';

/**
 * Targets that override the framework's default target. Resolution goes from the most specific to the
 * least: organisation and theme, organisation, region, theme, national, framework default.
 *
 * @category Analysis
 */
export interface TargetSpec {
  /** One target for every organisation and theme. */
  readonly national?: number | undefined;
  /** A national target per theme id. */
  readonly byTheme?: Readonly<Record<string, number>> | undefined;
  /** A target per region id, for every theme of the region's organisations. */
  readonly byRegion?: Readonly<Record<string, number>> | undefined;
  /** A target per organisation id, for every theme of that organisation. */
  readonly byOrganisation?: Readonly<Record<string, number>> | undefined;
  /** A target per organisation id and theme id. */
  readonly byOrganisationTheme?: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined;
}

/**
 * A target spec as recorded in a result: every level present, empty when not given.
 *
 * @category Analysis
 */
export interface TargetSpecUsed {
  readonly national: number | null;
  readonly byTheme: Readonly<Record<string, number>>;
  readonly byRegion: Readonly<Record<string, number>>;
  readonly byOrganisation: Readonly<Record<string, number>>;
  readonly byOrganisationTheme: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/**
 * Where a resolved target came from.
 *
 * @category Analysis
 */
export type TargetSource = 'framework-default' | 'national' | 'theme' | 'region' | 'organisation' | 'organisation-theme';

/**
 * A target for one organisation and theme, with where it came from.
 *
 * @category Analysis
 */
export interface ResolvedTarget {
  readonly value: number;
  readonly source: TargetSource;
}

/** A function giving the target of one organisation (in a region, or none) on one theme. */
export type TargetResolver = (organisationId: string, regionId: string | null, themeId: string) => ResolvedTarget;

interface Range {
  readonly min: number;
  readonly max: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sets an own property, whatever the key: `object[key] = value` would set the prototype for the key `__proto__`
 * (an organisation may be called that), losing the target.
 */
function setOwn<T>(object: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Checks a target spec against a framework and returns a resolver and the spec as recorded in results.
 * Every target must be a finite number within the scale of each theme it can apply to.
 *
 * @param fn - The public function's name, for error messages.
 * @throws TypeError when the spec is not shaped as a `TargetSpec`.
 * @throws RangeError when a target is not finite, is outside the scale, or names an unknown theme.
 */
export function makeTargetResolver(fn: string, framework: Framework, spec: TargetSpec | undefined): { readonly resolve: TargetResolver; readonly used: TargetSpecUsed } {
  const themeRanges = new Map<string, Range>();
  for (const theme of framework.themes) themeRanges.set(theme.id, scaleRangeOf(scaleOf(framework, theme.id)));
  // A target that applies to every theme must lie within every theme's scale.
  let everyMin = Number.NEGATIVE_INFINITY;
  let everyMax = Number.POSITIVE_INFINITY;
  for (const range of themeRanges.values()) {
    everyMin = Math.max(everyMin, range.min);
    everyMax = Math.min(everyMax, range.max);
  }
  const every: Range = { min: everyMin, max: everyMax };

  const check = (value: unknown, where: string, range: Range): number => {
    if (typeof value !== 'number') throw new TypeError(`${fn}: ${where} must be a number, got ${typeof value}`);
    if (!Number.isFinite(value)) throw new RangeError(`${fn}: ${where} must be a finite number, got ${value}`);
    if (value < range.min || value > range.max) {
      throw new RangeError(`${fn}: ${where} is ${value}, outside the scale (${range.min} to ${range.max}); give a target within it`);
    }
    return value;
  };
  const themeRange = (themeId: string, where: string): Range => {
    const range = themeRanges.get(themeId);
    if (!range) {
      throw new RangeError(`${fn}: ${where} names theme "${themeId}", which the framework "${framework.id}" does not have; use one of ${[...themeRanges.keys()].join(', ')}`);
    }
    return range;
  };
  const record = (value: unknown, where: string): Record<string, unknown> => {
    if (value === undefined) return {};
    if (!isRecord(value)) throw new TypeError(`${fn}: ${where} must be an object of targets by id`);
    return value;
  };

  const given: unknown = spec;
  if (given !== undefined && !isRecord(given)) throw new TypeError(`${fn}: options.targets must be an object (a TargetSpec)`);
  check(framework.defaultTarget, `the framework's default target`, every);
  const national = spec?.national === undefined ? null : check(spec.national, 'targets.national', every);
  const byTheme: Record<string, number> = {};
  for (const [themeId, value] of Object.entries(record(spec?.byTheme, 'targets.byTheme'))) {
    setOwn(byTheme, themeId, check(value, `targets.byTheme["${themeId}"]`, themeRange(themeId, 'targets.byTheme')));
  }
  const byRegion: Record<string, number> = {};
  for (const [regionId, value] of Object.entries(record(spec?.byRegion, 'targets.byRegion'))) {
    setOwn(byRegion, regionId, check(value, `targets.byRegion["${regionId}"]`, every));
  }
  const byOrganisation: Record<string, number> = {};
  for (const [organisationId, value] of Object.entries(record(spec?.byOrganisation, 'targets.byOrganisation'))) {
    setOwn(byOrganisation, organisationId, check(value, `targets.byOrganisation["${organisationId}"]`, every));
  }
  const byOrganisationTheme: Record<string, Record<string, number>> = {};
  for (const [organisationId, themes] of Object.entries(record(spec?.byOrganisationTheme, 'targets.byOrganisationTheme'))) {
    const inner: Record<string, number> = {};
    const where = `targets.byOrganisationTheme["${organisationId}"]`;
    for (const [themeId, value] of Object.entries(record(themes, where))) {
      setOwn(inner, themeId, check(value, `${where}["${themeId}"]`, themeRange(themeId, where)));
    }
    setOwn(byOrganisationTheme, organisationId, inner);
  }

  const own = (object: Record<string, unknown>, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
  // A target that does not depend on the organisation is one frozen object, shared by every result that has it: an
  // analysis of 2,000 organisations asks for some 60,000 targets, nearly all the framework's default.
  const shared = new Map<string, ResolvedTarget>();
  const sharedTarget = (key: string, value: number, source: TargetSource): ResolvedTarget => {
    let target = shared.get(key);
    if (target === undefined) {
      target = Object.freeze({ value, source });
      shared.set(key, target);
    }
    return target;
  };
  const resolve: TargetResolver = (organisationId, regionId, themeId) => {
    const orgThemes = own(byOrganisationTheme, organisationId) ? byOrganisationTheme[organisationId] : undefined;
    if (orgThemes !== undefined && own(orgThemes, themeId)) {
      return { value: orgThemes[themeId]!, source: 'organisation-theme' };
    }
    if (own(byOrganisation, organisationId)) return { value: byOrganisation[organisationId]!, source: 'organisation' };
    if (regionId !== null && own(byRegion, regionId)) return sharedTarget(`region:${regionId}`, byRegion[regionId]!, 'region');
    if (own(byTheme, themeId)) return sharedTarget(`theme:${themeId}`, byTheme[themeId]!, 'theme');
    if (national !== null) return sharedTarget('national', national, 'national');
    return sharedTarget('framework-default', framework.defaultTarget, 'framework-default');
  };
  return { resolve, used: deepFreeze({ national, byTheme, byRegion, byOrganisation, byOrganisationTheme }) };
}

/**
 * Resolves the target of one organisation on one theme, most specific first: organisation and theme,
 * organisation, region, theme, national, and last the framework's default target.
 *
 * @param organisationId - The organisation's id, e.g. `"greater-manchester"`.
 * @param themeId - The theme's id, e.g. `"T3"`.
 * @param options - The framework, the targets, and where to find the organisation's region.
 * @returns The target value and where it came from.
 * @throws TypeError when the targets are not shaped as a `TargetSpec`.
 * @throws RangeError when a target is outside the scale or names an unknown theme, or the theme is unknown.
 * @example
 * ```ts
 * resolveTarget('org-a', 'T1', {
 *   framework,
 *   regionOf: () => 'north',
 *   targets: { national: 3, byRegion: { north: 3.5 } },
 * }); // { value: 3.5, source: 'region' }
 * ```
 * @category Analysis
 */
export function resolveTarget(
  organisationId: string,
  themeId: string,
  options: { readonly framework: Framework; readonly targets?: TargetSpec | undefined; readonly regionOf?: RegionOf | undefined },
): ResolvedTarget {
  if (!isObject(options) || !(options.framework as unknown)) {
    throw new TypeError('resolveTarget: options.framework is required');
  }
  const { framework } = options;
  checkFramework('resolveTarget', framework, 'options.framework');
  if (typeof organisationId !== 'string') {
    throw new TypeError(`resolveTarget: organisationId must be a string, e.g. "greater-manchester", got ${(organisationId as unknown) === null ? 'null' : typeof organisationId}`);
  }
  if (!framework.themes.some((theme) => theme.id === themeId)) {
    throw new RangeError(`resolveTarget: the framework "${framework.id}" has no theme "${themeId}"`);
  }
  const { resolve } = makeTargetResolver('resolveTarget', framework, options.targets);
  const regionId = (options.regionOf ?? programmeRegionOf)(organisationId);
  return Object.freeze(resolve(organisationId, regionId, themeId));
}
