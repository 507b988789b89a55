import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { referenceFramework } from './fixtures/frameworks.js';

// The worked examples of docs/survey-data.md, read from the guide itself, number for number.

const guide = readFileSync(fileURLToPath(new URL('../../docs/survey-data.md', import.meta.url)), 'utf8');

function example(name: string): string {
  const marker = `<!-- survey-example: ${name} -->\n\`\`\`csv\n`;
  const start = guide.indexOf(marker);
  if (start === -1) throw new Error(`docs/survey-data.md has no example "${name}"`);
  const body = start + marker.length;
  return guide.slice(body, guide.indexOf('```', body));
}

const framework = referenceFramework();
const GM = 'greater-manchester';

describe('docs/survey-data.md', () => {
  it('worked example 1: the long layout', () => {
    const result = parseAnswersCsv(example('long'), { framework });
    expect(result.layout).toBe('long');
    expect(result.answers).toEqual([
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C1', answer: 3 },
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C2', answer: 2, comment: 'Started, slowly' },
      { organisationId: GM, respondentId: 'r2', respondentGroup: 'partner', itemId: 'T1.C1', answer: 'dont-know' },
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.location.row, issue.location.line])).toEqual([
      ['duplicate-answer', 5, 7],
      ['unknown-item', 6, 8],
      ['value-outside-scale', 7, 9],
    ]);
    expect(result.issues[0]).toMatchObject({ firstRow: 4 });
    // Rows: 7 read = 4 accepted + 3 rejected. Cells: 7 read = 3 answers + 3 rejected + 1 blank.
    expect(result.accounting).toEqual({
      rowsRead: 7,
      rowsAccepted: 4,
      rowsRejected: 3,
      cellsRead: 7,
      answersAccepted: 3,
      cellsRejected: 3,
      cellsBlank: 1,
    });
  });

  it('worked example 2: the wide layout', () => {
    const result = parseAnswersCsv(example('wide'), { framework });
    expect(result.layout).toBe('wide');
    expect(result.answers).toEqual([
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C1', answer: 3 },
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C2', answer: 'not-applicable' },
      { organisationId: GM, respondentId: 'r2', respondentGroup: 'partner', itemId: 'T1.C1', answer: 5 },
      { organisationId: GM, respondentId: 'r2', respondentGroup: 'partner', itemId: 'T1.C3', answer: 2 },
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.location.row, issue.location.column])).toEqual([
      ['unknown-item', undefined, 7],
      ['value-outside-scale', 2, 5],
      ['duplicate-respondent', 3, 2],
    ]);
    // Rows: 3 read = 2 accepted + 1 rejected. Cells: 3 × 4 = 12 read = 4 answers + 5 rejected + 3 blank.
    expect(result.accounting).toEqual({
      rowsRead: 3,
      rowsAccepted: 2,
      rowsRejected: 1,
      cellsRead: 12,
      answersAccepted: 4,
      cellsRejected: 5,
      cellsBlank: 3,
    });
  });
});

describe('docs/survey-data.md: organisations and spellings (issues 15.2 and 16.2)', () => {
  it('worked example: spellings of your own, built-in ones and a did-you-mean', () => {
    const result = parseAnswersCsv(example('spellings'), { framework, date: '2024-03-31', spellings: { 'Bit unsure': 'dont-know', Sometimes: 3 } });
    expect(result.answers.map((answer) => answer.answer)).toEqual(['dont-know', 3, 'dont-know']);
    expect(result.issues.map((issue) => [issue.code, issue.location.row, issue.code === 'unrecognised-answer' ? issue.suggestion : null])).toEqual([
      ['unrecognised-answer', 4, 'Emerging'],
    ]);
    expect(result.accounting).toMatchObject({ rowsRead: 4, rowsAccepted: 3, rowsRejected: 1 });
  });

  it('worked example: organisations checked at the round date, names read as ids', () => {
    const result = parseAnswersCsv(example('organisations'), { framework, date: '2024-04-01' });
    expect(result.answers.map((answer) => answer.organisationId)).toEqual(['greater-manchester', 'greater-manchester', 'wessex']);
    expect(result.notices.map((notice) => notice.message)).toEqual([
      'Organisation names read as ids: "Greater Manchester" as greater-manchester (1 row), "Wessex" as wessex (1 row).',
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.location.row, issue.code === 'unknown-organisation' ? issue.suggestion : null])).toEqual([
      ['unknown-organisation', 3, 'greater-manchester'],
      ['unknown-organisation', 4, 'east-of-england'],
    ]);
    expect(result.accounting).toMatchObject({ rowsRead: 5, rowsAccepted: 3, rowsRejected: 2 });
    expect(parseAnswersCsv(example('organisations'), { framework, date: '2024-03-31' }).accounting.rowsRejected).toBe(1);
  });
});
