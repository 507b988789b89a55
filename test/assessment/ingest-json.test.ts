import { describe, expect, it } from 'vitest';
import { parseAnswersJson, safeParseAnswersJson } from '../../src/assessment/ingest-json.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { ORGANISATIONS, fixture, referenceFramework, sevenThemeFramework } from './fixtures/frameworks.js';
import { thrown } from './helpers.js';

const framework = referenceFramework();
const GM = 'greater-manchester';

describe('parseAnswersJson: the JSON fixture (every kind of problem element)', () => {
  const text = fixture('answers.json');
  const result = parseAnswersJson(text, { framework, organisations: ORGANISATIONS, file: 'answers.json' });

  it('gives exactly the expected answers', () => {
    expect(result.layout).toBe('json');
    expect(result.answers).toEqual([
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C1', answer: 3 },
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C2', answer: 2, comment: 'Early days' },
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C3', answer: 'dont-know' },
      { organisationId: GM, respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C4', answer: 'not-applicable' },
      { organisationId: 'north-east-london', respondentId: 'r1', itemId: 'T1.C1', answer: 'not-applicable' },
    ]);
  });

  it('reports each bad element with its 1-based row and its path', () => {
    expect(result.issues.map((issue) => [issue.code, issue.location.row, issue.location.path])).toEqual([
      ['unknown-item', 6, ['answers', 5, 'itemId']],
      ['unknown-organisation', 7, ['answers', 6, 'organisationId']],
      ['value-outside-scale', 8, ['answers', 7, 'answer']],
      ['unrecognised-answer', 9, ['answers', 8, 'answer']],
      ['duplicate-answer', 10, ['answers', 9, 'itemId']],
      ['empty-required-cell', 11, ['answers', 10, 'organisationId']],
      ['conflicting-group', 12, ['answers', 11, 'respondentGroup']],
      ['invalid-field', 13, ['answers', 12, 'respondentId']],
      ['invalid-field', 14, ['answers', 13, 'score']],
      ['invalid-field', 15, ['answers', 14, 'answer']],
      ['invalid-record', 16, ['answers', 15]],
    ]);
    expect(result.issues[4]).toMatchObject({ firstRow: 1 });
    expect(result.issues[6]).toMatchObject({ group: 'clinical', firstGroup: 'core team', firstRow: 1 });
    expect(result.issues[7]).toMatchObject({ field: 'respondentId' });
    expect(result.issues[8]).toMatchObject({ field: 'score', detail: 'is not a field of an answer' });
    expect(result.issues[10]).toMatchObject({ received: 'a string' });
    expect(result.issues.every((issue) => issue.location.file === 'answers.json' && issue.location.line === undefined)).toBe(true);
  });

  it('accounts for every element', () => {
    // 17 elements: accepted 1–5 and 17 = 6 (element 5 holds a null answer: blank); rejected 6–16 = 11.
    // One answer cell each: 5 answers + 11 rejected + 1 blank = 17.
    expect(result.accounting).toEqual({
      rowsRead: 17,
      rowsAccepted: 6,
      rowsRejected: 11,
      cellsRead: 17,
      answersAccepted: 5,
      cellsRejected: 11,
      cellsBlank: 1,
      cellsIgnored: 0,
    });
  });

  it('gives the same from the parsed value, from the array alone, and from text with a BOM', () => {
    const value = JSON.parse(text) as { answers: unknown[] };
    expect(parseAnswersJson(value, { framework, organisations: ORGANISATIONS, file: 'answers.json' })).toEqual(result);
    expect(parseAnswersJson(`\uFEFF${text}`, { framework, organisations: ORGANISATIONS, file: 'answers.json' })).toEqual(result);
    const fromArray = parseAnswersJson(value.answers, { framework, organisations: ORGANISATIONS });
    expect(fromArray.answers).toEqual(result.answers);
    expect(fromArray.issues[0]?.location.path).toEqual([5, 'itemId']);
  });

  it('is deeply frozen, survives JSON, and leaves its input alone', () => {
    expect(isDeepFrozen(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const value = JSON.parse(text) as unknown;
    const copy = JSON.parse(text) as unknown;
    parseAnswersJson(value, { framework });
    expect(value).toEqual(copy);
    expect(Object.isFrozen(value)).toBe(false);
  });
});

describe('parseAnswersJson: other inputs', () => {
  it('reads answers on a four-level scale from 0', () => {
    const result = parseAnswersJson(
      [
        { organisationId: 'a', respondentId: 'r1', itemId: 'purpose-c1', answer: 0 },
        { organisationId: 'a', respondentId: 'r1', itemId: 'purpose-c2', answer: 'Not sure' },
        { organisationId: 'a', respondentId: 'r1', itemId: 'learning-c1', answer: 0 },
      ],
      { framework: sevenThemeFramework() },
    );
    expect(result.answers.map((answer) => answer.answer)).toEqual([0, 'dont-know']);
    expect(result.issues.map((issue) => issue.code)).toEqual(['value-outside-scale']);
  });

  it('throws invalid-json, with the line and column of the fault where the JavaScript engine gives them', () => {
    const error = thrown(() => parseAnswersJson('[\n  {"organisationId": }\n]', { framework, file: 'a.json' }));
    expect(error.issues[0]).toMatchObject({ code: 'invalid-json', location: { file: 'a.json' } });
    // Engines word the fault differently: Node 22 and Firefox give a line and column, Node 20 does not.
    if (error.issues[0]?.location.line !== undefined) expect(error.issues[0].location.line).toBe(2);
    const truncated = thrown(() => parseAnswersJson('[\n  {"organisationId": "a"', { framework }));
    expect(truncated.issues[0]).toMatchObject({ code: 'invalid-json', location: { line: 2, column: 25 } }); // just after the 24 characters of line 2
  });

  it('throws invalid-shape for JSON that is not a list of answers', () => {
    for (const value of [3, null, '{"answers": 3}', { rows: [] }]) {
      expect(thrown(() => parseAnswersJson(value, { framework })).issues.map((issue) => issue.code)).toEqual(['invalid-shape']);
    }
  });

  it('throws too-large for text over maxBytes', () => {
    const error = thrown(() => parseAnswersJson('[]', { framework, maxBytes: 1 }));
    expect(error.issues[0]).toMatchObject({ code: 'too-large', bytes: 2, maxBytes: 1 });
  });

  it('accepts an empty list', () => {
    expect(parseAnswersJson([], { framework }).accounting).toEqual({
      rowsRead: 0,
      rowsAccepted: 0,
      rowsRejected: 0,
      cellsRead: 0,
      answersAccepted: 0,
      cellsRejected: 0,
      cellsBlank: 0,
      cellsIgnored: 0,
    });
  });

  it('rejects non-finite numbers', () => {
    const result = parseAnswersJson([{ organisationId: 'a', respondentId: 'r', itemId: 'T1.C1', answer: Number.NaN }], { framework });
    expect(result.issues.map((issue) => issue.code)).toEqual(['invalid-field']);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('throws TypeError naming the function for wrong options', () => {
    expect(() => parseAnswersJson([], undefined as never)).toThrow(/^parseAnswersJson: options/);
  });
});

describe('safeParseAnswersJson', () => {
  it('returns the import or the error', () => {
    const ok = safeParseAnswersJson([], { framework });
    expect(ok.success).toBe(true);
    const bad = safeParseAnswersJson('{"answers": 3}', { framework });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.code).toBe('invalid-shape');
  });
});
