import { describe, expect, it } from 'vitest';
import { analyseGaps, analyseNationalPosition } from '../../src/analysis/index.js';
import { compareIds } from '../../src/internal/order.js';
import { compareRegions, numberOption, organisationList, resolveContext } from '../../src/analysis/context.js';
import { makeAssessmentScores } from './fixtures.js';
import { a, b, c, context, framework } from './national-dataset.js';

describe('numberOption', () => {
  const bounds = { min: 0, max: 1, minExclusive: true } as const;

  it('gives the fallback for undefined and the value when it is within bounds', () => {
    expect(numberOption('f', 'share', undefined, 0.25, bounds)).toBe(0.25);
    expect(numberOption('f', 'share', 1, 0.25, bounds)).toBe(1);
    expect(numberOption('f', 'count', 1, 3, { min: 1, integer: true })).toBe(1);
    expect(numberOption('f', 'count', 0, 3, { min: 0, integer: true })).toBe(0);
  });

  it('rejects what is not a number with a TypeError naming the function and option', () => {
    expect(() => numberOption('f', 'share', '0.5' as never, 0.25, bounds)).toThrow(new TypeError('f: options.share must be a number'));
    expect(() => numberOption('f', 'share', Number.NaN, 0.25, bounds)).toThrow(new TypeError('f: options.share must be a number'));
  });

  it('rejects out-of-range values with a RangeError that states the range', () => {
    // An exclusive minimum: the minimum itself is too low.
    expect(() => numberOption('f', 'share', 0, 0.25, bounds)).toThrow(new RangeError('f: options.share must be greater than 0 and at most 1, got 0'));
    expect(() => numberOption('f', 'share', 1.5, 0.25, bounds)).toThrow(new RangeError('f: options.share must be greater than 0 and at most 1, got 1.5'));
    // An inclusive minimum, no maximum, whole numbers only.
    expect(() => numberOption('f', 'count', 0, 3, { min: 1, integer: true })).toThrow(new RangeError('f: options.count must be a whole number at least 1, got 0'));
    expect(() => numberOption('f', 'count', 2.5, 3, { min: 1, integer: true })).toThrow(new RangeError('f: options.count must be a whole number at least 1, got 2.5'));
    expect(() => numberOption('f', 'count', Number.POSITIVE_INFINITY, 3, { min: 1 })).toThrow(new RangeError('f: options.count must be at least 1, got Infinity'));
    expect(() => numberOption('f', 'count', -1, 3, { min: 0 })).toThrow(RangeError);
  });
});

describe('compareIds and compareRegions', () => {
  it('orders ids by code unit, equal ids as equal', () => {
    expect(compareIds('a', 'b')).toBe(-1);
    expect(compareIds('b', 'a')).toBe(1);
    expect(compareIds('a', 'a')).toBe(0);
    // Code units, not locale: upper case before lower case.
    expect(compareIds('Z', 'a')).toBe(-1);
  });

  it('orders regions by name, then id, with no region last', () => {
    const north = { id: 'N', name: 'North' };
    const south = { id: 'S', name: 'South' };
    expect(compareRegions(north, south)).toBe(-1);
    expect(compareRegions(south, north)).toBe(1);
    expect(compareRegions({ id: 'B', name: 'Same' }, { id: 'A', name: 'Same' })).toBe(1);
    expect(compareRegions({ id: 'A', name: 'Same' }, { id: 'B', name: 'Same' })).toBe(-1);
    expect(compareRegions(north, { id: 'N', name: 'North' })).toBe(0);
    expect(compareRegions(null, north)).toBe(1);
    expect(compareRegions(north, null)).toBe(-1);
    expect(compareRegions(null, null)).toBe(0);
  });
});

