import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseOutcomes } from '../../src/analysis/outcomes.js';
import { safeParseOutcomesCsv } from '../../src/analysis/outcomes-csv.js';
import type { AnswerIssue, AnswersImport } from '../../src/assessment/index.js';
import { parseAnswersCsv, safeParseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { parseAnswersJson, safeParseAnswersJson } from '../../src/assessment/ingest-json.js';
import { parseAnswersStream } from '../../src/assessment/ingest-stream.js';
import { scoreAnswersCsv } from '../../src/assessment/stream.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { referenceFramework } from './fixtures/frameworks.js';
import { thrown } from './helpers.js';

const framework = referenceFramework();
const HEADER = 'organisation_id,respondent_id,item_id,answer';

/** `good` accepted rows then `bad` rows with an unknown item, each bad row one issue. */
function longCsv(good: number, bad: number): string {
  const rows = [HEADER];
  for (let i = 0; i < good; i += 1) rows.push(`wessex,g${i},T1.C1,3`);
  for (let i = 0; i < bad; i += 1) rows.push(`wessex,b${i},NOPE.${i},3`);
  return `${rows.join('\n')}\n`;
}

function jsonOf(good: number, bad: number): string {
  const answers = [];
  for (let i = 0; i < good; i += 1) answers.push({ organisationId: 'wessex', respondentId: `g${i}`, itemId: 'T1.C1', answer: 3 });
  for (let i = 0; i < bad; i += 1) answers.push({ organisationId: 'wessex', respondentId: `b${i}`, itemId: `NOPE.${i}`, answer: 3 });
  return JSON.stringify({ answers });
}

/** The capped issue list of `bad` problems under `maxIssues`, with exact accounting. */
function expectCapped(result: Pick<AnswersImport, 'issues' | 'accounting'>, good: number, bad: number, maxIssues: number): void {
  expect(result.accounting.rowsRejected).toBe(bad);
  expect(result.accounting.rowsAccepted).toBe(good);
  expect(result.accounting.rowsRead).toBe(good + bad);
  const listed = Math.min(bad, maxIssues);
  expect(result.issues).toHaveLength(listed + (bad > maxIssues ? 1 : 0));
  expect(result.issues.slice(0, listed).every((issue) => issue.code === 'unknown-item')).toBe(true);
  // The issues listed are the first ones, in row order.
  expect(result.issues.slice(0, listed).map((issue) => issue.location.row)).toEqual(Array.from({ length: listed }, (_, i) => good + i + 1));
  if (bad > maxIssues) {
    const last = result.issues[listed] as AnswerIssue & { code: 'too-many-issues' };
    expect(last).toMatchObject({ code: 'too-many-issues', more: bad - maxIssues, max: maxIssues });
    expect(last.location).toEqual({ file: 'answers' });
    expect(last.message).toBe(
      `${bad - maxIssues} more ${bad - maxIssues === 1 ? 'issue was' : 'issues were'} found and not listed: at most ${maxIssues} are listed (the accounting counts every row)`,
    );
  }
  expect(isDeepFrozen(result)).toBe(true);
}

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

const sizes = fc.record({ good: fc.integer({ min: 0, max: 20 }), bad: fc.integer({ min: 0, max: 400 }), maxIssues: fc.integer({ min: 1, max: 300 }) });

describe('maxIssues: every answers reader lists at most maxIssues issues, then one counting the rest', { timeout: 120_000 }, () => {
  it('parseAnswersCsv, parseAnswersJson and scoreAnswersCsv, for any number of problems and any cap', () => {
    fc.assert(
      fc.property(sizes, ({ good, bad, maxIssues }) => {
        expectCapped(parseAnswersCsv(longCsv(good, bad), { framework, file: 'answers', maxIssues }), good, bad, maxIssues);
        expectCapped(parseAnswersJson(jsonOf(good, bad), { framework, file: 'answers', maxIssues }), good, bad, maxIssues);
        expectCapped(scoreAnswersCsv(longCsv(good, bad), { framework, file: 'answers', maxIssues }), good, bad, maxIssues);
      }),
      { numRuns: 60 },
    );
  });

  it('parseAnswersStream, whatever the chunks', async () => {
    await fc.assert(
      fc.asyncProperty(sizes, fc.integer({ min: 1, max: 5_000 }), async ({ good, bad, maxIssues }, size) => {
        expectCapped(await parseAnswersStream(chunks(longCsv(good, bad), size), { framework, file: 'answers', maxIssues }), good, bad, maxIssues);
      }),
      { numRuns: 30 },
    );
  });

  it('lists 1,000 by default: 800,000 rejected rows hold 1,001 issues, not 800,000', () => {
    const bad = 800_000;
    const text = `${HEADER}\n${'wessex,r,NOPE,3\n'.repeat(bad)}`;
    const result = parseAnswersCsv(text, { framework });
    expect(result.accounting.rowsRejected).toBe(bad);
    expect(result.issues).toHaveLength(1_001);
    expect(result.issues[1_000]).toMatchObject({ code: 'too-many-issues', more: bad - 1_000, max: 1_000 });
  });

  it('refuses a cap that is not a whole number of at least 1, naming the function', () => {
    for (const maxIssues of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10']) {
      expect(() => parseAnswersCsv(longCsv(1, 0), { framework, maxIssues } as never)).toThrow(/^parseAnswersCsv: options.maxIssues must be a whole number of at least 1/);
      expect(() => safeParseAnswersJson('[]', { framework, maxIssues } as never)).toThrow(/^safeParseAnswersJson: options.maxIssues must be/);
      expect(() => safeParseOutcomes({ name: 'x', values: [] }, { maxIssues } as never)).toThrow(/^safeParseOutcomes: options.maxIssues must be/);
    }
  });

  it('parseOutcomes and parseOutcomesCsv: counts stay exact past the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 100 }), (bad, maxIssues) => {
        // Each bad row has two problems: no id and a value that is not a number.
        const values = [{ organisationId: 'a', value: 1 }, ...Array.from({ length: bad }, () => ({ organisationId: '', value: 'x' }))];
        const result = safeParseOutcomes({ name: 'FDS', values }, { maxIssues });
        const problems = 2 * bad;
        if (problems === 0) {
          expect(result.success).toBe(true);
          return;
        }
        expect(result.success).toBe(false);
        if (result.success) return;
        const { issues } = result.error;
        expect(issues).toHaveLength(Math.min(problems, maxIssues) + (problems > maxIssues ? 1 : 0));
        if (problems > maxIssues) expect(issues.at(-1)).toMatchObject({ code: 'too-many-issues', more: problems - maxIssues, max: maxIssues });
        const csv = `organisation_id,value\na,1\n${',x\n'.repeat(bad)}`;
        const fromCsv = safeParseOutcomesCsv(csv, { name: 'FDS', maxIssues });
        expect(fromCsv.success).toBe(false);
        // The same count of problems (the CSV reader's codes differ: invalid-outcome-value for a text that is no number).
        if (!fromCsv.success)
          expect(fromCsv.error.issues.map((issue) => (issue.code === 'too-many-issues' ? issue.more : 0))).toEqual(
            issues.map((issue) => (issue.code === 'too-many-issues' ? issue.more : 0)),
          );
      }),
      { numRuns: 50 },
    );
  });

  it('parseOutcomesCsv refuses a text over maxBytes, counted in UTF-8 bytes', () => {
    const text = 'organisation_id,value\nstraße,1\n';
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBe(text.length + 1);
    expect(safeParseOutcomesCsv(text, { name: 'FDS', maxBytes: bytes }).success).toBe(true);
    const result = safeParseOutcomesCsv(text, { name: 'FDS', maxBytes: text.length });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((issue) => [issue.code, issue.message])).toEqual([
        ['too-large', `the outcomes file is ${bytes} bytes (UTF-8), more than the limit of ${text.length}`],
      ]);
  });
});

