import { isObject } from '../internal/guards.js';
import type { Framework } from '../framework/schema.js';
import type { Answer, AnswerValue } from './answer.js';
import type { AnswerSink } from './ingest-core.js';
import { CELL_DONT_KNOW, CELL_NOT_APPLICABLE, CELL_VALUE, levelIndexOf, type Cells, type ScoringIndex } from './score-statistics.js';

// Reading answers into the cell store, one batch at a time: shared by scoreAnswers, scoreAnswers and
// scoreAnswers. Internal.

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
  /**
   * Let an answer without a group stand for a respondent whose group another answer names, before or after it
   * (ingestion puts a respondent's group, given on any row, on all their answers; a stream cannot wait for it).
   */
  readonly lateGroups: boolean;
}

/** A value as shown in a message. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

/** A respondent's group as shown in a message. */
function showGroup(group: string | undefined): string {
  return group === undefined ? 'no group' : `the group ${show(group)}`;
}

/** An organisation with no answers read yet. */
export function newOrganisation(id: string): OrganisationAnswers {
  return { id, rows: [], rowOf: new Map(), answers: 0 };
}

/**
 * Reads answers in batches into one cell per (respondent, item), checking each answer on the way. Answers are
 * numbered from the first of the first batch, so that a message names the same answer however they are batched.
 */
