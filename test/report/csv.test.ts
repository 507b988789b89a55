import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/report/build.js';
import { csvColumnsOf, exportCsv, safeCsvCell, type CsvTable } from '../../src/report/csv.js';
import { ALLIANCES, referenceFramework, sampleScores, sevenThemeFramework, uniformScores } from './fixtures.js';

const framework = referenceFramework();
const scores = sampleScores(framework, { organisations: ALLIANCES.slice(0, 6) });
const set = buildReports(scores, { framework });

function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('safeCsvCell (formula injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['=HYPERLINK("http://example.org","x")', `'=HYPERLINK("http://example.org","x")`],
  ])('neutralises %j with a leading apostrophe', (input, expected) => {
    expect(safeCsvCell(input)).toBe(expected);
  });

  it.each(['Wessex Cancer Alliance', '1+1', 'a=b', ' =1', '', "'=1"])('leaves %j alone', (input) => {
    expect(safeCsvCell(input)).toBe(input);
  });

  it('throws a TypeError for a non-string', () => {
    expect(() => safeCsvCell(-1 as unknown as string)).toThrow(/^safeCsvCell: /);
  });
});

describe('CSV exports', () => {
  it('writes one row per alliance and theme, with the documented columns in order', () => {
    const csv = exportCsv(set, { table: 'scores' });
    const header = csv.split('\r\n')[0];
    expect(header).toBe(csvColumnsOf('scores').join(','));
    const rows = parse(csv);
    expect(rows).toHaveLength(6 * framework.themes.length);
    const first = set.alliances[0];
    const theme = first?.themes[0];
    expect(rows[0]?.['organisation_id']).toBe(first?.organisation.id);
    expect(rows[0]?.['theme_id']).toBe('T1');
    // Unrounded, with '.' for decimals.
    expect(rows[0]?.['score']).toBe(String(theme?.score));
  });

  it('writes one row per alliance and item', () => {
    const rows = parse(exportCsv(set.alliances, { table: 'item-scores' }));
    expect(rows).toHaveLength(6 * 80);
    expect(Object.keys(rows[0] ?? {})).toEqual([...csvColumnsOf('item-scores')]);
  });

  it('writes gaps, needs and barriers with their documented columns', () => {
    const gaps = parse(exportCsv(set, { table: 'gaps' }));
    expect(gaps).toHaveLength(6 * 8);
    expect(Object.keys(gaps[0] ?? {})).toEqual([...csvColumnsOf('gaps')]);
    const needs = parse(exportCsv(set, { table: 'needs' }));
    expect(needs).toHaveLength(set.alliances.reduce((sum, report) => sum + report.needs.length, 0));
    const barriers = exportCsv(set, { table: 'barriers' });
    expect(barriers.split('\r\n')[0]).toBe(csvColumnsOf('barriers').join(','));
    expect(parse(barriers)).toHaveLength(set.alliances.reduce((sum, report) => sum + report.barriers.length, 0));
  });

  it('neutralises text cells but writes negative numbers as numbers', () => {
    // A made-up organisation whose name would be a formula, and a score above target (negative gap).
    const seven = sevenThemeFramework();
    const uniform = uniformScores(seven, { a: 3, b: 1, c: 2 });
    const names: Record<string, string> = { a: '=HYPERLINK("x")', b: '-1', c: '@SUM(A1)' };
    const reports = buildReports(uniform, { framework: seven, organisationName: (id) => names[id] ?? null });
    const rows = parse(exportCsv(reports, { table: 'gaps' }));
    const a = rows.find((row) => row['organisation_id'] === 'a');
    expect(a?.['organisation_name']).toBe(`'=HYPERLINK("x")`);
    // gap = target 2 - score 3 = -1: a number, written as is.
    expect(a?.['gap']).toBe('-1');
    expect(rows.find((row) => row['organisation_id'] === 'b')?.['organisation_name']).toBe("'-1");
    expect(rows.find((row) => row['organisation_id'] === 'c')?.['organisation_name']).toBe("'@SUM(A1)");
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180) and leaves null cells empty', () => {
    const seven = sevenThemeFramework();
    const uniform = uniformScores(seven, { a: 3 }, 1);
    const reports = buildReports(uniform, { framework: seven, organisationName: () => 'Name, with "quotes"\nand a line' });
    const csv = exportCsv(reports, { table: 'scores' });
    expect(csv).toContain('"Name, with ""quotes""\nand a line"');
    const row = parse(csv)[0];
    expect(row?.['organisation_name']).toBe('Name, with "quotes"\nand a line');
    // One respondent: no standard deviation, so an empty cell; no previous round: empty change.
    expect(row?.['agreement_sd']).toBe('');
    expect(row?.['change']).toBe('');
    expect(row?.['sufficient']).toBe('true');
  });

  it('honours the line ending and byte order mark options', () => {
    const csv = exportCsv(set, { table: 'scores', lineEnding: '\n', bom: true });
    expect(csv.startsWith('\uFEFForganisation_id,')).toBe(true);
    expect(csv).not.toContain('\r\n');
    expect(csv.endsWith('\n')).toBe(true);
  });

  it("rounds as the reports show with rounding: 'report' (scores to 2 decimals, percentages to whole percent, counts whole), and only then", () => {
    for (const table of ['scores', 'item-scores', 'gaps', 'needs', 'barriers'] as const) {
      const exact = parse(exportCsv(set, { table }));
      const shown = parse(exportCsv(set, { table, rounding: 'report' }));
      expect(shown).toHaveLength(exact.length);
      exact.forEach((row, r) => {
        for (const [column, text] of Object.entries(row)) {
          const value = Number(text);
          const written = shown[r]?.[column];
          if (text === '' || Number.isNaN(value) || text === 'true' || text === 'false') {
            expect(written, `${table} ${column}`).toBe(text);
            continue;
          }
          // The worked rule of docs/reports.md: to_target 0.8248… is 0.82 (82%), a score 3.8534… is 3.85, a count stays whole.
          const expected = ['coverage', 'to_target', 'prevalence'].includes(column)
            ? Number((value * 100).toFixed(0)) / 100
            : Number(value.toFixed(Number.isInteger(value) ? 0 : 2));
          expect(Number(written), `${table} ${column} row ${r}`).toBe(expected === 0 ? 0 : expected);
          expect(written, `${table} ${column}`).toMatch(/^-?\d+(\.\d{1,2})?$/);
        }
      });
    }
    expect(exportCsv(set, { table: 'scores' })).toMatch(/\.\d{3,}/);
    expect(() => exportCsv(set, { table: 'scores', rounding: 'up' as never })).toThrow(/^exportCsv: options\.rounding must be "none" or "report"/);
  });

  it('throws a TypeError for something other than alliance reports', () => {
    expect(() => exportCsv([set.national] as never, { table: 'scores' })).toThrow(/^exportCsv: /);
    expect(() => exportCsv({} as never, { table: 'needs' })).toThrow(/^exportCsv: /);
  });

  it('requires options naming one of the five tables', () => {
    expect(() => exportCsv(set, undefined as never)).toThrow(TypeError);
    expect(() => exportCsv(set, undefined as never)).toThrow(/^exportCsv: options are required, with at least \{ table \}/);
    expect(() => exportCsv(set, { table: 'itemScores' as never })).toThrow(RangeError);
    expect(() => exportCsv(set, { table: 'itemScores' as never })).toThrow(
      /^exportCsv: options\.table must be one of scores, item-scores, gaps, needs, barriers, got "itemScores"/,
    );
    expect(() => exportCsv(set, { table: 'toString' as never })).toThrow(RangeError);
    expect(() => csvColumnsOf('toString' as never)).toThrow(/^csvColumnsOf: table must be one of /);
  });

  it('documents every column in docs/reports.md', () => {
    const docs = readFileSync(fileURLToPath(new URL('../../docs/reports.md', import.meta.url)), 'utf8');
    const tables: readonly CsvTable[] = ['scores', 'item-scores', 'gaps', 'needs', 'barriers'];
    for (const table of tables) {
      for (const column of csvColumnsOf(table)) expect(docs).toContain(`| \`${column}\` |`);
    }
  });
});
