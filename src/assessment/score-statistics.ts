import { listItems, nearestLevel, scaleOf } from '../framework/lookup.js';
import type { ItemKind } from '../framework/lookup.js';
import type { Framework, ItemId, Scale, ThemeId } from '../framework/schema.js';
import type { Agreement, ItemScore, ThemeScore, UnscoredReason } from './score-types.js';

// The arithmetic of the default scoring method (docs/scoring.md), over a compact store of answers.
// Internal: nothing here is exported from the package.

/** One rating scale, prepared for counting: its distinct level values, lowest first. */
export interface ScaleInfo {
  readonly scale: Scale;
  /** Distinct level values, ascending; a value's position here is its level index. */
  readonly values: Float64Array;
  readonly min: number;
  readonly max: number;
  /** max - min. */
  readonly range: number;
  /** True when the values are the whole numbers min, min + 1, ..., max (level index = value - min). */
  readonly contiguous: boolean;
  readonly indexOfValue: ReadonlyMap<number, number>;
}

/** A framework prepared for scoring: items in survey order, with their theme, weight and scale. */
export interface ScoringIndex {
  readonly itemCount: number;
  readonly themeCount: number;
  /** The largest number of levels of any scale: the stride of per-item level counts. */
  readonly levelStride: number;
  readonly itemIds: readonly ItemId[];
  readonly itemKinds: readonly ItemKind[];
  readonly itemTheme: Int32Array;
  readonly itemWeight: Float64Array;
  readonly itemScale: readonly ScaleInfo[];
  /** Level values per item, `levelStride` per item. */
  readonly itemLevelValues: Float64Array;
  readonly itemIndexById: ReadonlyMap<string, number>;
  readonly themes: readonly {
    readonly id: ThemeId;
    /** The theme's items are items [start, end) in survey order. */
    readonly start: number;
    readonly end: number;
    readonly scale: ScaleInfo;
  }[];
}

const indexes = new WeakMap<Framework, ScoringIndex>();

function prepareScale(scale: Scale): ScaleInfo {
  // `+ 0` turns a level value of -0 into 0, so that results survive a JSON round trip unchanged.
  const distinct = [...new Set(scale.levels.map((level) => level.value + 0))].sort((a, b) => a - b);
  const values = Float64Array.from(distinct);
  const min = distinct[0] ?? 0;
  const max = distinct[distinct.length - 1] ?? 0;
  const indexOfValue = new Map(distinct.map((value, index) => [value, index]));
  const contiguous = distinct.every((value, index) => value === min + index);
  return { scale, values, min, max, range: max - min, contiguous, indexOfValue };
}

/**
 * Prepares a framework for scoring (once per framework object).
 *
 * @throws RangeError when two items share an id.
 */
export function scoringIndexOf(framework: Framework, fn: string): ScoringIndex {
  const cached = indexes.get(framework);
  if (cached) return cached;
  const refs = listItems(framework);
  const scales = new Map<Scale, ScaleInfo>();
  const infoOf = (scale: Scale): ScaleInfo => {
    let info = scales.get(scale);
    if (!info) {
      info = prepareScale(scale);
      scales.set(scale, info);
    }
    return info;
  };
  const themes = framework.themes.map((theme) => ({
    id: theme.id,
    start: 0,
    end: 0,
    scale: infoOf(scaleOf(framework, theme.id)),
  }));
  let levelStride = 1;
  for (const theme of themes) levelStride = Math.max(levelStride, theme.scale.values.length);
  const itemCount = refs.length;
  const itemTheme = new Int32Array(itemCount);
  const itemWeight = new Float64Array(itemCount);
  const itemLevelValues = new Float64Array(itemCount * levelStride);
  const itemIds: ItemId[] = [];
  const itemKinds: ItemKind[] = [];
  const itemScale: ScaleInfo[] = [];
  const itemIndexById = new Map<string, number>();
  for (let i = 0; i < itemCount; i++) {
    const ref = refs[i]!;
    if (itemIndexById.has(ref.item.id)) {
      throw new RangeError(`${fn}: the framework "${framework.id}" has the item id "${ref.item.id}" twice; item ids must be unique`);
    }
    const theme = themes[ref.themeIndex]!;
    if (i === 0 || itemTheme[i - 1] !== ref.themeIndex) theme.start = i;
    theme.end = i + 1;
    itemIndexById.set(ref.item.id, i);
    itemIds.push(ref.item.id);
    itemKinds.push(ref.kind);
    itemTheme[i] = ref.themeIndex;
    itemWeight[i] = ref.item.weight;
    itemScale.push(theme.scale);
    itemLevelValues.set(theme.scale.values, i * levelStride);
  }
  // A theme without items keeps start = end = 0: an empty range.
  const index: ScoringIndex = {
    itemCount,
    themeCount: themes.length,
    levelStride,
    itemIds,
    itemKinds,
    itemTheme,
    itemWeight,
    itemScale,
    itemLevelValues,
    itemIndexById,
    themes,
  };
  indexes.set(framework, index);
  return index;
}

