import { isObject, isOneOf } from '../internal/guards.js';
import type { AllianceReport, ReportChange, ReportSet } from './model.js';

/**
 * Options of {@link exportCsv}.
 *
 * @category Report
 */
export interface ExportCsvOptions {
  /** The table to write: `'scores'`, `'item-scores'`, `'gaps'`, `'needs'` or `'barriers'`. Required. */
  readonly table: CsvTable;
  /** The line ending: `"\r\n"` (RFC 4180, the default) or `"\n"`. */
  readonly lineEnding?: '\r\n' | '\n' | undefined;
  /** Start with a UTF-8 byte order mark, which some spreadsheet programs need to read accents. Default false. */
  readonly bom?: boolean | undefined;
  /**
   * `'none'` (the default): numbers unrounded, as computed. `'report'`: rounded as the reports show them (scores and
   * the like to 2 decimals, fractions shown as percentages to whole percent, i.e. 2 decimals of the fraction, counts
   * and levels to whole numbers), for reading in a spreadsheet; keep `'none'` for further analysis.
   */
  readonly rounding?: 'none' | 'report' | undefined;
}

/** Columns shown as percentages (fractions from 0 to 1). */
const PERCENT = new Set(['coverage', 'to_target', 'prevalence']);

/** Columns that hold whole numbers: counts, levels, ranks. */
const WHOLE = new Set([
  'level',
  'scored_items',
  'items',
  'agreement_n',
  'national_n',
  'rank',
  'out_of',
  'n',
  'dont_know',
  'not_applicable',
  'missing',
  'need_rank',
  'barrier_rank',
  'sharing',
  'scored',
  'respondents',
  'answers',
  'themes',
  'sufficient_themes',
  'themes_at_or_above_target',
  'themes_below_target',
  'needs',
  'shared_barriers',
  'excluded',
  'below_target',
  'at_or_above_target',
  'change_comparable_organisations',
  'improved',
  'declined',
  'unchanged',
  'value',
]);

/**
 * How the reports show a numeric column: as a whole percentage (fractions from 0 to 1), a whole number (counts,
 * levels, ranks), or with two decimals (scores and the like). Internal: the CSV export's `rounding: 'report'` and the
 * report workbook's number formats both follow it.
 */
export function shownAs(column: string): 'percent' | 'whole' | 'decimal' {
  if (PERCENT.has(column)) return 'percent';
  if (WHOLE.has(column) || column.startsWith('level_')) return 'whole';
  return 'decimal';
}

/**
 * A number rounded as the reports show its column (src/report/format.ts, toFixed): a fraction shown as a percentage to
 * whole percent (its value x 100 to 0 decimals, given back as a fraction), a count or level to a whole, anything else to
 * 2 decimals; never a negative zero.
 */
function roundedAsShown(value: number, column: string): number {
  const shown = shownAs(column);
  const rounded = shown === 'percent' ? Number((value * 100).toFixed(0)) / 100 : Number(value.toFixed(shown === 'whole' ? 0 : 2));
  return rounded === 0 ? 0 : rounded;
}

/** The characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe to open in a spreadsheet: a cell whose first character is `=`, `+`, `-`, `@`, a
 * tab or a carriage return would be read as a formula (CSV or formula injection), so it gets a leading
 * apostrophe, which spreadsheets show as text. Every text cell of every CSV export passes through here;
 * numeric cells are written from numbers and are never changed, so a negative score stays `-0.5`.
 *
 * @param text - The text of a cell.
 * @returns The text, with a leading `'` when it would start a formula.
 * @throws TypeError when `text` is not a string.
 */
export function safeCsvCell(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`safeCsvCell: text must be a string, got ${typeof text}`);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a field as RFC 4180 asks: in double quotes, with inner quotes doubled, when it holds a comma, quote or line break. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** A column's type: how its values are written. */
type ColumnType = 'text' | 'number' | 'boolean';

/** A value of a cell; null is written as an empty cell. */
type CellValue = string | number | boolean | null;

/** A column of a table: its name, its type and how a row gives its value. Internal: shared with the report workbook. */
export interface Column<R> {
  readonly name: string;
  readonly type: ColumnType;
  readonly value: (row: R) => CellValue;
}

