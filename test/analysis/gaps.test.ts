import { describe, expect, it } from 'vitest';
import { analyseGaps, analyseNationalPosition } from '../../src/analysis/index.js';
import { classifyPosition, priorityBand, priorityWeight } from '../../src/analysis/positions.js';
import { isUsable } from '../../src/analysis/gaps.js';
import { FrameworkSchema } from '../../src/framework/schema.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { jsonRoundTrip, makeFramework, makeOrganisationScore, miniFramework, miniItems } from './fixtures.js';
import { a, context, f } from './national-dataset.js';

describe('priorityWeight and priorityBand', () => {
  it('follow (1 + s)^2 - 1 and the High / Medium / Low bands', () => {
    expect([0, 0.5, 1, 2].map(priorityWeight)).toEqual([0, 1.25, 3, 8]);
    expect([0, 1e-12, 0.1, 0.4999999999999, 0.5, 0.99, 1, 3].map(priorityBand)).toEqual(['none', 'none', 'low', 'medium', 'medium', 'medium', 'high', 'high']);
    expect(() => priorityWeight(-1)).toThrow(/^priorityWeight: /);
    expect(() => priorityBand(Number.NaN)).toThrow(/^priorityBand: /);
  });
});

describe('classifyPosition', () => {
  it('places both sub-scores against the target, allowing for rounding', () => {
    expect(classifyPosition(4, 4, 4)).toBe('strength');
    expect(classifyPosition(3.9999999999, 4.1, 4)).toBe('strength');
    expect(classifyPosition(3, 4, 4)).toBe('behaviours-lagging');
    expect(classifyPosition(4, 3, 4)).toBe('fragile');
    expect(classifyPosition(3, 3, 4)).toBe('foundational-gap');
    expect(classifyPosition(null, 3, 4)).toBeNull();
    expect(classifyPosition(3, null, 4)).toBeNull();
  });
});

