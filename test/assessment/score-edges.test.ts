import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/assessment/answer.js';
import { answerGridOf } from '../../src/assessment/grid.js';
import { scoreAnswers } from '../../src/assessment/score.js';
import { nearestValue, scoringIndexOf, sortInPlace } from '../../src/assessment/score-statistics.js';
import type { GroupDifference, OrganisationScore } from '../../src/assessment/score-types.js';
import { scoreAnswersStream } from '../../src/assessment/stream.js';
import { itemsOf, nearestLevelOf, scaleOf } from '../../src/framework/lookup.js';
import { answer, docsFramework, makeFramework } from './score-fixtures.js';

// Scoring at its edges: the order of organisations, ties between group differences and the heap that keeps the
// largest, scales too long for one byte per answer, and groups named late. Each test here was written against a
// mutant that survived the other tests (docs/testing.md).

/** The group differences of docs/scoring.md §9, by brute force: every candidate, fully sorted, the first `max`. */
function referenceDifferences(organisation: OrganisationScore, max: number): GroupDifference[] {
  const groups = organisation.groups.filter((group) => !group.suppressed);
  const candidates: (GroupDifference & { readonly rank: readonly number[] })[] = [];
  let pair = 0;
  for (let g = 0; g < groups.length; g++) {
    for (let h = g + 1; h < groups.length; h++, pair++) {
      const a = groups[g]!;
      const b = groups[h]!;
      a.themes.forEach((theme, t) => {
        const entries: [string | null, number | null, number | null, number][] = [[null, theme.score, b.themes[t]!.score, -1]];
        a.items.forEach((item, i) => {
          if (item.themeId === theme.themeId) entries.push([item.itemId, item.score, b.items[i]!.score, i]);
        });
        for (const [itemId, scoreA, scoreB, i] of entries) {
          if (scoreA === null || scoreB === null) continue;
          const aHigher = scoreA >= scoreB;
          candidates.push({
            themeId: theme.themeId,
            itemId: itemId as GroupDifference['itemId'],
            higherGroup: aHigher ? a.group : b.group,
            lowerGroup: aHigher ? b.group : a.group,
            higherScore: aHigher ? scoreA : scoreB,
            lowerScore: aHigher ? scoreB : scoreA,
            difference: Math.abs(scoreA - scoreB),
            rank: [t, i, pair],
          });
        }
      });
    }
  }
  candidates.sort((x, y) => y.difference - x.difference || x.rank[0]! - y.rank[0]! || x.rank[1]! - y.rank[1]! || x.rank[2]! - y.rank[2]!);
  return candidates.slice(0, max).map(({ rank: _rank, ...difference }) => difference);
}

describe('group differences', () => {
  const itemIds = itemsOf(docsFramework).map((ref) => ref.item.id);
  // Four groups of three respondents on a 1..5 scale, with few distinct values: many differences tie.
  const answersArb = fc
    .array(fc.array(fc.option(fc.constantFrom(1, 3, 5), { nil: undefined }), { minLength: itemIds.length, maxLength: itemIds.length }), {
      minLength: 12,
      maxLength: 12,
    })
    .map((respondents) =>
      respondents.flatMap((cells, r) =>
        cells.flatMap((value, i) => (value === undefined ? [] : [answer('a', `r${r}`, itemIds[i]!, value, ['west', 'north', 'east', 'south'][r % 4])])),
      ),
    );

  it('are the largest first, ties by theme, then item (theme first), then pair; any maximum keeps the same first ones', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 40 }), (answers, max) => {
        const [organisation] = scoreAnswers(answers, { framework: docsFramework, minGroupSize: 1, maxGroupDifferences: max }).organisations;
        if (organisation === undefined) return;
        expect(organisation.groupDifferences).toEqual(referenceDifferences(organisation, max));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the order of organisations', () => {
  it('is by id, whatever the order of the answers, in scores and in grids', () => {
    const ids = ['delta', 'bravo', 'echo', 'alpha', 'charlie', 'Zulu', 'alpha-2'];
    const answers = ids.map((id, k) => answer(id, 'r1', 'T1.C1', (k % 5) + 1));
    const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(sorted).toEqual(['Zulu', 'alpha', 'alpha-2', 'bravo', 'charlie', 'delta', 'echo']);
    expect(scoreAnswers(answers, { framework: docsFramework }).organisations.map((organisation) => organisation.organisationId)).toEqual(sorted);
    expect(answerGridOf(docsFramework, answers).organisations.map((organisation) => organisation.organisationId)).toEqual(sorted);
  });
});

