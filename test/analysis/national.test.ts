import { describe, expect, it } from 'vitest';
import { analyseNationalPosition } from '../../src/analysis/index.js';
import { distributionCaveats } from '../../src/analysis/national.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { jsonRoundTrip, makeFramework, makeOrganisationScore } from './fixtures.js';
import { a, b, c, context, d, e, f, scores } from './national-dataset.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';

// The reference framework 1.0.0 (eight themes, 80 items), which this file's expectations are written for.
const reference100 = referenceFrameworks['1.0.0'];

describe('analyseNationalPosition', () => {
  it('gives ties the best rank: 1, 2, 2, 4', () => {
    const framework = makeFramework({ themes: 1, levels: [1, 2, 3, 4, 5], target: 4 });
    const all = (value: number) => ({ 'T1.C1': value, 'T1.C2': value, 'T1.E1': value, 'T1.E2': value });
    const list = [
      makeOrganisationScore(framework, 'w', all(5)),
      makeOrganisationScore(framework, 'x', all(4)),
      makeOrganisationScore(framework, 'y', all(4)),
      makeOrganisationScore(framework, 'z', all(2)),
    ];
    const position = analyseNationalPosition(list, { framework, regionOf: () => null });
    expect(position.standings.map((s) => s.themes[0]?.rank)).toEqual([1, 2, 2, 4]);
    // Quartiles of 2, 4, 4, 5: q1 h = 0.75: 2 + 0.75 x 2 = 3.5; q3 h = 2.25: 4 + 0.25 x 1 = 4.25.
    expect(position.themes[0]).toMatchObject({ n: 4, q1: 3.5, median: 4, q3: 4.25 });
    // All organisations are in no region: one group, null, last (and only).
    expect(position.regions.map((region) => region.region)).toEqual([null]);
  });

  it('withholds quartiles below minQuartileN and says why', () => {
    const position = analyseNationalPosition(scores, { ...context, minQuartileN: 7, smallN: 3 });
    expect(position.themes[0]).toMatchObject({ n: 6, q1: null, q3: null, median: 3.5 });
    expect(position.themes[0]?.caveats).toEqual(['Quartiles are not shown: they mean little with fewer than 7 organisations, and there are 6.']);
    expect(position.method.options).toMatchObject({ minQuartileN: 7, smallN: 3 });
  });

  it('states caveats in plain words', () => {
    expect(distributionCaveats(0, 2, 4, 10)).toEqual([
      'No organisation has sufficient evidence on this theme, so there are no figures to show.',
      '2 organisations are left out because their evidence on this theme is insufficient.',
    ]);
    expect(distributionCaveats(1, 0, 4, 10)).toEqual(['Only one organisation has sufficient evidence on this theme: these figures are its own score, not a spread.']);
    expect(distributionCaveats(21, 0, 4, 10)).toEqual([]);
  });

  it('shows figures to the decimals their standard error allows', () => {
    const framework = makeFramework({ themes: 1, levels: [1, 2, 3, 4, 5], target: 4 });
    const same = Array.from({ length: 5 }, (_, i) => makeOrganisationScore(framework, `o${i}`, { 'T1.C1': 3, 'T1.C2': 3, 'T1.E1': 3, 'T1.E2': 3 }));
    // No spread: the standard error is 0, so the default of 1 decimal.
    expect(analyseNationalPosition(same, { framework, regionOf: () => null }).themes[0]).toMatchObject({ sd: 0, standardError: 0, decimals: 1 });
    // 21 organisations scoring 3.0 or 3.1 alternately: sd about 0.05, se about 0.011: 2 decimals.
    const close = Array.from({ length: 21 }, (_, i) => {
      const v = i % 2 === 0 ? 3 : 3.1;
      return makeOrganisationScore(framework, `o${String(i).padStart(2, '0')}`, { 'T1.C1': v, 'T1.C2': v, 'T1.E1': v, 'T1.E2': v });
    });
    expect(analyseNationalPosition(close, { framework, regionOf: () => null }).themes[0]?.decimals).toBe(2);
    // Wide spread on 3 organisations (1, 3, 5): sd 2, se 1.15: 0 decimals.
    const wide = [1, 3, 5].map((v, i) => makeOrganisationScore(framework, `w${i}`, { 'T1.C1': v, 'T1.C2': v, 'T1.E1': v, 'T1.E2': v }));
    expect(analyseNationalPosition(wide, { framework, regionOf: () => null }).themes[0]?.decimals).toBe(0);
  });

  it('counts levels on the theme scale, whatever its size', () => {
    const framework = makeFramework({ themes: 7, levels: [0, 1, 2, 3], target: 2 });
    const list = [0, 1, 2, 3, 3].map((v, i) => {
      const items: Record<string, number> = {};
      for (const theme of framework.themes) for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) items[item.id] = v;
      return makeOrganisationScore(framework, `o${i}`, items);
    });
    const position = analyseNationalPosition(list, { framework, regionOf: () => null });
    expect(position.themes).toHaveLength(7);
    expect(position.themes[6]?.levels).toEqual([
      { value: 0, label: 'Level 0', count: 1 },
      { value: 1, label: 'Level 1', count: 1 },
      { value: 2, label: 'Level 2', count: 1 },
      { value: 3, label: 'Level 3', count: 2 },
    ]);
    expect(position.themes[6]).toMatchObject({ belowTarget: 2, atOrAboveTarget: 3 });
  });

  it('groups alliances by their programme region by default, unknown organisations under no region', () => {
    const framework = reference100;
    const items: Record<string, number> = {};
    for (const theme of framework.themes) for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) items[item.id] = 3;
    const list = ['wessex', 'swag', 'peninsula', 'not-an-alliance'].map((id) => makeOrganisationScore(framework, id, items));
    const position = analyseNationalPosition(list, { framework });
    expect(position.regions.map((region) => [region.region?.name ?? null, region.organisations])).toEqual([
      ['South East', ['wessex']],
      ['South West', ['peninsula', 'swag']],
      [null, ['not-an-alliance']],
    ]);
    expect(position.themes).toHaveLength(8);
  });

  it('measures each alliance against its own target', () => {
    // b's own target is 3: its T2 (3.0) is no longer below target.
    const position = analyseNationalPosition(scores, { ...context, targets: { byOrganisation: { b: 3 } } });
    expect(position.themes[1]?.belowTarget).toBe(2);
    expect(position.standings[1]?.themes[1]).toMatchObject({ themeId: 'T2', belowTarget: false, target: { value: 3, source: 'organisation' } });
  });

  it('is frozen, JSON-safe, in id order and does not change its input', () => {
    const list = [f, e, d, c, b, a];
    const before = JSON.stringify(list);
    const position = analyseNationalPosition(list, context);
    expect(JSON.stringify(list)).toBe(before);
    expect(position.standings.map((s) => s.organisationId)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(isDeepFrozen(position)).toBe(true);
    expect(jsonRoundTrip(position)).toEqual(position);
    expect(position.method).toMatchObject({ id: 'analysis.national-position', version: '1.0.0', options: { minQuartileN: 4, smallN: 10, regions: 'custom' } });
  });

  it('handles no organisations, and rejects duplicates and bad options', () => {
    const empty = analyseNationalPosition([], context);
    expect(empty.themes[0]).toMatchObject({ n: 0, mean: null, median: null, q1: null, min: null, max: null, sd: null, decimals: 1 });
    expect(empty.regions).toEqual([]);
    expect(() => analyseNationalPosition([a, a], context)).toThrow(/^analyseNationalPosition: organisation "a" appears more than once/);
    expect(() => analyseNationalPosition(scores, { ...context, minQuartileN: 0 })).toThrow(RangeError);
    expect(() => analyseNationalPosition('x' as never, context)).toThrow(TypeError);
  });
});

