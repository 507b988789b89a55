import { describe, expect, it } from 'vitest';
import { AnalysisError, ValidationError } from '../../src/index.js';
import { analysisIssue, describeIssue } from '../../src/analysis/errors.js';

describe('AnalysisError and its issues', () => {
  it('words every kind of issue from its data: what is wrong, and what to do', () => {
    expect(describeIssue({ code: 'invalid-outcome-id', received: 'missing' })).toEqual({
      message: 'the organisation id is missing, not a non-empty text',
      hint: 'Give each outcome value the id of the organisation it belongs to.',
    });
    expect(describeIssue({ code: 'non-finite-outcome', value: 'NaN' })).toEqual({
      message: 'the value NaN is not a finite number',
      hint: 'Give a number such as 76.4, or leave the organisation out.',
    });
    expect(describeIssue({ code: 'duplicate-outcome', organisationId: 'a', firstRow: 2 })).toEqual({
      message: 'organisation "a" already has a value at row 2',
      hint: 'Give one value per organisation.',
    });
    expect(describeIssue({ code: 'invalid-outcome-series', field: 'name', received: 'a number' })).toEqual({
      message: 'name is a number, not a non-empty text',
      hint: 'Name the series, e.g. "Faster Diagnosis Standard".',
    });
    expect(describeIssue({ code: 'invalid-round-date', round: 'later', date: '2023-13-01' })).toEqual({
      message: 'the later round\'s date "2023-13-01" is not a date written yyyy-mm-dd',
      hint: 'Write the date as yyyy-mm-dd, e.g. 2023-03-31.',
    });
    expect(describeIssue({ code: 'financial-year-mismatch', round: 'earlier', financialYear: '2023/24', expected: '2022/23', date: '2023-03-31' })).toEqual({
      message: 'the earlier round\'s financial year "2023/24" does not match its date (2023-03-31)',
      hint: 'NHS financial years run April to March, so it should be "2022/23".',
    });
    expect(describeIssue({ code: 'rounds-out-of-order', earlier: '2024-01-01', later: '2023-01-01' })).toEqual({
      message: 'the earlier round (2024-01-01) is dated after the later round (2023-01-01)',
      hint: 'Pass the rounds oldest first.',
    });
  });

  it('makes deeply frozen issues, and an error that lists them under its summary and keeps its own copy', () => {
    const issue = analysisIssue({ code: 'invalid-outcome-id', received: 'an empty text' }, { row: 3, path: ['values', 2, 'organisationId'] });
    expect(issue).toEqual({
      code: 'invalid-outcome-id',
      received: 'an empty text',
      message: 'the organisation id is empty',
      hint: 'Give each outcome value the id of the organisation it belongs to.',
      location: { row: 3, path: ['values', 2, 'organisationId'] },
    });
    expect(Object.isFrozen(issue)).toBe(true);
    expect(Object.isFrozen(issue.location)).toBe(true);
    expect(Object.isFrozen(issue.location.path)).toBe(true);
    const issues = [issue];
    const error = new AnalysisError('The outcome series is not valid:', issues);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.name).toBe('AnalysisError');
    expect(error.summary).toBe('The outcome series is not valid:');
    expect(error.message).toBe(error.format());
    expect(error.message).toBe(
      [
        'The outcome series is not valid:',
        '  - row 3, at values.2.organisationId: the organisation id is empty',
        '    hint: Give each outcome value the id of the organisation it belongs to.',
      ].join('\n'),
    );
    expect(error.issues).toEqual(issues);
    expect(error.issues).not.toBe(issues);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });
});