function writeCell(type: ColumnType, value: CellValue, table: string, column: string, round: boolean): string {
  if (value === null) return '';
  switch (type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new TypeError(`${table}: column ${column} needs a finite number, got ${String(value)}`);
      }
      // Numbers are data, not formulas: written as JavaScript writes them, '.' for decimals, never neutralised.
      return String(round ? roundedAsShown(value, column) : value);
    case 'boolean':
      return value === true ? 'true' : 'false';
    case 'text':
      return quote(safeCsvCell(String(value)));
  }
}

function writeCsv<R>(table: string, columns: readonly Column<R>[], rows: readonly R[], options: ExportCsvOptions): string {
  const lineEnding = options.lineEnding ?? '\r\n';
  if (!isOneOf(['\r\n', '\n'], lineEnding)) throw new RangeError(`${table}: options.lineEnding must be "\\r\\n" or "\\n"`);
  const rounding = options.rounding ?? 'none';
  if (!isOneOf(['none', 'report'], rounding)) throw new RangeError(`${table}: options.rounding must be "none" or "report", got ${JSON.stringify(rounding)}`);
  const round = rounding === 'report';
  const lines: string[] = [columns.map((column) => column.name).join(',')];
  for (const row of rows) lines.push(columns.map((column) => writeCell(column.type, column.value(row), table, column.name, round)).join(','));
  return `${options.bom === true ? '\uFEFF' : ''}${lines.join(lineEnding)}${lineEnding}`;
}

function alliancesOf(table: string, reports: readonly AllianceReport[] | ReportSet): readonly AllianceReport[] {
  const given: unknown = reports;
  const list: unknown = Array.isArray(given) ? given : (given as { readonly alliances?: unknown } | null)?.alliances;
  if (!Array.isArray(list)) throw new TypeError(`${table}: reports must be a list of alliance reports or the result of buildReports`);
  for (const report of list as readonly unknown[]) {
    if (report === null || typeof report !== 'object' || (report as { readonly kind?: unknown }).kind !== 'alliance-report') {
      throw new TypeError(`${table}: every report must be an alliance report (kind "alliance-report")`);
    }
  }
  return list as readonly AllianceReport[];
}

/** A row of a table: an entry of an alliance report (a theme, item, need or barrier) with its report. */
export interface Row<T> {
  readonly report: AllianceReport;
  readonly entry: T;
}

function prefix<T>(): Column<Row<T>>[] {
  return [
    { name: 'organisation_id', type: 'text', value: (row) => row.report.organisation.id },
    { name: 'organisation_name', type: 'text', value: (row) => row.report.organisation.name },
    { name: 'region_id', type: 'text', value: (row) => row.report.organisation.region?.id ?? null },
    { name: 'region_name', type: 'text', value: (row) => row.report.organisation.region?.name ?? null },
    { name: 'round_label', type: 'text', value: (row) => row.report.round?.label ?? null },
    { name: 'framework_id', type: 'text', value: (row) => row.report.provenance.framework.id },
    { name: 'framework_version', type: 'text', value: (row) => row.report.provenance.framework.version },
  ];
}

function rowsOf<T>(reports: readonly AllianceReport[], entries: (report: AllianceReport) => readonly T[]): Row<T>[] {
  return reports.flatMap((report) => entries(report).map((entry) => ({ report, entry })));
}

function changeColumns<T extends { readonly change: ReportChange | null }>(): Column<Row<T>>[] {
  return [
    { name: 'previous_score', type: 'number', value: (row) => row.entry.change?.earlierScore ?? null },
    { name: 'change', type: 'number', value: (row) => row.entry.change?.change ?? null },
    { name: 'change_comparable', type: 'boolean', value: (row) => (row.entry.change === null ? null : row.entry.change.comparable) },
  ];
}

type ThemeRow = Row<AllianceReport['themes'][number]>;
type ItemRow = Row<AllianceReport['items'][number]>;
type NeedRow = Row<AllianceReport['needs'][number]>;
type BarrierRow = Row<AllianceReport['barriers'][number]>;

