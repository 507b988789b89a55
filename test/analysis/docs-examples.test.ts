/**
 * Every worked example of docs/analysis.md, as a test with the same name. The arithmetic is written out
 * here as in the guide; the dataset is test/analysis/national-dataset.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyseGaps, analyseNational, analyseOutcomes, compareRounds, analyseNeeds, analyseNationalPosition, resolveTarget, analyseBarriers } from '../../src/analysis/index.js';
import type { ThemeGap } from '../../src/analysis/index.js';
import { averageRanks, pearson } from '../../src/analysis/statistics.js';
import { itemsOf, referenceFrameworkMappings, referenceFrameworks } from '../../src/framework/index.js';
import { makeAssessmentScores, makeFramework, makeOrganisationScore, miniItems } from './fixtures.js';
import { a, b, c, context, d, e, f, fds, framework, roles, scores } from './national-dataset.js';

const themeGap = (gaps: { readonly themes: readonly ThemeGap[] }, themeId: string): ThemeGap => {
  const gap = gaps.themes.find((theme) => theme.themeId === themeId);
  if (!gap) throw new Error(`no theme ${themeId}`);
  return gap;
};

describe('docs/analysis.md', () => {
  it('targets: the most specific target wins and keeps its source', () => {
    const targets = { national: 3, byTheme: { T2: 3.5 }, byRegion: { SW: 4.5 }, byOrganisation: { b: 2 }, byOrganisationTheme: { b: { T2: 5 } } };
    const options = { ...context, targets };
    expect(resolveTarget('a', 'T1', options)).toEqual({ value: 3, source: 'national' });
    expect(resolveTarget('a', 'T2', options)).toEqual({ value: 3.5, source: 'theme' });
    // d is in the South West: the region's target overrides the national per-theme one.
    expect(resolveTarget('d', 'T2', options)).toEqual({ value: 4.5, source: 'region' });
    expect(resolveTarget('b', 'T1', options)).toEqual({ value: 2, source: 'organisation' });
    expect(resolveTarget('b', 'T2', options)).toEqual({ value: 5, source: 'organisation-theme' });
    expect(resolveTarget('a', 'T1', context)).toEqual({ value: 4, source: 'framework-default' });
  });

  it('gaps: shortfall, weight and band', () => {
    const aT2 = themeGap(analyseGaps(a, context), 'T2');
    // gap = 4 - 2.25 = 1.75; weight = (1 + 1.75)^2 - 1 = 7.5625 - 1 = 6.5625
    expect(aT2).toMatchObject({ score: 2.25, gap: 1.75, shortfall: 1.75, priorityWeight: 6.5625, band: 'high' });
    const bGaps = analyseGaps(b, context);
    // gap = 4 - 3.5 = 0.5; weight = 1.5^2 - 1 = 1.25
    expect(themeGap(bGaps, 'T1')).toMatchObject({ gap: 0.5, shortfall: 0.5, priorityWeight: 1.25, band: 'medium' });
    // gap = 4 - 5 = -1: no shortfall
    expect(themeGap(analyseGaps(e, context), 'T1')).toMatchObject({ gap: -1, shortfall: 0, priorityWeight: 0, band: 'none' });
    expect(themeGap(bGaps, 'T2').items.find((item) => item.itemId === 'T2.C2')).toMatchObject({ score: 4, gap: 0, shortfall: 0, band: 'none' });
  });

  it('gaps: percentage to target over sufficient themes', () => {
    // b: shortfalls 0.5 + 1.0 = 1.5 over targets 4 + 4 = 8: 1 - 1.5/8 = 0.8125
    expect(analyseGaps(b, context).toTarget).toEqual({
      fraction: 0.8125,
      percentage: 81.25,
      sumShortfall: 1.5,
      sumTargets: 8,
      themesCounted: ['T1', 'T2'],
      themesExcluded: [],
    });
    // f: T2 insufficient, only T1 counts: 1 - 1/4 = 0.75
    const fGaps = analyseGaps(f, context);
    expect(fGaps.toTarget).toMatchObject({ fraction: 0.75, percentage: 75, themesCounted: ['T1'], themesExcluded: ['T2'] });
    expect(themeGap(fGaps, 'T2')).toMatchObject({ sufficient: false, score: 3, shortfall: 1 });
  });

  it('positions: four positions and the weak enablers behind weak conditions', () => {
    expect(themeGap(analyseGaps(a, context), 'T1').position).toEqual({
      kind: 'strength',
      conditionsScore: 4,
      enablersScore: 4,
      target: 4,
      weakConditions: [],
    });
    const bT1 = themeGap(analyseGaps(b, context), 'T1').position;
    expect(bT1.kind).toBe('behaviours-lagging');
    expect(bT1.weakConditions).toEqual([
      { itemId: 'T1.C1', score: 3, shortfall: 1, weakEnablers: [], unscoredEnablers: [] },
      { itemId: 'T1.C2', score: 3, shortfall: 1, weakEnablers: [], unscoredEnablers: [] },
    ]);
    expect(themeGap(analyseGaps(d, context), 'T1').position).toMatchObject({ kind: 'fragile', conditionsScore: 4.5, enablersScore: 2.5 });
    const aT2 = themeGap(analyseGaps(a, context), 'T2').position;
    expect(aT2).toMatchObject({ kind: 'foundational-gap', conditionsScore: 2.5, enablersScore: 2 });
    expect(aT2.weakConditions).toEqual([
      { itemId: 'T2.C1', score: 2, shortfall: 2, weakEnablers: [{ itemId: 'T2.E1', score: 2, shortfall: 2 }], unscoredEnablers: [] },
      { itemId: 'T2.C2', score: 3, shortfall: 1, weakEnablers: [{ itemId: 'T2.E2', score: 2, shortfall: 2 }], unscoredEnablers: [] },
    ]);
  });

  it('needs: the worked dataset', () => {
    const options = { ...context, roles, peers: scores };
    const summary = (organisation: typeof a) =>
      analyseNeeds(organisation, options).needs.map((need) => ({
        theme: need.themeId,
        shortfall: need.shortfall,
        weight: need.priorityWeight,
        band: need.band,
        position: need.position,
        items: need.lowestItems.map((item) => `${item.itemId}=${item.score}`),
        peers: need.peers.map((peer) => `${peer.organisationId}${peer.sameRegion ? ' (same region)' : ''}`),
      }));
    expect(summary(a)).toEqual([
      {
        theme: 'T2',
        shortfall: 1.75,
        weight: 6.5625,
        band: 'high',
        position: 'foundational-gap',
        items: ['T2.E1=2', 'T2.E2=2', 'T2.C1=2'],
        peers: ['c (same region)', 'e'],
      },
    ]);
    expect(summary(b)).toEqual([
      { theme: 'T2', shortfall: 1, weight: 3, band: 'high', position: 'foundational-gap', items: ['T2.E1=2', 'T2.E2=3', 'T2.C1=3'], peers: ['c (same region)', 'e'] },
      { theme: 'T1', shortfall: 0.5, weight: 1.25, band: 'medium', position: 'behaviours-lagging', items: ['T1.C1=3', 'T1.C2=3'], peers: ['a (same region)', 'e'] },
    ]);
    expect(summary(d)).toEqual([
      { theme: 'T2', shortfall: 2, weight: 8, band: 'high', position: 'foundational-gap', items: ['T2.E1=2', 'T2.E2=2', 'T2.C1=2'], peers: ['e (same region)', 'c'] },
      { theme: 'T1', shortfall: 0.5, weight: 1.25, band: 'medium', position: 'fragile', items: ['T1.E2=2', 'T1.E1=3'], peers: ['e (same region)', 'a'] },
    ]);
    expect(summary(f)).toEqual([{ theme: 'T1', shortfall: 1, weight: 3, band: 'high', position: 'foundational-gap', items: ['T1.E2=3', 'T1.C2=2', 'T1.C1=3'], peers: ['e', 'a'] }]);
    expect(analyseNeeds(f, options).excludedThemes).toEqual([{ themeId: 'T2', reason: 'insufficient' }]);
    expect(summary(e)).toEqual([]);

    const need = analyseNeeds(c, options).needs[0];
    expect(need?.aimAt).toBe(framework.themes[0]?.whatGoodLooksLike);
    expect(need?.roles).toEqual([
      {
        roleId: 'regional-team',
        roleName: 'Regional team',
        responsibility: {
          id: 'RT2',
          phrase: 'Agree plans',
          text: 'Agree each alliance plan and its vision with its partners.',
          rule: 'keyword-match',
          matchedKeywords: ['vision', 'planning', 'partners', 'plan'],
        },
      },
    ]);
  });

  it('needs: ties go to the lower Enabling Factors score, then theme order', () => {
    // T1: conditions 2, enablers 4 -> 3.0; T2: conditions 4, enablers 2 -> 3.0. Shortfall 1 and weight 3 each.
    const tied = makeOrganisationScore(framework, 'tied', miniItems({ T1: [2, 2, 4, 4], T2: [4, 4, 2, 2] }));
    const { needs } = analyseNeeds(tied, { ...context, roles });
    expect(needs.map((need) => [need.themeId, need.priorityWeight, need.enablersScore])).toEqual([
      ['T2', 3, 2],
      ['T1', 3, 4],
    ]);
    // Equal enablers too: theme order decides.
    const even = makeOrganisationScore(framework, 'even', miniItems({ T1: [3, 3, 3, 3], T2: [3, 3, 3, 3] }));
    expect(analyseNeeds(even, { ...context, roles }).needs.map((need) => need.themeId)).toEqual(['T1', 'T2']);
  });

  it('national: the worked dataset, theme T1', () => {
    const position = analyseNationalPosition(scores, context);
    const t1 = position.themes[0];
    expect(t1).toMatchObject({ themeId: 'T1', n: 6, excluded: 0 });
    expect(t1?.mean).toBe(21 / 6); // 3.5
    expect(t1?.median).toBe(3.5 + 0.5 * 0); // h = 2.5
    expect(t1?.q1).toBe(3 + 0.25 * 0.5); // h = 1.25: 3.125
    expect(t1?.q3).toBe(3.5 + 0.75 * 0.5); // h = 3.75: 3.875
    expect([t1?.min, t1?.max]).toEqual([2, 5]);
    expect(t1?.sd).toBeCloseTo(Math.sqrt(5 / 5), 12); // 1
    expect(t1?.standardError).toBeCloseTo(1 / Math.sqrt(6), 12); // 0.408
    expect(t1?.decimals).toBe(1);
    expect(t1?.levels.map((level) => level.count)).toEqual([0, 1, 1, 3, 1]);
    expect([t1?.belowTarget, t1?.atOrAboveTarget]).toEqual([4, 2]);
    const standing = (id: string) => position.standings.find((s) => s.organisationId === id)?.themes[0];
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => standing(id)?.rank)).toEqual([2, 3, 6, 3, 1, 5]);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => standing(id)?.distanceFromMedian)).toEqual([0.5, 0, -1.5, 0, 1.5, -0.5]);
    expect(standing('a')?.outOf).toBe(6);
  });

  it('national: the worked dataset, theme T2 and the regions', () => {
    const position = analyseNationalPosition(scores, context);
    const t2 = position.themes[1];
    expect(t2).toMatchObject({ n: 5, excluded: 1, mean: 16.25 / 5, median: 3, q1: 2.25, q3: 4, min: 2, max: 5, belowTarget: 3 });
    expect(t2?.levels.map((level) => level.count)).toEqual([0, 2, 1, 1, 1]);
    const ranks = position.standings.map((s) => [s.organisationId, s.themes[1]?.rank]);
    expect(ranks).toEqual([
      ['a', 4],
      ['b', 3],
      ['c', 1],
      ['d', 5],
      ['e', 2],
      ['f', null],
    ]);

    expect(position.regions.map((region) => [region.region?.name, region.organisations])).toEqual([
      ['London', ['f']],
      ['North East and Yorkshire', ['a', 'b', 'c']],
      ['South West', ['d', 'e']],
    ]);
    const [london, ney, sw] = position.regions;
    expect(london?.themes[0]).toMatchObject({ n: 1, mean: 3, median: 3, q1: null });
    expect(london?.themes[1]).toMatchObject({ n: 0, excluded: 1, mean: null, median: null });
    expect(ney?.themes[0]).toMatchObject({ n: 3, median: 3.5, q1: null, q3: null });
    expect(ney?.themes[0]?.mean).toBeCloseTo(9.5 / 3, 12);
    expect(ney?.themes[1]?.mean).toBeCloseTo(10.25 / 3, 12);
    expect(ney?.themes[1]?.median).toBe(3);
    expect(sw?.themes[0]).toMatchObject({ n: 2, mean: 4.25, median: 3.5 + 0.5 * 1.5 });
    expect(sw?.themes[1]).toMatchObject({ mean: 3, median: 3 });
  });

  it('barriers: the worked dataset', () => {
    const barriers = analyseBarriers(scores, context);
    expect(barriers.items.map((barrier) => [barrier.rank, barrier.id, `${barrier.sharing}/${barrier.scored}`, barrier.meanShortfall])).toEqual([
      [1, 'T2.E1', '3/5', 2],
      [2, 'T2.C1', '3/5', 5 / 3],
      [3, 'T2.E2', '3/5', 5 / 3],
      [4, 'T1.C2', '3/6', 5 / 3],
      [5, 'T1.E2', '3/6', 5 / 3],
      [6, 'T1.C1', '3/6', 4 / 3],
    ]);
    expect(barriers.items[0]?.prevalence).toBe(0.6);
    expect(barriers.items[0]?.byRegion.map((group) => [group.region?.name, group.organisations.map((m) => m.organisationId)])).toEqual([
      ['North East and Yorkshire', ['a', 'b']],
      ['South West', ['d']],
    ]);
    expect(barriers.themes).toHaveLength(1);
    expect(barriers.themes[0]).toMatchObject({ id: 'T2', level: 'theme', sharing: 3, scored: 5 });
    expect(barriers.themes[0]?.meanShortfall).toBeCloseTo(4.75 / 3, 12);
  });

  it('association: the worked dataset', () => {
    const association = analyseOutcomes(scores, { ...context, outcomes: fds });
    const [t1, t2] = association.themes;
    expect(t1?.n).toBe(6);
    // rho = 14 / sqrt(17 * 17.5)
    expect(t1?.rho).toBeCloseTo(14 / Math.sqrt(17 * 17.5), 12);
    expect(t1?.rho).toBeCloseTo(0.8117, 4);

    // The exact two-sided p-value, over all 720 orderings of the outcome ranks.
    const rx = averageRanks([4, 3.5, 2, 3.5, 5, 3]);
    const ry = averageRanks([78, 74, 70, 72, 80, 75]);
    expect(rx).toEqual([5, 3.5, 1, 3.5, 6, 2]);
    expect(ry).toEqual([5, 3, 1, 2, 6, 4]);
    const observed = Math.abs(pearson(rx, ry)!);
    let extreme = 0;
    let total = 0;
    const permute = (values: number[], k: number): void => {
      if (k === values.length) {
        total++;
        if (Math.abs(pearson(rx, values)!) >= observed - 1e-12) extreme++;
        return;
      }
      for (let i = k; i < values.length; i++) {
        [values[k], values[i]] = [values[i]!, values[k]!];
        permute(values, k + 1);
        [values[k], values[i]] = [values[i]!, values[k]];
      }
    };
    permute([...ry], 0);
    expect([extreme, total]).toEqual([44, 720]);
    expect(Math.abs(t1!.pValue! - 44 / 720)).toBeLessThan(0.01);
    // Seeded: the same on every run.
    expect(analyseOutcomes(scores, { ...context, outcomes: fds }).themes[0]?.pValue).toBe(t1?.pValue);

    expect(t2?.n).toBe(5);
    expect(t2?.rho).toBeCloseTo(-1 / 10, 12);
    expect(t1?.caveat).toMatch(/only 6 organisations/);
    expect(t2?.caveat).toMatch(/only 5 organisations/);
  });

  it('association: the outcome against the standard in force', () => {
    // The series names its measure; the round's date picks the standard in force: on 31 March 2025, the 2024/25
    // planning guidance's 77% target by March 2025 (standardsAt(date, { measure: 'fds-28-day' }).standards[0]).
    const association = analyseOutcomes(scores, { ...context, outcomes: { ...fds, measure: 'fds-28-day' }, date: new Date(2025, 2, 31) });
    // Sorted values 70, 72, 74, 75, 78, 80: the median is (74 + 75) / 2 = 74.5; a (78) and e (80) reach 77.
    expect(association.outcome.standard).toEqual({
      id: 'fds-77-by-march-2025',
      threshold: 77,
      label: '77% target by March 2025',
      setBy: '2024/25 priorities and operational planning guidance',
      date: '2025-03-31',
      median: 74.5,
      meeting: 2,
      values: 6,
    });
    // On 31 March 2024 the 2023/24 target was 75%: a, e and f (75) reach it.
    expect(analyseOutcomes(scores, { ...context, outcomes: { ...fds, measure: 'fds-28-day' }, date: new Date(2024, 2, 31) }).outcome.standard).toMatchObject({
      threshold: 75,
      meeting: 3,
    });
    // A standard given by hand wins, and carries no date.
    const local = analyseOutcomes(scores, { ...context, outcomes: fds, standard: { threshold: 74, label: 'local 74% ambition' } });
    expect(local.outcome.standard).toMatchObject({ id: null, threshold: 74, date: null, setBy: null, meeting: 4 });
    // No measure and no standard: no comparison at all; a measure with no date: none could be chosen.
    expect('standard' in analyseOutcomes(scores, { ...context, outcomes: fds }).outcome).toBe(false);
    expect(analyseOutcomes(scores, { ...context, outcomes: { ...fds, measure: 'fds-28-day' } }).outcome.standard).toBeNull();
  });

  it('rounds: change, and matching through a mapping', () => {
    const before = makeFramework({ themes: 1, levels: [1, 2, 3, 4, 5], target: 4, conditions: 2, enablers: 2 });
    // The later framework renumbers: T1.C1 became T1.C3 (a new T1.C1 was added) and T1.E2 was dropped.
    const after = { ...makeFramework({ themes: 1, levels: [1, 2, 3, 4, 5], target: 4, conditions: 3, enablers: 1 }), version: '2.0.0' };
    const earlierScore = makeOrganisationScore(before, 'a', { 'T1.C1': 3, 'T1.C2': 3, 'T1.E1': 3, 'T1.E2': 3 });
    const laterScore = makeOrganisationScore(after, 'a', { 'T1.C1': 3, 'T1.C2': 3, 'T1.C3': 4, 'T1.E1': 4 });
    const comparison = compareRounds(
      { label: '2022 self-assessment', date: '2022-06-30', financialYear: '2022/23', scores: makeAssessmentScores(before, [earlierScore]) },
      { label: '2023 self-assessment', date: '2023-06-30', financialYear: '2023/24', scores: makeAssessmentScores(after, [laterScore]) },
      { itemMapping: { 'T1.C1': 'T1.C3', 'T1.E2': null } },
    );
    const organisation = comparison.organisations[0];
    // T1: (3 + 3 + 3 + 3)/4 = 3.0 -> (3 + 3 + 4 + 4)/4 = 3.5
    expect(organisation?.themes[0]).toMatchObject({ status: 'matched', change: 0.5, levelChange: 1, comparable: true });
    const item = (laterId: string | null, earlierId: string | null) => organisation?.items.find((change) => change.laterId === laterId && change.earlierId === earlierId);
    expect(item('T1.C3', 'T1.C1')).toMatchObject({ status: 'matched', change: 1 });
    expect(item(null, 'T1.E2')).toMatchObject({ status: 'dropped', change: null });
    expect(item('T1.C1', null)).toMatchObject({ status: 'new', change: null, earlier: null });
  });

  it('rounds: across the reference frameworks 1.0.0 and 1.1.0', () => {
    const [v100, v110] = [referenceFrameworks['1.0.0'], referenceFrameworks['1.1.0']];
    const all = (framework: typeof v100, value: number, except: Readonly<Record<string, number>>) =>
      Object.fromEntries(itemsOf(framework).map((ref) => [ref.item.id, except[ref.item.id] ?? value]));
    const earlierScore = makeOrganisationScore(v100, 'a', all(v100, 3, { 'T6.C2': 2 }));
    const laterScore = makeOrganisationScore(v110, 'a', all(v110, 4, { 'T9.C1': 3 }));
    const { itemMapping, themeMapping } = referenceFrameworkMappings['1.0.0 to 1.1.0'];
    const comparison = compareRounds(
      { label: '2023/24', date: '2024-03-31', financialYear: '2023/24', scores: makeAssessmentScores(v100, [earlierScore]) },
      { label: '2025/26', date: '2026-03-31', financialYear: '2025/26', scores: makeAssessmentScores(v110, [laterScore]) },
      { itemMapping, themeMapping },
    );
    const organisation = comparison.organisations[0]!;
    // T6.C2 -> T9.C1: 3 - 2 = +1.
    expect(organisation.items.find((change) => change.earlierId === 'T6.C2')).toMatchObject({ status: 'matched', laterId: 'T9.C1', change: 1 });
    // T6: 4.0 - (9 x 3 + 2)/10 = 4.0 - 2.9 = +1.1.
    const t6 = organisation.themes.find((change) => change.laterId === 'T6')!;
    expect(t6.status).toBe('matched');
    expect(t6.change).toBeCloseTo(1.1, 10);
    expect(organisation.items.find((change) => change.earlierId === 'T1.E4')).toMatchObject({ status: 'dropped', laterId: null });
    expect(organisation.themes.find((change) => change.laterId === 'T9')).toMatchObject({ status: 'new', earlierId: null });
    expect(organisation.items.find((change) => change.laterId === 'T9.C3')).toMatchObject({ status: 'new', earlierId: null });
  });

  it('analyseNational gives what each function gives alone', () => {
    const national = analyseNational(scores, { ...context, roles });
    expect(national.position).toEqual(analyseNationalPosition(scores, context));
    expect(national.barriers).toEqual(analyseBarriers(scores, context));
    expect(national.needsByOrganisation[0]).toEqual(analyseNeeds(a, { ...context, roles, peers: scores }));
    expect(national.gapsByOrganisation[5]).toEqual(analyseGaps(f, context));
  });
});
