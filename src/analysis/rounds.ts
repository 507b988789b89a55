import { hasKind, isObject } from '../internal/guards.js';
import { getMonth } from 'date-fns/getMonth';
import { getYear } from 'date-fns/getYear';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type { OrganisationId } from '../assessment/answer.js';
import type { AssessmentScores, OrganisationScore, ThemeScore } from '../assessment/score-types.js';
import { deepFreeze } from '../internal/freeze.js';
import { compareIds } from '../internal/order.js';
import { mulberry32 } from '../internal/random.js';
import { type AnalysisMethod, type FrameworkRef, numberOption } from './context.js';
import { EPSILON, nearestRankPercentile, resampledMean } from './statistics.js';
import { AnalysisError, analysisIssue, type AnalysisIssue } from './errors.js';
import { isoDayOf } from '../internal/day.js';

/**
 * One round of the assessment: its scores, labelled with its date and NHS financial year.
 *
 * @category Analysis
 */
export interface AssessmentRound {
  readonly label: string;
  /** ISO date, `yyyy-mm-dd`. */
  readonly date: string;
  /** NHS financial year of the date, e.g. `"2022/23"` (April to March). */
  readonly financialYear: string;
  readonly scores: AssessmentScores;
}

/**
 * Options of {@link compareRounds}.
 *
 * @category Analysis
 */
export interface CompareRoundsOptions {
  /** Earlier item id to later item id; null when the item was dropped. Unlisted ids match the same id. */
  readonly itemMapping?: Readonly<Record<string, string | null>> | undefined;
  /** Earlier theme id to later theme id; null when the theme was dropped. Unlisted ids match the same id. */
  readonly themeMapping?: Readonly<Record<string, string | null>> | undefined;
  /** Bootstrap replicates (B) of the interval of each theme's change. Default 1,000. */
  readonly replicates?: number | undefined;
  /** The seed of the bootstrap (a 32-bit unsigned integer). Default 20230401. */
  readonly seed?: number | undefined;
}

/**
 * The options {@link compareRounds} used, as recorded in its result.
 *
 * @category Analysis
 */
export interface CompareRoundsOptionsUsed {
  readonly itemMapping: Readonly<Record<string, string | null>>;
  readonly themeMapping: Readonly<Record<string, string | null>>;
  /** How the interval of a theme's change is found: a percentile bootstrap over each organisation's respondents. */
  readonly interval: 'bootstrap-percentile';
  readonly replicates: number;
  readonly seed: number;
  /** The interval's confidence level: 0.95. */
  readonly confidence: number;
  readonly generator: 'mulberry32';
}

/**
 * A round as named in a comparison.
 *
 * @category Analysis
 */
export interface RoundRef {
  readonly label: string;
  readonly date: string;
  readonly financialYear: string;
  readonly framework: FrameworkRef;
}

/**
 * A score and level in one round.
 *
 * @category Analysis
 */
export interface RoundValue {
  readonly score: number | null;
  readonly level: number | null;
  /** Items: true when scored; themes: the theme's `sufficient`. */
  readonly sufficient: boolean;
}

/**
 * Whether a theme or item is in both rounds, only the later (`new`) or only the earlier (`dropped`).
 *
 * @category Analysis
 */
export type ChangeStatus = 'matched' | 'new' | 'dropped';

/**
 * The change of one theme or item between two rounds.
 *
 * @category Analysis
 */
export interface RoundChange {
  readonly status: ChangeStatus;
  /** The id in the earlier round; null when new. */
  readonly earlierId: string | null;
  /** The id in the later round; null when dropped. */
  readonly laterId: string | null;
  readonly earlier: RoundValue | null;
  readonly later: RoundValue | null;
  /** later score - earlier score; null unless both are scored. */
  readonly change: number | null;
  /** later level - earlier level; null unless both have a level. */
  readonly levelChange: number | null;
  /** True when both rounds have sufficient evidence (themes) or a score (items): only then is the change a finding. */
  readonly comparable: boolean;
  /**
   * Themes: the 95% bootstrap interval of the change (respondents resampled within the organisation in each round);
   * null for items, for a change that is not comparable, and when a round has fewer than 2 respondents' theme scores.
   */
  readonly interval: ChangeInterval | null;
  /** True when the interval lies wholly above 0 (a clear improvement) or wholly below it (a clear decline). */
  readonly clear: boolean;
}

