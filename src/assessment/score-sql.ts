import { isObject, isOneOf } from '../internal/guards.js';
import type { Framework } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { foldAnswerText, readerOf, type ScaleReader } from './answer-text.js';
import { resolveOptions } from './score.js';
import { show } from './score-read.js';
import { scoringIndexOf, type ScaleInfo, type ScoringIndex } from './score-statistics.js';
import type { ScoringOptionsUsed } from './score-types.js';

// The scoring method of docs/scoring.md written as SQL over a table of answers in the long layout (docs/sql.md).
// Every floating-point sum is written out term by term in the order our scoring adds (levels ascending, items in
// survey order, respondents' theme scores ascending), so that the SQL gives the same bits, not merely close ones.

/**
 * The SQL dialects {@link scoringSql} writes: `'duckdb'` (DuckDB 1.3 or later) or `'ansi'` (standard SQL, for
 * Postgres, SQL Server, Spark SQL and others; docs/sql.md says what each needs).
 *
 * @category Scoring
 */
export type ScoringSqlDialect = 'duckdb' | 'ansi';

/**
 * The names of the answer table's columns, for {@link scoringSql}. Each is one column name, quoted as given.
 *
 * @category Scoring
 */
export interface ScoringSqlColumns {
  /** The organisation's id. Default `organisation_id`. */
  readonly organisation?: string | undefined;
  /** The respondent's id, within the organisation. Default `respondent_id`. */
  readonly respondent?: string | undefined;
  /** The item's id, e.g. `T1.C2`. Default `item_id`. */
  readonly item?: string | undefined;
  /** The answer, as text: a level value, or a spelling of don't know or not applicable. Default `answer`. */
  readonly value?: string | undefined;
  /** The respondent's group; `null` when the table has no group column. Default `respondent_group`. */
  readonly group?: string | null | undefined;
}

/**
 * Options for {@link scoringSql}: the dialect, where the answers are, and the scoring options that change item and
 * theme scores (as for {@link scoreAnswers}, with the same defaults and limits).
 *
 * @category Scoring
 */
export interface ScoringSqlOptions {
  /** The SQL dialect: `'duckdb'` (default) or `'ansi'`. */
  readonly dialect?: ScoringSqlDialect | undefined;
  /**
   * The answer table (or view): one name, or its parts (`['warehouse', 'survey', 'answers']`), each quoted as
   * given. Default `answers`.
   */
  readonly table?: string | readonly string[] | undefined;
  /** The names of the table's columns. */
  readonly columns?: ScoringSqlColumns | undefined;
  /** How an item's values become its score: their `'mean'` (default) or their `'median'`. */
  readonly itemStatistic?: 'mean' | 'median' | undefined;
  /** A theme is sufficient when scored items / items is at least this, from 0 to 1. Default 0.5. */
  readonly minCoverage?: number | undefined;
  /** Respondent groups with fewer respondents than this are suppressed; a whole number, at least 1. Default 3. */
  readonly minGroupSize?: number | undefined;
  /** Organisations with fewer respondents than this get no scores; a whole number, at least 1. Default 1. */
  readonly minRespondents?: number | undefined;
  /** Agreement is flagged low when its index is below this, from 0 to 1. Default 0.5. */
  readonly lowAgreementBelow?: number | undefined;
}

/**
 * The scoring method as SQL: one query per result, each complete in itself (a `WITH` list and a `SELECT`), over
 * the answer table named in the options. Deeply frozen. docs/sql.md lists every column of every query.
 *
 * @category Scoring
 */
export interface ScoringSql {
  /** The dialect the queries are written in. */
  readonly dialect: ScoringSqlDialect;
  /** The scoring options the queries apply, defaults filled in. */
  readonly options: Omit<ScoringOptionsUsed, 'maxGroupDifferences'>;
  /**
   * One row per item of each organisation and of each unsuppressed group: the fields of `ItemScore` in snake case,
   * with `agreement` spread into `agreement_n`, `agreement_sd`, `agreement_index` and `agreement_low`, after
   * `organisation_id` and `respondent_group` (null for the organisation itself).
   */
  readonly itemScores: string;
  /** One row per theme of each organisation and of each unsuppressed group: the fields of `ThemeScore`, as for items. */
  readonly themeScores: string;
  /** One row per organisation: `organisation_id`, `respondents`, `answers`, `unscored_reason`. */
  readonly organisations: string;
  /** One row per respondent group: `organisation_id`, `respondent_group`, `respondents`, `suppressed`. */
  readonly groups: string;
  /** One row per answer row that was not scored, with its `reason`. */
  readonly rejected: string;
  /** One row: `rows_read` = `answers` + `blank` + `rejected`. */
  readonly accounting: string;
}

const FN = 'scoringSql';

const OPTION_KEYS: readonly string[] = ['dialect', 'table', 'columns', 'itemStatistic', 'minCoverage', 'minGroupSize', 'minRespondents', 'lowAgreementBelow'];

const DEFAULT_COLUMNS = {
  organisation: 'organisation_id',
  respondent: 'respondent_id',
  item: 'item_id',
  value: 'answer',
  group: 'respondent_group',
} as const;

const COLUMN_KEYS: readonly string[] = Object.keys(DEFAULT_COLUMNS);

/** Characters that SQL engines do not all read literally inside a quoted string or identifier. */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/** A string literal: single quotes, doubled inside. */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A quoted identifier: double quotes, doubled inside. */
function identifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A name the options give: a non-empty string that every engine reads literally when quoted. */
function checkName(name: unknown, where: string): string {
  if (typeof name !== 'string' || name.length === 0) {
    throw new RangeError(`${FN}: ${where} must be a non-empty string, got ${show(name)}`);
  }
  if (name.includes('\0')) throw new RangeError(`${FN}: ${where} must not hold a NUL character, got ${show(name)}`);
  return name;
}