const SCORE_COLUMNS: readonly Column<ThemeRow>[] = [
  ...prefix<ThemeRow['entry']>(),
  { name: 'theme_id', type: 'text', value: (row) => row.entry.themeId },
  { name: 'theme_title', type: 'text', value: (row) => row.entry.title },
  { name: 'score', type: 'number', value: (row) => row.entry.score },
  { name: 'conditions_score', type: 'number', value: (row) => row.entry.conditionsScore },
  { name: 'enablers_score', type: 'number', value: (row) => row.entry.enablersScore },
  { name: 'level', type: 'number', value: (row) => row.entry.level },
  { name: 'level_label', type: 'text', value: (row) => row.entry.levelLabel },
  { name: 'scored_items', type: 'number', value: (row) => row.entry.scoredItems },
  { name: 'items', type: 'number', value: (row) => row.entry.items },
  { name: 'coverage', type: 'number', value: (row) => row.entry.coverage },
  { name: 'sufficient', type: 'boolean', value: (row) => row.entry.sufficient },
  { name: 'agreement_n', type: 'number', value: (row) => row.entry.agreement.n },
  { name: 'agreement_sd', type: 'number', value: (row) => row.entry.agreement.sd },
  { name: 'agreement_index', type: 'number', value: (row) => row.entry.agreement.index },
  { name: 'agreement_low', type: 'boolean', value: (row) => row.entry.agreement.low },
  { name: 'target', type: 'number', value: (row) => row.entry.target },
  { name: 'national_n', type: 'number', value: (row) => row.entry.national.n },
  { name: 'national_median', type: 'number', value: (row) => row.entry.national.median },
  { name: 'distance_from_median', type: 'number', value: (row) => row.entry.distanceFromMedian },
  { name: 'rank', type: 'number', value: (row) => row.entry.rank },
  { name: 'out_of', type: 'number', value: (row) => row.entry.outOf },
  ...changeColumns<ThemeRow['entry']>(),
  { name: 'change_low', type: 'number', value: (row) => row.entry.change?.interval?.low ?? null },
  { name: 'change_high', type: 'number', value: (row) => row.entry.change?.interval?.high ?? null },
  { name: 'change_clear', type: 'boolean', value: (row) => (row.entry.change === null ? null : row.entry.change.clear) },
];

const ITEM_COLUMNS: readonly Column<ItemRow>[] = [
  ...prefix<ItemRow['entry']>(),
  { name: 'theme_id', type: 'text', value: (row) => row.entry.themeId },
  { name: 'item_id', type: 'text', value: (row) => row.entry.itemId },
  { name: 'item_kind', type: 'text', value: (row) => row.entry.kind },
  { name: 'item_text', type: 'text', value: (row) => row.entry.text },
  { name: 'n', type: 'number', value: (row) => row.entry.n },
  { name: 'score', type: 'number', value: (row) => row.entry.score },
  { name: 'mean', type: 'number', value: (row) => row.entry.mean },
  { name: 'median', type: 'number', value: (row) => row.entry.median },
  { name: 'sd', type: 'number', value: (row) => row.entry.sd },
  { name: 'min', type: 'number', value: (row) => row.entry.min },
  { name: 'max', type: 'number', value: (row) => row.entry.max },
  { name: 'level', type: 'number', value: (row) => row.entry.level },
  { name: 'level_label', type: 'text', value: (row) => row.entry.levelLabel },
  { name: 'dont_know', type: 'number', value: (row) => row.entry.dontKnow },
  { name: 'not_applicable', type: 'number', value: (row) => row.entry.notApplicable },
  { name: 'missing', type: 'number', value: (row) => row.entry.missing },
  { name: 'unscored_reason', type: 'text', value: (row) => row.entry.unscoredReason },
  { name: 'agreement_index', type: 'number', value: (row) => row.entry.agreement.index },
  { name: 'agreement_low', type: 'boolean', value: (row) => row.entry.agreement.low },
  { name: 'target', type: 'number', value: (row) => row.entry.target },
  { name: 'gap', type: 'number', value: (row) => row.entry.gap },
  { name: 'shortfall', type: 'number', value: (row) => row.entry.shortfall },
  { name: 'band', type: 'text', value: (row) => row.entry.band },
  ...changeColumns<ItemRow['entry']>(),
];

const GAP_COLUMNS: readonly Column<ThemeRow>[] = [
  ...prefix<ThemeRow['entry']>(),
  { name: 'theme_id', type: 'text', value: (row) => row.entry.themeId },
  { name: 'theme_title', type: 'text', value: (row) => row.entry.title },
  { name: 'score', type: 'number', value: (row) => row.entry.score },
  { name: 'sufficient', type: 'boolean', value: (row) => row.entry.sufficient },
  { name: 'target', type: 'number', value: (row) => row.entry.target },
  { name: 'target_source', type: 'text', value: (row) => row.entry.targetSource },
  { name: 'gap', type: 'number', value: (row) => row.entry.gap },
  { name: 'shortfall', type: 'number', value: (row) => row.entry.shortfall },
  { name: 'priority_weight', type: 'number', value: (row) => row.entry.priorityWeight },
  { name: 'band', type: 'text', value: (row) => row.entry.band },
  { name: 'position', type: 'text', value: (row) => row.entry.position },
  { name: 'conditions_score', type: 'number', value: (row) => row.entry.conditionsScore },
  { name: 'enablers_score', type: 'number', value: (row) => row.entry.enablersScore },
  { name: 'to_target', type: 'number', value: (row) => row.report.summary.toTarget },
];