/**
 * The level index of a value on a scale, or -1 when the value is not one of its levels.
 */
export function levelIndexOf(scale: ScaleInfo, value: number): number {
  if (scale.contiguous) {
    const index = value - scale.min;
    return Number.isInteger(index) && index >= 0 && index < scale.values.length ? index : -1;
  }
  return scale.indexOfValue.get(value) ?? -1;
}

/**
 * Answers stored one cell per (respondent, item): 0 no record, 1 don't know, 2 not applicable,
 * 3 + level index for a scale value.
 */
export type Cells = Uint8Array | Uint16Array;
export const CELL_NONE = 0;
export const CELL_DONT_KNOW = 1;
export const CELL_NOT_APPLICABLE = 2;
export const CELL_VALUE = 3;

/** The settings of the method that the arithmetic needs. */
export interface UnitSettings {
  readonly itemStatistic: 'mean' | 'median';
  readonly minCoverage: number;
  readonly lowAgreementBelow: number;
}

/** The item and theme scores of one set of respondents (an organisation, or one of its groups). */
export interface UnitScores {
  readonly items: readonly ItemScore[];
  readonly themes: readonly ThemeScore[];
}

/**
 * Agreement from n values with the given sum of squared deviations from their mean, on a scale of the given range.
 *
 * The index is 1 - s / s_max(n), where s_max(n) = range * sqrt(floor(n/2) * ceil(n/2) / (n * (n - 1))) is the
 * largest sample standard deviation n values on the scale can have. It is computed as
 * 1 - sqrt(squares * n / (range^2 * floor(n/2) * ceil(n/2))), the same number with fewer roundings, so that
 * values split evenly between the ends give exactly 0.
 */
export function agreementOf(n: number, squares: number, range: number, lowAgreementBelow: number): Agreement {
  if (n < 2) return Object.freeze({ n, sd: null, index: null, low: false });
  const sd = Math.sqrt(squares / (n - 1));
  const most = range * range * Math.floor(n / 2) * Math.ceil(n / 2);
  const ratio = most > 0 ? (squares * n) / most : 0;
  // Mathematically ratio <= 1; the clamp only removes rounding in the last bit.
  const index = ratio >= 1 ? 0 : 1 - Math.sqrt(ratio);
  return Object.freeze({ n, sd, index, low: index < lowAgreementBelow });
}

/**
 * Sorts numbers ascending, in place: insertion sort for short runs (the usual size, and no allocation), the
 * built-in sort for long ones.
 */
