import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/assessment/score.js';
import type { OrganisationScore } from '../../src/assessment/score-types.js';
import { nearestLevelOf, scaleOf } from '../../src/framework/lookup.js';
import { answersOf, docsFramework, fourLevelFramework } from './score-fixtures.js';
import { scoreOne } from './helpers.js';

// Every worked example of docs/scoring.md, number for number. When a rule changes, change the guide with it.

const item = (result: OrganisationScore, itemId: string) => {
  const found = result.items.find((entry) => entry.itemId === itemId);
  if (!found) throw new Error(`no item ${itemId}`);
  return found;
};
const theme = (result: OrganisationScore, themeId: string) => {
  const found = result.themes.find((entry) => entry.themeId === themeId);
  if (!found) throw new Error(`no theme ${themeId}`);
  return found;
};

const example1 = answersOf('example', [
  ['r1', undefined, { 'T1.C1': 2 }],
  ['r2', undefined, { 'T1.C1': 3 }],
  ['r3', undefined, { 'T1.C1': 3 }],
  ['r4', undefined, { 'T1.C1': 5 }],
  ['r5', undefined, { 'T1.C1': 'dont-know' }],
  ['r6', undefined, { 'T1.C1': 'not-applicable' }],
  ['r7', undefined, { 'T1.C2': 4 }],
]);

const example5 = answersOf('example', [
  ['r1', undefined, { 'T1.C1': 4, 'T1.C2': 2, 'T1.E1': 3 }],
  ['r2', undefined, { 'T1.C1': 4, 'T1.C2': 3, 'T1.E1': 3, 'T1.E2': 'not-applicable' }],
]);

const example8 = answersOf('example', [
  ['r1', 'core', { 'T2.C1': 4 }],
  ['r2', 'core', { 'T2.C1': 5 }],
  ['r3', 'core', { 'T2.C1': 3 }],
  ['r4', 'partner', { 'T2.C1': 2 }],
  ['r5', 'partner', { 'T2.C1': 3 }],
  ['r6', 'partner', { 'T2.C1': 1 }],
  ['r7', 'regional', { 'T2.C1': 1 }],
]);

describe('docs/scoring.md §1: the four states of an answer (Example 1)', () => {
  it("counts values, don't know, not applicable, respondents and missing", () => {
    const t1c1 = item(scoreOne(example1, { framework: docsFramework }), 'T1.C1');
    expect(t1c1).toMatchObject({ n: 4, dontKnow: 1, notApplicable: 1, respondents: 6, missing: 1 });
    // respondents + missing = the organisation's 7 respondents; n + dontKnow + notApplicable = respondents.
    expect(t1c1.respondents + t1c1.missing).toBe(7);
    expect(t1c1.n + t1c1.dontKnow + t1c1.notApplicable).toBe(t1c1.respondents);
  });
});

describe('docs/scoring.md §2: item statistics (Example 1)', () => {
  it('gives mean, median, sd, min, max, score and level of 2, 3, 3, 5', () => {
    const t1c1 = item(scoreOne(example1, { framework: docsFramework }), 'T1.C1');
    expect(t1c1.mean).toBe(3.25); // 13 / 4
    expect(t1c1.median).toBe(3); // (3 + 3) / 2
    expect(t1c1.sd).toBe(Math.sqrt(4.75 / 3)); // (1.5625 + 0.0625 + 0.0625 + 3.0625) / 3
    expect(t1c1.sd).toBe(1.2583057392117916);
    expect(t1c1).toMatchObject({ min: 2, max: 5, score: 3.25, level: 3, unscoredReason: null });
  });
});

