import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReports, effectiveCancerAllianceFramework as framework, exportCsv, scoreAnswersCsv, type ReportSet } from '../../src/index.js';
import { itemsOf, referenceFrameworks, scaleOf } from '../../src/framework/index.js';
import { csvColumnsOf, type CsvTable } from '../../src/report/index.js';
import { contrastRatio } from '../../src/report/colour.js';
import { CsvSplitter } from '../../src/internal/csv.js';
import { exportAnswersTemplateXlsx, exportReportXlsx, parseAnswersXlsx } from '../../src/xlsx/index.js';
import { LEVEL_FILLS } from '../../src/xlsx/report.js';
import { Workbook } from '../../src/xlsx/workbook.js';
import { writeWorkbook } from '../../src/xlsx/writer.js';
import { scanXml } from '../../src/xlsx/xml.js';
import { smallReports, TEMPLATE_OPTIONS } from './fixtures/inputs.js';
import { partsOf, rawCells, rowsOf, zipParts, type RawCell } from './helpers.js';
import { SAMPLE_FRAMEWORK_VERSION } from '../../examples/sample/sample.js';

const sampleCsv = readFileSync(new URL('../../examples/sample/answers-2023-24.csv', import.meta.url), 'utf8');
// The sample's rounds were answered on the reference framework 1.0.0 (eight themes), and score on it; the template is
// written on the current reference framework, as exportAnswersTemplateXlsx is called for it.
const sampleFramework = referenceFrameworks[SAMPLE_FRAMEWORK_VERSION];
const reports: ReportSet = buildReports(scoreAnswersCsv(sampleCsv, { framework: sampleFramework }).scores, { framework: sampleFramework, synthetic: true });
const bytes = exportReportXlsx(reports);
const sheets = rawCells(bytes);
const LIMITS = { maxUncompressedBytes: 1e9, maxSheets: 100, maxRows: 1e7, maxCells: 1e8 };

/** A CSV text's rows. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  const splitter = new CsvSplitter(',', 1, (cells) => rows.push(cells));
  splitter.write(text.replace(/\r\n/g, '\n'));
  splitter.end();
  return rows;
}

const rowCache = new Map<string, (string | number | boolean | null)[][]>();

/** A sheet's rows of values, read once. */
function rowsOfSheet(name: string): (string | number | boolean | null)[][] {
  let rows = rowCache.get(name);
  if (rows === undefined) {
    rows = rowsOf(sheet(name));
    rowCache.set(name, rows);
  }
  return rows;
}

