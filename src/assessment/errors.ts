import { freezeIssue, ValidationError, type IssueLocation } from '../internal/error.js';

/**
 * A cell that a row must fill: the organisation, the respondent and (long layout) the item.
 *
 * @category Assessment
 */
export type RequiredAnswerField = 'organisation_id' | 'respondent_id' | 'item_id';

/**
 * Why a CSV row could not be split into cells reliably: a quote never closed, text after a closing quote, or
 * filled cells beyond the columns the header names.
 *
 * @category Assessment
 */
export type MalformedRowReason = 'unterminated-quote' | 'invalid-quote' | 'cells-outside-header';

/**
 * What went wrong, without its wording: one union member per `code`.
 * Row problems (returned in the `issues` of an import) and whole-input problems (thrown in an `AnswersError`)
 * share this union. docs/survey-data.md lists every code with what to do.
 *
 * @category Assessment
 */
export type AnswerIssueDetail =
  | UnknownItemDetail
  | UnknownOrganisationDetail
  | ValueOutsideScaleDetail
  | UnrecognisedAnswerDetail
  | DuplicateAnswerDetail
  | DuplicateRespondentDetail
  | EmptyRequiredCellDetail
  | ConflictingGroupDetail
  | CellTooLongDetail
  | MalformedRowDetail
  | CommentWithoutAnswerDetail
  | UnknownColumnDetail
  | InvalidRecordDetail
  | InvalidFieldDetail
  | NoHeaderDetail
  | MissingColumnDetail
  | DuplicateColumnDetail
  | UndetectableLayoutDetail
  | NoItemColumnsDetail
  | TooLargeDetail
  | InvalidJsonDetail
  | InvalidShapeDetail
  | DuplicateKeyDetail
  | TooDeepDetail
  | SimilarIdDetail
  | TooManyIssuesDetail;

/**
 * The item id is not in the framework (long layout: a cell; wide layout: a column, reported once without a row).
 *
 * @category Assessment
 */
export interface UnknownItemDetail {
  /** The issue's code. */
  readonly code: 'unknown-item';
  /** The item id as written (unknown items) or the framework's id (other issues). */
  readonly itemId: string;
}

/**
 * The organisation id is not one of `options.organisations`.
 *
 * @category Assessment
 */
export interface UnknownOrganisationDetail {
  /** The issue's code. */
  readonly code: 'unknown-organisation';
  /** The organisation id as written. */
  readonly organisationId: string;
}

/**
 * A number that is not a value of the item's scale.
 *
 * @category Assessment
 */
export interface ValueOutsideScaleDetail {
  /** The issue's code. */
  readonly code: 'value-outside-scale';
  /** The item id as written (unknown items) or the framework's id (other issues). */
  readonly itemId: string;
  /** The number given. */
  readonly value: number;
  /** The id of the item's scale. */
  readonly scaleId: string;
  /** The values of the scale, lowest first. */
  readonly values: readonly number[];
}

/**
 * Text that is neither a value, a level label, "don't know" nor "not applicable".
 *
 * @category Assessment
 */
export interface UnrecognisedAnswerDetail {
  /** The issue's code. */
  readonly code: 'unrecognised-answer';
  /** The item id as written (unknown items) or the framework's id (other issues). */
  readonly itemId: string;
  /** The text given, trimmed. */
  readonly text: string;
  /** The usual spellings of the answers to this item. */
  readonly accepted: readonly string[];
}

/**
 * A second answer by the same respondent of the same organisation to the same item.
 *
 * @category Assessment
 */
export interface DuplicateAnswerDetail {
  /** The issue's code. */
  readonly code: 'duplicate-answer';
  /** The organisation, as matched (the listed spelling when `organisations` were given). */
  readonly organisationId: string;
  /** The respondent id, trimmed. */
  readonly respondentId: string;
  /** The item id as written (unknown items) or the framework's id (other issues). */
  readonly itemId: string;
  /** The row of the answer that was kept. */
  readonly firstRow: number;
}