describe('analyseGaps', () => {
  it('gives every theme and item in framework order, with null gaps where unscored', () => {
    const partial = makeOrganisationScore(miniFramework, 'p', miniItems({ T1: [3, null, null, null], T2: [null, null, null, null] }));
    const gaps = analyseGaps(partial, context);
    expect(gaps.themes.map((theme) => theme.themeId)).toEqual(['T1', 'T2']);
    expect(gaps.themes[0]?.items.map((item) => [item.itemId, item.kind, item.gap])).toEqual([
      ['T1.C1', 'condition', 1],
      ['T1.C2', 'condition', null],
      ['T1.E1', 'enabler', null],
      ['T1.E2', 'enabler', null],
    ]);
    // T1: one item of four -> insufficient; enablers unscored -> no position.
    expect(gaps.themes[0]).toMatchObject({ sufficient: false, score: 3, shortfall: 1, position: { kind: null, enablersScore: null } });
    // T1.C1 is weak but its enabler T1.E1 has no score: not known.
    expect(gaps.themes[0]?.position.weakConditions).toEqual([{ itemId: 'T1.C1', score: 3, shortfall: 1, weakEnablers: [], unscoredEnablers: ['T1.E1'] }]);
    expect(gaps.themes[1]).toMatchObject({ score: null, gap: null, shortfall: null, priorityWeight: null, band: null });
    expect(gaps.toTarget).toEqual({ fraction: null, percentage: null, sumShortfall: 0, sumTargets: 0, themesCounted: [], themesExcluded: ['T1', 'T2'] });
  });

  it('names the weak enablers of another theme by their own theme target', () => {
    const input = {
      id: 'cross',
      version: '1.0.0',
      title: 'Cross-theme links',
      provenance: { author: 't', status: 'draft', statement: 's' },
      scales: [{ id: 's', title: 's', levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `L${value}`, descriptor: 'd' })) }],
      defaultTarget: 4,
      themes: [
        { id: 'A', title: 'A', whatGoodLooksLike: 'A.', conditionsOfSuccess: [{ id: 'A.C1', text: 'c' }], enablingFactors: [{ id: 'A.E1', text: 'e', enables: ['A.C1'] }] },
        { id: 'B', title: 'B', whatGoodLooksLike: 'B.', conditionsOfSuccess: [{ id: 'B.C1', text: 'c' }], enablingFactors: [{ id: 'B.E1', text: 'e', enables: ['A.C1', 'B.C1'] }] },
      ],
    };
    const framework = FrameworkSchema.parse(input);
    const score = makeOrganisationScore(framework, 'x', { 'A.C1': 2, 'A.E1': 3, 'B.C1': 3, 'B.E1': 2.5 });
    const gaps = analyseGaps(score, { framework, regionOf: () => null, targets: { byTheme: { B: 2 } } });
    // A.C1 (2 < 4) is backed by A.E1 (3 < 4: weak) and B.E1 (2.5 >= B's target 2: not weak).
    expect(gaps.themes[0]?.position.weakConditions).toEqual([
      { itemId: 'A.C1', score: 2, shortfall: 2, weakEnablers: [{ itemId: 'A.E1', score: 3, shortfall: 1 }], unscoredEnablers: [] },
    ]);
    expect(gaps.themes[1]?.position).toMatchObject({ kind: 'strength', target: 2 });
  });

  it('works on a framework of 7 themes and a 4-level scale from 0', () => {
    const framework = makeFramework({ themes: 7, levels: [0, 1, 2, 3], target: 2 });
    const items: Record<string, number> = {};
    framework.themes.forEach((theme, t) => {
      for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) items[item.id] = t % 4;
    });
    const gaps = analyseGaps(makeOrganisationScore(framework, 'x', items), { framework, regionOf: () => null });
    expect(gaps.themes).toHaveLength(7);
    expect(gaps.themes.map((theme) => theme.shortfall)).toEqual([2, 1, 0, 0, 2, 1, 0]);
    expect(gaps.themes.map((theme) => theme.position.kind)).toEqual([
      'foundational-gap',
      'foundational-gap',
      'strength',
      'strength',
      'foundational-gap',
      'foundational-gap',
      'strength',
    ]);
    // 1 - (2 + 1 + 0 + 0 + 2 + 1 + 0) / (7 x 2) = 1 - 6/14
    expect(gaps.toTarget.fraction).toBeCloseTo(1 - 6 / 14, 12);
  });

  it('gives no percentage when the targets sum to zero', () => {
    const framework = makeFramework({ themes: 2, levels: [0, 1, 2, 3], target: 0 });
    const items = { 'T1.C1': 1, 'T1.C2': 1, 'T1.E1': 1, 'T1.E2': 1, 'T2.C1': 0, 'T2.C2': 0, 'T2.E1': 0, 'T2.E2': 0 };
    expect(analyseGaps(makeOrganisationScore(framework, 'x', items), { framework, regionOf: () => null }).toTarget).toMatchObject({
      fraction: null,
      sumTargets: 0,
      themesCounted: ['T1', 'T2'],
    });
  });

  it('reports an organisation with no scores without failing', () => {
    const none = makeOrganisationScore(miniFramework, 'none', {});
    const gaps = analyseGaps({ ...none, unscoredReason: 'too-few-respondents' }, context);
    expect(gaps.themes.every((theme) => theme.gap === null && !theme.sufficient)).toBe(true);
    expect(gaps.toTarget.fraction).toBeNull();
  });

  it('is frozen, JSON-safe, names its method and does not change its input', () => {
    const before = JSON.stringify(f);
    const gaps = analyseGaps(f, context);
    expect(JSON.stringify(f)).toBe(before);
    expect(isDeepFrozen(gaps)).toBe(true);
    expect(jsonRoundTrip(gaps)).toEqual(gaps);
    expect(gaps.method).toMatchObject({ id: 'analysis.gaps', version: '1.0.0' });
    expect(gaps.framework).toEqual({ id: 'mini-framework', version: '1.0.0' });
    expect(gaps.region).toEqual({ id: 'LON', name: 'London' });
  });

  it('rejects scores of another framework and wrong arguments', () => {
    const other = makeFramework({ themes: 2, levels: [1, 2, 3, 4, 5], target: 4 });
    expect(() => analyseGaps(a, { framework: other })).toThrow(
      /^analyseGaps: score \("a"\) was scored with framework mini-framework@1.0.0, but options.framework is generated-framework@1.0.0/,
    );
    expect(() => analyseGaps({ ...a, framework: { ...a.framework, version: '2.0.0' } }, context)).toThrow(RangeError);
    expect(() => analyseGaps({} as never, context)).toThrow(/^analyseGaps: score must be an OrganisationScore/);
    expect(() => analyseGaps(a, undefined as never)).toThrow(/^analyseGaps: options are required/);
    expect(() => analyseGaps(a, {} as never)).toThrow(/^analyseGaps: options.framework must be/);
    expect(() => analyseGaps(a, { ...context, regionOf: 'NEY' as never })).toThrow(TypeError);
    expect(() => analyseGaps(a, { ...context, regionOf: (() => 3) as never })).toThrow(/^analyseGaps: options.regionOf\("a"\) returned number/);
  });
});

