/**
 * The floor for scoring: plain hand-written loops over typed arrays that do only the arithmetic of the scores, all
 * of it: every number that `scoreAnswers` puts in an item or theme score, and nothing else (no result objects,
 * no checks, no options, no order-independent sums).
 *
 * - One pass over the answers counts, per organisation × item, the answers of each kind (don't know, not
 *   applicable, each level), and sums, per respondent × theme, their weighted values and weights.
 * - Per organisation × item, from the counts: n, mean, median, sd, min, max, the nearest level and the agreement
 *   index.
 * - Per organisation × theme: the weighted means of all scored items, of the Conditions of Success and of the
 *   Enabling Factors, coverage and the nearest level; over the respondents' own theme scores, their n, sd and
 *   agreement index.
 *
 * Its input is the answers already turned into columns of dense indexes (`toColumns`, not timed). `checkFloor` in
 * run.ts checks every one of these numbers against ours to 1e-9, at both sizes.
 *
 * Two informative references start from the `Answer` objects scoreAnswers takes: `objectFloor` does the same
 * arithmetic straight from them, interning the ids with Maps as a plain loop would; `touchAnswers` only reads the
 * fields of each answer, which is what reading the objects costs by itself.
 */
import type { Answer } from '../src/assessment/answer.js';
import { itemsOf, scaleOf } from '../src/framework/lookup.js';
import type { Framework } from '../src/framework/schema.js';

/** A framework as the floor needs it: per item its theme, kind, weight and level values; per theme its scale. */
export interface FloorFramework {
  readonly itemCount: number;
  readonly themeCount: number;
  /** The largest number of levels of a scale. */
  readonly levels: number;
  readonly itemIds: readonly string[];
  readonly itemIndex: ReadonlyMap<string, number>;
  readonly itemTheme: Int32Array;
  readonly itemWeight: Float64Array;
  /** 1 for a Condition of Success, 0 for an Enabling Factor. */
  readonly itemIsCondition: Uint8Array;
  /** The number of levels of each item's scale. */
  readonly itemLevels: Int32Array;
  /** levelValue[item * levels + level], ascending. */
  readonly levelValue: Float64Array;
  /** Per item: value → level index. */
  readonly levelOf: readonly ReadonlyMap<number, number>[];
  /** Per theme: the number of its items, and its scale's lowest and highest values. */
  readonly themeItemCount: Int32Array;
  readonly themeMin: Float64Array;
  readonly themeMax: Float64Array;
  /** Per theme: its scale's values, ascending, `levels` per theme. */
  readonly themeLevelValue: Float64Array;
  readonly themeLevels: Int32Array;
}

