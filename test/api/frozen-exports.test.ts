import { describe, expect, it } from 'vitest';
import * as root from 'cancer-alliance-framework';
import * as analysisEntry from 'cancer-alliance-framework/analysis';
import * as assessmentEntry from 'cancer-alliance-framework/assessment';
import * as frameworkEntry from 'cancer-alliance-framework/framework';
import * as programmeEntry from 'cancer-alliance-framework/programme';
import * as reportEntry from 'cancer-alliance-framework/report';
import * as schemasEntry from 'cancer-alliance-framework/schemas';
import { ValidationError, type Issue } from 'cancer-alliance-framework';
import { unfrozenPathOf } from '../helpers/frozen.js';

// Fault 10 of issue 13: exported data that a caller could change for every other caller in the process. Every export
// of every entry point is walked: data (organisations, roles, programme2019, effectiveCancerAllianceFramework,
// frameworkJsonSchema, …) must be deeply frozen; every error class, given issues that are not frozen, must hold a
// deeply frozen copy of them, locations included; and no function may carry data of its own that is not frozen.
// The list of exports is read at run time, so an export added later is checked without touching this test.

const ENTRIES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'cancer-alliance-framework': root,
  'cancer-alliance-framework/analysis': analysisEntry,
  'cancer-alliance-framework/assessment': assessmentEntry,
  'cancer-alliance-framework/framework': frameworkEntry,
  'cancer-alliance-framework/programme': programmeEntry,
  'cancer-alliance-framework/report': reportEntry,
  'cancer-alliance-framework/schemas': schemasEntry,
};

/** Every export of every entry point, as [entry, name, value]. */
const EXPORTS = Object.entries(ENTRIES).flatMap(([entry, namespace]) => Object.entries(namespace).map(([name, value]) => [entry, name, value] as const));

function isErrorClass(value: unknown): value is new (summary: string, issues: readonly Issue[]) => ValidationError {
  return typeof value === 'function' && value.prototype instanceof Error;
}

function isZodSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** An issue that is not frozen anywhere: its location, its path and a data field holding an array. */
function looseIssue(): Issue {
  return {
    code: 'schema',
    message: 'a message',
    hint: 'A hint.',
    values: [1, 2, 3],
    location: { file: 'x', line: 1, column: 2, path: ['a', 0, 'b'], id: 'T1' },
  } as unknown as Issue;
}

describe('every export of every entry point is deeply frozen', () => {
  it('finds the exports (seven entries, data among them)', () => {
    expect(Object.keys(ENTRIES)).toHaveLength(7);
    const data = EXPORTS.filter(([, , value]) => typeof value === 'object' && value !== null).map(([entry, name]) => `${entry}:${name}`);
    for (const name of ['organisations', 'roles', 'programme2019', 'effectiveCancerAllianceFramework']) {
      expect(
        data.some((entry) => entry.endsWith(`:${name}`)),
        name,
      ).toBe(true);
    }
    expect(data).toContain('cancer-alliance-framework/schemas:frameworkJsonSchema');
  });

  it('leaves out only the zod schemas of /schemas, which zod cannot run frozen', () => {
    // A zod 4 schema caches what it works out on itself, on first use: Object.freeze on one makes its next parse throw
    // (tried: even a shallow freeze). They hold no data of ours but their definitions, and are left out here.
    const schemas = EXPORTS.filter(([, , value]) => isZodSchema(value));
    expect(schemas.length).toBeGreaterThan(10);
    expect(new Set(schemas.map(([entry]) => entry))).toEqual(new Set(['cancer-alliance-framework/schemas']));
  });

  it.each(EXPORTS.filter(([, , value]) => typeof value === 'object' && value !== null && !isZodSchema(value)))('%s: %s (data) is deeply frozen', (_entry, _name, value) => {
    expect(unfrozenPathOf(value)).toBeNull();
    // Frozen in place, not a frozen copy each time: the same object on every import.
    expect(Object.isFrozen(value)).toBe(true);
  });

  it.each(EXPORTS.filter(([, , value]) => typeof value === 'function'))('%s: %s (a function or class) carries no data that is not frozen', (_entry, _name, value) => {
    const own = Object.fromEntries(Object.entries(value as object));
    expect(unfrozenPathOf(Object.freeze(own))).toBeNull();
    const staticData = Object.getOwnPropertyNames(value)
      .filter((key) => !['length', 'name', 'prototype', 'caller', 'arguments'].includes(key))
      .map((key) => (value as Record<string, unknown>)[key]);
    for (const item of staticData) expect(unfrozenPathOf(item)).toBeNull();
  });

  const errorClasses = EXPORTS.filter(([, , value]) => isErrorClass(value));

  it('covers every error class (ValidationError and its four subclasses)', () => {
    expect(new Set(errorClasses.map(([, name]) => name))).toEqual(new Set(['ValidationError', 'FrameworkError', 'AnswersError', 'ProgrammeError', 'AnalysisError']));
  });

  it.each(errorClasses)('%s: an instance of %s holds its issues and their locations deeply frozen', (_entry, _name, value) => {
    if (!isErrorClass(value)) throw new Error('not an error class');
    const given = [looseIssue(), looseIssue()];
    const error = new value('Summary', given);
    expect(error).toBeInstanceOf(ValidationError);
    expect(unfrozenPathOf(error.issues)).toBeNull();
    for (const issue of error.issues) {
      expect(Object.isFrozen(issue)).toBe(true);
      expect(Object.isFrozen(issue.location)).toBe(true);
      expect(Object.isFrozen(issue.location.path)).toBe(true);
    }
    // Changing one fails, in strict mode, and changes nothing.
    const first = error.issues[0] as unknown as { message: string; location: { path: unknown[] } };
    expect(() => {
      first.message = 'changed';
    }).toThrow(TypeError);
    expect(() => first.location.path.push('x')).toThrow(TypeError);
    expect(error.issues[0]?.message).toBe('a message');
  });

  it('an error thrown by each reader holds deeply frozen issues too', () => {
    const framework = root.effectiveCancerAllianceFramework;
    const errors = [
      root.safeParseFramework('id: x\nthemes: []\n'),
      root.safeParseAnswersCsv('a,b\n1,2\n', { framework }),
      root.safeParseAnswersJson('{"answers": 3}', { framework }),
      root.safeParseOutcomes({ name: 'x', values: [{ organisationId: '', value: 'y' }] }),
      root.safeParseOutcomesCsv('organisation_id,value\n,x\n', { name: 'x' }),
      programmeEntry.safeParseOrganisations('[1, 2]'),
      programmeEntry.safeParseRuleSet('x: 1\n'),
    ];
    for (const result of errors) {
      expect(result.success).toBe(false);
      if (!result.success) expect(unfrozenPathOf(result.error.issues)).toBeNull();
    }
  });
});
