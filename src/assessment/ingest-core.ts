import type { Framework } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { IssueCap } from '../internal/limits.js';
import type { Answer, AnswerValue } from './answer.js';
import { BLANK, OUTSIDE, UNRECOGNISED, foldAnswerText, nfc, parseAnswerNumber, readAnswerText, readerOf } from './answer-text.js';
import type { FrameworkReader, ItemEntry, ScaleReader } from './answer-text.js';
import type { AnswerColumns, AnswersImport, AnswersLayout, AnswersNotice } from './answers-import.js';
import { answerIssue, throwAnswersError } from './errors.js';
import { WideLineScanner } from './wide-line.js';
import { suggestSpelling } from './answer-spellings.js';
import { OrganisationResolver, type OrganisationCheck } from './organisation-check.js';
import { headerMatcher, isFormsId, isFormsMetadata, type HeaderMatcher } from './headers.js';
import type { IssueLocation } from '../internal/error.js';
import type { AnswerIssue, MalformedRowReason, RequiredAnswerField, TextIssueDetail } from './errors.js';

/** The longest cell read; a longer one is a `cell-too-long` issue. */
export const MAX_CELL_LENGTH = 10_000;
/** The longest organisation id, respondent id, item id or respondent group. */
export const MAX_ID_LENGTH = 200;

const SUMMARY = 'The survey answers cannot be read:';

/** A column that a layout knows by name. */
export type AnswerField = 'organisation_id' | 'respondent_id' | 'respondent_group' | 'item_id' | 'answer' | 'comment';

const ALIASES: ReadonlyMap<string, AnswerField> = new Map<string, AnswerField>([
  ['organisation_id', 'organisation_id'],
  ['organisation', 'organisation_id'],
  ['organization_id', 'organisation_id'],
  ['organization', 'organisation_id'],
  ['org', 'organisation_id'],
  ['org_id', 'organisation_id'],
  ['alliance', 'organisation_id'],
  ['alliance_id', 'organisation_id'],
  ['respondent_id', 'respondent_id'],
  ['respondent', 'respondent_id'],
  ['respondent_group', 'respondent_group'],
  ['group', 'respondent_group'],
  ['item_id', 'item_id'],
  ['item', 'item_id'],
  ['question', 'item_id'],
  ['question_id', 'item_id'],
  ['answer', 'answer'],
  ['response', 'answer'],
  ['value', 'answer'],
  ['score', 'answer'],
  ['comment', 'comment'],
  ['comments', 'comment'],
]);

/** Reads a header cell as a named column: trimmed, any case, spaces and hyphens read as underscores. */
export function headerField(name: string): AnswerField | undefined {
  return ALIASES.get(
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
}

const COMMENT_HEADER = /^comment\s*:\s*(.+)$/i;

/**
 * Whether a header cell means something in either layout: a named column (by its name or the mapping), an item (by
 * its id or question text), a comment column, or a metadata column of Microsoft Forms.
 */
export function isKnownHeader(headers: HeaderMatcher, name: string): boolean {
  const trimmed = name.trim();
  if (trimmed === '') return false;
  return (
    headerField(trimmed) !== undefined ||
    headers.mappedField(trimmed) !== undefined ||
    headers.item(trimmed) !== undefined ||
    COMMENT_HEADER.test(trimmed) ||
    isFormsMetadata(trimmed)
  );
}

/** The named column a header cell is: by the caller's mapping first, then by its name. */
export function fieldOf(headers: HeaderMatcher, name: string): AnswerField | undefined {
  return headers.mappedField(name) ?? headerField(name);
}

const JSON_FIELDS: Readonly<Record<AnswerField, string>> = {
  organisation_id: 'organisationId',
  respondent_id: 'respondentId',
  respondent_group: 'respondentGroup',
  item_id: 'itemId',
  answer: 'answer',
  comment: 'comment',
};

type Writable<T> = { -readonly [K in keyof T]: T[K] };

interface ItemColumn {
  readonly index: number;
  readonly entry: ItemEntry;
  comment: number;
}

/** The options of the row-processing core, already checked. */
export interface IngestCoreOptions {
  readonly framework: Framework;
  readonly layout: 'long' | 'wide' | 'auto';
  /** The organisations answers may name; undefined: any id as written. */
  readonly organisations: OrganisationCheck | undefined;
  /** The caller's own answer spellings, folded; undefined: none. */
  readonly spellings?: ReadonlyMap<string, AnswerValue> | undefined;
  readonly file: string | undefined;
  /** The most issues kept; the rest are counted. */
  readonly maxIssues: number;
  /** Which columns hold what (`options.columns`), checked. */
  readonly columns?: AnswerColumns | undefined;
  /**
   * Rows read from a sheet of a workbook: where a row (its `line` is then its row number in the sheet) and a 1-based
   * column of it are, as the location's `sheet` and `cell`, which stand in for the line. Without a row: the sheet.
   */
  readonly place?: ((row: number | undefined, column: number | undefined) => IssueLocation) | undefined;
  /**
   * Records read as rows (SurveyJS results): the whole place of a row (its 1-based number, 0 for the header) and of
   * a 1-based column of it, such as a path, instead of the line, column and column name of a text.
   */
  readonly locate?: ((row: number, column: number | undefined) => IssueLocation) | undefined;
}

function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) {
    if (cell !== '' && cell.trim() !== '') return false;
  }
  return true;
}

function isBlankCell(cell: string | undefined): boolean {
  return cell === undefined || cell === '' || cell.trim() === '';
}

