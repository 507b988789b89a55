import type { Framework } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import type { Answer, OrganisationId } from './answer.js';
import { groupDifferences, type ScoredGroup } from './score-groups.js';
import {
  CELL_DONT_KNOW,
  CELL_NOT_APPLICABLE,
  CELL_VALUE,
  levelIndexOf,
  scoreTally,
  scoringIndexOf,
  tally,
  type Cells,
  type ScoringIndex,
  type UnitSettings,
} from './score-statistics.js';
import type {
  AssessmentScores,
  GroupScore,
  OrganisationScore,
  ScoringOptionsUsed,
  ScoringProvenance,
} from './score-types.js';

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
 * Options for {@link scoreAssessment} and {@link scoreAssessments}. Every result names the options it used.
 *
 * @category Scoring
 */
export interface ScoreOptions {
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
  /**
   * {@link scoreAssessment} only: the organisation to score. Required when the answers hold several organisations;
   * answers of other organisations are then skipped unread.
   */
  readonly organisationId?: string | undefined;
}

const DEFAULT_OPTIONS: ScoringOptionsUsed = Object.freeze({
  itemStatistic: 'mean',
  minCoverage: 0.5,
  minGroupSize: 3,
  minRespondents: 1,
  lowAgreementBelow: 0.5,
  maxGroupDifferences: 10,
});

const OPTION_KEYS: ReadonlySet<string> = new Set([...Object.keys(DEFAULT_OPTIONS), 'organisationId']);

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function resolveOptions(
  fn: string,
  options: ScoreOptions | undefined,
): { readonly used: ScoringOptionsUsed; readonly organisationId: string | undefined } {
  if (options === undefined) return { used: DEFAULT_OPTIONS, organisationId: undefined };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object or undefined, got ${show(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) {
      throw new RangeError(`${fn}: unknown option "${key}"; the options are ${[...OPTION_KEYS].join(', ')}`);
    }
  }
  const fraction = (name: 'minCoverage' | 'lowAgreementBelow'): number => {
    const value = options[name] ?? DEFAULT_OPTIONS[name];
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new RangeError(`${fn}: options.${name} must be a number from 0 to 1, got ${show(value)}`);
    }
    return value;
  };
  const whole = (name: 'minGroupSize' | 'minRespondents' | 'maxGroupDifferences', least: number): number => {
    const value = options[name] ?? DEFAULT_OPTIONS[name];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < least) {
      throw new RangeError(`${fn}: options.${name} must be a whole number of at least ${least}, got ${show(value)}`);
    }
    return value;
  };
  const itemStatistic = options.itemStatistic ?? DEFAULT_OPTIONS.itemStatistic;
  if (itemStatistic !== 'mean' && itemStatistic !== 'median') {
    throw new RangeError(`${fn}: options.itemStatistic must be "mean" or "median", got ${show(itemStatistic)}`);
  }
  const organisationId = options.organisationId;
  if (organisationId !== undefined && (typeof organisationId !== 'string' || organisationId.length === 0)) {
    throw new RangeError(`${fn}: options.organisationId must be a non-empty string, got ${show(organisationId)}`);
  }
  const used: ScoringOptionsUsed = Object.freeze({
    itemStatistic,
    minCoverage: fraction('minCoverage'),
    minGroupSize: whole('minGroupSize', 1),
    minRespondents: whole('minRespondents', 1),
    lowAgreementBelow: fraction('lowAgreementBelow'),
    maxGroupDifferences: whole('maxGroupDifferences', 0),
  });
  return { used, organisationId };
}

/** One organisation's answers as read: its respondents' rows in the cell store, and its groups. */
interface OrganisationAnswers {
  readonly id: string;
  /** Rows of the organisation's respondents in the cell store. */
  readonly rows: number[];
  readonly rowOf: Map<string, number>;
  /** For each of `rows`, its respondent's group, if any. */
  readonly rowGroupNames: (string | undefined)[];
  /** The number of respondents in each group. */
  readonly groupSizes: Map<string, number>;
  answers: number;
}

interface AnswerStore {
  readonly cells: Cells;
  readonly organisations: ReadonlyMap<string, OrganisationAnswers>;
}

function newOrganisation(id: string): OrganisationAnswers {
  return { id, rows: [], rowOf: new Map(), rowGroupNames: [], groupSizes: new Map(), answers: 0 };
}

function describeAnswer(k: number, answer: Answer): string {
  return `answers[${k}] (organisation ${show(answer.organisationId)}, respondent ${show(answer.respondentId)}, item ${show(answer.itemId)})`;
}

/**
 * Reads the answers in one pass into one cell per (respondent, item), checking each answer on the way.
 *
 * @param only - Read only this organisation's answers.
 * @param single - Throw when a second organisation appears (scoreAssessment without organisationId).
 */