/** Prepares a framework for the floor. */
export function floorFramework(framework: Framework): FloorFramework {
  const refs = itemsOf(framework);
  const themeCount = framework.themes.length;
  const scaleValues = framework.themes.map((theme) => [...new Set(scaleOf(framework, theme.id).levels.map((level) => level.value))].sort((a, b) => a - b));
  const levels = Math.max(1, ...scaleValues.map((values) => values.length));
  const itemTheme = new Int32Array(refs.length);
  const itemWeight = new Float64Array(refs.length);
  const itemIsCondition = new Uint8Array(refs.length);
  const itemLevels = new Int32Array(refs.length);
  const levelValue = new Float64Array(refs.length * levels);
  const levelOf: Map<number, number>[] = [];
  const themeItemCount = new Int32Array(themeCount);
  const themeMin = new Float64Array(themeCount);
  const themeMax = new Float64Array(themeCount);
  const themeLevelValue = new Float64Array(themeCount * levels);
  const themeLevels = new Int32Array(themeCount);
  scaleValues.forEach((values, t) => {
    themeMin[t] = values[0]!;
    themeMax[t] = values[values.length - 1]!;
    themeLevels[t] = values.length;
    values.forEach((value, l) => (themeLevelValue[t * levels + l] = value));
  });
  refs.forEach((ref, i) => {
    const values = scaleValues[ref.themeIndex]!;
    itemTheme[i] = ref.themeIndex;
    itemWeight[i] = ref.item.weight;
    itemIsCondition[i] = ref.kind === 'condition' ? 1 : 0;
    itemLevels[i] = values.length;
    themeItemCount[ref.themeIndex]!++;
    values.forEach((value, l) => (levelValue[i * levels + l] = value));
    levelOf.push(new Map(values.map((value, l) => [value, l])));
  });
  return {
    itemCount: refs.length,
    themeCount,
    levels,
    itemIds: refs.map((ref) => ref.item.id),
    itemIndex: new Map(refs.map((ref, i) => [ref.item.id as string, i])),
    itemTheme,
    itemWeight,
    itemIsCondition,
    itemLevels,
    levelValue,
    levelOf,
    themeItemCount,
    themeMin,
    themeMax,
    themeLevelValue,
    themeLevels,
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
  /** The organisation of each respondent (respondents are numbered across all organisations). */
  readonly respondentOrganisation: Uint32Array;
  /** The organisation of each answer, an index into organisationIds. */
  readonly organisation: Uint32Array;
  /** The respondent of each answer. */
  readonly respondent: Uint32Array;
  /** The item of each answer, in survey order. */
  readonly item: Uint16Array;
  /** 0 don't know, 1 not applicable, 2 + level index for a scale value. */
  readonly code: Uint8Array;
}

/** Numbers organisations and their respondents as they first appear. */
class Interner {
  readonly organisationIds: string[] = [];
  readonly respondentOrganisation: number[] = [];
  private readonly organisations = new Map<string, { readonly index: number; readonly respondents: Map<string, number> }>();

  organisation(id: string): { readonly index: number; readonly respondents: Map<string, number> } {
    let found = this.organisations.get(id);
    if (found === undefined) {
      found = { index: this.organisationIds.length, respondents: new Map() };
      this.organisationIds.push(id);
      this.organisations.set(id, found);
    }
    return found;
  }

  respondent(organisation: { readonly index: number; readonly respondents: Map<string, number> }, id: string): number {
    let r = organisation.respondents.get(id);
    if (r === undefined) {
      r = this.respondentOrganisation.length;
      this.respondentOrganisation.push(organisation.index);
      organisation.respondents.set(id, r);
    }
    return r;
  }
}

/** Turns answers into columns (not timed: this is the floor's input format). */
export function toColumns(prepared: FloorFramework, answers: readonly Answer[]): AnswerColumns {
  const ids = new Interner();
  const organisation = new Uint32Array(answers.length);
  const respondent = new Uint32Array(answers.length);
  const item = new Uint16Array(answers.length);
  const code = new Uint8Array(answers.length);
  answers.forEach((answer, k) => {
    const o = ids.organisation(answer.organisationId);
    const i = prepared.itemIndex.get(answer.itemId)!;
    organisation[k] = o.index;
    respondent[k] = ids.respondent(o, answer.respondentId);
    item[k] = i;
    const value = answer.answer;
    code[k] = value === 'dont-know' ? DONT_KNOW : value === 'not-applicable' ? NOT_APPLICABLE : LEVEL + prepared.levelOf[i]!.get(value)!;
  });
  return {
    count: answers.length,
    organisationIds: ids.organisationIds,
    respondentOrganisation: Uint32Array.from(ids.respondentOrganisation),
    organisation,
    respondent,
    item,
    code,
  };
}

/** What the pass over the answers adds up. */
interface FloorTally {
  readonly organisations: number;
  readonly respondentOrganisation: Uint32Array;
  /** Per organisation × item × (2 + levels): the answers of each kind. */
  readonly counts: Uint32Array;
  /** Per respondent × theme: the sum of weight × value, and of the weights, over the respondent's values. */
  readonly respondentSum: Float64Array;
  readonly respondentWeight: Float64Array;
}

function newTally(prepared: FloorFramework, organisations: number, respondentOrganisation: Uint32Array): FloorTally {
  const respondents = respondentOrganisation.length;
  return {
    organisations,
    respondentOrganisation,
    counts: new Uint32Array(organisations * prepared.itemCount * (LEVEL + prepared.levels)),
    respondentSum: new Float64Array(respondents * prepared.themeCount),
    respondentWeight: new Float64Array(respondents * prepared.themeCount),
  };
}

/** The floor's results, per organisation (in first-seen order); NaN stands for null. */
export interface FloorScores {
  readonly organisations: number;
  readonly organisationIds: readonly string[];
  /** Per organisation × item. */
  readonly itemN: Uint32Array;
  readonly itemDontKnow: Uint32Array;
  readonly itemNotApplicable: Uint32Array;
  readonly itemRespondents: Uint32Array;
  readonly itemMissing: Uint32Array;
  readonly itemMean: Float64Array;
  readonly itemMedian: Float64Array;
  readonly itemSd: Float64Array;
  readonly itemMin: Float64Array;
  readonly itemMax: Float64Array;
  readonly itemLevel: Float64Array;
  readonly itemAgreement: Float64Array;
  /** Per organisation × theme. */
  readonly themeScore: Float64Array;
  readonly themeConditions: Float64Array;
  readonly themeEnablers: Float64Array;
  readonly themeLevel: Float64Array;
  readonly themeScoredItems: Uint32Array;
  readonly themeCoverage: Float64Array;
  /** Agreement over the respondents' own theme scores. */
  readonly themeN: Uint32Array;
  readonly themeSd: Float64Array;
  readonly themeAgreement: Float64Array;
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** The scale value nearest a score, the higher of two within 1e-9 of as near (values ascending). */
function nearest(values: Float64Array, at: number, count: number, score: number): number {
  let best = values[at]!;
  for (let l = 1; l < count; l++) {
    const value = values[at + l]!;
    if (Math.abs(value - score) - Math.abs(best - score) <= 1e-9) best = value;
  }
  return best;
}

/** 1 − √(squares × n / (R² ⌊n/2⌋ ⌈n/2⌉)), at least 0; NaN below two values. */
function agreementIndex(n: number, squares: number, range: number): number {
  if (n < 2) return NaN;
  const most = range * range * Math.floor(n / 2) * Math.ceil(n / 2);
  const ratio = most > 0 ? (squares * n) / most : 0;
  return ratio >= 1 ? 0 : 1 - Math.sqrt(ratio);
}

// Each hot loop sits in a function whose only statement after the loop is `return` of a local: V8 compiles a
// long-running loop mid-call (on-stack replacement), before the code after the loop has run, and code there
// without type feedback is thrown away on every call (we found this in our own reading loop, see README.md).
// Keeping the floor clear of it keeps the floor honest.

function accumulateColumns(prepared: FloorFramework, columns: AnswerColumns, tally: FloorTally): FloorTally {
  const { itemCount, themeCount, levels, levelValue, itemTheme, itemWeight } = prepared;
  const { counts, respondentSum, respondentWeight } = tally;
  const { organisation, respondent, item, code } = columns;
  const stride = LEVEL + levels;
  for (let k = 0; k < columns.count; k++) {
    const i = item[k]!;
    const answer = code[k]!;
    counts[(organisation[k]! * itemCount + i) * stride + answer]!++;
    if (answer < LEVEL) continue;
    const w = itemWeight[i]!;
    const at = respondent[k]! * themeCount + itemTheme[i]!;
    respondentSum[at]! += w * levelValue[i * levels + answer - LEVEL]!;
    respondentWeight[at]! += w;
  }
  return tally;
}

function newScores(prepared: FloorFramework, organisationIds: readonly string[]): FloorScores {
  const items = organisationIds.length * prepared.itemCount;
  const themes = organisationIds.length * prepared.themeCount;
  return {
    organisations: organisationIds.length,
    organisationIds,
    itemN: new Uint32Array(items),
    itemDontKnow: new Uint32Array(items),
    itemNotApplicable: new Uint32Array(items),
    itemRespondents: new Uint32Array(items),
    itemMissing: new Uint32Array(items),
    itemMean: new Float64Array(items),
    itemMedian: new Float64Array(items),
    itemSd: new Float64Array(items),
    itemMin: new Float64Array(items),
    itemMax: new Float64Array(items),
    itemLevel: new Float64Array(items),
    itemAgreement: new Float64Array(items),
    themeScore: new Float64Array(themes),
    themeConditions: new Float64Array(themes),
    themeEnablers: new Float64Array(themes),
    themeLevel: new Float64Array(themes),
    themeScoredItems: new Uint32Array(themes),
    themeCoverage: new Float64Array(themes),
    themeN: new Uint32Array(themes),
    themeSd: new Float64Array(themes),
    themeAgreement: new Float64Array(themes),
  };
}

/** Every item statistic from the counts. */
function scoreItems(prepared: FloorFramework, tally: FloorTally, respondentsOf: Uint32Array, scores: FloorScores): FloorScores {
  const { itemCount, levels, levelValue, itemLevels, itemTheme, themeMin, themeMax } = prepared;
  const { counts } = tally;
  const stride = LEVEL + levels;
  for (let c = 0; c < scores.organisations * itemCount; c++) {
    const i = c % itemCount;
    const t = itemTheme[i]!;
    const at = c * stride;
    const count = itemLevels[i]!;
    const values = i * levels;
    let n = 0;
    let sum = 0;
    let min = NaN;
    let max = NaN;
    for (let l = 0; l < count; l++) {
      const times = counts[at + LEVEL + l]!;
      if (times === 0) continue;
      const value = levelValue[values + l]!;
      n += times;
      sum += times * value;
      if (min !== min) min = value;
      max = value;
    }
    const dontKnow = counts[at + DONT_KNOW]!;
    const notApplicable = counts[at + NOT_APPLICABLE]!;
    scores.itemN[c] = n;
    scores.itemDontKnow[c] = dontKnow;
    scores.itemNotApplicable[c] = notApplicable;
    scores.itemRespondents[c] = n + dontKnow + notApplicable;
    scores.itemMissing[c] = respondentsOf[(c - i) / itemCount]! - n - dontKnow - notApplicable;
    if (n === 0) {
      scores.itemMean[c] = scores.itemMedian[c] = scores.itemSd[c] = scores.itemMin[c] = scores.itemMax[c] = NaN;
      scores.itemLevel[c] = scores.itemAgreement[c] = NaN;
      continue;
    }
    const mean = clamp(sum / n, themeMin[t]!, themeMax[t]!);
    const low = (n - 1) >> 1;
    const high = n >> 1;
    let lowValue = NaN;
    let highValue = NaN;
    let seen = 0;
    let squares = 0;
    for (let l = 0; l < count; l++) {
      const times = counts[at + LEVEL + l]!;
      if (times === 0) continue;
      const value = levelValue[values + l]!;
      seen += times;
      if (seen > low && lowValue !== lowValue) lowValue = value;
      if (seen > high && highValue !== highValue) highValue = value;
      squares += times * (value - mean) * (value - mean);
    }
    scores.itemMean[c] = mean;
    scores.itemMedian[c] = (lowValue + highValue) / 2;
    scores.itemSd[c] = n < 2 ? NaN : Math.sqrt(squares / (n - 1));
    scores.itemMin[c] = min;
    scores.itemMax[c] = max;
    scores.itemLevel[c] = nearest(levelValue, values, count, mean);
    scores.itemAgreement[c] = agreementIndex(n, squares, themeMax[t]! - themeMin[t]!);
  }
  return scores;
}

/** The theme scores from the item means, per organisation. */
function scoreThemes(prepared: FloorFramework, scores: FloorScores): FloorScores {
  const { itemCount, themeCount, levels, itemTheme, itemWeight, itemIsCondition, themeItemCount, themeMin, themeMax, themeLevelValue, themeLevels } = prepared;
  const weights = new Float64Array(themeCount * 3);
  const sums = new Float64Array(themeCount * 3);
  for (let o = 0; o < scores.organisations; o++) {
    weights.fill(0);
    sums.fill(0);
    const themes = o * themeCount;
    for (let i = 0; i < itemCount; i++) {
      const c = o * itemCount + i;
      if (scores.itemN[c] === 0) continue;
      const t = itemTheme[i]!;
      const w = itemWeight[i]!;
      const part = w * scores.itemMean[c]!;
      const side = t * 3 + (itemIsCondition[i] === 1 ? 1 : 2);
      weights[t * 3]! += w;
      sums[t * 3]! += part;
      weights[side]! += w;
      sums[side]! += part;
      scores.themeScoredItems[themes + t]!++;
    }
    for (let t = 0; t < themeCount; t++) {
      const min = themeMin[t]!;
      const max = themeMax[t]!;
      const score = weights[t * 3]! > 0 ? clamp(sums[t * 3]! / weights[t * 3]!, min, max) : NaN;
      scores.themeScore[themes + t] = score;
      scores.themeConditions[themes + t] = weights[t * 3 + 1]! > 0 ? clamp(sums[t * 3 + 1]! / weights[t * 3 + 1]!, min, max) : NaN;
      scores.themeEnablers[themes + t] = weights[t * 3 + 2]! > 0 ? clamp(sums[t * 3 + 2]! / weights[t * 3 + 2]!, min, max) : NaN;
      scores.themeLevel[themes + t] = score === score ? nearest(themeLevelValue, t * levels, themeLevels[t]!, score) : NaN;
      scores.themeCoverage[themes + t] = themeItemCount[t]! > 0 ? scores.themeScoredItems[themes + t]! / themeItemCount[t]! : 0;
    }
  }
  return scores;
}

/** Agreement over the respondents' own theme scores: their mean first, then the squared deviations from it. */
function themeAgreement(prepared: FloorFramework, tally: FloorTally, scores: FloorScores): FloorScores {
  const { themeCount, themeMin, themeMax } = prepared;
  const { respondentSum, respondentWeight, respondentOrganisation } = tally;
  const respondents = respondentOrganisation.length;
  const sum = new Float64Array(scores.organisations * themeCount);
  for (let r = 0; r < respondents; r++) {
    const themes = respondentOrganisation[r]! * themeCount;
    for (let t = 0; t < themeCount; t++) {
      const at = r * themeCount + t;
      if (respondentWeight[at] === 0) continue;
      const own = clamp(respondentSum[at]! / respondentWeight[at]!, themeMin[t]!, themeMax[t]!);
      respondentSum[at] = own;
      scores.themeN[themes + t]!++;
      sum[themes + t]! += own;
    }
  }
  const squares = new Float64Array(scores.organisations * themeCount);
  for (let r = 0; r < respondents; r++) {
    const themes = respondentOrganisation[r]! * themeCount;
    for (let t = 0; t < themeCount; t++) {
      const at = r * themeCount + t;
      if (respondentWeight[at] === 0) continue;
      const deviation = respondentSum[at]! - sum[themes + t]! / scores.themeN[themes + t]!;
      squares[themes + t]! += deviation * deviation;
    }
  }
  for (let c = 0; c < scores.organisations * themeCount; c++) {
    const n = scores.themeN[c]!;
    const t = c % themeCount;
    scores.themeSd[c] = n < 2 ? NaN : Math.sqrt(squares[c]! / (n - 1));
    scores.themeAgreement[c] = agreementIndex(n, squares[c]!, themeMax[t]! - themeMin[t]!);
  }
  return scores;
}

/** Everything after the pass over the answers. */
function finish(prepared: FloorFramework, tally: FloorTally, organisationIds: readonly string[]): FloorScores {
  const respondentsOf = new Uint32Array(organisationIds.length);
  for (const o of tally.respondentOrganisation) respondentsOf[o]!++;
  const scores = scoreItems(prepared, tally, respondentsOf, newScores(prepared, organisationIds));
  return themeAgreement(prepared, tally, scoreThemes(prepared, scores));
}

/** The floor: one pass over the columns, then every statistic. */
export function floorScore(prepared: FloorFramework, columns: AnswerColumns): FloorScores {
  const tally = newTally(prepared, columns.organisationIds.length, columns.respondentOrganisation);
  return finish(prepared, accumulateColumns(prepared, columns, tally), columns.organisationIds);
}

/** The pass over Answer objects, numbering organisations and respondents as they appear. */
function accumulateObjects(prepared: FloorFramework, answers: readonly Answer[], ids: Interner): { counts: number[]; sums: number[]; weights: number[] } {
  const { itemCount, themeCount, levels, levelValue, levelOf, itemIndex, itemTheme, itemWeight } = prepared;
  const stride = LEVEL + levels;
  // Plain growable arrays: the number of organisations and respondents is not known before the pass.
  const counts: number[] = [];
  const sums: number[] = [];
  const weights: number[] = [];
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- the floor is the plainest loop, as written when bench/README.md's figures were taken
  for (let k = 0; k < answers.length; k++) {
    const answer = answers[k]!;
    const organisation = ids.organisation(answer.organisationId);
    const r = ids.respondent(organisation, answer.respondentId);
    while (counts.length < (organisation.index + 1) * itemCount * stride) counts.push(0);
    while (sums.length < (r + 1) * themeCount) {
      sums.push(0);
      weights.push(0);
    }
    const i = itemIndex.get(answer.itemId)!;
    const c = (organisation.index * itemCount + i) * stride;
    const value = answer.answer;
    if (typeof value !== 'number') {
      counts[c + (value === 'dont-know' ? DONT_KNOW : NOT_APPLICABLE)]!++;
      continue;
    }
    const l = levelOf[i]!.get(value)!;
    counts[c + LEVEL + l]!++;
    const w = itemWeight[i]!;
    const at = r * themeCount + itemTheme[i]!;
    sums[at]! += w * levelValue[i * levels + l]!;
    weights[at]! += w;
  }
  return { counts, sums, weights };
}

/** The same arithmetic read straight from Answer objects, interning the organisation and respondent ids with Maps. */
export function objectFloor(prepared: FloorFramework, answers: readonly Answer[]): FloorScores {
  const ids = new Interner();
  const { counts, sums, weights } = accumulateObjects(prepared, answers, ids);
  const tally: FloorTally = {
    organisations: ids.organisationIds.length,
    respondentOrganisation: Uint32Array.from(ids.respondentOrganisation),
    counts: Uint32Array.from(counts),
    respondentSum: Float64Array.from(sums),
    respondentWeight: Float64Array.from(weights),
  };
  return finish(prepared, tally, ids.organisationIds);
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
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- the floor is the plainest loop, as written when bench/README.md's figures were taken
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
