import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../../src/analysis/index.js';
import { describeIssue, makeIssue } from '../../src/analysis/errors.js';

describe('AnalysisError and its issues', () => {
  it('words every kind of issue from its data', () => {
    expect(describeIssue({ code: 'invalid-outcome-id', location: { row: 1 } })).toBe(
      'the organisation id is missing or empty; give each outcome value the id of the organisation it belongs to',
    );
    expect(describeIssue({ code: 'non-finite-outcome', location: {}, value: 'NaN' })).toBe(
      'the value NaN is not a finite number; give a number such as 76.4, or leave the organisation out',
    );
    expect(describeIssue({ code: 'duplicate-outcome', location: { id: 'a' }, firstRow: 2 })).toBe(
      'organisation "a" already has a value at row 2; give one value per organisation',
    );
    expect(describeIssue({ code: 'duplicate-outcome', location: {}, firstRow: 2 })).toBe('organisation "" already has a value at row 2; give one value per organisation');
    expect(describeIssue({ code: 'invalid-outcome-series', location: {}, detail: 'name must be a text' })).toBe('name must be a text');
    expect(describeIssue({ code: 'invalid-round-date', location: {}, date: '2023-13-01' })).toBe('"2023-13-01" is not a date written yyyy-mm-dd, e.g. 2023-03-31');
    expect(describeIssue({ code: 'financial-year-mismatch', location: {}, financialYear: '2023/24', expected: '2022/23' })).toBe(
      'the financial year "2023/24" does not match the date; NHS financial years run April to March, so it should be "2022/23"',
    );
    expect(describeIssue({ code: 'rounds-out-of-order', location: {}, earlier: '2024-01-01', later: '2023-01-01' })).toBe(
      'the earlier round (2024-01-01) is dated after the later round (2023-01-01); pass the rounds oldest first',
    );
  });

  it('makes frozen issues, and an error that lists them under its summary and keeps its own copy', () => {
    const issue = makeIssue({ code: 'invalid-outcome-id', location: { row: 3, path: ['values', 2, 'organisationId'] } });
    expect(issue).toEqual({
      code: 'invalid-outcome-id',
      location: { row: 3, path: ['values', 2, 'organisationId'] },
      message: 'the organisation id is missing or empty; give each outcome value the id of the organisation it belongs to',
    });
    expect(Object.isFrozen(issue)).toBe(true);
    const issues = [issue];
    const error = new AnalysisError('The outcome series is not valid:', issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AnalysisError');
    expect(error.message.split('\n')[0]).toBe('The outcome series is not valid:');
    expect(error.message).toContain('the organisation id is missing or empty');
    expect(error.issues).toEqual(issues);
    expect(error.issues).not.toBe(issues);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });
});