const NO_COLUMN = -1;
/** Stands for the answer field of a long row or a JSON element where a column index is expected. */
const ANSWER_FIELD = -2;

/** What is known of one respondent of one organisation, from the rows accepted so far. */
interface RespondentState {
  /** The first non-empty group given, or ''. */
  group: string;
  /** The row where the group was first given. */
  groupRow: number;
  /** Wide layout: the respondent's row; 0 before it is accepted. */
  row: number;
  /** Long layout and JSON: for each item (by survey index), the row of the answer accepted, 0 for none. */
  answered: Int32Array | null;
  /** The id as written on the first row accepted (before NFC), or null before then. */
  written: string | null;
  /** The row of that first row. */
  writtenRow: number;
  /** Whether a row has written the id in another Unicode form already (warned once). */
  formWarned: boolean;
}

/** How an organisation id was first written, for the warnings about ids that resemble each other. */
interface Spelling {
  readonly written: string;
  readonly row: number;
  formWarned: boolean;
}

/**
 * Where ingestion puts each answer it accepts, instead of making an answer object of it: streamed scoring
 * reads answers straight into its store this way, making no objects at all.
 */
export interface AnswerSink {
  accept(organisationId: string, respondentId: string, respondentGroup: string | undefined, itemId: string, answer: AnswerValue): void;
}

/**
 * A sink that also takes a wide row's answers at once, as codes of its own: the fast path of the wide layout
 * (wide-line.ts) reads such rows from their characters, making no string of an answer.
 */
export interface AnswerRowSink extends AnswerSink {
  /** Called once, when the header is read: the items of the item columns, in column order. */
  startRows(itemIds: readonly string[]): void;
  /** The code the sink stores for `answer` to item column `column`'s item, 1 to 255; 0 when it must come through `accept`. */
  codeOf(column: number, answer: AnswerValue): number;
  /**
   * Takes one respondent's answers exactly as `accept` would take them one by one, in column order: for each item
   * column k, the answer whose code is `codes[k]`, none where it is 0; `count` answers in all (at least one).
   */
  acceptRow(organisationId: string, respondentId: string, respondentGroup: string | undefined, codes: Uint8Array, count: number): void;
}

function takesRows(sink: AnswerSink | undefined): sink is AnswerRowSink {
  return sink !== undefined && 'acceptRow' in sink;
}

/**
 * The one place where rows become answers, shared by the CSV reader, the row reader and the JSON reader, so that
 * they behave the same. Feed it the header and then the rows, or JSON records, and call `finish` once.
 */
export class AnswerIngest {
  private readonly reader: FrameworkReader;
  private readonly headers: HeaderMatcher;
  private readonly organisations: OrganisationResolver | undefined;
  private readonly organisationsNotice: string | undefined;
  private readonly spellings: ReadonlyMap<string, AnswerValue> | undefined;
  /** Suggested spellings by scale and text, so that a file with one misspelling on every row looks it up once. */
  private readonly suggestions = new Map<ScaleReader, Map<string, string | null>>();
  private readonly file: string | undefined;
  private readonly place: IngestCoreOptions['place'];
  private readonly locate: IngestCoreOptions['locate'];
  private readonly requestedLayout: 'long' | 'wide' | 'auto';
  private layout: AnswersLayout | undefined;

  private readonly answers: Answer[] = [];
  /** When given, accepted answers go here instead of into `answers`. */
  private readonly sink: AnswerSink | undefined;
  /** The number of answers handed to the sink. */
  private sunk = 0;
  /** The issues: the first `maxIssues` kept, all counted. */
  private readonly issueCap: IssueCap<AnswerIssue>;
  private rowsRead = 0;
  private rowsAccepted = 0;
  private rowsRejected = 0;
  private cellsRead = 0;
  private cellsRejected = 0;
  private cellsBlank = 0;
  private cellsIgnored = 0;

  private row = 0;
  private line: number | undefined;

  private names: string[] = [];
  private width = 0;
  private unnamed: number[] = [];
  private readonly columns: Record<AnswerField, number> = {
    organisation_id: NO_COLUMN,
    respondent_id: NO_COLUMN,
    respondent_group: NO_COLUMN,
    item_id: NO_COLUMN,
    answer: NO_COLUMN,
    comment: NO_COLUMN,
  };
  private itemColumns: ItemColumn[] = [];
  private unknownColumns: number[] = [];
  /** Columns set aside (Microsoft Forms' metadata): neither read nor rejected, counted in `cellsIgnored`. */
  private ignoredColumns = 0;
  private jsonPrefix: readonly (string | number)[] = [];

  /** The wide layout's fast path, when the sink takes rows (set once the header is read). */
  private scanner: WideLineScanner | undefined;

  /** Organisation id → respondent id → what is known of the respondent. */
  private readonly respondents = new Map<string, Map<string, RespondentState>>();
  /** Organisation id → how it was first written. */
  private readonly organisationSpellings = new Map<string, Spelling>();
  /** Organisation ids by their lower case, with the row where each was first met (only without `organisations`). */
  private readonly organisationsByCase = new Map<string, { readonly id: string; readonly row: number }>();
  /** Organisation id → respondent ids by their lower case, with the row where each was first met. */
  private readonly respondentsByCase = new Map<string, Map<string, { readonly id: string; readonly row: number }>>();
  private hasGroups = false;

