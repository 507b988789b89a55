import { isObject, isOneOf } from '../internal/guards.js';
import { isIterable } from '../internal/iterable.js';
import type { Framework } from '../framework/schema.js';
import { checkFramework } from '../framework/lookup.js';
import { deepFreeze } from '../internal/freeze.js';
import { compareIds } from '../internal/order.js';
import type { Answer, OrganisationId } from './answer.js';
import { groupDifferences, type ScoredGroup } from './score-groups.js';
import { recordsFor } from './score-records.js';
import { AnswerReader, show, type AnswerStore, type OrganisationAnswers } from './score-read.js';
import { ItemAgreements, newTally, scoreTally, scoringIndexOf, tallyRows, type ScoringIndex, type Tally, type UnitSettings } from './score-statistics.js';
import type { AssessmentScores, GroupScore, OrganisationScore, ScoringOptionsUsed, ScoringProvenance } from './score-types.js';

/**
 * The id and version of the scoring method this package implements, as named in every result's `method`.
 * The version changes whenever a rule in docs/scoring.md changes.
 *
 * @example
 * ```ts
 * scoringMethod; // { id: 'caf-default', version: '1.0.0' }
 * ```
 * @category Scoring
 */
export const scoringMethod: {
  /** The method's id. */
  readonly id: 'caf-default';
  /** The method's version. */
  readonly version: '1.0.0';
} = Object.freeze({
  id: 'caf-default',
  version: '1.0.0',
});

/**
 * The scoring settings, shared by {@link scoreAnswers}, `scoreAnswersCsv` and `scoreAnswersStream`. Every result
 * names the settings it used (`method.options`).
 *
 * @category Scoring
 */
export interface ScoringOptions {
  /** How an item's values become its score: their `'mean'` (default) or their `'median'`. */
  readonly itemStatistic?: 'mean' | 'median' | undefined;
  /** A theme is sufficient when scored items / items is at least this, from 0 to 1. Default 0.5. */
  readonly minCoverage?: number | undefined;
  /** Respondent groups with fewer respondents than this are suppressed; a whole number, at least 1. Default 3. */
  readonly minGroupSize?: number | undefined;
  /** Organisations with fewer respondents than this get no scores; a whole number, at least 1. Default 1. */
  readonly minRespondents?: number | undefined;
  /** Agreement is flagged low when its index is below this, from 0 to 1. Default 0.5. */
  readonly lowAgreementBelow?: number | undefined;
  /** How many of the largest group differences each organisation lists; a whole number, at least 0. Default 10. */
  readonly maxGroupDifferences?: number | undefined;
}

/**
 * Options of {@link scoreAnswers}: the framework, and the scoring settings.
 *
 * @category Scoring
 */
export interface ScoreAnswersOptions extends ScoringOptions {
  /** The framework the answers were given against. Required. */
  readonly framework: Framework;
}

const DEFAULT_OPTIONS: ScoringOptionsUsed = Object.freeze({
  itemStatistic: 'mean',
  minCoverage: 0.5,
  minGroupSize: 3,
  minRespondents: 1,
  lowAgreementBelow: 0.5,
  maxGroupDifferences: 10,
});

/** The names of the scoring settings. */
export const SCORING_KEYS: readonly string[] = Object.freeze(Object.keys(DEFAULT_OPTIONS));

/**
 * Checks the scoring settings of an options object and fills in the defaults.
 *
 * @param otherKeys - The other options the function takes (the framework, a reader's options): any key that is
 *   neither is refused, so that a misspelt option never passes silently.
 */
export function resolveOptions(fn: string, options: ScoringOptions, otherKeys: readonly string[]): ScoringOptionsUsed {
  for (const key of Object.keys(options)) {
    if (!SCORING_KEYS.includes(key) && !otherKeys.includes(key)) {
      throw new RangeError(`${fn}: unknown option "${key}"; the options are ${[...otherKeys, ...SCORING_KEYS].join(', ')}`);
    }
  }
  const where = 'options';
  const fraction = (name: 'minCoverage' | 'lowAgreementBelow'): number => {
    const value = options[name] ?? DEFAULT_OPTIONS[name];
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new RangeError(`${fn}: ${where}.${name} must be a number from 0 to 1, got ${show(value)}`);
    }
    return value;
  };
  const whole = (name: 'minGroupSize' | 'minRespondents' | 'maxGroupDifferences', least: number): number => {
    const value = options[name] ?? DEFAULT_OPTIONS[name];
    if (!Number.isSafeInteger(value) || value < least) {
      throw new RangeError(`${fn}: ${where}.${name} must be a whole number of at least ${least}, got ${show(value)}`);
    }
    return value;
  };
  const itemStatistic = options.itemStatistic ?? DEFAULT_OPTIONS.itemStatistic;
  if (!isOneOf(['mean', 'median'], itemStatistic)) {
    throw new RangeError(`${fn}: ${where}.itemStatistic must be "mean" or "median", got ${show(itemStatistic)}`);
  }
  return Object.freeze({
    itemStatistic,
    minCoverage: fraction('minCoverage'),
    minGroupSize: whole('minGroupSize', 1),
    minRespondents: whole('minRespondents', 1),
    lowAgreementBelow: fraction('lowAgreementBelow'),
    maxGroupDifferences: whole('maxGroupDifferences', 0),
  });
}

