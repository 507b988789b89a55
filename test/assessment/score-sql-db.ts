import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Answer } from '../../src/assessment/answer.js';
import type { ScoringSql } from '../../src/assessment/score-sql.js';
import type { AssessmentScores, ItemScore, ThemeScore } from '../../src/assessment/score-types.js';

// DuckDB for the tests of scoringSql: answers loaded into a table in the long layout, the queries run, and their
// rows compared field by field with our own scores.

/** An in-memory DuckDB, one connection. */
export interface Db {
  readonly connection: DuckDBConnection;
  readonly close: () => void;
}

/** Opens an in-memory DuckDB with two threads, so that tests behave alike on small and large machines. */
export async function openDb(): Promise<Db> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** One row of the answer table, as text (null for SQL NULL). */
export type AnswerRow = readonly [organisation: string | null, respondent: string | null, item: string | null, answer: string | null, group: string | null];

/** An answer as a row of the long layout, with the canonical codes for don't know and not applicable. */
export function rowOf(answer: Answer): AnswerRow {
  const value = typeof answer.answer === 'number' ? String(answer.answer) : answer.answer;
  return [answer.organisationId, answer.respondentId, answer.itemId, value, answer.respondentGroup ?? null];
}

/** The names of a table and its five columns. */
export interface TableNames {
  readonly table: string;
  readonly columns: readonly [string, string, string, string, string];
}

export const DEFAULT_NAMES: TableNames = {
  table: 'answers',
  columns: ['organisation_id', 'respondent_id', 'item_id', 'answer', 'respondent_group'],
};

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** (Re)creates the answer table, every column text, and appends the rows. */
export async function loadRows(db: Db, rows: readonly AnswerRow[], names: TableNames = DEFAULT_NAMES): Promise<void> {
  const { connection } = db;
  await connection.run(`DROP TABLE IF EXISTS ${quote(names.table)}`);
  await connection.run(`CREATE TABLE ${quote(names.table)} (${names.columns.map((column) => `${quote(column)} VARCHAR`).join(', ')})`);
  const appender = await connection.createAppender(names.table);
  for (const row of rows) {
    for (const cell of row) {
      if (cell === null) appender.appendNull();
      else appender.appendVarchar(cell);
    }
    appender.endRow();
  }
  appender.closeSync();
}

/** A value of a result, with whole numbers as numbers. */
export type Value = string | number | boolean | null;

/** A result row. */
export type Row = Readonly<Record<string, Value>>;

/** A query's result, column by column (far quicker to read from DuckDB than row objects at the large size). */
export interface Table {
  readonly names: readonly string[];
  readonly columns: readonly (readonly Value[])[];
  readonly length: number;
}

function valueOf(value: unknown, column: string): Value {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`unexpected value in column ${column}: ${JSON.stringify(value)}`);
}

/** Runs one query; BIGINT columns come back as numbers. */
export async function tableOf(db: Db, sql: string): Promise<Table> {
  const reader = await db.connection.runAndReadAll(sql);
  const names = reader.columnNames();
  const columns = reader.getColumnsJS().map((column, c) => column.map((value) => valueOf(value, names[c]!)));
  return { names, columns, length: reader.currentRowCount };
}

/** A table's rows as objects, for the small cases. */
export function rowsOf(table: Table): Row[] {
  return Array.from({ length: table.length }, (_, r) => Object.fromEntries(table.names.map((name, c) => [name, table.columns[c]![r]!])));
}

/** Every query of a ScoringSql, run. */
export interface SqlResults {
  readonly itemScores: Table;
  readonly themeScores: Table;
  readonly organisations: Table;
  readonly groups: Table;
  readonly rejected: Table;
  readonly accounting: Row;
}

export async function runAll(db: Db, sql: ScoringSql): Promise<SqlResults> {
  const [accounting] = rowsOf(await tableOf(db, sql.accounting));
  return {
    itemScores: await tableOf(db, sql.itemScores),
    themeScores: await tableOf(db, sql.themeScores),
    organisations: await tableOf(db, sql.organisations),
    groups: await tableOf(db, sql.groups),
    rejected: await tableOf(db, sql.rejected),
    accounting: accounting!,
  };
}

/** The rows our scores give for each query, in the columns docs/sql.md names. */
export interface ExpectedRows {
  readonly itemScores: Row[];
  readonly themeScores: Row[];
  readonly organisations: Row[];
  readonly groups: Row[];
}

function agreementColumns(agreement: ItemScore['agreement']): Row {
  return { agreement_n: agreement.n, agreement_sd: agreement.sd, agreement_index: agreement.index, agreement_low: agreement.low };
}

function itemRow(organisationId: string, group: string | null, item: ItemScore): Row {
  return {
    organisation_id: organisationId,
    respondent_group: group,
    item_id: item.itemId,
    theme_id: item.themeId,
    kind: item.kind,
    n: item.n,
    score: item.score,
    mean: item.mean,
    median: item.median,
    sd: item.sd,
    min: item.min,
    max: item.max,
    dont_know: item.dontKnow,
    not_applicable: item.notApplicable,
    respondents: item.respondents,
    missing: item.missing,
    level: item.level,
    unscored_reason: item.unscoredReason,
    ...agreementColumns(item.agreement),
  };
}