/**
 * Wide layout: the same respondent of the same organisation on a second row.
 *
 * @category Assessment
 */
export interface DuplicateRespondentDetail {
  /** The issue's code. */
  readonly code: 'duplicate-respondent';
  /** The organisation, as matched (the listed spelling when `organisations` were given). */
  readonly organisationId: string;
  /** The respondent id, trimmed. */
  readonly respondentId: string;
  /** The respondent's first row, the one kept. */
  readonly firstRow: number;
}

/**
 * A required cell is empty.
 *
 * @category Assessment
 */
export interface EmptyRequiredCellDetail {
  /** The issue's code. */
  readonly code: 'empty-required-cell';
  /** Which cell. */
  readonly field: RequiredAnswerField;
}

/**
 * A respondent given a different group from the one first given for them.
 *
 * @category Assessment
 */
export interface ConflictingGroupDetail {
  /** The issue's code. */
  readonly code: 'conflicting-group';
  /** The organisation, as matched (the listed spelling when `organisations` were given). */
  readonly organisationId: string;
  /** The respondent id, trimmed. */
  readonly respondentId: string;
  /** The group given on this row. */
  readonly group: string;
  /** The group first given, which is kept. */
  readonly firstGroup: string;
  /** The row where the first group was given. */
  readonly firstRow: number;
}

/**
 * A cell longer than its limit (10,000 characters; 200 for ids and groups).
 *
 * @category Assessment
 */
export interface CellTooLongDetail {
  /** The issue's code. */
  readonly code: 'cell-too-long';
  /** The cell's length in characters (UTF-16 units), after trimming. */
  readonly length: number;
  /** The most allowed. */
  readonly limit: number;
}

/**
 * A CSV row that could not be split into cells reliably.
 *
 * @category Assessment
 */
export interface MalformedRowDetail {
  /** The issue's code. */
  readonly code: 'malformed-row';
  /** What is wrong with it. */
  readonly reason: MalformedRowReason;
}

/**
 * A comment given for an item that has no answer on that row; the comment was not kept.
 *
 * @category Assessment
 */
export interface CommentWithoutAnswerDetail {
  /** The issue's code. */
  readonly code: 'comment-without-answer';
  /** The item id as written (unknown items) or the framework's id (other issues). */
  readonly itemId: string;
}

/**
 * A column that is not used and was ignored (long layout: any extra column; wide: a `comment:` column for an
 * unknown item).
 *
 * @category Assessment
 */
export interface UnknownColumnDetail {
  /** The issue's code. */
  readonly code: 'unknown-column';
  /** The column's header as written. */
  readonly name: string;
}

/**
 * JSON: an element that is not an object.
 *
 * @category Assessment
 */
export interface InvalidRecordDetail {
  /** The issue's code. */
  readonly code: 'invalid-record';
  /** What the element is instead, e.g. "a string". */
  readonly received: string;
}

/**
 * JSON: a field of an answer object missing, of the wrong type, or not allowed.
 *
 * @category Assessment
 */
export interface InvalidFieldDetail {
  /** The issue's code. */
  readonly code: 'invalid-field';
  /** The field's name (for fields not allowed, their names joined by commas). */
  readonly field: string;
  /** What is wrong with it. */
  readonly detail: string;
}

/**
 * The input has no header row (it is empty or blank).
 *
 * @category Assessment
 */
export interface NoHeaderDetail {
  /** The issue's code. */
  readonly code: 'no-header';
}

/**
 * The header lacks columns that the layout needs.
 *
 * @category Assessment
 */
export interface MissingColumnDetail {
  /** The issue's code. */
  readonly code: 'missing-column';
  /** The layout whose columns are missing. */
  readonly layout: 'long' | 'wide';
  /** The columns missing, by their canonical names. */
  readonly missing: readonly string[];
  /** The header's columns as written. */
  readonly found: readonly string[];
}