  constructor(options: IngestCoreOptions, sink?: AnswerSink | undefined) {
    this.sink = sink;
    this.reader = readerOf(options.framework);
    this.headers = headerMatcher(options.framework, options.columns);
    this.organisations = options.organisations === undefined ? undefined : new OrganisationResolver(options.organisations.entries);
    this.organisationsNotice = options.organisations?.notice;
    this.spellings = options.spellings;
    this.file = options.file;
    this.place = options.place;
    this.locate = options.locate;
    this.requestedLayout = options.layout;
    this.issueCap = new IssueCap<AnswerIssue>(options.maxIssues);
  }

  // ---------------------------------------------------------------- locations

  private location(column: number): IssueLocation {
    const location: Writable<IssueLocation> = {};
    if (this.file !== undefined) location.file = this.file;
    if (this.locate !== undefined) {
      Object.assign(location, this.locate(this.row, column === NO_COLUMN ? undefined : column + 1));
      if (this.row > 0) location.row = this.row;
      return location;
    }
    if (this.place !== undefined) Object.assign(location, this.place(this.line, column === NO_COLUMN ? undefined : column + 1));
    else if (this.line !== undefined) location.line = this.line;
    if (column !== NO_COLUMN) {
      location.column = column + 1;
      location.columnName = this.names[column] ?? '';
    }
    if (this.row > 0) location.row = this.row;
    return location;
  }

  private fieldLocation(field: AnswerField | null): IssueLocation {
    if (this.layout !== 'json') return this.location(field === null ? NO_COLUMN : this.columns[field]);
    const location: Writable<IssueLocation> = {};
    if (this.file !== undefined) location.file = this.file;
    location.row = this.row;
    location.path = field === null ? [...this.jsonPrefix, this.row - 1] : [...this.jsonPrefix, this.row - 1, JSON_FIELDS[field]];
    return location;
  }

  private respondent(organisationId: string, respondentId: string): RespondentState {
    let byRespondent = this.respondents.get(organisationId);
    if (byRespondent === undefined) {
      byRespondent = new Map();
      this.respondents.set(organisationId, byRespondent);
    }
    let state = byRespondent.get(respondentId);
    if (state === undefined) {
      state = { group: '', groupRow: 0, row: 0, answered: null, written: null, writtenRow: 0, formWarned: false };
      byRespondent.set(respondentId, state);
    }
    return state;
  }

  /** Records an issue: kept while there is room, else only counted (and not even made). */
  private report(detail: TextIssueDetail, location: IssueLocation): void {
    if (this.issueCap.full) this.issueCap.count();
    else this.issueCap.add(answerIssue(detail, location));
  }

  // ---------------------------------------------------------------- ids that resemble each other

  /**
   * Warns, once each, about the ids of an accepted row that resemble another: written in another Unicode form than on
   * the id's first row (read as one id, in NFC), or differing from an id met earlier only in case (read as two).
   * `organisationText` and `respondentText` are the ids as written (trimmed), before NFC.
   */
  private noteIds(organisationId: string, organisationText: string, respondentId: string, respondentText: string, state: RespondentState): void {
    let organisation = this.organisationSpellings.get(organisationId);
    if (organisation === undefined) {
      organisation = { written: organisationText, row: this.row, formWarned: false };
      this.organisationSpellings.set(organisationId, organisation);
      // With a list of organisations, ids are matched to it ignoring case: the list decides what is one organisation.
      if (this.organisations === undefined) this.checkCase('organisation', organisationId, this.organisationsByCase, undefined);
    } else if (!organisation.formWarned && organisationText !== organisation.written && nfc(organisationText) === nfc(organisation.written)) {
      organisation.formWarned = true;
      this.report(
        { code: 'similar-id', kind: 'organisation', id: organisationId, similar: organisationId, how: 'normalisation', firstRow: organisation.row },
        this.fieldLocation('organisation_id'),
      );
    }
    if (state.written === null) {
      state.written = respondentText;
      state.writtenRow = this.row;
      let byCase = this.respondentsByCase.get(organisationId);
      if (byCase === undefined) {
        byCase = new Map();
        this.respondentsByCase.set(organisationId, byCase);
      }
      this.checkCase('respondent', respondentId, byCase, organisationId);
    } else if (!state.formWarned && respondentText !== state.written && nfc(respondentText) === nfc(state.written)) {
      state.formWarned = true;
      this.report(
        { code: 'similar-id', kind: 'respondent', id: respondentId, similar: respondentId, how: 'normalisation', firstRow: state.writtenRow, organisationId },
        this.fieldLocation('respondent_id'),
      );
    }
  }

  private checkCase(kind: 'organisation' | 'respondent', id: string, byCase: Map<string, { readonly id: string; readonly row: number }>, organisationId: string | undefined): void {
    const folded = id.toLowerCase();
    const first = byCase.get(folded);
    if (first === undefined) {
      byCase.set(folded, { id, row: this.row });
      return;
    }
    if (first.id === id) return;
    const detail: TextIssueDetail =
      organisationId === undefined
        ? { code: 'similar-id', kind, id, similar: first.id, how: 'case', firstRow: first.row }
        : { code: 'similar-id', kind, id, similar: first.id, how: 'case', firstRow: first.row, organisationId };
    this.report(detail, this.fieldLocation(kind === 'organisation' ? 'organisation_id' : 'respondent_id'));
  }

  /**
   * Adds an issue that the reader of the input found itself (a workbook's hidden row, a title row above the header),
   * in input order with the rows' own issues. It changes no count: the rows it is about are read as any other.
   */
  note(issue: AnswerIssue): void {
    if (this.issueCap.full) this.issueCap.count();
    else this.issueCap.add(issue);
  }