/**
 * The interval of a change between rounds: how far it could be from the change measured, were other respondents of
 * the same organisation to answer.
 *
 * @category Analysis
 */
export interface ChangeInterval {
  readonly low: number;
  readonly high: number;
}

/**
 * One organisation's changes between two rounds.
 *
 * @category Analysis
 */
export interface OrganisationChange {
  readonly organisationId: OrganisationId;
  /** Themes in later-round order, then dropped themes in earlier-round order. */
  readonly themes: readonly RoundChange[];
  /** Items in later-round order, then dropped items in earlier-round order. */
  readonly items: readonly RoundChange[];
}

/**
 * The change between two assessment rounds, per organisation, theme and item.
 *
 * @category Analysis
 */
export interface RoundComparison {
  readonly kind: 'round-comparison';
  readonly method: AnalysisMethod<CompareRoundsOptionsUsed>;
  readonly earlier: RoundRef;
  readonly later: RoundRef;
  /** Organisations in both rounds, by id. */
  readonly organisations: readonly OrganisationChange[];
  /** Organisations only in the earlier round, by id. */
  readonly onlyEarlier: readonly OrganisationId[];
  /** Organisations only in the later round, by id. */
  readonly onlyLater: readonly OrganisationId[];
}

/** The id and version of the round-comparison rules. */
export const ROUNDS_METHOD = { id: 'analysis.compare-rounds', version: '1.1.0' } as const;

/** The default seed of the bootstrap: the first day of the 2023/24 financial year, as the association's. */
const DEFAULT_BOOTSTRAP_SEED = 20230401;

/** The confidence level of a change's interval. */
const CONFIDENCE = 0.95;

/** FNV-1a, 32 bits: a stable number from a text, so that each organisation and theme draws from its own stream. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Bootstrap settings and the scratch array of replicates, shared by every theme of a comparison. */
interface Bootstrap {
  readonly replicates: number;
  readonly seed: number;
  readonly scratch: Float64Array;
}

