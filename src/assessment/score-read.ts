import type { Framework } from '../framework/schema.js';
import type { Answer } from './answer.js';
import { CELL_DONT_KNOW, CELL_NOT_APPLICABLE, CELL_VALUE, levelIndexOf, type Cells, type ScoringIndex } from './score-statistics.js';

// Reading answers into the cell store, one batch at a time: shared by scoreAssessment, scoreAssessments and
// scoreAnswerStream. Internal.

/** The number of answers read by one call of the reading loop. */
const SLICE = 4096;

/** One organisation's answers as read: its respondents' rows in the cell store. */
export interface OrganisationAnswers {
  readonly id: string;
  /** Rows of the organisation's respondents in the cell store, in the order they first answered. */
  readonly rows: number[];
  readonly rowOf: Map<string, number>;
  /** Answer records read for the organisation. */
  answers: number;
}

/** Every answer read: one cell per (respondent, item), and each respondent's group. */
export interface AnswerStore {
  readonly cells: Cells;
  /** Per row of `cells`, its respondent's group, if any. */
  readonly rowGroup: readonly (string | undefined)[];
  /** True when any respondent has a group. */
  readonly hasGroups: boolean;
  readonly organisations: ReadonlyMap<string, OrganisationAnswers>;
}

/** How a reader treats the answers it is given. */
export interface ReaderSettings {
  /** Read only this organisation's answers; skip the others unread. */
  readonly only: string | undefined;
  /** Throw when a second organisation appears (scoreAssessment without organisationId). */
  readonly single: boolean;
  /**
   * Let an answer without a group stand for a respondent whose group another answer names, before or after it
   * (ingestion puts a respondent's group, given on any row, on all their answers; a stream cannot wait for it).
   */
  readonly lateGroups: boolean;
}

/** A value as shown in a message. */
export function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** An organisation with no answers read yet. */
export function newOrganisation(id: string): OrganisationAnswers {
  return { id, rows: [], rowOf: new Map(), answers: 0 };
}

function describeAnswer(k: number, answer: Answer): string {
  return `answers[${k}] (organisation ${show(answer.organisationId)}, respondent ${show(answer.respondentId)}, item ${show(answer.itemId)})`;
}

/**
 * Reads answers in batches into one cell per (respondent, item), checking each answer on the way. Answers are
 * numbered from the first of the first batch, so that a message names the same answer however they are batched.
 */
export class AnswerReader {
  private readonly fn: string;
  private readonly framework: Framework;
  private readonly index: ScoringIndex;
  private readonly settings: ReaderSettings;
  private readonly wide: boolean;
  private cells: Cells;
  private capacity = 16;
  private readonly rowGroup: (string | undefined)[] = [];
  private hasGroups = false;
  private readonly organisations = new Map<string, OrganisationAnswers>();
  private current: OrganisationAnswers | undefined;
  private currentId: string | undefined;
  private lastRespondentId: string | undefined;
  private lastRow = -1;
  private lastItem = -1;
  /** The number of answers read (or skipped) so far. */
  private seen = 0;

  constructor(fn: string, framework: Framework, index: ScoringIndex, settings: ReaderSettings) {
    this.fn = fn;
    this.framework = framework;
    this.index = index;
    this.settings = settings;
    this.wide = index.levelStride + CELL_VALUE > 0xff;
    this.cells = this.newCells(this.capacity);
  }

  private newCells(rows: number): Cells {
    return this.wide ? new Uint16Array(rows * this.index.itemCount) : new Uint8Array(rows * this.index.itemCount);
  }

  /** The number of answers read so far. */
  get count(): number {
    return this.seen;
  }

  /** Reads a batch of answers. */
  read(answers: readonly Answer[]): void {
    // In slices, so that the loop is compiled as a function called many times: a single long loop is compiled
    // on the stack mid-way, without type feedback for the code after it, and thrown away at its end on every call.
    for (let from = 0; from < answers.length; from += SLICE) this.readSlice(answers, from, Math.min(answers.length, from + SLICE));
  }

