import { isObject } from '../internal/guards.js';
import type { Condition, Enabler, Framework, Level, Scale, ScaleId, Theme } from './schema.js';

/** Whether an item is a Condition of Success (the "what") or an Enabling Factor (the "how"). */
export type ItemKind = 'condition' | 'enabler';

/** An item with where it sits: its kind, its theme and its place in survey order. */
export interface ItemRef {
  readonly item: Condition | Enabler;
  readonly kind: ItemKind;
  readonly theme: Theme;
  /** Index of the theme in `framework.themes`. */
  readonly themeIndex: number;
  /** Index of the item across the whole framework, in survey order (conditions then enablers, theme by theme). */
  readonly order: number;
}

interface FrameworkIndex {
  readonly themes: ReadonlyMap<string, { readonly theme: Theme; readonly index: number }>;
  readonly items: ReadonlyMap<string, ItemRef>;
  readonly ordered: readonly ItemRef[];
  readonly scales: ReadonlyMap<string, Scale>;
}

const indexes = new WeakMap<Framework, FrameworkIndex>();

/** What a value is, in a few words, for the message of a TypeError. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined || value === null) return String(value);
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value === 'function' ? 'a function' : 'a symbol';
}

/**
 * Refuses, with a TypeError naming the function, a value that is not a framework (an object with its themes and
 * scales): a programmer error, such as a framework's file name or YAML text passed where the parsed framework goes.
 */
export function checkFramework(fn: string, framework: unknown, what = 'framework'): asserts framework is Framework {
  const value = framework as { readonly themes?: unknown; readonly scales?: unknown } | null;
  if (value === null || typeof value !== 'object' || !Array.isArray(value.themes) || !Array.isArray(value.scales)) {
    const got = value !== null && typeof value === 'object' && !Array.isArray(value) ? 'an object without themes and scales' : shown(framework);
    throw new TypeError(`${fn}: ${what} must be a framework from parseFramework (or effectiveCancerAllianceFramework), got ${got}`);
  }
}

/** Refuses, with a TypeError naming the function, a value that is not a rating scale (an object with its levels). */
export function checkScale(fn: string, scale: unknown): asserts scale is Scale {
  if (scale === null || typeof scale !== 'object' || !Array.isArray((scale as { readonly levels?: unknown }).levels)) {
    const got = scale !== null && typeof scale === 'object' && !Array.isArray(scale) ? 'an object without levels' : shown(scale);
    throw new TypeError(`${fn}: scale must be a rating scale of a framework, e.g. scaleOf(framework), got ${got}`);
  }
}

function indexOf(framework: Framework): FrameworkIndex {
  let index = indexes.get(framework);
  if (index) return index;
  const themes = new Map<string, { theme: Theme; index: number }>();
  const items = new Map<string, ItemRef>();
  const ordered: ItemRef[] = [];
  framework.themes.forEach((theme, themeIndex) => {
    themes.set(theme.id, { theme, index: themeIndex });
    const add = (item: Condition | Enabler, kind: ItemKind) => {
      const ref: ItemRef = Object.freeze({ item, kind, theme, themeIndex, order: ordered.length });
      items.set(item.id, ref);
      ordered.push(ref);
    };
    for (const item of theme.conditionsOfSuccess) add(item, 'condition');
    for (const item of theme.enablingFactors) add(item, 'enabler');
  });
  const scales = new Map(framework.scales.map((scale) => [scale.id as string, scale]));
  index = { themes, items, ordered: Object.freeze(ordered), scales };
  indexes.set(framework, index);
  return index;
}

/**
 * Finds a theme by its id.
 *
 * @param framework - A validated framework.
 * @param themeId - The theme's id, e.g. `"T1"`.
 * @returns The theme, or `undefined` when the framework has no such theme.
 * @example
 * ```ts
 * findTheme(effectiveCancerAllianceFramework, 'T6')?.title; // 'Data, evidence and insight'
 * ```
 * @category Framework
 */
export function findTheme(framework: Framework, themeId: string): Theme | undefined {
  checkFramework('findTheme', framework);
  return indexOf(framework).themes.get(themeId)?.theme;
}

/**
 * Finds an item (a Condition of Success or an Enabling Factor) by its id, with its kind and theme.
 *
 * @param framework - A validated framework.
 * @param itemId - The item's id, e.g. `"T1.C2"`.
 * @returns The item and where it sits, or `undefined` when the framework has no such item.
 * @example
 * ```ts
 * const ref = findItem(effectiveCancerAllianceFramework, 'T1.E1');
 * ref?.kind; // 'enabler'
 * ref?.theme.id; // 'T1'
 * ```
 * @category Framework
 */
export function findItem(framework: Framework, itemId: string): ItemRef | undefined {
  checkFramework('findItem', framework);
  return indexOf(framework).items.get(itemId);
}

/**
 * Options of {@link itemsOf}.
 *
 * @category Framework
 */
export interface ItemsOfOptions {
  /** Only the items of this theme. */
  readonly themeId?: string | undefined;
  /** Only items of this kind: `"condition"` or `"enabler"`. */
  readonly kind?: ItemKind | undefined;
}