function meanOf(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * The percentile bootstrap interval of a theme's change (docs/analysis.md §8): each replicate draws, in each round, as
 * many respondents' theme scores as there are, with replacement, and takes the difference of their means; it is
 * shifted by the change measured less the difference of the full means, so that the interval sits around the change
 * reported. The interval runs from the 2.5th to the 97.5th percentile of the replicates. Null below 2 respondents.
 */
function changeInterval(earlier: readonly number[], later: readonly number[], measured: number, seed: number, replicates: number, scratch?: Float64Array): ChangeInterval | null {
  if (earlier.length < 2 || later.length < 2) return null;
  const before = Float64Array.from(earlier);
  const after = Float64Array.from(later);
  const shift = measured - (meanOf(later) - meanOf(earlier));
  const random = mulberry32(seed);
  const draws = scratch?.length === replicates ? scratch : new Float64Array(replicates);
  for (let b = 0; b < replicates; b++) draws[b] = resampledMean(after, random) - resampledMean(before, random) + shift;
  draws.sort();
  const tail = (1 - CONFIDENCE) / 2;
  return { low: nearestRankPercentile(draws, tail), high: nearestRankPercentile(draws, 1 - tail) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The NHS financial year (April to March) of an ISO date, written `2022/23`; null when the text is not
 * a real date written yyyy-mm-dd.
 */
export function financialYearOfIsoDate(date: string): string | null {
  if (!ISO_DATE.test(date)) return null;
  const parsed = parseISO(date);
  if (!isValid(parsed) || isoDayOf(parsed) !== date) return null;
  const year = getYear(parsed);
  // getMonth counts from 0: April is 3.
  const start = getMonth(parsed) >= 3 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

function roundIssues(round: AssessmentRound, which: 'earlier' | 'later'): AnalysisIssue[] {
  const issues: AnalysisIssue[] = [];
  const expected = financialYearOfIsoDate(round.date);
  if (expected === null) {
    issues.push(analysisIssue({ code: 'invalid-round-date', round: which, date: round.date }, { path: [which, 'date'] }));
  } else if (round.financialYear !== expected) {
    issues.push(
      analysisIssue({ code: 'financial-year-mismatch', round: which, financialYear: round.financialYear, expected, date: round.date }, { path: [which, 'financialYear'] }),
    );
  }
  return issues;
}

function checkRoundShape(round: AssessmentRound, which: 'earlier' | 'later'): void {
  if (!isObject(round)) throw new TypeError(`compareRounds: ${which} must be an AssessmentRound { label, date, financialYear, scores }`);
  if (typeof round.label !== 'string' || round.label.trim() === '') throw new TypeError(`compareRounds: ${which}.label must be a non-empty text, e.g. "2023 self-assessment"`);
  if (typeof round.date !== 'string' || typeof round.financialYear !== 'string') {
    throw new TypeError(`compareRounds: ${which}.date and ${which}.financialYear must be texts, e.g. "2023-06-30" and "2023/24"`);
  }
  if (!hasKind(round.scores, 'assessment-scores')) {
    throw new TypeError(`compareRounds: ${which}.scores must be AssessmentScores from scoreAnswers`);
  }
}

/** Ids in order of first appearance over the organisations (taken in id order). */
function idsInOrder(scores: readonly OrganisationScore[], pick: (score: OrganisationScore) => readonly string[]): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const score of scores) {
    for (const id of pick(score)) {
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    }
  }
  return ids;
}

function copyMapping(name: string, mapping: Readonly<Record<string, string | null>> | undefined): Record<string, string | null> {
  if (mapping === undefined) return {};
  if (!isObject(mapping) || Array.isArray(mapping)) {
    throw new TypeError(`compareRounds: options.${name} must be an object from earlier ids to later ids (or null)`);
  }
  const copy: Record<string, string | null> = {};
  for (const [from, to] of Object.entries(mapping)) {
    if (to !== null && typeof to !== 'string') throw new TypeError(`compareRounds: options.${name}["${from}"] must be a later id or null`);
    copy[from] = to;
  }
  return copy;
}

/**
 * Builds the matching from earlier ids to later ids: the declared mapping first, otherwise the same id
 * when the later round has it, otherwise dropped.
 */
function matchIds(name: string, mapping: Readonly<Record<string, string | null>>, earlierIds: readonly string[], laterIds: readonly string[]): Map<string, string | null> {
  const earlierSet = new Set(earlierIds);
  const laterSet = new Set(laterIds);
  for (const [from, to] of Object.entries(mapping)) {
    if (earlierIds.length > 0 && !earlierSet.has(from)) {
      throw new RangeError(`compareRounds: options.${name} maps "${from}", which the earlier round does not have; map only earlier ids`);
    }
    if (to !== null && laterIds.length > 0 && !laterSet.has(to)) {
      throw new RangeError(`compareRounds: options.${name} maps "${from}" to "${to}", which the later round does not have; map to a later id or null`);
    }
  }
  const matched = new Map<string, string | null>();
  const taken = new Map<string, string>();
  for (const id of earlierIds) {
    const declared = Object.prototype.hasOwnProperty.call(mapping, id);
    const to = declared ? (mapping[id] ?? null) : laterSet.has(id) ? id : null;
    if (to !== null) {
      const other = taken.get(to);
      if (other !== undefined) {
        throw new RangeError(`compareRounds: both "${other}" and "${id}" would match "${to}" in the later round; options.${name} must map at most one earlier id to each later id`);
      }
      taken.set(to, id);
    }
    matched.set(id, to);
  }
  return matched;
}

function change(earlierId: string | null, laterId: string | null, earlier: RoundValue | null, later: RoundValue | null): RoundChange {
  const status = earlierId === null ? 'new' : laterId === null ? 'dropped' : 'matched';
  const both = earlier !== null && later !== null;
  return {
    status,
    earlierId,
    laterId,
    earlier,
    later,
    change: both && earlier.score !== null && later.score !== null ? later.score - earlier.score : null,
    levelChange: both && earlier.level !== null && later.level !== null ? later.level - earlier.level : null,
    comparable: both && earlier.sufficient && later.sufficient && earlier.score !== null && later.score !== null,
    interval: null,
    clear: false,
  };
}

/** A theme's change with its bootstrap interval, when it is comparable and both rounds have respondents enough. */
function withInterval(
  organisationId: string,
  themeChange: RoundChange,
  before: ReadonlyMap<string, ThemeScore>,
  after: ReadonlyMap<string, ThemeScore>,
  bootstrap: Bootstrap,
): RoundChange {
  if (!themeChange.comparable || themeChange.change === null || themeChange.earlierId === null || themeChange.laterId === null) return themeChange;
  const earlier = before.get(themeChange.earlierId)?.respondentScores ?? [];
  const later = after.get(themeChange.laterId)?.respondentScores ?? [];
  const seed = (bootstrap.seed + hash32(`${organisationId}/${themeChange.laterId}`)) >>> 0;
  const interval = changeInterval(earlier, later, themeChange.change, seed, bootstrap.replicates, bootstrap.scratch);
  if (interval === null) return themeChange;
  return { ...themeChange, interval, clear: interval.low > EPSILON || interval.high < -EPSILON };
}

function compareKind(
  matched: ReadonlyMap<string, string | null>,
  earlierIds: readonly string[],
  laterIds: readonly string[],
  earlierValues: ReadonlyMap<string, RoundValue>,
  laterValues: ReadonlyMap<string, RoundValue>,
): RoundChange[] {
  const reverse = new Map<string, string>();
  for (const [from, to] of matched) if (to !== null) reverse.set(to, from);
  const changes: RoundChange[] = [];
  for (const laterId of laterIds) {
    const earlierId = reverse.get(laterId) ?? null;
    changes.push(change(earlierId, laterId, earlierId === null ? null : (earlierValues.get(earlierId) ?? null), laterValues.get(laterId) ?? null));
  }
  for (const earlierId of earlierIds) {
    if (matched.get(earlierId) === null) changes.push(change(earlierId, null, earlierValues.get(earlierId) ?? null, null));
  }
  return changes;
}

/**
 * Compares two rounds of the assessment: per organisation, theme and item, the score and level in each
 * round and the change (later - earlier). When the framework changed between the rounds, items and
 * themes are matched through a declared mapping (earlier id to later id, or null when dropped); ids
 * not in the mapping match the same id. Themes or items only in the later round are `new`, only in the
 * earlier `dropped`; organisations in only one round are listed as such. Each comparable theme's change carries a
 * 95% interval, a percentile bootstrap over the organisation's respondents in each round (`replicates`, default
 * 1,000, seeded with `seed`, so every run gives the same interval), and is `clear` when the interval leaves out 0.
 *
 * @param earlier - The earlier round: label, ISO date, NHS financial year and scores.
 * @param later - The later round.
 * @param options - `itemMapping` and `themeMapping`, when ids changed; `replicates` and `seed` of the bootstrap.
 * @returns The comparison, deeply frozen, naming the method and options used.
 * @throws AnalysisError when a round's date is not a real yyyy-mm-dd date, its financial year does not match its date, or the rounds are out of order.
 * @throws TypeError when a round or an option is not shaped as it should be.
 * @throws RangeError when a mapping names an id that a round does not have, or maps two ids to one.
 * @example
 * ```ts
 * const comparison = compareRounds(
 *   { label: '2023/24', date: '2023-06-30', financialYear: '2023/24', scores },
 *   { label: '2024/25', date: '2024-06-28', financialYear: '2024/25', scores: scoreAnswersCsv(csvText, { framework }).scores },
 * );
 * comparison.organisations[0]?.themes[0]?.change; // e.g. 0.4
 * ```
 * @category Analysis
 */
export function compareRounds(earlier: AssessmentRound, later: AssessmentRound, options?: CompareRoundsOptions | undefined): RoundComparison {
  checkRoundShape(earlier, 'earlier');
  checkRoundShape(later, 'later');
  if (options !== undefined && !isObject(options)) {
    throw new TypeError('compareRounds: options must be an object { itemMapping?, themeMapping?, replicates?, seed? }');
  }
  const issues = [...roundIssues(earlier, 'earlier'), ...roundIssues(later, 'later')];
  if (issues.length === 0 && earlier.date > later.date) {
    issues.push(analysisIssue({ code: 'rounds-out-of-order', earlier: earlier.date, later: later.date }, { path: ['earlier', 'date'] }));
  }
  if (issues.length > 0) throw new AnalysisError('compareRounds: the rounds are not valid:', issues);

  const itemMapping = copyMapping('itemMapping', options?.itemMapping);
  const themeMapping = copyMapping('themeMapping', options?.themeMapping);
  const replicates = numberOption('compareRounds', 'replicates', options?.replicates, 1000, { min: 100, max: 100_000, integer: true });
  const seed = numberOption('compareRounds', 'seed', options?.seed, DEFAULT_BOOTSTRAP_SEED, { min: 0, max: 4_294_967_295, integer: true });
  const bootstrap: Bootstrap = { replicates, seed, scratch: new Float64Array(replicates) };
  const byId = (scores: AssessmentScores) => [...scores.organisations].sort((a, b) => compareIds(a.organisationId, b.organisationId));
  const earlierList = byId(earlier.scores);
  const laterList = byId(later.scores);

  const themeIds = (list: readonly OrganisationScore[]) => idsInOrder(list, (score) => score.themes.map((theme) => theme.themeId));
  const itemIds = (list: readonly OrganisationScore[]) => idsInOrder(list, (score) => score.items.map((item) => item.itemId));
  const earlierThemes = themeIds(earlierList);
  const laterThemes = themeIds(laterList);
  const earlierItems = itemIds(earlierList);
  const laterItems = itemIds(laterList);
  const themeMatch = matchIds('themeMapping', themeMapping, earlierThemes, laterThemes);
  const itemMatch = matchIds('itemMapping', itemMapping, earlierItems, laterItems);

  const themeValues = (score: OrganisationScore) =>
    new Map<string, RoundValue>(score.themes.map((theme) => [theme.themeId, { score: theme.score, level: theme.level, sufficient: theme.sufficient }]));
  const itemValues = (score: OrganisationScore) =>
    new Map<string, RoundValue>(score.items.map((item) => [item.itemId, { score: item.score, level: item.level, sufficient: item.score !== null }]));

  const laterById = new Map(laterList.map((score) => [score.organisationId as string, score]));
  const earlierById = new Map(earlierList.map((score) => [score.organisationId as string, score]));
  const organisations: OrganisationChange[] = [];
  for (const before of earlierList) {
    const after = laterById.get(before.organisationId);
    if (!after) continue;
    const beforeThemes = new Map(before.themes.map((theme) => [theme.themeId as string, theme]));
    const afterThemes = new Map(after.themes.map((theme) => [theme.themeId as string, theme]));
    organisations.push({
      organisationId: before.organisationId,
      themes: compareKind(themeMatch, earlierThemes, laterThemes, themeValues(before), themeValues(after)).map((c) =>
        withInterval(before.organisationId, c, beforeThemes, afterThemes, bootstrap),
      ),
      items: compareKind(itemMatch, earlierItems, laterItems, itemValues(before), itemValues(after)),
    });
  }

  const ref = (round: AssessmentRound): RoundRef => ({
    label: round.label,
    date: round.date,
    financialYear: round.financialYear,
    framework: { id: round.scores.framework.id, version: round.scores.framework.version },
  });
  const used: CompareRoundsOptionsUsed = { itemMapping, themeMapping, interval: 'bootstrap-percentile', replicates, seed, confidence: CONFIDENCE, generator: 'mulberry32' };
  return deepFreeze({
    kind: 'round-comparison',
    method: { ...ROUNDS_METHOD, options: used },
    earlier: ref(earlier),
    later: ref(later),
    organisations,
    onlyEarlier: earlierList.filter((score) => !laterById.has(score.organisationId)).map((score) => score.organisationId),
    onlyLater: laterList.filter((score) => !earlierById.has(score.organisationId)).map((score) => score.organisationId),
  });
}
