import { shownAs, tableOf, type Column, type CsvTable, type Row } from '../report/csv.js';
import { textColourOn } from '../report/colour.js';
import type { AllianceItem, AllianceReport, AllianceTheme, NationalReport, ReportSet } from '../report/model.js';
import { writeWorkbook, type CellInput, type CellStyle, type SheetInput } from './writer.js';

// The report workbook: the report set as sheets for analysts. Numbers are stored unrounded, as numbers, and shown
// rounded by their number format; text is always text. docs/reports.md lists the sheets and their columns.

/** A colour-blind-safe sequential scale (ColorBrewer "Blues", 5 classes): the fill of a level, lowest to highest. */
export const LEVEL_FILLS: readonly string[] = Object.freeze(['EFF3FF', 'C6DBEF', '9ECAE1', '6BAED6', '2171B5']);

/** The header row's look. */
const HEADER: CellStyle = { bold: true, fill: 'D8DDE0' };

/** The number format of a numeric column: a percentage, a whole number, or two decimals (scores and the like). */
export function numberFormatOf(column: string): string {
  const shown = shownAs(column);
  return shown === 'percent' ? '0%' : shown === 'whole' ? '0' : '0.00';
}

/** A table of the workbook: its header and rows of values, and the style of some cells. */
interface Table {
  readonly names: readonly string[];
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
  /** The fill of a cell, by row index and column name, when it has one (the levels). */
  readonly fillOf?: (row: number, column: string) => string | undefined;
}

/** The fill of a level on a scale from `min` to `max`. */
function levelFill(level: number | null, min: number, max: number): string | undefined {
  if (level === null) return undefined;
  const position = max > min ? (level - min) / (max - min) : 1;
  return LEVEL_FILLS[Math.round(Math.min(1, Math.max(0, position)) * (LEVEL_FILLS.length - 1))];
}

/** The width of a column in characters: its header or its longest text, within bounds. */
function widthOf(name: string, values: readonly (string | number | boolean | null)[]): number {
  let longest = name.length;
  for (const value of values) if (typeof value === 'string') longest = Math.max(longest, value.length);
  return Math.min(60, Math.max(10, longest + 2));
}

/** A sheet of a table: a bold header row, frozen with the first columns, an autofilter, formats and level fills. */
function tableSheet(name: string, table: Table, frozenColumns: number): SheetInput {
  const rows: CellInput[][] = [table.names.map((column) => ({ value: column, style: HEADER }))];
  table.rows.forEach((values, index) => {
    rows.push(
      values.map((value, position) => {
        const column = table.names[position] ?? '';
        const fill = table.fillOf?.(index, column);
        const style: CellStyle = {
          ...(typeof value === 'number' ? { numberFormat: numberFormatOf(column) } : {}),
          ...(fill === undefined ? {} : { fill, colour: textColourOn(`#${fill}`).slice(1).toUpperCase() }),
        };
        return Object.keys(style).length === 0 ? value : { value, style };
      }),
    );
  });
  const widths = table.names.map((column, position) =>
    widthOf(
      column,
      table.rows.map((row) => row[position] ?? null),
    ),
  );
  return { name, rows, widths, freeze: { rows: 1, columns: frozenColumns }, autoFilter: true };
}

/** One of the CSV tables (docs/reports.md) as a workbook table: the same columns, the same values. */
function csvTable(table: CsvTable, alliances: readonly AllianceReport[]): Table & { readonly source: readonly Row<unknown>[] } {
  const { columns, rows } = tableOf(table, alliances);
  const values = (column: Column<Row<unknown>>, row: Row<unknown>) => column.value(row);
  return { names: columns.map((column) => column.name), rows: rows.map((row) => columns.map((column) => values(column, row))), source: rows };
}

/** Theme scores, with each theme's level filled by its place on the theme's scale. */
function themeTable(alliances: readonly AllianceReport[]): Table {
  const table = csvTable('scores', alliances);
  return {
    ...table,
    fillOf: (index, column) => {
      if (column !== 'level' && column !== 'level_label') return undefined;
      const theme = table.source[index]?.entry as AllianceTheme | undefined;
      return theme === undefined ? undefined : levelFill(theme.level, theme.scaleMin, theme.scaleMax);
    },
  };
}

