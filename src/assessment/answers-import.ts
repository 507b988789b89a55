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
  /**
   * Cells of the columns set aside, not answers and so not in `cellsRead`: one per set-aside column per row read.
   * The set-aside columns are Microsoft Forms' metadata (`Start time`, `Completion time`, `Email`, `Name`, ...; see
   * docs/survey-data.md); they are neither read nor rejected.
   */
  readonly cellsIgnored: number;
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
   * other than itself is counted in the `organisation-names-read` notice. Ids are read in Unicode NFC, these too.
   */
  readonly organisations?: OrganisationsOption | undefined;
  /** The round's date (`yyyy-mm-dd` or a Date): with `organisations: 'programme'`, the alliances in force that day. */
  readonly date?: string | Date | undefined;
  /** Answer spellings of the caller's own, e.g. `{ "Bit unsure": 'dont-know', "Sometimes": 3 }`. */
  readonly spellings?: AnswerSpellings | undefined;
  /** A file name to put in every issue's location. */
  readonly file?: string | undefined;
  /**
   * List at most this many issues; a last `too-many-issues` issue then says how many more were found. The
   * accounting counts every row and cell all the same. A whole number of at least 1; default 1,000.
   */
  readonly maxIssues?: number | undefined;
}

/**
 * Which columns of a survey built by hand hold what, by their headers (compared ignoring case, spacing, curly quotes
 * and leading numbering). Columns it does not name are read as usual: named columns by their names, item columns by
 * their item ids or question texts.
 *
 * @example
 * ```ts
 * const columns: AnswerColumns = {
 *   organisation: 'Which Cancer Alliance do you work in?',
 *   respondent: 'Email',
 *   group: 'Your role',
 *   items: { 'Our partners agree on priorities': 'T1.C1' },
 * };
 * ```
 * @category Assessment
 */
export interface AnswerColumns {
  /** The header of the column holding the organisation id (instead of `organisation_id`). */
  readonly organisation?: string | undefined;
  /**
   * The header of the column holding the respondent id (instead of `respondent_id`; in a Microsoft Forms export the
   * `ID` column serves when no column is named so).
   */
  readonly respondent?: string | undefined;
  /** The header of the column holding the respondent group (instead of `respondent_group`). */
  readonly group?: string | undefined;
  /** Header → item id, for answer columns headed by neither the item id nor the question text. */
  readonly items?: Readonly<Record<string, string>> | undefined;
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
  /** Which columns hold what, for a survey built by hand; see {@link AnswerColumns}. */
  readonly columns?: AnswerColumns | undefined;
  /**
   * How bytes are decoded when the input is given as bytes (a `Uint8Array` or an `ArrayBuffer`): `'auto'` (the
   * default) tells UTF-16 by its byte order mark, then takes UTF-8 when the bytes are valid UTF-8, else Windows-1252,
   * and says so in an `encoding-detected` issue. Ignored for text.
   */
  readonly encoding?: AnswersEncoding | undefined;
}

/**
 * The text encodings survey files come in: UTF-8 (with or without a byte order mark), Windows-1252 (Excel's "CSV
 * (Comma delimited)" saved on Windows), UTF-16 (Excel's "Unicode Text", tab-separated), or `'auto'` to tell them.
 *
 * @category Assessment
 */
export type AnswersEncoding = 'auto' | 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

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
