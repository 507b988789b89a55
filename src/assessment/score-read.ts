import { isObject } from '../internal/guards.js';
import { keepOneOf } from '../internal/kept-layouts.js';
import type { Framework } from '../framework/schema.js';
import type { Answer, AnswerValue } from './answer.js';
import type { AnswerRowSink } from './ingest-core.js';
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
export class AnswerReader implements AnswerRowSink {
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
  /** For rows taken whole (`acceptRow`): the item of each item column, -1 for one not in the framework. */
  private columnItem = new Int32Array(0);
  /** True when the item columns are every item of the framework, in survey order. */
  private inOrder = false;

  constructor(fn: string, framework: Framework, index: ScoringIndex, settings: ReaderSettings) {
    this.fn = fn;
    this.framework = framework;
    this.index = index;
    this.settings = settings;
    this.wide = index.levelStride + CELL_VALUE > 0xff;
    this.cells = this.newCells(this.capacity);
    // The first reader made keeps a reader of its own alive (16 rows of cells), so that V8 keeps the readers' layout
    // and the code compiled for it from one call to the next (kept-layouts.ts).
    keepOneOf(AnswerReader, () => new AnswerReader(fn, framework, index, settings));
  }

  /** Makes room for `rows` rows of cells, keeping those read. */
  private grow(rows: number): void {
    this.capacity = rows;
    const grown = this.newCells(rows);
    grown.set(this.cells);
    this.cells = grown;
  }

  private newCells(rows: number): Cells {
    return this.wide ? new Uint16Array(rows * this.index.itemCount) : new Uint8Array(rows * this.index.itemCount);
  }

  /** The number of answers read so far. */
  get count(): number {
    return this.seen;
  }

  /**
   * Reads a batch of answers: the first answer of each organisation (and any answer out of the ordinary) through
   * `readAnswer`, which checks everything; the rest in `readRun`.
   */
  read(answers: readonly Answer[]): void {
    const count = answers.length;
    // A respondent answers each item at most once, so the batch brings at least count / items respondents: room for
    // them at once, rather than doubling up to them (at the large size, 100,000 rows made once instead of 14 times,
    // with the copies).
    const rows = this.rowGroup.length + Math.ceil(count / Math.max(1, this.index.itemCount));
    if (rows > this.capacity) this.grow(rows);
    let k = 0;
    while (k < count) {
      this.readAnswer(answers[k]);
      k = this.readRun(answers, k + 1);
    }
  }