export class AnswerReader implements AnswerSink {
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
    for (const answer of answers) this.readAnswer(answer);
  }

  /** Reads one answer object. */
  readAnswer(answer: Answer | undefined): void {
    if (!isObject(answer)) {
      throw new TypeError(`${this.fn}: answers[${this.seen}] must be an answer object, got ${show(answer)}`);
    }
    this.accept(answer.organisationId, answer.respondentId, answer.respondentGroup, answer.itemId, answer.answer);
  }

  /** Describes the answer being read, for a message. */
  private describe(organisationId: unknown, respondentId: unknown, itemId: unknown): string {
    return `answers[${this.seen}] (organisation ${show(organisationId)}, respondent ${show(respondentId)}, item ${show(itemId)})`;
  }

  /**
   * Reads one answer, given by its fields: the one way in, for answer objects (`read`) and for answers that
   * ingestion hands over as it accepts them (so that a stream of rows makes no answer objects at all). The usual
   * case (the same organisation and respondent as the last answer, the next item, a whole-number level) is kept
   * short so that the engine can inline it where it is called; everything else is in the methods below.
   */
  accept(organisationId: string, respondentId: string, group: string | undefined, itemId: string, value: AnswerValue): void {
    const index = this.index;
    if (organisationId !== this.currentId || this.current === undefined) {
      this.enterOrganisation(organisationId, respondentId, itemId);
    }
    const next = this.lastItem + 1;
    const item = next < index.itemCount && index.itemIds[next] === itemId ? next : this.itemIndex(organisationId, respondentId, itemId);
    let cell: number;
    if (typeof value === 'number') {
      const level = value - index.itemMin[item]!;
      cell =
        index.itemContiguous[item] === 1 && (level | 0) === level && level >= 0 && level < index.itemLevels[item]!
          ? CELL_VALUE + level
          : this.levelCell(item, value, organisationId, respondentId, itemId);
    } else if (value === 'dont-know') {
      cell = CELL_DONT_KNOW;
    } else if ((value as unknown) === 'not-applicable') {
      cell = CELL_NOT_APPLICABLE;
    } else {
      throw new RangeError(
        `${this.fn}: ${this.describe(organisationId, respondentId, itemId)} has the answer ${show(value)}; an answer is a scale value, "dont-know" or "not-applicable"`,
      );
    }
    const row = respondentId === this.lastRespondentId ? this.lastRow : this.enterRespondent(organisationId, respondentId, group, itemId);
    if (group !== this.rowGroup[row]) this.changeGroup(row, organisationId, respondentId, group, itemId);
    const at = row * index.itemCount + item;
    if (this.cells[at] !== 0) {
      throw new RangeError(
        `${this.fn}: ${this.describe(organisationId, respondentId, itemId)} is a second answer by the same respondent to the same item; ` +
          'keep one answer per respondent and item before scoring',
      );
    }
    this.cells[at] = cell;
    this.current!.answers++;
    this.lastItem = item;
    this.seen++;
  }

  /** Makes `organisationId` the current organisation, creating it when new. */
  private enterOrganisation(organisationId: string, respondentId: string, itemId: string): void {
    let found = this.organisations.get(organisationId);
    if (found === undefined) {
      if (typeof organisationId !== 'string' || organisationId.length === 0) {
        throw new RangeError(
          `${this.fn}: ${this.describe(organisationId, respondentId, itemId)} has no organisation id; give every answer its organisation's id, a non-empty string`,
        );
      }
      found = newOrganisation(organisationId);
      this.organisations.set(organisationId, found);
    }
    this.current = found;
    // Equal ids are often distinct strings (one per CSV row): keeping the latest makes the next comparisons
    // of the same row a pointer comparison.
    this.currentId = organisationId;
    this.lastRespondentId = undefined;
  }

  /** The survey index of an item that is not the one after the last, by look-up. */
  private itemIndex(organisationId: string, respondentId: string, itemId: string): number {
    const item = this.index.itemIndexById.get(itemId);
    if (item === undefined) {
      throw new RangeError(
        `${this.fn}: ${this.describe(organisationId, respondentId, itemId)} names an item that is not in the framework "${this.framework.id}" ${this.framework.version}; ` +
          'drop or map such answers before scoring',
      );
    }
    return item;
  }

  /** The cell code of a value on a scale that is not whole numbers from its minimum, or of a value off the scale. */
  private levelCell(item: number, value: number, organisationId: string, respondentId: string, itemId: string): number {
    const scale = this.index.itemScale[item]!;
    const level = levelIndexOf(scale, value);
    if (level < 0) {
      throw new RangeError(
        `${this.fn}: ${this.describe(organisationId, respondentId, itemId)} has the value ${show(value)}, which is not a level of the scale ` +
          `"${scale.scale.id}" (${Array.from(scale.values).join(', ')}); drop or map such answers before scoring`,
      );
    }
    return CELL_VALUE + level;
  }

  /** The row of a respondent other than the last one, creating it when new. */
  private enterRespondent(organisationId: string, respondentId: string, group: string | undefined, itemId: string): number {
    const current = this.current!;
    let row = current.rowOf.get(respondentId) ?? -1;
    if (row < 0) {
      if (typeof respondentId !== 'string' || respondentId.length === 0) {
        throw new RangeError(`${this.fn}: ${this.describe(organisationId, respondentId, itemId)} has no respondent id; give every answer its respondent's id, a non-empty string`);
      }
      row = this.rowGroup.length;
      if (row === this.capacity) {
        this.capacity *= 2;
        const grown = this.newCells(this.capacity);
        grown.set(this.cells);
        this.cells = grown;
      }
      if (group !== undefined) this.hasGroups = true;
      this.rowGroup.push(group);
      current.rowOf.set(respondentId, row);
      current.rows.push(row);
    }
    this.lastRespondentId = respondentId;
    this.lastRow = row;
    return row;
  }

  /** An answer whose group differs from the one its respondent has so far: a late group, or a conflict. */
  private changeGroup(row: number, organisationId: string, respondentId: string, group: string | undefined, itemId: string): void {
    const known = this.rowGroup[row];
    if (!this.settings.lateGroups || (group !== undefined && known !== undefined)) {
      throw new RangeError(
        `${this.fn}: ${this.describe(organisationId, respondentId, itemId)} puts the respondent in ${showGroup(group)}, ` +
          `but an earlier answer put them in ${showGroup(known)}; each respondent belongs to one group (or none) in all their answers`,
      );
    }
    if (group !== undefined) {
      this.rowGroup[row] = group;
      this.hasGroups = true;
    }
  }

  /** Everything read so far. */
  store(): AnswerStore {
    return { cells: this.cells, rowGroup: this.rowGroup, hasGroups: this.hasGroups, organisations: this.organisations };
  }
}
