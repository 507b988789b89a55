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
      cellsIgnored: 0,
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
      cellsIgnored: 0,
    });
  });

  it('worked example 3: a Microsoft Forms export, and the same answers through a column mapping', () => {
    const result = parseAnswersCsv(example('forms'), { framework });
    expect(result.layout).toBe('wide');
    const expected = [
      { organisationId: GM, respondentId: '1', respondentGroup: 'core team', itemId: 'T1.C1', answer: 3 },
      { organisationId: GM, respondentId: '1', respondentGroup: 'core team', itemId: 'T1.C2', answer: 'dont-know' },
      { organisationId: GM, respondentId: '2', respondentGroup: 'partner', itemId: 'T1.C1', answer: 5 },
      { organisationId: GM, respondentId: '2', respondentGroup: 'partner', itemId: 'T1.C2', answer: 2 },
    ];
    expect(result.answers).toEqual(expected);
    expect(result.issues.map((issue) => [issue.code, issue.location.row, issue.location.column, (issue as { suggestion?: string }).suggestion])).toEqual([
      ['unknown-item', undefined, 10, 'T1.C1'],
    ]);
    // Rows: 2 read = 2 accepted. Cells: 2 × 3 = 6 read = 4 answers + 1 rejected + 1 blank; 2 × 4 ignored.
    expect(result.accounting).toEqual({
      rowsRead: 2,
      rowsAccepted: 2,
      rowsRejected: 0,
      cellsRead: 6,
      answersAccepted: 4,
      cellsRejected: 1,
      cellsBlank: 1,
      cellsIgnored: 8,
    });
    // The mapping shown in the guide, on the hand-built survey: the same answers, respondents by email.
    const code = guide.slice(guide.indexOf('<!-- survey-example: mapped -->'));
    const columns = /columns: (\{[\s\S]*?\n {2}\}),/.exec(code)?.[1] ?? '';
    const mapping = JSON.parse(
      columns
        .replace(/([a-z]+):/g, '"$1":')
        .replace(/'/g, '"')
        .replace(/,(\s*\})/g, '$1'),
    ) as Parameters<typeof parseAnswersCsv>[1]['columns'];
    const mapped = parseAnswersCsv(example('mapped'), { framework, columns: mapping });
    expect(mapped.issues).toEqual([]);
    const byEmail: Record<string, string> = { 'a@example.nhs.uk': '1', 'b@example.nhs.uk': '2' };
    expect(mapped.answers.map((answer) => ({ ...answer, respondentId: byEmail[answer.respondentId] }))).toEqual(expected);
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