/** What scoring every organisation of one call shares: the settings, and scratch space reused from one to the next. */
export interface Context {
  readonly index: ScoringIndex;
  readonly store: AnswerStore;
  readonly options: ScoringOptionsUsed;
  readonly settings: UnitSettings;
  readonly provenance: ScoringProvenance;
  readonly tally: Tally;
  /** Rows of the set of respondents being tallied. */
  rows: Int32Array;
  readonly itemScore: Float64Array;
  readonly itemScored: Uint8Array;
}

const NO_GROUPS: readonly GroupScore[] = Object.freeze([]);
const NO_ITEMS: GroupScore['items'] = Object.freeze([]);
const NO_THEMES: GroupScore['themes'] = Object.freeze([]);

/** Tallies and scores a set of respondents: the first `count` rows of `context.rows`. */
function scoreRows(context: Context, count: number, withhold: boolean) {
  const tally = tallyRows(context.index, context.store.cells, context.rows, count, context.tally);
  return scoreTally(context.index, tally, context.settings, withhold, context.itemScore, context.itemScored);
}

/** Puts rows into `context.rows`, growing it when needed. */
function setRows(context: Context, rows: readonly number[]): void {
  if (context.rows.length < rows.length) context.rows = new Int32Array(rows.length * 2);
  const into = context.rows;
  for (let k = 0; k < rows.length; k++) into[k] = rows[k]!;
}

/** Scores each respondent group of an organisation, in name order; groups below the minimum size are suppressed. */
function scoreGroups(context: Context, organisation: OrganisationAnswers): { readonly groups: readonly GroupScore[]; readonly scored: ScoredGroup[] } {
  const { rowGroup } = context.store;
  const members = new Map<string, number[]>();
  for (const row of organisation.rows) {
    const name = rowGroup[row];
    if (name === undefined) continue;
    const list = members.get(name);
    if (list === undefined) members.set(name, [row]);
    else list.push(row);
  }
  if (members.size === 0) return { groups: NO_GROUPS, scored: [] };
  const names = [...members.keys()].sort(compareIds);
  const groups: GroupScore[] = [];
  const scored: ScoredGroup[] = [];
  for (const name of names) {
    const rows = members.get(name)!;
    const size = rows.length;
    if (size < context.options.minGroupSize) {
      groups.push(Object.freeze({ group: name, respondents: size, suppressed: true, items: NO_ITEMS, themes: NO_THEMES }));
      continue;
    }
    setRows(context, rows);
    const scores = scoreRows(context, size, false);
    scored.push({ name, scores });
    groups.push(Object.freeze({ group: name, respondents: size, suppressed: false, items: scores.items, themes: scores.themes }));
  }
  return { groups: Object.freeze(groups), scored };
}

/** Scores one organisation, frozen at every level as it is built. */
export function scoreOrganisation(context: Context, organisation: OrganisationAnswers): OrganisationScore {
  const respondents = organisation.rows.length;
  const withhold = respondents < context.options.minRespondents;
  setRows(context, organisation.rows);
  const own = scoreRows(context, respondents, withhold);
  // Groups are scored only when some respondent has one, and never for a withheld organisation.
  const { groups, scored } = withhold || !context.store.hasGroups ? { groups: NO_GROUPS, scored: [] } : scoreGroups(context, organisation);
  return Object.freeze({
    kind: 'organisation-score',
    organisationId: organisation.id as OrganisationId,
    method: context.provenance.method,
    framework: context.provenance.framework,
    respondents,
    answers: organisation.answers,
    unscoredReason: withhold ? 'too-few-respondents' : null,
    items: own.items,
    themes: own.themes,
    groups,
    groupDifferences: groupDifferences(context.index, scored, context.options.maxGroupDifferences),
  });
}

