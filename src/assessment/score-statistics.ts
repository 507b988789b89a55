import { itemsOf, scaleOf } from '../framework/lookup.js';
import type { ItemKind } from '../framework/lookup.js';
import type { Framework, ItemId, Scale, ThemeId } from '../framework/schema.js';
import { frozenNumbers } from '../internal/frozen-numbers.js';
import { keepOneOf } from '../internal/kept-layouts.js';
import type { RecordMaker } from './score-records.js';
import type { Agreement, ItemScore, ThemeScore, UnscoredReason } from './score-types.js';

// The arithmetic of the default scoring method (docs/scoring.md), over a compact store of answers.
// Internal: nothing here is exported from the package.

/** One rating scale, prepared for counting: its distinct level values, lowest first. */
export interface ScaleInfo {
  readonly scale: Scale;
  /**
   * Distinct level values, ascending; a value's position here is its level index. A plain array, so that a result
   * takes these numbers as they are (a whole number costs nothing) rather than a new boxed copy of each.
   */
  readonly values: readonly number[];
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
  /** The number of cell codes per item: `CELL_VALUE + levelStride` (no record, don't know, not applicable, levels). */
  readonly cellStride: number;
  /** Per item and cell code, the item's weight when the code is a level, else 0. */
  readonly cellWeight: Float64Array;
  /** Per item and cell code, the weight times the level's value when the code is a level, else 0. */
  readonly cellWeightedValue: Float64Array;
  readonly itemIndexById: ReadonlyMap<string, number>;
  /** Per item: 1 when its scale is contiguous (level index = value - itemMin), else 0. */
  readonly itemContiguous: Uint8Array;
  /** Per item: the lowest value of its scale. */
  readonly itemMin: Float64Array;
  /** Per item: the number of levels of its scale. */
  readonly itemLevels: Int32Array;
  /**
   * Per item and whole value v from 0 to 15, at item × 16 + v: the cell code of v when it is a level of the item's
   * scale (and the code fits a byte), else 0. Lets the reader code the usual values with one look-up.
   */
  readonly valueCell: Uint8Array;
  readonly themes: readonly {
    readonly id: ThemeId;
    /** The theme's items are items [start, end) in survey order. */
    readonly start: number;
    readonly end: number;
    readonly scale: ScaleInfo;
  }[];
}

const indexes = new WeakMap<Framework, ScoringIndex>();

/** The whole values 0 to 15 that `valueCell` codes (`value & 15` is the value itself only for these). */
const SMALL_VALUES = 16;

function prepareScale(scale: Scale): ScaleInfo {
  // A Set stores -0 as +0: a level value of -0 scores as 0, so that results survive a JSON round trip unchanged.
  const distinct = [...new Set(scale.levels.map((level) => level.value))].sort((a, b) => a - b);
  const values = Object.freeze(distinct);
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
  const refs = itemsOf(framework);
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
  const itemIds: ItemId[] = [];
  const itemKinds: ItemKind[] = [];
  const itemScale: ScaleInfo[] = [];
  const itemIndexById = new Map<string, number>();
  const cellStride = CELL_VALUE + levelStride;
  const cellWeight = new Float64Array(itemCount * cellStride);
  const cellWeightedValue = new Float64Array(itemCount * cellStride);
  const itemContiguous = new Uint8Array(itemCount);
  const itemMin = new Float64Array(itemCount);
  const itemLevels = new Int32Array(itemCount);
  const valueCell = new Uint8Array(itemCount * SMALL_VALUES);
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
    for (let l = 0; l < theme.scale.values.length; l++) {
      cellWeight[i * cellStride + CELL_VALUE + l] = ref.item.weight;
      cellWeightedValue[i * cellStride + CELL_VALUE + l] = ref.item.weight * theme.scale.values[l]!;
    }
    itemContiguous[i] = theme.scale.contiguous ? 1 : 0;
    itemMin[i] = theme.scale.min;
    itemLevels[i] = theme.scale.values.length;
    for (let v = 0; v < SMALL_VALUES; v++) {
      const level = theme.scale.indexOfValue.get(v);
      if (level !== undefined && CELL_VALUE + level <= 0xff) valueCell[i * SMALL_VALUES + v] = CELL_VALUE + level;
    }
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
    cellStride,
    cellWeight,
    cellWeightedValue,
    itemIndexById,
    itemContiguous,
    itemMin,
    itemLevels,
    valueCell,
    themes,
  };
  indexes.set(framework, index);
  return index;
}