describe('scales longer than one byte per answer can code', () => {
  // A cell holds 3 codes (none, don't know, not applicable) then one per level: 253 levels fit in a byte, 254 do not.
  // Three items and five respondents, so that the cells of one respondent follow those of another.
  for (const count of [252, 253, 254, 300]) {
    it(`scores a scale of ${count} levels exactly, at both ends`, () => {
      const levels = Array.from({ length: count }, (_, k) => k);
      const framework = makeFramework({ themes: 1, conditions: 3, enablers: 0, levels });
      const top = count - 1;
      const values: readonly (number | 'dont-know')[] = [top, top, 0, 'dont-know', 1];
      const answers: Answer[] = values.flatMap((value, r) => [
        answer('a', `r${r + 1}`, 'T1.C1', value),
        answer('a', `r${r + 1}`, 'T1.C2', r),
        answer('a', `r${r + 1}`, 'T1.C3', top - r),
      ]);
      const [c1, c2, c3] = scoreAnswers(answers, { framework }).organisations[0]!.items;
      expect(c1).toMatchObject({ n: 4, dontKnow: 1, min: 0, max: top, median: (top + 1) / 2, mean: (2 * top + 1) / 4 });
      expect(c2).toMatchObject({ n: 5, min: 0, max: 4, median: 2, mean: 2 });
      expect(c3).toMatchObject({ n: 5, min: top - 4, max: top, median: top - 2, mean: top - 2 });
    });
  }
});

describe('groups named late', () => {
  it("count for all of a respondent's answers when rows are read (a group given on a later row)", async () => {
    const rows = [
      ['organisation_id', 'respondent_id', 'item_id', 'answer', 'respondent_group'],
      ['a', 'r1', 'T1.C1', '4', ''],
      ['a', 'r1', 'T1.C2', '2', 'core'],
      ['a', 'r2', 'T1.C1', '3', 'core'],
      ['a', 'r3', 'T1.C1', '5', 'core'],
    ];
    const streamed = await scoreAnswersStream(rows, { framework: docsFramework, minGroupSize: 1 });
    const [organisation] = streamed.scores.organisations;
    expect(organisation?.groups.map((group) => [group.group, group.respondents])).toEqual([['core', 3]]);
    expect(organisation?.groups[0]?.items[0]?.n).toBe(3);
  });

  it("are refused in answer objects, where each answer must carry its respondent's group", () => {
    const answers = [answer('a', 'r1', 'T1.C1', 4), answer('a', 'r1', 'T1.C2', 2, 'core')];
    expect(() => scoreAnswers(answers, { framework: docsFramework })).toThrow(/puts the respondent in the group "core", but an earlier answer put them in no group/);
    // Read one by one from an iterable, as from an array.
    expect(() => scoreAnswers(answers.values(), { framework: docsFramework })).toThrow(RangeError);
    expect(() => scoreAnswers(answers.values(), { framework: docsFramework })).toThrow(
      /^scoreAnswers: answers\[1\] .* puts the respondent in the group "core", but an earlier answer put them in no group/,
    );
  });
});

