import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../../src/analysis/errors.js';
import { parseOutcomesCsv, safeParseOutcomesCsv } from '../../src/analysis/outcomes-csv.js';
import { parseOutcomes } from '../../src/analysis/outcomes.js';
import { isDeepFrozen } from '../helpers/frozen.js';

const options = { name: 'Faster Diagnosis Standard', unit: '%', file: 'fds.csv' };

function issuesOf(text: string) {
  const result = safeParseOutcomesCsv(text, options);
  if (result.success) throw new Error('expected the text to be refused');
  return result.error.issues.map(({ code, location }) => ({ code, ...location }));
}

describe('parseOutcomesCsv', () => {
  it('reads its documented example: a % sign and a decimal comma, the file as the source', () => {
    const fds = parseOutcomesCsv('organisation_id,value\ngreater-manchester,76.4%\nwessex,"81,2"\n', { name: 'Faster Diagnosis Standard', unit: '%' });
    expect(fds).toEqual({
      name: 'Faster Diagnosis Standard',
      unit: '%',
      values: [
        { organisationId: 'greater-manchester', value: 76.4 },
        { organisationId: 'wessex', value: 81.2 },
      ],
    });
    expect(isDeepFrozen(fds)).toBe(true);
    expect(parseOutcomesCsv('organisation_id,value\nwessex,1\n', options).source).toBe('fds.csv');
  });

  it('gives exactly the series parseOutcomes checks, whatever the delimiter, aliases, BOM, line ends and other columns', () => {
    const text = '\uFEFFAlliance;Note;Outcome\r\nwessex;first;70\r\n\r\n;;\r\npeninsula;"a; b";65,5\r\n';
    const series = parseOutcomesCsv(text, options);
    expect(series).toEqual(
      parseOutcomes({
        name: options.name,
        unit: '%',
        source: 'fds.csv',
        values: [
          { organisationId: 'wessex', value: 70 },
          { organisationId: 'peninsula', value: 65.5 },
        ],
      }),
    );
  });

  it('reports every problem with its line, column and row, and keeps nothing when any is found', () => {
    expect(issuesOf('organisation_id,value\nwessex,76.4\n,70\nwessex,71\npeninsula,\nswag,high\n')).toEqual([
      { code: 'invalid-outcome-id', file: 'fds.csv', line: 3, column: 1, columnName: 'organisation_id', row: 2 },
      { code: 'duplicate-outcome', file: 'fds.csv', line: 4, column: 1, columnName: 'organisation_id', row: 3 },
      { code: 'invalid-outcome-value', file: 'fds.csv', line: 5, column: 2, columnName: 'value', row: 4 },
      { code: 'invalid-outcome-value', file: 'fds.csv', line: 6, column: 2, columnName: 'value', row: 5 },
    ]);
    expect(issuesOf('')).toEqual([{ code: 'no-outcome-header', file: 'fds.csv' }]);
    expect(issuesOf('organisation_id,value\n')).toEqual([{ code: 'no-outcome-values', file: 'fds.csv', line: 1 }]);
    expect(issuesOf('alliance,fds\nwessex,1\n')).toEqual([{ code: 'missing-outcome-column', file: 'fds.csv', line: 1, column: 1 }]);
    expect(issuesOf('organisation_id,value\n"wessex,1\n')).toEqual([
      { code: 'malformed-outcome-row', file: 'fds.csv', line: 2 },
      { code: 'invalid-outcome-value', file: 'fds.csv', line: 2, column: 2, columnName: 'value', row: 1 },
    ]);
  });

  it('words each problem and says what to do', () => {
    const result = safeParseOutcomesCsv('alliance,fds\nwessex,1\n', options);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(AnalysisError);
    expect(result.error.issues[0]).toMatchObject({
      missing: ['value'],
      header: ['alliance', 'fds'],
      message: 'the header needs the column value, but it has "alliance", "fds"',
      hint: 'Name the columns organisation_id and value, e.g. a first line "organisation_id,value".',
    });
    expect(() => parseOutcomesCsv('alliance,fds\n', options)).toThrow(AnalysisError);
  });

  it('refuses arguments of the wrong type with a TypeError naming the function', () => {
    expect(() => parseOutcomesCsv(3 as never, options)).toThrow(/^parseOutcomesCsv: text must be a string/);
    expect(() => parseOutcomesCsv('a', {} as never)).toThrow(/^parseOutcomesCsv: options.name must be a non-empty string/);
    expect(() => safeParseOutcomesCsv('a', { name: 'x', unit: 3 } as never)).toThrow(/^safeParseOutcomesCsv: options.unit must be a string/);
    expect(() => parseOutcomesCsv('a', { name: 'x', measure: 'fds' })).toThrow(/^parseOutcomesCsv: options.measure must be one of fds-28-day, /);
  });

  it('names the measure of the standards data when given one', () => {
    expect(parseOutcomesCsv('organisation_id,value\nwessex,76.4\n', { name: 'FDS', unit: '%', measure: 'fds-28-day' })).toEqual({
      name: 'FDS',
      unit: '%',
      measure: 'fds-28-day',
      values: [{ organisationId: 'wessex', value: 76.4 }],
    });
  });
});
