import { describe, expect, it } from 'vitest';
import { itemScoresById } from '../../src/analysis/gaps.js';
import { classifyPosition, enablersOf, priorityBand, priorityWeight, shortfallOf, weakConditionsOf } from '../../src/analysis/positions.js';
import { FrameworkSchema, type FrameworkInput, type ItemId } from '../../src/framework/schema.js';
import { makeOrganisationScore } from './fixtures.js';

/**
 * Theme A: A.C1 is backed by A.E1 (which lists it twice) and by B.E1 in theme B; A.C2 is backed by
 * no enabler. Theme B: B.C1 is backed by B.E1. Scale 1..5, target 4.
 */
const linked = FrameworkSchema.parse({
  id: 'linked',
  version: '1.0.0',
  title: 'Linked',
  provenance: { author: 'test', status: 'draft', statement: 'Links between conditions and enablers.' },
  scales: [{ id: 's', title: 's', levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `L${value}`, descriptor: 'd' })) }],
  defaultTarget: 4,
  themes: [
    {
      id: 'A',
      title: 'A',
      whatGoodLooksLike: 'A.',
      conditionsOfSuccess: [
        { id: 'A.C1', text: 'c1' },
        { id: 'A.C2', text: 'c2' },
      ],
      enablingFactors: [{ id: 'A.E1', text: 'e1', enables: ['A.C1', 'A.C1'] }],
    },
    {
      id: 'B',
      title: 'B',
      whatGoodLooksLike: 'B.',
      conditionsOfSuccess: [{ id: 'B.C1', text: 'c' }],
      enablingFactors: [{ id: 'B.E1', text: 'e', enables: ['A.C1', 'B.C1'] }],
    },
  ],
} satisfies FrameworkInput);

const target4 = () => 4;

describe('shortfallOf and classifyPosition at EPSILON', () => {
  it('counts a gap of exactly EPSILON (1e-9) as none, and a larger one as a shortfall', () => {
    expect(shortfallOf(1e-9, 0)).toBe(0);
    expect(shortfallOf(2e-9, 0)).toBe(2e-9);
    expect(shortfallOf(4, 5)).toBe(0);
    // Both sub-scores 0 against a target of 1e-9: within rounding, so at target.
    expect(classifyPosition(0, 0, 1e-9)).toBe('strength');
    expect(classifyPosition(0, 0, 2e-9)).toBe('foundational-gap');
    expect(classifyPosition(0, 1, 2e-9)).toBe('behaviours-lagging');
    expect(classifyPosition(1, 0, 2e-9)).toBe('fragile');
  });
});

describe('priorityBand at its boundaries', () => {
  it('puts each boundary less EPSILON in the band above, and EPSILON itself in none', () => {
    expect(priorityBand(1 - 1e-9)).toBe('high');
    expect(priorityBand(1 - 2e-9)).toBe('medium');
    expect(priorityBand(0.5 - 1e-9)).toBe('medium');
    expect(priorityBand(0.5 - 2e-9)).toBe('low');
    expect(priorityBand(1e-9)).toBe('none');
    expect(priorityBand(2e-9)).toBe('low');
  });

  it('rejects a negative or infinite shortfall, naming the function', () => {
    expect(() => priorityBand(-0.5)).toThrow(/^priorityBand: shortfall must be a finite number of at least 0, got -0.5$/);
    expect(() => priorityBand(Number.POSITIVE_INFINITY)).toThrow(/^priorityBand: .*got Infinity$/);
    expect(() => priorityWeight(-0.5)).toThrow(/^priorityWeight: shortfall must be a finite number of at least 0, got -0.5$/);
    expect(() => priorityWeight(Number.POSITIVE_INFINITY)).toThrow(/^priorityWeight: .*got Infinity$/);
    expect(priorityBand(0)).toBe('none');
    expect(priorityWeight(0)).toBe(0);
  });
});

describe('enablersOf', () => {
  it('lists every enabler of a condition once, in framework order, across themes', () => {
    expect(enablersOf(linked, 'A.C1').map((enabler) => enabler.id)).toEqual(['A.E1', 'B.E1']);
    expect(enablersOf(linked, 'B.C1').map((enabler) => enabler.id)).toEqual(['B.E1']);
    expect(enablersOf(linked, 'A.C2')).toEqual([]);
    // Asked again (from the cache), the same answer.
    expect(enablersOf(linked, 'A.C1').map((enabler) => enabler.id)).toEqual(['A.E1', 'B.E1']);
  });
});

describe('weakConditionsOf', () => {
  it('names every weak enabler behind a weak condition once, and none for a condition with no enablers', () => {
    const score = makeOrganisationScore(linked, 'x', { 'A.C1': 2, 'A.C2': 3, 'A.E1': 3, 'B.C1': 4, 'B.E1': 1 });
    // A.C1: 2 < 4, shortfall 2; its enablers A.E1 (3, shortfall 1) and B.E1 (1, shortfall 3) are both weak.
    // A.C2: 3 < 4, shortfall 1; no enabler backs it.
    expect(weakConditionsOf(linked, 0, itemScoresById(score), target4)).toEqual([
      {
        itemId: 'A.C1',
        score: 2,
        shortfall: 2,
        weakEnablers: [
          { itemId: 'A.E1', score: 3, shortfall: 1 },
          { itemId: 'B.E1', score: 1, shortfall: 3 },
        ],
        unscoredEnablers: [],
      },
      { itemId: 'A.C2', score: 3, shortfall: 1, weakEnablers: [], unscoredEnablers: [] },
    ]);
    // B.C1 is at target: not weak.
    expect(weakConditionsOf(linked, 1, itemScoresById(score), target4)).toEqual([]);
  });

  it('treats an enabler missing from the item scores as unscored, and gives nothing for a theme index out of range', () => {
    const score = makeOrganisationScore(linked, 'x', { 'A.C1': 2, 'A.E1': 3, 'B.E1': 5 });
    const items = new Map(itemScoresById(score));
    items.delete('A.E1');
    expect(weakConditionsOf(linked, 0, items, target4)).toEqual([{ itemId: 'A.C1', score: 2, shortfall: 2, weakEnablers: [], unscoredEnablers: ['A.E1' as ItemId] }]);
    expect(weakConditionsOf(linked, 2, items, target4)).toEqual([]);
    expect(weakConditionsOf(linked, -1, items, target4)).toEqual([]);
  });
});