describe('resolveContext', () => {
  it('requires options with a validated framework', () => {
    expect(() => resolveContext('f', undefined)).toThrow(new TypeError('f: options are required, with at least { framework }'));
    expect(() => resolveContext('f', null as never)).toThrow(new TypeError('f: options are required, with at least { framework }'));
    expect(() => resolveContext('f', 'x' as never)).toThrow(new TypeError('f: options are required, with at least { framework }'));
    const needsFramework = new TypeError('f: options.framework must be a validated framework (e.g. effectiveCancerAllianceFramework)');
    expect(() => resolveContext('f', {} as never)).toThrow(needsFramework);
    expect(() => resolveContext('f', { framework: 'mini' } as never)).toThrow(needsFramework);
    expect(() => resolveContext('f', { framework: { themes: 'T1' } } as never)).toThrow(needsFramework);
  });

  it('checks regionOf and regionName, and what regionOf returns', () => {
    expect(() => resolveContext('f', { framework, regionOf: 'NEY' as never })).toThrow(
      new TypeError('f: options.regionOf must be a function from an organisation id to a region id or null'),
    );
    expect(() => resolveContext('f', { framework, regionName: {} as never })).toThrow(new TypeError('f: options.regionName must be a function from a region id to its name'));
    const ctx = resolveContext('f', { framework, regionOf: () => undefined as never });
    expect(() => ctx.region('a')).toThrow(new TypeError('f: options.regionOf("a") returned undefined; return a region id or null'));
  });

  it('names regions through regionName, keeps a null region, and records which lookups were used', () => {
    const ctx = resolveContext('f', { framework, regionOf: (id) => (id === 'a' ? 'R1' : null), regionName: (id) => `Region ${id}` });
    expect(ctx.region('a')).toEqual({ id: 'R1', name: 'Region R1' });
    expect(ctx.region('a')).toBe(ctx.region('a'));
    expect(ctx.region('b')).toBeNull();
    expect(ctx.region('b')).toBeNull();
    expect(ctx.used).toEqual({ regions: 'custom', targets: { national: null, byTheme: {}, byRegion: {}, byOrganisation: {}, byOrganisationTheme: {} } });
    expect(ctx.frameworkRef).toEqual({ id: 'mini-framework', version: '1.0.0' });
    expect(Object.isFrozen(ctx.frameworkRef)).toBe(true);
    // The default region names: an id the programme does not know names itself.
    expect(resolveContext('f', { framework, regionOf: () => 'ZZ' }).region('a')).toEqual({ id: 'ZZ', name: 'ZZ' });
    expect(resolveContext('f', { framework }).used.regions).toBe('programme');
  });

  it('resolves each organisation target by its own region', () => {
    const ctx = resolveContext('f', { ...context, targets: { byRegion: { NEY: 3, SW: 5 } } });
    expect(ctx.target('a', 'T1')).toEqual({ value: 3, source: 'region' });
    expect(ctx.target('d', 'T1')).toEqual({ value: 5, source: 'region' });
    expect(ctx.target('f', 'T1')).toEqual({ value: 4, source: 'framework-default' });
  });
});

describe('organisationList', () => {
  it('takes AssessmentScores or a list and gives the organisations in id order', () => {
    expect(organisationList('f', framework, [c, a, b]).map((score) => score.organisationId)).toEqual(['a', 'b', 'c']);
    expect(organisationList('f', framework, makeAssessmentScores(framework, [c, a])).map((score) => score.organisationId)).toEqual(['a', 'c']);
    expect(organisationList('f', framework, [])).toEqual([]);
  });

  it('names what is wrong and where', () => {
    expect(() => organisationList('f', framework, { kind: 'organisation-score' } as never)).toThrow(
      new TypeError('f: scores must be AssessmentScores or an array of OrganisationScore'),
    );
    expect(() => organisationList('f', framework, null as never)).toThrow(TypeError);
    expect(() => organisationList('f', framework, [a, null] as never, 'options.peers')).toThrow(
      new TypeError('f: options.peers[1] must be an OrganisationScore (kind "organisation-score") from scoreAnswers'),
    );
    expect(() => organisationList('f', framework, [{ ...a, kind: 'gap-analysis' }] as never)).toThrow(/^f: scores\[0\] must be an OrganisationScore/);
    expect(() => organisationList('f', framework, [a, b, a])).toThrow(new RangeError('f: organisation "a" appears more than once in scores; give one score per organisation'));
    expect(() => analyseNationalPosition([a, { ...b, framework: { id: 'other', version: '1.0.0' } }] as never, context)).toThrow(
      new RangeError(
        'analyseNationalPosition: scores[1] ("b") was scored with framework other@1.0.0, but options.framework is mini-framework@1.0.0; pass the framework the scores were computed with',
      ),
    );
    expect(() => analyseGaps({ ...a, framework: { id: 'mini-framework', version: '1.0.1' } as never }, context)).toThrow(
      /^analyseGaps: score \("a"\) was scored with framework mini-framework@1.0.1, but options.framework is mini-framework@1.0.0/,
    );
  });
});

describe('functions are not data', () => {
  // A function can carry the same properties as the data it stands in for; it is still rejected.
  it('rejects a function as the framework, a score or the scores', () => {
    const fakeFramework = Object.assign(() => null, { themes: framework.themes, id: framework.id, version: framework.version });
    expect(() => resolveContext('f', { framework: fakeFramework } as never)).toThrow(
      new TypeError('f: options.framework must be a validated framework (e.g. effectiveCancerAllianceFramework)'),
    );
    const fakeScore = Object.assign(() => null, { ...a });
    expect(() => organisationList('f', framework, [fakeScore] as never)).toThrow(
      new TypeError('f: scores[0] must be an OrganisationScore (kind "organisation-score") from scoreAnswers'),
    );
    const fakeScores = Object.assign(() => null, { kind: 'assessment-scores', organisations: [a] });
    expect(() => organisationList('f', framework, fakeScores as never)).toThrow(new TypeError('f: scores must be AssessmentScores or an array of OrganisationScore'));
    expect(() => organisationList('f', framework, null as never)).toThrow(new TypeError('f: scores must be AssessmentScores or an array of OrganisationScore'));
  });
});
