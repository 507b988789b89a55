import type { Framework } from '../framework/schema.js';
import type { Answer } from './answer.js';
import type { AnswerSpellings } from './answer-spellings.js';
import type { AnswerIssue } from './errors.js';
import type { OrganisationNameRead, OrganisationsOption } from './organisation-check.js';

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
 * Something worth knowing about how answers were read that is not a problem: no row or answer is rejected for it.
 * `organisations-undated`: organisation ids were checked against every Cancer Alliance of the programme's data
 * because no round date was given. `organisation-names-read`: organisation texts other than exact ids (display names,
 * other case or spacing) were read as ids, listed with their rows.
 *
 * @category Assessment
 */
export type AnswersNotice =
  | { readonly code: 'organisations-undated'; readonly message: string }
  | { readonly code: 'organisation-names-read'; readonly names: readonly OrganisationNameRead[]; readonly message: string };

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
  /** How organisation ids were checked and read, when worth saying; never a problem. */
  readonly notices: readonly AnswersNotice[];
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
   * The organisations answers may name; any other is an `unknown-organisation` issue with a "did you mean". Default:
   * with the programme's own framework (id `effective-cancer-alliance`), `'programme'`: the Cancer Alliances of the
   * bundled programme data in force at `date` (every one the data knows, with a notice, when `date` is not given);
   * with any other framework, `'any'`: every id as written. Or a list of ids or `{ id, name }`. Matched exactly, then
   * in any case and spacing, by id or display name ("Greater Manchester Cancer Alliance"); each text read as an id
   * other than itself is counted in the `organisation-names-read` notice.
   */
  readonly organisations?: OrganisationsOption | undefined;
  /** The round's date (`yyyy-mm-dd` or a Date): with `organisations: 'programme'`, the alliances in force that day. */
  readonly date?: string | Date | undefined;
  /** Answer spellings of the caller's own, e.g. `{ "Bit unsure": 'dont-know', "Sometimes": 3 }`. */
  readonly spellings?: AnswerSpellings | undefined;
  /** A file name to put in every issue's location. */
  readonly file?: string | undefined;
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