describe('what the streaming functions take', () => {
  it('takes a layout, and refuses null where rows or answers belong', async () => {
    const rows = [
      ['organisation_id', 'respondent_id', 'item_id', 'answer'],
      ['a', 'r1', 'T1.C1', '4'],
    ];
    expect((await scoreAnswersStream(rows, { framework: docsFramework, layout: 'long' })).layout).toBe('long');
    await expect(scoreAnswersStream(null as never, { framework: docsFramework })).rejects.toThrow(/^scoreAnswersStream: source must be an iterable/);
    expect(() => scoreAnswers(null as never, { framework: docsFramework })).toThrow(/^scoreAnswers: answers must be an array or an iterable of answers, got null$/);
    await expect(scoreAnswersStream([], null as never)).rejects.toThrow(/^scoreAnswersStream: options are required/);
  });
});

describe('sortInPlace', () => {
  it('sorts runs of every length, by buckets (up to 4,096) and built in (above), ascending and in place', () => {
    // Lengths drawn evenly from 0 to 4,200: fast-check's own array sizes rarely pass 10, far below the switch at
    // 4,096. Values are drawn from a few, as respondents' theme scores are, from many, or bunched near one value with
    // a few far off (the bucket sort then hands over to the built-in sort).
    const value = fc.oneof(
      fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
      fc.integer({ min: 2, max: 50 }).map((k) => k / 10),
      fc.integer({ min: 0, max: 1e6 }).map((k) => 1 + k * 1e-9),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4200 }).chain((length) => fc.array(value, { minLength: length, maxLength: length })),
        (values) => {
          const array = Float64Array.from(values);
          expect(sortInPlace(array)).toBe(array);
          expect(Array.from(array)).toEqual([...values].sort((a, b) => a - b));
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it('sorts values bunched in one bucket, in reverse order, by handing over to the built-in sort', () => {
    // 200 values within 1e-6 of 1 and one at 5: every value but the last in the first bucket, in reverse order, so
    // that insertion would move each past all before it.
    const values = Array.from({ length: 200 }, (_, k) => 1 + (200 - k) * 1e-9);
    values.push(5);
    const array = Float64Array.from(values);
    expect(Array.from(sortInPlace(array))).toEqual([...values].sort((a, b) => a - b));
  });
});

describe('agreement and withheld organisations at their edges', () => {
  it('gives an agreement index of exactly 0, never below, when values split between the ends of the scale', () => {
    // Two 1s and three 5s on 1..5: the sum of squares times n over its largest possible value rounds to
    // 1.0000000000000002 in binary64. The clamp makes the index 0; without it, the square root of that ratio
    // rounds back to 1 and the index is still 0 (docs/testing.md lists that mutant as equivalent).
    const answers = ['r1', 'r2', 'r3', 'r4', 'r5'].map((r, k) => answer('a', r, 'T1.C1', k < 2 ? 1 : 5));
    const [item] = scoreAnswers(answers, { framework: docsFramework, minCoverage: 0 }).organisations[0]!.items;
    expect(item?.agreement).toMatchObject({ n: 5, index: 0, low: true });
    expect(item?.agreement.sd).toBeCloseTo(Math.sqrt(19.2 / 4), 12);
    expect(Object.is(item?.agreement.index, 0)).toBe(true);
  });

  it('keeps the counts of an organisation with too few respondents, and no value at all: no mean, median, minimum or maximum', () => {
    const answers = [answer('a', 'r1', 'T1.C1', 4), answer('a', 'r1', 'T1.C2', 'dont-know')];
    const [organisation] = scoreAnswers(answers, { framework: docsFramework, minRespondents: 2 }).organisations;
    expect(organisation?.unscoredReason).toBe('too-few-respondents');
    expect(organisation?.items[0]).toMatchObject({
      n: 1,
      score: null,
      mean: null,
      median: null,
      sd: null,
      min: null,
      max: null,
      level: null,
      respondents: 1,
      unscoredReason: 'too-few-respondents',
    });
    expect(organisation?.items[1]).toMatchObject({ n: 0, dontKnow: 1, min: null, max: null, unscoredReason: 'all-dont-know' });
  });
});

describe('organisations and groups of more respondents than the first buffers hold', () => {
  it('counts all 40 respondents of an organisation in each theme score', () => {
    // Respondent r answers every item of T2 (unweighted) with (r mod 5) + 1: their theme score is that value,
    // eight respondents at each of 1..5. Sum of squares about the mean 3: 8 × (4 + 1 + 0 + 1 + 4) = 80.
    const items = ['T2.C1', 'T2.C2', 'T2.E1', 'T2.E2'];
    const answers = Array.from({ length: 40 }, (_, r) => items.map((itemId) => answer('a', `r${r}`, itemId, (r % 5) + 1))).flat();
    const [organisation] = scoreAnswers(answers, { framework: docsFramework }).organisations;
    const t2 = organisation?.themes[1];
    expect(t2?.agreement.n).toBe(40);
    expect(t2?.agreement.sd).toBeCloseTo(Math.sqrt(80 / 39), 12);
    // s_max(40) on a range of 4 is 4 × sqrt(20 × 20 / (40 × 39)); the index is 1 - sd / s_max.
    expect(t2?.agreement.index).toBeCloseTo(1 - Math.sqrt(80 / 39) / (4 * Math.sqrt(400 / 1560)), 12);
    expect(t2?.score).toBe(3);
  });
});

describe('two groups', () => {
  it('are compared: the differences of exactly two groups are listed, and each score names its kind', () => {
    const answers = [
      answer('a', 'r1', 'T1.C1', 5, 'core'),
      answer('a', 'r2', 'T1.C1', 4, 'core'),
      answer('a', 'r3', 'T1.C1', 2, 'partner'),
      answer('a', 'r4', 'T1.C1', 1, 'partner'),
    ];
    const [organisation] = scoreAnswers(answers, { framework: docsFramework, minGroupSize: 2 }).organisations;
    expect(organisation?.kind).toBe('organisation-score');
    expect(organisation?.groups.map((group) => group.group)).toEqual(['core', 'partner']);
    expect(organisation?.groupDifferences).toEqual(referenceDifferences(organisation!, 10));
    expect(organisation?.groupDifferences[0]).toMatchObject({ themeId: 'T1', higherGroup: 'core', lowerGroup: 'partner', difference: 3 });
  });
});

describe('scores at the ends of a scale, after rounding', () => {
  // Weighted means of equal values can round one bit off: 3 × 0.1 + 3 × 0.1 + 3 × 0.35 over 0.55 is
  // 2.9999999999999996 in binary64, and 3 × 0.1 + 3 × 0.1 + 3 × 0.2 over 0.4 is 3.0000000000000004. A score never
  // leaves its scale.
  const weighted = (levels: number[], weights: number[]) => makeFramework({ themes: 1, conditions: 3, enablers: 0, levels, weight: (_theme, _kind, item) => weights[item]! });

  it('gives the bottom of the scale when every answer is at the bottom', () => {
    const framework = weighted([3, 4, 5, 6, 7], [0.1, 0.1, 0.35]);
    expect((3 * 0.1 + 3 * 0.1 + 3 * 0.35) / (0.1 + 0.1 + 0.35)).toBeLessThan(3);
    const answers = ['T1.C1', 'T1.C2', 'T1.C3'].map((itemId) => answer('a', 'r1', itemId, 3));
    const [theme] = scoreAnswers(answers, { framework }).organisations[0]!.themes;
    expect(theme).toMatchObject({ score: 3, conditionsScore: 3, level: 3 });
  });

  it('gives the top of the scale when every answer is at the top', () => {
    const framework = weighted([1, 2, 3], [0.1, 0.1, 0.2]);
    expect((3 * 0.1 + 3 * 0.1 + 3 * 0.2) / (0.1 + 0.1 + 0.2)).toBeGreaterThan(3);
    const answers = ['r1', 'r2'].flatMap((r) => ['T1.C1', 'T1.C2', 'T1.C3'].map((itemId) => answer('a', r, itemId, 3)));
    const [theme] = scoreAnswers(answers, { framework }).organisations[0]!.themes;
    expect(theme).toMatchObject({ score: 3, conditionsScore: 3, level: 3 });
    expect(theme?.agreement).toMatchObject({ n: 2, sd: 0, index: 1 });
  });
});

describe('scales whose levels are not the whole numbers from their lowest', () => {
  it('reads each value at its own level, on a scale with gaps', () => {
    // On 1, 3, 5 a whole-number value is not its distance from the lowest level: 3 is the second level, not the
    // third. (The reader takes that short cut only on scales of consecutive whole numbers.)
    const gaps = makeFramework({ themes: 1, conditions: 2, enablers: 0, levels: [1, 3, 5] });
    const [first, second] = scoreAnswers([answer('a', 'r1', 'T1.C1', 3), answer('a', 'r2', 'T1.C1', 5), answer('a', 'r1', 'T1.C2', 1), answer('a', 'r2', 'T1.C2', 3)], {
      framework: gaps,
    }).organisations[0]!.items;
    expect(first).toMatchObject({ n: 2, mean: 4, median: 4, min: 3, max: 5 });
    // The mean 2 is as near 1 as 3, and the higher is taken.
    expect(second).toMatchObject({ n: 2, mean: 2, median: 2, min: 1, max: 3, level: 3 });
    // The same answers from an iterable, read one by one by the same short cut.
    const answers = [answer('a', 'r1', 'T1.C1', 3), answer('a', 'r2', 'T1.C1', 5)];
    expect(scoreAnswers(answers.values(), { framework: gaps }).organisations[0]!.items[0]).toMatchObject({ mean: 4, min: 3, max: 5 });
  });
});

describe('the level nearest a score', () => {
  it('is the higher of two equally near, however the scale lists its levels', () => {
    // Levels listed high to low: 2.5 is as near 3 as 2, and the level is 3, as nearestLevelOf gives it.
    const framework = makeFramework({ themes: 1, conditions: 1, enablers: 0, levels: [5, 4, 3, 2, 1] });
    const [item] = scoreAnswers([answer('a', 'r1', 'T1.C1', 2), answer('a', 'r2', 'T1.C1', 3)], { framework }).organisations[0]!.items;
    expect(item).toMatchObject({ mean: 2.5, level: 3 });
    expect(nearestLevelOf(scaleOf(framework, 'T1'), 2.5).value).toBe(3);
  });

  it('is the value nearestLevelOf gives, bit for bit, whatever the order of the levels, at the edge of the tolerance', () => {
    // A level is as near as another when their distances differ by at most 1e-9, and then the higher is taken. At
    // 0.4999999995 the distances to 0 and 1 differ by 1.00000008e-9 in binary64: 0 is nearer, listed either way.
    // (Before, the rule compared the distance with the best distance less 1e-9, a second rounding: the scale listed
    // 1, 0 gave 1, and listed 0, 1 gave 0.)
    expect(Math.abs(1 - 0.4999999995 - 0.4999999995)).toBeGreaterThan(1e-9);
    expect(1 - 0.4999999995 - 1e-9).toBe(0.4999999995);
    const cases: readonly (readonly [readonly number[], number, number])[] = [
      [[1, 0], 0.4999999995, 0],
      [[0, 1], 0.4999999995, 0],
      [[1, 0], 0.4999999996, 1],
      [[0, 1], 0.4999999996, 1],
      [[5, 4, 3, 2, 1], 2.5, 3],
      [[3, 1, 5, 2, 4], 3.5, 4],
      [[1, 2, 3, 4, 5], 9, 5],
      [[1, 2, 3, 4, 5], -9, 1],
    ];
    for (const [levels, score, expected] of cases) {
      const framework = makeFramework({ themes: 1, conditions: 1, enablers: 0, levels });
      expect([nearestValue(scoringIndexOf(framework, 'test').themes[0]!.scale, score), nearestLevelOf(scaleOf(framework, 'T1'), score).value]).toEqual([expected, expected]);
    }
  });
});
