import { describe, expect, it } from 'vitest';
import { analyseBarriers } from '../../src/analysis/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { jsonRoundTrip, makeFramework, makeOrganisationScore, miniFramework, miniItems } from './fixtures.js';
import { a, b, c, context, d, e, f, scores } from './national-dataset.js';

describe('analyseBarriers', () => {
  it('applies commonMinCount, commonShare and barrierShortfall', () => {
    // With two alliances enough, T1.E1 (c, d: 2/6) and T2.C2 (a, d: 2/5) become common too.
    const two = analyseBarriers(scores, { ...context, commonMinCount: 2 });
    expect(two.items.map((barrier) => barrier.id)).toEqual(['T2.E1', 'T2.C1', 'T2.E2', 'T1.C2', 'T1.E2', 'T1.C1', 'T2.C2', 'T1.E1']);
    // A share of at least 0.55: only the 3/5 barriers.
    expect(analyseBarriers(scores, { ...context, commonShare: 0.55 }).items.map((barrier) => barrier.id)).toEqual(['T2.E1', 'T2.C1', 'T2.E2']);
    // A barrier at a shortfall of 2 (a score of 2 or less): T2.E1 a, b, d (3/5); T2.C1 a, d (2/5); T2.E2 a, d (2/5);
    // T1.C2 c, f (2/6) and T1.E2 c, d (2/6), exactly a third; every mean shortfall is 2, so framework order decides ties.
    const deep = analyseBarriers(scores, { ...context, barrierShortfall: 2, commonMinCount: 2 });
    expect(deep.items.map((barrier) => [barrier.id, `${barrier.sharing}/${barrier.scored}`, barrier.meanShortfall])).toEqual([
      ['T2.E1', '3/5', 2],
      ['T2.C1', '2/5', 2],
      ['T2.E2', '2/5', 2],
      ['T1.C2', '2/6', 2],
      ['T1.E2', '2/6', 2],
    ]);
    expect(deep.method.options).toMatchObject({ barrierShortfall: 2, commonShare: 1 / 3, commonMinCount: 2 });
  });

  it('groups the sharing organisations by region name, no region last', () => {
    const barriers = analyseBarriers(scores, { ...context, regionOf: (id) => (id === 'f' ? null : id === 'c' ? 'NEY' : 'SW') });
    const t1c2 = barriers.items.find((barrier) => barrier.id === 'T1.C2');
    expect(t1c2?.byRegion.map((group) => [group.region?.id ?? null, group.organisations.map((m) => [m.organisationId, m.score, m.shortfall])])).toEqual([
      ['NEY', [['c', 2, 2]]],
      ['SW', [['b', 3, 1]]],
      [null, [['f', 2, 2]]],
    ]);
  });

  it('counts only organisations with sufficient evidence on the theme as having scored an item', () => {
    const barriers = analyseBarriers(scores, context);
    for (const barrier of barriers.items) expect(barrier.scored).toBe(barrier.themeId === 'T2' ? 5 : 6);
    expect(barriers.organisations).toBe(6);
  });

  it('is frozen, JSON-safe, independent of order and does not change its input', () => {
    const list = [f, d, b, a, c, e];
    const before = JSON.stringify(list);
    const barriers = analyseBarriers(list, context);
    expect(JSON.stringify(list)).toBe(before);
    expect(barriers).toEqual(analyseBarriers(scores, context));
    expect(isDeepFrozen(barriers)).toBe(true);
    expect(jsonRoundTrip(barriers)).toEqual(barriers);
    expect(barriers.method).toMatchObject({ id: 'analysis.shared-barriers', version: '1.0.0' });
  });

  it('checks its options', () => {
    expect(() => analyseBarriers(scores, { ...context, commonShare: 0 })).toThrow(/^analyseBarriers: options.commonShare must be greater than 0 and at most 1/);
    expect(() => analyseBarriers(scores, { ...context, commonShare: 1.5 })).toThrow(RangeError);
    expect(() => analyseBarriers(scores, { ...context, commonMinCount: 0 })).toThrow(RangeError);
    expect(() => analyseBarriers(scores, { ...context, barrierShortfall: -1 })).toThrow(RangeError);
    expect(() => analyseBarriers(scores, { ...context, barrierShortfall: 'x' as never })).toThrow(TypeError);
  });
});