  // ---------------------------------------------------------------- header

  /**
   * Feeds one row of cells: the first non-blank row is the header; later blank rows are skipped.
   * `line` is the physical line where the row starts, when known; `problem` says the CSV parser could not split it.
   */
  push(cells: readonly string[], line: number | undefined, problem: MalformedRowReason | undefined): void {
    if (this.layout === undefined) {
      if (problem !== undefined) {
        const location: Writable<IssueLocation> = {};
        if (this.file !== undefined) location.file = this.file;
        if (line !== undefined) location.line = line;
        throwAnswersError(SUMMARY, { code: 'malformed-row', reason: problem }, location);
      }
      if (isBlankRow(cells)) return;
      this.line = line;
      this.readHeader(cells);
      return;
    }
    if (problem === undefined && isBlankRow(cells)) return;
    this.row += 1;
    this.line = line;
    this.rowsRead += 1;
    this.cellsIgnored += this.ignoredColumns;
    if (this.layout === 'long') this.pushLong(cells, problem);
    else this.pushWide(cells, problem);
  }

  private headerError(detail: TextIssueDetail): never {
    const location: Writable<IssueLocation> = {};
    if (this.file !== undefined) location.file = this.file;
    if (this.locate !== undefined) Object.assign(location, this.locate(0, undefined));
    else if (this.place !== undefined) Object.assign(location, this.place(this.line, undefined));
    else if (this.line !== undefined) location.line = this.line;
    return throwAnswersError(SUMMARY, detail, location);
  }

