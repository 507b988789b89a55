import type { Framework } from '../framework/schema.js';
import type { Answer } from './answer.js';
import type { AnswerIssue } from './errors.js';

/**
 * How the answers were laid out: `long` (one row per answer), `wide` (one row per respondent, one column per item)
 * or `json` (an array of answer objects).
 *
 * @category Assessment
 */
export type AnswersLayout = 'long' | 'wide' | 'json';

/**
 * What happened to every row and every answer cell of an input. The totals always add up:
 * `rowsRead = rowsAccepted + rowsRejected` and `cellsRead = answersAccepted + cellsRejected + cellsBlank`.
 *
 * @category Assessment
 */
export interface AnswersAccounting {
  /** Data rows read (JSON: elements). The header and blank lines are not rows. */
  readonly rowsRead: number;
  /** Rows kept. A wide row is kept even when some of its answer cells are rejected. */
  readonly rowsAccepted: number;
  /** Rows rejected whole, each with at least one issue. */
  readonly rowsRejected: number;
  /** Answer cells read: one per long row or JSON element; one per item column (known or not) per wide row. */
  readonly cellsRead: number;
  /** Answers returned: equals `answers.length`. */
  readonly answersAccepted: number;
  /** Answer cells that held something but gave no answer (a bad answer, or a cell of a rejected row or column). */
  readonly cellsRejected: number;
  /** Answer cells left blank: missing answers, never an issue in themselves. */
  readonly cellsBlank: number;
}

/**
 * The result of reading survey answers: the answers, every problem with its place, and an accounting that adds up.
 * Deeply frozen.
 *
 * @category Assessment
 */
export interface AnswersImport {
  /** The answers accepted, in input order (wide: row by row, then column by column). */
  readonly answers: readonly Answer[];
  /** Every problem found, in input order (column problems of a wide header first). */
  readonly issues: readonly AnswerIssue[];
  /** Rows and cells read, accepted, rejected and blank. */
  readonly accounting: AnswersAccounting;
  /** The layout that was read. */
  readonly layout: AnswersLayout;
}

/**
 * Options shared by every way of reading answers.
 *
 * @category Assessment
 */
export interface IngestAnswersOptions {
  /** The framework the survey was built from: its items and scales decide what is valid. Required. */
  readonly framework: Framework;
  /**
   * When given, any other organisation id is an `unknown-organisation` issue. Matched exactly, then ignoring case
   * (ids are read in Unicode NFC, these too).
   */
  readonly organisations?: readonly string[] | undefined;
  /** A file name to put in every issue's location. */
  readonly file?: string | undefined;
  /**
   * List at most this many issues; a last `too-many-issues` issue then says how many more were found. The
   * accounting counts every row and cell all the same. A whole number of at least 1; default 1,000.
   */
  readonly maxIssues?: number | undefined;
}

/**
 * Options of `parseAnswersCsv`.
 *
 * @category Assessment
 */
export interface ParseAnswersCsvOptions extends IngestAnswersOptions {
  /** `long`, `wide`, or `auto` (the default) to tell them apart from the header. */
  readonly layout?: 'long' | 'wide' | 'auto' | undefined;
  /** The largest input accepted, in UTF-8 bytes. Default 50 MiB. */
  readonly maxBytes?: number | undefined;
  /** The cell delimiter. Default: a first line `sep=;` if there is one, else whichever of `,` `;` and tab best splits the header. */
  readonly delimiter?: string | undefined;
}

/**
 * Options of `parseAnswersStream`: those of `parseAnswersCsv`. `maxBytes` counts the stream as it arrives (rows of
 * cells: each cell's UTF-8 bytes and one for the delimiter after it); `delimiter` applies to text chunks.
 *
 * @category Assessment
 */
export interface ParseAnswersStreamOptions extends ParseAnswersCsvOptions {}

/**
 * Options of `parseAnswersJson`.
 *
 * @category Assessment
 */
export interface ParseAnswersJsonOptions extends IngestAnswersOptions {
  /** The largest JSON text accepted, in UTF-8 bytes, when the answers are given as text. Default 50 MiB. */
  readonly maxBytes?: number | undefined;
}