  private readSlice(answers: readonly Answer[], from: number, to: number): void {
    const { fn, index, settings } = this;
    const { only, single, lateGroups } = settings;
    const { itemCount, itemIds, itemContiguous, itemMin, itemLevels } = index;
    const organisations = this.organisations;
    const rowGroup = this.rowGroup;
    const first = this.seen - from;
    let cells = this.cells;
    let current = this.current;
    let currentId = this.currentId;
    let lastRespondentId = this.lastRespondentId;
    let lastRow = this.lastRow;
    let lastItem = this.lastItem;
    let lastGroup = lastRow < 0 ? undefined : rowGroup[lastRow];

    for (let j = from; j < to; j++) {
      const answer = answers[j]!;
      if (typeof answer !== 'object' || answer === null) {
        throw new TypeError(`${fn}: answers[${first + j}] must be an answer object, got ${show(answer)}`);
      }
      const organisationId: string = answer.organisationId;
      if (organisationId !== currentId || current === undefined) {
        if (only !== undefined && organisationId !== only) {
          currentId = undefined;
          continue;
        }
        let found = organisations.get(organisationId);
        if (found === undefined) {
          if (typeof organisationId !== 'string' || organisationId.length === 0) {
            throw new RangeError(`${fn}: ${describeAnswer(first + j, answer)} has no organisation id`);
          }
          if (single && organisations.size > 0) {
            throw new RangeError(
              `${fn}: the answers hold several organisations (${show(currentId)} and ${show(organisationId)} at answers[${first + j}]); ` +
                'pass options.organisationId to choose one, or use scoreAssessments to score them all',
            );
          }
          found = newOrganisation(organisationId);
          organisations.set(organisationId, found);
        }
        current = found;
        lastRespondentId = undefined;
      }
      // Equal ids are often distinct strings (one per CSV row): keeping the latest makes the next comparisons
      // of the same row a pointer comparison.
      currentId = organisationId;

      // Answers usually come in survey order, so try the item after the last one before the look-up.
      const itemId: string = answer.itemId;
      const next = lastItem + 1;
      const item = next < itemCount && itemIds[next] === itemId ? next : index.itemIndexById.get(itemId);
      if (item === undefined) {
        throw new RangeError(
          `${fn}: ${describeAnswer(first + j, answer)} names an item that is not in the framework "${this.framework.id}" ${this.framework.version}; ` +
            'drop or map such answers before scoring',
        );
      }
      const value = answer.answer;
      let cell: number;
      if (typeof value === 'number') {
        // A whole-number scale min..max: the level index is value - min.
        let level = value - itemMin[item]!;
        if (itemContiguous[item] === 0 || (level | 0) !== level || level < 0 || level >= itemLevels[item]!) {
          const scale = index.itemScale[item]!;
          level = levelIndexOf(scale, value);
          if (level < 0) {
            throw new RangeError(
              `${fn}: ${describeAnswer(first + j, answer)} has the value ${show(value)}, which is not a level of the scale ` +
                `"${scale.scale.id}" (${Array.from(scale.values).join(', ')}); drop or map such answers before scoring`,
            );
          }
        }
        cell = CELL_VALUE + level;
      } else if (value === 'dont-know') {
        cell = CELL_DONT_KNOW;
      } else if (value === 'not-applicable') {
        cell = CELL_NOT_APPLICABLE;
      } else {
        throw new RangeError(
          `${fn}: ${describeAnswer(first + j, answer)} has the answer ${show(value)}; an answer is a scale value, "dont-know" or "not-applicable"`,
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
            throw new RangeError(`${fn}: ${describeAnswer(first + j, answer)} has no respondent id`);
          }
          row = rowGroup.length;
          if (row === this.capacity) {
            this.capacity *= 2;
            const grown = this.newCells(this.capacity);
            grown.set(cells);
            cells = grown;
          }
          const group = answer.respondentGroup;
          if (group !== undefined) this.hasGroups = true;
          rowGroup.push(group);
          current.rowOf.set(respondentId, row);
          current.rows.push(row);
        }
        lastRespondentId = respondentId;
        lastRow = row;
        lastGroup = rowGroup[row];
      }
      const group = answer.respondentGroup;
      if (group !== lastGroup) {
        if (!lateGroups || (group !== undefined && lastGroup !== undefined)) {
          throw new RangeError(
            `${fn}: ${describeAnswer(first + j, answer)} puts the respondent in the group ${show(group)}, ` +
              `but an earlier answer put them in ${show(lastGroup)}; each respondent belongs to one group (or none) in all their answers`,
          );
        }
        if (group !== undefined) {
          rowGroup[row] = group;
          lastGroup = group;
          this.hasGroups = true;
        }
      }
      const at = row * itemCount + item;
      if (cells[at] !== 0) {
        throw new RangeError(
          `${fn}: ${describeAnswer(first + j, answer)} is a second answer by the same respondent to the same item; ` +
            'keep one answer per respondent and item before scoring',
        );
      }
      cells[at] = cell;
      current.answers++;
      lastItem = item;
    }

    this.seen = first + to;
    this.cells = cells;
    this.current = current;
    this.currentId = currentId;
    this.lastRespondentId = lastRespondentId;
    this.lastRow = lastRow;
    this.lastItem = lastItem;
  }

  /** Everything read so far. */
  store(): AnswerStore {
    return { cells: this.cells, rowGroup: this.rowGroup, hasGroups: this.hasGroups, organisations: this.organisations };
  }
}
