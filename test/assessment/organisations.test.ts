import { describe, expect, it } from 'vitest';
import { parseAnswersCsv, parseAnswersJson } from '../../src/assessment/index.js';
import { scoreAnswersCsv } from '../../src/assessment/stream.js';
import type { Framework } from '../../src/framework/schema.js';
import { effectiveCancerAllianceFramework as framework } from '../../src/framework/reference.js';
import { referenceFramework } from './fixtures/frameworks.js';

const csv = (rows: readonly string[]) => `organisation_id,respondent_id,item_id,answer\n${rows.join('\n')}\n`;

describe('organisations checked by default (issue 16.2)', () => {
  it("rejects ids that are not Cancer Alliances of the programme's data, with a did-you-mean", () => {
    const result = parseAnswersCsv(csv(['greater-manchester,r1,T1.C1,3', 'greater-manchster,r2,T1.C1,3', 'atlantis,r3,T1.C1,3']), { framework, date: '2024-03-31' });
    expect(result.answers.map((answer) => answer.organisationId)).toEqual(['greater-manchester']);
    expect(result.accounting).toMatchObject({ rowsRead: 3, rowsAccepted: 1, rowsRejected: 2 });
    expect(
      result.issues.map((issue) => (issue.code === 'unknown-organisation' ? { code: issue.code, organisationId: issue.organisationId, suggestion: issue.suggestion } : issue)),
    ).toEqual([
      { code: 'unknown-organisation', organisationId: 'greater-manchster', suggestion: 'greater-manchester' },
      { code: 'unknown-organisation', organisationId: 'atlantis', suggestion: null },
    ]);
    expect(result.issues[0]?.hint).toMatch(/^Did you mean "greater-manchester"\? /);
    expect(result.notices).toEqual([]);
  });

  it('reads display names and other spellings of ids as ids, counted in a notice', () => {
    const result = parseAnswersCsv(
      csv([
        'Greater Manchester Cancer Alliance,r1,T1.C1,3',
        'greater manchester,r2,T1.C1,3',
        'GREATER_MANCHESTER,r3,T1.C1,3',
        'Greater Manchester,r4,T1.C2,3',
        'Greater Manchester,r4,T1.C1,4',
      ]),
      { framework, date: '2024-03-31' },
    );
    expect(result.issues).toEqual([]);
    expect(new Set(result.answers.map((answer) => answer.organisationId))).toEqual(new Set(['greater-manchester']));
    expect(result.notices).toEqual([
      {
        code: 'organisation-names-read',
        names: [
          { text: 'Greater Manchester Cancer Alliance', organisationId: 'greater-manchester', rows: 1 },
          { text: 'greater manchester', organisationId: 'greater-manchester', rows: 1 },
          { text: 'GREATER_MANCHESTER', organisationId: 'greater-manchester', rows: 1 },
          { text: 'Greater Manchester', organisationId: 'greater-manchester', rows: 2 },
        ],
        message:
          'Organisation names read as ids: "Greater Manchester Cancer Alliance" as greater-manchester (1 row), "greater manchester" as greater-manchester (1 row), ' +
          '"GREATER_MANCHESTER" as greater-manchester (1 row), "Greater Manchester" as greater-manchester (2 rows).',
      },
    ]);
  });

  it("checks the alliances in force at the round's date; without one, every alliance the data knows, with a notice", () => {
    const north = csv(['east-of-england-north,r1,T1.C1,3']);
    expect(parseAnswersCsv(north, { framework, date: '2024-03-31' }).issues).toEqual([]);
    expect(parseAnswersCsv(north, { framework, date: new Date(2024, 3, 1) }).issues[0]).toMatchObject({ code: 'unknown-organisation', suggestion: 'east-of-england' });
    const undated = parseAnswersCsv(north, { framework });
    expect(undated.issues).toEqual([]);
    expect(undated.notices.map((notice) => notice.code)).toEqual(['organisations-undated']);
    expect(scoreAnswersCsv(north, { framework, minCoverage: 0 }).notices).toEqual(undated.notices);
  });

  it("accepts a caller's own list, or any id when asked, and any id with another programme's framework", () => {
    const text = csv(['north,r1,T1.C1,3', 'North Network,r2,T1.C1,3', 'sooth,r3,T1.C1,3']);
    const listed = parseAnswersCsv(text, { framework, organisations: [{ id: 'north', name: 'North Network' }, 'south'] });
    expect(listed.answers.map((answer) => answer.organisationId)).toEqual(['north', 'north']);
    expect(listed.issues.map((issue) => issue.code === 'unknown-organisation' && issue.suggestion)).toEqual(['south']);
    expect(parseAnswersCsv(text, { framework, organisations: 'any' }).answers).toHaveLength(3);
    const other: Framework = { ...referenceFramework(), id: 'another-programme' as Framework['id'] };
    expect(parseAnswersCsv(text, { framework: other }).answers).toHaveLength(3);
    expect(parseAnswersCsv(text, { framework: other, organisations: 'programme', date: '2024-03-31' }).answers).toHaveLength(0);
    const json = parseAnswersJson([{ organisationId: 'Wessex', respondentId: 'r1', itemId: 'T1.C1', answer: 3 }], { framework, date: '2024-03-31' });
    expect(json.answers[0]?.organisationId).toBe('wessex');
  });

  it('throws TypeError or RangeError, naming the function, for malformed options', () => {
    const text = csv(['wessex,r1,T1.C1,3']);
    expect(() => parseAnswersCsv(text, { framework, organisations: 'all' as never })).toThrow(/^parseAnswersCsv: options.organisations must be 'programme', 'any'/);
    expect(() => parseAnswersCsv(text, { framework, organisations: [3] as never })).toThrow(TypeError);
    expect(() => parseAnswersCsv(text, { framework, date: '2023-13-45' })).toThrow(RangeError);
    expect(() => parseAnswersCsv(text, { framework, date: new Date(Number.NaN) })).toThrow(/^parseAnswersCsv: options.date is an invalid Date/);
    expect(() => parseAnswersCsv(text, { framework, date: 20240331 as never })).toThrow(TypeError);
  });
});

