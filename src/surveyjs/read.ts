// From SurveyJS results to rows of cells, fed to the same ingestion as a wide CSV (src/assessment/ingest-core.ts):
// each result is a respondent's row, each question a column, so that the rules, issue codes and accounting are those
// of CSV; each issue is placed by the path of keys to the value (and, for JSON Lines, its line). Shared by
// parseSurveyJsResults and scoreSurveyJsResults.
import type { IngestAnswersOptions } from '../assessment/answers-import.js';
import { readerOf, resolveItem, type FrameworkReader } from '../assessment/answer-text.js';
import type { SurveyJsResultsProblem } from '../assessment/errors.js';
import { throwAnswersError } from '../assessment/errors.js';
import { headerField, type IngestCoreOptions } from '../assessment/ingest-core.js';
import { checkIngestOptions, checkMaxBytes } from '../assessment/ingest-options.js';
import { bytesOver } from '../internal/bytes.js';
import type { IssueLocation } from '../internal/error.js';
import { readJsonSequence } from '../internal/json.js';
import { itemsOf } from '../framework/lookup.js';
import { GROUP_QUESTION, ORGANISATION_QUESTION, questionNamesOf, RESPONDENT_KEY } from './names.js';

/**
 * Options of `parseSurveyJsResults`.
 *
 * @category SurveyJS
 */
export interface ParseSurveyJsResultsOptions extends IngestAnswersOptions {
  /** The largest text accepted, in UTF-8 bytes, when the results are given as text. Default 50 MiB. */
  readonly maxBytes?: number | undefined;
}

/** The option names of the readers, for the scorer's check of unknown options. */
export const SURVEYJS_READ_KEYS: readonly string[] = Object.freeze(['framework', 'organisations', 'file', 'maxBytes', 'maxIssues']);

/** The deepest nesting of arrays and objects accepted; results of our surveys are at most four deep. */
export const MAX_DEPTH = 100;
/** The most different keys the results may use: a survey has one per question and comment. */
export const MAX_KEYS = 10_000;

const SUMMARY = 'The SurveyJS results cannot be read:';
/** The keys of a wrapper (`{ id, createdAt, data }`) that may hold the result itself. */
const WRAPPED = ['data', 'surveyResult'] as const;
/** SurveyJS's own values for its special choices, read as the framework's answers. */
const SPECIAL_VALUES: ReadonlyMap<string, string> = new Map([
  ['dontknow', 'dont-know'],
  ['none', 'not-applicable'],
]);
const COMMENT_SUFFIX = '-Comment';

/** Where the rows of the results go: an ingestion, or one that scores as it reads. */
export interface RowTarget {
  push(cells: readonly string[], line: number | undefined, problem: undefined): void;
}

type Path = readonly (string | number)[];

/** One result: its answers object, where it is, and where its respondent id came from. */
interface Result {
  readonly data: Readonly<Record<string, unknown>>;
  /** The path of the answers object. */
  readonly path: Path;
  /** The respondent id, and the path it came from (none when it is the result's position). */
  readonly respondentId: string;
  readonly respondentPath: Path;
  /** JSON Lines: the line the result starts on. */
  readonly line: number | undefined;
}