describe('analyseGaps: every field of an item, and scores with parts missing', () => {
  it('gives each item its level, gap, shortfall, weight and band, and null for each when unscored', () => {
    const partial = makeOrganisationScore(miniFramework, 'p', miniItems({ T1: [2.5, 5, null, 3], T2: [4, 4, 4, 4] }));
    const gaps = analyseGaps(partial, context);
    expect(gaps.kind).toBe('gap-analysis');
    expect(gaps.organisationId).toBe('p');
    // T1.C1: 2.5 (level 3, the higher at a half), gap 1.5, weight 2.5^2 - 1 = 5.25, high. T1.C2: 5, gap -1, shortfall 0, none.
    expect(gaps.themes[0]?.items.map((item) => [item.itemId, item.score, item.level, item.gap, item.shortfall, item.priorityWeight, item.band])).toEqual([
      ['T1.C1', 2.5, 3, 1.5, 1.5, 5.25, 'high'],
      ['T1.C2', 5, 5, -1, 0, 0, 'none'],
      ['T1.E1', null, null, null, null, null, null],
      ['T1.E2', 3, 3, 1, 1, 3, 'high'],
    ]);
    expect(gaps.themes[0]?.items[0]?.target).toEqual({ value: 4, source: 'framework-default' });
  });

  it('treats a theme or an item missing from the scores as unscored', () => {
    const full = makeOrganisationScore(miniFramework, 'm', miniItems({ T1: [3, 3, 3, 3], T2: [2, 2, 2, 2] }));
    const missing = { ...full, themes: full.themes.filter((theme) => theme.themeId !== 'T2'), items: full.items.filter((item) => item.itemId !== 'T1.C2') };
    const gaps = analyseGaps(missing, context);
    expect(gaps.themes[1]).toMatchObject({
      themeId: 'T2',
      score: null,
      conditionsScore: null,
      enablersScore: null,
      level: null,
      coverage: 0,
      sufficient: false,
      gap: null,
      shortfall: null,
      band: null,
      position: { kind: null },
    });
    expect(gaps.themes[0]?.items[1]).toMatchObject({ itemId: 'T1.C2', score: null, level: null, gap: null, shortfall: null });
    expect(gaps.toTarget).toMatchObject({ themesCounted: ['T1'], themesExcluded: ['T2'], sumShortfall: 1, sumTargets: 4, fraction: 0.75 });
    // The national position and the association leave the missing theme out too.
    const position = analyseNationalPosition([missing], context);
    expect(position.themes.map((theme) => theme.n)).toEqual([1, 0]);
    expect(position.standings[0]?.themes[1]).toMatchObject({ themeId: 'T2', score: null, sufficient: false, rank: null, belowTarget: null });
  });

  it('does not count a theme marked sufficient without a score', () => {
    const base = makeOrganisationScore(miniFramework, 'q', miniItems({ T1: [3, 3, 3, 3], T2: [2, 2, 2, 2] }));
    const odd = makeOrganisationScore(miniFramework, 'q', miniItems({ T1: [3, 3, 3, 3], T2: [2, 2, 2, 2] }), {
      themes: { T2: { score: null, sufficient: true } },
    });
    expect(isUsable(base.themes[1])).toBe(true);
    expect(isUsable(odd.themes[1])).toBe(false);
    expect(isUsable(undefined)).toBe(false);
    expect(analyseGaps(odd, context).toTarget).toMatchObject({ themesCounted: ['T1'], themesExcluded: ['T2'], sumTargets: 4 });
  });

  it('keeps the percentage to target at 0 when the shortfalls exceed the targets', () => {
    // A scale from -2 to 2 with target 1: every item at -2 gives a shortfall of 3 on a target of 1, so 1 - 3/1 < 0: 0.
    const framework = makeFramework({ themes: 1, levels: [-2, -1, 0, 1, 2], target: 1 });
    const low = makeOrganisationScore(framework, 'low', { 'T1.C1': -2, 'T1.C2': -2, 'T1.E1': -2, 'T1.E2': -2 });
    expect(analyseGaps(low, { framework, regionOf: () => null }).toTarget).toEqual({
      fraction: 0,
      percentage: 0,
      sumShortfall: 3,
      sumTargets: 1,
      themesCounted: ['T1'],
      themesExcluded: [],
    });
  });
});