/**
 * The header names the same column twice (after aliases and case are taken into account).
 *
 * @category Assessment
 */
export interface DuplicateColumnDetail {
  /** The issue's code. */
  readonly code: 'duplicate-column';
  /** The column's canonical name (or item id). */
  readonly name: string;
  /** The 1-based positions of the columns that clash. */
  readonly columns: readonly number[];
}

/**
 * The header fits neither layout.
 *
 * @category Assessment
 */
export interface UndetectableLayoutDetail {
  /** The issue's code. */
  readonly code: 'undetectable-layout';
  /** The header's columns as written. */
  readonly found: readonly string[];
}

/**
 * Wide layout named, but no column of the header is an item id of the framework.
 *
 * @category Assessment
 */
export interface NoItemColumnsDetail {
  /** The issue's code. */
  readonly code: 'no-item-columns';
  /** The header's columns as written. */
  readonly found: readonly string[];
}

/**
 * The text is larger than `options.maxBytes`.
 *
 * @category Assessment
 */
export interface TooLargeDetail {
  /** The issue's code. */
  readonly code: 'too-large';
  /** The text's size in UTF-8 bytes. */
  readonly bytes: number;
  /** The most allowed. */
  readonly maxBytes: number;
}

/**
 * JSON text that cannot be parsed.
 *
 * @category Assessment
 */
export interface InvalidJsonDetail {
  /** The issue's code. */
  readonly code: 'invalid-json';
  /** What is wrong, at the issue's line and column. */
  readonly detail: string;
}

/**
 * JSON that is neither an array of answers nor an object with an `answers` array.
 *
 * @category Assessment
 */
export interface InvalidShapeDetail {
  /** The issue's code. */
  readonly code: 'invalid-shape';
  /** What the JSON is instead, e.g. "a number". */
  readonly received: string;
}

/**
 * JSON: a key given twice in one object. In an answer object the element is rejected; anywhere else the whole input
 * is refused. `JSON.parse` would keep the last value silently.
 *
 * @category Assessment
 */
export interface DuplicateKeyDetail {
  /** The issue's code. */
  readonly code: 'duplicate-key';
  /** The key given twice. */
  readonly key: string;
}

/**
 * JSON text whose arrays and objects nest deeper than the reader allows (100 levels); an answers file nests 3.
 *
 * @category Assessment
 */
export interface TooDeepDetail {
  /** The issue's code. */
  readonly code: 'too-deep';
  /** The deepest nesting allowed. */
  readonly max: number;
}

/**
 * A warning, not a rejection: an organisation or respondent id that differs from one met earlier only in letter case
 * (read as two ids, as ids are compared exactly), or only in its Unicode form, NFC or NFD (read as the same id: ids are
 * read in NFC). The row is accepted.
 *
 * @category Assessment
 */
export interface SimilarIdDetail {
  /** The issue's code. */
  readonly code: 'similar-id';
  /** Which id. */
  readonly kind: 'organisation' | 'respondent';
  /** The id on this row (in NFC). */
  readonly id: string;
  /** The id met earlier that it resembles (in NFC). */
  readonly similar: string;
  /** `case`: they differ only in letter case; `normalisation`: they are one id written in two Unicode forms. */
  readonly how: 'case' | 'normalisation';
  /** The row where the earlier id was first met. */
  readonly firstRow: number;
  /** For a respondent: the organisation, as matched. */
  readonly organisationId?: string | undefined;
}

/**
 * More issues were found than `options.maxIssues`: this last issue counts those not listed. The accounting still
 * counts every row and cell.
 *
 * @category Assessment
 */
export interface TooManyIssuesDetail {
  /** The issue's code. */
  readonly code: 'too-many-issues';
  /** How many issues were found but not listed. */
  readonly more: number;
  /** The most listed (`options.maxIssues`). */
  readonly max: number;
}