/** The shared part of every scoring call. */
export function contextFor(framework: Framework, store: AnswerStore, options: ScoringOptionsUsed, index: ScoringIndex): Context {
  const provenance: ScoringProvenance = deepFreeze({
    method: { id: scoringMethod.id, version: scoringMethod.version, options },
    framework: { id: framework.id, version: framework.version },
  });
  const records = recordsFor(store.organisations.size, index.itemCount);
  return {
    index,
    store,
    options,
    settings: {
      itemStatistic: options.itemStatistic,
      minCoverage: options.minCoverage,
      lowAgreementBelow: options.lowAgreementBelow,
      records,
      agreements: new ItemAgreements(options.lowAgreementBelow, records),
    },
    provenance,
    tally: newTally(index),
    rows: new Int32Array(16),
    itemScore: new Float64Array(index.itemCount),
    itemScored: new Uint8Array(index.itemCount),
  };
}

/** Scores every organisation read, in organisation id order: the result of scoreAnswers. */
export function scoreStore(framework: Framework, store: AnswerStore, options: ScoringOptionsUsed, index: ScoringIndex): AssessmentScores {
  const context = contextFor(framework, store, options, index);
  const organisations = [...store.organisations.keys()].sort(compareIds).map((id) => scoreOrganisation(context, store.organisations.get(id)!));
  return Object.freeze({
    kind: 'assessment-scores',
    method: context.provenance.method,
    framework: context.provenance.framework,
    organisations: Object.freeze(organisations),
  });
}

/**
 * Checks the options object of a scoring function: present, an object, with a framework; returns the framework.
 */
export function frameworkOption(fn: string, options: { readonly framework?: unknown } | undefined): Framework {
  if (!isObject(options) || Array.isArray(options)) {
    throw new TypeError(`${fn}: options are required, with at least { framework }, got ${show(options)}`);
  }
  const { framework } = options;
  if (framework === undefined || framework === null || typeof framework !== 'object') {
    throw new TypeError(`${fn}: options.framework is required: a Framework from parseFramework, or effectiveCancerAllianceFramework`);
  }
  checkFramework(fn, framework, 'options.framework');
  return framework;
}

/**
 * Scores every organisation in a set of answers by the default method (`caf-default` 1.0.0, docs/scoring.md), in
 * one pass: every item, every theme with its coverage, level and agreement, and each respondent group with the
 * largest differences between groups.
 *
 * Choose it when you hold answer objects (an array or any iterable); for a survey export as text use
 * `scoreAnswersCsv`, and for one too large to hold, `scoreAnswersStream`. All three give the same scores.
 *
 * @param answers - Answers of any number of organisations, in any order: an array or any iterable. Every answer
 *   must name an item of the framework and a value of that item's scale, once per respondent and item, with the
 *   same `respondentGroup` in all of a respondent's answers (the readers make sure of this).
 * @param options - The framework (required) and the scoring settings; every result names the settings it used.
 * @returns The scores of every organisation, in organisation id order, deeply frozen.
 * @throws TypeError when `answers` is not iterable, an element is not an answer, or `options` is not an object with
 *   a framework.
 * @throws RangeError when a setting is out of range or unknown; and, naming the first offending answer, when an
 *   answer names an item not in the framework or a value not on its scale, repeats a respondent's answer to an
 *   item, or puts a respondent in a different group from their earlier answers.
 * @example
 * ```ts
 * import { effectiveCancerAllianceFramework as framework, parseAnswersJson, scoreAnswers } from 'cancer-alliance-framework';
 * const { answers } = parseAnswersJson(
 *   [
 *     { organisationId: 'thames-valley', respondentId: 'r1', itemId: 'T1.C1', answer: 2 },
 *     { organisationId: 'greater-manchester', respondentId: 'r1', itemId: 'T1.C1', answer: 4 },
 *     { organisationId: 'greater-manchester', respondentId: 'r2', itemId: 'T1.C1', answer: 5 },
 *   ],
 *   { framework },
 * );
 * const scores = scoreAnswers(answers, { framework, itemStatistic: 'median' });
 * scores.organisations.map((organisation) => [organisation.organisationId, organisation.items[0]?.score]);
 * // [['greater-manchester', 4.5], ['thames-valley', 2]]
 * ```
 * @category Scoring
 */
export function scoreAnswers(answers: Iterable<Answer>, options: ScoreAnswersOptions): AssessmentScores {
  const fn = 'scoreAnswers';
  const framework = frameworkOption(fn, options);
  const used = resolveOptions(fn, options, ['framework']);
  const index = scoringIndexOf(framework, fn);
  const reader = new AnswerReader(fn, framework, index, { lateGroups: false });
  if (Array.isArray(answers)) {
    reader.read(answers as readonly Answer[]);
  } else if (isObject(answers) && isIterable<Answer>(answers)) {
    for (const answer of answers) reader.readAnswer(answer);
  } else {
    throw new TypeError(`${fn}: answers must be an array or an iterable of answers, got ${show(answers)}`);
  }
  return scoreStore(framework, reader.store(), used, index);
}