/** Item scores, with each item's level filled by its place on its theme's scale. */
function itemTable(alliances: readonly AllianceReport[]): Table {
  const table = csvTable('item-scores', alliances);
  return {
    ...table,
    fillOf: (index, column) => {
      if (column !== 'level' && column !== 'level_label') return undefined;
      const row = table.source[index];
      const item = row?.entry as AllianceItem | undefined;
      const theme = row?.report.themes.find((candidate) => candidate.themeId === item?.themeId);
      return item === undefined || theme === undefined ? undefined : levelFill(item.level, theme.scaleMin, theme.scaleMax);
    },
  };
}

/** One row per alliance: its summary figures. */
function allianceTable(alliances: readonly AllianceReport[]): Table {
  return {
    names: [
      'organisation_id',
      'organisation_name',
      'region_id',
      'region_name',
      'round_label',
      'respondents',
      'answers',
      'scored',
      'themes',
      'sufficient_themes',
      'themes_at_or_above_target',
      'themes_below_target',
      'to_target',
      'needs',
      'shared_barriers',
      'strengths',
    ],
    rows: alliances.map((report) => {
      const { summary, organisation } = report;
      return [
        organisation.id,
        organisation.name,
        organisation.region?.id ?? null,
        organisation.region?.name ?? null,
        report.round?.label ?? null,
        summary.respondents,
        summary.answers,
        summary.scored,
        summary.themes,
        summary.sufficientThemes,
        summary.themesAtOrAboveTarget,
        summary.themesBelowTarget,
        summary.toTarget,
        summary.needs,
        summary.sharedBarriers,
        summary.strengths.join('; '),
      ];
    }),
  };
}

/** One row per theme: its distribution over the alliances, the count at each level, and the change since the last round. */
function nationalTable(national: NationalReport): Table {
  const levels = [...new Set(national.themes.flatMap((theme) => theme.levels.map((level) => level.value)))].sort((a, b) => a - b);
  const withChange = national.themes.some((theme) => theme.change !== null);
  const names = [
    'theme_id',
    'theme_title',
    'scale_id',
    'target',
    'n',
    'excluded',
    'mean',
    'median',
    'q1',
    'q3',
    'min',
    'max',
    'sd',
    'standard_error',
    'below_target',
    'at_or_above_target',
    'needs',
    ...levels.map((value) => `level_${value}`),
    ...(withChange ? ['change_comparable_organisations', 'improved', 'declined', 'unchanged', 'mean_change'] : []),
  ];
  return {
    names,
    rows: national.themes.map((theme) => [
      theme.themeId,
      theme.title,
      theme.scaleId,
      theme.target,
      theme.n,
      theme.excluded,
      theme.mean,
      theme.median,
      theme.q1,
      theme.q3,
      theme.min,
      theme.max,
      theme.sd,
      theme.standardError,
      theme.belowTarget,
      theme.atOrAboveTarget,
      theme.needs,
      ...levels.map((value) => theme.levels.find((level) => level.value === value)?.count ?? null),
      ...(withChange
        ? [theme.change?.comparable ?? null, theme.change?.improved ?? null, theme.change?.declined ?? null, theme.change?.unchanged ?? null, theme.change?.meanChange ?? null]
        : []),
    ]),
  };
}