interface Target {
  readonly dialect: ScoringSqlDialect;
  readonly table: string;
  readonly organisation: string;
  readonly respondent: string;
  readonly item: string;
  readonly value: string;
  readonly group: string | null;
  readonly used: Omit<ScoringOptionsUsed, 'maxGroupDifferences'>;
}

/** Checks the options, as `resolveOptions` does for scoring, and fills in the defaults. */
function resolveSqlOptions(options: ScoringSqlOptions | undefined): Target {
  if (options !== undefined && (!isObject(options) || Array.isArray(options))) {
    throw new TypeError(`${FN}: options must be an object or undefined, got ${show(options)}`);
  }
  const given: ScoringSqlOptions = options ?? {};
  for (const key of Object.keys(given)) {
    if (!OPTION_KEYS.includes(key)) {
      throw new RangeError(`${FN}: unknown option "${key}"; the options are ${OPTION_KEYS.join(', ')}`);
    }
  }
  const dialect = given.dialect ?? 'duckdb';
  if (!isOneOf(['duckdb', 'ansi'], dialect)) {
    throw new RangeError(`${FN}: options.dialect must be "duckdb" or "ansi", got ${show(dialect)}`);
  }
  const tableGiven: unknown = given.table ?? 'answers';
  let table: string;
  if (typeof tableGiven === 'string') {
    table = identifier(checkName(tableGiven, 'options.table'));
    // The query's own steps are called caf_…: a table of such a name would be hidden behind one of them.
    if (/^caf_/i.test(tableGiven)) {
      throw new RangeError(
        `${FN}: options.table ${show(tableGiven)} starts with "caf_", as the query's own steps are named; rename the table or give its schema too (['schema', 'name'])`,
      );
    }
  } else if (Array.isArray(tableGiven) && tableGiven.length > 0) {
    table = tableGiven.map((part: unknown, k) => identifier(checkName(part, `options.table[${k}]`))).join('.');
  } else {
    throw new RangeError(`${FN}: options.table must be a name or a non-empty array of name parts, got ${show(tableGiven)}`);
  }
  const columnsGiven: unknown = given.columns ?? {};
  if (columnsGiven === null || typeof columnsGiven !== 'object' || Array.isArray(columnsGiven)) {
    throw new TypeError(`${FN}: options.columns must be an object or undefined, got ${show(columnsGiven)}`);
  }
  const columns = columnsGiven as ScoringSqlColumns;
  for (const key of Object.keys(columns)) {
    if (!COLUMN_KEYS.includes(key)) {
      throw new RangeError(`${FN}: unknown column "${key}" in options.columns; the columns are ${COLUMN_KEYS.join(', ')}`);
    }
  }
  const name = (key: 'organisation' | 'respondent' | 'item' | 'value'): string => checkName(columns[key] ?? DEFAULT_COLUMNS[key], `options.columns.${key}`);
  const group = columns.group === null ? null : checkName(columns.group ?? DEFAULT_COLUMNS.group, 'options.columns.group');
  const used = resolveOptions(
    FN,
    {
      itemStatistic: given.itemStatistic,
      minCoverage: given.minCoverage,
      minGroupSize: given.minGroupSize,
      minRespondents: given.minRespondents,
      lowAgreementBelow: given.lowAgreementBelow,
    },
    [],
  );
  const { maxGroupDifferences: _unused, ...scoring } = used;
  return {
    dialect,
    table,
    organisation: name('organisation'),
    respondent: name('respondent'),
    item: name('item'),
    value: name('value'),
    group,
    used: scoring,
  };
}

/** A framework prepared for writing: its scales numbered, and what each query embeds. */
interface Model {
  readonly index: ScoringIndex;
  /** The distinct scales of the themes, numbered by their place here. */
  readonly scales: readonly ScaleInfo[];
  /** The largest number of levels of any scale. */
  readonly levels: number;
  /** The largest number of conditions, and of enablers, of any theme. */
  readonly conditions: number;
  readonly enablers: number;
  /** Per item, its place among its theme's items of its kind. */
  readonly kindPosition: readonly number[];
}

function checkId(text: unknown, what: string): string {
  if (typeof text !== 'string' || text.length === 0) throw new RangeError(`${FN}: ${what} must be a non-empty string, got ${show(text)}`);
  if (UNSAFE.test(text)) {
    throw new RangeError(`${FN}: ${what} ${show(text)} holds a control character or a backslash, which SQL engines do not all read alike in a string`);
  }
  return text;
}

function modelOf(framework: Framework): Model {
  if (!isObject(framework) || !Array.isArray((framework as { themes?: unknown }).themes)) {
    throw new TypeError(`${FN}: framework must be a framework (with its themes), got ${show(framework)}`);
  }
  const index = scoringIndexOf(framework, FN);
  const scaleNumbers = new Map<ScaleInfo, number>();
  let conditions = 0;
  let enablers = 0;
  const kindPosition: number[] = [];
  for (const theme of index.themes) {
    checkId(theme.id, 'a theme id');
    if (!scaleNumbers.has(theme.scale)) scaleNumbers.set(theme.scale, scaleNumbers.size);
    let c = 0;
    let e = 0;
    for (let i = theme.start; i < theme.end; i++) {
      checkId(index.itemIds[i], 'an item id');
      if (index.itemKinds[i] === 'condition') kindPosition[i] = c++;
      else kindPosition[i] = e++;
    }
    conditions = Math.max(conditions, c);
    enablers = Math.max(enablers, e);
  }
  const scales = [...scaleNumbers.keys()];
  const levels = Math.max(1, ...scales.map((scale) => scale.values.length));
  return { index, scales, levels, conditions, enablers, kindPosition };
}

