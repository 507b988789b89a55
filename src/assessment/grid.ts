import type { Framework } from '../framework/schema.js';
import { compareIds } from '../internal/order.js';
import type { Answer, OrganisationId } from './answer.js';
import { resolveOptions, scoreStore, type ScoringOptions } from './score.js';
import { AnswerReader, show, type AnswerStore } from './score-read.js';
import { scoringIndexOf, type ScoringIndex } from './score-statistics.js';
import type { AssessmentScores } from './score-types.js';

/**
 * A set of answers read once and held compactly for scoring: one small code per respondent and item, in a
 * store that nothing outside the package can reach or change. Make one with {@link answerGridOf}; score it,
 * as often as needed and with any options, with {@link scoreAnswerGrid}. The object itself only describes
 * what the grid holds.
 *
 * @category Scoring
 */
export interface AnswerGrid {
  /** Always `'answer-grid'`. */
  readonly kind: 'answer-grid';
  /** The framework the answers were read against. */
  readonly framework: { readonly id: string; readonly version: string };
  /** The organisations in the grid, in id order, each with its number of respondents and of answers. */
  readonly organisations: readonly {
    readonly organisationId: OrganisationId;
    readonly respondents: number;
    readonly answers: number;
  }[];
  /** The number of answers held (missing answers are not answers). */
  readonly answers: number;
}

/** What a grid holds behind its description: the framework read against, its index and the store. */
interface GridContents {
  readonly framework: Framework;
  readonly index: ScoringIndex;
  readonly store: AnswerStore;
}

const contents = new WeakMap<AnswerGrid, GridContents>();

/**
 * Reads answers into an {@link AnswerGrid}: the one pass over the answer objects that scoring needs, done
 * once, so that the answers can then be scored many times (with other options, or after other work) at the
 * cost of the arithmetic alone. `scoreAnswerGrid(framework, answerGridOf(framework, answers), options)` equals
 * `scoreAnswers(framework, answers, options)`.
 *
 * @param framework - The framework the answers were given against.
 * @param answers - Answers of any number of organisations, in any order, under the same rules as for
 *   {@link scoreAnswers}.
 * @returns A frozen description of the grid; the answers themselves are held where only scoring reads them.
 * @throws TypeError when `answers` is not an array.
 * @throws RangeError, naming the first offending answer, when an answer names an item not in the framework or a
 *   value not on its scale, repeats a respondent's answer to an item, or puts a respondent in a different group
 *   from their earlier answers.
 */
export function answerGridOf(framework: Framework, answers: readonly Answer[]): AnswerGrid {
  const fn = 'answerGridOf';
  if (!Array.isArray(answers)) throw new TypeError(`${fn}: answers must be an array of answers, got ${show(answers)}`);
  const index = scoringIndexOf(framework, fn);
  const reader = new AnswerReader(fn, framework, index, { lateGroups: false });
  reader.read(answers);
  const store = reader.store();
  const organisations = [...store.organisations.values()]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((organisation) => Object.freeze({ organisationId: organisation.id as OrganisationId, respondents: organisation.rows.length, answers: organisation.answers }));
  const grid: AnswerGrid = Object.freeze({
    kind: 'answer-grid',
    framework: Object.freeze({ id: framework.id, version: framework.version }),
    organisations: Object.freeze(organisations),
    answers: reader.count,
  });
  contents.set(grid, { framework, index, store });
  return grid;
}

/**
 * True when two prepared frameworks code answers the same way: the same items, in order, each with the same level
 * values. (A theme with no items may have another scale: only the items' scales matter.)
 */
function sameCoding(a: ScoringIndex, b: ScoringIndex): boolean {
  if (a.itemCount !== b.itemCount) return false;
  for (let i = 0; i < a.itemCount; i++) {
    const levels = a.itemLevels[i]!;
    if (a.itemIds[i] !== b.itemIds[i] || levels !== b.itemLevels[i]) return false;
    const valuesA = a.itemScale[i]!.values;
    const valuesB = b.itemScale[i]!.values;
    for (let l = 0; l < levels; l++) if (valuesA[l] !== valuesB[l]) return false;
  }
  return true;
}

/**
 * Scores every organisation of an {@link AnswerGrid} by the default method (`caf-default` 1.0.0,
 * docs/scoring.md): the same result as {@link scoreAnswers} on the answers the grid was read from, without
 * reading them again.
 *
 * @param framework - The framework the grid was read against, or one that codes answers the same way (the
 *   same items in the same order, with the same scale values): a copy, or a version with reworded text.
 * @param grid - A grid made by {@link answerGridOf}.
 * @param options - Scoring options (not `organisationId`); every result names the options it used.
 * @returns The scores of every organisation, in organisation id order, deeply frozen.
 * @throws TypeError when `grid` was not made by {@link answerGridOf}, or `options` is not an object.
 * @throws RangeError when an option is out of range or `organisationId` is given, or when `framework` codes
 *   answers differently from the framework the grid was read against.
 */
export function scoreAnswerGrid(framework: Framework, grid: AnswerGrid, options?: ScoringOptions | undefined): AssessmentScores {
  const fn = 'scoreAnswerGrid';
  const used = resolveOptions(fn, options ?? {}, []);
  const held = contents.get(grid);
  if (held === undefined) {
    throw new TypeError(`${fn}: grid must be an answer grid made by answerGridOf (a copy or a look-alike holds no answers), got ${show(grid)}`);
  }
  if (framework === held.framework) return scoreStore(framework, held.store, used, held.index);
  const index = scoringIndexOf(framework, fn);
  if (!sameCoding(index, held.index)) {
    throw new RangeError(
      `${fn}: the grid was read against the framework "${held.framework.id}" ${held.framework.version}, whose items or scales differ from ` +
        `those of "${framework.id}" ${framework.version}; read the answers again with answerGridOf(framework, answers)`,
    );
  }
  return scoreStore(framework, held.store, used, index);
}
