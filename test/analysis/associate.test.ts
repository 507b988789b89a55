import { describe, expect, it } from 'vitest';
import { AnalysisError, analyseOutcomes, parseOutcomes, safeParseOutcomes } from '../../src/analysis/index.js';
import { associationCaveat } from '../../src/analysis/associate.js';
import { holmAdjust, spearman, spearmanPermutationP } from '../../src/analysis/statistics.js';
import { mulberry32 } from '../../src/internal/random.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { jsonRoundTrip, makeFramework, makeOrganisationScore } from './fixtures.js';
import { context, fds, scores } from './national-dataset.js';

const oneTheme = makeFramework({ themes: 1, levels: [1, 2, 3, 4, 5], target: 4 });
const org = (id: string, value: number) => makeOrganisationScore(oneTheme, id, { 'T1.C1': value, 'T1.C2': value, 'T1.E1': value, 'T1.E2': value });
const series = (values: readonly (readonly [string, number])[]) => ({ name: 'Outcome', values: values.map(([organisationId, value]) => ({ organisationId, value })) });

describe('analyseOutcomes', () => {
  it('uses average ranks for ties', () => {
    // x ranks 1, 2.5, 2.5, 4; y ranks 1, 3, 2, 4: sxy = 4.5, sxx = 4.5, syy = 5, rho = 4.5 / sqrt(22.5) = 3 / sqrt(10)
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(3 / Math.sqrt(10), 12);
    const list = [org('p', 1), org('q', 2), org('r', 2), org('s', 3)];
    const result = analyseOutcomes(list, {
      framework: oneTheme,
      regionOf: () => null,
      outcomes: series([
        ['p', 1],
        ['q', 3],
        ['r', 2],
        ['s', 4],
      ]),
    });
    expect(result.themes[0]?.rho).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('gives a p-value that is never 0: three alliances in perfect order have an exact p of 2/6', () => {
    const list = [org('p', 1), org('q', 2), org('r', 3)];
    const result = analyseOutcomes(list, {
      framework: oneTheme,
      regionOf: () => null,
      outcomes: series([
        ['p', 10],
        ['q', 20],
        ['r', 30],
      ]),
    });
    expect(result.themes[0]?.rho).toBe(1);
    // Of the 6 orderings, 2 have |rho| = 1.
    expect(Math.abs(result.themes[0]!.pValue! - 2 / 6)).toBeLessThan(0.02);
    expect(result.themes[0]?.pValue).toBeGreaterThan(0);
  });

  it('gives no correlation for fewer than 3 alliances or no variation, and says why', () => {
    const two = analyseOutcomes([org('p', 1), org('q', 2)], {
      framework: oneTheme,
      regionOf: () => null,
      outcomes: series([
        ['p', 1],
        ['q', 2],
      ]),
    });
    expect(two.themes[0]).toMatchObject({ n: 2, rho: null, pValue: null });
    expect(two.themes[0]?.caveat).toBe('Only 2 organisations have both a score and an outcome: at least 3 are needed to say anything about a link.');
    const flat = analyseOutcomes([org('p', 1), org('q', 2), org('r', 3)], {
      framework: oneTheme,
      regionOf: () => null,
      outcomes: series([
        ['p', 5],
        ['q', 5],
        ['r', 5],
      ]),
    });
    expect(flat.themes[0]).toMatchObject({
      n: 3,
      rho: null,
      pValue: null,
      caveat: 'The scores or the outcomes are all the same, so there is no ranking to compare and no correlation.',
    });
  });

  it('is the same on every run, changes with the seed, and keeps no caveat for a large n', () => {
    const list = Array.from({ length: 12 }, (_, i) => org(`o${String(i).padStart(2, '0')}`, 1 + (i % 5)));
    const outcome = series(list.map((score, i) => [score.organisationId, (i * 7) % 12] as const));
    const options = { framework: oneTheme, regionOf: () => null, permutations: 2000 };
    const first = analyseOutcomes(list, { ...options, outcomes: outcome });
    expect(analyseOutcomes(list, { ...options, outcomes: outcome })).toEqual(first);
    expect(first.themes[0]?.caveat).toBeNull();
    expect(analyseOutcomes(list, { ...options, seed: 7, outcomes: outcome }).themes[0]?.pValue).not.toBe(first.themes[0]?.pValue);
    expect(first.method).toEqual({
      id: 'analysis.spearman-permutation',
      version: '1.1.0',
      options: {
        regions: 'custom',
        targets: { national: null, byTheme: {}, byRegion: {}, byOrganisation: {}, byOrganisationTheme: {} },
        permutations: 2000,
        seed: 20230401,
        smallN: 10,
        generator: 'mulberry32',
        correction: 'holm',
      },
    });
  });

  it('lists outcomes without scores and scores without outcomes, and leaves insufficient themes out', () => {
    const result = analyseOutcomes(scores, {
      ...context,
      outcomes: { ...fds, values: [...fds.values.filter((v) => v.organisationId !== 'b'), { organisationId: 'zz', value: 70 }] },
    });
    expect(result.outcomesWithoutScores).toEqual(['zz']);
    expect(result.scoresWithoutOutcomes).toEqual(['b']);
    // T1: a, c, d, e, f; T2: a, c, d, e (f insufficient).
    expect(result.themes.map((theme) => theme.n)).toEqual([5, 4]);
    expect(result.outcome).toEqual({ name: 'Faster Diagnosis Standard', unit: '%', source: 'invented for the worked example', values: 6 });
  });

  it('is frozen, JSON-safe and does not change its inputs', () => {
    const before = JSON.stringify([scores, fds]);
    const result = analyseOutcomes(scores, { ...context, permutations: 100, outcomes: fds });
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
      analyseOutcomes(scores, { ...context, outcomes: bad });
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
    expect(issues[0]).toMatchObject({ organisationId: 'a', firstRow: 1, message: 'organisation "a" already has a value at row 1', hint: 'Give one value per organisation.' });
    expect((error as AnalysisError).message).toContain('row 4, id c, at values.3.value: the value NaN is not a finite number');
  });

  it('parses an outcome series read from elsewhere', () => {
    const input = { name: 'FDS', unit: '%', values: [{ organisationId: 'a', value: 70 }] };
    const parsed = parseOutcomes(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
    expect(Object.isFrozen(parsed)).toBe(true);
    const result = safeParseOutcomes({ name: '', unit: 3, values: [{ organisationId: 'a', value: '70' }, 'x'] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => [issue.code, issue.location.path?.join('.')])).toEqual([
        ['invalid-outcome-series', 'name'],
        ['invalid-outcome-series', 'unit'],
        ['non-finite-outcome', 'values.0.value'],
        ['invalid-outcome-series', 'values.1'],
      ]);
    }
    expect(safeParseOutcomes(null).success).toBe(false);
    expect(safeParseOutcomes({ name: 'x', values: 'no' }).success).toBe(false);
    expect(() => parseOutcomes({ name: 'x' })).toThrow(AnalysisError);
  });

  it('checks its options', () => {
    expect(() => analyseOutcomes(scores, { ...context, permutations: 0, outcomes: fds })).toThrow(/^analyseOutcomes: options.permutations must be a whole number at least 1/);
    expect(() => analyseOutcomes(scores, { ...context, seed: -1, outcomes: fds })).toThrow(RangeError);
    expect(() => analyseOutcomes(scores, { ...context, seed: 1.5, outcomes: fds })).toThrow(RangeError);
  });
});

describe('analyseOutcomes: caveats, streams and options', () => {
  const twoThemes = makeFramework({ themes: 2, levels: [1, 2, 3, 4, 5], target: 4 });
  const both = (id: string, t1: number, t2: number) =>
    makeOrganisationScore(twoThemes, id, { 'T1.C1': t1, 'T1.C2': t1, 'T1.E1': t1, 'T1.E2': t1, 'T2.C1': t2, 'T2.C2': t2, 'T2.E1': t2, 'T2.E2': t2 });

  it('words each caveat by n: one organisation, several, and none at smallN', () => {
    expect(associationCaveat(1, null, 10)).toBe('Only 1 organisation has both a score and an outcome: at least 3 are needed to say anything about a link.');
    expect(associationCaveat(0, null, 10)).toBe('Only 0 organisations have both a score and an outcome: at least 3 are needed to say anything about a link.');
    expect(associationCaveat(3, 0.5, 10)).toBe(
      'Based on only 3 organisations: with so few, a correlation this size can easily arise by chance, and even a real one would not show that the theme causes the outcome.',
    );
    expect(associationCaveat(9, 0.5, 10)).not.toBeNull();
    expect(associationCaveat(10, 0.5, 10)).toBeNull();
    expect(associationCaveat(3, 0.5, 3)).toBeNull();
  });

  it('draws each theme from its own stream, seed + theme index', () => {
    const t1 = [1, 2, 3, 4, 5, 6, 7, 8];
    const t2 = [5, 3, 4, 1, 2, 6, 8, 7];
    const y = [10, 30, 20, 50, 40, 35, 15, 25];
    const ids = ['p', 'q', 'r', 's', 't', 'u', 'v', 'w'];
    const list = ids.map((id, i) => both(id, t1[i]!, t2[i]!));
    const outcome = series(ids.map((id, i) => [id, y[i]!] as const));
    const result = analyseOutcomes(list, { framework: twoThemes, regionOf: () => null, permutations: 500, seed: 11, outcomes: outcome });
    const p = (x: number[], seed: number) => spearmanPermutationP(x, y, 500, mulberry32(seed)).pValue;
    // T1 (index 0) draws from seed 11, T2 (index 1) from seed 12.
    expect(result.themes.map((theme) => theme.pValue)).toEqual([p(t1, 11), p(t2, 12)]);
    // The streams differ enough to tell: T2 from seed 10 or 11 would give another p-value.
    expect(new Set([p(t2, 10), p(t2, 11), p(t2, 12)]).size).toBe(3);
    // T2: x ranks 5, 3, 4, 1, 2, 6, 8, 7 against y ranks 1, 5, 3, 8, 7, 6, 2, 4: sum d^2 = 140,
    // rho = 1 - 6 x 140 / (8 x 63) = -2/3.
    expect(result.themes[1]?.rho).toBeCloseTo(-2 / 3, 12);
    expect(result.kind).toBe('outcome-association');
  });

  it('gives no unit or source as null, and lists outcomes without scores in id order', () => {
    const list = [both('p', 1, 1), both('q', 2, 2), both('r', 3, 3)];
    const result = analyseOutcomes(list, {
      framework: twoThemes,
      regionOf: () => null,
      permutations: 10,
      outcomes: series([
        ['zz', 1],
        ['p', 1],
        ['aa', 2],
        ['q', 2],
        ['r', 3],
      ]),
    });
    expect(result.outcome).toEqual({ name: 'Outcome', unit: null, source: null, values: 5 });
    expect(result.outcomesWithoutScores).toEqual(['aa', 'zz']);
    expect(result.scoresWithoutOutcomes).toEqual([]);
    expect(result.framework).toEqual({ id: 'generated-framework', version: '1.0.0' });
  });

  it('names each option and its range', () => {
    const options = { framework: oneTheme, regionOf: () => null };
    const list = [org('p', 1)];
    const outcome = series([['p', 1]]);
    expect(() => analyseOutcomes(list, { ...options, permutations: 10_000_001, outcomes: outcome })).toThrow(
      new RangeError('analyseOutcomes: options.permutations must be a whole number at least 1 and at most 10000000, got 10000001'),
    );
    expect(() => analyseOutcomes(list, { ...options, permutations: 1.5, outcomes: outcome })).toThrow(RangeError);
    expect(analyseOutcomes(list, { ...options, permutations: 10_000_000, outcomes: outcome }).method.options.permutations).toBe(10_000_000);
    expect(() => analyseOutcomes(list, { ...options, seed: 4_294_967_296, outcomes: outcome })).toThrow(
      new RangeError('analyseOutcomes: options.seed must be a whole number at least 0 and at most 4294967295, got 4294967296'),
    );
    expect(analyseOutcomes(list, { ...options, seed: 4_294_967_295, outcomes: outcome }).method.options.seed).toBe(4_294_967_295);
    expect(analyseOutcomes(list, { ...options, seed: 0, outcomes: outcome }).method.options.seed).toBe(0);
    expect(() => analyseOutcomes(list, { ...options, smallN: -1, outcomes: outcome })).toThrow(
      new RangeError('analyseOutcomes: options.smallN must be a whole number at least 0, got -1'),
    );
    expect(() => analyseOutcomes(list, { ...options, smallN: 2.5, outcomes: outcome })).toThrow(RangeError);
    expect(analyseOutcomes(list, { ...options, smallN: 0, outcomes: outcome }).method.options.smallN).toBe(0);
  });
});

describe('safeParseOutcomes: every problem, its place and its words', () => {
  const issuesOf = (input: unknown) => {
    const result = safeParseOutcomes(input);
    return result.success ? [] : result.error.issues;
  };
  const SHAPE = '{ name, unit?, source?, measure?, values: [{ organisationId, value }] }';

  it('describes a series that is not an object, or has no list of values', () => {
    expect(issuesOf([1, 2])).toEqual([
      {
        code: 'invalid-outcome-series',
        field: 'series',
        received: 'a list',
        location: { path: [] },
        message: 'the outcome series is a list, not an object',
        hint: `Give the series as an object ${SHAPE}.`,
      },
    ]);
    expect(issuesOf({ name: '  ', source: false, values: {} })).toEqual([
      {
        code: 'invalid-outcome-series',
        field: 'name',
        received: 'an empty text',
        location: { path: ['name'] },
        message: 'name is an empty text, not a non-empty text',
        hint: 'Name the series, e.g. "Faster Diagnosis Standard".',
      },
      {
        code: 'invalid-outcome-series',
        field: 'source',
        received: 'a boolean',
        location: { path: ['source'] },
        message: 'source is a boolean, not a text',
        hint: 'Give source as a text, or leave it out.',
      },
      {
        code: 'invalid-outcome-series',
        field: 'values',
        received: 'an object',
        location: { path: ['values'] },
        message: 'values is an object, not a list',
        hint: 'Give values as a list of { organisationId, value }, one per organisation.',
      },
    ]);
    expect(issuesOf({ name: 7, unit: null, values: [] }).map(({ location, message }) => ({ location, message }))).toEqual([
      { location: { path: ['name'] }, message: 'name is a number, not a non-empty text' },
      { location: { path: ['unit'] }, message: 'unit is null, not a text' },
    ]);
    expect(issuesOf({ name: 'FDS', measure: 'fds-29-day', values: [] })).toEqual([
      {
        code: 'unknown-outcome-measure',
        measure: 'fds-29-day',
        known: ['fds-28-day', '62-day', '31-day', 'two-week-wait', 'early-diagnosis', 'five-year-survival'],
        location: { path: ['measure'] },
        message: 'the measure "fds-29-day" is not one of the standards data\'s',
        hint: 'Use one of fds-28-day, 62-day, 31-day, two-week-wait, early-diagnosis, five-year-survival, or leave measure out and give analyseOutcomes a standard of your own.',
      },
    ]);
    expect(issuesOf({ name: 'FDS', measure: 28, values: [] }).map(({ message }) => message)).toEqual(['measure is a number, not a text']);
  });

  it('describes each bad row with its number, id and path', () => {
    const issues = issuesOf({
      name: 'FDS',
      values: [[1], { organisationId: 3, value: '70' }, { organisationId: ' ', value: undefined }, { organisationId: 'b', value: 1 }, { organisationId: 'b', value: 2 }],
    });
    expect(issues).toEqual([
      {
        code: 'invalid-outcome-series',
        field: 'row',
        received: 'a list',
        location: { row: 1, path: ['values', 0] },
        message: 'the row is a list, not an object',
        hint: 'Give each outcome value as an object { organisationId, value }.',
      },
      {
        code: 'invalid-outcome-id',
        received: 'a number',
        location: { row: 2, path: ['values', 1, 'organisationId'] },
        message: 'the organisation id is a number, not a non-empty text',
        hint: 'Give each outcome value the id of the organisation it belongs to.',
      },
      {
        code: 'non-finite-outcome',
        value: '"70"',
        location: { row: 2, path: ['values', 1, 'value'] },
        message: 'the value "70" is not a finite number',
        hint: 'Give a number such as 76.4, or leave the organisation out.',
      },
      expect.objectContaining({ code: 'invalid-outcome-id', received: 'an empty text', location: { row: 3, path: ['values', 2, 'organisationId'] } }),
      {
        code: 'non-finite-outcome',
        value: 'undefined',
        organisationId: ' ',
        location: { row: 3, path: ['values', 2, 'value'], id: ' ' },
        message: 'the value undefined is not a finite number',
        hint: 'Give a number such as 76.4, or leave the organisation out.',
      },
      {
        code: 'duplicate-outcome',
        organisationId: 'b',
        firstRow: 4,
        location: { row: 5, id: 'b', path: ['values', 4, 'organisationId'] },
        message: 'organisation "b" already has a value at row 4',
        hint: 'Give one value per organisation.',
      },
    ]);
  });

  it('keeps only the fields of an outcome series, without undefined ones', () => {
    const result = safeParseOutcomes({ name: 'FDS', source: 'CWT', extra: true, values: [{ organisationId: 'a', value: 1, note: 'x' }] });
    expect(result).toEqual({ success: true, data: { name: 'FDS', source: 'CWT', values: [{ organisationId: 'a', value: 1 }] } });
    if (result.success) expect(Object.keys(result.data)).toEqual(['name', 'values', 'source']);
    // Without a unit or source, no such keys at all (not keys holding undefined).
    const bare = safeParseOutcomes({ name: 'FDS', values: [] });
    if (bare.success) expect(Object.keys(bare.data)).toEqual(['name', 'values']);
    expect(bare.success).toBe(true);
    const error = safeParseOutcomes(null);
    expect(error.success ? null : error.error.message).toMatch(/^The outcome series is not valid:/);
  });
});

describe('the p-values adjusted for the number of themes tested (Holm; docs/analysis.md §7, worked by hand)', () => {
  it('multiplies the i-th smallest of m by m − i + 1, never lower than the one before, at most 1', () => {
    // p = 0.01, 0.04, 0.03, none, 0.20: m = 4 tests. Sorted: 0.01 × 4 = 0.04; 0.03 × 3 = 0.09; 0.04 × 2 = 0.08,
    // raised to 0.09 (never below the one before); 0.20 × 1 = 0.20.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, null, 0.2]);
    expect(adjusted[0]).toBeCloseTo(0.04, 12);
    expect(adjusted[1]).toBeCloseTo(0.09, 12);
    expect(adjusted[2]).toBeCloseTo(0.09, 12);
    expect(adjusted[3]).toBeNull();
    expect(adjusted[4]).toBeCloseTo(0.2, 12);
    expect(holmAdjust([0.5, 0.6])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });

  it("gives each theme's adjusted p-value, over the themes with a p-value, and names the correction", () => {
    const result = analyseOutcomes(scores, { ...context, outcomes: fds });
    const tested = result.themes.filter((theme) => theme.pValue !== null);
    expect(result.method.options.correction).toBe('holm');
    expect(result.method.version).toBe('1.1.0');
    expect(result.themes.map((theme) => theme.adjustedPValue)).toEqual(holmAdjust(result.themes.map((theme) => theme.pValue)));
    for (const theme of tested) expect(theme.adjustedPValue).toBeGreaterThanOrEqual(theme.pValue!);
  });
});
