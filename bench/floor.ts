/**
 * The floor for scoring: a plain hand-written loop over typed arrays that does only the arithmetic of the scores.
 * Per organisation × item it counts n and the answers at each level (don't know and not applicable included as
 * two more categories) and sums the values, their squares, their minimum and maximum; per organisation × theme
 * it takes the weighted mean of the item means. Nothing else: no medians, no agreement, no result objects, no
 * checks. Its input is the answers already turned into columns of dense indexes (`toColumns`, not timed).
 *
 * Two informative references start from the `Answer` objects scoreAssessments takes: `objectFloor` does the same
 * arithmetic straight from them, interning the ids with Maps as a plain loop would; `touchAnswers` only reads the
 * fields of each answer, which is what reading the objects costs by itself.
 */
import type { Answer } from '../src/assessment/answer.js';
import { listItems, scaleOf } from '../src/framework/lookup.js';
import type { Framework } from '../src/framework/schema.js';

/** A framework as the floor needs it: per item its theme, weight and level values. */
export interface FloorFramework {
  readonly itemCount: number;
  readonly themeCount: number;
  /** The largest number of levels of a scale. */
  readonly levels: number;
  readonly itemIds: readonly string[];
  readonly itemIndex: ReadonlyMap<string, number>;
  readonly itemTheme: Int32Array;
  readonly itemWeight: Float64Array;
  /** levelValue[item * levels + level]. */
  readonly levelValue: Float64Array;
  /** Per item: value → level index. */
  readonly levelOf: readonly ReadonlyMap<number, number>[];
}

/** Prepares a framework for the floor. */
export function floorFramework(framework: Framework): FloorFramework {
  const refs = listItems(framework);
  let levels = 1;
  for (const theme of framework.themes) levels = Math.max(levels, scaleOf(framework, theme.id).levels.length);
  const itemTheme = new Int32Array(refs.length);
  const itemWeight = new Float64Array(refs.length);
  const levelValue = new Float64Array(refs.length * levels);
  const levelOf: Map<number, number>[] = [];
  refs.forEach((ref, i) => {
    itemTheme[i] = ref.themeIndex;
    itemWeight[i] = ref.item.weight;
    const values = scaleOf(framework, ref.theme.id)
      .levels.map((level) => level.value)
      .sort((a, b) => a - b);
    values.forEach((value, l) => (levelValue[i * levels + l] = value));
    levelOf.push(new Map(values.map((value, l) => [value, l])));
  });
  return {
    itemCount: refs.length,
    themeCount: framework.themes.length,
    levels,
    itemIds: refs.map((ref) => ref.item.id),
    itemIndex: new Map(refs.map((ref, i) => [ref.item.id as string, i])),
    itemTheme,
    itemWeight,
    levelValue,
    levelOf,
  };
}

/** Code of a don't-know answer in `AnswerColumns.code`; not applicable is 1, a level l is 2 + l. */
const DONT_KNOW = 0;
const NOT_APPLICABLE = 1;
const LEVEL = 2;

/** The answers as columns of dense indexes: the floor's input. */
export interface AnswerColumns {
  readonly count: number;
  readonly organisationIds: readonly string[];
  /** The organisation of each answer, an index into organisationIds. */
  readonly organisation: Uint32Array;
  /** The item of each answer, in survey order. */
  readonly item: Uint16Array;
  /** 0 don't know, 1 not applicable, 2 + level index for a scale value. */
  readonly code: Uint8Array;
}

