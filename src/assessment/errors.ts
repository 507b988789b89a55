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
  | TooManyIssuesDetail
  | InvalidSurveyJsResultsDetail
  | EncodingDetectedDetail
  | InvalidEncodingDetail
  | WorkbookIssueDetail;

/**
 * The problems only a workbook (`.xlsx`, read by `cancer-alliance-framework/xlsx`) can have: notes on rows and columns
 * that were read but deserve a look (returned in the `issues` of an import), and the reasons a workbook is refused
 * whole (thrown in an `AnswersError`). docs/survey-data.md lists each with what to do.
 *
 * @category Assessment
 */
export type WorkbookIssueDetail =
  | RowAboveHeaderDetail
  | HiddenRowDetail
  | HiddenColumnDetail
  | NotAWorkbookDetail
  | EncryptedWorkbookDetail
  | MacroWorkbookDetail
  | ExternalLinkDetail
  | XmlDoctypeDetail
  | InvalidWorkbookDetail
  | InflationLimitDetail
  | ZipBombDetail
  | TooManySheetsDetail
  | TooManyRowsDetail
  | TooManyCellsDetail
  | SheetNotFoundDetail;

/** The issues of the text readers (CSV, rows, JSON): everything but a workbook's. Internal. */
export type TextIssueDetail = Exclude<AnswerIssueDetail, WorkbookIssueDetail>;

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
  /** The item id it was probably meant to be (a few letters off, or a question text a few words off), if any. */
  readonly suggestion?: string;
}

/**
 * The organisation id names none of the organisations answers may name (`options.organisations`: with the programme's
 * framework, by default, the Cancer Alliances in force at the round's date), by id or by name.
 *
 * @category Assessment
 */
