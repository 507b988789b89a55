import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue } from '../../src/assessment/answer.js';
import { answerGridOf, scoreAnswerGrid } from '../../src/assessment/grid.js';
import { scoreAnswers, type ScoringOptions } from '../../src/assessment/score.js';
import type { ItemScore, OrganisationScore, ThemeScore } from '../../src/assessment/score-types.js';
import { itemsOf, scaleOf } from '../../src/framework/lookup.js';
import type { Framework } from '../../src/framework/schema.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { answer, docsFramework, fourLevelFramework, makeFramework } from './score-fixtures.js';
import { scoreOne } from './helpers.js';

// The laws of docs/scoring.md §14, on random frameworks, answers and options.

type Cell = null | AnswerValue;

interface Respondent {
  readonly group: string | undefined;
  readonly cells: readonly Cell[];
}

interface Dataset {
  readonly framework: Framework;
  readonly levels: readonly number[];
  /** Organisations, each a list of respondents; respondents with no answer at all are left out of `answers`. */
  readonly organisations: readonly (readonly Respondent[])[];
  readonly answers: readonly Answer[];
  readonly options: ScoringOptions;
}

const WEIGHTS = [0.1, 0.3, 0.5, 1, 1.7, 2, 3.3];

const frameworkArb: fc.Arbitrary<Framework> = fc.oneof(
  fc.constant(docsFramework),
  fc.constant(fourLevelFramework),
  fc
    .record({
      themes: fc.integer({ min: 1, max: 3 }),
      conditions: fc.integer({ min: 1, max: 3 }),
      enablers: fc.integer({ min: 0, max: 2 }),
      levels: fc.uniqueArray(fc.integer({ min: -3, max: 7 }), { minLength: 2, maxLength: 5 }),
      weights: fc.array(fc.constantFrom(...WEIGHTS), { minLength: 15, maxLength: 15 }),
    })
    .map(({ themes, conditions, enablers, levels, weights }) =>
      makeFramework({
        themes,
        conditions,
        enablers,
        levels: [...levels].sort((a, b) => a - b),
        weight: (theme, kind, item) => weights[(theme * 5 + (kind === 'C' ? 0 : 3) + item) % weights.length]!,
      }),
    ),
);

function levelsOf(framework: Framework): number[] {
  return scaleOf(framework).levels.map((level) => level.value);
}

function toAnswers(organisations: readonly (readonly Respondent[])[], itemIds: readonly string[]): Answer[] {
  const out: Answer[] = [];
  organisations.forEach((respondents, o) => {
    respondents.forEach((respondent, r) => {
      respondent.cells.forEach((cell, i) => {
        if (cell !== null) out.push(answer(`org-${o}`, `r${r}`, itemIds[i]!, cell, respondent.group));
      });
    });
  });
  return out;
}

const datasetArb: fc.Arbitrary<Dataset> = frameworkArb.chain((framework) => {
  const levels = levelsOf(framework);
  const itemIds = itemsOf(framework).map((ref) => ref.item.id);
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant<AnswerValue>('dont-know') },
    { weight: 1, arbitrary: fc.constant<AnswerValue>('not-applicable') },
    { weight: 6, arbitrary: fc.constantFrom(...levels) },
  );
  const respondent = fc.record({
    group: fc.constantFrom(undefined, 'core', 'partner'),
    cells: fc.array(cell, { minLength: itemIds.length, maxLength: itemIds.length }),
  });
  return fc
    .record({
      organisations: fc.array(fc.array(respondent, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 3 }),
      options: fc.record({
        itemStatistic: fc.constantFrom<'mean' | 'median'>('mean', 'median'),
        minGroupSize: fc.integer({ min: 1, max: 3 }),
        maxGroupDifferences: fc.integer({ min: 0, max: 20 }),
      }),
    })
    .map(({ organisations, options }) => ({ framework, levels, organisations, answers: toAnswers(organisations, itemIds), options }));
});

/** The scores of a result, without the counts that adding a non-scoring answer changes. */
function scoresOf(result: OrganisationScore) {
  const item = (entry: ItemScore) => ({
    itemId: entry.itemId,
    n: entry.n,
    score: entry.score,
    mean: entry.mean,
    median: entry.median,
    sd: entry.sd,
    min: entry.min,
    max: entry.max,
    level: entry.level,
    agreement: entry.agreement,
  });
  const theme = (entry: ThemeScore) => ({ ...entry });
  return {
    respondents: result.respondents,
    unscoredReason: result.unscoredReason,
    items: result.items.map(item),
    themes: result.themes.map(theme),
    groups: result.groups.map((group) => ({ ...group, items: group.items.map(item) })),
    groupDifferences: result.groupDifferences,
  };
}