describe('distributionCaveats: every rule and its wording', () => {
  it('speaks of one organisation or several, and of quartiles and small numbers from 2 up', () => {
    // n = 2, below minQuartileN 4 and smallN 10, one organisation left out.
    expect(distributionCaveats(2, 1, 4, 10)).toEqual([
      'Quartiles are not shown: they mean little with fewer than 4 organisations, and there are 2.',
      'Based on 2 organisations only: with so few, differences between them or from the median may be chance.',
      '1 organisation is left out because its evidence on this theme is insufficient.',
    ]);
    // n = 1: its own score, and no quartile or small-n caveat on top.
    expect(distributionCaveats(1, 3, 4, 10)).toEqual([
      'Only one organisation has sufficient evidence on this theme: these figures are its own score, not a spread.',
      '3 organisations are left out because their evidence on this theme is insufficient.',
    ]);
    // At minQuartileN quartiles are shown; just below smallN the small-n caveat stays; at smallN it goes.
    expect(distributionCaveats(4, 0, 4, 10)).toEqual(['Based on 4 organisations only: with so few, differences between them or from the median may be chance.']);
    expect(distributionCaveats(9, 0, 4, 10)).toHaveLength(1);
    expect(distributionCaveats(10, 0, 4, 10)).toEqual([]);
    expect(distributionCaveats(3, 0, 4, 0)).toEqual(['Quartiles are not shown: they mean little with fewer than 4 organisations, and there are 3.']);
  });
});