const LIST_SEPARATOR = '; ';

const NEED_COLUMNS: readonly Column<NeedRow>[] = [
  ...prefix<NeedRow['entry']>(),
  { name: 'need_rank', type: 'number', value: (row) => row.entry.rank },
  { name: 'theme_id', type: 'text', value: (row) => row.entry.themeId },
  { name: 'theme_title', type: 'text', value: (row) => row.entry.title },
  { name: 'score', type: 'number', value: (row) => row.entry.score },
  { name: 'conditions_score', type: 'number', value: (row) => row.entry.conditionsScore },
  { name: 'enablers_score', type: 'number', value: (row) => row.entry.enablersScore },
  { name: 'target', type: 'number', value: (row) => row.entry.target },
  { name: 'shortfall', type: 'number', value: (row) => row.entry.shortfall },
  { name: 'priority_weight', type: 'number', value: (row) => row.entry.priorityWeight },
  { name: 'band', type: 'text', value: (row) => row.entry.band },
  { name: 'position', type: 'text', value: (row) => row.entry.position },
  { name: 'weak_conditions', type: 'text', value: (row) => row.entry.weakConditions.map((item) => item.itemId).join(LIST_SEPARATOR) },
  {
    name: 'weak_enablers',
    type: 'text',
    value: (row) => [...new Set(row.entry.weakConditions.flatMap((item) => item.weakEnablers.map((enabler) => enabler.itemId)))].join(LIST_SEPARATOR),
  },
  { name: 'lowest_items', type: 'text', value: (row) => row.entry.lowestItems.map((item) => item.itemId).join(LIST_SEPARATOR) },
  { name: 'role_ids', type: 'text', value: (row) => row.entry.roles.map((role) => role.roleId).join(LIST_SEPARATOR) },
  { name: 'role_names', type: 'text', value: (row) => row.entry.roles.map((role) => role.name).join(LIST_SEPARATOR) },
  { name: 'peer_ids', type: 'text', value: (row) => row.entry.peers.map((peer) => peer.organisationId).join(LIST_SEPARATOR) },
  { name: 'peer_names', type: 'text', value: (row) => row.entry.peers.map((peer) => peer.name).join(LIST_SEPARATOR) },
];

const BARRIER_COLUMNS: readonly Column<BarrierRow>[] = [
  ...prefix<BarrierRow['entry']>(),
  { name: 'barrier_level', type: 'text', value: (row) => row.entry.level },
  { name: 'barrier_rank', type: 'number', value: (row) => row.entry.rank },
  { name: 'barrier_id', type: 'text', value: (row) => row.entry.id },
  { name: 'theme_id', type: 'text', value: (row) => row.entry.themeId },
  { name: 'item_kind', type: 'text', value: (row) => row.entry.kind },
  { name: 'barrier_text', type: 'text', value: (row) => row.entry.text },
  { name: 'sharing', type: 'number', value: (row) => row.entry.sharing },
  { name: 'scored', type: 'number', value: (row) => row.entry.scored },
  { name: 'prevalence', type: 'number', value: (row) => row.entry.prevalence },
  { name: 'mean_shortfall', type: 'number', value: (row) => row.entry.meanShortfall },
  { name: 'score', type: 'number', value: (row) => row.entry.score },
  { name: 'shortfall', type: 'number', value: (row) => row.entry.shortfall },
];

/**
 * The tables {@link exportCsv} writes: theme scores, item scores, gaps to target, development needs and shared
 * barriers.
 *
 * @category Report
 */
export type CsvTable = 'scores' | 'item-scores' | 'gaps' | 'needs' | 'barriers';

/** A table's columns, and the entries of an alliance report that become its rows. */
interface TableSpec<T> {
  readonly columns: readonly Column<Row<T>>[];
  readonly entries: (report: AllianceReport) => readonly T[];
}