/** A column of the rows fed to the ingestion. */
interface Column {
  /** The header cell: a field name, an item id, `comment:<item id>`, or the key itself. */
  readonly header: string;
  /** Items: the item id, so that either of its keys is found. */
  readonly itemId: string | undefined;
  /** The first key seen for it, and the first result that had it (for the place of a column issue). */
  readonly key: string;
  readonly firstResult: number;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function refuse(problem: SurveyJsResultsProblem, detail: string, location: IssueLocation): never {
  return throwAnswersError(SUMMARY, { code: 'invalid-surveyjs-results', problem, detail }, location);
}

/** The text of a value as a cell: numbers as JavaScript writes them, texts as they are, anything else as JSON. */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Walks a value given as an object, without recursion: refuses nesting deeper than MAX_DEPTH (a cycle is that too). */
function checkDepth(value: unknown, place: (path: Path) => IssueLocation): void {
  const stack: { readonly value: unknown; readonly depth: number; readonly path: Path }[] = [{ value, depth: 1, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.depth > MAX_DEPTH) refuse('too-deep', String(MAX_DEPTH), place(next.path));
    const entries = Array.isArray(next.value) ? next.value.map((element, index) => [index, element] as const) : Object.entries(next.value);
    for (const [key, child] of entries) stack.push({ value: child, depth: next.depth + 1, path: [...next.path, key] });
  }
}

/** Reads the input (text, or a value) into its results; refuses what is not SurveyJS results. */
function resultsOf(input: unknown, file: string | undefined, maxBytes: number): Result[] {
  const place = (path: Path, line?: number, column?: number): IssueLocation => {
    const location: { file?: string; line?: number; column?: number; path?: Path } = {};
    if (file !== undefined) location.file = file;
    if (line !== undefined) location.line = line;
    if (column !== undefined) location.column = column;
    if (path.length > 0) location.path = path;
    return location;
  };
  let values: { readonly value: unknown; readonly line: number | undefined }[];
  let lines = false;
  if (typeof input === 'string') {
    const bytes = bytesOver(input, maxBytes);
    if (bytes !== undefined) throwAnswersError(SUMMARY, { code: 'too-large', bytes, maxBytes }, place([]));
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const read = readJsonSequence(text, {
      maxDepth: MAX_DEPTH,
      onDuplicate: (duplicate) => refuse('duplicate-key', duplicate.key, place(duplicate.path, duplicate.line, duplicate.column)),
    });
    if (!read.ok) {
      const { problem } = read;
      refuse(problem.kind, problem.kind === 'syntax' ? problem.detail : String(problem.max), place([], problem.line, problem.column));
    }
    if (read.values.length === 0) refuse('syntax', 'the text holds no JSON value', place([]));
    lines = read.values.length > 1;
    values = read.values.map(({ value, line }) => ({ value, line: lines ? line : undefined }));
  } else {
    checkDepth(input, (path) => place(path));
    values = [{ value: input, line: undefined }];
  }

  // One result, an array of results, or (JSON Lines) one result per value.
  let list: { readonly value: unknown; readonly path: Path; readonly line: number | undefined }[];
  const only = values[0];
  if (!lines && only !== undefined && Array.isArray(only.value)) list = only.value.map((value: unknown, index) => ({ value, path: [index], line: undefined }));
  else if (!lines && only !== undefined) list = [{ value: only.value, path: [], line: undefined }];
  else list = values.map(({ value, line }, index) => ({ value, path: [index], line }));

  return list.map(({ value, path, line }, index): Result => {
    if (!isRecord(value)) return refuse('shape', `${describeValue(value)}${path.length === 0 ? '' : ` at ${path.join('.')}`}`, place(path, line));
    const key = WRAPPED.find((name) => isRecord(value[name]));
    const data = key === undefined ? value : (value[key] as Readonly<Record<string, unknown>>);
    const dataPath = key === undefined ? path : [...path, key];
    // The respondent: a key of the answers, else the wrapper's respondentId or id, else the result's position.
    let respondentId = String(index + 1);
    let respondentPath: Path = [];
    const own = Object.keys(data).find((name) => name === RESPONDENT_KEY || headerField(name) === 'respondent_id');
    const wrapperKey = key === undefined ? undefined : [RESPONDENT_KEY, 'id'].find((name) => value[name] !== undefined && value[name] !== null);
    if (own !== undefined) {
      respondentId = cellText(data[own]);
      respondentPath = [...dataPath, own];
    } else if (wrapperKey !== undefined) {
      respondentId = cellText(value[wrapperKey]);
      respondentPath = [...path, wrapperKey];
    }
    return { data, path: dataPath, respondentId, respondentPath, line };
  });
}

/** What a key of a result is. */
type KeyKind =
  | { readonly kind: 'organisation' | 'group' | 'respondent' }
  | { readonly kind: 'item'; readonly itemId: string }
  | { readonly kind: 'comment'; readonly itemId: string }
  | { readonly kind: 'other' };

function classify(key: string, reader: FrameworkReader, byName: ReadonlyMap<string, string>): KeyKind {
  if (key === ORGANISATION_QUESTION || key === 'organisationId' || headerField(key) === 'organisation_id') return { kind: 'organisation' };
  if (key === GROUP_QUESTION || headerField(key) === 'respondent_group') return { kind: 'group' };
  if (key === RESPONDENT_KEY || headerField(key) === 'respondent_id') return { kind: 'respondent' };
  const itemOf = (name: string): string | undefined => byName.get(name) ?? (name.trim() === '' ? undefined : resolveItem(reader, name)?.itemId);
  if (key.endsWith(COMMENT_SUFFIX)) {
    const itemId = itemOf(key.slice(0, -COMMENT_SUFFIX.length));
    if (itemId !== undefined) return { kind: 'comment', itemId };
  }
  const itemId = itemOf(key);
  return itemId === undefined ? { kind: 'other' } : { kind: 'item', itemId };
}

/**
 * Reads SurveyJS results into the target that `makeTarget` makes, and returns the target: a header of the wide
 * layout (the organisation, the respondent, the group, every item of the framework in survey order, the comments
 * given, then any other key), then one row per result.
 */
export function readSurveyJsResults<T extends RowTarget>(fn: string, input: unknown, options: ParseSurveyJsResultsOptions, makeTarget: (core: IngestCoreOptions) => T): T {
  const core = checkIngestOptions(fn, options, false);
  const maxBytes = checkMaxBytes(fn, options.maxBytes);
  if (input === undefined || (typeof input !== 'string' && (input === null || typeof input !== 'object'))) {
    throw new TypeError(`${fn}: the results must be JSON text, or the value SurveyJS gives (an object, or an array of them), got ${describeValue(input)}`);
  }
  const results = resultsOf(input, core.file, maxBytes);
  const reader = readerOf(core.framework);
  const byName = new Map<string, string>();
  for (const [itemId, name] of questionNamesOf(core.framework)) byName.set(name, itemId);

  // The columns: the fixed ones, every item, then comments and other keys as first met.
  const columns: Column[] = [
    { header: 'organisation_id', itemId: undefined, key: ORGANISATION_QUESTION, firstResult: 0 },
    { header: 'respondent_id', itemId: undefined, key: RESPONDENT_KEY, firstResult: 0 },
    { header: 'respondent_group', itemId: undefined, key: GROUP_QUESTION, firstResult: 0 },
  ];
  const columnOf = new Map<string, number>([
    ['organisation', 0],
    ['respondent', 1],
    ['group', 2],
  ]);
  for (const ref of itemsOf(core.framework)) {
    columnOf.set(`item:${ref.item.id}`, columns.length);
    columns.push({ header: ref.item.id, itemId: ref.item.id, key: byNameOf(byName, ref.item.id), firstResult: 0 });
  }
  const kinds = new Map<string, KeyKind>();
  results.forEach((result, index) => {
    const seen = new Map<number, string>();
    for (const key of Object.keys(result.data)) {
      let kind = kinds.get(key);
      if (kind === undefined) {
        if (kinds.size >= MAX_KEYS) refuse('too-many-keys', MAX_KEYS.toLocaleString('en-GB'), placeIn(core.file, result, [key]));
        kind = classify(key, reader, byName);
        kinds.set(key, kind);
      }
      const logical = kind.kind === 'item' || kind.kind === 'comment' ? `${kind.kind}:${kind.itemId}` : kind.kind === 'other' ? `other:${key}` : kind.kind;
      let column = columnOf.get(logical);
      if (column === undefined) {
        column = columns.length;
        columnOf.set(logical, column);
        const header = kind.kind === 'comment' ? `comment:${kind.itemId}` : key.trim() === '' ? `"${key}"` : key;
        columns.push({ header, itemId: kind.kind === 'comment' ? kind.itemId : undefined, key, firstResult: index });
      }
      const earlier = seen.get(column);
      if (earlier !== undefined) refuse('same-question', `"${earlier}", "${key}"`, placeIn(core.file, result, [key]));
      seen.set(column, key);
    }
  });

  const locate = (row: number, column: number | undefined): IssueLocation => {
    const described = column === undefined ? undefined : columns[column - 1];
    if (row === 0) {
      if (described === undefined) return core.file === undefined ? {} : { file: core.file };
      const first = results[described.firstResult];
      return first === undefined ? {} : placeIn(undefined, first, [described.key]);
    }
    const result = results[row - 1];
    if (result === undefined) return {};
    if (described === undefined) return placeIn(undefined, result, []);
    if (column === 2) return result.respondentPath.length > 0 ? { ...lineOf(result), path: result.respondentPath } : placeIn(undefined, result, []);
    return placeIn(undefined, result, [keyIn(result, described, kinds)]);
  };
  const target = makeTarget({ ...core, locate });
  target.push(
    columns.map((column) => column.header),
    undefined,
    undefined,
  );
  for (const result of results) {
    const cells = new Array<string>(columns.length).fill('');
    cells[1] = result.respondentId;
    for (const [key, value] of Object.entries(result.data)) {
      const kind = kinds.get(key);
      if (kind === undefined || kind.kind === 'respondent') continue;
      const logical = kind.kind === 'item' || kind.kind === 'comment' ? `${kind.kind}:${kind.itemId}` : kind.kind === 'other' ? `other:${key}` : kind.kind;
      const column = columnOf.get(logical);
      if (column === undefined) continue;
      const text = cellText(value);
      cells[column] = kind.kind === 'item' && typeof value === 'string' ? (SPECIAL_VALUES.get(text) ?? text) : text;
    }
    target.push(cells, undefined, undefined);
  }
  return target;
}

function byNameOf(byName: ReadonlyMap<string, string>, itemId: string): string {
  for (const [name, id] of byName) if (id === itemId) return name;
  return itemId;
}

function lineOf(result: Result): { line?: number } {
  return result.line === undefined ? {} : { line: result.line };
}

/** The place of a key of a result. */
function placeIn(file: string | undefined, result: Result, keys: Path): IssueLocation {
  const location: { file?: string; line?: number; path?: Path } = {};
  if (file !== undefined) location.file = file;
  if (result.line !== undefined) location.line = result.line;
  const path = [...result.path, ...keys];
  if (path.length > 0) location.path = path;
  return location;
}

/** The key a result uses for a column: the one it has (a question's name, or its item id), else the column's first. */
function keyIn(result: Result, column: Column, kinds: ReadonlyMap<string, KeyKind>): string {
  if (column.key in result.data) return column.key;
  for (const key of Object.keys(result.data)) {
    const kind = kinds.get(key);
    if (kind === undefined) continue;
    if (
      column.itemId !== undefined &&
      (kind.kind === 'item' || kind.kind === 'comment') &&
      kind.itemId === column.itemId &&
      column.header.startsWith('comment:') === (kind.kind === 'comment')
    )
      return key;
    if (column.header === 'organisation_id' && kind.kind === 'organisation') return key;
    if (column.header === 'respondent_group' && kind.kind === 'group') return key;
  }
  return column.key;
}
