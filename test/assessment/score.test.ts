import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/assessment/answer.js';
import { scoreAnswers, scoringMethod, type ScoreAnswersOptions, type ScoringOptions } from '../../src/assessment/score.js';
import type { OrganisationScore } from '../../src/assessment/score-types.js';
import { itemsOf } from '../../src/framework/lookup.js';
import { FrameworkSchema, type Framework } from '../../src/framework/schema.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { answer, answersOf, docsFramework, fourLevelFramework, makeFramework } from './score-fixtures.js';
import { scoreOne } from './helpers.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';

// The reference framework 1.0.0 (eight themes, 80 items), which this file's expectations are written for.
const reference100 = referenceFrameworks['1.0.0'];

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

/** Every item of a framework answered by `respondents` respondents, value = a simple pattern over the scale. */
function fullAnswers(framework: Framework, organisationId: string, respondents: number, groups: readonly string[] = []): Answer[] {
  const out: Answer[] = [];
  const refs = itemsOf(framework);
  for (let r = 0; r < respondents; r++) {
    refs.forEach((ref, i) => {
      const levels = ref.theme.scale === undefined ? framework.scales[0]!.levels : framework.scales.find((s) => s.id === ref.theme.scale)!.levels;
      const value = levels[(r * 7 + i * 3) % levels.length]!.value;
      out.push(answer(organisationId, `r${r}`, ref.item.id, (r + i) % 11 === 0 ? 'dont-know' : value, groups.length ? groups[r % groups.length] : undefined));
    });
  }
  return out;
}