describe('answer spellings (issue 15.2)', () => {
  const options = { framework, date: '2024-03-31' };

  it('reads "not sure", "unsure" and "don\'t know / not sure" (curly or straight) as don\'t know', () => {
    const spellings = ['Not sure', 'unsure', "Don't know / not sure", 'Don\u2019t know/not sure', 'DON\u2019T KNOW / NOT SURE', 'Not known'];
    const result = parseAnswersCsv(csv(spellings.map((text, index) => `wessex,r${index},T1.C1,"${text}"`)), options);
    expect(result.issues).toEqual([]);
    expect(result.answers.map((answer) => answer.answer)).toEqual(spellings.map(() => 'dont-know'));
  });

  it("reads the caller's own spellings first; a value off the scale is value-outside-scale", () => {
    const text = csv(['wessex,r1,T1.C1,Bit unsure', 'wessex,r2,T1.C1,sometimes', 'wessex,r3,T1.C1,Always', 'wessex,r4,T1.C1,DK']);
    const result = parseAnswersCsv(text, { ...options, spellings: { 'Bit unsure': 'dont-know', Sometimes: 3, always: 9, dk: 'not-applicable' } });
    expect(result.answers.map((answer) => answer.answer)).toEqual(['dont-know', 3, 'not-applicable']);
    expect(result.issues.map((issue) => issue.code)).toEqual(['value-outside-scale']);
    expect(() => parseAnswersCsv(text, { ...options, spellings: { often: 'sometimes' } as never })).toThrow(/^parseAnswersCsv: options.spellings must be/);
    expect(() => parseAnswersCsv(text, { ...options, spellings: { ' ': 3 } })).toThrow(TypeError);
  });

  it('suggests the nearest accepted spelling for an unknown one, never a number', () => {
    const result = parseAnswersCsv(csv(['wessex,r1,T1.C1,Emergin', 'wessex,r2,T1.C1,yes', 'wessex,r3,T1.C1,1e0']), options);
    expect(result.issues.map((issue) => (issue.code === 'unrecognised-answer' ? issue.suggestion : undefined))).toEqual(['Emerging', null, null]);
    expect(result.issues[0]?.hint).toMatch(/^Did you mean "Emerging"\? /);
  });
});