describe('docs/scoring.md §3: unscored items (Example 3)', () => {
  it('says why each unscored item has no score', () => {
    const result = scoreOne(
      answersOf('example', [
        ['r1', undefined, { 'T1.C2': 'not-applicable', 'T1.E1': 'dont-know', 'T1.E2': 'dont-know' }],
        ['r2', undefined, { 'T1.C2': 'not-applicable', 'T1.E1': 'dont-know', 'T1.E2': 'not-applicable' }],
      ]),
      { framework: docsFramework },
    );
    expect(item(result, 'T1.C2').unscoredReason).toBe('all-not-applicable');
    expect(item(result, 'T1.E1').unscoredReason).toBe('all-dont-know');
    expect(item(result, 'T1.E2').unscoredReason).toBe('no-scoring-answers');
    expect(item(result, 'T2.C1').unscoredReason).toBe('missing');
    for (const id of ['T1.C2', 'T1.E1', 'T1.E2', 'T2.C1']) {
      expect(item(result, id)).toMatchObject({ score: null, mean: null, median: null, sd: null, min: null, max: null, level: null });
    }
  });
});

describe('docs/scoring.md §4: levels, halves up (Example 4)', () => {
  it('takes the nearest level, and the higher one at a half', () => {
    const five = scaleOf(docsFramework, 'T1');
    expect(nearestLevelOf(five, 3.25).value).toBe(3);
    expect(nearestLevelOf(five, 3.5).value).toBe(4);
    expect(nearestLevelOf(five, 2.5).value).toBe(3);
    expect(nearestLevelOf(five, 4.75).value).toBe(5);
    const four = scaleOf(fourLevelFramework, 'T1');
    expect(nearestLevelOf(four, 1.5).value).toBe(2);
    expect(nearestLevelOf(four, 1.3333333333333335).value).toBe(1);
  });
});

describe('docs/scoring.md §5: themes, weighted means (Example 5)', () => {
  it('weights the scored items, leaving the unscored one out', () => {
    const result = scoreOne(example5, { framework: docsFramework });
    expect([4, 2.5, 3, null]).toEqual(['T1.C1', 'T1.C2', 'T1.E1', 'T1.E2'].map((id) => item(result, id).score));
    expect(item(result, 'T1.E2').unscoredReason).toBe('all-not-applicable');
    const t1 = theme(result, 'T1');
    expect(t1.conditionsScore).toBe(3.5); // (2 × 4 + 1 × 2.5) / 3
    expect(t1.enablersScore).toBe(3); // (1 × 3) / 1
    expect(t1.score).toBe(3.375); // 13.5 / 4
    expect(t1.level).toBe(3);
    expect(t1.score).not.toBe((3.5 + 3) / 2);
  });
});

describe('docs/scoring.md §6: coverage and sufficiency (Example 6)', () => {
  it('is sufficient at exactly minCoverage and insufficient below it', () => {
    const half = scoreOne(answersOf('example', [['r1', undefined, { 'T2.C1': 4, 'T2.E1': 2, 'T2.C2': 'dont-know', 'T2.E2': 'not-applicable' }]]), { framework: docsFramework });
    expect(theme(half, 'T2')).toMatchObject({ scoredItems: 2, items: 4, coverage: 0.5, sufficient: true, score: 3 });
    const quarterAnswers = answersOf('example', [['r1', undefined, { 'T2.C1': 4, 'T2.C2': 'dont-know', 'T2.E2': 'not-applicable' }]]);
    const quarter = scoreOne(quarterAnswers, { framework: docsFramework });
    expect(theme(quarter, 'T2')).toMatchObject({ scoredItems: 1, coverage: 0.25, sufficient: false, score: 4 });
    expect(theme(scoreOne(quarterAnswers, { framework: docsFramework, minCoverage: 0.25 }), 'T2').sufficient).toBe(true);
    expect(theme(scoreOne(example5, { framework: docsFramework }), 'T1').coverage).toBe(0.75);
  });
});