describe('scoreAnswers: one organisation on the reference framework', () => {
  const answers = fullAnswers(reference100, 'greater-manchester', 12, ['core', 'partner']);
  const result = scoreOne(answers, { framework: reference100 });

  it('scores every item and theme in framework order', () => {
    expect(result.kind).toBe('organisation-score');
    expect(result.organisationId).toBe('greater-manchester');
    expect(result.respondents).toBe(12);
    expect(result.answers).toBe(answers.length);
    expect(result.unscoredReason).toBeNull();
    expect(result.items.map((entry) => entry.itemId)).toEqual(itemsOf(reference100).map((ref) => ref.item.id));
    expect(result.themes.map((entry) => entry.themeId)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
    expect(result.items[0]).toMatchObject({ themeId: 'T1', kind: 'condition' });
    expect(result.items[5]).toMatchObject({ itemId: 'T1.E1', kind: 'enabler' });
    for (const entry of result.themes) expect(entry).toMatchObject({ items: 10, scoredItems: 10, coverage: 1, sufficient: true });
  });

  it('names the method, options and framework', () => {
    expect(result.method).toEqual({
      id: 'caf-default',
      version: '1.0.0',
      options: { itemStatistic: 'mean', minCoverage: 0.5, minGroupSize: 3, minRespondents: 1, lowAgreementBelow: 0.5, maxGroupDifferences: 10 },
    });
    expect(result.framework).toEqual({ id: 'effective-cancer-alliance', version: reference100.version });
    expect(scoringMethod).toEqual({ id: 'caf-default', version: '1.0.0' });
  });

  it('returns plain, deeply frozen data that survives JSON unchanged', () => {
    expect(isDeepFrozen(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('does not mutate its arguments', () => {
    const copy = structuredClone(answers);
    const options: ScoreAnswersOptions = { framework: reference100, itemStatistic: 'median', minGroupSize: 2 };
    const optionsCopy = { ...options };
    const frozen = Object.freeze(answers.map((entry) => Object.freeze({ ...entry })));
    scoreAnswers(frozen, Object.freeze(options));
    scoreAnswers(frozen.values(), options);
    expect(answers).toEqual(copy);
    expect(options).toEqual(optionsCopy);
  });

  it('scores the groups and their differences', () => {
    expect(result.groups.map((group) => [group.group, group.respondents, group.suppressed, group.items.length, group.themes.length])).toEqual([
      ['core', 6, false, 80, 8],
      ['partner', 6, false, 80, 8],
    ]);
    expect(result.groupDifferences.length).toBe(10);
    for (let k = 1; k < result.groupDifferences.length; k++) {
      expect(result.groupDifferences[k - 1]!.difference).toBeGreaterThanOrEqual(result.groupDifferences[k]!.difference);
    }
  });
});

describe('scoreAnswers', () => {
  it('scores every organisation in id order, each as if alone', () => {
    const answers = [...fullAnswers(docsFramework, 'zeta', 3), ...fullAnswers(docsFramework, 'alpha', 4, ['a', 'b']), ...fullAnswers(docsFramework, 'Mu', 2)];
    const all = scoreAnswers(answers, { framework: docsFramework });
    expect(all.kind).toBe('assessment-scores');
    // Code-unit order: upper case before lower case.
    expect(all.organisations.map((entry) => entry.organisationId)).toEqual(['Mu', 'alpha', 'zeta']);
    for (const organisation of all.organisations) {
      expect(organisation).toEqual(scoreOne(answers, { framework: docsFramework, organisationId: organisation.organisationId }));
      expect(organisation).toEqual(
        scoreOne(
          answers.filter((entry) => entry.organisationId === organisation.organisationId),
          { framework: docsFramework },
        ),
      );
    }
    expect(all.method).toEqual(all.organisations[0]!.method);
    expect(isDeepFrozen(all)).toBe(true);
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });

  it('reads interleaved organisations and respondents', () => {
    const answers = [...fullAnswers(docsFramework, 'a', 3, ['g']), ...fullAnswers(docsFramework, 'b', 4)];
    const interleaved = answers
      .map((entry, k) => ({ entry, key: (k * 7919) % answers.length }))
      .sort((x, y) => x.key - y.key)
      .map((x) => x.entry);
    expect(scoreAnswers(interleaved, { framework: docsFramework })).toEqual(scoreAnswers(answers, { framework: docsFramework }));
  });

  it('gives no organisations for no answers', () => {
    expect(scoreAnswers([], { framework: docsFramework }).organisations).toEqual([]);
    expect(scoreAnswers(new Set<Answer>(), { framework: docsFramework }).organisations).toEqual([]);
  });

  it('takes any iterable of answers, and gives what it gives for the array', () => {
    const answers = [...fullAnswers(docsFramework, 'a', 3, ['g']), ...fullAnswers(docsFramework, 'b', 4)];
    const expected = scoreAnswers(answers, { framework: docsFramework });
    function* generated(): Generator<Answer> {
      yield* answers;
    }
    expect(scoreAnswers(generated(), { framework: docsFramework })).toEqual(expected);
    expect(scoreAnswers(new Set(answers), { framework: docsFramework })).toEqual(expected);
    expect(scoreAnswers(new Map(answers.map((entry, k) => [k, entry])).values(), { framework: docsFramework })).toEqual(expected);
  });

  it('refuses organisationId, which is not an option, as any unknown option', () => {
    expect(() => scoreAnswers([], { framework: docsFramework, organisationId: 'a' } as ScoreAnswersOptions)).toThrow(RangeError);
    expect(() => scoreAnswers([], { framework: docsFramework, organisationId: 'a' } as ScoreAnswersOptions)).toThrow(
      new RangeError(
        'scoreAnswers: unknown option "organisationId"; the options are framework, itemStatistic, minCoverage, minGroupSize, minRespondents, lowAgreementBelow, maxGroupDifferences',
      ),
    );
  });
});

describe('input errors name the first offending answer', () => {
  const ok = answer('a', 'r1', 'T1.C1', 3);

  it('an item not in the framework', () => {
    expect(() => scoreAnswers([ok, answer('a', 'r1', 'T9.C1', 3)], { framework: docsFramework })).toThrow(
      /^scoreAnswers: answers\[1\] \(organisation "a", respondent "r1", item "T9.C1"\) names an item that is not in the framework "docs-example"/,
    );
    // Every answer is read, whatever its organisation.
    const withBad = [answer('other', 'r1', 'NOT.AN.ITEM', 3), answer('a', 'r1', 'T1.C1', 4)];
    expect(() => scoreAnswers(withBad, { framework: docsFramework })).toThrow(/^scoreAnswers: answers\[0\] \(organisation "other"/);
  });

  it('a value not on the scale', () => {
    for (const value of [7, 0, 2.5, -1]) {
      expect(() => scoreAnswers([ok, answer('a', 'r2', 'T1.C1', value)], { framework: docsFramework })).toThrow(
        new RegExp(`^scoreAnswers: answers\\[1\\] .* has the value ${value}, which is not a level of the scale "test-scale" \\(1, 2, 3, 4, 5\\)`),
      );
    }
    const odd = { ...ok, answer: 'maybe' } as unknown as Answer;
    expect(() => scoreAnswers([odd], { framework: docsFramework })).toThrow(/^scoreAnswers: answers\[0\] .* has the answer "maybe"/);
  });

  it('a second answer by the same respondent to the same item', () => {
    expect(() => scoreAnswers([ok, answer('a', 'r2', 'T1.C1', 3), answer('a', 'r1', 'T1.C1', 'dont-know')], { framework: docsFramework })).toThrow(
      /^scoreAnswers: answers\[2\] .* is a second answer by the same respondent to the same item/,
    );
    // The same respondent id in another organisation is another respondent.
    expect(() => scoreAnswers([ok, answer('b', 'r1', 'T1.C1', 3)], { framework: docsFramework })).not.toThrow();
    // A new respondent's items in survey order are read without looking at their cells: a respondent that comes back,
    // or answers out of order and then in order again onto an item already answered, is still caught.
    const cases: [readonly Answer[], number][] = [
      [[ok, answer('a', 'r1', 'T1.C2', 3), answer('a', 'r2', 'T1.C1', 3), answer('a', 'r1', 'T1.C1', 4)], 3],
      [[ok, answer('a', 'r2', 'T1.C1', 3), answer('a', 'r2', 'T1.E1', 3), answer('a', 'r2', 'T1.C2', 3), answer('a', 'r2', 'T1.E1', 5)], 4],
      [[ok, answer('a', 'r2', 'T1.C1', 3), answer('a', 'r2', 'T1.C2', 3), answer('a', 'r2', 'T1.C1', 3)], 3],
      [[ok, answer('a', 'r1', 'T1.C1', 'not-applicable')], 1],
    ];
    for (const [answers, at] of cases) {
      expect(() => scoreAnswers(answers, { framework: docsFramework })).toThrow(
        new RegExp(`^scoreAnswers: answers\\[${at}\\] .* is a second answer by the same respondent to the same item`),
      );
    }
  });

  it('a respondent in two groups, or in a group and none', () => {
    expect(() => scoreAnswers([answer('a', 'r1', 'T1.C1', 3, 'core'), answer('a', 'r1', 'T1.C2', 3, 'partner')], { framework: docsFramework })).toThrow(
      /^scoreAnswers: answers\[1\] .* puts the respondent in the group "partner", but an earlier answer put them in the group "core"/,
    );
    expect(() => scoreAnswers([answer('a', 'r1', 'T1.C1', 3), answer('a', 'r1', 'T1.C2', 3, 'core')], { framework: docsFramework })).toThrow(
      /answers\[1\] .* group "core", but an earlier answer put them in no group/,
    );
  });

  it('answers that are not iterable, or not answers', () => {
    expect(() => scoreAnswers('x' as unknown as Answer[], { framework: docsFramework })).toThrow(TypeError);
    expect(() => scoreAnswers('x' as unknown as Answer[], { framework: docsFramework })).toThrow(/^scoreAnswers: answers must be an array or an iterable of answers, got "x"/);
    expect(() => scoreAnswers([ok, null] as unknown as Answer[], { framework: docsFramework })).toThrow(/^scoreAnswers: answers\[1\] must be an answer object, got null/);
  });

  it('a framework with an item id twice', () => {
    const input = structuredClone(docsFramework) as unknown as { themes: { conditionsOfSuccess: { id: string }[] }[] };
    input.themes[1]!.conditionsOfSuccess[0]!.id = 'T1.C1';
    const broken = FrameworkSchema.parse(input);
    expect(() => scoreAnswers([], { framework: broken })).toThrow(/^scoreAnswers: the framework "docs-example" has the item id "T1.C1" twice/);
  });
});

describe('options', () => {
  const answers = answersOf('a', [
    ['r1', 'g', { 'T1.C1': 1, 'T1.C2': 5 }],
    ['r2', 'g', { 'T1.C1': 5, 'T1.C2': 5 }],
  ]);

  it('are checked, each with a RangeError naming the function', () => {
    const bad: [ScoringOptions, RegExp][] = [
      [{ itemStatistic: 'mode' as 'mean' }, /^scoreAnswers: options.itemStatistic must be "mean" or "median", got "mode"/],
      [{ minCoverage: 1.5 }, /^scoreAnswers: options.minCoverage must be a number from 0 to 1, got 1.5/],
      [{ minCoverage: Number.NaN }, /options.minCoverage/],
      [{ lowAgreementBelow: -0.1 }, /^scoreAnswers: options.lowAgreementBelow must be a number from 0 to 1/],
      [{ minGroupSize: 0 }, /^scoreAnswers: options.minGroupSize must be a whole number of at least 1, got 0/],
      [{ minGroupSize: 2.5 }, /options.minGroupSize/],
      [{ minRespondents: 0 }, /options.minRespondents must be a whole number of at least 1/],
      [{ maxGroupDifferences: -1 }, /options.maxGroupDifferences must be a whole number of at least 0/],
      [{ maxGroupDifferences: Number.POSITIVE_INFINITY }, /options.maxGroupDifferences/],
      [{ minCoverge: 0.2 } as ScoringOptions, /^scoreAnswers: unknown option "minCoverge"; the options are framework, itemStatistic, minCoverage, /],
    ];
    for (const [options, message] of bad) {
      expect(() => scoreAnswers(answers, { framework: docsFramework, ...options })).toThrow(RangeError);
      expect(() => scoreAnswers(answers, { framework: docsFramework, ...options })).toThrow(message);
    }
    expect(() => scoreAnswers(answers, 3 as unknown as ScoreAnswersOptions)).toThrow(TypeError);
    expect(() => scoreAnswers(answers, 3 as unknown as ScoreAnswersOptions)).toThrow(/^scoreAnswers: options are required, with at least \{ framework \}, got 3/);
    expect(() => scoreAnswers(answers, undefined as unknown as ScoreAnswersOptions)).toThrow(/^scoreAnswers: options are required/);
    expect(() => scoreAnswers(answers, {} as ScoreAnswersOptions)).toThrow(TypeError);
    expect(() => scoreAnswers(answers, {} as ScoreAnswersOptions)).toThrow(/^scoreAnswers: options.framework is required/);
    expect(() => scoreAnswers(answers, { framework: docsFramework, minCoverage: 2 })).toThrow(/^scoreAnswers: options.minCoverage/);
  });

  it('take explicit undefined as the default', () => {
    expect(scoreOne(answers, { framework: docsFramework, itemStatistic: undefined, minCoverage: undefined })).toEqual(scoreOne(answers, { framework: docsFramework }));
  });

  it('are named in the result as used', () => {
    const result = scoreOne(answers, { framework: docsFramework, itemStatistic: 'median', minGroupSize: 2, lowAgreementBelow: 0.25, maxGroupDifferences: 3, minCoverage: 0 });
    expect(result.method.options).toEqual({
      itemStatistic: 'median',
      minCoverage: 0,
      minGroupSize: 2,
      minRespondents: 1,
      lowAgreementBelow: 0.25,
      maxGroupDifferences: 3,
    });
  });

  it('lowAgreementBelow sets when agreement is low', () => {
    // T1.C1: 1 and 5, as far apart as the scale allows: index 0. T1.C2: 5 and 5: index 1.
    const plain = scoreOne(answers, { framework: docsFramework });
    expect(item(plain, 'T1.C1').agreement).toEqual({ n: 2, sd: Math.sqrt(8), index: 0, low: true });
    expect(item(plain, 'T1.C2').agreement).toEqual({ n: 2, sd: 0, index: 1, low: false });
    expect(item(scoreOne(answers, { framework: docsFramework, lowAgreementBelow: 0 }), 'T1.C1').agreement.low).toBe(false);
    expect(item(scoreOne(answers, { framework: docsFramework, lowAgreementBelow: 1 }), 'T1.C2').agreement.low).toBe(false);
  });

  it('minCoverage 0 still needs a score to be sufficient', () => {
    const result = scoreOne(answers, { framework: docsFramework, minCoverage: 0 });
    expect(theme(result, 'T2')).toMatchObject({ score: null, coverage: 0, sufficient: false });
    expect(theme(result, 'T1').sufficient).toBe(true);
  });

  it('minGroupSize decides suppression', () => {
    expect(scoreOne(answers, { framework: docsFramework }).groups[0]).toMatchObject({ group: 'g', respondents: 2, suppressed: true, items: [], themes: [] });
    expect(scoreOne(answers, { framework: docsFramework, minGroupSize: 2 }).groups[0]).toMatchObject({ group: 'g', suppressed: false });
  });

  it('minRespondents withholds an organisation below it and scores one at it', () => {
    expect(scoreOne(answers, { framework: docsFramework, minRespondents: 2 }).unscoredReason).toBeNull();
    const withheld = scoreOne(answers, { framework: docsFramework, minRespondents: 3 });
    expect(withheld.unscoredReason).toBe('too-few-respondents');
    expect(withheld.groups).toEqual([]);
    expect(item(withheld, 'T1.C1')).toMatchObject({ n: 2, respondents: 2, score: null, sd: null, unscoredReason: 'too-few-respondents' });
    expect(item(withheld, 'T1.C1').agreement).toEqual({ n: 2, sd: null, index: null, low: false });
    expect(theme(withheld, 'T1').agreement).toEqual({ n: 2, sd: null, index: null, low: false });
  });
});

describe('agreement', () => {
  it('is null with fewer than two values, and 1 when all agree', () => {
    const result = scoreOne(
      answersOf('a', [
        ['r1', undefined, { 'T1.C1': 4, 'T2.C1': 2 }],
        ['r2', undefined, { 'T1.C1': 'dont-know', 'T2.C1': 2 }],
        ['r3', undefined, { 'T2.C1': 2 }],
      ]),
      { framework: docsFramework },
    );
    expect(item(result, 'T1.C1').agreement).toEqual({ n: 1, sd: null, index: null, low: false });
    expect(item(result, 'T1.C1').sd).toBeNull();
    expect(theme(result, 'T1').agreement).toEqual({ n: 1, sd: null, index: null, low: false });
    expect(item(result, 'T2.C1').agreement).toEqual({ n: 3, sd: 0, index: 1, low: false });
    expect(theme(result, 'T2').agreement).toEqual({ n: 3, sd: 0, index: 1, low: false });
  });

  it('is 0 when the respondents split evenly between the ends, for odd and even n', () => {
    const rows = (values: number[]) =>
      answersOf(
        'a',
        values.map((value, k) => [`r${k}`, undefined, { 'T2.C2': value }] as const),
      );
    expect(item(scoreOne(rows([1, 5, 1, 5]), { framework: docsFramework }), 'T2.C2').agreement.index).toBe(0);
    expect(item(scoreOne(rows([1, 5, 5]), { framework: docsFramework }), 'T2.C2').agreement.index).toBe(0);
    expect(item(scoreOne(rows([1, 5, 1, 5, 3]), { framework: docsFramework }), 'T2.C2').agreement.index).toBeGreaterThan(0);
  });
});

describe('groups', () => {
  const answers = answersOf('a', [
    ['c1', 'core', { 'T1.C1': 5, 'T2.C1': 4 }],
    ['c2', 'core', { 'T1.C1': 5, 'T2.C1': 4 }],
    ['c3', 'core', { 'T1.C1': 4 }],
    ['p1', 'partner', { 'T1.C1': 2, 'T2.C1': 4 }],
    ['p2', 'partner', { 'T1.C1': 2, 'T2.C1': 4 }],
    ['p3', 'partner', { 'T1.C1': 3, 'T2.C1': 4 }],
    ['b1', 'board', { 'T1.C1': 3, 'T2.C1': 1 }],
    ['b2', 'board', { 'T1.C1': 3, 'T2.C1': 1 }],
    ['b3', 'board', { 'T1.C1': 3, 'T2.C1': 1 }],
    ['x1', undefined, { 'T1.C1': 1 }],
  ]);
  const result = scoreOne(answers, { framework: docsFramework });

  it('count only their own respondents; answers without a group count for the organisation only', () => {
    expect(result.respondents).toBe(10);
    expect(item(result, 'T1.C1').score).toBe(31 / 10);
    expect(result.groups.map((group) => group.group)).toEqual(['board', 'core', 'partner']);
    const core = result.groups[1]!;
    expect(core.items.find((entry) => entry.itemId === 'T2.C1')).toMatchObject({ n: 2, respondents: 2, missing: 1, score: 4 });
    expect(core.items.find((entry) => entry.itemId === 'T1.C1')?.score).toBe(14 / 3);
  });

  it('list differences largest first, ties by theme, item, then group names', () => {
    // Theme T1 = T1.C1; theme T2 = T2.C1. Differences:
    //   core–partner: T1 14/3 − 7/3 = 7/3, T1.C1 7/3; T2 0, T2.C1 0.
    //   board–core:   T1 14/3 − 3 = 5/3, T1.C1 5/3; T2 4 − 1 = 3, T2.C1 3.
    //   board–partner: T1 3 − 7/3 = 2/3, T1.C1 2/3; T2 3, T2.C1 3.
    const rows = result.groupDifferences.map((entry) => [entry.themeId, entry.itemId, entry.higherGroup, entry.lowerGroup, entry.difference]);
    expect(rows).toEqual([
      ['T2', null, 'core', 'board', 3],
      ['T2', null, 'partner', 'board', 3],
      ['T2', 'T2.C1', 'core', 'board', 3],
      ['T2', 'T2.C1', 'partner', 'board', 3],
      ['T1', null, 'core', 'partner', 14 / 3 - 7 / 3],
      ['T1', 'T1.C1', 'core', 'partner', 14 / 3 - 7 / 3],
      ['T1', null, 'core', 'board', 14 / 3 - 3],
      ['T1', 'T1.C1', 'core', 'board', 14 / 3 - 3],
      ['T1', null, 'board', 'partner', 3 - 7 / 3],
      ['T1', 'T1.C1', 'board', 'partner', 3 - 7 / 3],
    ]);
    for (const entry of result.groupDifferences) expect(entry.difference).toBe(entry.higherScore - entry.lowerScore);
  });

  it('keep maxGroupDifferences of them, and call the first by name higher on equal scores', () => {
    const all = scoreOne(answers, { framework: docsFramework, maxGroupDifferences: 100 }).groupDifferences;
    expect(all.length).toBe(12);
    expect(all.slice(-2)).toEqual([
      { themeId: 'T2', itemId: null, higherGroup: 'core', lowerGroup: 'partner', higherScore: 4, lowerScore: 4, difference: 0 },
      { themeId: 'T2', itemId: 'T2.C1', higherGroup: 'core', lowerGroup: 'partner', higherScore: 4, lowerScore: 4, difference: 0 },
    ]);
    expect(scoreOne(answers, { framework: docsFramework, maxGroupDifferences: 3 }).groupDifferences).toEqual(all.slice(0, 3));
    expect(scoreOne(answers, { framework: docsFramework, maxGroupDifferences: 0 }).groupDifferences).toEqual([]);
  });

  it('leave out suppressed groups', () => {
    const some = scoreOne(
      answers.filter((entry) => entry.respondentId !== 'b3'),
      { framework: docsFramework },
    );
    expect(some.groups[0]).toMatchObject({ group: 'board', respondents: 2, suppressed: true });
    expect(some.groupDifferences.every((entry) => entry.higherGroup !== 'board' && entry.lowerGroup !== 'board')).toBe(true);
  });
});

describe('frameworks of other shapes', () => {
  it('seven themes on a four-level scale 0..3', () => {
    const answers = fullAnswers(fourLevelFramework, 'a', 5, ['x']);
    const result = scoreOne(answers, { framework: fourLevelFramework });
    expect(result.themes.length).toBe(7);
    expect(result.items.length).toBe(35);
    for (const entry of result.items) {
      expect(entry.score).not.toBeNull();
      expect(entry.score!).toBeGreaterThanOrEqual(0);
      expect(entry.score!).toBeLessThanOrEqual(3);
      expect([0, 1, 2, 3]).toContain(entry.level);
    }
    expect(() => scoreOne([answer('a', 'r', 'T1.C1', 4)], { framework: fourLevelFramework })).toThrow(/\(0, 1, 2, 3\)/);
  });

  it('a scale whose values are not consecutive, and listed out of order', () => {
    const framework = makeFramework({ themes: 1, conditions: 1, enablers: 1, levels: [100, 0, 50] });
    const result = scoreOne(
      answersOf('a', [
        ['r1', undefined, { 'T1.C1': 0, 'T1.E1': 50 }],
        ['r2', undefined, { 'T1.C1': 100, 'T1.E1': 50 }],
        ['r3', undefined, { 'T1.C1': 100, 'T1.E1': 100 }],
      ]),
      { framework },
    );
    expect(item(result, 'T1.C1')).toMatchObject({ mean: 200 / 3, median: 100, min: 0, max: 100, level: 50 });
    // Respondents' theme scores: 25, 75, 100; two values at 0 and 100 and one anywhere reach s_max only at the ends.
    expect(item(result, 'T1.C1').agreement.index).toBe(0);
    expect(theme(result, 'T1').score).toBe((200 / 3 + 200 / 3) / 2);
    expect(() => scoreOne([answer('a', 'r', 'T1.C1', 25)], { framework })).toThrow(/\(0, 50, 100\)/);
  });

  it('a scale with negative values, and a level of -0', () => {
    const framework = makeFramework({ themes: 1, conditions: 2, enablers: 0, levels: [-2, -1, -0, 1, 2] });
    const result = scoreOne(
      answersOf('a', [
        ['r1', undefined, { 'T1.C1': -2, 'T1.C2': 0 }],
        ['r2', undefined, { 'T1.C1': 2, 'T1.C2': -0 }],
      ]),
      { framework },
    );
    expect(item(result, 'T1.C1')).toMatchObject({ mean: 0, median: 0, level: 0, min: -2, max: 2 });
    expect(Object.is(item(result, 'T1.C2').mean, 0)).toBe(true);
    expect(Object.is(item(result, 'T1.C2').level, 0)).toBe(true);
    // Every value the level -0 gives is +0: -0 would read back from JSON as 0.
    const zeros = item(result, 'T1.C2');
    expect([zeros.min, zeros.max, zeros.median, theme(result, 'T1').conditionsScore].map((value) => Object.is(value, 0))).toEqual([true, true, true, true]);
    expect(theme(result, 'T1').enablersScore).toBeNull();
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('a scale of more than 252 levels', () => {
    const framework = makeFramework({ themes: 1, conditions: 1, enablers: 0, levels: Array.from({ length: 300 }, (_, k) => k) });
    const result = scoreOne(
      answersOf('a', [
        ['r1', undefined, { 'T1.C1': 0 }],
        ['r2', undefined, { 'T1.C1': 299 }],
      ]),
      { framework },
    );
    expect(item(result, 'T1.C1')).toMatchObject({ mean: 149.5, median: 149.5, level: 150, min: 0, max: 299 });
  });

  it('a theme with its own scale, and a theme with no items', () => {
    const input = structuredClone(docsFramework) as unknown as { scales: unknown[]; themes: Record<string, unknown>[] };
    input.scales.push({
      id: 'four',
      title: 'Four',
      levels: [0, 1, 2, 3].map((value) => ({ value, label: `L${value}`, descriptor: `Level ${value}.` })),
    });
    input.themes[1]!['scale'] = 'four';
    input.themes.push({ id: 'T3', title: 'Empty', whatGoodLooksLike: 'Nothing.', conditionsOfSuccess: [], enablingFactors: [] });
    const framework = FrameworkSchema.parse(input);
    const result = scoreOne(
      answersOf('a', [
        ['r1', undefined, { 'T1.C1': 5, 'T2.C1': 0 }],
        ['r2', undefined, { 'T1.C1': 1, 'T2.C1': 3 }],
      ]),
      { framework },
    );
    expect(item(result, 'T1.C1').agreement.index).toBe(0); // 1 and 5 on 1..5
    expect(item(result, 'T2.C1').agreement.index).toBe(0); // 0 and 3 on 0..3
    expect(item(result, 'T2.C1').level).toBe(2); // 1.5 → 2
    expect(theme(result, 'T3')).toMatchObject({ items: 0, scoredItems: 0, coverage: 0, score: null, level: null, sufficient: false });
    expect(() => scoreOne([answer('a', 'r', 'T2.C1', 5)], { framework })).toThrow(/scale "four" \(0, 1, 2, 3\)/);
  });
});
