import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/assessment/answer.js';
import type { AnswersImport } from '../../src/assessment/answers-import.js';
import { parseAnswersJson } from '../../src/assessment/ingest-json.js';
import { parseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { parseAnswersStream } from '../../src/assessment/ingest-stream.js';
import { referenceFramework, sevenThemeFramework } from './fixtures/frameworks.js';

const framework = referenceFramework();

const organisation = fc.constantFrom('a', 'b', 'A', ' b ', '', 'zz');
const respondent = fc.constantFrom('r1', 'r2', ' r1', '', 'r3');
const item = fc.constantFrom('T1.C1', 'T1.C2', 't2.e1', 'T8.E5', 'T9.C9', '');
const group = fc.constantFrom('', '', 'core', 'partner');
const answer = fc.oneof(
  fc.constantFrom('1', '2', '3', '4', '5', '0', '6', '3,0', '2.5', 'Emerging', 'thriving', 'DK', "Don't know", 'N/A', 'na', '', ' ', 'junk'),
  fc.string({ maxLength: 6 }),
);
const comment = fc.constantFrom('', '', 'note, with a comma', 'two\nlines', 'a "quote"');
const organisations = fc.option(fc.constant(['a', 'b'] as const), { nil: undefined });

const longRow = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(organisation, respondent, item, answer, group, comment).map((cells) => [...cells]) },
  { weight: 1, arbitrary: fc.constant(['', '', '', '', '', '']) },
  { weight: 1, arbitrary: fc.tuple(organisation, respondent, item, answer, group, comment).map((cells) => [...cells, 'stray']) },
);
const longRows = fc.array(longRow, { maxLength: 30 }).map((rows) => [['organisation_id', 'respondent_id', 'item_id', 'answer', 'respondent_group', 'comment'], ...rows]);

const WIDE_ITEMS = ['T1.C1', 'T1.C2', 'T2.E1', 'T9.C9'];
const wideRow = fc.tuple(organisation, respondent, group, fc.array(answer, { minLength: 0, maxLength: 6 })).map(([org, resp, grp, answers]) => [org, resp, grp, ...answers]);
const wideRows = fc.array(wideRow, { maxLength: 20 }).map((rows) => [['organisation_id', 'respondent_id', 'respondent_group', ...WIDE_ITEMS, 'comment:T1.C2'], ...rows]);

function checkAccounting(result: AnswersImport, dataRows: readonly (readonly string[])[]): void {
  const { accounting } = result;
  const nonBlank = dataRows.filter((row) => row.some((cell) => cell.trim() !== '')).length;
  expect(accounting.rowsRead).toBe(nonBlank);
  expect(accounting.rowsRead).toBe(accounting.rowsAccepted + accounting.rowsRejected);
  expect(accounting.cellsRead).toBe(accounting.answersAccepted + accounting.cellsRejected + accounting.cellsBlank);
  expect(accounting.answersAccepted).toBe(result.answers.length);
  // Every rejected row has at least one issue.
  expect(result.issues.length).toBeGreaterThanOrEqual(accounting.rowsRejected);
}

function checkAnswers(result: AnswersImport): void {
  for (const entry of result.answers) {
    expect(AnswerSchema.parse(entry)).toEqual(entry);
    if (typeof entry.answer === 'number') expect([1, 2, 3, 4, 5]).toContain(entry.answer);
  }
}

function withoutLines(result: AnswersImport): unknown {
  return {
    ...result,
    issues: result.issues.map((issue) => {
      const { line: _line, ...location } = issue.location;
      return { ...issue, location };
    }),
  };
}

describe('ingestion laws', { timeout: 60_000 }, () => {
  it('long layout: the accounting adds up and only scale values, DK and NA become answers', async () => {
    await fc.assert(
      fc.asyncProperty(longRows, organisations, async (rows, orgs) => {
        const result = await parseAnswersStream(rows, { framework, organisations: orgs });
        expect(result.layout).toBe('long');
        checkAccounting(result, rows.slice(1));
        expect(result.accounting.cellsRead).toBe(result.accounting.rowsRead);
        checkAnswers(result);
      }),
      { numRuns: 300 },
    );
  });

  it('wide layout: the accounting adds up, one cell per item column per row', async () => {
    await fc.assert(
      fc.asyncProperty(wideRows, organisations, async (rows, orgs) => {
        const result = await parseAnswersStream(rows, { framework, organisations: orgs });
        expect(result.layout).toBe('wide');
        checkAccounting(result, rows.slice(1));
        expect(result.accounting.cellsRead).toBe(result.accounting.rowsRead * WIDE_ITEMS.length);
        checkAnswers(result);
      }),
      { numRuns: 300 },
    );
  });

  it('parseAnswersCsv on the rows written as CSV gives what parseAnswersStream gives (lines apart)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(longRows, wideRows), fc.constantFrom('\n', '\r\n'), fc.boolean(), async (rows, newline, bom) => {
        const text =
          (bom ? '\uFEFF' : '') +
          Papa.unparse(
            rows.map((row) => [...row]),
            { newline },
          );
        const fromText = parseAnswersCsv(text, { framework });
        expect(withoutLines(fromText)).toEqual(withoutLines(await parseAnswersStream(rows, { framework })));
        // Every issue of a data row has a line, at or after the row's own number + 1 (the header is line 1).
        for (const issue of fromText.issues) {
          if (issue.location.row !== undefined) expect(issue.location.line).toBeGreaterThanOrEqual(issue.location.row + 1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers written as long CSV or JSON read back unchanged', () => {
    const seven = sevenThemeFramework();
    const items = ['purpose-c1', 'purpose-e1', 'people-c1', 'learning-e1'];
    const value = (itemId: string) =>
      itemId.startsWith('learning') ? fc.constantFrom<number | string>(1, 2, 3, 4, 'dont-know') : fc.constantFrom<number | string>(0, 1, 2, 3, 'not-applicable');
    const record = fc
      .tuple(fc.constantFrom('org-a', 'org-b'), fc.constantFrom('r1', 'r2', 'r3'), fc.constantFrom(...items))
      .chain(([organisationId, respondentId, itemId]) =>
        fc.tuple(value(itemId), comment).map(([answer, text]) => ({ organisationId, respondentId, itemId, answer, comment: text })),
      );
    const answers = fc.uniqueArray(record, {
      selector: (entry) => `${entry.organisationId}|${entry.respondentId}|${entry.itemId}`,
      maxLength: 24,
    });
    fc.assert(
      fc.property(answers, (list) => {
        const expected = list.map(({ comment: text, ...rest }) => (text === '' ? rest : { ...rest, comment: text }));
        const csv = Papa.unparse({
          fields: ['organisation_id', 'respondent_id', 'item_id', 'answer', 'comment'],
          data: list.map((entry) => [entry.organisationId, entry.respondentId, entry.itemId, String(entry.answer), entry.comment]),
        });
        const fromCsv = parseAnswersCsv(csv, { framework: seven });
        expect(fromCsv.issues).toEqual([]);
        expect(fromCsv.answers).toEqual(expected);
        const fromJson = parseAnswersJson(JSON.stringify(list), { framework: seven });
        expect(fromJson.answers).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