/** Turns answers into columns (not timed: this is the floor's input format). */
export function toColumns(prepared: FloorFramework, answers: readonly Answer[]): AnswerColumns {
  const organisationIds: string[] = [];
  const organisationIndex = new Map<string, number>();
  const organisation = new Uint32Array(answers.length);
  const item = new Uint16Array(answers.length);
  const code = new Uint8Array(answers.length);
  answers.forEach((answer, k) => {
    let o = organisationIndex.get(answer.organisationId);
    if (o === undefined) {
      o = organisationIds.length;
      organisationIds.push(answer.organisationId);
      organisationIndex.set(answer.organisationId, o);
    }
    const i = prepared.itemIndex.get(answer.itemId)!;
    organisation[k] = o;
    item[k] = i;
    const value = answer.answer;
    code[k] = value === 'dont-know' ? DONT_KNOW : value === 'not-applicable' ? NOT_APPLICABLE : LEVEL + prepared.levelOf[i]!.get(value)!;
  });
  return { count: answers.length, organisationIds, organisation, item, code };
}

/** The floor's results: the item statistics and theme means, per organisation (in first-seen order). */
export interface FloorScores {
  readonly organisations: number;
  /** Per organisation × item. */
  readonly n: Uint32Array;
  readonly sum: Float64Array;
  readonly sumOfSquares: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** Per organisation × item × (2 + levels). */
  readonly counts: Uint32Array;
  /** Per organisation × theme: the weighted mean of the item means; NaN when no item has a value. */
  readonly themeMeans: Float64Array;
}

function newScores(prepared: FloorFramework, organisations: number): FloorScores {
  const cells = organisations * prepared.itemCount;
  return {
    organisations,
    n: new Uint32Array(cells),
    sum: new Float64Array(cells),
    sumOfSquares: new Float64Array(cells),
    min: new Float64Array(cells).fill(Infinity),
    max: new Float64Array(cells).fill(-Infinity),
    counts: new Uint32Array(cells * (LEVEL + prepared.levels)),
    themeMeans: new Float64Array(organisations * prepared.themeCount),
  };
}

function themeMeans(prepared: FloorFramework, scores: FloorScores): void {
  const { itemCount, themeCount, itemTheme, itemWeight } = prepared;
  const { n, sum, themeMeans: means } = scores;
  const weights = new Float64Array(themeCount);
  for (let o = 0; o < scores.organisations; o++) {
    weights.fill(0);
    const themes = o * themeCount;
    for (let i = 0; i < itemCount; i++) {
      const c = o * itemCount + i;
      if (n[c] === 0) continue;
      const w = itemWeight[i]!;
      means[themes + itemTheme[i]!]! += (w * sum[c]!) / n[c]!;
      weights[itemTheme[i]!]! += w;
    }
    for (let t = 0; t < themeCount; t++) means[themes + t] = weights[t]! > 0 ? means[themes + t]! / weights[t]! : NaN;
  }
}

// Each hot loop sits in a function whose only statement after the loop is `return` of a local: V8 compiles a
// long-running loop mid-call (on-stack replacement), before the code after the loop has run, and code there
// without type feedback is thrown away on every call (we found this in our own reading loop, see README.md).
// Keeping the floor clear of it keeps the floor honest.

function accumulateColumns(prepared: FloorFramework, columns: AnswerColumns, scores: FloorScores): FloorScores {
  const { itemCount, levels, levelValue } = prepared;
  const { n, sum, sumOfSquares, min, max, counts } = scores;
  const { organisation, item, code } = columns;
  const stride = LEVEL + levels;
  for (let k = 0; k < columns.count; k++) {
    const i = item[k]!;
    const c = organisation[k]! * itemCount + i;
    const answer = code[k]!;
    counts[c * stride + answer]!++;
    if (answer < LEVEL) continue;
    const value = levelValue[i * levels + answer - LEVEL]!;
    n[c]!++;
    sum[c]! += value;
    sumOfSquares[c]! += value * value;
    if (value < min[c]!) min[c] = value;
    if (value > max[c]!) max[c] = value;
  }
  return scores;
}

/** The floor: one pass over the columns, then the theme means. */
export function floorScore(prepared: FloorFramework, columns: AnswerColumns): FloorScores {
  const scores = accumulateColumns(prepared, columns, newScores(prepared, columns.organisationIds.length));
  themeMeans(prepared, scores);
  return scores;
}