describe('analyseNationalPosition: options and figures at their edges', () => {
  it('names the option that is out of range', () => {
    expect(() => analyseNationalPosition(scores, { ...context, minQuartileN: 0 })).toThrow(
      new RangeError('analyseNationalPosition: options.minQuartileN must be a whole number at least 1, got 0'),
    );
    expect(() => analyseNationalPosition(scores, { ...context, minQuartileN: 2.5 })).toThrow(RangeError);
    expect(() => analyseNationalPosition(scores, { ...context, smallN: -1 })).toThrow(
      new RangeError('analyseNationalPosition: options.smallN must be a whole number at least 0, got -1'),
    );
    expect(() => analyseNationalPosition(scores, { ...context, smallN: 1.5 })).toThrow(RangeError);
  });

  it('shows quartiles from exactly minQuartileN organisations', () => {
    // T2 has 5 organisations with sufficient evidence: 2, 2.25, 3, 4, 5 (f is left out).
    const five = analyseNationalPosition(scores, { ...context, minQuartileN: 5 }).themes[1];
    // q1: h = 4 x 0.25 = 1: 2.25; q3: h = 3: 4.
    expect(five).toMatchObject({ n: 5, q1: 2.25, q3: 4 });
    expect(analyseNationalPosition(scores, { ...context, minQuartileN: 6 }).themes[1]).toMatchObject({ n: 5, q1: null, q3: null });
  });

  it('gives an insufficient theme its score but no rank, distance or verdict against target', () => {
    const position = analyseNationalPosition(scores, context);
    const fT2 = position.standings.find((standing) => standing.organisationId === 'f')?.themes[1];
    // f scored 3 on the one T2 item it answered: coverage 1/4, insufficient.
    expect(fT2).toEqual({
      themeId: 'T2',
      score: 3,
      sufficient: false,
      rank: null,
      outOf: 5,
      distanceFromMedian: null,
      target: { value: 4, source: 'framework-default' },
      belowTarget: null,
    });
    const aT2 = position.standings.find((standing) => standing.organisationId === 'a')?.themes[1];
    // a: T2 = (2 + 3 + 2 + 2) / 4 = 2.25; the median is 3, so 0.75 below it; rank 4 of 5.
    expect(aT2).toEqual({
      themeId: 'T2',
      score: 2.25,
      sufficient: true,
      rank: 4,
      outOf: 5,
      distanceFromMedian: -0.75,
      target: { value: 4, source: 'framework-default' },
      belowTarget: true,
    });
    expect(position.standings.find((standing) => standing.organisationId === 'e')?.themes[0]).toMatchObject({ score: 5, rank: 1, belowTarget: false });
    expect(position.organisations).toBe(6);
    expect(position.kind).toBe('national-position');
  });

  it('gives a theme with no usable score the empty figures', () => {
    const framework = makeFramework({ themes: 1, levels: [1, 2, 3, 4, 5], target: 4 });
    const none = makeOrganisationScore(framework, 'o', { 'T1.C1': 3 });
    const [theme] = analyseNationalPosition([none], { framework, regionOf: () => 'R' }).themes;
    expect(theme).toMatchObject({ n: 0, excluded: 1, mean: null, median: null, q1: null, q3: null, min: null, max: null, sd: null, standardError: null, decimals: 1 });
    expect(theme).toMatchObject({ belowTarget: 0, atOrAboveTarget: 0 });
    expect(theme?.levels.every((level) => level.count === 0)).toBe(true);
  });
});
