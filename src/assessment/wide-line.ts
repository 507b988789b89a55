import type { AnswerValue } from './answer.js';
import type { ItemEntry } from './answer-text.js';

// The fast path of the wide layout: a row given as one line of CSV text without quotes is read straight from its
// characters, each answer cell recognised from its one or two characters through a table, without making a string
// of it. Whatever the table does not know, and any row that is not plainly shaped, is left to the general path (the
// row split into cells and read by AnswerIngest.pushWide), so that the two give exactly the same result. Internal.

// What a column of the header is to the fast path.
/** Named but read by no row (a comment column of an unknown item): its cells are skipped. */
const SKIPPED = 0;
const ORGANISATION = 1;
const RESPONDENT = 2;
const GROUP = 3;
/** An item column: its cell is an answer. */
const ITEM = 4;
/** A column whose cell the fast path takes only when it is empty (unnamed, unknown item, an item's comment). */
const EMPTY = 5;

/** How an item column's answer text becomes the code the sink stores: 1 to 255, or 0 for the general path. */
export type CodeOf = (column: number, answer: AnswerValue) => number;

/** The width of a table: 128 one-character spellings, then 128 × 128 two-character ones. */
const TABLE = 128 + 128 * 128;

/** The columns of a wide header, as the fast path reads them. */
export interface WideColumns {
  readonly width: number;
  readonly organisation: number;
  readonly respondent: number;
  /** -1 when there is no group column. */
  readonly group: number;
  /** The item columns in column order: their index and item; and their comment column, or -1. */
  readonly items: readonly { readonly index: number; readonly entry: ItemEntry; readonly comment: number }[];
  /** Columns whose cells count as read but are never answers (unknown items). */
  readonly unknown: readonly number[];
  /** Columns with no name. */
  readonly unnamed: readonly number[];
}

/**
 * Reads the cells of one line of a wide CSV: for each item column, the code of its answer (or that it is empty); the
 * places of the organisation, respondent and group cells. `scan` says whether the line could be read so; when it
 * could not, the general path reads the row and nothing here has changed anything but scratch space.
 */
export class WideLineScanner {
  private readonly width: number;
  private readonly roles: Uint8Array;
  /** Per column: the item column it is (for ITEM). */
  private readonly itemColumn: Int32Array;
  /** One table per distinct way of coding the short spellings; `offset[k]` is item column k's table. */
  private readonly tables: Uint8Array;
  private readonly offset: Int32Array;

  /** After `scan`: per item column, the code of its answer, 0 when its cell is empty. */
  readonly codes: Uint8Array;
  /** After `scan`: the number of answers (codes other than 0). */
  count = 0;
  /** After `scan`: the number of empty item cells. */
  blanks = 0;
  organisationStart = 0;
  organisationEnd = 0;
  respondentStart = 0;
  respondentEnd = 0;
  groupStart = 0;
  groupEnd = 0;

  constructor(header: WideColumns, codeOf: CodeOf) {
    const { width } = header;
    this.width = width;
    const roles = new Uint8Array(width).fill(SKIPPED);
    const itemColumn = new Int32Array(width);
    roles[header.organisation] = ORGANISATION;
    roles[header.respondent] = RESPONDENT;
    if (header.group >= 0) roles[header.group] = GROUP;
    for (const index of header.unknown) roles[index] = EMPTY;
    for (const index of header.unnamed) roles[index] = EMPTY;
    // Tables are shared by the item columns that code every short spelling alike (usually all of them).
    const tableOf = new Map<string, number>();
    const tables: Uint8Array[] = [];
    const offset = new Int32Array(header.items.length);
    header.items.forEach(({ index, entry, comment }, k) => {
      roles[index] = ITEM;
      itemColumn[index] = k;
      if (comment >= 0) roles[comment] = EMPTY;
      const slots: number[] = [];
      for (const [spelling, answer] of entry.reader.table) {
        const at = shortSlot(spelling);
        if (at >= 0) slots.push(at, codeOf(k, answer));
      }
      const key = slots.join(',');
      let found = tableOf.get(key);
      if (found === undefined) {
        const table = new Uint8Array(TABLE);
        for (let j = 0; j < slots.length; j += 2) table[slots[j]!] = slots[j + 1]!;
        found = tables.length;
        tables.push(table);
        tableOf.set(key, found);
      }
      offset[k] = found * TABLE;
    });
    this.tables = new Uint8Array(tables.length * TABLE);
    tables.forEach((table, t) => this.tables.set(table, t * TABLE));
    this.roles = roles;
    this.itemColumn = itemColumn;
    this.offset = offset;
    this.codes = new Uint8Array(header.items.length);
  }

  /**
   * Reads the line text[start, end) (no quote in it, no line break), cells split at the character `delimiter`.
   * Returns false when the general path must read it: not exactly one cell per column, an answer that is not one of
   * the table's, or a cell the fast path takes only empty that is not.
   */
  scan(text: string, start: number, end: number, delimiterText: string): boolean {
    const { width, roles, itemColumn, tables, offset, codes } = this;
    const delimiter = delimiterText.charCodeAt(0);
    let count = 0;
    let blanks = 0;
    let at = start;
    for (let c = 0; c < width; c++) {
      const role = roles[c]!;
      let stop: number;
      if (role === ITEM) {
        // Most answers are one or two characters: look at them, not at a string of them.
        const k = itemColumn[c]!;
        if (at === end || text.charCodeAt(at) === delimiter) {
          stop = at;
          codes[k] = 0;
          blanks++;
        } else {
          const first = text.charCodeAt(at);
          let code: number;
          if (at + 1 === end || text.charCodeAt(at + 1) === delimiter) {
            stop = at + 1;
            code = first < 128 ? tables[offset[k]! + first]! : 0;
          } else if (at + 2 === end || text.charCodeAt(at + 2) === delimiter) {
            stop = at + 2;
            const second = text.charCodeAt(at + 1);
            code = first < 128 && second < 128 ? tables[offset[k]! + 128 + ((first << 7) | second)]! : 0;
          } else {
            return false;
          }
          if (code === 0) return false;
          codes[k] = code;
          count++;
        }
      } else if (role === EMPTY) {
        if (at !== end && text.charCodeAt(at) !== delimiter) return false;
        stop = at;
      } else {
        stop = text.indexOf(delimiterText, at);
        if (stop === -1 || stop > end) stop = end;
        if (role === ORGANISATION) {
          this.organisationStart = at;
          this.organisationEnd = stop;
        } else if (role === RESPONDENT) {
          this.respondentStart = at;
          this.respondentEnd = stop;
        } else if (role === GROUP) {
          this.groupStart = at;
          this.groupEnd = stop;
        }
      }
      // The cell ends at a delimiter, except the last, which ends the line.
      if (c < width - 1) {
        if (stop === end) return false;
        at = stop + 1;
      } else if (stop !== end) {
        return false;
      }
    }
    this.count = count;
    this.blanks = blanks;
    return true;
  }
}

/** Where a spelling of one or two ASCII characters sits in a table, or -1. */
function shortSlot(spelling: string): number {
  if (spelling.length === 1 && spelling.charCodeAt(0) < 128) return spelling.charCodeAt(0);
  if (spelling.length === 2 && spelling.charCodeAt(0) < 128 && spelling.charCodeAt(1) < 128) {
    return 128 + ((spelling.charCodeAt(0) << 7) | spelling.charCodeAt(1));
  }
  return -1;
}
