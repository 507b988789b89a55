import { describe, expect, it } from 'vitest';
import { AnalysisError, associateWithOutcomes, parseOutcomeSeries, safeParseOutcomeSeries } from '../../src/analysis/index.js';
import { spearman } from '../../src/analysis/statistics.js';
import { isDeepFrozen, jsonRoundTrip, makeFramework, makeOrganisationScore } from './fixtures.js';
import { context, fds, scores } from './national-dataset.js';

const oneTheme = makeFramework({ themes: 1, levels: [1, 2, 3, 4, 5], target: 4 });
const org = (id: string, value: number) => makeOrganisationScore(oneTheme, id, { 'T1.C1': value, 'T1.C2': value, 'T1.E1': value, 'T1.E2': value });
const series = (values: readonly (readonly [string, number])[]) => ({ name: 'Outcome', values: values.map(([organisationId, value]) => ({ organisationId, value })) });

describe('associateWithOutcomes', () => {
  it('uses average ranks for ties', () => {
    // x ranks 1, 2.5, 2.5, 4; y ranks 1, 3, 2, 4: sxy = 4.5, sxx = 4.5, syy = 5, rho = 4.5 / sqrt(22.5) = 3 / sqrt(10)
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(3 / Math.sqrt(10), 12);
    const list = [org('p', 1), org('q', 2), org('r', 2), org('s', 3)];
    const result = associateWithOutcomes(list, series([['p', 1], ['q', 3], ['r', 2], ['s', 4]]), { framework: oneTheme, regionOf: () => null });
    expect(result.themes[0]?.rho).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('gives a p-value that is never 0: three alliances in perfect order have an exact p of 2/6', () => {
    const list = [org('p', 1), org('q', 2), org('r', 3)];
    const result = associateWithOutcomes(list, series([['p', 10], ['q', 20], ['r', 30]]), { framework: oneTheme, regionOf: () => null });
    expect(result.themes[0]?.rho).toBe(1);
    // Of the 6 orderings, 2 have |rho| = 1.
    expect(Math.abs((result.themes[0]?.pValue as number) - 2 / 6)).toBeLessThan(0.02);
    expect(result.themes[0]?.pValue).toBeGreaterThan(0);
  });

  it('gives no correlation for fewer than 3 alliances or no variation, and says why', () => {
    const two = associateWithOutcomes([org('p', 1), org('q', 2)], series([['p', 1], ['q', 2]]), { framework: oneTheme, regionOf: () => null });
    expect(two.themes[0]).toMatchObject({ n: 2, rho: null, pValue: null });
    expect(two.themes[0]?.caveat).toBe('Only 2 organisations have both a score and an outcome: at least 3 are needed to say anything about a link.');
    const flat = associateWithOutcomes([org('p', 1), org('q', 2), org('r', 3)], series([['p', 5], ['q', 5], ['r', 5]]), { framework: oneTheme, regionOf: () => null });
    expect(flat.themes[0]).toMatchObject({ n: 3, rho: null, pValue: null, caveat: 'The scores or the outcomes are all the same, so there is no ranking to compare and no correlation.' });
  });

  it('is the same on every run, changes with the seed, and keeps no caveat for a large n', () => {
    const list = Array.from({ length: 12 }, (_, i) => org(`o${String(i).padStart(2, '0')}`, 1 + (i % 5)));
    const outcome = series(list.map((score, i) => [score.organisationId, (i * 7) % 12] as const));
    const options = { framework: oneTheme, regionOf: () => null, permutations: 2000 };
    const first = associateWithOutcomes(list, outcome, options);
    expect(associateWithOutcomes(list, outcome, options)).toEqual(first);
    expect(first.themes[0]?.caveat).toBeNull();
    expect(associateWithOutcomes(list, outcome, { ...options, seed: 7 }).themes[0]?.pValue).not.toBe(first.themes[0]?.pValue);
    expect(first.method).toEqual({
      id: 'analysis.spearman-permutation',
      version: '1.0.0',
      options: { regions: 'custom', targets: { national: null, byTheme: {}, byRegion: {}, byOrganisation: {}, byOrganisationTheme: {} }, permutations: 2000, seed: 20230401, smallN: 10, generator: 'mulberry32' },
    });
  });

  it('lists outcomes without scores and scores without outcomes, and leaves insufficient themes out', () => {
    const result = associateWithOutcomes(scores, { ...fds, values: [...fds.values.filter((v) => v.organisationId !== 'b'), { organisationId: 'zz', value: 70 }] }, context);
    expect(result.outcomesWithoutScores).toEqual(['zz']);
    expect(result.scoresWithoutOutcomes).toEqual(['b']);
    // T1: a, c, d, e, f; T2: a, c, d, e (f insufficient).
    expect(result.themes.map((theme) => theme.n)).toEqual([5, 4]);
    expect(result.outcome).toEqual({ name: 'Faster Diagnosis Standard', unit: '%', source: 'invented for the worked example', values: 6 });
  });

  it('is frozen, JSON-safe and does not change its inputs', () => {
    const before = JSON.stringify([scores, fds]);
    const result = associateWithOutcomes(scores, fds, { ...context, permutations: 100 });
    expect(JSON.stringify([scores, fds])).toBe(before);
    expect(isDeepFrozen(result)).toBe(true);
    expect(jsonRoundTrip(result)).toEqual(result);
  });

  it('rejects invalid outcome data with the row of each problem', () => {
    const bad = {
      name: 'FDS',
      values: [
        { organisationId: 'a', value: 70 },
        { organisationId: 'a', value: 71 },
        { organisationId: '', value: 72 },
        { organisationId: 'c', value: Number.NaN },
        { organisationId: 'd', value: Number.POSITIVE_INFINITY },
      ],
    };
    let error: unknown;
    try {
      associateWithOutcomes(scores, bad, context);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AnalysisError);
    const issues = (error as AnalysisError).issues;
    expect(issues.map((issue) => [issue.code, issue.location.row])).toEqual([
      ['duplicate-outcome', 2],
      ['invalid-outcome-id', 3],
      ['non-finite-outcome', 4],
      ['non-finite-outcome', 5],
    ]);
    expect(issues[0]).toMatchObject({ firstRow: 1, message: 'organisation "a" already has a value at row 1; give one value per organisation' });
    expect((error as AnalysisError).message).toContain('row 4, id c, at values.3.value: the value NaN is not a finite number');
  });

  it('parses an outcome series read from elsewhere', () => {
    const input = { name: 'FDS', unit: '%', values: [{ organisationId: 'a', value: 70 }] };
    const parsed = parseOutcomeSeries(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
    expect(Object.isFrozen(parsed)).toBe(true);
    const result = safeParseOutcomeSeries({ name: '', unit: 3, values: [{ organisationId: 'a', value: '70' }, 'x'] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => [issue.code, issue.location.path?.join('.')])).toEqual([
        ['invalid-outcome-series', 'name'],
        ['invalid-outcome-series', 'unit'],
        ['non-finite-outcome', 'values.0.value'],
        ['invalid-outcome-series', 'values.1'],
      ]);
    }
    expect(safeParseOutcomeSeries(null).success).toBe(false);
    expect(safeParseOutcomeSeries({ name: 'x', values: 'no' }).success).toBe(false);
    expect(() => parseOutcomeSeries({ name: 'x' })).toThrow(AnalysisError);
  });

  it('checks its options', () => {
    expect(() => associateWithOutcomes(scores, fds, { ...context, permutations: 0 })).toThrow(/^associateWithOutcomes: options.permutations must be a whole number at least 1/);
    expect(() => associateWithOutcomes(scores, fds, { ...context, seed: -1 })).toThrow(RangeError);
    expect(() => associateWithOutcomes(scores, fds, { ...context, seed: 1.5 })).toThrow(RangeError);
  });
});