function accumulateObjects(prepared: FloorFramework, answers: readonly Answer[], organisationIds: string[]): FloorScores {
  const { itemCount, levels, levelValue, itemIndex, levelOf } = prepared;
  const organisationIndex = new Map<string, number>();
  // Grown as organisations appear: start with room for 16 and double.
  let room = 16;
  let scores = newScores(prepared, room);
  const stride = LEVEL + levels;
  for (let k = 0; k < answers.length; k++) {
    const answer = answers[k]!;
    let o = organisationIndex.get(answer.organisationId);
    if (o === undefined) {
      o = organisationIds.length;
      organisationIds.push(answer.organisationId);
      organisationIndex.set(answer.organisationId, o);
      if (o === room) {
        room *= 2;
        const grown = newScores(prepared, room);
        grown.n.set(scores.n);
        grown.sum.set(scores.sum);
        grown.sumOfSquares.set(scores.sumOfSquares);
        grown.min.set(scores.min);
        grown.max.set(scores.max);
        grown.counts.set(scores.counts);
        scores = grown;
      }
    }
    const i = itemIndex.get(answer.itemId)!;
    const c = o * itemCount + i;
    const value = answer.answer;
    if (typeof value !== 'number') {
      scores.counts[c * stride + (value === 'dont-know' ? DONT_KNOW : NOT_APPLICABLE)]!++;
      continue;
    }
    const l = levelOf[i]!.get(value)!;
    scores.counts[c * stride + LEVEL + l]!++;
    const v = levelValue[i * levels + l]!;
    scores.n[c]!++;
    scores.sum[c]! += v;
    scores.sumOfSquares[c]! += v * v;
    if (v < scores.min[c]!) scores.min[c] = v;
    if (v > scores.max[c]!) scores.max[c] = v;
  }
  return scores;
}

/** The same arithmetic read straight from Answer objects, interning the organisation and item ids with Maps. */
export function objectFloor(prepared: FloorFramework, answers: readonly Answer[]): FloorScores & { readonly organisationIds: readonly string[] } {
  const organisationIds: string[] = [];
  const scores = accumulateObjects(prepared, answers, organisationIds);
  const cells = organisationIds.length * prepared.itemCount;
  const used: FloorScores = {
    organisations: organisationIds.length,
    n: scores.n.subarray(0, cells),
    sum: scores.sum.subarray(0, cells),
    sumOfSquares: scores.sumOfSquares.subarray(0, cells),
    min: scores.min.subarray(0, cells),
    max: scores.max.subarray(0, cells),
    counts: scores.counts.subarray(0, cells * (LEVEL + prepared.levels)),
    themeMeans: new Float64Array(organisationIds.length * prepared.themeCount),
  };
  themeMeans(prepared, used);
  return { ...used, organisationIds };
}

/**
 * Reads the fields scoring needs from every Answer object and does nothing else, comparing each id with the one
 * before it as scoring does (keeping the latest string, so that equal ids of one row compare as one pointer):
 * what reading the objects costs by itself, a bound below any scoring of them.
 */
export function touchAnswers(answers: readonly Answer[]): number {
  let seen = 0;
  let organisation: string | undefined;
  let respondent: string | undefined;
  let item: string | undefined;
  let group: string | undefined;
  for (let k = 0; k < answers.length; k++) {
    const answer = answers[k]!;
    if (answer.organisationId !== organisation) seen++;
    organisation = answer.organisationId;
    if (answer.respondentId !== respondent) seen++;
    respondent = answer.respondentId;
    if (answer.itemId !== item) seen++;
    item = answer.itemId;
    if (answer.respondentGroup !== group) seen++;
    group = answer.respondentGroup;
    const value = answer.answer;
    if (typeof value === 'number') seen += value;
  }
  return seen;
}