function themeRow(organisationId: string, group: string | null, theme: ThemeScore): Row {
  return {
    organisation_id: organisationId,
    respondent_group: group,
    theme_id: theme.themeId,
    score: theme.score,
    conditions_score: theme.conditionsScore,
    enablers_score: theme.enablersScore,
    level: theme.level,
    scored_items: theme.scoredItems,
    items: theme.items,
    coverage: theme.coverage,
    sufficient: theme.sufficient,
    ...agreementColumns(theme.agreement),
  };
}

/** Our scores as the rows the queries should return. */
export function expectedRows(scores: AssessmentScores): ExpectedRows {
  const itemScores: Row[] = [];
  const themeScores: Row[] = [];
  const organisations: Row[] = [];
  const groups: Row[] = [];
  for (const organisation of scores.organisations) {
    const id = organisation.organisationId;
    organisations.push({ organisation_id: id, respondents: organisation.respondents, answers: organisation.answers, unscored_reason: organisation.unscoredReason });
    for (const item of organisation.items) itemScores.push(itemRow(id, null, item));
    for (const theme of organisation.themes) themeScores.push(themeRow(id, null, theme));
    for (const group of organisation.groups) {
      groups.push({ organisation_id: id, respondent_group: group.group, respondents: group.respondents, suppressed: group.suppressed });
      for (const item of group.items) itemScores.push(itemRow(id, group.group, item));
      for (const theme of group.themes) themeScores.push(themeRow(id, group.group, theme));
    }
  }
  return { itemScores, themeScores, organisations, groups };
}

/** How closely to compare. */
export interface Closeness {
  /** True: every number equal to the last bit. False: within 1e-9. */
  readonly exact: boolean;
  /**
   * A column whose boolean may differ when the number in `near.column` is within 1e-12 of `near.threshold` (the
   * ANSI form's theme agreement, whose sums standard SQL does not order).
   */
  readonly near?: { readonly flag: string; readonly column: string; readonly threshold: number } | undefined;
}

export const TOLERANCE = 1e-9;

/** A row's key: its key columns joined. */
function keyOf(values: readonly Value[]): string {
  return values.map((value) => (value === null ? '\u0001' : String(value))).join('\u0000');
}

/** Shows a key in a message. */
function showKey(key: string): string {
  return key.replaceAll('\u0000', ' / ').replaceAll('\u0001', 'null');
}

/**
 * Compares the rows of one query with ours, field by field: the same keys, and in each row the same columns with
 * the same values (numbers to the last bit, or within 1e-9). Returns a list of differences, empty when all agree.
 */
export function differences(what: string, expected: readonly Row[], actual: Table, keys: readonly string[], closeness: Closeness): string[] {
  const problems: string[] = [];
  const keyColumns = keys.map((key) => {
    const c = actual.names.indexOf(key);
    if (c < 0) throw new Error(`${what}: no column ${key}`);
    return actual.columns[c]!;
  });
  const rowOfKey = new Map<string, number>();
  for (let r = 0; r < actual.length; r++) {
    const key = keyOf(keyColumns.map((column) => column[r]!));
    if (rowOfKey.has(key)) problems.push(`${what}: the SQL gives ${showKey(key)} twice`);
    rowOfKey.set(key, r);
  }
  const columnNames = expected[0] === undefined ? [] : Object.keys(expected[0]);
  if (expected.length > 0 && [...columnNames].sort().join() !== [...actual.names].sort().join()) {
    problems.push(`${what}: the SQL's columns are ${actual.names.join(', ')}; ours are ${columnNames.join(', ')}`);
    return problems;
  }
  const columnIndex = columnNames.map((name) => actual.names.indexOf(name));
  const seen = new Set<number>();
  for (const ours of expected) {
    const key = keyOf(keys.map((k) => ours[k] ?? null));
    const r = rowOfKey.get(key);
    if (r === undefined) {
      problems.push(`${what}: no SQL row for ${showKey(key)}`);
      continue;
    }
    if (seen.has(r)) problems.push(`${what}: we have ${showKey(key)} twice`);
    seen.add(r);
    columnNames.forEach((column, c) => {
      const a = ours[column]!;
      const b = actual.columns[columnIndex[c]!]![r]!;
      if (typeof a === 'number' && typeof b === 'number') {
        const same = closeness.exact ? a === b : Math.abs(a - b) <= TOLERANCE;
        if (!same) problems.push(`${what} ${showKey(key)}: ${column} is ${a} in ours, ${b} in the SQL (difference ${a - b})`);
        return;
      }
      if (a === b) return;
      const near = closeness.near;
      if (column === near?.flag) {
        const value = ours[near.column];
        if (typeof value === 'number' && Math.abs(value - near.threshold) <= 1e-12) return;
      }
      problems.push(`${what} ${showKey(key)}: ${column} is ${JSON.stringify(a)} in ours, ${JSON.stringify(b)} in the SQL`);
    });
  }
  if (seen.size < actual.length) problems.push(`${what}: the SQL gives ${actual.length - seen.size} rows we do not have`);
  return problems;
}

/** Every difference between the SQL's results and our scores. */
export function allDifferences(expected: ExpectedRows, actual: SqlResults, closeness: Closeness): string[] {
  const unit = ['organisation_id', 'respondent_group'];
  return [
    ...differences('itemScores', expected.itemScores, actual.itemScores, [...unit, 'item_id'], { exact: closeness.exact }),
    ...differences('themeScores', expected.themeScores, actual.themeScores, [...unit, 'theme_id'], closeness),
    ...differences('organisations', expected.organisations, actual.organisations, ['organisation_id'], closeness),
    ...differences('groups', expected.groups, actual.groups, unit, closeness),
  ];
}
