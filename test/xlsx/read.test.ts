import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnswersError, effectiveCancerAllianceFramework as framework, parseAnswersCsv, scoreAnswers, scoreAnswersCsv, type AnswersImport } from '../../src/index.js';
import { parseAnswersXlsx, safeParseAnswersXlsx, scoreAnswersXlsx } from '../../src/xlsx/index.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';
import { SAMPLE_FRAMEWORK_VERSION } from '../../examples/sample/sample.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { oneSheet, sheetData, workbookOf } from './helpers.js';

const sampleCsv = readFileSync(new URL('../../examples/sample/answers-2023-24.csv', import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const formsBytes = readFileSync(new URL('../../examples/sample/answers-2023-24.xlsx', import.meta.url));
// The sample's rounds were answered on the reference framework 1.0.0, and are read on it.
const sampleFramework = referenceFrameworks[SAMPLE_FRAMEWORK_VERSION];
const csvImport = parseAnswersCsv(sampleCsv, { framework: sampleFramework });

/** The workbook's AnswersError. */
function refusal(bytes: Uint8Array, options: Partial<Parameters<typeof parseAnswersXlsx>[1]> = {}): AnswersError {
  const result = safeParseAnswersXlsx(bytes, { framework, file: 'answers.xlsx', ...options });
  if (result.success) throw new Error('expected an AnswersError');
  return result.error;
}

function addsUp(result: AnswersImport): void {
  const a = result.accounting;
  expect(a.rowsRead).toBe(a.rowsAccepted + a.rowsRejected);
  expect(a.cellsRead).toBe(a.answersAccepted + a.cellsRejected + a.cellsBlank);
  expect(a.answersAccepted).toBe(result.answers.length);
}

const HEADER = ['organisation_id', 'respondent_id', 'T1.C1', 'T1.C2'];

describe('parseAnswersXlsx: the bundled sample as people have it', () => {
  it('reads the sample saved by LibreOffice to exactly what parseAnswersCsv reads from the CSV: answers, issues and accounting', () => {
    const result = parseAnswersXlsx(fixture('answers-2023-24.libreoffice.xlsx'), { framework: sampleFramework, file: 'answers-2023-24.xlsx' });
    expect(result.layout).toBe('wide');
    expect(result.answers).toEqual(csvImport.answers);
    expect(result.issues).toEqual([]);
    expect(result.accounting).toEqual(csvImport.accounting);
    expect(result.accounting).toEqual({
      rowsRead: 274,
      rowsAccepted: 274,
      rowsRejected: 0,
      cellsRead: 21_920,
      answersAccepted: 21_222,
      cellsRejected: 0,
      cellsBlank: 698,
      cellsIgnored: 0,
    });
  });

  it('reads the sample as Microsoft Forms exports it to the same answers; the six Forms columns are set aside, and the counts add up', () => {
    const result = parseAnswersXlsx(formsBytes, { framework: sampleFramework, file: 'answers-2023-24.xlsx' });
    expect(result.answers).toEqual(csvImport.answers);
    expect(result.issues).toEqual([]);
    // 274 rows of 80 items; the 6 Forms columns (ID, the times, Email, Name, Last modified time) ignored, not rejected.
    expect(result.accounting).toEqual({
      rowsRead: 274,
      rowsAccepted: 274,
      rowsRejected: 0,
      cellsRead: 274 * 80,
      answersAccepted: 21_222,
      cellsRejected: 0,
      cellsBlank: 698,
      cellsIgnored: 274 * 6,
    });
    addsUp(result);
  });

  it('scores a workbook to the scores of the answers it accepts, and of the CSV', () => {
    for (const bytes of [fixture('answers-2023-24.libreoffice.xlsx'), formsBytes]) {
      const scored = scoreAnswersXlsx(bytes, { framework: sampleFramework, minGroupSize: 2 });
      const read = parseAnswersXlsx(bytes, { framework: sampleFramework });
      expect(scored.scores).toEqual(scoreAnswers(read.answers, { framework: sampleFramework, minGroupSize: 2 }));
      expect(scored.scores).toEqual(scoreAnswersCsv(sampleCsv, { framework: sampleFramework, minGroupSize: 2 }).scores);
      expect(scored.issues).toEqual(read.issues);
      expect(scored.accounting).toEqual(read.accounting);
      expect(isDeepFrozen(scored)).toBe(true);
    }
  });

  it('takes an ArrayBuffer, and a Uint8Array that is a window on a larger buffer, alike', () => {
    const bytes = fixture('answers-2023-24.libreoffice.xlsx');
    const copy = new Uint8Array(bytes.length + 16);
    copy.set(bytes, 8);
    const window = copy.subarray(8, 8 + bytes.length);
    const buffer = window.slice().buffer;
    expect(parseAnswersXlsx(window, { framework: sampleFramework }).answers).toEqual(csvImport.answers);
    expect(parseAnswersXlsx(buffer, { framework: sampleFramework }).answers).toEqual(csvImport.answers);
  });

  it('returns a deeply frozen import that survives JSON, and leaves the bytes as they were', () => {
    const bytes = fixture('answers-2023-24.libreoffice.xlsx');
    const before = Buffer.from(bytes).toString('base64');
    const result = parseAnswersXlsx(bytes, { framework: sampleFramework });
    expect(isDeepFrozen(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(Buffer.from(bytes).toString('base64')).toBe(before);
  });
});

describe('parseAnswersXlsx: a sheet as LibreOffice saves one (features.fods)', () => {
  const bytes = fixture('features.libreoffice.xlsx');
  const result = parseAnswersXlsx(bytes, { framework, file: 'features.xlsx', sheet: 'Responses 2024' });

  it('finds the header below a merged title and a blank row, and reports the title as a row above the header', () => {
    expect(result.layout).toBe('wide');
    expect(result.issues[0]).toMatchObject({
      code: 'row-above-header',
      text: 'Cancer Alliance self-assessment 2024',
      location: { sheet: 'Responses 2024', cell: "'Responses 2024'!A1" },
    });
  });

  it('reads numbers as General shows them, formulas as their saved values, dates as ISO text and truth values as TRUE or FALSE', () => {
    const wessex = result.answers.filter((answer) => answer.respondentId === '101');
    // 101 is a number cell; 3 is shown 3.0 but read 3; T1.C2 is =D4+1, saved as 4; the comments are a date and TRUE.
    expect(wessex).toEqual([
      { organisationId: 'wessex', respondentId: '101', respondentGroup: 'core-team', itemId: 'T1.C1', answer: 3, comment: '2024-03-15' },
      { organisationId: 'wessex', respondentId: '101', respondentGroup: 'core-team', itemId: 'T1.C2', answer: 4, comment: 'TRUE' },
      { organisationId: 'wessex', respondentId: '101', respondentGroup: 'core-team', itemId: 'T1.C3', answer: 'dont-know' },
      { organisationId: 'wessex', respondentId: '101', respondentGroup: 'core-team', itemId: 'T1.C4', answer: 5 },
    ]);
    // A date and time, and a text formula ("Emer" & "ging").
    expect(result.answers.find((answer) => answer.respondentId === '102' && answer.itemId === 'T1.C1')?.comment).toBe('2024-03-16T14:30:00');
    expect(result.answers.find((answer) => answer.respondentId === 'p1' && answer.itemId === 'T1.C1')?.answer).toBe(2);
  });

  it('reads a hidden row and a hidden column like the others, and says so', () => {
    expect(result.answers.filter((answer) => answer.respondentId === '102').map((answer) => answer.itemId)).toEqual(['T1.C1', 'T1.C3', 'T1.C4']);
    expect(result.issues.find((issue) => issue.code === 'hidden-row')).toMatchObject({ location: { cell: "'Responses 2024'!5:5", row: 2 } });
    expect(result.issues.find((issue) => issue.code === 'hidden-column')).toMatchObject({
      name: 'T1.C3',
      location: { cell: "'Responses 2024'!G3", column: 7, columnName: 'T1.C3' },
    });
  });

  it('keeps a merged cell’s value in its top-left cell only: the second respondent under a merged organisation has none', () => {
    expect(result.issues.find((issue) => issue.code === 'empty-required-cell')).toMatchObject({
      field: 'organisation_id',
      location: { sheet: 'Responses 2024', cell: "'Responses 2024'!A7", row: 4, column: 1, columnName: 'organisation_id' },
    });
  });

  it('places every issue by sheet and cell, with an error value and a number off the scale read as CSV would read them', () => {
    expect(result.issues.map((issue) => `${issue.code} ${issue.location.cell ?? ''}`)).toEqual([
      "row-above-header 'Responses 2024'!A1",
      "hidden-column 'Responses 2024'!G3",
      "hidden-row 'Responses 2024'!5:5",
      "unrecognised-answer 'Responses 2024'!E5",
      "value-outside-scale 'Responses 2024'!E6",
      "empty-required-cell 'Responses 2024'!A7",
    ]);
    expect(result.issues[3]).toMatchObject({ text: '#DIV/0!' });
    expect(result.issues[4]).toMatchObject({ value: 0.3 });
    // 101: four answers; 102: three and #DIV/0!; p1: two, 0.3 and a blank; p2, rejected whole: its 4 and three blanks.
    expect(result.accounting).toEqual({ rowsRead: 4, rowsAccepted: 3, rowsRejected: 1, cellsRead: 16, answersAccepted: 9, cellsRejected: 3, cellsBlank: 4, cellsIgnored: 0 });
    addsUp(result);
  });

  it('reads the first visible sheet by default, and names the sheet and cell in an error', () => {
    const error = refusal(bytes);
    expect(error.issues[0]).toMatchObject({ code: 'undetectable-layout', location: { file: 'answers.xlsx', sheet: 'Read me', cell: "'Read me'!1:1" } });
    expect(error.message).toContain("answers.xlsx, 'Read me'!1:1: the header fits neither");
  });

  it('finds a sheet by its name in any case, and suggests the nearest when there is none', () => {
    expect(parseAnswersXlsx(bytes, { framework, sheet: 'RESPONSES 2024' }).answers).toEqual(result.answers);
    const error = refusal(bytes, { sheet: 'Responses 2025' });
    expect(error.issues[0]).toMatchObject({ code: 'sheet-not-found', sheet: 'Responses 2025', sheets: ['Read me', 'Responses 2024', 'Notes'], suggestion: 'Responses 2024' });
    expect(error.message).toContain('the workbook has no sheet "Responses 2025" (did you mean "Responses 2024"?); its sheets are "Read me", "Responses 2024", "Notes"');
    expect(refusal(bytes, { sheet: 'responses' }).issues[0]).toMatchObject({ suggestion: 'Responses 2024' });
    expect(refusal(bytes, { sheet: 'Summary' }).issues[0]).toMatchObject({ suggestion: null });
  });
});

describe('parseAnswersXlsx: cells, rows and the header', () => {
  it('reads the long layout as CSV does', () => {
    const bytes = oneSheet([
      ['organisation_id', 'respondent_id', 'item_id', 'answer'],
      ['wessex', 'r1', 'T1.C1', 3],
      ['wessex', 'r1', 'T1.C2', 'Emerging'],
      ['wessex', 'r1', 'T1.C3', 9],
    ]);
    const csv = parseAnswersCsv('organisation_id,respondent_id,item_id,answer\nwessex,r1,T1.C1,3\nwessex,r1,T1.C2,Emerging\nwessex,r1,T1.C3,9\n', { framework });
    const result = parseAnswersXlsx(bytes, { framework });
    expect(result.layout).toBe('long');
    expect(result.answers).toEqual(csv.answers);
    expect(result.accounting).toEqual(csv.accounting);
    expect(result.issues.map((issue) => [issue.code, issue.location.cell])).toEqual([['value-outside-scale', 'Responses!D4']]);
  });

  it('shows numbers without float noise, as General does, and reads 3.0, 3 and "3" alike', () => {
    const bytes = oneSheet([
      HEADER,
      ['wessex', 'r1', { xml: '<c><v>3.0</v></c>' }, { xml: '<c><v>0.30000000000000004</v></c>' }],
      ['wessex', 'r2', '3', { xml: '<c><v>2.9999999999999996</v></c>' }],
    ]);
    const result = parseAnswersXlsx(bytes, { framework });
    expect(result.answers.map((answer) => answer.answer)).toEqual([3, 3, 3]);
    expect(result.issues).toMatchObject([{ code: 'value-outside-scale', value: 0.3 }]);
  });

  it('reads shared strings with rich text and escapes, inline strings, errors, cached formula values and formulas without one', () => {
    const strings = ['wessex', 'Emerg'];
    const bytes = workbookOf({
      strings,
      sheets: [
        {
          name: 'S',
          xml: sheetData([
            HEADER,
            [
              { xml: '<c t="s"><v>0</v></c>' },
              { xml: '<c t="inlineStr"><is><r><t>r</t></r><r><rPr><b/></rPr><t>1</t></r><rPh><t>フリガナ</t></rPh></is></c>' },
              { xml: '<c t="str"><f>"Emer"&amp;"ging"</f><v>Emerging</v></c>' },
              { xml: '<c t="e"><f>NA()</f><v>#N/A</v></c>' },
            ],
            ['wessex', { xml: '<c t="inlineStr"><is><t>r_x0032_</t></is></c>' }, { xml: '<c><f>1+1</f></c>' }, { xml: '<c><f>SUM(C2:C3)</f><v>4</v></c>' }],
          ]),
        },
      ],
    });
    const result = parseAnswersXlsx(bytes, { framework });
    expect(result.answers).toEqual([
      { organisationId: 'wessex', respondentId: 'r1', itemId: 'T1.C1', answer: 2 },
      { organisationId: 'wessex', respondentId: 'r2', itemId: 'T1.C2', answer: 4 },
    ]);
    // #N/A is text that is no answer; the formula with no saved value is a blank cell, never evaluated.
    expect(result.issues).toMatchObject([{ code: 'unrecognised-answer', text: '#N/A', location: { cell: 'S!D2' } }]);
    expect(result.accounting.cellsBlank).toBe(1);
  });

  it('reads dates in the 1900 and the 1904 date systems, with a time, and a time alone, as ISO text', () => {
    const rows = (values: readonly number[]) => [
      ['organisation_id', 'respondent_id', 'T1.C1', 'comment:T1.C1'],
      ...values.map((value, index) => ['wessex', `r${index}`, 3, { xml: `<c s="${index === 3 ? 3 : index === 2 ? 2 : 1}"><v>${value}</v></c>` }]),
    ];
    const comments = (date1904: boolean, values: readonly number[]) =>
      parseAnswersXlsx(workbookOf({ date1904, sheets: [{ name: 'S', xml: sheetData(rows(values)) }] }), { framework }).answers.map((answer) => answer.comment);
    expect(comments(false, [45366, 45366.5, 45367.6041666667, 61, 0.25])).toEqual(['2024-03-15', '2024-03-15T12:00:00', '2024-03-16T14:30:00', '1900-03-01', '06:00:00']);
    // 1904 system: 1,462 days fewer for the same date.
    expect(comments(true, [43904, 0])).toEqual(['2024-03-15', '1904-01-01']);
    // Serial 60 is 1900-02-29, a day that never was: shown as the number it is.
    expect(comments(false, [60])).toEqual(['60']);
  });

  it('skips blank rows and columns, trailing or not, and styled cells with no value', () => {
    const bytes = workbookOf({
      sheets: [
        {
          name: 'S',
          xml: `<sheetData><row r="2"><c r="A2" s="1"/><c r="C2" t="inlineStr"><is><t> </t></is></c></row><row r="4"><c r="B4" t="inlineStr"><is><t>organisation_id</t></is></c><c r="C4" t="inlineStr"><is><t>respondent_id</t></is></c><c r="E4" t="inlineStr"><is><t>T1.C1</t></is></c></row><row r="9"><c r="B9" t="inlineStr"><is><t>wessex</t></is></c><c r="C9" t="inlineStr"><is><t>r1</t></is></c><c r="E9"><v>4</v></c><c r="Z9" s="1"/></row><row r="10"><c r="A10" s="1"/></row><row r="500" s="1"/></sheetData>`,
        },
      ],
    });
    const result = parseAnswersXlsx(bytes, { framework });
    expect(result.answers).toEqual([{ organisationId: 'wessex', respondentId: 'r1', itemId: 'T1.C1', answer: 4 }]);
    expect(result.issues).toEqual([]);
    expect(result.accounting).toMatchObject({ rowsRead: 1, cellsRead: 1 });
  });

  it('takes the first row naming the organisation and respondent columns as the header, and reports each filled row above it', () => {
    const bytes = oneSheet([['Survey of 2024'], null, ['Owner:', 'NHS England'], [...HEADER], ['wessex', 'r1', 4, 'DK']]);
    const result = parseAnswersXlsx(bytes, { framework, file: 'a.xlsx' });
    expect(result.answers).toHaveLength(2);
    expect(result.issues.map((issue) => [issue.code, issue.location.cell, issue.location.row])).toEqual([
      ['row-above-header', 'Responses!A1', undefined],
      ['row-above-header', 'Responses!A3', undefined],
    ]);
    expect(result.issues[1]?.message).toBe('the row above the header, starting "Owner:", is not data and was not read');
    expect(result.accounting.rowsRead).toBe(1);
  });

  it('reads the rows as they are when no row names those columns: the first filled row is the header, and its problem is CSV’s', () => {
    const error = refusal(oneSheet([['Survey of 2024'], ['respondent', 'T1.C1'], ['r1', 3]]));
    expect(error.issues).toMatchObject([{ code: 'undetectable-layout', found: ['Survey of 2024'], location: { file: 'answers.xlsx', sheet: 'Responses', cell: 'Responses!1:1' } }]);
    expect(refusal(oneSheet([[null, 'respondent', 'T1.C1']])).issues[0]).toMatchObject({ code: 'missing-column', missing: ['organisation_id'] });
    expect(refusal(oneSheet([])).issues).toMatchObject([{ code: 'no-header', location: { file: 'answers.xlsx', sheet: 'Responses' } }]);
  });

  it('reports cells outside the header as CSV does, placed on the whole row', () => {
    const result = parseAnswersXlsx(oneSheet([HEADER, ['wessex', 'r1', 3, 3, null, 'stray']]), { framework });
    expect(result.issues).toMatchObject([{ code: 'malformed-row', reason: 'cells-outside-header', location: { cell: 'Responses!2:2', row: 1 } }]);
  });

  it('quotes a sheet name in references as Excel does, doubling a quote inside', () => {
    const name = "Alliance's answers";
    const result = parseAnswersXlsx(workbookOf({ sheets: [{ name, xml: sheetData([HEADER, ['wessex', 'r1', 7]]) }] }), { framework });
    expect(result.issues[0]?.location).toMatchObject({ sheet: name, cell: "'Alliance''s answers'!C2" });
  });

  it('reads the first visible sheet when earlier sheets are hidden, and a hidden sheet when named', () => {
    const bytes = workbookOf({
      sheets: [
        { name: 'Lists', state: 'hidden', xml: sheetData([['Developing']]) },
        { name: 'Old', state: 'veryHidden', xml: sheetData([HEADER, ['wessex', 'old', 1]]) },
        { name: 'Answers', xml: sheetData([HEADER, ['wessex', 'r1', 2]]) },
      ],
    });
    expect(parseAnswersXlsx(bytes, { framework }).answers.map((answer) => answer.respondentId)).toEqual(['r1']);
    expect(parseAnswersXlsx(bytes, { framework, sheet: 'Old' }).answers.map((answer) => answer.respondentId)).toEqual(['old']);
  });

  it('refuses a workbook with no worksheet', () => {
    expect(refusal(workbookOf({ sheets: [] })).issues[0]).toMatchObject({ code: 'sheet-not-found', sheet: '', sheets: [] });
    expect(refusal(workbookOf({ sheets: [] })).issues[0]?.message).toBe('the workbook has no worksheet to read');
  });
});

describe('parseAnswersXlsx: arguments', () => {
  const bytes = oneSheet([HEADER]);

  it('refuses text, numbers and other objects in place of bytes with a TypeError naming the function', () => {
    expect(() => parseAnswersXlsx('organisation_id,respondent_id' as unknown as Uint8Array, { framework })).toThrow(
      /^parseAnswersXlsx: bytes must be a Uint8Array or an ArrayBuffer.*for CSV text use parseAnswersCsv/,
    );
    expect(() => parseAnswersXlsx([1, 2] as unknown as Uint8Array, { framework })).toThrow(TypeError);
    expect(() => safeParseAnswersXlsx(null as unknown as Uint8Array, { framework })).toThrow(/^safeParseAnswersXlsx: bytes/);
  });

  it('checks the options and the limits', () => {
    expect(() => parseAnswersXlsx(bytes, {} as never)).toThrow(/^parseAnswersXlsx: options.framework/);
    expect(() => parseAnswersXlsx(bytes, { framework, sheet: '' })).toThrow(/^parseAnswersXlsx: options.sheet must be the name of a sheet/);
    for (const name of ['maxSheets', 'maxRows', 'maxCells'] as const) {
      expect(() => parseAnswersXlsx(bytes, { framework, [name]: 0 })).toThrow(new RegExp(`^parseAnswersXlsx: options.${name} must be a whole number`));
      expect(() => parseAnswersXlsx(bytes, { framework, [name]: 1.5 })).toThrow(RangeError);
    }
    expect(() => parseAnswersXlsx(bytes, { framework, maxUncompressedBytes: -1 })).toThrow(/^parseAnswersXlsx: options.maxUncompressedBytes must be a positive number/);
    expect(() => parseAnswersXlsx(bytes, { framework, layout: 'tall' as never })).toThrow(/options.layout/);
    expect(() => scoreAnswersXlsx(bytes, { framework, delimiter: ';' } as never)).toThrow(/^scoreAnswersXlsx: unknown option "delimiter"/);
    expect(() => scoreAnswersXlsx(bytes, null as never)).toThrow(/^scoreAnswersXlsx: options are required/);
  });

  it('returns the error from safeParseAnswersXlsx, and throws it from parseAnswersXlsx', () => {
    const bad = new Uint8Array([1, 2, 3]);
    const result = safeParseAnswersXlsx(bad, { framework });
    expect(result.success).toBe(false);
    expect(() => parseAnswersXlsx(bad, { framework })).toThrow(AnswersError);
    expect(Object.isFrozen(result)).toBe(true);
  });
});