function tableSpec<T>(columns: readonly Column<Row<T>>[], entries: (report: AllianceReport) => readonly T[]): TableSpec<unknown> {
  return { columns, entries } as unknown as TableSpec<unknown>;
}

const TABLES: Readonly<Record<CsvTable, TableSpec<unknown>>> = {
  scores: tableSpec(SCORE_COLUMNS, (report) => report.themes),
  'item-scores': tableSpec(ITEM_COLUMNS, (report) => report.items),
  gaps: tableSpec(GAP_COLUMNS, (report) => report.themes),
  needs: tableSpec(NEED_COLUMNS, (report) => report.needs),
  barriers: tableSpec(BARRIER_COLUMNS, (report) => report.barriers),
};

const TABLE_NAMES = Object.keys(TABLES) as CsvTable[];

/**
 * The columns of a table and its rows for some alliance reports: what `exportCsv` writes, for other writers of the
 * same tables (the report workbook). Internal.
 */
export function tableOf(table: CsvTable, reports: readonly AllianceReport[]): { readonly columns: readonly Column<Row<unknown>>[]; readonly rows: readonly Row<unknown>[] } {
  const spec = TABLES[table];
  return { columns: spec.columns, rows: rowsOf(reports, spec.entries) };
}

/**
 * The column names of a CSV table, in order, as documented in docs/reports.md. They are stable: a new column is
 * only ever added at the end, and a column is never renamed within a major version.
 *
 * @param table - The table: `'scores'`, `'item-scores'`, `'gaps'`, `'needs'` or `'barriers'`.
 * @returns The column names, frozen.
 * @throws RangeError when the table is not one of these.
 * @example
 * ```ts
 * csvColumnsOf('scores').includes('national_median'); // true
 * ```
 * @category Report
 */
export function csvColumnsOf(table: CsvTable): readonly string[] {
  const spec = typeof table === 'string' && Object.hasOwn(TABLES, table) ? TABLES[table] : undefined;
  if (spec === undefined) throw new RangeError(`csvColumnsOf: table must be one of ${TABLE_NAMES.join(', ')}, got ${JSON.stringify(table)}`);
  return Object.freeze(spec.columns.map((column) => column.name));
}

/**
 * Exports one table of the reports as tidy CSV, one row per alliance and theme, item, need or barrier:
 *
 * - `'scores'`: theme scores, with the score, its parts, level, coverage, agreement, target, national median, rank
 *   and the change since the previous round;
 * - `'item-scores'`: item scores (Conditions of Success and Enabling Factors), with the statistics of their
 *   answers, level, agreement, gap to target and change;
 * - `'gaps'`: gaps to target, with the target and where it came from, the gap, shortfall, priority weight and band,
 *   and the theme's position;
 * - `'needs'`: priority development needs, most urgent first, with the weak items and who can help (lists in a cell
 *   are separated by `"; "`);
 * - `'barriers'`: the common barriers each alliance shares (item barriers, then theme barriers), with the barrier's
 *   prevalence and the alliance's own score and shortfall.
 *
 * Numbers are unrounded with `.` for decimals, an empty cell is no value, and text is quoted as RFC 4180 asks and
 * made safe against formula injection (a cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return
 * gets a leading `'`).
 *
 * @param reports - Alliance reports, or the result of {@link buildReports}.
 * @param options - The table (required); the line ending and a byte order mark.
 * @returns The CSV text, ending in a line break.
 * @throws TypeError when `reports` is not a list of alliance reports or a report set; RangeError when the table is
 *   not one of the five.
 * @example
 * ```ts
 * const csv = exportCsv(buildReports(scores, { framework }), { table: 'scores' });
 * csv.split('\r\n')[0]; // 'organisation_id,organisation_name,region_id,...'
 * ```
 * @category Report
 */
export function exportCsv(reports: readonly AllianceReport[] | ReportSet, options: ExportCsvOptions): string {
  const fn = 'exportCsv';
  if (!isObject(options) || Array.isArray(options)) {
    throw new TypeError(`${fn}: options are required, with at least { table }: one of ${TABLE_NAMES.join(', ')}`);
  }
  const { table } = options;
  const spec = typeof table === 'string' && Object.hasOwn(TABLES, table) ? TABLES[table] : undefined;
  if (spec === undefined) throw new RangeError(`${fn}: options.table must be one of ${TABLE_NAMES.join(', ')}, got ${JSON.stringify(table)}`);
  return writeCsv(fn, spec.columns, rowsOf(alliancesOf(fn, reports), spec.entries), options);
}