export interface UnknownOrganisationDetail {
  /** The issue's code. */
  readonly code: 'unknown-organisation';
  /** The organisation id as written. */
  readonly organisationId: string;
  /** The id most like it, when one is near enough to be a slip ("did you mean"); else null. */
  readonly suggestion: string | null;
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
  /** The accepted spelling most like the text, when one is near enough to be a slip ("did you mean"); else null. */
  readonly suggestion: string | null;
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
 * Why SurveyJS results (read by `cancer-alliance-framework/surveyjs`) cannot be read as a whole.
 *
 * @category Assessment
 */
export type SurveyJsResultsProblem = 'syntax' | 'shape' | 'duplicate-key' | 'same-question' | 'too-deep' | 'too-many-keys';

/**
 * SurveyJS results that cannot be read as a whole: text that is not JSON (or JSON Lines), JSON that holds no results,
 * a key given twice in one object, nesting deeper than allowed, or more different keys than any survey has.
 *
 * @category Assessment
 */
export interface InvalidSurveyJsResultsDetail {
  /** The issue's code. */
  readonly code: 'invalid-surveyjs-results';
  /** What is wrong. */
  readonly problem: SurveyJsResultsProblem;
  /**
   * What was found: the JSON reader's message (`syntax`), what the JSON is instead (`shape`, e.g. "a number"), the
   * key given twice (`duplicate-key`), the keys of one result that name the same question (`same-question`, e.g.
   * `"T1_C1", "T1.C1"`), or the limit passed (`too-deep`, `too-many-keys`).
   */
  readonly detail: string;
}

/**
 * Why bytes were read in an encoding other than UTF-8: a byte order mark said so (`FF FE`: UTF-16LE, Excel's "Unicode
 * Text"), every other byte is zero (UTF-16 without a byte order mark), or the bytes are not UTF-8 and were read as
 * Windows-1252 (Excel's "CSV (Comma delimited)" saved on Windows).
 *
 * @category Assessment
 */
export type EncodingReason = 'byte-order-mark' | 'zero-bytes' | 'not-utf-8';

/**
 * Bytes whose encoding was told (`encoding: 'auto'`, the default) and is not UTF-8: a note, changing no count, that
 * says what was found. Name the encoding (`options.encoding`, the CLI's `--encoding`) to read such files without it.
 *
 * @category Assessment
 */
export interface EncodingDetectedDetail {
  /** The issue's code. */
  readonly code: 'encoding-detected';
  /** The encoding the bytes were read in. */
  readonly encoding: 'windows-1252' | 'utf-16le' | 'utf-16be';
  /** What told it. */
  readonly reason: EncodingReason;
  /** For `not-utf-8`: the 0-based offset of the first byte that is not UTF-8. */
  readonly offset?: number;
  /** For `not-utf-8`: that byte, e.g. 0x92 (Windows-1252's right single quotation mark ’). */
  readonly byte?: number;
}

/**
 * Bytes that are not valid in the encoding named by `options.encoding` (UTF-8 or UTF-16): thrown.
 *
 * @category Assessment
 */
export interface InvalidEncodingDetail {
  /** The issue's code. */
  readonly code: 'invalid-encoding';
  /** The encoding named. */
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** The 0-based offset of the first byte that is not valid. */
  readonly offset: number;
}

/**
 * Workbooks: a row above the header that holds something (a title, a note). It is not read as data; the header is
 * the first row naming the organisation and respondent columns.
 *
 * @category Assessment
 */
export interface RowAboveHeaderDetail {
  /** The issue's code. */
  readonly code: 'row-above-header';
  /** The text of the row's first filled cell (at most 200 characters). */
  readonly text: string;
}

/**
 * Workbooks: a data row that is hidden in the sheet. It was read like any other row; the note says so, since a
 * hidden row is easily forgotten.
 *
 * @category Assessment
 */
export interface HiddenRowDetail {
  /** The issue's code. */
  readonly code: 'hidden-row';
}

/**
 * Workbooks: a named column that is hidden in the sheet. It was read like any other column.
 *
 * @category Assessment
 */
export interface HiddenColumnDetail {
  /** The issue's code. */
  readonly code: 'hidden-column';
  /** The column's header as written. */
  readonly name: string;
}

/**
 * The bytes are not an Excel workbook (`.xlsx`): not a ZIP archive at all (`'not-a-zip'`), a legacy `.xls` file
 * (`'xls'`), a binary `.xlsb` workbook (`'xlsb'`), an OpenDocument spreadsheet (`'ods'`), or a ZIP archive with no
 * workbook in it (`'no-workbook'`).
 *
 * @category Assessment
 */
export interface NotAWorkbookDetail {
  /** The issue's code. */
  readonly code: 'not-a-workbook';
  /** What the bytes are instead. */
  readonly reason: 'not-a-zip' | 'xls' | 'xlsb' | 'ods' | 'no-workbook';
}

/**
 * The workbook is protected by a password (encrypted): it cannot be read without it.
 *
 * @category Assessment
 */
export interface EncryptedWorkbookDetail {
  /** The issue's code. */
  readonly code: 'encrypted-workbook';
}

/**
 * The workbook carries macros (a VBA project, Excel 4.0 macro sheets) or ActiveX controls: refused, never run.
 *
 * @category Assessment
 */
export interface MacroWorkbookDetail {
  /** The issue's code. */
  readonly code: 'macro-workbook';
  /** The part of the workbook that holds them, e.g. `xl/vbaProject.bin`. */
  readonly part: string;
}

/**
 * The workbook reaches outside itself: a link to another workbook or file, a data connection, an external image or
 * object, or a formula that would fetch or run something (`WEBSERVICE`, `RTD`, a DDE link). Refused, never followed.
 *
 * @category Assessment
 */
export interface ExternalLinkDetail {
  /** The issue's code. */
  readonly code: 'external-link';
  /** The part of the workbook that holds the link, e.g. `xl/externalLinks/externalLink1.xml`. */
  readonly part: string;
  /** Where it points, or the formula (at most 200 characters). */
  readonly target: string;
}

/**
 * A part of the workbook declares a DTD or entities (`<!DOCTYPE`, `<!ENTITY`), which Office files never do and which
 * entity-expansion attacks ("billion laughs") and external entities need. Refused before anything is expanded.
 *
 * @category Assessment
 */
export interface XmlDoctypeDetail {
  /** The issue's code. */
  readonly code: 'xml-doctype';
  /** The part that declares it, e.g. `xl/sharedStrings.xml`. */
  readonly part: string;
}

/**
 * The workbook is damaged or not made as the format requires: a broken ZIP archive (a truncated download, a wrong
 * checksum, an unsafe or repeated part name), XML that is not well formed, or cells that do not add up.
 *
 * @category Assessment
 */
export interface InvalidWorkbookDetail {
  /** The issue's code. */
  readonly code: 'invalid-workbook';
  /** The part concerned, e.g. `xl/worksheets/sheet1.xml`; null for the archive as a whole. */
  readonly part: string | null;
  /** What is wrong, in a few words. */
  readonly detail: string;
}

/**
 * The workbook's parts would take more than `maxUncompressedBytes` once uncompressed. Checked against the sizes the
 * archive declares, before anything is uncompressed.
 *
 * @category Assessment
 */
export interface InflationLimitDetail {
  /** The issue's code. */
  readonly code: 'inflation-limit';
  /** The part that took the total over the limit. */
  readonly part: string;
  /** The uncompressed size of the parts up to and including it, in bytes. */
  readonly bytes: number;
  /** The most allowed. */
  readonly maxUncompressedBytes: number;
}

/**
 * A part of the archive claims a size that no spreadsheet's data compresses to (over 1 MiB and more than 100 times its
 * compressed size, or more than DEFLATE can give: `'ratio'`), or uncompresses to more than it claims (`'overrun'`):
 * the marks of a zip bomb. Refused as soon as it shows, before the memory fills.
 *
 * @category Assessment
 */
export interface ZipBombDetail {
  /** The issue's code. */
  readonly code: 'zip-bomb';
  /** The part concerned. */
  readonly part: string;
  /** Which mark it bears. */
  readonly reason: 'ratio' | 'overrun';
  /** The uncompressed size it claims, in bytes. */
  readonly declaredBytes: number;
  /** Its compressed size, in bytes. */
  readonly compressedBytes: number;
}

/**
 * The workbook has more sheets than `maxSheets`.
 *
 * @category Assessment
 */
export interface TooManySheetsDetail {
  /** The issue's code. */
  readonly code: 'too-many-sheets';
  /** The number of sheets found. */
  readonly sheets: number;
  /** The most allowed. */
  readonly maxSheets: number;
}

/**
 * The sheet read has more rows holding a value than `maxRows`. Reading stopped there.
 *
 * @category Assessment
 */
export interface TooManyRowsDetail {
  /** The issue's code. */
  readonly code: 'too-many-rows';
  /** The most allowed. */
  readonly maxRows: number;
}

/**
 * The sheet read has more cells than `maxCells` (each row counted up to its last filled cell), or the workbook more
 * distinct texts. Reading stopped there.
 *
 * @category Assessment
 */
export interface TooManyCellsDetail {
  /** The issue's code. */
  readonly code: 'too-many-cells';
  /** The most allowed. */
  readonly maxCells: number;
}

/**
 * The sheet named in `options.sheet` is not in the workbook (or the workbook has no worksheet at all).
 *
 * @category Assessment
 */
export interface SheetNotFoundDetail {
  /** The issue's code. */
  readonly code: 'sheet-not-found';
  /** The name asked for; empty when none was (the workbook has no worksheet). */
  readonly sheet: string;
  /** The names of the workbook's worksheets, in order. */
  readonly sheets: readonly string[];
  /** The sheet most like the name asked for, when one is close; else null. */
  readonly suggestion: string | null;
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

function didYouMean(suggestion: string | null): string {
  return suggestion === null ? '' : `Did you mean "${clip(suggestion)}"? `;
}

function columnPrefix(location: IssueLocation): string {
  return location.columnName !== undefined && location.columnName !== '' ? `column "${clip(location.columnName)}": ` : '';
}

function respondentOf(detail: SimilarIdDetail): string {
  return detail.organisationId === undefined ? '' : ` of "${clip(detail.organisationId)}"`;
}

/** A suggestion inside a message: ` (did you mean "T1.C1"?)`. */
function meant(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Builds the message and hint of an issue: the only place where issue wording lives. */
function describe(detail: TextIssueDetail, location: IssueLocation): { message: string; hint: string } {
  const at = columnPrefix(location);
  switch (detail.code) {
    case 'unknown-item':
      return location.row === undefined
        ? {
            message: `${at}"${clip(detail.itemId)}" is not an item id or question of the framework${meant(detail.suggestion)}; the column was ignored and its answers rejected`,
            hint: 'Name each answer column by an item id of the framework (e.g. "T1.C1"), exactly as in the CSV template; remove columns that are not items.',
          }
        : {
            message: `${at}"${clip(detail.itemId)}" is not an item id of the framework${meant(detail.suggestion)}`,
            hint: 'Use an item id of the framework (e.g. "T1.C1"); the survey instrument and the CSV templates list them all.',
          };
    case 'unknown-organisation':
      return {
        message: `${at}"${clip(detail.organisationId)}" is not one of the organisations being assessed`,
        hint:
          `${didYouMean(detail.suggestion)}Give the id (or the name) of an organisation being assessed: with the programme's framework, ` +
          "a Cancer Alliance in force at the round's date (organisationsAt lists them); otherwise one of `organisations`.",
      };
    case 'value-outside-scale':
      return {
        message: `${at}${detail.value} is not a value of the scale "${detail.scaleId}" used by ${detail.itemId} (values: ${detail.values.join(', ')})`,
        hint: `Use one of ${detail.values.join(', ')}, or "DK" / "NA" for the answers that do not score.`,
      };
    case 'unrecognised-answer':
      return {
        message: `${at}"${clip(detail.text)}" is not an answer to ${detail.itemId}`,
        hint: `${didYouMean(detail.suggestion)}${SPELLINGS_HINT} Accepted: ${list(detail.accepted, 16)}; add your own with the \`spellings\` option (the CLI's --spellings <file>).`,
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
    case 'encoding-detected': {
      const name = detail.encoding === 'windows-1252' ? 'Windows-1252' : detail.encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
      const why =
        detail.reason === 'byte-order-mark'
          ? `it starts with a ${name} byte order mark (as Excel's "Unicode Text" does)`
          : detail.reason === 'zero-bytes'
            ? 'every other byte is 0x00, as in UTF-16 text without a byte order mark'
            : `it is not UTF-8: the first byte that is not is 0x${(detail.byte ?? 0).toString(16).toUpperCase().padStart(2, '0')} at byte offset ${detail.offset ?? 0}, so it was read as Windows-1252 (Excel's "CSV (Comma delimited)" on Windows)`;
      return {
        message: `the file was read as ${name} text: ${why}`,
        hint:
          detail.encoding === 'windows-1252'
            ? 'Check that accented letters and curly quotes read right; save the file as "CSV UTF-8 (Comma delimited)", or name the encoding (encoding: \'windows-1252\', --encoding windows-1252), to read it without this note.'
            : `Name the encoding (encoding: '${detail.encoding}', --encoding ${detail.encoding}), or save the file as UTF-8, to read it without this note.`,
      };
    }
    case 'invalid-encoding':
      return {
        message: `the bytes are not valid ${detail.encoding === 'utf-8' ? 'UTF-8' : detail.encoding.toUpperCase()}: the first bad byte is at byte offset ${detail.offset}`,
        hint: "Name the encoding the file was saved in (encoding: 'windows-1252' for Excel's \"CSV (Comma delimited)\" on Windows), or leave it to 'auto'.",
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
    case 'invalid-surveyjs-results':
      return describeSurveyJsProblem(detail.problem, detail.detail);
  }
  return { message: 'unknown issue', hint: '' };
}

function describeSurveyJsProblem(problem: SurveyJsResultsProblem, found: string): { message: string; hint: string } {
  switch (problem) {
    case 'syntax':
      return {
        message: `the text is not valid JSON: ${found}`,
        hint: 'SurveyJS results are JSON: one result (the survey.data object), an array of results, or one result per line (JSON Lines).',
      };
    case 'shape':
      return {
        message: `expected SurveyJS results (an object of answers keyed by question name, or an array of them), but got ${found}`,
        hint: 'Give each result as SurveyJS stores it, e.g. {"organisation": "…", "T1_C1": 3}, or wrapped as {"id": "r1", "data": {…}}.',
      };
    case 'duplicate-key':
      return {
        message: `the key "${clip(found)}" is given twice in the same object, so which value is meant cannot be told`,
        hint: 'Give each key once in each object: JSON readers disagree on which of two values wins.',
      };
    case 'same-question':
      return {
        message: `the keys ${found} of one result name the same question, so which answer is meant cannot be told`,
        hint: 'Give each question once in each result: by its SurveyJS name (e.g. "T1_C1") or by its item id (e.g. "T1.C1"), not both.',
      };
    case 'too-deep':
      return {
        message: `the JSON is nested more than ${found} levels deep`,
        hint: 'SurveyJS results of this survey are a few levels deep; check that the file is the results, not something else.',
      };
    case 'too-many-keys':
      return {
        message: `the results use more than ${found} different keys`,
        hint: 'A result has one key per question; check that the file holds the results of a survey built by buildSurveyJsDefinition.',
      };
  }
}

/**
 * Builds a frozen issue from what went wrong and where, writing its message and hint. Internal: issues reach users
 * through results and errors.
 */
export function answerIssue(detail: TextIssueDetail, location: IssueLocation): AnswerIssue {
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
export function throwAnswersError(summary: string, detail: TextIssueDetail, location: IssueLocation): never {
  throw new AnswersError(summary, [answerIssue(detail, location)]);
}
