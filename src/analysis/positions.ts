import type { ItemScore } from '../assessment/score-types.js';
import type { Enabler, Framework, ItemId } from '../framework/schema.js';
import { EPSILON } from './statistics.js';

/**
 * The priority band of a shortfall: high (>= 1), medium (>= 0.5), low (> 0), none (0).
 *
 * @category Analysis
 */
export type PriorityBand = 'high' | 'medium' | 'low' | 'none';

/**
 * Where a theme stands, from its Conditions of Success (behaviours, the "what") and its Enabling
 * Factors (the "how") against the target.
 *
 * - `strength`: both at or above target;
 * - `behaviours-lagging`: enablers at or above, behaviours below;
 * - `fragile`: behaviours at or above, enablers below;
 * - `foundational-gap`: both below.
 *
 * @category Analysis
 */
export type PositionKind = 'strength' | 'behaviours-lagging' | 'fragile' | 'foundational-gap';

/**
 * An item below target, with its score and shortfall.
 *
 * @category Analysis
 */
export interface WeakItem {
  readonly itemId: ItemId;
  readonly score: number;
  readonly shortfall: number;
}

/**
 * A Condition of Success below target and the Enabling Factors below target that the framework links
 * to it (`enables`).
 *
 * @category Analysis
 */
export interface WeakCondition extends WeakItem {
  /** Enablers that `enables` this condition and score below target, in framework order. */
  readonly weakEnablers: readonly WeakItem[];
  /** Enablers that `enables` this condition but have no score: whether they are weak is not known. */
  readonly unscoredEnablers: readonly ItemId[];
}

/**
 * The shortfall of a score against a target: max(0, target - score), with differences within 1e-9
 * counted as none (scores are means, and 3.9999999999 is 4).
 */
export function shortfallOf(target: number, score: number): number {
  const gap = target - score;
  return gap > EPSILON ? gap : 0;
}

/**
 * The priority weight of a shortfall, (1 + shortfall)^2 - 1: 0 for none, growing faster than the
 * shortfall so that one large gap outranks several small ones.
 *
 * @param shortfall - A shortfall, at least 0.
 * @returns The weight.
 * @throws RangeError when the shortfall is negative or not finite.
 */
export function priorityWeight(shortfall: number): number {
  if (!Number.isFinite(shortfall) || shortfall < 0) {
    throw new RangeError(`priorityWeight: shortfall must be a finite number of at least 0, got ${shortfall}`);
  }
  return (1 + shortfall) ** 2 - 1;
}

/**
 * The priority band of a shortfall: high (>= 1), medium (>= 0.5), low (> 0), none (0).
 *
 * @param shortfall - A shortfall, at least 0.
 * @returns The band.
 * @throws RangeError when the shortfall is negative or not finite.
 */
export function priorityBand(shortfall: number): PriorityBand {
  if (!Number.isFinite(shortfall) || shortfall < 0) {
    throw new RangeError(`priorityBand: shortfall must be a finite number of at least 0, got ${shortfall}`);
  }
  if (shortfall >= 1 - EPSILON) return 'high';
  if (shortfall >= 0.5 - EPSILON) return 'medium';
  if (shortfall > EPSILON) return 'low';
  return 'none';
}

/**
 * Places a theme in one of four positions from its Conditions of Success score (behaviours) and its
 * Enabling Factors score against a target: `strength` (both at or above), `behaviours-lagging`
 * (enablers at or above, behaviours below), `fragile` (behaviours at or above, enablers below) or
 * `foundational-gap` (both below). "At or above" allows 1e-9 for rounding.
 *
 * @param conditionsScore - The theme's Conditions of Success score, or null.
 * @param enablersScore - The theme's Enabling Factors score, or null.
 * @param target - The target.
 * @returns The position, or null when either score is null.
 */
export function classifyPosition(conditionsScore: number | null, enablersScore: number | null, target: number): PositionKind | null {
  if (conditionsScore === null || enablersScore === null) return null;
  const conditionsMet = shortfallOf(target, conditionsScore) === 0;
  const enablersMet = shortfallOf(target, enablersScore) === 0;
  if (conditionsMet && enablersMet) return 'strength';
  if (enablersMet) return 'behaviours-lagging';
  if (conditionsMet) return 'fragile';
  return 'foundational-gap';
}

const enablersByCondition = new WeakMap<Framework, ReadonlyMap<string, readonly Enabler[]>>();

/** The enablers, anywhere in the framework, that list a condition in `enables`, in framework order. */
export function enablersOf(framework: Framework, conditionId: string): readonly Enabler[] {
  let index = enablersByCondition.get(framework);
  if (!index) {
    const map = new Map<string, Enabler[]>();
    for (const theme of framework.themes) {
      for (const enabler of theme.enablingFactors) {
        for (const id of enabler.enables) {
          const list = map.get(id);
          if (list) {
            if (!list.includes(enabler)) list.push(enabler);
          } else map.set(id, [enabler]);
        }
      }
    }
    index = map;
    enablersByCondition.set(framework, index);
  }
  return index.get(conditionId) ?? [];
}

/** The empty lists of {@link weakConditionsOf}, shared and frozen. */
const NO_WEAK_ITEMS: readonly WeakItem[] = /* @__PURE__ */ Object.freeze([]);
const NO_ITEM_IDS: readonly ItemId[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The conditions of a theme below target, each with the enablers behind it that are below target too.
 *
 * @param items - The organisation's item scores by id.
 * @param targetOfItem - The target of an item (its theme's target).
 * @param weakItems - The organisation's weak enablers found so far, by id, shared by every theme's conditions.
 */
export function weakConditionsOf(
  framework: Framework,
  themeIndex: number,
  items: Pick<ReadonlyMap<string, ItemScore>, 'get'>,
  targetOfItem: (itemId: ItemId) => number,
  weakItems = new Map<string, WeakItem>(),
): WeakCondition[] {
  const theme = framework.themes[themeIndex];
  if (!theme) return [];
  const weak: WeakCondition[] = [];
  for (const condition of theme.conditionsOfSuccess) {
    const score = items.get(condition.id)?.score ?? null;
    if (score === null) continue;
    const shortfall = shortfallOf(targetOfItem(condition.id), score);
    if (shortfall === 0) continue;
    const weakEnablers: WeakItem[] = [];
    const unscoredEnablers: ItemId[] = [];
    for (const enabler of enablersOf(framework, condition.id)) {
      const enablerScore = items.get(enabler.id)?.score ?? null;
      if (enablerScore === null) {
        unscoredEnablers.push(enabler.id);
        continue;
      }
      // An enabler weak for one condition is weak for every other it enables: one object, shared by their lists.
      let weakItem = weakItems.get(enabler.id);
      if (weakItem === undefined) {
        const enablerShortfall = shortfallOf(targetOfItem(enabler.id), enablerScore);
        if (enablerShortfall === 0) continue;
        weakItem = { itemId: enabler.id, score: enablerScore, shortfall: enablerShortfall };
        weakItems.set(enabler.id, weakItem);
      }
      weakEnablers.push(weakItem);
    }
    // An empty list is the one shared frozen empty array: 2,000 organisations make some hundred thousand of them.
    weak.push({
      itemId: condition.id,
      score,
      shortfall,
      weakEnablers: weakEnablers.length === 0 ? NO_WEAK_ITEMS : weakEnablers,
      unscoredEnablers: unscoredEnablers.length === 0 ? NO_ITEM_IDS : unscoredEnablers,
    });
  }
  return weak;
}
