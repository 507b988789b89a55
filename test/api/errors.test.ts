import { describe, expect, it } from 'vitest';
import {
  AnalysisError,
  AnswersError,
  effectiveCancerAllianceFramework as framework,
  FrameworkError,
  parseAnswersCsv,
  parseFramework,
  parseOutcomes,
  ProgrammeError,
  ValidationError,
  type Issue,
} from '../../src/index.js';
import { createDeliveryPlan } from '../../src/programme/index.js';

// One error design for every area: each error for bad input is a ValidationError, built the same way, whose
// issues carry their data, a message, a hint and a location, all deeply frozen.

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const cases = [
  {
    Class: FrameworkError,
    error: thrown(() => parseFramework('id: x\nthemes: []\n', { file: 'x.yaml' })),
    summary: /^x\.yaml is not a valid framework: \d+ problems?$/,
  },
  {
    Class: AnswersError,
    error: thrown(() => parseAnswersCsv('respondent,answer\nr1,3\n', { framework, file: 'a.csv' })),
    summary: /^The survey answers cannot be read:$/,
  },
  {
    Class: ProgrammeError,
    error: thrown(() => createDeliveryPlan({ allianceId: 'swag', financialYear: '2023/24', by: { roleId: 'regional-director', regionId: 'Y58' }, at: new Date(2023, 3, 3) })),
    summary: /^Cannot create a delivery plan: 1 problem$/,
  },
  {
    Class: AnalysisError,
    error: thrown(() =>
      parseOutcomes({
        name: 'FDS',
        values: [
          { organisationId: 'a', value: Number.NaN },
          { organisationId: 'a', value: 1 },
        ],
      }),
    ),
    summary: /^The outcome series is not valid:$/,
  },
] as const;

/** Whether a value and everything in it is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

describe.each(cases)('$Class.name', ({ Class, error, summary }) => {
  it('is a ValidationError named after its class, with a summary and a message that is format()', () => {
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(Error);
    const e = error as ValidationError;
    expect(e.name).toBe(Class.name);
    expect(e.summary).toMatch(summary);
    expect(e.message).toBe(e.format());
    expect(e.message.split('\n')[0]).toBe(e.summary);
    expect(String(e)).toBe(`${Class.name}: ${e.message}`);
  });

  it('has issues, each with a code, its data, a message, a hint and a location, all deeply frozen', () => {
    const { issues } = error as ValidationError;
    expect(issues.length).toBeGreaterThan(0);
    expect(deeplyFrozen(issues)).toBe(true);
    for (const issue of issues) {
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(['code', 'message', 'hint', 'location']));
      expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(issue.message.length).toBeGreaterThan(5);
      expect(issue.hint).toMatch(/^[A-Z].*\.$/);
      expect(typeof issue.location).toBe('object');
      // The message and hint are worded from the data: the data fields are there beside them.
      expect(Object.keys(issue).length).toBeGreaterThanOrEqual(4);
    }
  });

  it('is built as new XError(summary, issues), keeping its own deeply frozen copy of issues that are not frozen', () => {
    const issues = (error as ValidationError).issues.map((issue) => ({ ...issue, location: { ...issue.location, path: ['a', 0] } }));
    const made = new (Class as unknown as new (summary: string, issues: readonly Issue[]) => ValidationError)('Summary line', issues);
    expect(made.name).toBe(Class.name);
    expect(made.summary).toBe('Summary line');
    expect(made.issues).toEqual(issues);
    expect(made.issues).not.toBe(issues);
    expect(deeplyFrozen(made.issues)).toBe(true);
    // The caller's objects are copied, not frozen in place.
    expect(Object.isFrozen(issues[0]?.location.path)).toBe(false);
    expect(Object.isFrozen(issues[0])).toBe(false);
    expect(made.message).toBe(made.format());
    expect(made.message.startsWith('Summary line\n  - ')).toBe(true);
  });
});

describe('ValidationError.format', () => {
  it('lists the first 20 issues with their places, each hint once under the first issue that has it', () => {
    const issue = (n: number, hint: string): Issue => ({ code: 'x', message: `problem ${n}`, hint, location: { file: 'f.csv', line: n, row: n } });
    const error = new ValidationError('Summary', [issue(1, 'Do A.'), issue(2, 'Do A.'), issue(3, 'Do B.'), ...Array.from({ length: 20 }, (_, i) => issue(i + 4, 'Do A.'))]);
    const lines = error.format().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Summary',
      '  - f.csv:1 (row 1): problem 1',
      '    hint: Do A.',
      '  - f.csv:2 (row 2): problem 2',
      '  - f.csv:3 (row 3): problem 3',
      '    hint: Do B.',
    ]);
    expect(lines.at(-1)).toBe('  - … and 3 more');
    expect(lines.filter((line) => line.startsWith('  - f.csv'))).toHaveLength(20);
    expect(error.name).toBe('ValidationError');
  });

  it('freezes the issues of row problems returned by a reader, not only thrown ones', () => {
    const result = parseAnswersCsv('organisation_id,respondent_id,item_id,answer\nwessex,r1,T9.C9,3\n', { framework });
    expect(result.issues.map((issue) => issue.code)).toEqual(['unknown-item']);
    expect(deeplyFrozen(result.issues)).toBe(true);
  });
});