/**
 * The level index of a value on a scale, or -1 when the value is not one of its levels. (The reader finds the
 * whole-number levels of a contiguous scale by arithmetic, and looks up only the others here.)
 */
export function levelIndexOf(scale: ScaleInfo, value: number): number {
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
  /** How the call makes its records (score-records.ts). */
  readonly records: RecordMaker;
  /** The call's item agreements, shared by the item scores that have the same. */
  readonly agreements: ItemAgreements;
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
export function agreementOf(n: number, squares: number, range: number, lowAgreementBelow: number, records: RecordMaker): Agreement {
  if (n < 2) return records.agreement(n, null, null, false);
  const sd = Math.sqrt(squares / (n - 1));
  const most = range * range * Math.floor(n / 2) * Math.ceil(n / 2);
  const ratio = most > 0 ? (squares * n) / most : 0;
  // Mathematically ratio <= 1; the clamp only removes rounding in the last bit.
  const index = ratio >= 1 ? 0 : 1 - Math.sqrt(ratio);
  return records.agreement(n, sd, index, index < lowAgreementBelow);
}

/** Slots of a call's table of item agreements: a power of two. */
const AGREEMENT_SLOTS = 4096;
const AGREEMENT_SHIFT = 32 - Math.log2(AGREEMENT_SLOTS);

/**
 * The agreements of one call's item scores, each made once for each distinct (n, sum of squares, range) and shared
 * by every item score that has it: `agreementOf` depends on nothing else, and agreements are frozen. Level counts
 * repeat a great deal: at the bench's large size, 160,000 item scores have 1,987 distinct agreements, so sharing
 * them makes 158,000 objects (and their 316,000 boxed numbers, some 14 MB) fewer per call. A table of recent keys,
 * a slot overwritten on a collision: a miss only makes the agreement again.
 */
export class ItemAgreements {
  private readonly n = new Int32Array(AGREEMENT_SLOTS).fill(-1);
  private readonly squares = new Float64Array(AGREEMENT_SLOTS);
  private readonly range = new Float64Array(AGREEMENT_SLOTS);
  private readonly made = new Array<Agreement | undefined>(AGREEMENT_SLOTS).fill(undefined);
  /** The sum of squares' two 32-bit halves, to hash it. */
  private readonly bits = new Float64Array(1);
  private readonly halves = new Uint32Array(this.bits.buffer);
  private readonly lowAgreementBelow: number;
  private readonly records: RecordMaker;

  constructor(lowAgreementBelow: number, records: RecordMaker) {
    this.lowAgreementBelow = lowAgreementBelow;
    this.records = records;
    // The first table made keeps a table of its own alive, so that V8 keeps the tables' layout and the code compiled
    // for it from one call to the next (kept-layouts.ts).
    keepOneOf(ItemAgreements, () => new ItemAgreements(lowAgreementBelow, records));
  }

  /** `agreementOf(n, squares, range, …)`, shared with earlier item scores of the call that have the same. */
  of(n: number, squares: number, range: number): Agreement {
    this.bits[0] = squares;
    const slot = Math.imul(this.halves[0]! ^ this.halves[1]! ^ Math.imul(n, 0x27d4eb2d), 0x9e3779b1) >>> AGREEMENT_SHIFT;
    if (this.n[slot] === n && this.squares[slot] === squares && this.range[slot] === range) return this.made[slot]!;
    const agreement = agreementOf(n, squares, range, this.lowAgreementBelow, this.records);
    this.n[slot] = n;
    this.squares[slot] = squares;
    this.range[slot] = range;
    this.made[slot] = agreement;
    return agreement;
  }
}

/** Lists longer than this are sorted by the built-in sort (the bucket sort's scratch space stays small). */
const LONGEST_BUCKETED = 4096;
/** The bucket sort's scratch: where each bucket's values start, and the values laid out by bucket. */
const bucketStart = new Int32Array(LONGEST_BUCKETED + 1);
const byBucket = new Float64Array(LONGEST_BUCKETED);

/**
 * Sorts numbers ascending, in place. Up to 4,096 values, a bucket sort: the values go into as many buckets as there
 * are values, evenly over their range, and an insertion sort then puts the few within a bucket in order; should the
 * values bunch up (more than 4 moves a value), the built-in sort takes over, so that no list costs more than
 * n log n. Longer lists go to the built-in sort. Respondents' theme scores spread over their scale with many ties,
 * the case buckets suit. Measured on 5 December 2026 (medians of 20 runs, every list unsorted again before each
 * run): the 16,000 lists of 50 theme scores of the bench's large case, in their order as read, sort in 8 ms by this
 * sort, 26 ms by a Shell sort (the method before), 17 ms by insertion sort and 27 ms by the built-in sort. Every
 * method gives the same order: there is no NaN, and no -0 (scales are normalised to +0).
 */
export function sortInPlace(values: Float64Array): Float64Array {
  const n = values.length;
  if (n > LONGEST_BUCKETED) return values.sort();
  let low = Infinity;
  let high = -Infinity;
  for (let k = 0; k < n; k++) {
    const value = values[k]!;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (!(low < high)) return values;
  // Bucket b holds the values v with floor((v - low) * factor) = b, the highest value in the last bucket.
  const factor = n / (high - low);
  const last = n - 1;
  bucketStart.fill(0, 0, n + 1);
  for (let k = 0; k < n; k++) bucketStart[Math.min(last, ((values[k]! - low) * factor) | 0) + 1]!++;
  for (let b = 1; b <= n; b++) bucketStart[b]! += bucketStart[b - 1]!;
  for (let k = 0; k < n; k++) {
    const value = values[k]!;
    byBucket[bucketStart[Math.min(last, ((value - low) * factor) | 0)]!++] = value;
  }
  for (let k = 0; k < n; k++) values[k] = byBucket[k]!;
  // The buckets are in order; an insertion sort puts the values within each in order, moving each value only past
  // larger ones of its own bucket.
  let budget = 4 * n;
  for (let k = 1; k < n; k++) {
    const value = values[k]!;
    let j = k - 1;
    while (j >= 0 && values[j]! > value) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
    budget -= k - 1 - j;
    if (budget < 0) return values.sort();
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
 * The level value nearest a score, the higher of two as near within 1e-9: the rule of `nearestLevelOf`, whose result
 * does not depend on the order of the levels. Over the values in ascending order, each value is taken until one is
 * farther than the last by more than 1e-9; every later value is farther still.
 */
export function nearestValue(scale: ScaleInfo, score: number): number {
  const values = scale.values;
  let best = values[0]!;
  let bestDistance = Math.abs(best - score);
  for (let l = 1; l < values.length; l++) {
    const distance = Math.abs(values[l]! - score);
    if (distance - bestDistance > 1e-9) break;
    best = values[l]!;
    bestDistance = distance;
  }
  return best;
}

/**
 * What one set of respondents (an organisation, or one of its groups) adds up to: per item, the count of each cell
 * code (no record, don't know, not applicable, each level); per theme, each respondent's own theme score. One tally
 * is reused from set to set: `tallyRows` clears it first.
 */
export interface Tally {
  /** The number of respondents in the set. */
  respondents: number;
  /** Per item, `cellStride` counts: counts[i * cellStride + code] respondents have the cell code `code`. */
  readonly counts: Uint32Array;
  /** Theme t's respondent scores are themeValues[t * respondents, t * respondents + themeN[t]). */
  themeValues: Float64Array;
  readonly themeN: Uint32Array;
}

/** A tally to reuse for every set of respondents of one scoring call. */
export function newTally(index: ScoringIndex): Tally {
  return {
    respondents: 0,
    counts: new Uint32Array(index.itemCount * index.cellStride),
    themeValues: new Float64Array(16 * index.themeCount),
    themeN: new Uint32Array(index.themeCount),
  };
}

/**
 * Tallies a set of respondents into `into`, clearing it first.
 *
 * Each respondent's theme score is the weighted mean of their values on the theme's items, summed in survey order
 * (a cell without a value adds 0 to both sums, which changes neither).
 *
 * @param rows - The respondents (rows of `cells`); the first `count` are read.
 */
export function tallyRows(index: ScoringIndex, cells: Cells, rows: Int32Array, count: number, into: Tally): Tally {
  const { itemCount, themeCount, cellStride: S, cellWeight, cellWeightedValue, themes } = index;
  const { counts, themeN } = into;
  counts.fill(0);
  themeN.fill(0);
  if (into.themeValues.length < count * themeCount) into.themeValues = new Float64Array(count * themeCount * 2);
  into.respondents = count;
  const themeValues = into.themeValues;

  for (let k = 0; k < count; k++) {
    const base = rows[k]! * itemCount;
    for (let t = 0; t < themeCount; t++) {
      const theme = themes[t]!;
      let sum = 0;
      let weight = 0;
      for (let i = theme.start; i < theme.end; i++) {
        const at = i * S + cells[base + i]!;
        counts[at]!++;
        weight += cellWeight[at]!;
        sum += cellWeightedValue[at]!;
      }
      if (weight > 0) {
        themeValues[t * count + themeN[t]!] = clamp(sum / weight, theme.scale.min, theme.scale.max);
        themeN[t]!++;
      }
    }
  }
  return into;
}

/**
 * Scores a tally: every item from its level counts, every theme from its scored items, and agreement on each
 * theme from the respondents' own theme scores.
 *
 * Every sum runs in a fixed order (levels ascending, items in survey order, respondents' theme scores sorted),
 * so the order of the answers or of the respondents never changes a bit of the result.
 *
 * @param withhold - True when the organisation has too few respondents: counts are kept, scores are null.
 * @param itemScore - Scratch: per item, its score (written here).
 * @param itemScored - Scratch: per item, 1 when scored (written here).
 */
export function scoreTally(index: ScoringIndex, counted: Tally, settings: UnitSettings, withhold: boolean, itemScore: Float64Array, itemScored: Uint8Array): UnitScores {
  const { itemCount, themeCount } = index;
  const items = new Array<ItemScore>(itemCount);
  for (let i = 0; i < itemCount; i++) {
    const item = scoreItem(index, i, counted, settings, withhold);
    items[i] = item;
    if (item.score !== null) {
      itemScored[i] = 1;
      itemScore[i] = item.score;
    } else {
      itemScored[i] = 0;
    }
  }
  const themes = new Array<ThemeScore>(themeCount);
  const R = counted.respondents;
  for (let t = 0; t < themeCount; t++) {
    const values = counted.themeValues.subarray(t * R, t * R + counted.themeN[t]!);
    themes[t] = scoreTheme(index, index.themes[t]!, itemScore, itemScored, values, settings, withhold);
  }
  return { items: Object.freeze(items), themes: Object.freeze(themes) };
}

function scoreItem(index: ScoringIndex, i: number, counted: Tally, settings: UnitSettings, withhold: boolean): ItemScore {
  const counts = counted.counts;
  const cellsOfItem = i * index.cellStride;
  const records = counted.respondents - counts[cellsOfItem + CELL_NONE]!;
  const dontKnow = counts[cellsOfItem + CELL_DONT_KNOW]!;
  const notApplicable = counts[cellsOfItem + CELL_NOT_APPLICABLE]!;
  const scale = index.itemScale[i]!;
  const levels = scale.values.length;
  // counts[offset + l] is the count of level l; values[l] its value.
  const offset = cellsOfItem + CELL_VALUE;
  const values = scale.values;
  let n = 0;
  let sum = 0;
  let min: number | null = null;
  let max: number | null = null;
  for (let l = 0; l < levels; l++) {
    const count = counts[offset + l]!;
    if (count === 0) continue;
    const value = values[l]!;
    n += count;
    sum += count * value;
    min ??= value;
    max = value;
  }
  let mean: number | null = null;
  let median: number | null = null;
  let squares = 0;
  if (n > 0 && !withhold) {
    const m = clamp(sum / n, scale.min, scale.max);
    mean = m;
    // The median from the level counts: the values at sorted positions floor((n-1)/2) and floor(n/2).
    const lowPosition = (n - 1) >> 1;
    const highPosition = n >> 1;
    let low = Number.NaN;
    let high = Number.NaN;
    let seen = 0;
    for (let l = 0; l < levels; l++) {
      const count = counts[offset + l]!;
      if (count === 0) continue;
      const value = values[l]!;
      seen += count;
      if (seen > lowPosition && low !== low) low = value;
      if (seen > highPosition && high !== high) high = value;
      const deviation = value - m;
      squares += count * deviation * deviation;
    }
    median = low === high ? low : (low + high) / 2;
  } else {
    min = null;
    max = null;
  }
  const score = settings.itemStatistic === 'median' ? median : mean;
  const agreement = withhold ? settings.records.agreement(n, null, null, false) : settings.agreements.of(n, squares, scale.range);
  let unscoredReason: UnscoredReason | null = null;
  if (n === 0) unscoredReason = unscoredReasonOf(records, dontKnow, notApplicable);
  else if (withhold) unscoredReason = 'too-few-respondents';
  return settings.records.item(
    index.itemIds[i]!,
    index.themes[index.itemTheme[i]!]!.id,
    index.itemKinds[i]!,
    n,
    score,
    mean,
    median,
    agreement.sd,
    min,
    max,
    dontKnow,
    notApplicable,
    records,
    counted.respondents - records,
    score === null ? null : nearestValue(scale, score),
    unscoredReason,
    agreement,
  );
}

function weighted(sum: number, weight: number, scale: ScaleInfo): number | null {
  return weight > 0 ? clamp(sum / weight, scale.min, scale.max) : null;
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
  const score = weighted(allSum, allWeight, scale);
  const items = theme.end - theme.start;
  const coverage = items > 0 ? scoredItems / items : 0;

  // Agreement over the respondents' own theme scores, summed in ascending order.
  const n = respondentScores.length;
  let squares = 0;
  if (!withhold) sortInPlace(respondentScores);
  if (n >= 2 && !withhold) {
    const sorted = respondentScores;
    let total = 0;
    for (let k = 0; k < n; k++) total += sorted[k]!;
    const mean = total / n;
    for (let k = 0; k < n; k++) {
      const deviation = sorted[k]! - mean;
      squares += deviation * deviation;
    }
  }
  return settings.records.theme(
    theme.id,
    score,
    weighted(conditionSum, conditionWeight, scale),
    weighted(enablerSum, enablerWeight, scale),
    score === null ? null : nearestValue(scale, score),
    scoredItems,
    items,
    coverage,
    score !== null && coverage >= settings.minCoverage,
    withhold ? settings.records.agreement(n, null, null, false) : agreementOf(n, squares, scale.range, settings.lowAgreementBelow, settings.records),
    withhold || n === 0 ? NO_SCORES : frozenNumbers(respondentScores),
  );
}

const NO_SCORES: readonly number[] = Object.freeze([]);