/** The spellings the SQL reads, per scale: folded text → -1 don't know, -2 not applicable, or a level index. */
function spellingsOf(framework: Framework, model: Model): readonly (readonly [number, string, number, number])[] {
  const readers = new Map<unknown, ScaleReader>();
  for (const entry of readerOf(framework).ordered) readers.set(entry.reader.scale, entry.reader);
  const rows: [number, string, number, number][] = [];
  model.scales.forEach((scale, scaleNo) => {
    const reader = readers.get(scale.scale);
    if (reader === undefined) return; // a scale of themes without items: nothing to read
    const codes = new Map<string, number>();
    const add = (text: string, code: number, keep: boolean) => {
      if (!keep && codes.has(text)) return;
      codes.set(text, code);
    };
    for (const [text, answer] of reader.table) {
      // Only folded spellings can match lower(trim(answer)); the table holds each spelling as written and folded.
      if (text !== foldAnswerText(text.trim()) || text === '') continue;
      const code = answer === 'dont-know' ? -1 : answer === 'not-applicable' ? -2 : (scale.indexOfValue.get(answer) ?? -3);
      if (code === -3) continue;
      add(text, code, true);
      // SQL does not fold curly apostrophes: accept the common one as written.
      if (text.includes("'")) add(text.replace(/'/g, '\u2019'), code, false);
    }
    // Numbers as spreadsheets and engines write them; the table's spellings win, as in ingestion.
    scale.values.forEach((value, level) => {
      const v = String(value);
      const forms = [v, `${v}.0`, `${v}.00`, `${v},0`, `${v},00`];
      if (value >= 0) forms.push(`+${v}`, `+${v}.0`);
      if (value === 0) forms.push('-0', '-0.0');
      for (const form of forms) add(form, level, false);
    });
    for (const [text, code] of codes) {
      if (UNSAFE.test(text)) continue; // never matched: such answers are reported as unrecognised-answer
      rows.push([scaleNo, text, code, code >= 0 ? scale.values[code]! : 0]);
    }
  });
  return rows;
}

/** A common table expression: its name, the expressions it reads, and its body. */
interface Cte {
  readonly name: string;
  readonly uses: readonly string[];
  readonly body: string;
}

/** Indents every line after the first. */
function indent(text: string, by = '  '): string {
  return text.replace(/\n/g, `\n${by}`);
}

/** The SQL writer for one framework, dialect and set of options. */
class Writer {
  readonly model: Model;
  readonly target: Target;
  readonly double: string;
  readonly ctes = new Map<string, Cte>();

  constructor(model: Model, target: Target) {
    this.model = model;
    this.target = target;
    this.double = target.dialect === 'duckdb' ? 'DOUBLE' : 'DOUBLE PRECISION';
  }

  /** A double from its shortest decimal text: a string cast is correctly rounded in every engine. */
  real(value: number): string {
    return `CAST('${String(value)}' AS ${this.double})`;
  }

  asDouble(expression: string): string {
    return `CAST(${expression} AS ${this.double})`;
  }

  text(expression: string): string {
    return this.target.dialect === 'duckdb' ? `CAST(${expression} AS VARCHAR)` : expression;
  }

  add(name: string, uses: readonly string[], body: string): void {
    this.ctes.set(name, { name, uses, body });
  }

  /** A complete query: the expressions `select` reads (and theirs), in the order they were added, then `select`. */
  query(uses: readonly string[], select: string): string {
    const needed = new Set<string>();
    const visit = (name: string): void => {
      if (needed.has(name)) return;
      needed.add(name);
      for (const used of this.ctes.get(name)!.uses) visit(used);
    };
    for (const name of uses) visit(name);
    const parts = [...this.ctes.values()].filter((cte) => needed.has(cte.name)).map((cte) => `${cte.name} AS (\n  ${indent(cte.body)}\n)`);
    return `WITH\n${parts.join(',\n')}\n${select}\n`;
  }
}

/** A sum written out term by term, left to right, so that every engine adds in the same order. */
function ordered(terms: readonly string[], zero: string): string {
  if (terms.length === 0) return zero;
  return terms.reduce((sum, term) => `(${sum} + ${term})`);
}

/** `0, 1, …, count - 1`. */
function range(count: number): number[] {
  return Array.from({ length: count }, (_, k) => k);
}

/** An embedded table: `SELECT … FROM (VALUES …) AS name (columns)`; with no rows, one dropped by `WHERE`. */
function values(name: string, columns: readonly string[], rows: readonly (readonly string[])[], placeholder: readonly string[], select: string): string {
  const body = (rows.length > 0 ? rows : [placeholder]).map((row) => `(${row.join(', ')})`).join(',\n    ');
  const where = rows.length > 0 ? '' : `\n  WHERE 1 = 0`;
  return `SELECT ${select}\n  FROM (VALUES\n    ${body}\n  ) AS ${name} (${columns.join(', ')})${where}`;
}

/** The level nearest a score on one scale, halves up, ties within 1e-9 to the higher (`nearestValue`). */
function nearestOnScale(w: Writer, scale: ScaleInfo, score: string): string {
  const vs = scale.values.map((value) => (value < 0 ? `(${value})` : String(value)));
  const first = vs[0] ?? 'NULL';
  if (vs.length < 2) return `CASE WHEN ${score} IS NULL THEN NULL ELSE ${first} END`;
  const eps = w.real(1e-9);
  const whens = range(vs.length - 1).map((l) => `WHEN ABS(${vs[l + 1]} - ${score}) - ABS(${vs[l]} - ${score}) > ${eps} THEN ${vs[l]}`);
  return `CASE WHEN ${score} IS NULL THEN NULL\n      ${whens.join('\n      ')}\n      ELSE ${vs[vs.length - 1]} END`;
}

function nearest(w: Writer, score: string, scaleNo: string): string {
  const { scales } = w.model;
  if (scales.length === 1) return nearestOnScale(w, scales[0]!, score);
  const branches = scales.map((scale, k) => `WHEN ${k} THEN ${indent(nearestOnScale(w, scale, score), '  ')}`);
  return `CASE ${scaleNo}\n      ${branches.join('\n      ')}\n    END`;
}

/** A value clamped to [min, max] (mathematically a no-op; it removes rounding in the last bit, as our code does). */
function clamp(value: string, min: string, max: string): string {
  return `CASE WHEN ${value} < ${min} THEN ${min} WHEN ${value} > ${max} THEN ${max} ELSE ${value} END`;
}

/** The agreement columns from n, the sum of squared deviations and the scale's range (`agreementOf`). */
function agreementColumns(w: Writer, n: string, squares: string, range: string, withheld: string): string {
  const spread = `${withheld} = 0 AND ${n} >= 2`;
  const most = `((${range} * ${range}) * FLOOR(${w.asDouble(n)} / 2)) * CEILING(${w.asDouble(n)} / 2)`;
  return [
    `CASE WHEN ${spread} THEN SQRT(${squares} / ${w.asDouble(`${n} - 1`)}) END AS agreement_sd`,
    `CASE WHEN ${spread} THEN CASE WHEN ${most} > 0 THEN (${squares} * ${w.asDouble(n)}) / (${most}) ELSE ${w.asDouble('0')} END END AS ratio`,
  ].join(',\n  ');
}

/** The agreement index and its low flag from the ratio of `agreementColumns`. */
function agreementIndex(w: Writer, index: string, low: string): string {
  const value = `CASE WHEN ratio >= 1 THEN ${w.asDouble('0')} ELSE 1 - SQRT(ratio) END`;
  return [
    `CASE WHEN ratio IS NULL THEN NULL ELSE ${value} END AS ${index}`,
    `CASE WHEN ratio IS NOT NULL AND ${value} < ${w.real(w.target.used.lowAgreementBelow)} THEN TRUE ELSE FALSE END AS ${low}`,
  ].join(',\n  ');
}

/** The framework's tables: items, themes and the answer spellings of each scale. */
function frameworkTables(w: Writer, framework: Framework): void {
  const { index, scales, levels, kindPosition } = w.model;
  const scaleNo = new Map(scales.map((scale, k) => [scale, k]));
  const vColumns = range(levels).map((l) => `v${l}`);
  const itemRows = range(index.itemCount).map((i) => {
    const scale = index.itemScale[i]!;
    const padded = range(levels).map((l) => String(scale.values[l] ?? 0));
    return [
      String(i),
      literal(index.itemIds[i]!),
      String(index.itemTheme[i]!),
      literal(index.itemKinds[i]!),
      String(kindPosition[i]!),
      literal(String(index.itemWeight[i]!)),
      String(scaleNo.get(scale)!),
      ...padded,
    ];
  });
  w.add(
    'caf_items',
    [],
    values(
      'caf_item_values',
      ['item_no', 'item_id', 'theme_no', 'kind', 'kind_pos', 'weight_text', 'scale_no', ...vColumns],
      itemRows,
      ['0', "''", '0', "''", '0', "'1'", '0', ...vColumns.map(() => '0')],
      `item_no, item_id, theme_no, kind, kind_pos, ${w.asDouble('weight_text')} AS weight, scale_no, ${vColumns.map((v) => `${w.asDouble(v)} AS ${v}`).join(', ')}`,
    ),
  );
  const themeRows = index.themes.map((theme, t) => [
    String(t),
    literal(theme.id),
    String(theme.end - theme.start),
    String(scaleNo.get(theme.scale)!),
    String(theme.scale.min),
    String(theme.scale.max),
  ]);
  w.add(
    'caf_themes',
    [],
    values(
      'caf_theme_values',
      ['theme_no', 'theme_id', 'item_count', 'scale_no', 'scale_min', 'scale_max'],
      themeRows,
      ['0', "''", '0', '0', '0', '0'],
      `theme_no, theme_id, item_count, scale_no, ${w.asDouble('scale_min')} AS scale_min, ${w.asDouble('scale_max')} AS scale_max, ${w.asDouble('scale_max - scale_min')} AS scale_range`,
    ),
  );
  const spellingRows = spellingsOf(framework, w.model).map(([scale, text, code, value]) => [String(scale), literal(text), String(code), String(value)]);
  w.add(
    'caf_spellings',
    [],
    values(
      'caf_spelling_values',
      ['scale_no', 'spelling', 'code', 'level_value'],
      spellingRows,
      ['0', "''", '0', '0'],
      `scale_no, spelling, code, ${w.asDouble('level_value')} AS level_value`,
    ),
  );
}

/** Reading the answer rows: each is scored, blank (a missing answer) or rejected with a reason. */
function readTables(w: Writer): void {
  const t = w.target;
  const trimmed = (column: string) => `TRIM(${w.text(identifier(column))})`;
  const group = t.group === null ? `CAST(NULL AS ${t.dialect === 'duckdb' ? 'VARCHAR' : 'VARCHAR(200)'})` : `NULLIF(${trimmed(t.group)}, '')`;
  w.add(
    'caf_source',
    [],
    `SELECT ${trimmed(t.organisation)} AS org, ${trimmed(t.respondent)} AS resp, ${trimmed(t.item)} AS item,
    ${group} AS grp, ${w.text(identifier(t.value))} AS answer, LOWER(${trimmed(t.value)}) AS answer_key
  FROM ${t.table}`,
  );
  w.add(
    'caf_read',
    ['caf_source', 'caf_items', 'caf_spellings'],
    `SELECT s.org, s.resp, s.item, s.grp, s.answer, i.item_no, i.theme_no, sp.code,
    CASE WHEN sp.code >= 0 THEN sp.level_value END AS val,
    CASE
      WHEN s.org IS NULL OR s.org = '' OR s.resp IS NULL OR s.resp = '' OR s.item IS NULL OR s.item = '' THEN 'empty-required-cell'
      WHEN i.item_no IS NULL THEN 'unknown-item'
      WHEN s.answer_key IS NULL OR s.answer_key = '' THEN 'blank'
      WHEN sp.code IS NULL THEN 'unrecognised-answer'
      ELSE 'read'
    END AS status
  FROM caf_source s
  LEFT JOIN caf_items i ON i.item_id = s.item
  LEFT JOIN caf_spellings sp ON sp.scale_no = i.scale_no AND sp.spelling = s.answer_key`,
  );
  w.add(
    'caf_valid',
    ['caf_read'],
    `SELECT r.org, r.resp, r.item, r.grp, r.answer, r.item_no, r.theme_no, r.code, r.val,
    COUNT(*) OVER (PARTITION BY r.org, r.resp, r.item_no) AS copies
  FROM caf_read r
  WHERE r.status = 'read'`,
  );
  w.add(
    'caf_respondent_groups',
    ['caf_valid'],
    `SELECT org, resp, COUNT(DISTINCT grp) AS group_count, MAX(grp) AS grp
  FROM caf_valid
  WHERE copies = 1
  GROUP BY org, resp`,
  );
  w.add(
    'caf_accepted',
    ['caf_valid', 'caf_respondent_groups'],
    `SELECT v.org, v.resp, g.grp, v.item_no, v.code, v.val
  FROM caf_valid v
  JOIN caf_respondent_groups g ON g.org = v.org AND g.resp = v.resp
  WHERE v.copies = 1 AND g.group_count <= 1`,
  );
  const columns = (from: string) =>
    `${from}org AS "organisation_id", ${from}resp AS "respondent_id", ${from}item AS "item_id", ${from}answer AS "answer", ${from}grp AS "respondent_group"`;
  w.add(
    'caf_rejected',
    ['caf_read', 'caf_valid', 'caf_respondent_groups'],
    `SELECT ${columns('')}, status AS "reason"
  FROM caf_read
  WHERE status NOT IN ('read', 'blank')
  UNION ALL
  SELECT ${columns('')}, 'duplicate-answer' AS "reason"
  FROM caf_valid
  WHERE copies > 1
  UNION ALL
  SELECT ${columns('v.')}, 'conflicting-group' AS "reason"
  FROM caf_valid v
  JOIN caf_respondent_groups g ON g.org = v.org AND g.resp = v.resp
  WHERE v.copies = 1 AND g.group_count > 1`,
  );
}

/** Organisations, groups and the units scored: each organisation, and each unsuppressed group of one not withheld. */
function unitTables(w: Writer): void {
  const { minRespondents, minGroupSize } = w.target.used;
  w.add(
    'caf_respondents',
    ['caf_accepted'],
    `SELECT org, resp, grp, COUNT(*) AS answers
  FROM caf_accepted
  GROUP BY org, resp, grp`,
  );
  w.add(
    'caf_organisations',
    ['caf_respondents'],
    `SELECT org, COUNT(*) AS respondents, CAST(SUM(answers) AS BIGINT) AS answers,
    CASE WHEN COUNT(*) < ${minRespondents} THEN 1 ELSE 0 END AS withheld
  FROM caf_respondents
  GROUP BY org`,
  );
  w.add(
    'caf_groups',
    ['caf_respondents', 'caf_organisations'],
    `SELECT r.org, r.grp, COUNT(*) AS respondents, CASE WHEN COUNT(*) < ${minGroupSize} THEN 1 ELSE 0 END AS suppressed
  FROM caf_respondents r
  JOIN caf_organisations o ON o.org = r.org
  WHERE r.grp IS NOT NULL AND o.withheld = 0
  GROUP BY r.org, r.grp`,
  );
  w.add(
    'caf_units',
    ['caf_organisations', 'caf_groups'],
    `SELECT org, 0 AS is_group, '' AS grp, respondents, withheld FROM caf_organisations
  UNION ALL
  SELECT org, 1 AS is_group, grp, respondents, 0 AS withheld FROM caf_groups WHERE suppressed = 0`,
  );
}

/** Item statistics per unit, from the count of each level (docs/scoring.md §1 to §4, §7, §10). */
function itemTables(w: Writer): void {
  const { levels } = w.model;
  const used = w.target.used;
  const ls = range(levels);
  const counts = ls.map((l) => `c${l}`);
  const bigint = (expression: string) => `CAST(${expression} AS BIGINT)`;
  w.add(
    'caf_cell_counts',
    ['caf_accepted'],
    `SELECT org, grp, item_no, COUNT(*) AS records,
    ${bigint('SUM(CASE WHEN code = -1 THEN 1 ELSE 0 END)')} AS dont_know,
    ${bigint('SUM(CASE WHEN code = -2 THEN 1 ELSE 0 END)')} AS not_applicable,
    ${ls.map((l) => `${bigint(`SUM(CASE WHEN code = ${l} THEN 1 ELSE 0 END)`)} AS c${l}`).join(',\n    ')}
  FROM caf_accepted
  GROUP BY org, grp, item_no`,
  );
  const tallies = ['records', 'dont_know', 'not_applicable', ...counts];
  w.add(
    'caf_unit_counts',
    ['caf_cell_counts', 'caf_groups'],
    `SELECT org, 0 AS is_group, '' AS grp, item_no, ${tallies.map((c) => `${bigint(`SUM(${c})`)} AS ${c}`).join(', ')}
  FROM caf_cell_counts
  GROUP BY org, item_no
  UNION ALL
  SELECT k.org, 1 AS is_group, k.grp, k.item_no, ${tallies.map((c) => `${bigint(`k.${c}`)} AS ${c}`).join(', ')}
  FROM caf_cell_counts k
  JOIN caf_groups g ON g.org = k.org AND g.grp = k.grp
  WHERE g.suppressed = 0`,
  );
  w.add(
    'caf_item_tallies',
    ['caf_units', 'caf_items', 'caf_themes', 'caf_unit_counts'],
    `SELECT u.org, u.is_group, u.grp, u.respondents AS unit_respondents, u.withheld,
    i.item_no, i.item_id, i.theme_no, i.kind, i.kind_pos, i.weight, ${ls.map((l) => `i.v${l}`).join(', ')},
    t.theme_id, t.scale_no, t.scale_min, t.scale_max, t.scale_range,
    ${tallies.map((c) => `COALESCE(k.${c}, 0) AS ${c}`).join(', ')}
  FROM caf_units u
  CROSS JOIN caf_items i
  JOIN caf_themes t ON t.theme_no = i.theme_no
  LEFT JOIN caf_unit_counts k ON k.org = u.org AND k.is_group = u.is_group AND k.grp = u.grp AND k.item_no = i.item_no`,
  );
  // n and the sum of the values, level by level in ascending order (exact: whole numbers).
  w.add(
    'caf_item_sums',
    ['caf_item_tallies'],
    `SELECT x.*, ${ordered(counts, '0')} AS n,
    ${ordered(
      ls.map((l) => `(c${l} * v${l})`),
      w.asDouble('0'),
    )} AS total
  FROM caf_item_tallies x`,
  );
  const raw = `total / ${w.asDouble('n')}`;
  w.add(
    'caf_item_means',
    ['caf_item_sums'],
    `SELECT s.*, CASE WHEN n > 0 AND withheld = 0 THEN ${clamp(raw, 'scale_min', 'scale_max')} END AS mean
  FROM caf_item_sums s`,
  );
  // The squared deviations, level by level in ascending order; the middle values from cumulative counts.
  const cumulative = (l: number) => `(${ordered(counts.slice(0, l + 1), '0')})`;
  const middle = (beyond: string) => `CASE ${ls.map((l) => `WHEN 2 * ${cumulative(l)} > ${beyond} THEN v${l}`).join(' ')} END`;
  const first = `CASE ${ls.map((l) => `WHEN c${l} > 0 THEN v${l}`).join(' ')} END`;
  const last = `CASE ${[...ls]
    .reverse()
    .map((l) => `WHEN c${l} > 0 THEN v${l}`)
    .join(' ')} END`;
  w.add(
    'caf_item_spread',
    ['caf_item_means'],
    `SELECT m.*,
    ${ordered(
      ls.map((l) => `((c${l} * (v${l} - mean)) * (v${l} - mean))`),
      w.asDouble('0'),
    )} AS squares,
    CASE WHEN mean IS NOT NULL THEN ${middle('n - 1')} END AS low_middle,
    CASE WHEN mean IS NOT NULL THEN ${middle('n')} END AS high_middle,
    CASE WHEN mean IS NOT NULL THEN ${first} END AS item_min,
    CASE WHEN mean IS NOT NULL THEN ${last} END AS item_max
  FROM caf_item_means m`,
  );
  w.add(
    'caf_item_agreement',
    ['caf_item_spread'],
    `SELECT p.*,
  CASE WHEN low_middle = high_middle THEN low_middle ELSE (low_middle + high_middle) / 2 END AS median,
  ${agreementColumns(w, 'n', 'squares', 'scale_range', 'withheld')}
  FROM caf_item_spread p`,
  );
  const score = used.itemStatistic === 'median' ? 'median' : 'mean';
  w.add(
    'caf_item_scores',
    ['caf_item_agreement'],
    `SELECT a.*, ${score} AS score,
  ${agreementIndex(w, 'agreement_index', 'agreement_low')},
  CASE
    WHEN n = 0 THEN CASE WHEN records = 0 THEN 'missing' WHEN not_applicable = 0 THEN 'all-dont-know'
      WHEN dont_know = 0 THEN 'all-not-applicable' ELSE 'no-scoring-answers' END
    WHEN withheld = 1 THEN 'too-few-respondents'
  END AS unscored_reason
  FROM caf_item_agreement a`,
  );
}

/** Pivots one row per item into one column per place in the theme: conditions first, then enablers. */
function pivot(w: Writer, from: string, value: string, weight: string, present: string): string {
  const { conditions, enablers } = w.model;
  const column = (kind: 'condition' | 'enabler', k: number, what: string, name: string) =>
    `MAX(CASE WHEN ${from}kind = '${kind}' AND ${from}kind_pos = ${k} AND ${present} THEN ${what} END) AS ${name}`;
  return [
    ...range(conditions).flatMap((k) => [column('condition', k, value, `pc${k}`), column('condition', k, weight, `wc${k}`)]),
    ...range(enablers).flatMap((k) => [column('enabler', k, value, `pe${k}`), column('enabler', k, weight, `we${k}`)]),
  ].join(',\n    ');
}

/** The weighted sums of a pivot, in survey order: conditions, enablers and all. */
function pivotSums(w: Writer): string {
  const { conditions, enablers } = w.model;
  const zero = w.asDouble('0');
  const terms = (prefix: string, count: number) => range(count).map((k) => `COALESCE(${prefix}${k}, ${zero})`);
  return [
    `${ordered(terms('pc', conditions), zero)} AS condition_sum`,
    `${ordered(terms('wc', conditions), zero)} AS condition_weight`,
    `${ordered(terms('pe', enablers), zero)} AS enabler_sum`,
    `${ordered(terms('we', enablers), zero)} AS enabler_weight`,
    `${ordered([...terms('pc', conditions), ...terms('pe', enablers)], zero)} AS all_sum`,
    `${ordered([...terms('wc', conditions), ...terms('we', enablers)], zero)} AS all_weight`,
  ].join(',\n    ');
}

/** The weighted mean of a pivot's sums, clamped to the scale, or null without weight. */
function weighted(sum: string, weight: string, from = ''): string {
  return `CASE WHEN ${weight} > 0 THEN ${clamp(`${sum} / ${weight}`, `${from}scale_min`, `${from}scale_max`)} END`;
}

/** Theme scores per unit, and theme agreement over the respondents' own theme scores (§5 to §7). */
function themeTables(w: Writer): void {
  const keys = 'org, is_group, grp, theme_no';
  w.add(
    'caf_theme_parts',
    ['caf_item_scores'],
    `SELECT ${keys}, CAST(SUM(CASE WHEN score IS NULL THEN 0 ELSE 1 END) AS BIGINT) AS scored_items${w.model.conditions + w.model.enablers > 0 ? ',' : ''}
    ${pivot(w, '', 'weight * score', 'weight', 'score IS NOT NULL')}
  FROM caf_item_scores
  GROUP BY ${keys}`,
  );
  w.add(
    'caf_theme_sums',
    ['caf_theme_parts'],
    `SELECT ${keys}, scored_items,
    ${pivotSums(w)}
  FROM caf_theme_parts`,
  );
  // Each respondent's own theme score: the weighted mean of their values, in survey order.
  w.add(
    'caf_respondent_parts',
    ['caf_accepted', 'caf_items'],
    `SELECT a.org, a.resp, a.grp, i.theme_no${w.model.conditions + w.model.enablers > 0 ? ',' : ''}
    ${pivot(w, 'i.', 'i.weight * a.val', 'i.weight', 'a.val IS NOT NULL')}
  FROM caf_accepted a
  JOIN caf_items i ON i.item_no = a.item_no
  GROUP BY a.org, a.resp, a.grp, i.theme_no`,
  );
  w.add(
    'caf_respondent_sums',
    ['caf_respondent_parts'],
    `SELECT org, resp, grp, theme_no,
    ${pivotSums(w)}
  FROM caf_respondent_parts`,
  );
  w.add(
    'caf_respondent_themes',
    ['caf_respondent_sums', 'caf_themes'],
    `SELECT r.org, r.resp, r.grp, r.theme_no, ${weighted('r.all_sum', 'r.all_weight', 't.')} AS x
  FROM caf_respondent_sums r
  JOIN caf_themes t ON t.theme_no = r.theme_no
  WHERE r.all_weight > 0`,
  );
  w.add(
    'caf_unit_theme_values',
    ['caf_respondent_themes', 'caf_groups'],
    `SELECT org, 0 AS is_group, '' AS grp, theme_no, x FROM caf_respondent_themes
  UNION ALL
  SELECT r.org, 1 AS is_group, r.grp, r.theme_no, r.x
  FROM caf_respondent_themes r
  JOIN caf_groups g ON g.org = r.org AND g.grp = r.grp
  WHERE g.suppressed = 0`,
  );
  if (w.target.dialect === 'duckdb') {
    // Sums in ascending order of the values, as our code adds them: list_reduce folds from the left.
    w.add(
      'caf_theme_lists',
      ['caf_unit_theme_values'],
      `SELECT ${keys}, COUNT(*) AS n, list(x ORDER BY x) AS xs
  FROM caf_unit_theme_values
  GROUP BY ${keys}`,
    );
    w.add(
      'caf_theme_means',
      ['caf_theme_lists'],
      `SELECT l.*, list_reduce(xs, lambda acc, v: acc + v) / CAST(n AS DOUBLE) AS mean
  FROM caf_theme_lists l`,
    );
    w.add(
      'caf_theme_spread',
      ['caf_theme_means'],
      `SELECT ${keys}, n, list_reduce(list_transform(xs, lambda v: (v - mean) * (v - mean)), lambda acc, v: acc + v) AS squares
  FROM caf_theme_means`,
    );
  } else {
    // Standard SQL has no ordered sum: SUM may add in any order (docs/sql.md, "Exactness").
    w.add(
      'caf_theme_means',
      ['caf_unit_theme_values'],
      `SELECT ${keys}, COUNT(*) AS n, SUM(x) / ${w.asDouble('COUNT(*)')} AS mean
  FROM caf_unit_theme_values
  GROUP BY ${keys}`,
    );
    w.add(
      'caf_theme_spread',
      ['caf_theme_means', 'caf_unit_theme_values'],
      `SELECT m.org, m.is_group, m.grp, m.theme_no, m.n, SUM((v.x - m.mean) * (v.x - m.mean)) AS squares
  FROM caf_theme_means m
  JOIN caf_unit_theme_values v ON v.org = m.org AND v.is_group = m.is_group AND v.grp = m.grp AND v.theme_no = m.theme_no
  GROUP BY m.org, m.is_group, m.grp, m.theme_no, m.n`,
    );
  }
  const join = (alias: string) => `${alias}.org = u.org AND ${alias}.is_group = u.is_group AND ${alias}.grp = u.grp AND ${alias}.theme_no = t.theme_no`;
  w.add(
    'caf_theme_base',
    ['caf_units', 'caf_themes', 'caf_theme_sums', 'caf_theme_spread'],
    `SELECT u.org, u.is_group, u.grp, u.withheld, t.theme_no, t.theme_id, t.item_count, t.scale_no, t.scale_min, t.scale_max, t.scale_range,
    COALESCE(p.scored_items, 0) AS scored_items,
    ${weighted('p.all_sum', 'p.all_weight', 't.')} AS score,
    ${weighted('p.condition_sum', 'p.condition_weight', 't.')} AS conditions_score,
    ${weighted('p.enabler_sum', 'p.enabler_weight', 't.')} AS enablers_score,
    COALESCE(s.n, 0) AS agreement_n, s.squares
  FROM caf_units u
  CROSS JOIN caf_themes t
  LEFT JOIN caf_theme_sums p ON ${join('p')}
  LEFT JOIN caf_theme_spread s ON ${join('s')}`,
  );
  w.add(
    'caf_theme_agreement',
    ['caf_theme_base'],
    `SELECT b.*,
  ${agreementColumns(w, 'agreement_n', 'squares', 'scale_range', 'withheld')}
  FROM caf_theme_base b`,
  );
}

/** The final queries. */
function queries(w: Writer): Omit<ScoringSql, 'dialect' | 'options'> {
  const group = `CASE WHEN is_group = 1 THEN grp END AS "respondent_group"`;
  const order = 'ORDER BY org, is_group, grp';
  const itemScores = w.query(
    ['caf_item_scores'],
    `SELECT org AS "organisation_id", ${group}, item_id AS "item_id", theme_id AS "theme_id", kind AS "kind",
  n AS "n", score AS "score", mean AS "mean", median AS "median", agreement_sd AS "sd", item_min AS "min", item_max AS "max",
  dont_know AS "dont_know", not_applicable AS "not_applicable", records AS "respondents", unit_respondents - records AS "missing",
  ${indent(nearest(w, 'score', 'scale_no'))} AS "level",
  unscored_reason AS "unscored_reason",
  n AS "agreement_n", agreement_sd AS "agreement_sd", agreement_index AS "agreement_index", agreement_low AS "agreement_low"
FROM caf_item_scores
${order}, item_no`,
  );
  const themeScores = w.query(
    ['caf_theme_agreement'],
    `SELECT org AS "organisation_id", ${group}, theme_id AS "theme_id",
  score AS "score", conditions_score AS "conditions_score", enablers_score AS "enablers_score",
  ${indent(nearest(w, 'score', 'scale_no'))} AS "level",
  scored_items AS "scored_items", item_count AS "items",
  CASE WHEN item_count > 0 THEN ${w.asDouble('scored_items')} / item_count ELSE ${w.asDouble('0')} END AS "coverage",
  CASE WHEN score IS NOT NULL AND (CASE WHEN item_count > 0 THEN ${w.asDouble('scored_items')} / item_count ELSE ${w.asDouble('0')} END) >= ${w.real(w.target.used.minCoverage)} THEN TRUE ELSE FALSE END AS "sufficient",
  agreement_n AS "agreement_n", agreement_sd AS "agreement_sd",
  ${agreementIndex(w, '"agreement_index"', '"agreement_low"')}
FROM caf_theme_agreement
${order}, theme_no`,
  );
  const organisations = w.query(
    ['caf_organisations'],
    `SELECT org AS "organisation_id", respondents AS "respondents", answers AS "answers",
  CASE WHEN withheld = 1 THEN 'too-few-respondents' END AS "unscored_reason"
FROM caf_organisations
ORDER BY org`,
  );
  const groups = w.query(
    ['caf_groups'],
    `SELECT org AS "organisation_id", grp AS "respondent_group", respondents AS "respondents",
  CASE WHEN suppressed = 1 THEN TRUE ELSE FALSE END AS "suppressed"
FROM caf_groups
ORDER BY org, grp`,
  );
  const rejected = w.query(['caf_rejected'], `SELECT * FROM caf_rejected\nORDER BY "organisation_id", "respondent_id", "item_id", "reason"`);
  const accounting = w.query(
    ['caf_read', 'caf_accepted', 'caf_rejected'],
    `SELECT (SELECT COUNT(*) FROM caf_read) AS "rows_read",
  (SELECT COUNT(*) FROM caf_accepted) AS "answers",
  (SELECT COUNT(*) FROM caf_read WHERE status = 'blank') AS "blank",
  (SELECT COUNT(*) FROM caf_rejected) AS "rejected"`,
  );
  return { itemScores, themeScores, organisations, groups, rejected, accounting };
}

/**
 * Writes the default scoring method (`caf-default`, docs/scoring.md) as SQL over a table of answers in the long
 * layout, so that a database or warehouse scores the answers where they are: item statistics, theme scores with
 * weights and coverage, levels and agreement, for each organisation and each unsuppressed respondent group, equal to
 * {@link scoreAnswers} to the last bit in the DuckDB dialect (docs/sql.md says where the ANSI form may differ).
 *
 * The framework (its ids, weights, scales and the accepted answer spellings) is embedded in each query as escaped
 * literals; the table and column names are quoted. Rows that cannot be scored are never dropped silently: the
 * `rejected` query lists them with their reason, and `accounting` adds them up.
 *
 * @param framework - The framework the answers were given against.
 * @param options - The dialect, the table and its column names, and the scoring options.
 * @returns The queries, deeply frozen, with the dialect and the scoring options they apply.
 * @throws TypeError when `framework` is not a framework, or `options` or `options.columns` is not an object.
 * @throws RangeError when an option is unknown or out of range (as for {@link scoreAnswers}), a table or
 *   column name is empty or holds a NUL character, a one-part table name starts with `caf_` (as the query's own
 *   steps are named), two items share an id, or an id holds a control character or a backslash.
 * @example
 * ```ts
 * import { DuckDBInstance } from '@duckdb/node-api';
 * import { effectiveCancerAllianceFramework } from 'cancer-alliance-framework';
 * import { scoringSql } from 'cancer-alliance-framework/assessment';
 *
 * const sql = scoringSql(effectiveCancerAllianceFramework, { table: 'answers', minRespondents: 3 });
 * const connection = await (await DuckDBInstance.create(':memory:')).connect();
 * await connection.run(`CREATE TABLE answers AS SELECT * FROM read_csv('answers.csv', all_varchar = true)`);
 * const themes = (await connection.runAndReadAll(sql.themeScores)).getRowObjectsJS();
 * themes[0]; // { organisation_id: …, respondent_group: null, theme_id: 'T1', score: …, level: …, coverage: …, … }
 * const rejected = (await connection.runAndReadAll(sql.rejected)).getRowObjectsJS(); // every row not scored, and why
 * ```
 * @category Scoring
 */
export function scoringSql(framework: Framework, options?: ScoringSqlOptions | undefined): ScoringSql {
  const target = resolveSqlOptions(options);
  const model = modelOf(framework);
  const writer = new Writer(model, target);
  frameworkTables(writer, framework);
  readTables(writer);
  unitTables(writer);
  itemTables(writer);
  themeTables(writer);
  return deepFreeze({ dialect: target.dialect, options: target.used, ...queries(writer) });
}