/**
 * The items of a framework in survey order (theme by theme, conditions first, then enablers): all of them, or
 * those of one theme or one kind.
 *
 * @param framework - A validated framework.
 * @param options - `themeId` and `kind` narrow the list; both are optional.
 * @returns The items, each with its kind, theme and order.
 * @throws RangeError when the framework has no theme `themeId`.
 * @example
 * ```ts
 * itemsOf(effectiveCancerAllianceFramework).length; // 80
 * itemsOf(effectiveCancerAllianceFramework, { themeId: 'T2', kind: 'enabler' }).map((ref) => ref.item.id);
 * // ['T2.E1', 'T2.E2', ...]
 * ```
 * @category Framework
 */
export function itemsOf(framework: Framework, options?: ItemsOfOptions | undefined): readonly ItemRef[] {
  checkFramework('itemsOf', framework);
  const index = indexOf(framework);
  if (options === undefined) return index.ordered;
  if (!isObject(options)) {
    throw new TypeError(`itemsOf: options must be an object { themeId?, kind? } or undefined, got ${shown(options)}`);
  }
  const { themeId, kind } = options;
  if (themeId !== undefined && !index.themes.has(themeId)) {
    throw new RangeError(`itemsOf: the framework "${framework.id}" has no theme "${themeId}"; use one of ${[...index.themes.keys()].join(', ')}`);
  }
  return index.ordered.filter((ref) => (themeId === undefined || ref.theme.id === themeId) && (kind === undefined || ref.kind === kind));
}

/**
 * Returns the rating scale that applies to a theme (its own, or the framework's default), or the default scale.
 *
 * @param framework - A validated framework.
 * @param themeId - A theme id; when omitted, the framework's default scale is returned.
 * @returns The scale.
 * @throws RangeError when the framework has no such theme.
 * @example
 * ```ts
 * scaleOf(effectiveCancerAllianceFramework).levels.map((level) => level.label);
 * // ['Not started', 'Emerging', 'Developing', 'Maturing', 'Thriving']
 * ```
 * @category Framework
 */
export function scaleOf(framework: Framework, themeId?: string | undefined): Scale {
  checkFramework('scaleOf', framework);
  const index = indexOf(framework);
  let scaleId: ScaleId | undefined = framework.defaultScale;
  if (themeId !== undefined) {
    const entry = index.themes.get(themeId);
    if (!entry) throw new RangeError(`scaleOf: the framework "${framework.id}" has no theme "${themeId}"`);
    scaleId = entry.theme.scale ?? scaleId;
  }
  const scale = scaleId === undefined ? framework.scales[0] : index.scales.get(scaleId);
  if (!scale) throw new RangeError(`scaleOf: the framework "${framework.id}" has no scale "${String(scaleId)}"`);
  return scale;
}

/**
 * Finds the level of a scale that has exactly this value.
 *
 * @param scale - A rating scale.
 * @param value - A level value, e.g. `3`.
 * @returns The level, or `undefined` when no level has that value.
 * @example
 * ```ts
 * levelOf(scaleOf(effectiveCancerAllianceFramework), 2)?.label; // 'Emerging'
 * ```
 * @category Framework
 */
export function levelOf(scale: Scale, value: number): Level | undefined {
  checkScale('levelOf', scale);
  return scale.levels.find((level) => level.value === value);
}

/**
 * Finds the level whose value is nearest a score; a score halfway between two levels (within 1e-9) takes the higher,
 * whatever the order in which the scale lists its levels.
 *
 * @param scale - A rating scale.
 * @param score - Any finite number, e.g. a mean of several answers.
 * @returns The nearest level.
 * @throws RangeError when the score is not a finite number.
 * @example
 * ```ts
 * nearestLevelOf(scaleOf(effectiveCancerAllianceFramework), 3.5).label; // 'Maturing'
 * ```
 * @category Framework
 */
export function nearestLevelOf(scale: Scale, score: number): Level {
  checkScale('nearestLevelOf', scale);
  if (!Number.isFinite(score)) throw new RangeError(`nearestLevelOf: score must be a finite number, got ${score}`);
  let best = scale.levels[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const level of scale.levels) {
    const distance = Math.abs(level.value - score);
    // Nearer by more than 1e-9, or as near within 1e-9 and higher. One difference decides both, so that the
    // result does not depend on the order in which the scale lists its levels.
    const gap = distance - bestDistance;
    if (gap < -1e-9 || (gap <= 1e-9 && level.value > best.value)) {
      best = level;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Returns the lowest and highest level values of a scale.
 *
 * @param scale - A rating scale.
 * @returns The lowest and highest values.
 * @example
 * ```ts
 * scaleRangeOf(scaleOf(effectiveCancerAllianceFramework)); // { min: 1, max: 5 }
 * ```
 * @category Framework
 */
export function scaleRangeOf(scale: Scale): { readonly min: number; readonly max: number } {
  checkScale('scaleRangeOf', scale);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const level of scale.levels) {
    if (level.value < min) min = level.value;
    if (level.value > max) max = level.value;
  }
  return { min, max };
}