describe('docs/scoring.md §7: agreement (Examples 7a, 7b, 7c)', () => {
  it('7a: the agreement index of 2, 3, 3, 5 on 1..5', () => {
    const agreement = item(scoreOne(example1, { framework: docsFramework }), 'T1.C1').agreement;
    const sMax = 4 * Math.sqrt((2 * 2) / (4 * 3));
    expect(sMax).toBe(2.309401076758503);
    expect(agreement.n).toBe(4);
    expect(agreement.sd).toBe(1.2583057392117916);
    expect(agreement.index).toBe(1 - 1.2583057392117916 / sMax);
    expect(agreement.index).toBe(0.45513763205741575);
    expect(agreement.low).toBe(true);
  });

  it("7b: theme agreement over the respondents' own weighted theme scores", () => {
    const agreement = theme(scoreOne(example5, { framework: docsFramework }), 'T1').agreement;
    // r1: (2 × 4 + 2 + 3) / 4 = 3.25; r2: (2 × 4 + 3 + 3) / 4 = 3.5.
    expect(agreement.n).toBe(2);
    expect(agreement.sd).toBe(0.1767766952966369); // 0.25 / √2
    expect(4 * Math.sqrt(1 / 2)).toBe(2.8284271247461903);
    expect(agreement.index).toBe(0.9375);
    expect(agreement.low).toBe(false);
  });

  it('7c: a four-level scale 0..3', () => {
    const result = scoreOne(
      answersOf('example', [
        ['r1', undefined, { 'T1.C1': 0, 'T1.C2': 1 }],
        ['r2', undefined, { 'T1.C1': 0, 'T1.C2': 2 }],
        ['r3', undefined, { 'T1.C1': 3, 'T1.C2': 2 }],
      ]),
      { framework: fourLevelFramework },
    );
    const c1 = item(result, 'T1.C1');
    expect(c1).toMatchObject({ mean: 1, median: 0, level: 1 });
    expect(c1.sd).toBe(Math.sqrt(3));
    expect(c1.agreement.index).toBe(0); // s_max(3) = 3 × √(2 / 6) = √3
    const c2 = item(result, 'T1.C2');
    expect(c2.mean).toBe(1.6666666666666667);
    expect(c2.level).toBe(2);
    expect(c2.sd).toBe(0.5773502691896257);
    expect(c2.agreement.index).toBe(0.6666666666666667);
    const t1 = theme(result, 'T1');
    expect(t1).toMatchObject({ score: 1.3333333333333335, level: 1, scoredItems: 2, items: 5, coverage: 0.4, sufficient: false });
    // The respondents' own theme scores: 0.5, 1 and 2.5, kept in ascending order.
    expect(t1.respondentScores).toEqual([0.5, 1, 2.5]);
    expect(t1.agreement.sd).toBe(1.0408329997330665);
    expect(t1.agreement.index).toBe(0.39907478742266844);
    expect(t1.agreement.low).toBe(true);
  });
});

describe('docs/scoring.md §8 and §9: groups, suppression and differences (Example 8)', () => {
  const result = scoreOne(example8, { framework: docsFramework });

  it('scores the organisation and each group, suppressing the group of one', () => {
    expect(item(result, 'T2.C1').score).toBe(19 / 7);
    expect(item(result, 'T2.C1').score).toBe(2.7142857142857144);
    expect(item(result, 'T2.C1').level).toBe(3);
    expect(result.groups.map((group) => [group.group, group.respondents, group.suppressed])).toEqual([
      ['core', 3, false],
      ['partner', 3, false],
      ['regional', 1, true],
    ]);
    const [core, partner, regional] = result.groups;
    expect(core?.items.find((entry) => entry.itemId === 'T2.C1')?.score).toBe(4);
    expect(core?.themes.find((entry) => entry.themeId === 'T2')?.score).toBe(4);
    expect(partner?.items.find((entry) => entry.itemId === 'T2.C1')?.score).toBe(2);
    expect(partner?.themes.find((entry) => entry.themeId === 'T2')?.score).toBe(2);
    expect(regional?.items).toEqual([]);
    expect(regional?.themes).toEqual([]);
  });

  it('lists the differences, the theme before its item on a tie', () => {
    expect(result.groupDifferences).toEqual([
      { themeId: 'T2', itemId: null, higherGroup: 'core', lowerGroup: 'partner', higherScore: 4, lowerScore: 2, difference: 2 },
      { themeId: 'T2', itemId: 'T2.C1', higherGroup: 'core', lowerGroup: 'partner', higherScore: 4, lowerScore: 2, difference: 2 },
    ]);
  });
});