/** The summary sheet: what the workbook is, where its figures come from, the headline figures and the caveats. */
function summarySheet(national: NationalReport): SheetInput {
  const { summary, provenance } = national;
  const figures: [string, string | number | null, string?][] = [
    ['Title', national.title],
    ['Subtitle', national.subtitle],
    ['Round', national.round === null ? null : `${national.round.label} (${national.round.date})`],
    ['Previous round', national.previousRound === null ? null : `${national.previousRound.label} (${national.previousRound.date})`],
    ['Data notice', national.dataNotice],
    ['Framework', `${provenance.framework.title} (${provenance.framework.id} ${provenance.framework.version}, ${provenance.framework.status})`],
    ['Scoring method', `${provenance.scoring.id} ${provenance.scoring.version}`],
    ['Report model', `${provenance.reportModel.id} ${provenance.reportModel.version}`],
    ['Organisations', summary.organisations, '0'],
    ['Scored organisations', summary.scoredOrganisations, '0'],
    ['Respondents', summary.respondents, '0'],
    ['Themes', summary.themes, '0'],
    ['Median percentage to target', summary.medianToTarget, '0%'],
    ['Development needs', summary.totalNeeds, '0'],
    ['Organisations with needs', summary.organisationsWithNeeds, '0'],
    ['Common item barriers', summary.commonItemBarriers, '0'],
    ['Common theme barriers', summary.commonThemeBarriers, '0'],
    ...national.caveats.map((caveat): [string, string] => ['Caveat', caveat.text]),
  ];
  const rows: CellInput[][] = [
    [
      { value: 'figure', style: HEADER },
      { value: 'value', style: HEADER },
    ],
  ];
  for (const [label, value, format] of figures) {
    rows.push([label, typeof value === 'number' ? { value, style: { numberFormat: format ?? '0.00' } } : value]);
  }
  return { name: 'Summary', rows, widths: [30, 100], freeze: { rows: 1, columns: 0 } };
}

function isReportSet(value: unknown): value is ReportSet {
  if (value === null || typeof value !== 'object') return false;
  const { national, alliances } = value as { national?: { kind?: unknown } | null; alliances?: unknown };
  return (
    national !== null &&
    typeof national === 'object' &&
    national.kind === 'national-report' &&
    Array.isArray(alliances) &&
    alliances.every((report: unknown) => report !== null && typeof report === 'object' && (report as { kind?: unknown }).kind === 'alliance-report')
  );
}

/**
 * Exports a report set as an Excel workbook (`.xlsx` bytes) for analysts, one sheet per table: `Summary` (what the
 * figures are and where they come from, the headline figures, the caveats), `Alliances` (each alliance's summary),
 * `Theme scores`, `Gaps`, `Item scores`, `Needs` and `Barriers` (the tables of `exportCsv`, with the same columns),
 * and `National` (each theme's distribution over the alliances and the count at each level).
 *
 * Numbers are stored as numbers, unrounded, and shown rounded by their number format: scores to two decimals,
 * fractions as percentages, counts as whole numbers. Each table has a bold header row, frozen with its first columns,
 * an autofilter and column widths to fit; levels are filled by their place on the scale (a colour-blind-safe blue
 * scale, with the text colour of better contrast). Text is always stored as text: a name starting with `=`, `+`, `-`
 * or `@` is never a formula, and stays text when edited. The bytes are the same for the same reports.
 *
 * @param reports - The result of `buildReports`.
 * @returns The workbook's bytes.
 * @throws TypeError when `reports` is not a report set.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { exportReportXlsx } from 'cancer-alliance-framework/xlsx';
 * writeFileSync('report.xlsx', exportReportXlsx(reports));
 * ```
 * @category Workbooks
 */
export function exportReportXlsx(reports: ReportSet): Uint8Array {
  const fn = 'exportReportXlsx';
  if (!isReportSet(reports)) throw new TypeError(`${fn}: reports must be a report set, the result of buildReports ({ national, alliances })`);
  const { national, alliances } = reports;
  return writeWorkbook(fn, [
    summarySheet(national),
    tableSheet('Alliances', allianceTable(alliances), 2),
    tableSheet('Theme scores', themeTable(alliances), 2),
    tableSheet('Gaps', csvTable('gaps', alliances), 2),
    tableSheet('Item scores', itemTable(alliances), 2),
    tableSheet('Needs', csvTable('needs', alliances), 2),
    tableSheet('Barriers', csvTable('barriers', alliances), 2),
    tableSheet('National', nationalTable(national), 2),
  ]);
}