function readAnswers(
  fn: string,
  framework: Framework,
  index: ScoringIndex,
  answers: readonly Answer[],
  only: string | undefined,
  single: boolean,
): AnswerStore {
  if (!Array.isArray(answers)) throw new TypeError(`${fn}: answers must be an array of answers, got ${show(answers)}`);
  const itemCount = index.itemCount;
  const wide = index.levelStride + CELL_VALUE > 0xff;
  let capacity = 16;
  let cells: Cells = wide ? new Uint16Array(capacity * itemCount) : new Uint8Array(capacity * itemCount);
  const rowGroup: (string | undefined)[] = [];
  const organisations = new Map<string, OrganisationAnswers>();
  let current: OrganisationAnswers | undefined;
  let currentId: string | undefined;
  let lastRespondentId: string | undefined;
  let lastRow = -1;
  let lastItem = -1;
  const itemIds: readonly string[] = index.itemIds;

  for (let k = 0; k < answers.length; k++) {
    const answer = answers[k]!;
    if (typeof answer !== 'object' || answer === null) {
      throw new TypeError(`${fn}: answers[${k}] must be an answer object, got ${show(answer)}`);
    }
    const organisationId: string = answer.organisationId;
    if (organisationId !== currentId || current === undefined) {
      if (only !== undefined && organisationId !== only) continue;
      let found = organisations.get(organisationId);
      if (found === undefined) {
        if (typeof organisationId !== 'string' || organisationId.length === 0) {
          throw new RangeError(`${fn}: ${describeAnswer(k, answer)} has no organisation id`);
        }
        if (single && organisations.size > 0) {
          throw new RangeError(
            `${fn}: the answers hold several organisations (${show(currentId)} and ${show(organisationId)} at answers[${k}]); ` +
              'pass options.organisationId to choose one, or use scoreAssessments to score them all',
          );
        }
        found = newOrganisation(organisationId);
        organisations.set(organisationId, found);
      }
      current = found;
      currentId = organisationId;
      lastRespondentId = undefined;
    }

    // Answers usually come in survey order, so try the item after the last one before the look-up.
    const itemId: string = answer.itemId;
    const next = lastItem + 1;
    const item = next < itemCount && itemIds[next] === itemId ? next : index.itemIndexById.get(itemId);
    if (item === undefined) {
      throw new RangeError(
        `${fn}: ${describeAnswer(k, answer)} names an item that is not in the framework "${framework.id}" ${framework.version}; ` +
          'drop or map such answers before scoring',
      );
    }
    const value = answer.answer;
    let cell: number;
    if (typeof value === 'number') {
      const scale = index.itemScale[item]!;
      const level = levelIndexOf(scale, value);
      if (level < 0) {
        throw new RangeError(
          `${fn}: ${describeAnswer(k, answer)} has the value ${show(value)}, which is not a level of the scale ` +
            `"${scale.scale.id}" (${Array.from(scale.values).join(', ')}); drop or map such answers before scoring`,
        );
      }
      cell = CELL_VALUE + level;
    } else if (value === 'dont-know') {
      cell = CELL_DONT_KNOW;
    } else if (value === 'not-applicable') {
      cell = CELL_NOT_APPLICABLE;
    } else {
      throw new RangeError(
        `${fn}: ${describeAnswer(k, answer)} has the answer ${show(value)}; an answer is a scale value, "dont-know" or "not-applicable"`,
      );
    }

    const respondentId: string = answer.respondentId;
    let row: number;
    if (respondentId === lastRespondentId) {
      row = lastRow;
    } else {
      row = current.rowOf.get(respondentId) ?? -1;
      if (row < 0) {
        if (typeof respondentId !== 'string' || respondentId.length === 0) {
          throw new RangeError(`${fn}: ${describeAnswer(k, answer)} has no respondent id`);
        }
        row = rowGroup.length;
        if (row === capacity) {
          capacity *= 2;
          const grown: Cells = wide ? new Uint16Array(capacity * itemCount) : new Uint8Array(capacity * itemCount);
          grown.set(cells);
          cells = grown;
        }
        const group = answer.respondentGroup;
        rowGroup.push(group);
        current.rowOf.set(respondentId, row);
        current.rows.push(row);
        current.rowGroupNames.push(group);
        if (group !== undefined) current.groupSizes.set(group, (current.groupSizes.get(group) ?? 0) + 1);
      }
      lastRespondentId = respondentId;
      lastRow = row;
    }
    if (rowGroup[row] !== answer.respondentGroup) {
      throw new RangeError(
        `${fn}: ${describeAnswer(k, answer)} puts the respondent in the group ${show(answer.respondentGroup)}, ` +
          `but an earlier answer put them in ${show(rowGroup[row])}; each respondent belongs to one group (or none) in all their answers`,
      );
    }
    const at = row * itemCount + item;
    if (cells[at] !== 0) {
      throw new RangeError(
        `${fn}: ${describeAnswer(k, answer)} is a second answer by the same respondent to the same item; ` +
          'keep one answer per respondent and item before scoring',
      );
    }
    cells[at] = cell;
    current.answers++;
    lastItem = item;
  }
  return { cells, organisations };
}