  /**
   * Reads answers from `from` on while they are the usual case: an object of the current organisation, by the current
   * respondent (or by a respondent the organisation has, or a new one, who then becomes current), of that
   * respondent's group, to an item they have not answered, with "dont-know", "not-applicable" or a whole-number level
   * of a contiguous scale. The state is held in locals and written back at each change of respondent and at the end;
   * the first answer that is anything else is left to `readAnswer` (which reads it, or throws naming it). Returns the
   * index of that answer (or the end).
   */
  private readRun(answers: readonly Answer[], from: number): number {
    const { itemCount, itemIds, itemIndexById, valueCell } = this.index;
    const current = this.current!;
    const count = answers.length;
    let cells = this.cells;
    let organisationId = this.currentId;
    let respondentId = this.lastRespondentId;
    let row = this.lastRow;
    let group = this.rowGroup[row];
    let base = row * itemCount;
    let item = this.lastItem;
    // True while the current row was made in this run and has been written at items 0, 1, 2, … in turn only: the
    // next item's cell is then still empty, and is not read to find out (the duplicate check of every other case).
    let fresh = false;
    // Answers from `counted` on are not yet in the counts.
    let counted = from;
    let k = from;
    for (; k < count; k++) {
      const answer = answers[k];
      if (!isObject(answer)) break;
      if (answer.respondentId !== respondentId) {
        // Another respondent of the same organisation: bring the counts up to date, then make them current. (An id
        // that is not a non-empty string is left to readAnswer, whose checks come in their order.)
        if (answer.organisationId !== organisationId || typeof answer.respondentId !== 'string' || answer.respondentId === '') break;
        this.seen += k - counted;
        current.answers += k - counted;
        counted = k;
        organisationId = answer.organisationId;
        respondentId = answer.respondentId;
        const rows = this.rowGroup.length;
        row = this.enterRespondent(organisationId, respondentId, answer.respondentGroup, answer.itemId);
        fresh = row === rows;
        cells = this.cells;
        base = row * itemCount;
        group = this.rowGroup[row];
        item = -1;
      } else if (answer.organisationId !== organisationId) {
        break;
      }
      if (answer.respondentGroup !== group) break;
      const itemId = answer.itemId;
      const next = item + 1;
      const inOrder = next < itemCount && itemIds[next] === itemId;
      const at = inOrder ? next : (itemIndexById.get(itemId) ?? -1);
      if (!inOrder || !fresh) {
        if (at < 0 || cells[base + at] !== 0) break;
        fresh = false;
      }
      const value = answer.answer;
      let cell: number;
      if (typeof value === 'number') {
        // A whole value from 0 to 15 (the only numbers for which value & 15 is the value), coded by look-up.
        if ((value & 15) !== value) break;
        cell = valueCell[at * 16 + value]!;
        if (cell === 0) break;
      } else if (value === 'dont-know') {
        cell = CELL_DONT_KNOW;
      } else if ((value as unknown) === 'not-applicable') {
        cell = CELL_NOT_APPLICABLE;
      } else {
        break;
      }
      cells[base + at] = cell;
      item = at;
    }
    this.seen += k - counted;
    current.answers += k - counted;
    this.lastItem = item;
    return k;
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

  startRows(itemIds: readonly string[]): void {
    this.columnItem = Int32Array.from(itemIds, (itemId) => this.index.itemIndexById.get(itemId) ?? -1);
    this.inOrder = itemIds.length === this.index.itemCount && this.columnItem.every((item, k) => item === k);
  }

  /** The cell code `accept` stores for `answer` to item column `column`'s item; 0 for anything it would not store. */
  codeOf(column: number, answer: AnswerValue): number {
    const item = this.columnItem[column] ?? -1;
    if (item < 0) return 0;
    let code = 0;
    if (answer === 'dont-know') code = CELL_DONT_KNOW;
    else if (answer === 'not-applicable') code = CELL_NOT_APPLICABLE;
    else if (typeof answer === 'number') {
      const level = levelIndexOf(this.index.itemScale[item]!, answer);
      if (level >= 0) code = CELL_VALUE + level;
    }
    return code <= 0xff ? code : 0;
  }

  /**
   * Takes a row's answers as `accept` takes them one by one: for each item column k whose code `codes[k]` (from
   * `codeOf`) is not 0, that answer to the column's item; `count` answers in all, at least one.
   */
  acceptRow(organisationId: string, respondentId: string, group: string | undefined, codes: Uint8Array, count: number): void {
    const { columnItem } = this;
    const { itemCount, itemIds } = this.index;
    let first = 0;
    while (codes[first] === 0) first++;
    const firstItem = itemIds[columnItem[first]!]!;
    if (organisationId !== this.currentId || this.current === undefined) this.enterOrganisation(organisationId, respondentId, firstItem);
    const rows = this.rowGroup.length;
    const row = respondentId === this.lastRespondentId ? this.lastRow : this.enterRespondent(organisationId, respondentId, group, firstItem);
    if (group !== this.rowGroup[row]) this.changeGroup(row, organisationId, respondentId, group, firstItem);
    const cells = this.cells;
    const base = row * itemCount;
    if (row === rows && this.inOrder) {
      // A new respondent's cells are all 0 (no record), and the columns are the items in survey order: the codes
      // are the row, a 0 where there is no answer.
      cells.set(codes, base);
      let last = codes.length - 1;
      while (codes[last] === 0) last--;
      this.lastItem = last;
    } else {
      let read = 0;
      for (let k = 0; k < codes.length; k++) {
        const code = codes[k]!;
        if (code === 0) continue;
        const item = columnItem[k]!;
        if (cells[base + item] !== 0) {
          this.seen += read;
          this.current!.answers += read;
          throw new RangeError(
            `${this.fn}: ${this.describe(organisationId, respondentId, itemIds[item])} is a second answer by the same respondent to the same item; ` +
              'keep one answer per respondent and item before scoring',
          );
        }
        cells[base + item] = code;
        this.lastItem = item;
        read++;
      }
    }
    this.current!.answers += count;
    this.seen += count;
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
      if (row === this.capacity) this.grow(this.capacity * 2);
      if (group !== undefined) this.hasGroups = true;
      this.rowGroup.push(group);
      current.rowOf.set(respondentId, row);
      current.rows.push(row);
    }
    this.lastRespondentId = respondentId;
    // The organisation's id as this row gives it: the rest of the row compares it as one pointer, not by its characters.
    this.currentId = organisationId;
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
