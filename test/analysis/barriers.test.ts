import { describe, expect, it } from 'vitest';
import { sharedBarriers } from '../../src/analysis/index.js';
import { isDeepFrozen, jsonRoundTrip } from './fixtures.js';
import { a, b, c, context, d, e, f, scores } from './national-dataset.js';

describe('sharedBarriers', () => {
  it('applies commonMinCount, commonShare and barrierShortfall', () => {
    // With two alliances enough, T1.E1 (c, d: 2/6) and T2.C2 (a, d: 2/5) become common too.
    const two = sharedBarriers(scores, { ...context, commonMinCount: 2 });
    expect(two.items.map((barrier) => barrier.id)).toEqual(['T2.E1', 'T2.C1', 'T2.E2', 'T1.C2', 'T1.E2', 'T1.C1', 'T2.C2', 'T1.E1']);
    // A share of at least 0.55: only the 3/5 barriers.
    expect(sharedBarriers(scores, { ...context, commonShare: 0.55 }).items.map((barrier) => barrier.id)).toEqual(['T2.E1', 'T2.C1', 'T2.E2']);
    // A barrier at a shortfall of 2 (a score of 2 or less): T2.E1 a, b, d (3/5); T2.C1 a, d (2/5); T2.E2 a, d (2/5);
    // T1.C2 c, f (2/6) and T1.E2 c, d (2/6), exactly a third; every mean shortfall is 2, so framework order decides ties.
    const deep = sharedBarriers(scores, { ...context, barrierShortfall: 2, commonMinCount: 2 });
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
    const barriers = sharedBarriers(scores, { ...context, regionOf: (id) => (id === 'f' ? null : id === 'c' ? 'NEY' : 'SW') });
    const t1c2 = barriers.items.find((barrier) => barrier.id === 'T1.C2');
    expect(t1c2?.byRegion.map((group) => [group.region?.id ?? null, group.organisations.map((m) => [m.organisationId, m.score, m.shortfall])])).toEqual([
      ['NEY', [['c', 2, 2]]],
      ['SW', [['b', 3, 1]]],
      [null, [['f', 2, 2]]],
    ]);
  });

  it('counts only organisations with sufficient evidence on the theme as having scored an item', () => {
    const barriers = sharedBarriers(scores, context);
    for (const barrier of barriers.items) expect(barrier.scored).toBe(barrier.themeId === 'T2' ? 5 : 6);
    expect(barriers.organisations).toBe(6);
  });

  it('is frozen, JSON-safe, independent of order and does not change its input', () => {
    const list = [f, d, b, a, c, e];
    const before = JSON.stringify(list);
    const barriers = sharedBarriers(list, context);
    expect(JSON.stringify(list)).toBe(before);
    expect(barriers).toEqual(sharedBarriers(scores, context));
    expect(isDeepFrozen(barriers)).toBe(true);
    expect(jsonRoundTrip(barriers)).toEqual(barriers);
    expect(barriers.method).toMatchObject({ id: 'analysis.shared-barriers', version: '1.0.0' });
  });

  it('checks its options', () => {
    expect(() => sharedBarriers(scores, { ...context, commonShare: 0 })).toThrow(/^sharedBarriers: options.commonShare must be greater than 0 and at most 1/);
    expect(() => sharedBarriers(scores, { ...context, commonShare: 1.5 })).toThrow(RangeError);
    expect(() => sharedBarriers(scores, { ...context, commonMinCount: 0 })).toThrow(RangeError);
    expect(() => sharedBarriers(scores, { ...context, barrierShortfall: -1 })).toThrow(RangeError);
    expect(() => sharedBarriers(scores, { ...context, barrierShortfall: 'x' as never })).toThrow(TypeError);
  });
});
