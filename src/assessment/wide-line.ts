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

/** What the fast path needs of the host's `TextEncoder` (in every browser and in Node). */
interface Encoder {
  encodeInto(source: string, destination: Uint8Array): { readonly read?: number; readonly written?: number };
}
type EncoderConstructor = new () => Encoder;

/**
 * The host's `TextEncoder`, reached through globalThis so that the core compiles without DOM or Node types; undefined
 * where there is none (rows are then read from their characters).
 */
const encoder: Encoder | undefined = (() => {
  const TextEncoder = (globalThis as unknown as { readonly TextEncoder?: EncoderConstructor }).TextEncoder;
  return TextEncoder === undefined ? undefined : new TextEncoder();
})();

/** The characters of text that the byte path copies at a time: a window of the text, as bytes. */
const WINDOW = 1 << 16;

// eslint-disable-next-line no-control-regex -- ASCII is the range \x00 to \x7f, control characters included
const NON_ASCII = /[^\x00-\x7f]/;

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
  /**
   * The byte path: `bytes` holds the characters [windowStart, windowEnd) of `windowText`, every one of them ASCII,
   * one byte each (so that a character's place in the text is its byte's place plus windowStart).
   */
  private readonly bytes: Uint8Array | undefined = encoder === undefined ? undefined : new Uint8Array(WINDOW);
  /**
   * The columns in runs, for the byte path: run r is columns [runStart[r], runStart[r + 1]); a run of item columns
   * coded by one table (`runTable[r]`, its offset; `runItem[r]`, its first item column), or a column of another role
   * (`runTable[r]` -1).
   */
  private readonly runStart: Int32Array;
  private readonly runTable: Int32Array;
  private readonly runItem: Int32Array;
  private windowText = '';
  private windowStart = 0;
  private windowEnd = 0;
  /** True once the text has shown a character that is not ASCII. */
  private mixed = false;

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
    // Item columns are numbered in column order: the item columns of a run of consecutive columns are consecutive.
    const runStart: number[] = [];
    const runTable: number[] = [];
    const runItem: number[] = [];
    for (let c = 0; c < width; c++) {
      const table = roles[c] === ITEM ? offset[itemColumn[c]!]! : -1;
      if (table < 0 || runTable[runTable.length - 1] !== table) {
        runStart.push(c);
        runTable.push(table);
        runItem.push(table < 0 ? -1 : itemColumn[c]!);
      }
    }
    runStart.push(width);
    this.runStart = Int32Array.from(runStart);
    this.runTable = Int32Array.from(runTable);
    this.runItem = Int32Array.from(runItem);
  }

  /**
   * Reads the line text[start, end) (no quote in it, no line break), cells split at the character `delimiter`.
   * Returns false when the general path must read it: not exactly one cell per column, an answer that is not one of
   * the table's, or a cell the fast path takes only empty that is not.
   */
  scan(text: string, start: number, end: number, delimiterText: string): boolean {
    const delimiter = delimiterText.charCodeAt(0);
    if (delimiter < 128 && this.window(text, start, end)) return this.scanBytes(this.bytes!, this.windowStart, start, end, delimiter);
    return this.scanText(text, start, end, delimiterText);
  }

  /**
   * Makes the window hold text[start, end) as bytes, when it can: a window already holding it, or a new one from
   * `start` to the next character that is not ASCII (at most `WINDOW` characters). False when text[start, end) holds
   * such a character, when the line is longer than a window, or when the host has no TextEncoder.
   */
  private window(text: string, start: number, end: number): boolean {
    // The same text object as the window's (a pointer comparison, or one that fails at once for another chunk).
    if (start >= this.windowStart && end <= this.windowEnd && text === this.windowText) return true;
    const bytes = this.bytes;
    if (bytes === undefined || end - start > WINDOW) return false;
    let stop = Math.min(text.length, start + WINDOW);
    let piece = text.slice(start, stop);
    if (this.mixed) {
      // Once the text has shown a character that is not ASCII, a window runs only to the next one, found first, so
      // that a text with one in every line is not copied a window at a time for each line.
      const other = piece.search(NON_ASCII);
      if (other !== -1) {
        stop = start + other;
        piece = piece.slice(0, other);
      }
      encoder!.encodeInto(piece, bytes);
    } else {
      const { read, written } = encoder!.encodeInto(piece, bytes);
      // As many bytes as characters, all of them read: every character was ASCII. Otherwise the bytes up to the
      // first other character are still the characters before it.
      if (read !== piece.length || written !== read) {
        this.mixed = true;
        stop = start + piece.search(NON_ASCII);
      }
    }
    this.windowText = text;
    this.windowStart = start;
    this.windowEnd = stop;
    return end <= stop;
  }

  /**
   * `scan` over the window's bytes: byte b is the text's character base + b. The same rules as `scanText`, read from
   * a typed array instead of `charCodeAt` (which checks the string's representation on every call): 100,000 rows of
   * 80 answers, 63–76 ms → 25–35 ms (median and fastest of 9, interleaved, 5 December 2026).
   */
  private scanBytes(bytes: Uint8Array, base: number, start: number, end: number, delimiter: number): boolean {
    const { roles, tables, codes, runStart, runTable, runItem } = this;
    const last = end - base;
    const lastColumn = this.width - 1;
    let count = 0;
    let blanks = 0;
    let at = start - base;
    for (let r = 0; r < runTable.length; r++) {
      let c = runStart[r]!;
      const to = runStart[r + 1]!;
      const table = runTable[r]!;
      if (table >= 0) {
        // A run of item columns coded by one table: one loop with the table's offset held.
        for (let k = runItem[r]!; c < to; c++, k++) {
          let stop: number;
          const first = bytes[at]!;
          if (at === last || first === delimiter) {
            stop = at;
            codes[k] = 0;
            blanks++;
          } else {
            let code: number;
            if (at + 1 === last || bytes[at + 1] === delimiter) {
              stop = at + 1;
              code = tables[table + first]!;
            } else if (at + 2 === last || bytes[at + 2] === delimiter) {
              stop = at + 2;
              code = tables[table + 128 + ((first << 7) | bytes[at + 1]!)]!;
            } else {
              return false;
            }
            if (code === 0) return false;
            codes[k] = code;
            count++;
          }
          // The cell ends at a delimiter, except the last, which ends the line.
          if (stop === last) {
            if (c !== lastColumn) return false;
          } else if (c === lastColumn) {
            return false;
          }
          at = stop + 1;
        }
        continue;
      }
      const role = roles[c]!;
      let stop = at;
      if (role === EMPTY) {
        if (at !== last && bytes[at] !== delimiter) return false;
      } else {
        while (stop < last && bytes[stop] !== delimiter) stop++;
        if (role === ORGANISATION) {
          this.organisationStart = base + at;
          this.organisationEnd = base + stop;
        } else if (role === RESPONDENT) {
          this.respondentStart = base + at;
          this.respondentEnd = base + stop;
        } else if (role === GROUP) {
          this.groupStart = base + at;
          this.groupEnd = base + stop;
        }
      }
      if (stop === last) {
        if (c !== lastColumn) return false;
      } else if (c === lastColumn) {
        return false;
      }
      at = stop + 1;
    }
    this.count = count;
    this.blanks = blanks;
    return true;
  }

  /** `scan` from the text's characters. */
  private scanText(text: string, start: number, end: number, delimiterText: string): boolean {
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