interface Context {
  readonly index: ScoringIndex;
  readonly cells: Cells;
  readonly options: ScoringOptionsUsed;
  readonly settings: UnitSettings;
  readonly provenance: ScoringProvenance;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function scoreOrganisation(context: Context, organisation: OrganisationAnswers): OrganisationScore {
  const { index, cells, options, settings } = context;
  const rows = organisation.rows;
  const respondents = rows.length;
  const withhold = respondents < options.minRespondents;
  // Groups in name order; the unsuppressed ones are tallied in the same walk as the organisation.
  const names = withhold ? [] : [...organisation.groupSizes.keys()].sort(byCodeUnits);
  const tallied = new Map<string, number>();
  const talliedSizes: number[] = [];
  for (const name of names) {
    const size = organisation.groupSizes.get(name)!;
    if (size < options.minGroupSize) continue;
    tallied.set(name, talliedSizes.length);
    talliedSizes.push(size);
  }
  const rowGroups = new Int32Array(respondents);
  for (let k = 0; k < respondents; k++) {
    const name = organisation.rowGroupNames[k];
    rowGroups[k] = name === undefined ? -1 : (tallied.get(name) ?? -1);
  }
  const tallies = tally(index, cells, rows, rowGroups, talliedSizes);
  const own = scoreTally(index, tallies.organisation, settings, withhold);
  const groups: GroupScore[] = [];
  const scored: ScoredGroup[] = [];
  for (const name of names) {
    const size = organisation.groupSizes.get(name)!;
    const at = tallied.get(name);
    if (at === undefined) {
      groups.push(Object.freeze({ group: name, respondents: size, suppressed: true, items: Object.freeze([]), themes: Object.freeze([]) }));
      continue;
    }
    const scores = scoreTally(index, tallies.groups[at]!, settings, false);
    scored.push({ name, scores });
    groups.push(
      Object.freeze({
        group: name,
        respondents: size,
        suppressed: false,
        items: Object.freeze(scores.items),
        themes: Object.freeze(scores.themes),
      }),
    );
  }
  return Object.freeze({
    kind: 'organisation-score',
    organisationId: organisation.id as OrganisationId,
    method: context.provenance.method,
    framework: context.provenance.framework,
    respondents,
    answers: organisation.answers,
    unscoredReason: withhold ? 'too-few-respondents' : null,
    items: Object.freeze(own.items),
    themes: Object.freeze(own.themes),
    groups: Object.freeze(groups),
    groupDifferences: groupDifferences(index, scored, options.maxGroupDifferences),
  });
}

function contextFor(framework: Framework, store: AnswerStore, options: ScoringOptionsUsed, index: ScoringIndex): Context {
  const provenance: ScoringProvenance = deepFreeze({
    method: { id: scoringMethod.id, version: scoringMethod.version, options },
    framework: { id: framework.id, version: framework.version },
  });
  return {
    index,
    cells: store.cells,
    options,
    settings: {
      itemStatistic: options.itemStatistic,
      minCoverage: options.minCoverage,
      lowAgreementBelow: options.lowAgreementBelow,
    },
    provenance,
  };
}

/**
 * Scores one organisation's self-assessment by the default method (`caf-default` 1.0.0, docs/scoring.md): every
 * item, every theme with its coverage, level and agreement, and each respondent group, with the largest
 * differences between groups.
 *
 * @param framework - The framework the answers were given against.
 * @param answers - Answers of one organisation, or of several with `options.organisationId` naming one. Every
 *   answer must name an item of the framework and a value of that item's scale, once per respondent and item,
 *   with the same `respondentGroup` in all of a respondent's answers (ingestion makes sure of this).
 * @param options - Scoring options; every result names the options it used.
 * @returns The organisation's scores, deeply frozen; an organisation with no answers (or fewer respondents than
 *   `minRespondents`) gets `unscoredReason: 'too-few-respondents'` and no scores.
 * @throws TypeError when `answers` is not an array or `options` is not an object.
 * @throws RangeError when an option is out of range; when the answers hold several organisations and
 *   `options.organisationId` is not given, or hold none and it is not given; and, naming the first offending
 *   answer, when an answer names an item not in the framework or a value not on its scale, repeats a respondent's
 *   answer to an item, or puts a respondent in a different group from their earlier answers.
 * @example
 * ```ts
 * import { AnswerSchema, effectiveCancerAllianceFramework, scoreAssessment } from 'cancer-alliance-framework';
 * const answers = AnswerSchema.array().parse([
 *   { organisationId: 'greater-manchester', respondentId: 'r1', itemId: 'T1.C1', answer: 4 },
 *   { organisationId: 'greater-manchester', respondentId: 'r2', itemId: 'T1.C1', answer: 3 },
 *   { organisationId: 'greater-manchester', respondentId: 'r2', itemId: 'T1.C2', answer: 'dont-know' },
 * ]);
 * const scores = scoreAssessment(effectiveCancerAllianceFramework, answers);
 * scores.items[0]; // { itemId: 'T1.C1', n: 2, score: 3.5, level: 4, ... }
 * scores.themes[0]; // { themeId: 'T1', score: 3.5, coverage: 0.1, sufficient: false, ... }
 * scores.method; // { id: 'caf-default', version: '1.0.0', options: { itemStatistic: 'mean', ... } }
 * ```
 * @category Scoring
 */
export function scoreAssessment(
  framework: Framework,
  answers: readonly Answer[],
  options?: ScoreOptions | undefined,
): OrganisationScore {
  const fn = 'scoreAssessment';
  const { used, organisationId } = resolveOptions(fn, options);
  const index = scoringIndexOf(framework, fn);
  const store = readAnswers(fn, framework, index, answers, organisationId, organisationId === undefined);
  let organisation: OrganisationAnswers | undefined;
  if (organisationId !== undefined) {
    organisation = store.organisations.get(organisationId) ?? newOrganisation(organisationId);
  } else {
    organisation = store.organisations.values().next().value;
    if (organisation === undefined) {
      throw new RangeError(`${fn}: the answers are empty, so they name no organisation; pass options.organisationId to score one with no answers`);
    }
  }
  return deepFreeze(scoreOrganisation(contextFor(framework, store, used, index), organisation));
}

/**
 * Scores every organisation in a set of answers by the default method (`caf-default` 1.0.0, docs/scoring.md), in
 * one pass over the answers; each organisation's scores equal what {@link scoreAssessment} gives for it alone.
 *
 * @param framework - The framework the answers were given against.
 * @param answers - Answers of any number of organisations, in any order. Every answer must name an item of the
 *   framework and a value of that item's scale, once per respondent and item, with the same `respondentGroup` in
 *   all of a respondent's answers (ingestion makes sure of this).
 * @param options - Scoring options (not `organisationId`); every result names the options it used.
 * @returns The scores of every organisation, in organisation id order, deeply frozen.
 * @throws TypeError when `answers` is not an array or `options` is not an object.
 * @throws RangeError when an option is out of range or `organisationId` is given; and, naming the first offending
 *   answer, when an answer names an item not in the framework or a value not on its scale, repeats a respondent's
 *   answer to an item, or puts a respondent in a different group from their earlier answers.
 * @example
 * ```ts
 * import { AnswerSchema, effectiveCancerAllianceFramework, scoreAssessments } from 'cancer-alliance-framework';
 * const answers = AnswerSchema.array().parse([
 *   { organisationId: 'thames-valley', respondentId: 'r1', itemId: 'T1.C1', answer: 2 },
 *   { organisationId: 'greater-manchester', respondentId: 'r1', itemId: 'T1.C1', answer: 4 },
 *   { organisationId: 'greater-manchester', respondentId: 'r2', itemId: 'T1.C1', answer: 5 },
 * ]);
 * const all = scoreAssessments(effectiveCancerAllianceFramework, answers, { itemStatistic: 'median' });
 * all.organisations.map((organisation) => [organisation.organisationId, organisation.items[0]?.score]);
 * // [['greater-manchester', 4.5], ['thames-valley', 2]]
 * ```
 * @category Scoring
 */
export function scoreAssessments(
  framework: Framework,
  answers: readonly Answer[],
  options?: ScoreOptions | undefined,
): AssessmentScores {
  const fn = 'scoreAssessments';
  const { used, organisationId } = resolveOptions(fn, options);
  if (organisationId !== undefined) {
    throw new RangeError(`${fn}: options.organisationId only applies to scoreAssessment; scoreAssessments scores every organisation`);
  }
  const index = scoringIndexOf(framework, fn);
  const store = readAnswers(fn, framework, index, answers, undefined, false);
  const context = contextFor(framework, store, used, index);
  const organisations = [...store.organisations.keys()]
    .sort(byCodeUnits)
    .map((id) => scoreOrganisation(context, store.organisations.get(id)!));
  return deepFreeze({
    kind: 'assessment-scores',
    method: context.provenance.method,
    framework: context.provenance.framework,
    organisations,
  });
}
