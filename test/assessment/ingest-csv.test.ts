import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/assessment/answer.js';
import type { AnswerIssue } from '../../src/assessment/errors.js';
import { AnswersError } from '../../src/assessment/errors.js';
import { parseAnswersCsv, safeParseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { ORGANISATIONS, fixture, referenceFramework, sevenThemeFramework } from './fixtures/frameworks.js';
import { thrown } from './helpers.js';

const framework = referenceFramework();
const GM = 'greater-manchester';
const NEL = 'north-east-london';

/** The parts of an issue a test pins: what and where. */
function where(issue: AnswerIssue) {
  return {
    code: issue.code,
    row: issue.location.row,
    line: issue.location.line,
    column: issue.location.column,
    columnName: issue.location.columnName,
  };
}

describe('parseAnswersCsv: the long-layout fixture (BOM, CRLF, every kind of problem row)', () => {
  const text = fixture('answers-long.csv');
  const result = parseAnswersCsv(text, { framework, organisations: ORGANISATIONS, file: 'answers-long.csv' });

  it('reads the long layout', () => {
    expect(result.layout).toBe('long');
  });

  it('gives exactly the expected answers, groups applied to all of a respondent’s answers', () => {
    const core = { respondentGroup: 'core team' };
    expect(result.answers).toEqual([
      { organisationId: GM, respondentId: 'r1', ...core, itemId: 'T1.C1', answer: 3 },
      { organisationId: GM, respondentId: 'r1', ...core, itemId: 'T1.C2', answer: 2, comment: 'Early days, but started' },
      { organisationId: GM, respondentId: 'r1', ...core, itemId: 'T1.C3', answer: 'dont-know' },
      { organisationId: GM, respondentId: 'r1', ...core, itemId: 'T1.C4', answer: 'not-applicable' },
      { organisationId: GM, respondentId: 'r1', ...core, itemId: 'T1.C5', answer: 'dont-know' },
      { organisationId: GM, respondentId: 'r2', respondentGroup: 'partner', itemId: 'T1.C1', answer: 5, comment: 'Two lines:\nfirst, second' },
      { organisationId: GM, respondentId: 'r2', respondentGroup: 'partner', itemId: 'T1.E1', answer: 3 },
      { organisationId: GM, respondentId: 'r2', respondentGroup: 'partner', itemId: 'T1.E2', answer: 4 },
      { organisationId: NEL, respondentId: 'r1', ...core, itemId: 'T1.C1', answer: 'not-applicable' },
      { organisationId: GM, respondentId: 'r6', itemId: 'T1.C3', answer: 'not-applicable' },
    ]);
  });

  it('reports every problem row with its row, line and column', () => {
    // Lines: 1 header, 7–8 one row (a quoted line break), 11 blank, 27 ",,,,," (blank, not a row).
    expect(result.issues.map(where)).toEqual([
      { code: 'unknown-item', row: 9, line: 12, column: 3, columnName: 'item_id' },
      { code: 'unknown-organisation', row: 10, line: 13, column: 1, columnName: 'organisation_id' },
      { code: 'value-outside-scale', row: 11, line: 14, column: 4, columnName: 'answer' },
      { code: 'unrecognised-answer', row: 12, line: 15, column: 4, columnName: 'answer' },
      { code: 'duplicate-answer', row: 13, line: 16, column: 3, columnName: 'item_id' },
      { code: 'empty-required-cell', row: 14, line: 17, column: 1, columnName: 'organisation_id' },
      { code: 'empty-required-cell', row: 15, line: 18, column: 2, columnName: 'respondent_id' },
      { code: 'empty-required-cell', row: 16, line: 19, column: 3, columnName: 'item_id' },
      { code: 'conflicting-group', row: 17, line: 20, column: 5, columnName: 'respondent_group' },
      { code: 'comment-without-answer', row: 19, line: 22, column: 6, columnName: 'comment' },
      { code: 'malformed-row', row: 21, line: 24, column: undefined, columnName: undefined },
      { code: 'malformed-row', row: 22, line: 25, column: undefined, columnName: undefined },
      { code: 'cell-too-long', row: 23, line: 26, column: 2, columnName: 'respondent_id' },
      { code: 'malformed-row', row: 25, line: 29, column: undefined, columnName: undefined },
    ]);
    expect(result.issues.every((issue) => issue.location.file === 'answers-long.csv')).toBe(true);
  });

  it('says what each problem was', () => {
    const [unknownItem, unknownOrg, outside, unrecognised, duplicate, , , , conflict, , extra, quote, long, unclosed] = result.issues;
    expect(unknownItem).toMatchObject({ itemId: 'T9.C1' });
    expect(unknownOrg).toMatchObject({ organisationId: 'atlantis' });
    expect(outside).toMatchObject({ itemId: 'T1.C2', value: 7, scaleId: 'maturity-5', values: [1, 2, 3, 4, 5] });
    expect(unrecognised).toMatchObject({ itemId: 'T1.C3', text: 'Mostly' });
    expect(duplicate).toMatchObject({ organisationId: GM, respondentId: 'r1', itemId: 'T1.C1', firstRow: 1 });
    expect(result.issues.slice(5, 8).map((issue) => (issue.code === 'empty-required-cell' ? issue.field : null))).toEqual(['organisation_id', 'respondent_id', 'item_id']);
    expect(conflict).toMatchObject({ respondentId: 'r2', group: 'clinical', firstGroup: 'partner', firstRow: 6 });
    expect(extra).toMatchObject({ reason: 'cells-outside-header' });
    expect(quote).toMatchObject({ reason: 'invalid-quote' });
    expect(long).toMatchObject({ length: 201, limit: 200 });
    expect(unclosed).toMatchObject({ reason: 'unterminated-quote' });
    for (const issue of result.issues) {
      expect(issue.message.length).toBeGreaterThan(10);
      expect(issue.hint.length).toBeGreaterThan(10);
    }
    expect(duplicate?.message).toContain('row 1');
  });

  it('accounts for every row and cell', () => {
    // Rows 1–25: accepted 1–8, 18 (blank answer), 19 (blank answer, comment), 20, 24 = 12; rejected 9–17, 21–23, 25 = 13.
    // Cells: one per row = 25 = 10 answers + 13 rejected + 2 blank (rows 18, 19).
    expect(result.accounting).toEqual({
      rowsRead: 25,
      rowsAccepted: 12,
      rowsRejected: 13,
      cellsRead: 25,
      answersAccepted: 10,
      cellsRejected: 13,
      cellsBlank: 2,
      cellsIgnored: 0,
    });
  });

  it('gives the same answers and issues with LF line ends and without the BOM', () => {
    const plain = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    expect(parseAnswersCsv(plain, { framework, organisations: ORGANISATIONS, file: 'answers-long.csv' })).toEqual(result);
    const oldMac = text.replace(/\r\n/g, '\r');
    expect(parseAnswersCsv(oldMac, { framework, organisations: ORGANISATIONS, file: 'answers-long.csv' })).toEqual(result);
  });

  it('is deeply frozen, survives JSON, and its answers are valid Answers', () => {
    expect(isDeepFrozen(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    for (const answer of result.answers) expect(AnswerSchema.parse(answer)).toEqual(answer);
  });
});

describe('parseAnswersCsv: the wide-layout fixture', () => {
  const result = parseAnswersCsv(fixture('answers-wide.csv'), { framework, organisations: ORGANISATIONS });

  it('reads the wide layout', () => {
    expect(result.layout).toBe('wide');
  });

  it('gives exactly the expected answers', () => {
    expect(result.answers).toEqual([
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C1', answer: 3 },
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C2', answer: 2 },
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C3', answer: 'dont-know', comment: 'Hard to say, honestly' },
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.E1', answer: 4 },
      { organisationId: GM, respondentId: 'r2', respondentGroup: 'partner', itemId: 'T1.C1', answer: 4 },
      { organisationId: GM, respondentId: 'r2', respondentGroup: 'partner', itemId: 'T1.C2', answer: 'not-applicable' },
      { organisationId: GM, respondentId: 'r2', respondentGroup: 'partner', itemId: 'T1.E1', answer: 5 },
      { organisationId: GM, respondentId: 'r4', itemId: 'T1.C2', answer: 3 },
      { organisationId: NEL, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C1', answer: 5 },
      { organisationId: NEL, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C2', answer: 1 },
      { organisationId: NEL, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C3', answer: 'dont-know', comment: 'Line one\nline two' },
      { organisationId: NEL, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.E1', answer: 1 },
      { organisationId: GM, respondentId: 'r6', itemId: 'T1.C1', answer: 3 },
    ]);
  });

  it('reports column problems once, then each problem row and cell', () => {
    expect(result.issues.map(where)).toEqual([
      { code: 'unknown-item', row: undefined, line: 1, column: 9, columnName: 'T9.C9' },
      { code: 'unknown-column', row: undefined, line: 1, column: 10, columnName: 'comment:T9.C9' },
      { code: 'value-outside-scale', row: 2, line: 3, column: 6, columnName: 'T1.C3' },
      { code: 'duplicate-respondent', row: 3, line: 4, column: 2, columnName: 'respondent_id' },
      { code: 'unknown-organisation', row: 4, line: 5, column: 1, columnName: 'organisation_id' },
      { code: 'empty-required-cell', row: 5, line: 6, column: 1, columnName: 'organisation_id' },
      { code: 'unrecognised-answer', row: 7, line: 9, column: 4, columnName: 'T1.C1' },
      { code: 'comment-without-answer', row: 7, line: 9, column: 7, columnName: 'comment:T1.C3' },
      { code: 'malformed-row', row: 8, line: 10, column: undefined, columnName: undefined },
    ]);
    expect(result.issues[3]).toMatchObject({ respondentId: 'r1', firstRow: 1 });
  });

  it('accounts for every row and cell', () => {
    // 10 rows; rejected whole: 3 (duplicate respondent), 4 (unknown organisation), 5 (no organisation), 8 (stray cell).
    // 5 answer cells per row (T1.C1, T1.C2, T1.C3, T1.E1 and the unknown T9.C9) = 50 cells:
    //   answers 4 + 3 + 1 + 4 + 1 = 13 (rows 1, 2, 7, 9, 10);
    //   rejected: row 2: 7 and the T9.C9 cell = 2; rows 3, 4, 5, 8: 4 filled cells each = 16; row 7: "Mostly" = 1; total 19;
    //   blank: rows 1, 3, 4, 5, 8, 9: the empty T9.C9 = 6; row 6: 5; row 7: 3; row 10 (short): 4; total 18.
    expect(result.accounting).toEqual({
      rowsRead: 10,
      rowsAccepted: 6,
      rowsRejected: 4,
      cellsRead: 50,
      answersAccepted: 13,
      cellsRejected: 19,
      cellsBlank: 18,
      cellsIgnored: 0,
    });
  });

  it('is deeply frozen and survives JSON', () => {
    expect(isDeepFrozen(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe("parseAnswersCsv: Excel's habits (sep=;, semicolons, decimal commas, aliases)", () => {
  const result = parseAnswersCsv(fixture('answers-excel.csv'), { framework, organisations: 'any' });

  it('reads the answers', () => {
    expect(result.layout).toBe('long');
    expect(result.answers).toEqual([
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'Core team', itemId: 'T2.C1', answer: 3 },
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'Core team', itemId: 'T2.C2', answer: 'dont-know', comment: 'Unsure; ask the MD' },
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'Core team', itemId: 'T2.C3', answer: 'not-applicable' },
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'Core team', itemId: 'T2.C4', answer: 3 },
    ]);
  });

  it('reports the unused column once and "1,000" as not an answer; lines count the sep= line', () => {
    expect(result.issues.map(where)).toEqual([
      { code: 'unknown-column', row: undefined, line: 2, column: 7, columnName: 'Timestamp' },
      { code: 'unrecognised-answer', row: 5, line: 7, column: 5, columnName: 'Response' },
    ]);
    expect(result.accounting).toEqual({
      rowsRead: 5,
      rowsAccepted: 4,
      rowsRejected: 1,
      cellsRead: 5,
      answersAccepted: 4,
      cellsRejected: 1,
      cellsBlank: 0,
      cellsIgnored: 0,
    });
  });

  it('detects ; and tab without a sep= line, and honours a named delimiter', () => {
    const semicolons = 'organisation_id;respondent_id;item_id;answer\nx;r1;T1.C1;3\n';
    expect(parseAnswersCsv(semicolons, { framework, organisations: 'any' }).answers).toHaveLength(1);
    const tabs = 'organisation_id\trespondent_id\tT1.C1\tT1.C2\nx\tr1\t3\t4\n';
    expect(parseAnswersCsv(tabs, { framework, organisations: 'any' }).answers).toHaveLength(2);
    const pipes = 'organisation_id|respondent_id|item_id|answer\nx|r1|T1.C1|3\n';
    expect(parseAnswersCsv(pipes, { framework, organisations: 'any', delimiter: '|' }).answers).toHaveLength(1);
  });
});

describe('parseAnswersCsv: answer spellings', () => {
  const cases: readonly [string, number | string][] = [
    ['3', 3],
    ['3.0', 3],
    ['+3', 3],
    ['3,0', 3],
    [' 3 ', 3],
    ['Emerging', 2],
    ['emerging', 2],
    ['EMERGING', 2],
    ['not started', 1],
    ['Not  Started', 1],
    ['2 - Emerging', 2],
    ['2 – Emerging', 2],
    ['Emerging (2)', 2],
    ['2. Emerging', 2],
    ['2: Emerging', 2],
    ['2) Emerging', 2],
    ['2 Emerging', 2],
    ['2 — Emerging', 2],
    ['DK', 'dont-know'],
    ['dk', 'dont-know'],
    ["Don't know", 'dont-know'],
    ['Don’t know', 'dont-know'],
    ['dont know', 'dont-know'],
    ['Do not know', 'dont-know'],
    ["don't-know", 'dont-know'],
    ['dont-know', 'dont-know'],
    ['dont_know', 'dont-know'],
    ['Dont know', 'dont-know'],
    ['NA', 'not-applicable'],
    ['N/A', 'not-applicable'],
    ['n/a', 'not-applicable'],
    ['Not applicable', 'not-applicable'],
    ['not-applicable', 'not-applicable'],
    ['not_applicable', 'not-applicable'],
    ['n.a.', 'not-applicable'],
    ['\u00a0NA\u00a0', 'not-applicable'],
  ];
  it.each(cases)('reads %j as %j', (text, expected) => {
    const csv = `organisation_id,respondent_id,item_id,answer\nx,r1,T1.C1,"${text}"\n`;
    const result = parseAnswersCsv(csv, { framework, organisations: 'any' });
    expect(result.issues).toEqual([]);
    expect(result.answers[0]?.answer).toBe(expected);
  });

  const bad: readonly [string, string][] = [
    ['0', 'value-outside-scale'],
    ['6', 'value-outside-scale'],
    ['2.5', 'value-outside-scale'],
    ['-1', 'value-outside-scale'],
    ['1,000', 'unrecognised-answer'],
    ['Emergin', 'unrecognised-answer'],
    ['yes', 'unrecognised-answer'],
    ['1e0', 'unrecognised-answer'],
  ];
  it.each(bad)('rejects %j as %s', (text, code) => {
    const csv = `organisation_id,respondent_id,item_id,answer\nx,r1,T1.C1,"${text}"\n`;
    const result = parseAnswersCsv(csv, { framework, organisations: 'any' });
    expect(result.answers).toEqual([]);
    expect(result.issues.map((issue) => issue.code)).toEqual([code]);
  });

  it('lists the accepted answers in the hint of an unrecognised answer', () => {
    const csv = 'organisation_id,respondent_id,item_id,answer\nx,r1,T1.C1,Sometimes\n';
    const [issue] = parseAnswersCsv(csv, { framework, organisations: 'any' }).issues;
    expect(issue?.hint).toContain('"Emerging"');
    expect(issue?.hint).toContain('"DK"');
    expect(issue?.hint).toContain('"N/A"');
  });
});

describe('parseAnswersCsv: a framework of seven themes and four levels', () => {
  const seven = sevenThemeFramework();

  it("reads each item on its own theme's scale, and the scale's own don't-know label", () => {
    const csv = ['organisation_id,respondent_id,purpose-c1,purpose-c2,purpose-e1,learning-c1,learning-e1,people-c1', 'org-a,r1,0,Leading,Not sure,Four stars,0,4'].join('\n');
    const result = parseAnswersCsv(csv, { framework: seven });
    expect(result.answers.map((answer) => [answer.itemId, answer.answer])).toEqual([
      ['purpose-c1', 0],
      ['purpose-c2', 3],
      ['purpose-e1', 'dont-know'],
      ['learning-c1', 4],
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.location.columnName])).toEqual([
      ['value-outside-scale', 'learning-e1'],
      ['value-outside-scale', 'people-c1'],
    ]);
    expect(result.issues[0]).toMatchObject({ scaleId: 'stars', values: [1, 2, 3, 4] });
    expect(result.issues[1]).toMatchObject({ scaleId: 'four', values: [0, 1, 2, 3] });
  });
});

describe('parseAnswersCsv: rows and cells', () => {
  it('applies the first group given for a respondent to all their answers, and rejects a different one', () => {
    const csv = ['organisation_id,respondent_id,item_id,answer,respondent_group', 'x,r1,T1.C1,3,', 'x,r1,T1.C2,3,clinical', 'x,r1,T1.C3,3,', 'x,r1,T1.C4,3,partner'].join('\n');
    const result = parseAnswersCsv(csv, { framework, organisations: 'any' });
    expect(result.answers.map((answer) => answer.respondentGroup)).toEqual(['clinical', 'clinical', 'clinical']);
    expect(result.issues.map(where)).toEqual([{ code: 'conflicting-group', row: 4, line: 5, column: 5, columnName: 'respondent_group' }]);
  });

  it('treats the same respondent id in two organisations as two respondents', () => {
    const csv = 'organisation_id,respondent_id,item_id,answer\na,r1,T1.C1,3\nb,r1,T1.C1,4\n';
    const result = parseAnswersCsv(csv, { framework, organisations: 'any' });
    expect(result.answers).toHaveLength(2);
    expect(result.issues).toEqual([]);
  });

  it('names the row of the first answer when one is given twice, even after a rejected try', () => {
    const csv = 'organisation_id,respondent_id,item_id,answer\nx,r1,T1.C1,9\nx,r1,T1.C1,3\nx,r1,T1.C1,4\n';
    const result = parseAnswersCsv(csv, { framework, organisations: 'any' });
    expect(result.answers.map((answer) => answer.answer)).toEqual([3]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['value-outside-scale', 'duplicate-answer']);
    expect(result.issues[1]).toMatchObject({ firstRow: 2, location: { row: 3 } });
  });

  it('matches organisations exactly, then ignoring case, and keeps the listed spelling', () => {
    const csv = 'organisation_id,respondent_id,item_id,answer\nGREATER-MANCHESTER,r1,T1.C1,3\n';
    const result = parseAnswersCsv(csv, { framework, organisations: ORGANISATIONS });
    expect(result.answers[0]?.organisationId).toBe(GM);
  });

  it('reads item ids in any case and with their question text after them', () => {
    const csv = 'organisation_id,respondent_id,item_id,answer\nx,r1,t1.c1,3\nx,r1,"T1.C2: The work plan",3\n';
    expect(parseAnswersCsv(csv, { framework, organisations: 'any' }).answers.map((answer) => answer.itemId)).toEqual(['T1.C1', 'T1.C2']);
  });

  it('rejects a cell over 10,000 characters, in either layout', () => {
    const huge = 'a'.repeat(10_001);
    const long = parseAnswersCsv(`organisation_id,respondent_id,item_id,answer,comment\nx,r1,T1.C1,3,${huge}\n`, { framework, organisations: 'any' });
    expect(long.issues.map(where)).toEqual([{ code: 'cell-too-long', row: 1, line: 2, column: 5, columnName: 'comment' }]);
    expect(long.issues[0]).toMatchObject({ length: 10_001, limit: 10_000 });
    expect(long.accounting).toMatchObject({ rowsRejected: 1, cellsRejected: 1 });
    const wide = parseAnswersCsv(`organisation_id,respondent_id,T1.C1,T1.C2\nx,r1,${huge},3\n`, { framework, organisations: 'any' });
    expect(wide.issues.map(where)).toEqual([{ code: 'cell-too-long', row: 1, line: 2, column: 3, columnName: 'T1.C1' }]);
    expect(wide.answers).toHaveLength(1);
    expect(wide.accounting).toMatchObject({ rowsAccepted: 1, cellsRejected: 1, answersAccepted: 1 });
  });

  it('rejects an answer whose wide comment is too long, and keeps the row', () => {
    const csv = `organisation_id,respondent_id,T1.C1,comment:T1.C1,T1.C2\nx,r1,3,${'c'.repeat(10_001)},4\n`;
    const result = parseAnswersCsv(csv, { framework, organisations: 'any' });
    expect(result.answers.map((answer) => answer.itemId)).toEqual(['T1.C2']);
    expect(result.issues.map(where)).toEqual([{ code: 'cell-too-long', row: 1, line: 2, column: 4, columnName: 'comment:T1.C1' }]);
  });

  it('reads mixed line ends, as a file edited on two systems has', () => {
    const csv = 'organisation_id,respondent_id,item_id,answer\r\nx,r1,T1.C1,3\nx,r1,T1.C2,4\rx,r1,T1.C3,bad\r\n';
    const result = parseAnswersCsv(csv, { framework, organisations: 'any' });
    expect(result.answers).toHaveLength(2);
    expect(result.issues.map(where)).toEqual([{ code: 'unrecognised-answer', row: 3, line: 4, column: 4, columnName: 'answer' }]);
  });

  it('rejects a wide row whose organisation, respondent or group is over 200 characters', () => {
    const csv = `organisation_id,respondent_id,respondent_group,T1.C1,T1.C2\nx,r1,${'g'.repeat(201)},3,\nx,r2,ok,3,4\n`;
    const result = parseAnswersCsv(csv, { framework, organisations: 'any' });
    expect(result.issues.map(where)).toEqual([{ code: 'cell-too-long', row: 1, line: 2, column: 3, columnName: 'respondent_group' }]);
    expect(result.accounting).toEqual({
      rowsRead: 2,
      rowsAccepted: 1,
      rowsRejected: 1,
      cellsRead: 4,
      answersAccepted: 2,
      cellsRejected: 1,
      cellsBlank: 1,
      cellsIgnored: 0,
    });
  });

  it('ignores blank lines and rows of empty cells, which are not rows', () => {
    const csv = '\n\norganisation_id,respondent_id,item_id,answer\n\n , , , \nx,r1,T1.C1,3\n,,,\n\n';
    const result = parseAnswersCsv(csv, { framework, organisations: 'any' });
    expect(result.accounting.rowsRead).toBe(1);
    expect(result.answers).toHaveLength(1);
  });

  it('keeps a quoted comment with commas, quotes and line breaks', () => {
    const csv = 'organisation_id,respondent_id,item_id,answer,comment\r\nx,r1,T1.C1,3,"one, ""two""\r\nthree"\r\nx,r1,T1.C2,4,\r\n';
    const result = parseAnswersCsv(csv, { framework, organisations: 'any' });
    expect(result.answers[0]?.comment).toBe('one, "two"\nthree');
    expect(result.answers[1]).not.toHaveProperty('comment');
  });

  it('counts a long row with a blank answer as a missing answer, not a problem', () => {
    const csv = 'organisation_id,respondent_id,item_id,answer\nx,r1,T1.C1,\nx,r1,T1.C2,  \n';
    const result = parseAnswersCsv(csv, { framework, organisations: 'any' });
    expect(result.issues).toEqual([]);
    expect(result.accounting).toEqual({
      rowsRead: 2,
      rowsAccepted: 2,
      rowsRejected: 0,
      cellsRead: 2,
      answersAccepted: 0,
      cellsRejected: 0,
      cellsBlank: 2,
      cellsIgnored: 0,
    });
  });
});

describe('parseAnswersCsv: inputs that cannot be read as a whole', () => {
  it('throws no-header for an empty or blank text', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n', ',,,\n']) {
      expect(thrown(() => parseAnswersCsv(text, { framework, organisations: 'any' })).issues.map((issue) => issue.code)).toEqual(['no-header']);
    }
  });

  it('throws missing-column naming what is missing and what was found', () => {
    const error = thrown(() => parseAnswersCsv('org,item,answer\nx,T1.C1,3\n', { framework, organisations: 'any', file: 'a.csv' }));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({
      code: 'missing-column',
      layout: 'long',
      missing: ['respondent_id'],
      found: ['org', 'item', 'answer'],
      location: { file: 'a.csv', line: 1 },
    });
    expect(error.message).toContain('respondent_id');
    expect(error.message).toContain('a.csv:1');
    expect(error.name).toBe('AnswersError');
  });

  it('throws missing-column for a wide header without a respondent column', () => {
    const error = thrown(() => parseAnswersCsv('organisation_id,T1.C1\nx,3\n', { framework, organisations: 'any' }));
    expect(error.issues[0]).toMatchObject({ code: 'missing-column', layout: 'wide', missing: ['respondent_id'] });
  });

  it('throws duplicate-column when two columns mean the same', () => {
    const error = thrown(() => parseAnswersCsv('organisation,org,respondent,item,answer\n', { framework, organisations: 'any' }));
    expect(error.issues[0]).toMatchObject({ code: 'duplicate-column', name: 'organisation_id', columns: [1, 2] });
    const items = thrown(() => parseAnswersCsv('organisation_id,respondent_id,T1.C1,t1.c1\n', { framework, organisations: 'any' }));
    expect(items.issues[0]).toMatchObject({ code: 'duplicate-column', name: 'T1.C1', columns: [3, 4] });
  });

  it('throws undetectable-layout when the header fits neither layout', () => {
    const error = thrown(() => parseAnswersCsv('organisation_id,respondent_id,Q1,Q2\nx,r1,3,4\n', { framework, organisations: 'any' }));
    expect(error.issues[0]).toMatchObject({ code: 'undetectable-layout', found: ['organisation_id', 'respondent_id', 'Q1', 'Q2'] });
    // The hint names a function that exists.
    expect(error.issues[0]?.hint).toBe('Use one of the CSV templates from buildSurveyInstrument(framework), or name the layout in the options.');
  });

  it('throws no-item-columns when the wide layout is named but no column is an item', () => {
    const error = thrown(() => parseAnswersCsv('organisation_id,respondent_id,Q1\nx,r1,3\n', { framework, organisations: 'any', layout: 'wide' }));
    expect(error.issues[0]).toMatchObject({ code: 'no-item-columns' });
  });

  it('throws too-large over maxBytes, counting UTF-8 bytes', () => {
    const text = 'organisation_id,respondent_id,item_id,answer\nx,r1,T1.C1,Don’t know\n';
    const bytes = new TextEncoder().encode(text).length;
    expect(parseAnswersCsv(text, { framework, organisations: 'any', maxBytes: bytes }).answers).toHaveLength(1);
    const error = thrown(() => parseAnswersCsv(text, { framework, organisations: 'any', maxBytes: bytes - 1 }));
    expect(error.issues[0]).toMatchObject({ code: 'too-large', bytes, maxBytes: bytes - 1 });
  });

  it('throws malformed-row when the header itself cannot be split', () => {
    const error = thrown(() => parseAnswersCsv('organisation_id,"respondent_id\n', { framework, organisations: 'any' }));
    expect(error.issues[0]).toMatchObject({ code: 'malformed-row', reason: 'unterminated-quote', location: { line: 1 } });
  });

  it('reads a wide export with a stray total "Score" column as wide', () => {
    const result = parseAnswersCsv('organisation_id,respondent_id,T1.C1,T1.C2,Score\nx,r1,3,4,7\n', { framework, organisations: 'any' });
    expect(result.layout).toBe('wide');
    expect(result.answers).toHaveLength(2);
    expect(result.issues.map((issue) => [issue.code, issue.location.columnName])).toEqual([['unknown-item', 'Score']]);
  });

  it('reads a named layout even when auto would choose the other', () => {
    const auto = parseAnswersCsv('organisation_id,respondent_id,item_id,T1.C1,answer\n', { framework, organisations: 'any' });
    expect(auto.layout).toBe('long');
    const result = parseAnswersCsv('organisation_id,respondent_id,T1.C1,item_id\nx,r1,3,9\n', { framework, organisations: 'any', layout: 'wide' });
    expect(result.layout).toBe('wide');
    expect(result.answers).toHaveLength(1);
    expect(result.issues.map((issue) => [issue.code, issue.location.columnName])).toEqual([['unknown-item', 'item_id']]);
  });
});

describe('safeParseAnswersCsv', () => {
  it('returns the import or the error', () => {
    const ok = safeParseAnswersCsv('organisation_id,respondent_id,item_id,answer\nx,r1,T1.C1,3\n', { framework, organisations: 'any' });
    expect(ok.success && ok.data.answers.length).toBe(1);
    const bad = safeParseAnswersCsv('', { framework, organisations: 'any' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error).toBeInstanceOf(AnswersError);
  });

  it('still throws programmer errors', () => {
    expect(() => safeParseAnswersCsv('', undefined as never)).toThrow(TypeError);
  });
});

describe('parseAnswersCsv: arguments', () => {
  it('throws TypeError or RangeError naming the function for wrong arguments', () => {
    expect(() => parseAnswersCsv(42 as never, { framework, organisations: 'any' })).toThrow(/^parseAnswersCsv: text/);
    expect(() => parseAnswersCsv('', {} as never)).toThrow(/^parseAnswersCsv: options.framework/);
    expect(() => parseAnswersCsv('', { framework, organisations: 'any', layout: 'tall' as never })).toThrow(RangeError);
    expect(() => parseAnswersCsv('', { framework, organisations: 'any', maxBytes: 0 })).toThrow(/^parseAnswersCsv: options.maxBytes/);
    expect(() => parseAnswersCsv('', { framework, organisations: 'any', delimiter: '"' })).toThrow(/^parseAnswersCsv: options.delimiter/);
    expect(() => parseAnswersCsv('', { framework, organisations: [1] as never })).toThrow(TypeError);
  });

  it('does not change its options', () => {
    const organisations = [...ORGANISATIONS];
    const options = { framework, organisations, file: 'a.csv', layout: 'auto' as const };
    const before = JSON.stringify(options);
    parseAnswersCsv(fixture('answers-long.csv'), options);
    expect(JSON.stringify(options)).toBe(before);
    expect(Object.isFrozen(organisations)).toBe(false);
  });
});