describe('parseAnswersJson: keys given twice are never lost silently', () => {
  it('refuses two "answers" arrays, with the line, column and path of the second key', () => {
    const text = '{"answers": [],\n  "answers": [{"organisationId": "wessex", "respondentId": "r1", "itemId": "T1.C1", "answer": 3}]}';
    const error = thrown(() => parseAnswersJson(text, { framework, file: 'a.json' }));
    expect(error.issues.map(({ code, location }) => ({ code, ...location }))).toEqual([{ code: 'duplicate-key', file: 'a.json', line: 2, column: 3, path: ['answers'] }]);
    expect(error.issues[0]?.message).toBe('the key "answers" is given twice in the same object, so the input cannot be read without losing one');
  });

  it('rejects an answer whose field is given twice, keeps the others, and says where', () => {
    const text = [
      '[',
      '{"organisationId": "wessex", "respondentId": "r1", "itemId": "T1.C1", "answer": 3, "answer": 5},',
      '{"organisationId": "wessex", "respondentId": "r1", "itemId": "T1.C2", "answer": 4}',
      ']',
    ].join('\n');
    const result = parseAnswersJson(text, { framework });
    expect(result.answers.map((answer) => answer.itemId)).toEqual(['T1.C2']);
    expect(result.accounting).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
    expect(result.issues.map(({ code, location }) => ({ code, ...location }))).toEqual([{ code: 'duplicate-key', line: 2, column: 84, row: 1, path: [0, 'answer'] }]);
    expect(result.issues[0]?.message).toBe('the key "answer" is given twice in the same answer object; the element was rejected');
  });

  it('finds every duplicate, whatever the key and the place of the answer, as JSON.parse would have lost it', () => {
    const fields = ['organisationId', 'respondentId', 'itemId', 'answer', 'comment', 'respondentGroup'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), fc.constantFrom(...fields), fc.boolean(), (count, at, field, wrapped) => {
        const index = at % count;
        const inBody = field !== 'comment' && field !== 'respondentGroup';
        const elements = Array.from({ length: count }, (_, i) => {
          const body = `"organisationId":"wessex","respondentId":"r${i}","itemId":"T1.C1","answer":3`;
          return i === index ? `{${body}${inBody ? '' : `,"${field}":"once"`},"${field}":"again"}` : `{${body}}`;
        });
        const text = wrapped ? `{"answers":[${elements.join(',')}]}` : `[${elements.join(',')}]`;
        const result = safeParseAnswersJson(text, { framework });
        expect(result.success).toBe(true);
        if (!result.success) return;
        expect(result.data.accounting).toMatchObject({ rowsRead: count, rowsAccepted: count - 1, rowsRejected: 1 });
        expect(result.data.issues.map((issue) => [issue.code, issue.location.row, issue.location.path])).toEqual([
          ['duplicate-key', index + 1, [...(wrapped ? ['answers'] : []), index, field]],
        ]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('ids: read in Unicode NFC, with a similar-id warning when two differ only in form or case', () => {
  const nfcId = 'caf\u00e9';
  const nfdId = 'cafe\u0301';

  it('reads an organisation written in NFC and in NFD as one, warning once, rows accepted', () => {
    const text = `${HEADER}\n${nfcId},r1,T1.C1,3\n${nfdId},r1,T1.C2,3\n${nfdId},r1,T1.C3,3\n`;
    // A made-up organisation: taken as written (organisations are checked against the programme's by default).
    const result = parseAnswersCsv(text, { framework, organisations: 'any' });
    expect(result.accounting).toMatchObject({ rowsRead: 3, rowsAccepted: 3, rowsRejected: 0 });
    expect(new Set(result.answers.map((answer) => answer.organisationId))).toEqual(new Set([nfcId]));
    expect(result.issues.map(({ code, location }) => ({ code, ...location }))).toEqual([{ code: 'similar-id', line: 3, row: 2, column: 1, columnName: 'organisation_id' }]);
    expect(result.issues[0]).toMatchObject({ kind: 'organisation', how: 'normalisation', firstRow: 1 });
  });

  it('reads respondents and organisations that differ only in case as two, warning', () => {
    const text = `${HEADER}\nwessex,r1,T1.C1,3\nWessex,r2,T1.C1,3\nwessex,R1,T1.C2,3\n`;
    // Unchecked organisations: "Wessex" is then another id (checked, it would be read as wessex, with no warning).
    const result = parseAnswersCsv(text, { framework, organisations: 'any' });
    expect(result.accounting).toMatchObject({ rowsAccepted: 3, rowsRejected: 0 });
    expect(result.issues.map((issue) => [issue.code, issue.location.row, issue.message])).toEqual([
      ['similar-id', 2, 'column "organisation_id": the organisation id "Wessex" differs only in case from "wessex" (row 1); they are read as two organisations'],
      ['similar-id', 3, 'column "respondent_id": the respondent id "R1" of "wessex" differs only in case from "r1" (row 1); they are read as two respondents'],
    ]);
  });

  it('matches NFD ids to an NFC list of organisations, and JSON ids too', () => {
    const json = JSON.stringify([{ organisationId: nfdId, respondentId: 'r1', itemId: 'T1.C1', answer: 3 }]);
    const result = parseAnswersJson(json, { framework, organisations: [nfcId] });
    expect(result.answers.map((answer) => answer.organisationId)).toEqual([nfcId]);
    expect(result.issues).toEqual([]);
  });

  it('never warns about ids that are the same, whatever their form, and always reads them in NFC', () => {
    const letter = fc.constantFrom('a', 'e', 'B', 'é', 'e\u0301', 'ñ', 'n\u0303', 'Å', 'A\u030a', '1');
    const id = fc.array(letter, { minLength: 1, maxLength: 4 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(id, id), { minLength: 1, maxLength: 12 }), (pairs) => {
        const rows = pairs.map(([organisation, respondent], i) => `${organisation},${respondent},T1.C${(i % 5) + 1},3`);
        const result = safeParseAnswersCsv(`${HEADER}\n${rows.join('\n')}\n`, { framework, organisations: 'any' });
        expect(result.success).toBe(true);
        if (!result.success) return;
        for (const answer of result.data.answers) {
          expect(answer.organisationId).toBe(answer.organisationId.normalize('NFC'));
          expect(answer.respondentId).toBe(answer.respondentId.normalize('NFC'));
        }
        for (const issue of result.data.issues) {
          if (issue.code !== 'similar-id') continue;
          if (issue.how === 'case') {
            expect(issue.id).not.toBe(issue.similar);
            expect(issue.id.toLowerCase()).toBe(issue.similar.toLowerCase());
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