/** Every item and theme score of an organisation and its groups, in a fixed order. */
function allScores(result: OrganisationScore): (number | null)[] {
  const out: (number | null)[] = [];
  const units = [{ items: result.items, themes: result.themes }, ...result.groups];
  for (const unit of units) {
    for (const entry of unit.items) out.push(entry.score, entry.mean, entry.median, entry.min, entry.max, entry.level);
    for (const entry of unit.themes) out.push(entry.score, entry.conditionsScore, entry.enablersScore, entry.level);
  }
  return out;
}

function shuffleArb<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length });
}

describe('scoring laws', { timeout: 60_000 }, () => {
  it('shuffling the answers changes nothing', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((data) => fc.tuple(fc.constant(data), shuffleArb(data.answers))),
        ([data, shuffled]) => {
          const expected = scoreAnswers(data.answers, { framework: data.framework, ...data.options });
          expect(scoreAnswers(shuffled, { framework: data.framework, ...data.options })).toEqual(expected);
          // The same answers from an iterable that is not an array.
          expect(scoreAnswers(new Set(shuffled), { framework: data.framework, ...data.options })).toEqual(expected);
        },
      ),
    );
  });

  it('relabelling the respondents changes nothing', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((data) => fc.tuple(fc.constant(data), shuffleArb(Array.from({ length: 7 }, (_, k) => k)))),
        ([data, permutation]) => {
          const relabelled = data.answers.map((entry) => {
            const k = Number(entry.respondentId.slice(1));
            return { ...entry, respondentId: `r${permutation[k]}` } as Answer;
          });
          expect(scoreAnswers(relabelled, { framework: data.framework, ...data.options })).toEqual(scoreAnswers(data.answers, { framework: data.framework, ...data.options }));
        },
      ),
    );
  });

  it("adding don't-know or not-applicable answers changes no score", () => {
    fc.assert(
      fc.property(
        datasetArb.chain((data) =>
          fc.tuple(fc.constant(data), fc.array(fc.tuple(fc.nat(), fc.constantFrom<AnswerValue>('dont-know', 'not-applicable')), { minLength: 1, maxLength: 10 })),
        ),
        ([data, additions]) => {
          const itemIds = itemsOf(data.framework).map((ref) => ref.item.id);
          // Fill empty cells of respondents who already answered something (so no respondent is added).
          const empty: { o: number; r: number; i: number }[] = [];
          data.organisations.forEach((respondents, o) =>
            respondents.forEach((respondent, r) => {
              if (respondent.cells.every((value) => value === null)) return;
              respondent.cells.forEach((value, i) => {
                if (value === null) empty.push({ o, r, i });
              });
            }),
          );
          fc.pre(empty.length > 0);
          const extra = new Map<string, Answer>();
          for (const [pick, value] of additions) {
            const { o, r, i } = empty[pick % empty.length]!;
            const group = data.organisations[o]![r]!.group;
            extra.set(`${o}/${r}/${i}`, answer(`org-${o}`, `r${r}`, itemIds[i]!, value, group));
          }
          const before = scoreAnswers(data.answers, { framework: data.framework, ...data.options });
          const after = scoreAnswers([...data.answers, ...extra.values()], { framework: data.framework, ...data.options });
          expect(after.organisations.map(scoresOf)).toEqual(before.organisations.map(scoresOf));
        },
      ),
    );
  });

  it('raising one answer never lowers any score', () => {
    fc.assert(
      fc.property(datasetArb, fc.nat(), fc.nat(), (data, pick, step) => {
        const top = data.levels[data.levels.length - 1]!;
        const raisable = data.answers.map((entry, k) => [entry, k] as const).filter(([entry]) => typeof entry.answer === 'number' && entry.answer < top);
        fc.pre(raisable.length > 0);
        const [chosen, at] = raisable[pick % raisable.length]!;
        const higher = data.levels.filter((value) => value > (chosen.answer as number));
        const raised = data.answers.map((entry, k) => (k === at ? { ...entry, answer: higher[step % higher.length]! } : entry));
        const before = scoreAnswers(data.answers, { framework: data.framework, ...data.options });
        const after = scoreAnswers(raised, { framework: data.framework, ...data.options });
        const lowered: string[] = [];
        before.organisations.forEach((organisation, o) => {
          const was = allScores(organisation);
          const now = allScores(after.organisations[o]!);
          if (now.length !== was.length) lowered.push(`${organisation.organisationId}: shape`);
          was.forEach((value, k) => {
            const next = now[k];
            if (value === null ? next !== null : next === null || next === undefined || next < value) {
              lowered.push(`${organisation.organisationId} #${k}: ${value} -> ${next}`);
            }
          });
        });
        expect(lowered).toEqual([]);
      }),
    );
  });

  it('every score stays within the scale, and every agreement index within [0, 1]', () => {
    fc.assert(
      fc.property(datasetArb, (data) => {
        const min = data.levels[0]!;
        const max = data.levels[data.levels.length - 1]!;
        // Collect what breaks a law, then expect none: one expect per run keeps the test quick.
        const broken: string[] = [];
        const check = (ok: boolean, what: string) => {
          if (!ok) broken.push(what);
        };
        const inScale = (value: number | null, what: string) => check(value === null || (value >= min && value <= max), what);
        const agreementOk = (agreement: { n: number; sd: number | null; index: number | null; low: boolean }, what: string) => {
          if (agreement.n < 2) check(agreement.sd === null && agreement.index === null && !agreement.low, `${what}: agreement with n < 2`);
          check(agreement.sd === null || agreement.sd >= 0, `${what}: sd`);
          check(agreement.index === null || (agreement.index >= 0 && agreement.index <= 1), `${what}: index`);
        };
        for (const organisation of scoreAnswers(data.answers, { framework: data.framework, ...data.options }).organisations) {
          for (const unit of [organisation, ...organisation.groups]) {
            for (const entry of unit.items) {
              const what = `${organisation.organisationId} ${entry.itemId}`;
              for (const value of [entry.score, entry.mean, entry.median, entry.min, entry.max]) inScale(value, what);
              check(entry.level === null || data.levels.includes(entry.level), `${what}: level`);
              if (entry.n > 0) {
                check(entry.min! <= entry.median! && entry.median! <= entry.max!, `${what}: median`);
                check(entry.min! <= entry.mean! && entry.mean! <= entry.max!, `${what}: mean`);
              }
              check((entry.score === null) === (entry.unscoredReason !== null), `${what}: unscoredReason`);
              check(entry.n + entry.dontKnow + entry.notApplicable === entry.respondents, `${what}: counts`);
              agreementOk(entry.agreement, what);
            }
            for (const entry of unit.themes) {
              const what = `${organisation.organisationId} ${entry.themeId}`;
              for (const value of [entry.score, entry.conditionsScore, entry.enablersScore]) inScale(value, what);
              check(entry.level === null || data.levels.includes(entry.level), `${what}: level`);
              check(entry.coverage >= 0 && entry.coverage <= 1, `${what}: coverage`);
              agreementOk(entry.agreement, what);
            }
          }
          for (const difference of organisation.groupDifferences) {
            check(difference.difference >= 0, 'difference >= 0');
            check(difference.difference === difference.higherScore - difference.lowerScore, 'difference = higher - lower');
          }
          check(organisation.groupDifferences.length <= (data.options.maxGroupDifferences ?? 10), 'maxGroupDifferences');
        }
        expect(broken).toEqual([]);
      }),
    );
  });

  it('scoring organisations together equals scoring each alone', () => {
    fc.assert(
      fc.property(datasetArb, (data) => {
        const together = scoreAnswers(data.answers, { framework: data.framework, ...data.options });
        for (const organisation of together.organisations) {
          const own = data.answers.filter((entry) => entry.organisationId === organisation.organisationId);
          expect(scoreOne(own, { framework: data.framework, ...data.options })).toEqual(organisation);
          expect(scoreOne(data.answers, { framework: data.framework, ...data.options, organisationId: organisation.organisationId })).toEqual(organisation);
        }
      }),
    );
  });

  it('scoring a grid read once equals scoring the answers, under any options, however often it is scored', () => {
    fc.assert(
      fc.property(datasetArb, datasetArb, (data, other) => {
        const grid = answerGridOf(data.framework, data.answers);
        expect(scoreAnswerGrid(data.framework, grid, data.options)).toEqual(scoreAnswers(data.answers, { framework: data.framework, ...data.options }));
        // Another set of options on the same grid, then the first again: scoring leaves the grid as it was.
        expect(scoreAnswerGrid(data.framework, grid, other.options)).toEqual(scoreAnswers(data.answers, { framework: data.framework, ...other.options }));
        expect(scoreAnswerGrid(data.framework, grid, data.options)).toEqual(scoreAnswers(data.answers, { framework: data.framework, ...data.options }));
      }),
    );
  });

  it('results are deeply frozen and survive JSON unchanged', () => {
    fc.assert(
      fc.property(datasetArb, (data) => {
        const result = scoreAnswers(data.answers, { framework: data.framework, ...data.options });
        expect(isDeepFrozen(result)).toBe(true);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 50 },
    );
  });
});
