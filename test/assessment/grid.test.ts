import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerGridOf, scoreAnswerGrid } from '../../src/assessment/grid.js';
import { parseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { scoreAnswers } from '../../src/assessment/score.js';
import { parseFramework } from '../../src/framework/parse.js';
import { FrameworkSchema, type Framework } from '../../src/framework/schema.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { referenceFramework, sevenThemeFramework } from './fixtures/frameworks.js';
import { answer, docsFramework, makeFramework } from './score-fixtures.js';

const sample = () => {
  const framework = referenceFramework();
  const { answers } = parseAnswersCsv(readFileSync('examples/sample/answers-2023-24.csv', 'utf8'), { framework });
  return { framework, answers };
};

describe('answerGridOf', () => {
  it('describes what it holds: the organisations in id order with their respondents and answers, frozen', () => {
    const answers = [
      answer('b-org', 'r1', 'T1.C1', 4),
      answer('a-org', 'r1', 'T1.C1', 'dont-know'),
      answer('b-org', 'r2', 'T1.C1', 3),
      answer('b-org', 'r2', 'T1.E1', 'not-applicable'),
    ];
    const grid = answerGridOf(docsFramework, answers);
    expect(grid).toEqual({
      kind: 'answer-grid',
      framework: { id: docsFramework.id, version: docsFramework.version },
      organisations: [
        { organisationId: 'a-org', respondents: 1, answers: 1 },
        { organisationId: 'b-org', respondents: 2, answers: 3 },
      ],
      answers: 4,
    });
    expect(isDeepFrozen(grid)).toBe(true);
  });

  it('refuses what scoreAnswers refuses, naming the answer and itself', () => {
    expect(() => answerGridOf(docsFramework, 'answers' as never)).toThrow(/^answerGridOf: answers must be an array/);
    expect(() => answerGridOf(docsFramework, [answer('a', 'r1', 'T9.C9', 4)])).toThrow(/^answerGridOf: answers\[0\] .* names an item that is not in the framework/);
    expect(() => answerGridOf(docsFramework, [answer('a', 'r1', 'T1.C1', 4), answer('a', 'r1', 'T1.C1', 3)])).toThrow(/answers\[1\] .* is a second answer/);
  });
});

describe('scoreAnswerGrid', () => {
  it('gives exactly the scores of scoreAnswers on the bundled sample, with each option', { timeout: 60_000 }, () => {
    const { framework, answers } = sample();
    const grid = answerGridOf(framework, answers);
    expect(grid.answers).toBe(answers.length);
    // As docs/scoring.md §14 shows it.
    expect(grid.organisations[0]).toEqual({ organisationId: 'cheshire-and-merseyside', respondents: 15, answers: 1140 });
    for (const options of [undefined, { itemStatistic: 'median' as const }, { minCoverage: 0.9, minGroupSize: 2, maxGroupDifferences: 3 }]) {
      expect(scoreAnswerGrid(framework, grid, options)).toEqual(scoreAnswers(answers, { framework, ...options }));
    }
  });

  it('takes a copy of the framework, or a version with reworded text, but not one that codes answers differently', () => {
    const { framework, answers } = sample();
    const grid = answerGridOf(framework, answers);
    const reworded: Framework = parseFramework(readFileSync('framework-data/effective-cancer-alliance-1.0.0.yaml', 'utf8').replace(/^title: .*$/m, 'title: Reworded'));
    expect(reworded).not.toBe(framework);
    expect(reworded.title).toBe('Reworded');
    expect(scoreAnswerGrid(reworded, grid)).toEqual(scoreAnswers(answers, { framework: reworded }));
    expect(() => scoreAnswerGrid(sevenThemeFramework(), grid)).toThrow(
      /^scoreAnswerGrid: the grid was read against the framework "effective-cancer-alliance" .*; read the answers again with answerGridOf/,
    );
  });

  it('tells frameworks that code answers differently: other item ids, other scale values, another item count', () => {
    const answers = [answer('a', 'r1', 'T1.C1', 4), answer('a', 'r1', 'T1.C2', 1), answer('a', 'r2', 'T1.C1', 2), answer('a', 'r2', 'T2.E2', 5)];
    const grid = answerGridOf(docsFramework, answers);
    const shape = { themes: 2, conditions: 2, enablers: 2, levels: [1, 2, 3, 4, 5] };
    const refused = /^scoreAnswerGrid: the grid was read against the framework "docs-example" 2\.1\.0, whose items or scales differ/;
    // The same number of items (eight), other ids: three conditions and one enabler per theme.
    expect(() => scoreAnswerGrid(makeFramework({ ...shape, conditions: 3, enablers: 1 }), grid)).toThrow(refused);
    // The same items and number of levels, other values.
    expect(() => scoreAnswerGrid(makeFramework({ ...shape, levels: [0, 1, 2, 3, 4] }), grid)).toThrow(refused);
    expect(() => scoreAnswerGrid(makeFramework({ ...shape, levels: [1, 2, 3, 4, 6] }), grid)).toThrow(refused);
    // One level more or one fewer at the top: the same items, the same first values.
    expect(() => scoreAnswerGrid(makeFramework({ ...shape, levels: [1, 2, 3, 4, 5, 6] }), grid)).toThrow(refused);
    expect(() => scoreAnswerGrid(makeFramework({ ...shape, levels: [1, 2, 3, 4] }), grid)).toThrow(refused);
    // One theme more, or one fewer (the first items the same).
    expect(() => scoreAnswerGrid(makeFramework({ ...shape, themes: 3 }), grid)).toThrow(refused);
    expect(() => scoreAnswerGrid(makeFramework({ ...shape, themes: 1 }), answerGridOf(makeFramework(shape), answers.slice(0, 3)))).toThrow(/whose items or scales differ/);
    // A theme with no items codes no answers: its scale may be longer than any other.
    const input = structuredClone(docsFramework) as unknown as { scales: unknown[]; themes: Record<string, unknown>[] };
    input.scales.push({ id: 'ten', title: 'Ten', levels: Array.from({ length: 10 }, (_, k) => ({ value: k, label: `L${k}`, descriptor: `Level ${k}.` })) });
    input.themes.push({ id: 'T3', title: 'Empty', whatGoodLooksLike: 'Nothing yet.', conditionsOfSuccess: [], enablingFactors: [], scale: 'ten' });
    const withEmptyTheme = FrameworkSchema.parse(input);
    expect(scoreAnswerGrid(withEmptyTheme, grid)).toEqual(scoreAnswers(answers, { framework: withEmptyTheme }));
    // The same coding with other weights is accepted, and scored with its own weights.
    const unweighted = makeFramework(shape);
    expect(scoreAnswerGrid(unweighted, grid)).toEqual(scoreAnswers(answers, { framework: unweighted }));
    // T1: C1 scores 3 and C2 scores 1; weighted 2:1 in docsFramework, 1:1 here.
    expect(scoreAnswerGrid(docsFramework, grid).organisations[0]?.themes[0]?.conditionsScore).toBeCloseTo(7 / 3, 12);
    expect(scoreAnswerGrid(unweighted, grid).organisations[0]?.themes[0]?.conditionsScore).toBe(2);
  });

  it('refuses a look-alike grid, a copy of one, and options it cannot use', () => {
    const grid = answerGridOf(docsFramework, [answer('a', 'r1', 'T1.C1', 4)]);
    expect(() => scoreAnswerGrid(docsFramework, { ...grid })).toThrow(TypeError);
    expect(() => scoreAnswerGrid(docsFramework, JSON.parse(JSON.stringify(grid)) as typeof grid)).toThrow(/made by answerGridOf/);
    expect(() => scoreAnswerGrid(docsFramework, null as never)).toThrow(/got null$/);
    expect(() => scoreAnswerGrid(docsFramework, grid, { organisationId: 'a' } as never)).toThrow(
      new RangeError(
        'scoreAnswerGrid: unknown option "organisationId"; the options are itemStatistic, minCoverage, minGroupSize, minRespondents, lowAgreementBelow, maxGroupDifferences',
      ),
    );
    expect(() => scoreAnswerGrid(docsFramework, grid, { minCoverage: 2 })).toThrow(/^scoreAnswerGrid: options.minCoverage/);
  });

  it('scores an empty grid as no organisations', () => {
    const grid = answerGridOf(docsFramework, []);
    expect(grid.organisations).toEqual([]);
    expect(scoreAnswerGrid(docsFramework, grid).organisations).toEqual([]);
  });
});