export function sortInPlace(values: Float64Array): Float64Array {
  const n = values.length;
  if (n > 64) return values.sort();
  for (let k = 1; k < n; k++) {
    const value = values[k]!;
    let j = k - 1;
    while (j >= 0 && values[j]! > value) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
  }
  return values;
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

function unscoredReasonOf(respondents: number, dontKnow: number, notApplicable: number): UnscoredReason {
  if (respondents === 0) return 'missing';
  if (notApplicable === 0) return 'all-dont-know';
  if (dontKnow === 0) return 'all-not-applicable';
  return 'no-scoring-answers';
}

/**
 * What one set of respondents (an organisation, or one of its groups) adds up to: per item, the count of each
 * level and of each non-scoring answer; per theme, each respondent's own theme score.
 */
export interface Tally {
  /** The number of respondents in the set. */
  readonly respondents: number;
  /** Per item, `levelStride` level counts. */
  readonly counts: Uint32Array;
  readonly dontKnow: Uint32Array;
  readonly notApplicable: Uint32Array;
  /** Per item, the respondents with any answer to it. */
  readonly records: Uint32Array;
  /** Theme t's respondent scores are themeValues[t * respondents, t * respondents + themeN[t]). */
  readonly themeValues: Float64Array;
  readonly themeN: Uint32Array;
}

function newTally(index: ScoringIndex, respondents: number): Tally {
  return {
    respondents,
    counts: new Uint32Array(index.itemCount * index.levelStride),
    dontKnow: new Uint32Array(index.itemCount),
    notApplicable: new Uint32Array(index.itemCount),
    records: new Uint32Array(index.itemCount),
    themeValues: new Float64Array(respondents * index.themeCount),
    themeN: new Uint32Array(index.themeCount),
  };
}

/**
 * Tallies an organisation's respondents and, in the same walk over their answers, those of its groups.
 *
 * @param rows - The organisation's respondents (rows of `cells`).
 * @param rowGroups - For each of `rows`, the index in `groupSizes` of the group its respondent is tallied in too,
 *   or -1 for none.
 * @param groupSizes - The number of respondents of each tallied group.
 * @returns The organisation's tally, then one per group.
 */
export function tally(
  index: ScoringIndex,
  cells: Cells,
  rows: readonly number[],
  rowGroups: Int32Array,
  groupSizes: readonly number[],
): { readonly organisation: Tally; readonly groups: readonly Tally[] } {
  const { itemCount, themeCount, levelStride: L, itemTheme, itemWeight, itemLevelValues } = index;
  const R = rows.length;
  const own = newTally(index, R);
  const groups = groupSizes.map((size) => newTally(index, size));
  const themeSum = new Float64Array(themeCount);
  const themeWeight = new Float64Array(themeCount);
  const themeMin = new Float64Array(themeCount);
  const themeMax = new Float64Array(themeCount);
  for (let t = 0; t < themeCount; t++) {
    themeMin[t] = index.themes[t]!.scale.min;
    themeMax[t] = index.themes[t]!.scale.max;
  }
  const { counts, dontKnow, notApplicable, records, themeValues, themeN } = own;

  for (let k = 0; k < R; k++) {
    const base = rows[k]! * itemCount;
    const g = rowGroups[k]!;
    const group = g < 0 ? undefined : groups[g]!;
    for (let t = 0; t < themeCount; t++) {
      themeSum[t] = 0;
      themeWeight[t] = 0;
    }
    for (let i = 0; i < itemCount; i++) {
      const cell = cells[base + i]!;
      if (cell === CELL_NONE) continue;
      records[i]!++;
      if (group) group.records[i]!++;
      if (cell === CELL_DONT_KNOW) {
        dontKnow[i]!++;
        if (group) group.dontKnow[i]!++;
      } else if (cell === CELL_NOT_APPLICABLE) {
        notApplicable[i]!++;
        if (group) group.notApplicable[i]!++;
      } else {
        const at = i * L + cell - CELL_VALUE;
        counts[at]!++;
        if (group) group.counts[at]!++;
        const t = itemTheme[i]!;
        const w = itemWeight[i]!;
        themeWeight[t]! += w;
        themeSum[t]! += w * itemLevelValues[at]!;
      }
    }
    for (let t = 0; t < themeCount; t++) {
      const weight = themeWeight[t]!;
      if (weight > 0) {
        const value = clamp(themeSum[t]! / weight, themeMin[t]!, themeMax[t]!);
        themeValues[t * R + themeN[t]!] = value;
        themeN[t]!++;
        if (group) {
          group.themeValues[t * group.respondents + group.themeN[t]!] = value;
          group.themeN[t]!++;
        }
      }
    }
  }
  return { organisation: own, groups };
}

/**
 * Scores a tally: every item from its level counts, every theme from its scored items, and agreement on each
 * theme from the respondents' own theme scores.
 *
 * Every sum runs in a fixed order (levels ascending, items in survey order, respondents' theme scores sorted),
 * so the order of the answers or of the respondents never changes a bit of the result.
 *
 * @param withhold - True when the organisation has too few respondents: counts are kept, scores are null.
 */
export function scoreTally(index: ScoringIndex, counted: Tally, settings: UnitSettings, withhold: boolean): UnitScores {
  const { itemCount, themeCount, levelStride: L } = index;
  const itemScore = new Float64Array(itemCount);
  const itemScored = new Uint8Array(itemCount);
  const items: ItemScore[] = [];
  for (let i = 0; i < itemCount; i++) {
    const item = scoreItem(index, i, counted, L, settings, withhold);
    items.push(item);
    if (item.score !== null) {
      itemScored[i] = 1;
      itemScore[i] = item.score;
    }
  }
  const themes: ThemeScore[] = [];
  const R = counted.respondents;
  for (let t = 0; t < themeCount; t++) {
    const values = counted.themeValues.subarray(t * R, t * R + counted.themeN[t]!);
    themes.push(scoreTheme(index, index.themes[t]!, itemScore, itemScored, values, settings, withhold));
  }
  return { items, themes };
}

function scoreItem(index: ScoringIndex, i: number, counted: Tally, L: number, settings: UnitSettings, withhold: boolean): ItemScore {
  const counts = counted.counts;
  const records = counted.records[i]!;
  const dontKnow = counted.dontKnow[i]!;
  const notApplicable = counted.notApplicable[i]!;
  const scale = index.itemScale[i]!;
  const levels = scale.values.length;
  const offset = i * L;
  const values = index.itemLevelValues;
  let n = 0;
  let sum = 0;
  let min: number | null = null;
  let max: number | null = null;
  for (let l = 0; l < levels; l++) {
    const count = counts[offset + l]!;
    if (count === 0) continue;
    const value = values[offset + l]!;
    n += count;
    sum += count * value;
    if (min === null) min = value;
    max = value;
  }
  let mean: number | null = null;
  let median: number | null = null;
  let squares = 0;
  if (n > 0 && !withhold) {
    mean = clamp(sum / n, scale.min, scale.max);
    // The median from the level counts: the values at sorted positions floor((n-1)/2) and floor(n/2).
    const lowPosition = (n - 1) >> 1;
    const highPosition = n >> 1;
    let low: number | null = null;
    let high: number | null = null;
    let seen = 0;
    for (let l = 0; l < levels; l++) {
      const count = counts[offset + l]!;
      if (count === 0) continue;
      const value = values[offset + l]!;
      seen += count;
      if (low === null && seen > lowPosition) low = value;
      if (high === null && seen > highPosition) high = value;
      const deviation = value - mean;
      squares += count * deviation * deviation;
    }
    median = low === high ? low : ((low as number) + (high as number)) / 2;
  } else {
    min = null;
    max = null;
  }
  const score = settings.itemStatistic === 'median' ? median : mean;
  const agreement = withhold
    ? Object.freeze({ n, sd: null, index: null, low: false })
    : agreementOf(n, squares, scale.range, settings.lowAgreementBelow);
  let unscoredReason: UnscoredReason | null = null;
  if (n === 0) unscoredReason = unscoredReasonOf(records, dontKnow, notApplicable);
  else if (withhold) unscoredReason = 'too-few-respondents';
  return Object.freeze({
    itemId: index.itemIds[i]!,
    themeId: index.themes[index.itemTheme[i]!]!.id,
    kind: index.itemKinds[i]!,
    n,
    score,
    mean,
    median,
    sd: agreement.sd,
    min,
    max,
    dontKnow,
    notApplicable,
    respondents: records,
    missing: counted.respondents - records,
    level: score === null ? null : nearestLevel(scale.scale, score).value + 0,
    unscoredReason,
    agreement,
  });
}

function scoreTheme(
  index: ScoringIndex,
  theme: ScoringIndex['themes'][number],
  itemScore: Float64Array,
  itemScored: Uint8Array,
  respondentScores: Float64Array,
  settings: UnitSettings,
  withhold: boolean,
): ThemeScore {
  const { scale } = theme;
  let allWeight = 0;
  let allSum = 0;
  let conditionWeight = 0;
  let conditionSum = 0;
  let enablerWeight = 0;
  let enablerSum = 0;
  let scoredItems = 0;
  for (let i = theme.start; i < theme.end; i++) {
    if (itemScored[i] === 0) continue;
    scoredItems++;
    const w = index.itemWeight[i]!;
    const part = w * itemScore[i]!;
    allWeight += w;
    allSum += part;
    if (index.itemKinds[i] === 'condition') {
      conditionWeight += w;
      conditionSum += part;
    } else {
      enablerWeight += w;
      enablerSum += part;
    }
  }
  const weighted = (sum: number, weight: number): number | null =>
    weight > 0 ? clamp(sum / weight, scale.min, scale.max) : null;
  const score = weighted(allSum, allWeight);
  const items = theme.end - theme.start;
  const coverage = items > 0 ? scoredItems / items : 0;

  // Agreement over the respondents' own theme scores, summed in ascending order.
  const n = respondentScores.length;
  let squares = 0;
  if (n >= 2 && !withhold) {
    const sorted = sortInPlace(respondentScores);
    let total = 0;
    for (let k = 0; k < n; k++) total += sorted[k]!;
    const mean = total / n;
    for (let k = 0; k < n; k++) {
      const deviation = sorted[k]! - mean;
      squares += deviation * deviation;
    }
  }
  return Object.freeze({
    themeId: theme.id,
    score,
    conditionsScore: weighted(conditionSum, conditionWeight),
    enablersScore: weighted(enablerSum, enablerWeight),
    level: score === null ? null : nearestLevel(scale.scale, score).value + 0,
    scoredItems,
    items,
    coverage,
    sufficient: score !== null && coverage >= settings.minCoverage,
    agreement: withhold
      ? Object.freeze({ n, sd: null, index: null, low: false })
      : agreementOf(n, squares, scale.range, settings.lowAgreementBelow),
  });
}