/**
 * The code of an answer issue, e.g. `'unknown-item'`.
 *
 * @category Assessment
 */
export type AnswerIssueCode = AnswerIssueDetail['code'];

/**
 * One problem found in survey answers: what (`code` and its data), where (`location`), a message and a hint
 * saying what to do.
 *
 * @category Assessment
 */
export type AnswerIssue = AnswerIssueDetail & {
  /** One sentence saying what is wrong, naming the column where there is one. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  /** Where it was found. */
  readonly location: IssueLocation;
};

const SPELLINGS_HINT = 'Write a value of the scale (e.g. 3), a level label (e.g. "Developing"), "DK" or "Don\'t know", or "NA" or "N/A".';

function list(values: readonly (string | number)[], limit = 12): string {
  // Each text clipped: a header cell can hold megabytes, and a message is one line.
  const shown = values.slice(0, limit).map((value) => (typeof value === 'number' ? String(value) : `"${clip(value)}"`));
  if (values.length > limit) shown.push(`… (${values.length - limit} more)`);
  return shown.length === 0 ? 'nothing' : shown.join(', ');
}

function columnPrefix(location: IssueLocation): string {
  return location.columnName !== undefined && location.columnName !== '' ? `column "${clip(location.columnName)}": ` : '';
}

function respondentOf(detail: SimilarIdDetail): string {
  return detail.organisationId === undefined ? '' : ` of "${clip(detail.organisationId)}"`;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Builds the message and hint of an issue: the only place where issue wording lives. */
function describe(detail: AnswerIssueDetail, location: IssueLocation): { message: string; hint: string } {
  const at = columnPrefix(location);
  switch (detail.code) {
    case 'unknown-item':
      return location.row === undefined
        ? {
            message: `${at}"${clip(detail.itemId)}" is not an item id of the framework; the column was ignored and its answers rejected`,
            hint: 'Name each answer column by an item id of the framework (e.g. "T1.C1"), exactly as in the CSV template; remove columns that are not items.',
          }
        : {
            message: `${at}"${clip(detail.itemId)}" is not an item id of the framework`,
            hint: 'Use an item id of the framework (e.g. "T1.C1"); the survey instrument and the CSV templates list them all.',
          };
    case 'unknown-organisation':
      return {
        message: `${at}"${clip(detail.organisationId)}" is not one of the organisations being assessed`,
        hint: 'Correct the organisation id, or add the organisation to the list passed as `organisations`.',
      };
    case 'value-outside-scale':
      return {
        message: `${at}${detail.value} is not a value of the scale "${detail.scaleId}" used by ${detail.itemId} (values: ${detail.values.join(', ')})`,
        hint: `Use one of ${detail.values.join(', ')}, or "DK" / "NA" for the answers that do not score.`,
      };
    case 'unrecognised-answer':
      return {
        message: `${at}"${clip(detail.text)}" is not an answer to ${detail.itemId}`,
        hint: `${SPELLINGS_HINT} Accepted: ${list(detail.accepted, 16)}.`,
      };
    case 'duplicate-answer':
      return {
        message: `${at}respondent "${detail.respondentId}" of "${detail.organisationId}" already answered ${detail.itemId} on row ${detail.firstRow}; this second answer was rejected`,
        hint: 'Keep one answer per respondent per item: delete the wrong row, or give the second respondent their own respondent id.',
      };
    case 'duplicate-respondent':
      return {
        message: `${at}respondent "${detail.respondentId}" of "${detail.organisationId}" already has a row (row ${detail.firstRow}); this row was rejected`,
        hint: 'Give each respondent one row in the wide layout; merge the two rows or give them different respondent ids.',
      };
    case 'empty-required-cell':
      return {
        message: `${at}the ${detail.field} cell is empty`,
        hint: `Fill in the ${detail.field} on every row that holds answers, or delete the row.`,
      };
    case 'conflicting-group':
      return {
        message: `${at}respondent "${detail.respondentId}" of "${detail.organisationId}" is in group "${detail.group}" here but in "${detail.firstGroup}" on row ${detail.firstRow}`,
        hint: 'Give each respondent one group on all their rows (or leave the group blank after the first).',
      };
    case 'cell-too-long':
      return {
        message: `${at}the cell holds ${detail.length} characters, more than the ${detail.limit} allowed`,
        hint:
          detail.limit < 10_000
            ? `Shorten it to at most ${detail.limit} characters; ids and groups are short codes, not text.`
            : `Shorten it to at most ${detail.limit} characters; a cell this long is usually a sign of a broken quote.`,
      };
    case 'malformed-row':
      switch (detail.reason) {
        case 'unterminated-quote':
          return {
            message: 'a quoted cell on this row is never closed, so the rest of the file was read into it; the row was rejected',
            hint: 'Close the quote (a quote inside a quoted cell is written twice: ""), then read the file again: the rows after this one were not read.',
          };
        case 'invalid-quote':
          return {
            message: 'a quoted cell on this row has text after its closing quote; the row was rejected',
            hint: 'Quote the whole cell and double each quote inside it, e.g. "He said ""yes""".',
          };
        case 'cells-outside-header':
          return {
            message: 'the row has filled cells beyond the columns named in the header; the row was rejected',
            hint: 'Quote any cell that holds the delimiter (e.g. a comment with a comma), or name the extra columns in the header.',
          };
      }
      break;
    case 'comment-without-answer':
      return {
        message: `${at}a comment was given for ${detail.itemId} but no answer, so the comment was not kept`,
        hint: 'Give an answer to the item (a value, "DK" or "NA") to keep its comment.',
      };
    case 'unknown-column':
      return {
        message: `${at}the column "${clip(detail.name)}" is not used and was ignored`,
        hint: 'Remove the column, or rename it to one of the columns of the layout (see docs/survey-data.md).',
      };
    case 'invalid-record':
      return {
        message: `the element is ${detail.received}, not an answer object`,
        hint: 'Give each answer as an object with organisationId, respondentId, itemId and answer.',
      };
    case 'invalid-field':
      return {
        message: `${detail.field === '' ? 'the answer' : `the field "${clip(detail.field)}"`}: ${detail.detail}`,
        hint: 'Give organisationId, respondentId and itemId as strings, answer as a number or text (or null when missing), and respondentGroup and comment as strings; no other fields.',
      };
    case 'no-header':
      return {
        message: 'the input has no header row',
        hint: 'Start the file with a header row, e.g. organisation_id,respondent_id,item_id,answer (see the CSV templates).',
      };
    case 'missing-column':
      return {
        message: `the ${detail.layout} layout needs the column${detail.missing.length === 1 ? '' : 's'} ${list(detail.missing)}, but the header has ${list(detail.found)}`,
        hint: 'Add or rename the columns; header names ignore case, and aliases such as "organisation", "respondent", "item" and "response" are accepted.',
      };
    case 'duplicate-column':
      return {
        message: `the header names "${detail.name}" more than once (columns ${detail.columns.join(', ')})`,
        hint: 'Keep one column for each name; aliases (e.g. "organisation" and "org") count as the same column.',
      };
    case 'undetectable-layout':
      return {
        message: `the header fits neither the long layout (item_id and answer columns) nor the wide layout (one column per item id); it has ${list(detail.found)}`,
        hint: 'Use one of the CSV templates from buildSurveyInstrument(framework), or name the layout in the options.',
      };
    case 'no-item-columns':
      return {
        message: `the wide layout needs one column per item id, but no column of the header is an item of the framework; it has ${list(detail.found)}`,
        hint: 'Name each answer column by its item id (e.g. "T1.C1"), as in the wide CSV template.',
      };
    case 'too-large':
      return {
        message: `the input is ${detail.bytes} bytes (UTF-8), more than the ${detail.maxBytes} allowed`,
        hint: 'Split the file (e.g. one file per organisation), or raise the maxBytes option if the size is expected.',
      };
    case 'invalid-json':
      return {
        message: `the text is not valid JSON: ${detail.detail}`,
        hint: 'Check the JSON with a validator; answers are an array of objects, or an object with an "answers" array.',
      };
    case 'invalid-shape':
      return {
        message: `expected an array of answers or an object with an "answers" array, but got ${detail.received}`,
        hint: 'Give the answers as [{ "organisationId": …, "respondentId": …, "itemId": …, "answer": … }, …] or { "answers": [ … ] }.',
      };
    case 'duplicate-key':
      return location.row === undefined
        ? {
            message: `the key "${clip(detail.key)}" is given twice in the same object, so the input cannot be read without losing one`,
            hint: 'Give each key once: put all the answers in one "answers" array.',
          }
        : {
            message: `the key "${clip(detail.key)}" is given twice in the same answer object; the element was rejected`,
            hint: 'Give each field of an answer once; a second answer goes in an object of its own.',
          };
    case 'too-deep':
      return {
        message: `arrays and objects nest more than ${detail.max} levels deep, far deeper than answers do`,
        hint: 'Give the answers as an array of flat answer objects, or { "answers": [ … ] }.',
      };
    case 'similar-id':
      return detail.how === 'case'
        ? {
            message: `${at}the ${detail.kind} id "${clip(detail.id)}"${respondentOf(detail)} differs only in case from "${clip(detail.similar)}" (row ${detail.firstRow}); they are read as two ${detail.kind}s`,
            hint: `If they are one ${detail.kind}, write the id the same way on every row: ids are compared exactly, case included.`,
          }
        : {
            message: `${at}the ${detail.kind} id "${clip(detail.id)}"${respondentOf(detail)} is written here in another Unicode form than on row ${detail.firstRow}; both are read as the same ${detail.kind}`,
            hint: 'Nothing to do if they are one: ids are read in Unicode NFC, so the two spellings are one id. Save the file in one form to silence this.',
          };
    case 'too-many-issues':
      return {
        message: `${detail.more} more ${detail.more === 1 ? 'issue was' : 'issues were'} found and not listed: at most ${detail.max} are listed (the accounting counts every row)`,
        hint: 'Correct the issues listed and read the file again, or raise the maxIssues option to list more.',
      };
  }
  return { message: 'unknown issue', hint: '' };
}

/**
 * Builds a frozen issue from what went wrong and where, writing its message and hint. Internal: issues reach users
 * through results and errors.
 */
export function answerIssue(detail: AnswerIssueDetail, location: IssueLocation): AnswerIssue {
  const { message, hint } = describe(detail, location);
  return freezeIssue({ ...detail, message, hint, location: { ...location } });
}

/**
 * Thrown when survey answers cannot be read as a whole: no header, required columns missing, a layout that cannot
 * be told, a text larger than allowed, or JSON that cannot be parsed. Problems with single rows are never thrown:
 * they are returned as issues of the import.
 *
 * @example
 * ```ts
 * try {
 *   parseAnswersCsv('respondent,answer\nr1,3\n', { framework });
 * } catch (error) {
 *   if (error instanceof AnswersError) error.issues[0]?.code; // 'missing-column'
 * }
 * ```
 * @category Assessment
 */
export class AnswersError extends ValidationError<AnswerIssue> {
  /** Always `'AnswersError'`. */
  override readonly name = 'AnswersError';
}

/** Throws an {@link AnswersError} with a single issue. */
export function throwAnswersError(summary: string, detail: AnswerIssueDetail, location: IssueLocation): never {
  throw new AnswersError(summary, [answerIssue(detail, location)]);
}