/** A sheet's cells, failing when it is missing. */
function sheet(name: string): ReadonlyMap<string, RawCell> {
  const found = sheets.get(name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

/** The element attributes of every `<name>` in an XML text. */
function elements(xml: string, name: string): Readonly<Record<string, string>>[] {
  const found: Readonly<Record<string, string>>[] = [];
  scanXml(xml, { open: (element, attributes) => (element === name ? found.push({ ...attributes }) : undefined), close: () => undefined, text: () => undefined }, 'test');
  return found;
}

const TABLES: readonly (readonly [string, CsvTable])[] = [
  ['Theme scores', 'scores'],
  ['Gaps', 'gaps'],
  ['Item scores', 'item-scores'],
  ['Needs', 'needs'],
  ['Barriers', 'barriers'],
];

describe('exportReportXlsx: the report workbook', { timeout: 60_000 }, () => {
  it('has the eight sheets, in order', () => {
    expect([...sheets.keys()]).toEqual(['Summary', 'Alliances', 'Theme scores', 'Gaps', 'Item scores', 'Needs', 'Barriers', 'National']);
  });

  it('holds in each table sheet exactly the values of exportCsv’s table: numbers as numbers, truth values as such, text as text', () => {
    for (const [name, table] of TABLES) {
      const rows = rowsOfSheet(name);
      const csv = csvRows(exportCsv(reports, { table }));
      expect(rows[0], name).toEqual(csvColumnsOf(table));
      expect(rows.length, name).toBe(csv.length);
      for (let r = 1; r < csv.length; r++) {
        const expected = csv[r]!;
        const got = rows[r]!;
        for (let c = 0; c < expected.length; c++) {
          const text = expected[c]!;
          const value = got[c] ?? null;
          const where = `${name} row ${r + 1} ${csvColumnsOf(table)[c]}`;
          if (text === '') expect(value, where).toBeNull();
          else if (typeof value === 'number') expect(value, where).toBe(Number(text));
          else if (typeof value === 'boolean') expect(String(value), where).toBe(text);
          // The CSV puts an apostrophe before text that would start a formula; the workbook keeps the text itself.
          else expect(value, where).toBe(/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
        }
      }
    }
  });

  it('holds the same numbers as the report models: theme scores, item scores, the alliances, the national distribution and the summary', () => {
    const themes = reports.alliances.flatMap((report) => report.themes);
    const themeRows = rowsOfSheet('Theme scores').slice(1);
    const column = (sheetName: string, name: string) => rowsOfSheet(sheetName)[0]!.indexOf(name);
    expect(themeRows.map((row) => row[column('Theme scores', 'score')] ?? null)).toEqual(themes.map((theme) => theme.score));
    expect(themeRows.map((row) => row[column('Theme scores', 'coverage')])).toEqual(themes.map((theme) => theme.coverage));
    const items = reports.alliances.flatMap((report) => report.items);
    expect(
      rowsOfSheet('Item scores')
        .slice(1)
        .map((row) => row[column('Item scores', 'mean')] ?? null),
    ).toEqual(items.map((item) => item.mean));
    const alliances = rowsOfSheet('Alliances').slice(1);
    expect(alliances.map((row) => [row[0], row[5], row[7], row[12] ?? null])).toEqual(
      reports.alliances.map((report) => [report.organisation.id, report.summary.respondents, report.summary.scored, report.summary.toTarget]),
    );
    const national = rowsOfSheet('National');
    expect(national[0]).toEqual([
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
      'level_1',
      'level_2',
      'level_3',
      'level_4',
      'level_5',
    ]);
    expect(national.slice(1)).toEqual(
      reports.national.themes.map((theme) => [
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
        ...theme.levels.map((level) => level.count),
      ]),
    );
    const summary = new Map(rowsOf(sheet('Summary')).map((row) => [row[0], row[1]]));
    expect(summary.get('Respondents')).toBe(reports.national.summary.respondents);
    expect(summary.get('Median percentage to target')).toBe(reports.national.summary.medianToTarget);
    expect(summary.get('Data notice')).toBe(reports.national.dataNotice);
    expect(rowsOf(sheet('Summary')).filter((row) => row[0] === 'Caveat')).toHaveLength(reports.national.caveats.length);
  });

  it('shows numbers rounded by their format, the unrounded value stored: scores to two decimals, fractions as percentages, counts whole', () => {
    const themeCells = sheet('Theme scores');
    const header = rowsOf(themeCells)[0]!;
    const letters = (name: string) => {
      const index = header.indexOf(name) + 1;
      return index > 26 ? `${String.fromCharCode(64 + Math.floor((index - 1) / 26))}${String.fromCharCode(65 + ((index - 1) % 26))}` : String.fromCharCode(64 + index);
    };
    const style = (name: string) => themeCells.get(`${letters(name)}2`)?.style;
    expect(style('score')?.numberFormat).toBe('0.00');
    expect(style('coverage')?.numberFormat).toBe('0%');
    expect(style('items')?.numberFormat).toBe('0');
    expect(style('rank')?.numberFormat).toBe('0');
    expect(themeCells.get(`${letters('score')}2`)?.value).toBe(reports.alliances[0]!.themes[0]!.score);
    expect(style('sufficient')).toBeDefined();
    expect(themeCells.get(`${letters('sufficient')}2`)?.type).toBe('b');
    // The header: bold, on a fill.
    expect(themeCells.get('A1')?.style).toMatchObject({ bold: true, fill: 'D8DDE0' });
  });

  it('fills each level by its place on the scale, colour-blind safe, with text of good contrast on it', () => {
    const cells = sheet('Theme scores');
    const rows = rowsOf(cells);
    const level = rows[0]!.indexOf('level');
    const label = rows[0]!.indexOf('level_label');
    const letter = (index: number) => String.fromCharCode(65 + index);
    let filled = 0;
    reports.alliances
      .flatMap((report) => report.themes)
      .forEach((theme, index) => {
        const levelCell = cells.get(`${letter(level)}${index + 2}`);
        const labelCell = cells.get(`${letter(label)}${index + 2}`);
        if (theme.level === null) {
          expect(levelCell).toBeUndefined();
          return;
        }
        const fill = LEVEL_FILLS[Math.round(((theme.level - theme.scaleMin) / (theme.scaleMax - theme.scaleMin)) * (LEVEL_FILLS.length - 1))];
        for (const cell of [levelCell, labelCell]) {
          expect(cell?.style.fill).toBe(fill);
          expect(contrastRatio(`#${cell?.style.fill ?? ''}`, `#${cell?.style.colour ?? ''}`)).toBeGreaterThanOrEqual(4.5);
        }
        filled += 1;
      });
    expect(filled).toBeGreaterThan(100);
    // Every fill of the scale, on its own, leaves text legible: dark or white, whichever contrasts more.
    for (const fill of LEVEL_FILLS) expect(Math.max(contrastRatio(`#${fill}`, '#212B32'), contrastRatio(`#${fill}`, '#FFFFFF'))).toBeGreaterThanOrEqual(4.5);
  });

  it('freezes the header row and the first columns, sets column widths and an autofilter', () => {
    const parts = partsOf(bytes);
    const themeXml = parts.get('xl/worksheets/sheet3.xml') ?? '';
    expect(elements(themeXml, 'pane')).toEqual([{ xSplit: '2', ySplit: '1', topLeftCell: 'C2', activePane: 'bottomRight', state: 'frozen' }]);
    expect(elements(themeXml, 'col').length).toBe(csvColumnsOf('scores').length);
    expect(elements(themeXml, 'col').every((col) => Number(col['width']) >= 10 && col['customWidth'] === '1')).toBe(true);
    // 34 columns (A to AH), a row per alliance and theme (the sample's 8) under the header.
    expect(csvColumnsOf('scores')).toHaveLength(34);
    expect(elements(themeXml, 'autoFilter')).toEqual([{ ref: `A1:AH${reports.alliances.length * 8 + 1}` }]);
    expect(elements(parts.get('xl/workbook.xml') ?? '', 'definedName').length).toBe(7);
  });

  it('never writes a formula: text that would start one is stored as text, marked so that editing keeps it text', () => {
    const named = buildReports(scoreAnswersCsv(sampleCsv, { framework: sampleFramework }).scores, {
      framework: sampleFramework,
      organisationName: (id) => (id === 'wessex' ? '=HYPERLINK("https://example.org","Click")' : id === 'peninsula' ? '@SUM(1+1)' : null),
    });
    const written = exportReportXlsx(named);
    const cells = rawCells(written).get('Alliances')!;
    const names = [...cells.values()].filter((cell) => typeof cell.value === 'string' && /^[=@]/.test(cell.value));
    expect(names.map((cell) => [cell.type, cell.value, cell.style.quotePrefix])).toEqual([
      ['s', '@SUM(1+1)', true],
      ['s', '=HYPERLINK("https://example.org","Click")', true],
    ]);
    for (const [name, xml] of partsOf(written)) if (name.startsWith('xl/worksheets/')) expect(xml).not.toContain('<f>');
  });

  it('writes the same bytes for the same reports, in any time zone', () => {
    expect(exportReportXlsx(reports)).toEqual(bytes);
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      expect(exportReportXlsx(reports)).toEqual(bytes);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('is read by LibreOffice: re-saved by it, the workbook holds the same numbers as the report models (to its 15 digits)', () => {
    const small = smallReports();
    const saved = rawCells(readFileSync(new URL('fixtures/report.libreoffice.xlsx', import.meta.url)));
    const ours = rawCells(exportReportXlsx(small));
    expect([...saved.keys()]).toEqual([...ours.keys()]);
    for (const [name, cells] of ours) {
      const theirs = saved.get(name)!;
      expect([...theirs.keys()].sort(), name).toEqual([...cells.keys()].sort());
      for (const [ref, cell] of cells) {
        const other = theirs.get(ref)!;
        if (typeof cell.value === 'number') expect(Math.abs((other.value as number) - cell.value), `${name}!${ref}`).toBeLessThanOrEqual(Math.abs(cell.value) * 1e-14);
        else expect(other.value, `${name}!${ref}`).toEqual(cell.value);
        expect(other.style.numberFormat === cell.style.numberFormat || cell.style.numberFormat === 'General', `${name}!${ref} format`).toBe(true);
      }
    }
    expect(
      rowsOf(ours.get('Theme scores')!)
        .slice(1)
        .map((row) => row[9] ?? null),
    ).toEqual(small.alliances.flatMap((report) => report.themes.map((theme) => theme.score)));
  });

  it('refuses what is not a report set', () => {
    expect(() => exportReportXlsx(reports.national as never)).toThrow(/^exportReportXlsx: reports must be a report set/);
    expect(() => exportReportXlsx({ national: reports.national, alliances: [reports.national] } as never)).toThrow(TypeError);
  });
});

describe('exportAnswersTemplateXlsx: the survey instrument as a workbook', () => {
  const template = exportAnswersTemplateXlsx(framework, TEMPLATE_OPTIONS);
  const items = itemsOf(framework);
  const scale = scaleOf(framework);
  const labels = [...scale.levels.map((level) => level.label), scale.dontKnow.label, scale.notApplicable.label];

  it('has a sheet of responses with the question in each item’s header, the questions listed, and the lists hidden', () => {
    const cells = rawCells(template);
    expect([...cells.keys()]).toEqual(['Responses', 'Questions', 'Lists']);
    expect(rowsOf(cells.get('Responses')!)).toEqual([['organisation_id', 'respondent_id', 'respondent_group', ...items.map((ref) => `${ref.item.id}: ${ref.item.text}`)]]);
    expect(rowsOf(cells.get('Questions')!).slice(1)).toEqual(items.map((ref, index) => [index + 1, ref.item.id, ref.theme.id, ref.theme.title, ref.kind, ref.item.text]));
    expect(elements(partsOf(template).get('xl/workbook.xml') ?? '', 'sheet').map((sheetElement) => sheetElement['state'] ?? 'visible')).toEqual(['visible', 'visible', 'hidden']);
  });

  it('puts on every answer cell a drop-down of the scale’s labels, then "don’t know" and "not applicable"', () => {
    const xml = partsOf(template).get('xl/worksheets/sheet1.xml') ?? '';
    const validations = elements(xml, 'dataValidation');
    const formulas: string[] = [];
    let inFormula = false;
    scanXml(xml, { open: (name) => (inFormula = name === 'formula1'), close: () => (inFormula = false), text: (text) => (inFormula ? formulas.push(text) : undefined) }, 'sheet1');
    expect(validations).toHaveLength(items.length + 1);
    // The organisations first, then one per item, each on its column's answer rows.
    expect(validations[0]).toMatchObject({ type: 'list', sqref: 'A2:A21', errorStyle: 'stop' });
    expect(formulas[0]).toBe('Lists!$B$1:$B$2');
    items.forEach((ref, index) => {
      const letters =
        index + 4 <= 26 ? String.fromCharCode(64 + index + 4) : `${String.fromCharCode(64 + Math.floor((index + 3) / 26))}${String.fromCharCode(65 + ((index + 3) % 26))}`;
      expect(validations[index + 1]).toMatchObject({ type: 'list', sqref: `${letters}2:${letters}21`, promptTitle: ref.item.id, errorStyle: 'warning', showErrorMessage: '1' });
      expect(formulas[index + 1]).toBe('Lists!$A$1:$A$7');
    });
    const lists = rowsOf(rawCells(template).get('Lists')!);
    expect(lists.map((row) => row[0])).toEqual(labels);
    expect(lists.slice(0, 2).map((row) => row[1])).toEqual(['wessex', 'peninsula']);
  });

  it('reads back, filled in with the labels of the lists, with no issue at all', () => {
    const parts = new Map(partsOf(template));
    const rows = [
      ['wessex', 'r1', 'core-team'],
      ['peninsula', 'r2', ''],
    ].map((cells, row) => {
      const answers = items.map((_ref, index) => labels[(index + row) % labels.length]!);
      const all = [...cells, ...answers];
      const xml = all
        .map((text, column) =>
          text === ''
            ? ''
            : `<c r="${column < 26 ? String.fromCharCode(65 + column) : `${String.fromCharCode(64 + Math.floor(column / 26))}${String.fromCharCode(65 + (column % 26))}`}${row + 2}" t="inlineStr"><is><t>${text.replace(/'/g, '&apos;')}</t></is></c>`,
        )
        .join('');
      return `<row r="${row + 2}">${xml}</row>`;
    });
    parts.set('xl/worksheets/sheet1.xml', (parts.get('xl/worksheets/sheet1.xml') ?? '').replace('</sheetData>', `${rows.join('')}</sheetData>`));
    const filled = zipParts(Object.fromEntries(parts));
    const result = parseAnswersXlsx(filled, { framework });
    expect(result.issues).toEqual([]);
    expect(result.layout).toBe('wide');
    expect(result.answers).toHaveLength(items.length * 2);
    expect(result.answers.slice(0, 7).map((answer) => answer.answer)).toEqual([1, 2, 3, 4, 5, 'dont-know', 'not-applicable']);
    expect(result.answers[0]).toMatchObject({ organisationId: 'wessex', respondentId: 'r1', respondentGroup: 'core-team', itemId: items[0]!.item.id });
  });

  it('is read by LibreOffice: re-saved by it, the drop-downs and the hidden lists remain, and it reads back with no issue', () => {
    const saved = readFileSync(new URL('fixtures/template.libreoffice.xlsx', import.meta.url));
    const xml = partsOf(saved).get('xl/worksheets/sheet1.xml') ?? '';
    const validations = elements(xml, 'dataValidation');
    expect(validations).toHaveLength(items.length + 1);
    expect(validations.every((validation) => validation['type'] === 'list')).toBe(true);
    expect(xml).toContain('<formula1>Lists!$A$1:$A$7</formula1>');
    expect(rowsOf(rawCells(saved).get('Lists')!).map((row) => row[0])).toEqual(labels);
    const result = parseAnswersXlsx(saved, { framework });
    expect(result).toMatchObject({ issues: [], layout: 'wide', answers: [] });
  });

  it('gives every answer row the drop-downs, 1,000 rows by default, and no organisation list unless asked', () => {
    const xml = partsOf(exportAnswersTemplateXlsx(framework)).get('xl/worksheets/sheet1.xml') ?? '';
    const validations = elements(xml, 'dataValidation');
    expect(validations).toHaveLength(items.length);
    expect(validations[0]).toMatchObject({ sqref: 'D2:D1001' });
    // A prompt holds at most 255 characters.
    expect(validations.every((validation) => (validation['prompt'] ?? '').length <= 255)).toBe(true);
  });

  it('writes the same bytes every time, and checks its arguments', () => {
    expect(exportAnswersTemplateXlsx(framework, TEMPLATE_OPTIONS)).toEqual(template);
    expect(() => exportAnswersTemplateXlsx({} as never)).toThrow(/^exportAnswersTemplateXlsx: framework must be a framework/);
    expect(() => exportAnswersTemplateXlsx(framework, { rows: 0 })).toThrow(/^exportAnswersTemplateXlsx: options.rows must be a whole number from 1 to 1,048,575/);
    expect(() => exportAnswersTemplateXlsx(framework, { organisations: [''] })).toThrow(/^exportAnswersTemplateXlsx: options.organisations/);
    expect(() => exportAnswersTemplateXlsx(framework, 'x' as never)).toThrow(/^exportAnswersTemplateXlsx: options must be an object/);
  });
});

describe('the workbook writer', () => {
  it('writes any text so that it reads back the same: controls, a literal _x0041_, lone surrogates, spaces, line breaks', () => {
    const texts = ['a\u0001b', 'literal _x0041_ and _x005F_', 'lone \uD800 high', 'low \uDC00 alone', '  spaced  ', 'two\nlines\r\nand a tab\t', 'emoji 😀', '<&>"\''];
    const written = writeWorkbook('test', [{ name: 'S', rows: [['organisation_id', 'respondent_id'], ...texts.map((text) => [text])] }]);
    const read: string[] = [];
    const workbook = new Workbook(written, LIMITS);
    workbook.readSheet(workbook.sheets[0]!, { columns: () => undefined, row: (_row, cells) => read.push(cells.texts[0] ?? '') });
    expect(read.slice(1)).toEqual(texts);
  });

  it('refuses what a workbook cannot hold, naming the function', () => {
    expect(() => writeWorkbook('f', [{ name: 'a/b', rows: [] }])).toThrow(/^f: "a\/b" cannot name a sheet/);
    expect(() => writeWorkbook('f', [{ name: 'x'.repeat(32), rows: [] }])).toThrow(RangeError);
    expect(() =>
      writeWorkbook('f', [
        { name: 'A', rows: [] },
        { name: 'a', rows: [] },
      ]),
    ).toThrow(/^f: two sheets named "a"/);
    expect(() => writeWorkbook('f', [{ name: 'A', rows: [[Number.NaN]] }])).toThrow(/^f: the cell A1 would hold NaN/);
    expect(() => writeWorkbook('f', [{ name: 'A', rows: [['x'.repeat(32_768)]] }])).toThrow(/longer than a cell holds/);
    expect(() => writeWorkbook('f', [{ name: 'A', rows: [[{ value: 1, style: { fill: 'red' } }]] }])).toThrow(/^f: the colour red is not RRGGBB/);
  });
});