describe('analyseBarriers: boundaries, kinds and messages', () => {
  const zeroToThree = makeFramework({ themes: 2, levels: [0, 1, 2, 3], target: 2 });
  const allZero: Record<string, number> = {};
  for (const theme of zeroToThree.themes) for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) allZero[item.id] = 0;
  const lone = makeOrganisationScore(zeroToThree, 'o', allZero);
  const everyBarrier = { framework: zeroToThree, regionOf: () => null, commonMinCount: 1, commonShare: 1, barrierShortfall: 1e-9 };

  it('ties mean shortfalls exactly EPSILON apart and falls back to framework order', () => {
    // One organisation, every item 0, its own targets 1.5e-9 on T1 and 2.5e-9 on T2: every item is a barrier
    // shared by 1 of 1. The mean shortfalls are 1.5e-9 and 2.5e-9, exactly EPSILON apart in binary64: a tie,
    // so framework order decides, conditions before enablers within a theme.
    const tied = analyseBarriers([lone], { ...everyBarrier, targets: { byOrganisationTheme: { o: { T1: 1.5e-9, T2: 2.5e-9 } } } });
    expect(tied.items.map((barrier) => [barrier.rank, barrier.id, barrier.level, barrier.kind])).toEqual([
      [1, 'T1.C1', 'item', 'condition'],
      [2, 'T1.C2', 'item', 'condition'],
      [3, 'T1.E1', 'item', 'enabler'],
      [4, 'T1.E2', 'item', 'enabler'],
      [5, 'T2.C1', 'item', 'condition'],
      [6, 'T2.C2', 'item', 'condition'],
      [7, 'T2.E1', 'item', 'enabler'],
      [8, 'T2.E2', 'item', 'enabler'],
    ]);
    expect(tied.themes.map((barrier) => [barrier.id, barrier.level, barrier.kind, barrier.text])).toEqual([
      ['T1', 'theme', null, 'Theme 1'],
      ['T2', 'theme', null, 'Theme 2'],
    ]);
    // One ulp more on T2 (2.5000000000000005e-9): more than EPSILON apart, so T2 (the larger mean shortfall) first.
    const apart = analyseBarriers([lone], { ...everyBarrier, targets: { byOrganisationTheme: { o: { T1: 1.5e-9, T2: 2.5000000000000005e-9 } } } });
    expect(apart.items.map((barrier) => barrier.id)).toEqual(['T2.C1', 'T2.C2', 'T2.E1', 'T2.E2', 'T1.C1', 'T1.C2', 'T1.E1', 'T1.E2']);
    expect(apart.themes.map((barrier) => barrier.id)).toEqual(['T2', 'T1']);
    expect(apart.kind).toBe('shared-barriers');
  });

  it('counts a shortfall of exactly barrierShortfall - EPSILON as a barrier', () => {
    // 1.000000001 - 1e-9 is exactly 1 in binary64; c scores 2 on every T1 item (shortfall 2), and on T2 b scores 3
    // on T2.C1 (shortfall 1): at the threshold, so a barrier for b.
    const result = analyseBarriers(scores, { ...context, barrierShortfall: 1.000000001, commonMinCount: 1, commonShare: 0.01 });
    const t2c1 = result.items.find((barrier) => barrier.id === 'T2.C1');
    // T2.C1: a 2, b 3, c 5, d 2, e 4 (f insufficient): shortfalls 2, 1, 0, 2, 0: a, b and d.
    expect(t2c1?.byRegion.flatMap((group) => group.organisations.map((member) => member.organisationId))).toEqual(['a', 'b', 'd']);
  });

  it('counts a share of exactly commonShare x scored - EPSILON as common', () => {
    // T2.C1 is shared by 3 of 5 at the default barrierShortfall (a, b, d); 5 x ((3 + 1e-9) / 5) - 1e-9 is exactly 3.
    const atShare = analyseBarriers(scores, { ...context, commonShare: (3 + 1e-9) / 5 });
    expect(atShare.items.map((barrier) => barrier.id)).toContain('T2.C1');
    // And clearly above it, not.
    expect(analyseBarriers(scores, { ...context, commonShare: 0.61 }).items.map((barrier) => barrier.id)).not.toContain('T2.C1');
  });

  it('does not count an unscored item in a sufficient theme as scored', () => {
    // p answered three of four T1 items (coverage 3/4, sufficient) and not T1.E2; q and r scored 2 on everything.
    const p = makeOrganisationScore(miniFramework, 'p', miniItems({ T1: [2, 2, 2, null], T2: [4, 4, 4, 4] }));
    const q = makeOrganisationScore(miniFramework, 'q', miniItems({ T1: [2, 2, 2, 2], T2: [4, 4, 4, 4] }));
    const r = makeOrganisationScore(miniFramework, 'r', miniItems({ T1: [2, 2, 2, 2], T2: [4, 4, 4, 4] }));
    const result = analyseBarriers([p, q, r], { framework: miniFramework, regionOf: () => null, commonMinCount: 2 });
    expect(result.items.map((barrier) => [barrier.id, barrier.sharing, barrier.scored, barrier.prevalence])).toEqual([
      ['T1.C1', 3, 3, 1],
      ['T1.C2', 3, 3, 1],
      ['T1.E1', 3, 3, 1],
      ['T1.E2', 2, 2, 1],
    ]);
  });

  it('states each option and its range when it is out of range', () => {
    expect(() => analyseBarriers(scores, { ...context, barrierShortfall: -1 })).toThrow(new RangeError('analyseBarriers: options.barrierShortfall must be greater than 0, got -1'));
    expect(() => analyseBarriers(scores, { ...context, barrierShortfall: 0 })).toThrow(RangeError);
    expect(() => analyseBarriers(scores, { ...context, commonMinCount: 0 })).toThrow(
      new RangeError('analyseBarriers: options.commonMinCount must be a whole number at least 1, got 0'),
    );
    expect(() => analyseBarriers(scores, { ...context, commonMinCount: 2.5 })).toThrow(RangeError);
    expect(() => analyseBarriers(scores, { ...context, commonShare: 1.01 })).toThrow(
      new RangeError('analyseBarriers: options.commonShare must be greater than 0 and at most 1, got 1.01'),
    );
  });
});