  private readHeader(cells: readonly string[]): void {
    const names = cells.map((cell, index) => (index === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim());
    this.names = names;
    this.width = names.length;
    const found = names.filter((name) => name !== '');
    const fieldColumns = new Map<AnswerField, number[]>();
    const others: number[] = [];
    const metadata: number[] = [];
    names.forEach((name, index) => {
      if (name === '') {
        this.unnamed.push(index);
        return;
      }
      const field = fieldOf(this.headers, name);
      if (field === undefined) {
        // A Forms column is set aside, unless the mapping makes it an item.
        if (isFormsMetadata(name) && this.headers.item(name) === undefined) metadata.push(index);
        else others.push(index);
        return;
      }
      const list = fieldColumns.get(field);
      if (list) list.push(index);
      else fieldColumns.set(field, [index]);
    });
    for (const [field, list] of fieldColumns) {
      if (list.length > 1) this.headerError({ code: 'duplicate-column', name: field, columns: list.map((index) => index + 1) });
    }
    // Microsoft Forms' `ID` is the respondent id when no column is named so; the other metadata columns are set aside.
    const formsId = metadata.findIndex((index) => isFormsId(names[index] ?? ''));
    if (!fieldColumns.has('respondent_id') && formsId !== -1) {
      fieldColumns.set('respondent_id', [metadata[formsId]!]);
      metadata.splice(formsId, 1);
    }
    this.ignoredColumns = metadata.length;

    let layout: 'long' | 'wide';
    if (this.requestedLayout !== 'auto') layout = this.requestedLayout;
    else if (fieldColumns.has('item_id')) layout = 'long';
    else if (others.some((index) => this.headers.item(names[index] ?? '') !== undefined)) layout = 'wide';
    else if (fieldColumns.has('answer')) layout = 'long';
    else return this.headerError({ code: 'undetectable-layout', found });

    const required: readonly AnswerField[] = layout === 'long' ? ['organisation_id', 'respondent_id', 'item_id', 'answer'] : ['organisation_id', 'respondent_id'];
    const missing = required.filter((field) => !fieldColumns.has(field));
    if (missing.length > 0) this.headerError({ code: 'missing-column', layout, missing, found });

    if (layout === 'long') {
      for (const [field, list] of fieldColumns) this.columns[field] = list[0] ?? NO_COLUMN;
      for (const index of others) {
        this.report({ code: 'unknown-column', name: names[index] ?? '' }, this.location(index));
      }
    } else {
      for (const field of ['organisation_id', 'respondent_id', 'respondent_group'] as const) {
        this.columns[field] = fieldColumns.get(field)?.[0] ?? NO_COLUMN;
      }
      // In the wide layout, every other named column is an item column (or a comment column).
      const candidates = [...others, ...(fieldColumns.get('item_id') ?? []), ...(fieldColumns.get('answer') ?? []), ...(fieldColumns.get('comment') ?? [])].sort((a, b) => a - b);
      const byItem = new Map<string, ItemColumn>();
      const comments: { index: number; entry: ItemEntry | undefined }[] = [];
      for (const index of candidates) {
        const name = names[index] ?? '';
        const comment = COMMENT_HEADER.exec(name);
        if (comment) {
          comments.push({ index, entry: this.headers.item((comment[1] ?? '').trim()) });
          continue;
        }
        const entry = this.headers.item(name);
        if (!entry) {
          this.unknownColumns.push(index);
          continue;
        }
        const earlier = byItem.get(entry.itemId);
        if (earlier) this.headerError({ code: 'duplicate-column', name: entry.itemId, columns: [earlier.index + 1, index + 1] });
        const column: ItemColumn = { index, entry, comment: NO_COLUMN };
        byItem.set(entry.itemId, column);
        this.itemColumns.push(column);
      }
      const ignoredComments = new Set<number>();
      for (const { index, entry } of comments) {
        const column = entry === undefined ? undefined : byItem.get(entry.itemId);
        if (!column) {
          ignoredComments.add(index);
          continue;
        }
        if (column.comment !== NO_COLUMN) {
          this.headerError({ code: 'duplicate-column', name: `comment:${column.entry.itemId}`, columns: [column.comment + 1, index + 1] });
        }
        column.comment = index;
      }
      if (this.itemColumns.length === 0) this.headerError({ code: 'no-item-columns', found });
      const sink = this.sink;
      if (takesRows(sink)) {
        sink.startRows(this.itemColumns.map((column) => column.entry.itemId));
        this.scanner = new WideLineScanner(
          {
            width: this.width,
            organisation: this.columns.organisation_id,
            respondent: this.columns.respondent_id,
            group: this.columns.respondent_group,
            items: this.itemColumns,
            unknown: this.unknownColumns,
            unnamed: this.unnamed,
          },
          (column, answer) => sink.codeOf(column, answer),
        );
      }
      // Column issues in column order.
      const unknown = new Set(this.unknownColumns);
      for (const index of candidates) {
        if (unknown.has(index)) this.report(this.unknownItem(names[index] ?? ''), this.location(index));
        else if (ignoredComments.has(index)) this.report({ code: 'unknown-column', name: names[index] ?? '' }, this.location(index));
      }
    }
    this.layout = layout;
  }

  /** An `unknown-item` issue, with the item meant when one is close. */
  private unknownItem(itemId: string): TextIssueDetail {
    const suggestion = this.headers.suggest(itemId);
    return suggestion === undefined ? { code: 'unknown-item', itemId } : { code: 'unknown-item', itemId, suggestion };
  }

  /** Whether the row fills a cell that no header names. */
  private hasCellsOutsideHeader(cells: readonly string[]): boolean {
    for (let index = this.width; index < cells.length; index += 1) {
      if (!isBlankCell(cells[index])) return true;
    }
    for (const index of this.unnamed) {
      if (!isBlankCell(cells[index])) return true;
    }
    return false;
  }

  private cell(cells: readonly string[], field: AnswerField): string {
    const index = this.columns[field];
    return index === NO_COLUMN ? '' : (cells[index] ?? '');
  }

  // ---------------------------------------------------------------- answers

  /**
   * Reads an answer; reports a bad one at `column` (a wide column's index, or ANSWER_FIELD for the answer field of a
   * long row or JSON element). Returns the answer, BLANK, or undefined when it was rejected.
   */
  private readValue(entry: ItemEntry, raw: string | number | null, column: number): AnswerValue | typeof BLANK | undefined {
    if (raw === null) return BLANK;
    const { reader } = entry;
    if (typeof raw === 'number') {
      // -0 is 0, in the answer and in an issue alike: a negative zero would not survive JSON.
      const number = raw === 0 ? 0 : raw;
      if (reader.values.includes(number)) return number;
      this.report({ code: 'value-outside-scale', itemId: entry.itemId, value: number, scaleId: reader.scale.id, values: reader.values }, this.answerLocation(column));
      return undefined;
    }
    const own = this.spellings === undefined ? undefined : this.spellings.get(foldAnswerText(raw.trim()));
    if (own !== undefined) {
      if (typeof own !== 'number' || reader.values.includes(own)) return own;
      this.report({ code: 'value-outside-scale', itemId: entry.itemId, value: own, scaleId: reader.scale.id, values: reader.values }, this.answerLocation(column));
      return undefined;
    }
    const value = readAnswerText(reader, raw);
    const number = value === OUTSIDE ? parseAnswerNumber(raw.trim()) : undefined;
    if (number !== undefined) {
      this.report({ code: 'value-outside-scale', itemId: entry.itemId, value: number, scaleId: reader.scale.id, values: reader.values }, this.answerLocation(column));
      return undefined;
    }
    if (value === UNRECOGNISED || value === OUTSIDE) {
      const text = raw.trim();
      this.report(
        { code: 'unrecognised-answer', itemId: entry.itemId, text, accepted: reader.accepted, suggestion: this.suggestSpelling(reader, text) },
        this.answerLocation(column),
      );
      return undefined;
    }
    return value;
  }

  private suggestSpelling(reader: ScaleReader, text: string): string | null {
    let byText = this.suggestions.get(reader);
    if (byText === undefined) {
      byText = new Map();
      this.suggestions.set(reader, byText);
    }
    const known = byText.get(text);
    if (known !== undefined) return known;
    const found = suggestSpelling(reader, text, this.spellings);
    if (byText.size < 1000) byText.set(text, found);
    return found;
  }

  private answerLocation(column: number): IssueLocation {
    return column === ANSWER_FIELD ? this.fieldLocation('answer') : this.location(column);
  }

  private checkLength(text: string, limit: number, field: AnswerField): boolean {
    if (text.length <= limit) return true;
    this.report({ code: 'cell-too-long', length: text.length, limit }, this.fieldLocation(field));
    return false;
  }

  private checkRequired(text: string, field: RequiredAnswerField): void {
    if (text === '') this.report({ code: 'empty-required-cell', field }, this.fieldLocation(field));
  }

  private resolveOrganisation(text: string): string | undefined {
    if (this.organisations === undefined) return text;
    const id = this.organisations.resolve(text);
    if (id === undefined) {
      this.report({ code: 'unknown-organisation', organisationId: text, suggestion: this.organisations.suggest(text) }, this.fieldLocation('organisation_id'));
    }
    return id;
  }

  private rejectRow(answerBlank: boolean): void {
    this.rowsRejected += 1;
    if (answerBlank) this.cellsBlank += 1;
    else this.cellsRejected += 1;
  }

  /** One answer record (a long row or a JSON element): accepted or rejected whole. */
  private checkRecord(organisationRaw: string, respondentRaw: string, groupRaw: string, itemRaw: string, answerRaw: string | number | null, commentRaw: string): void {
    const before = this.issueCap.total;
    const organisationText = organisationRaw.trim();
    const respondentText = respondentRaw.trim();
    const organisation = nfc(organisationText);
    const respondent = nfc(respondentText);
    const group = nfc(groupRaw.trim());
    const item = nfc(itemRaw.trim());
    const comment = commentRaw.trim();
    const answerBlank = answerRaw === null || (typeof answerRaw === 'string' && isBlankCell(answerRaw));

    const organisationFits = this.checkLength(organisation, MAX_ID_LENGTH, 'organisation_id');
    const respondentFits = this.checkLength(respondent, MAX_ID_LENGTH, 'respondent_id');
    this.checkLength(group, MAX_ID_LENGTH, 'respondent_group');
    const itemFits = this.checkLength(item, MAX_ID_LENGTH, 'item_id');
    const answerFits = typeof answerRaw !== 'string' || this.checkLength(answerRaw, MAX_CELL_LENGTH, 'answer');
    this.checkLength(comment, MAX_CELL_LENGTH, 'comment');
    this.checkRequired(organisation, 'organisation_id');
    this.checkRequired(respondent, 'respondent_id');
    this.checkRequired(item, 'item_id');

    const organisationId = organisation !== '' && organisationFits ? this.resolveOrganisation(organisation) : undefined;
    let entry: ItemEntry | undefined;
    if (item !== '' && itemFits) {
      entry = this.headers.item(item);
      if (!entry) this.report(this.unknownItem(item), this.fieldLocation('item_id'));
    }
    let value: AnswerValue | typeof BLANK | undefined = BLANK;
    if (entry && !answerBlank && answerFits) value = this.readValue(entry, answerRaw, ANSWER_FIELD);

    if (this.issueCap.total > before || organisationId === undefined || entry === undefined || !respondentFits || value === undefined) {
      this.rejectRow(answerBlank);
      return;
    }

    const state = this.respondent(organisationId, respondent);
    if (group !== '' && state.group !== '' && state.group !== group) {
      this.report(
        { code: 'conflicting-group', organisationId, respondentId: respondent, group, firstGroup: state.group, firstRow: state.groupRow },
        this.fieldLocation('respondent_group'),
      );
      this.rejectRow(answerBlank);
      return;
    }
    if (value !== BLANK) {
      const answered = (state.answered ??= new Int32Array(this.reader.ordered.length));
      const first = answered[entry.index] ?? 0;
      if (first !== 0) {
        this.report({ code: 'duplicate-answer', organisationId, respondentId: respondent, itemId: entry.itemId, firstRow: first }, this.fieldLocation('item_id'));
        this.rejectRow(false);
        return;
      }
      answered[entry.index] = this.row;
    }

    this.rowsAccepted += 1;
    this.noteIds(organisationId, organisationText, respondent, respondentText, state);
    if (group !== '' && state.group === '') {
      state.group = group;
      state.groupRow = this.row;
      this.hasGroups = true;
    }
    if (value === BLANK) {
      this.cellsBlank += 1;
      if (comment !== '') this.report({ code: 'comment-without-answer', itemId: entry.itemId }, this.fieldLocation('comment'));
      return;
    }
    this.accept(organisationId, respondent, state.group === '' ? undefined : state.group, entry.itemId, value, comment);
  }

  private pushLong(cells: readonly string[], problem: MalformedRowReason | undefined): void {
    this.cellsRead += 1;
    const answerRaw = this.cell(cells, 'answer');
    if (problem !== undefined || this.hasCellsOutsideHeader(cells)) {
      this.report({ code: 'malformed-row', reason: problem ?? 'cells-outside-header' }, this.location(NO_COLUMN));
      this.rejectRow(isBlankCell(answerRaw));
      return;
    }
    this.checkRecord(
      this.cell(cells, 'organisation_id'),
      this.cell(cells, 'respondent_id'),
      this.cell(cells, 'respondent_group'),
      this.cell(cells, 'item_id'),
      answerRaw,
      this.cell(cells, 'comment'),
    );
  }

  private pushWide(cells: readonly string[], problem: MalformedRowReason | undefined): void {
    this.cellsRead += this.itemColumns.length + this.unknownColumns.length;
    let organisationId: string | undefined;
    let respondent = '';
    let group = '';
    let organisationText = '';
    let respondentText = '';
    if (problem !== undefined || this.hasCellsOutsideHeader(cells)) {
      this.report({ code: 'malformed-row', reason: problem ?? 'cells-outside-header' }, this.location(NO_COLUMN));
    } else {
      organisationText = this.cell(cells, 'organisation_id').trim();
      respondentText = this.cell(cells, 'respondent_id').trim();
      respondent = nfc(respondentText);
      group = nfc(this.cell(cells, 'respondent_group').trim());
      organisationId = this.checkWideRow(nfc(organisationText), respondent, group);
    }
    if (organisationId === undefined) {
      this.rowsRejected += 1;
      for (const column of this.itemColumns) this.countUnread(cells[column.index]);
      for (const index of this.unknownColumns) this.countUnread(cells[index]);
      return;
    }

    this.acceptWideRow(organisationId, organisationText, respondent, respondentText, group);
    for (const index of this.unknownColumns) this.countUnread(cells[index]);

    for (const column of this.itemColumns) {
      const raw = cells[column.index];
      const commentRaw = column.comment === NO_COLUMN ? undefined : cells[column.comment];
      if (raw === undefined || raw === '') {
        this.blankCell(column, commentRaw);
        continue;
      }
      if (raw.length > MAX_CELL_LENGTH) {
        this.report({ code: 'cell-too-long', length: raw.length, limit: MAX_CELL_LENGTH }, this.location(column.index));
        this.cellsRejected += 1;
        continue;
      }
      const value = this.readValue(column.entry, raw, column.index);
      if (value === BLANK) {
        this.blankCell(column, commentRaw);
        continue;
      }
      if (value === undefined) {
        this.cellsRejected += 1;
        continue;
      }
      const comment = commentRaw === undefined ? '' : commentRaw.trim();
      if (comment.length > MAX_CELL_LENGTH) {
        this.report({ code: 'cell-too-long', length: comment.length, limit: MAX_CELL_LENGTH }, this.location(column.comment));
        this.cellsRejected += 1;
        continue;
      }
      this.accept(organisationId, respondent, group === '' ? undefined : group, column.entry.itemId, value, comment);
    }
  }

  /**
   * Checks a wide row's organisation, respondent and group (trimmed), reporting what is wrong; returns the
   * organisation's id when the row is accepted.
   */
  private checkWideRow(organisation: string, respondent: string, group: string): string | undefined {
    const before = this.issueCap.total;
    let organisationId: string | undefined;
    const organisationFits = this.checkLength(organisation, MAX_ID_LENGTH, 'organisation_id');
    this.checkLength(respondent, MAX_ID_LENGTH, 'respondent_id');
    this.checkLength(group, MAX_ID_LENGTH, 'respondent_group');
    this.checkRequired(organisation, 'organisation_id');
    this.checkRequired(respondent, 'respondent_id');
    if (organisation !== '' && organisationFits) organisationId = this.resolveOrganisation(organisation);
    if (this.issueCap.total === before && organisationId !== undefined) {
      const first = this.respondents.get(organisationId)?.get(respondent)?.row ?? 0;
      if (first !== 0) {
        this.report({ code: 'duplicate-respondent', organisationId, respondentId: respondent, firstRow: first }, this.fieldLocation('respondent_id'));
      }
    }
    return this.issueCap.total > before ? undefined : organisationId;
  }

  /**
   * Accepts a wide row: its respondent is known from now on, with its group. The ids are in NFC; `organisationText`
   * and `respondentText` are as written (trimmed), for the similar-id warnings.
   */
  private acceptWideRow(organisationId: string, organisationText: string, respondent: string, respondentText: string, group: string): void {
    this.rowsAccepted += 1;
    const state = this.respondent(organisationId, respondent);
    state.row = this.row;
    this.noteIds(organisationId, organisationText, respondent, respondentText, state);
    if (group !== '') {
      state.group = group;
      state.groupRow = this.row;
      this.hasGroups = true;
    }
  }

  /**
   * The fast path of the wide layout: reads a data row given as the line text[start, end) (no quote, no line break,
   * cells split at `delimiter`) exactly as `push` would read its cells, and returns true; or returns false, having
   * changed nothing, when the row must be split and pushed (no fast path for this input, or a row it does not take:
   * see wide-line.ts).
   */
  pushLine(text: string, start: number, end: number, line: number, delimiter: string): boolean {
    const scanner = this.scanner;
    if (scanner === undefined || delimiter.length !== 1 || !scanner.scan(text, start, end, delimiter)) return false;
    const respondentText = text.slice(scanner.respondentStart, scanner.respondentEnd).trim();
    const organisationText = text.slice(scanner.organisationStart, scanner.organisationEnd).trim();
    // A blank organisation or respondent (or a blank row, which is skipped) is left to the general path.
    if (organisationText === '' || respondentText === '') return false;
    // Ids are read in NFC, as on the general path.
    const respondent = nfc(respondentText);
    const group = scanner.groupStart === scanner.groupEnd ? '' : nfc(text.slice(scanner.groupStart, scanner.groupEnd).trim());
    this.row += 1;
    this.line = line;
    this.rowsRead += 1;
    const unknown = this.unknownColumns.length;
    const { count, blanks } = scanner;
    this.cellsRead += this.itemColumns.length + unknown;
    // The fast path takes unknown items' cells only empty: each is a blank cell, as countUnread counts it.
    this.cellsBlank += blanks + unknown;
    const organisationId = this.checkWideRow(nfc(organisationText), respondent, group);
    if (organisationId === undefined) {
      this.rowsRejected += 1;
      this.cellsRejected += count;
      return true;
    }
    this.acceptWideRow(organisationId, organisationText, respondent, respondentText, group);
    if (count > 0) {
      (this.sink as AnswerRowSink).acceptRow(organisationId, respondent, group === '' ? undefined : group, scanner.codes, count);
      this.sunk += count;
    }
    return true;
  }

  /** Keeps an accepted answer, or hands it to the sink. */
  private accept(organisationId: string, respondentId: string, group: string | undefined, itemId: string, value: AnswerValue, comment: string): void {
    if (this.sink === undefined) {
      this.answers.push(makeAnswer(organisationId, respondentId, group, itemId, value, comment));
    } else {
      this.sink.accept(organisationId, respondentId, group, itemId, value);
      this.sunk += 1;
    }
  }

  /** Counts a cell that is not read as an answer: blank, or rejected. */
  private countUnread(cell: string | undefined): void {
    if (isBlankCell(cell)) this.cellsBlank += 1;
    else this.cellsRejected += 1;
  }

  private blankCell(column: ItemColumn, commentRaw: string | undefined): void {
    this.cellsBlank += 1;
    if (commentRaw !== undefined && !isBlankCell(commentRaw)) {
      this.report({ code: 'comment-without-answer', itemId: column.entry.itemId }, this.location(column.comment));
    }
  }

  // ---------------------------------------------------------------- JSON records

  /** Starts reading JSON records; `prefix` is the path of the array (`[]` or `["answers"]`). */
  startRecords(prefix: readonly (string | number)[]): void {
    this.layout = 'json';
    this.jsonPrefix = prefix;
  }

  /** Reads one JSON element whose fields have the right types. */
  pushRecord(organisationId: string, respondentId: string, respondentGroup: string, itemId: string, answer: string | number | null, comment: string): void {
    this.row += 1;
    this.rowsRead += 1;
    this.cellsRead += 1;
    this.checkRecord(organisationId, respondentId, respondentGroup, itemId, answer, comment);
  }

  /** Rejects one JSON element with its problems; `answerBlank` says whether it held an answer at all. */
  rejectRecord(
    details: readonly { readonly detail: TextIssueDetail; readonly path: readonly (string | number)[]; readonly line?: number; readonly column?: number }[],
    answerBlank: boolean,
  ): void {
    this.row += 1;
    this.rowsRead += 1;
    this.cellsRead += 1;
    for (const { detail, path, line, column } of details) {
      const location: Writable<IssueLocation> = {};
      if (this.file !== undefined) location.file = this.file;
      if (line !== undefined) location.line = line;
      if (line !== undefined && column !== undefined) location.column = column;
      location.row = this.row;
      location.path = [...this.jsonPrefix, this.row - 1, ...path];
      this.report(detail, location);
    }
    this.rejectRow(answerBlank);
  }

  // ---------------------------------------------------------------- result

  /** Ends the input and returns the deeply frozen import. Throws when no header was ever seen. */
  finish(): AnswersImport {
    if (this.layout === undefined) {
      const location: Writable<IssueLocation> = {};
      if (this.file !== undefined) location.file = this.file;
      if (this.place !== undefined) Object.assign(location, this.place(undefined, undefined));
      return throwAnswersError(SUMMARY, { code: 'no-header' }, location);
    }
    const { answers, respondents } = this;
    // A respondent's group is the first one given: put it on their answers from rows before it (long layout, JSON).
    if (this.hasGroups && this.layout !== 'wide') {
      for (let index = 0; index < answers.length; index += 1) {
        const answer = answers[index]!;
        if (answer.respondentGroup !== undefined) continue;
        const group = respondents.get(answer.organisationId)?.get(answer.respondentId)?.group ?? '';
        if (group !== '') {
          answers[index] = makeAnswer(answer.organisationId, answer.respondentId, group, answer.itemId, answer.answer, answer.comment ?? '');
        }
      }
    }
    const fileOnly: Writable<IssueLocation> = {};
    if (this.file !== undefined) fileOnly.file = this.file;
    const issues = deepFreeze(this.issueCap.listed(undefined, (more, max) => answerIssue({ code: 'too-many-issues', more, max }, fileOnly)));
    return Object.freeze({
      answers: Object.freeze(answers),
      issues,
      accounting: Object.freeze({
        rowsRead: this.rowsRead,
        rowsAccepted: this.rowsAccepted,
        rowsRejected: this.rowsRejected,
        cellsRead: this.cellsRead,
        answersAccepted: answers.length + this.sunk,
        cellsRejected: this.cellsRejected,
        cellsBlank: this.cellsBlank,
        cellsIgnored: this.cellsIgnored,
      }),
      layout: this.layout,
      notices: this.notices(),
    });
  }

  /** How organisation ids were checked and read, when worth saying. */
  private notices(): readonly AnswersNotice[] {
    const notices: AnswersNotice[] = [];
    if (this.organisationsNotice !== undefined) notices.push({ code: 'organisations-undated', message: this.organisationsNotice });
    const names = this.organisations?.namesRead() ?? [];
    if (names.length > 0) {
      const shown = names.slice(0, 10).map((name) => `"${name.text}" as ${name.organisationId} (${name.rows} ${name.rows === 1 ? 'row' : 'rows'})`);
      if (names.length > 10) shown.push(`and ${names.length - 10} more`);
      notices.push({ code: 'organisation-names-read', names, message: `Organisation names read as ids: ${shown.join(', ')}.` });
    }
    return deepFreeze(notices);
  }
}

/** Builds a frozen answer with its keys always in the same order and no undefined-valued key. */
function makeAnswer(organisationId: string, respondentId: string, respondentGroup: string | undefined, itemId: string, answer: AnswerValue, comment: string): Answer {
  if (respondentGroup === undefined) {
    return Object.freeze(comment === '' ? { organisationId, respondentId, itemId, answer } : { organisationId, respondentId, itemId, answer, comment }) as Answer;
  }
  return Object.freeze(
    comment === '' ? { organisationId, respondentId, respondentGroup, itemId, answer } : { organisationId, respondentId, respondentGroup, itemId, answer, comment },
  ) as Answer;
}