describe('docs/scoring.md §10: too few respondents (Example 10)', () => {
  it("withholds the organisation's scores and keeps its counts", () => {
    const result = scoreOne(
      answersOf('example', [
        ['r1', undefined, { 'T1.C1': 4, 'T1.C2': 'dont-know' }],
        ['r2', undefined, { 'T1.C1': 2 }],
        ['r3', undefined, { 'T1.C1': 3 }],
      ]),
      { framework: docsFramework, minRespondents: 5 },
    );
    expect(result.unscoredReason).toBe('too-few-respondents');
    expect(item(result, 'T1.C1')).toMatchObject({ n: 3, score: null, mean: null, level: null, unscoredReason: 'too-few-respondents' });
    expect(item(result, 'T1.C2').unscoredReason).toBe('all-dont-know');
    expect(item(result, 'T1.E1').unscoredReason).toBe('missing');
    expect(theme(result, 'T1')).toMatchObject({ score: null, coverage: 0, sufficient: false, level: null });
    expect(result.groups).toEqual([]);
    expect(result.groupDifferences).toEqual([]);
  });
});

describe('docs/scoring.md §11: the median option (Example 11)', () => {
  it('takes the median of 1, 4, 4, 4, 5 and of 2, 3, 4, 5', () => {
    const odd = answersOf('example', [
      ['r1', undefined, { 'T2.C2': 1 }],
      ['r2', undefined, { 'T2.C2': 4 }],
      ['r3', undefined, { 'T2.C2': 4 }],
      ['r4', undefined, { 'T2.C2': 4 }],
      ['r5', undefined, { 'T2.C2': 5 }],
    ]);
    expect(item(scoreOne(odd, { framework: docsFramework }), 'T2.C2')).toMatchObject({ score: 3.6, mean: 3.6, median: 4 });
    expect(item(scoreOne(odd, { framework: docsFramework, itemStatistic: 'median' }), 'T2.C2')).toMatchObject({
      score: 4,
      mean: 3.6,
      median: 4,
    });
    const even = answersOf('example', [
      ['r1', undefined, { 'T2.C2': 2 }],
      ['r2', undefined, { 'T2.C2': 3 }],
      ['r3', undefined, { 'T2.C2': 4 }],
      ['r4', undefined, { 'T2.C2': 5 }],
    ]);
    const result = scoreOne(even, { framework: docsFramework, itemStatistic: 'median' });
    expect(item(result, 'T2.C2')).toMatchObject({ score: 3.5, median: 3.5, level: 4 });
    expect(theme(result, 'T2')).toMatchObject({ score: 3.5, level: 4 });
  });
});

describe('docs/scoring.md §12: provenance', () => {
  it('names the method, its options and the framework', () => {
    const expected = {
      method: {
        id: 'caf-default',
        version: '1.0.0',
        options: {
          itemStatistic: 'mean',
          minCoverage: 0.5,
          minGroupSize: 3,
          minRespondents: 1,
          lowAgreementBelow: 0.5,
          maxGroupDifferences: 10,
        },
      },
      framework: { id: 'docs-example', version: '2.1.0' },
    };
    expect(scoreOne(example1, { framework: docsFramework })).toMatchObject(expected);
    expect(scoreAnswers(example1, { framework: docsFramework })).toMatchObject(expected);
  });
});
