import { describe, expect, it } from 'vitest';
import { AnalysisError, compareRounds } from '../../src/analysis/index.js';
import { financialYearOfIsoDate } from '../../src/analysis/rounds.js';
import type { AssessmentRound } from '../../src/analysis/index.js';
import { financialYearOf } from '../../src/programme/calendar.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { jsonRoundTrip, makeAssessmentScores, makeOrganisationScore, miniFramework, miniItems } from './fixtures.js';

const round = (label: string, date: string, financialYear: string, organisations: Parameters<typeof makeAssessmentScores>[1]): AssessmentRound => ({
  label,
  date,
  financialYear,
  scores: makeAssessmentScores(miniFramework, organisations),
});

const x1 = makeOrganisationScore(miniFramework, 'x', miniItems({ T1: [3, 3, 3, 3], T2: [2, 2, 2, 2] }));
const x2 = makeOrganisationScore(miniFramework, 'x', miniItems({ T1: [4, 4, 3, 3], T2: [2, null, null, null] }));
const y1 = makeOrganisationScore(miniFramework, 'y', miniItems({ T1: [3, 3, 3, 3], T2: [3, 3, 3, 3] }));
const z2 = makeOrganisationScore(miniFramework, 'z', miniItems({ T1: [3, 3, 3, 3], T2: [3, 3, 3, 3] }));

const earlier = round('2023', '2023-06-30', '2023/24', [y1, x1]);
const later = round('2024', '2024-06-28', '2024/25', [z2, x2]);

describe('financialYearOfIsoDate', () => {
  it('runs April to March and agrees with the programme calendar', () => {
    expect(financialYearOfIsoDate('2023-03-31')).toBe('2022/23');
    expect(financialYearOfIsoDate('2023-04-01')).toBe('2023/24');
    expect(financialYearOfIsoDate('1999-12-31')).toBe('1999/00');
    for (let month = 1; month <= 12; month++) {
      const date = `2024-${String(month).padStart(2, '0')}-15`;
      expect(financialYearOfIsoDate(date)).toBe(financialYearOf(new Date(2024, month - 1, 15)));
    }
    expect(financialYearOfIsoDate('2023-02-30')).toBeNull();
    expect(financialYearOfIsoDate('2023-4-1')).toBeNull();
    expect(financialYearOfIsoDate('2023/04/01')).toBeNull();
  });
});

describe('compareRounds', () => {
  it('matches the same framework id for id and gives the change of each theme and item', () => {
    const comparison = compareRounds(earlier, later);
    expect(comparison.onlyEarlier).toEqual(['y']);
    expect(comparison.onlyLater).toEqual(['z']);
    expect(comparison.organisations.map((o) => o.organisationId)).toEqual(['x']);
    const [t1, t2] = comparison.organisations[0]?.themes ?? [];
    // T1: 3.0 -> (4 + 4 + 3 + 3)/4 = 3.5
    expect(t1).toEqual({
      status: 'matched',
      earlierId: 'T1',
      laterId: 'T1',
      earlier: { score: 3, level: 3, sufficient: true },
      later: { score: 3.5, level: 4, sufficient: true },
      change: 0.5,
      levelChange: 1,
      comparable: true,
      // The hand-made scores keep no respondents' theme scores, so there is nothing to resample.
      interval: null,
      clear: false,
    });
    // T2: 2.0 -> 2 on one item of four: insufficient, so the change is shown but not comparable.
    expect(t2).toMatchObject({ change: 0, comparable: false });
    const items = comparison.organisations[0]?.items ?? [];
    expect(items.map((item) => [item.laterId, item.change])).toEqual([
      ['T1.C1', 1],
      ['T1.C2', 1],
      ['T1.E1', 0],
      ['T1.E2', 0],
      ['T2.C1', 0],
      ['T2.C2', null],
      ['T2.E1', null],
      ['T2.E2', null],
    ]);
    expect(items[5]).toMatchObject({ status: 'matched', comparable: false, later: { score: null, level: null, sufficient: false } });
    expect(comparison.earlier).toEqual({ label: '2023', date: '2023-06-30', financialYear: '2023/24', framework: { id: 'mini-framework', version: '1.0.0' } });
    expect(comparison.method).toEqual({
      id: 'analysis.compare-rounds',
      version: '1.1.0',
      options: { itemMapping: {}, themeMapping: {}, interval: 'bootstrap-percentile', replicates: 1000, seed: 20230401, confidence: 0.95, generator: 'mulberry32' },
    });
  });

  it('renames themes through a mapping, and marks unmatched ones new and dropped', () => {
    const comparison = compareRounds(earlier, later, { themeMapping: { T1: 'T2', T2: null } });
    const themes = comparison.organisations[0]?.themes ?? [];
    expect(themes.map((theme) => [theme.status, theme.earlierId, theme.laterId, theme.change])).toEqual([
      ['new', null, 'T1', null],
      ['matched', 'T1', 'T2', 2 - 3],
      ['dropped', 'T2', null, null],
    ]);
  });

  it('rejects mappings that name unknown ids or map two ids to one', () => {
    expect(() => compareRounds(earlier, later, { itemMapping: { 'T9.C1': 'T1.C1' } })).toThrow(
      /^compareRounds: options.itemMapping maps "T9.C1", which the earlier round does not have/,
    );
    expect(() => compareRounds(earlier, later, { itemMapping: { 'T1.C1': 'T9.C1' } })).toThrow(/which the later round does not have/);
    // T1.C2 -> T1.C1 collides with T1.C1 matching itself.
    expect(() => compareRounds(earlier, later, { itemMapping: { 'T1.C2': 'T1.C1' } })).toThrow(/^compareRounds: both "T1.C1" and "T1.C2" would match "T1.C1"/);
    expect(() => compareRounds(earlier, later, { itemMapping: { 'T1.C1': 3 as never } })).toThrow(TypeError);
    expect(() => compareRounds(earlier, later, { themeMapping: [] as never })).toThrow(TypeError);
  });

  it('rejects dates that are not dates, financial years that do not match, and rounds out of order', () => {
    const issues = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof AnalysisError) return error.issues.map((issue) => [issue.code, issue.location.path?.join('.')]);
        throw error;
      }
      return [];
    };
    expect(issues(() => compareRounds({ ...earlier, date: '2023-02-30' }, { ...later, financialYear: '2023/24' }))).toEqual([
      ['invalid-round-date', 'earlier.date'],
      ['financial-year-mismatch', 'later.financialYear'],
    ]);
    expect(issues(() => compareRounds(later, earlier))).toEqual([['rounds-out-of-order', 'earlier.date']]);
    expect(() => compareRounds(earlier, { ...later, financialYear: '2024-25' })).toThrow(
      /the later round's financial year "2024-25" does not match its date \(2024-06-28\)\n {4}hint: NHS financial years run April to March, so it should be "2024\/25"\./,
    );
    expect(() => compareRounds({ ...earlier, label: '' }, later)).toThrow(/^compareRounds: earlier.label must be a non-empty text/);
    expect(() => compareRounds(earlier, { ...later, scores: {} as never })).toThrow(/^compareRounds: later.scores must be AssessmentScores/);
  });

  it('is frozen, JSON-safe and does not change its inputs', () => {
    const before = JSON.stringify([earlier, later]);
    const comparison = compareRounds(earlier, later, { itemMapping: { 'T1.E2': null } });
    expect(JSON.stringify([earlier, later])).toBe(before);
    expect(isDeepFrozen(comparison)).toBe(true);
    expect(jsonRoundTrip(comparison)).toEqual(comparison);
  });
});

describe('compareRounds: shapes, messages and edges', () => {
  it('names the round and the field that is not shaped as it should be', () => {
    expect(() => compareRounds(null as never, later)).toThrow(new TypeError('compareRounds: earlier must be an AssessmentRound { label, date, financialYear, scores }'));
    expect(() => compareRounds(earlier, 'x' as never)).toThrow(new TypeError('compareRounds: later must be an AssessmentRound { label, date, financialYear, scores }'));
    expect(() => compareRounds(earlier, { ...later, label: '   ' })).toThrow(new TypeError('compareRounds: later.label must be a non-empty text, e.g. "2023 self-assessment"'));
    expect(() => compareRounds(earlier, { ...later, label: 2024 as never })).toThrow(TypeError);
    const texts = new TypeError('compareRounds: later.date and later.financialYear must be texts, e.g. "2023-06-30" and "2023/24"');
    expect(() => compareRounds(earlier, { ...later, date: 20240628 as never })).toThrow(texts);
    expect(() => compareRounds(earlier, { ...later, financialYear: 2024 as never })).toThrow(texts);
    expect(() => compareRounds({ ...earlier, scores: undefined as never }, later)).toThrow(
      new TypeError('compareRounds: earlier.scores must be AssessmentScores from scoreAnswers'),
    );
    const options = new TypeError('compareRounds: options must be an object { itemMapping?, themeMapping?, replicates?, seed? }');
    expect(() => compareRounds(earlier, later, null as never)).toThrow(options);
    expect(() => compareRounds(earlier, later, 'T1' as never)).toThrow(options);
  });

  it('checks each mapping and each id it maps to', () => {
    expect(() => compareRounds(earlier, later, { itemMapping: null as never })).toThrow(
      new TypeError('compareRounds: options.itemMapping must be an object from earlier ids to later ids (or null)'),
    );
    expect(() => compareRounds(earlier, later, { themeMapping: 'T1' as never })).toThrow(
      new TypeError('compareRounds: options.themeMapping must be an object from earlier ids to later ids (or null)'),
    );
    expect(() => compareRounds(earlier, later, { themeMapping: { T1: 2 as never } })).toThrow(
      new TypeError('compareRounds: options.themeMapping["T1"] must be a later id or null'),
    );
    expect(() => compareRounds(earlier, later, { themeMapping: { T1: 'T3' } })).toThrow(
      new RangeError('compareRounds: options.themeMapping maps "T1" to "T3", which the later round does not have; map to a later id or null'),
    );
    expect(() => compareRounds(earlier, later, { themeMapping: { T3: 'T1' } })).toThrow(
      new RangeError('compareRounds: options.themeMapping maps "T3", which the earlier round does not have; map only earlier ids'),
    );
    expect(() => compareRounds(earlier, later, { themeMapping: { T1: 'T2', T2: 'T2' } })).toThrow(
      new RangeError('compareRounds: both "T1" and "T2" would match "T2" in the later round; options.themeMapping must map at most one earlier id to each later id'),
    );
    // Mapping an earlier id to null is allowed, and records the mapping as used.
    expect(compareRounds(earlier, later, { themeMapping: { T2: null } }).method.options).toMatchObject({ itemMapping: {}, themeMapping: { T2: null } });
  });

  it('cannot check a mapping against a round with no organisations, and compares nothing then', () => {
    const empty = round('2024', '2024-06-28', '2024/25', []);
    const comparison = compareRounds(earlier, empty, { themeMapping: { T1: 'T9' } });
    expect(comparison.organisations).toEqual([]);
    expect(comparison.onlyEarlier).toEqual(['x', 'y']);
    expect(comparison.onlyLater).toEqual([]);
    expect(comparison.later.framework).toEqual({ id: 'mini-framework', version: '1.0.0' });
    const fromEmpty = compareRounds(round('2023', '2023-06-30', '2023/24', []), later, { themeMapping: { T9: 'T1' } });
    expect(fromEmpty.onlyLater).toEqual(['x', 'z']);
  });

  it('accepts two rounds on the same date, and says which date comes first when they are out of order', () => {
    expect(compareRounds(earlier, { ...later, date: '2023-06-30', financialYear: '2023/24' }).organisations).toHaveLength(1);
    expect(() => compareRounds({ ...earlier, date: '2023-07-01' }, { ...later, date: '2023-06-30', financialYear: '2023/24' })).toThrow(
      /the earlier round \(2023-07-01\) is dated after the later round \(2023-06-30\)\n {4}hint: Pass the rounds oldest first\./,
    );
    expect(() => compareRounds({ ...earlier, date: '30/06/2023' }, later)).toThrow(
      /"30\/06\/2023" is not a date written yyyy-mm-dd\n {4}hint: Write the date as yyyy-mm-dd, e.g. 2023-03-31\./,
    );
    // A date that is not a real date stops the order check: only the date is reported.
    try {
      compareRounds({ ...earlier, date: '2025-13-01' }, later);
      expect.unreachable();
    } catch (error) {
      expect((error as AnalysisError).issues.map((issue) => issue.code)).toEqual(['invalid-round-date']);
      expect((error as AnalysisError).message).toMatch(/^compareRounds: the rounds are not valid:/);
    }
  });

  it('gives no level change when a level is missing, and marks dropped items', () => {
    const before = makeOrganisationScore(miniFramework, 'x', miniItems({ T1: [3, 3, 3, 3], T2: [2, 2, 2, 2] }));
    const after = makeOrganisationScore(miniFramework, 'x', miniItems({ T1: [4, 3, 3, 3], T2: [2, 2, 2, 2] }), {
      themes: { T1: { level: null } },
    });
    const comparison = compareRounds(round('a', '2023-06-30', '2023/24', [before]), round('b', '2024-06-28', '2024/25', [after]), {
      itemMapping: { 'T1.E2': null },
    });
    const [t1] = comparison.organisations[0]?.themes ?? [];
    // T1: 3 -> 3.25, but the later level is missing.
    expect(t1).toMatchObject({ change: 0.25, levelChange: null, comparable: true });
    const items = comparison.organisations[0]?.items ?? [];
    expect(items.map((item) => [item.status, item.earlierId, item.laterId])).toEqual([
      ['matched', 'T1.C1', 'T1.C1'],
      ['matched', 'T1.C2', 'T1.C2'],
      ['matched', 'T1.E1', 'T1.E1'],
      ['new', null, 'T1.E2'],
      ['matched', 'T2.C1', 'T2.C1'],
      ['matched', 'T2.C2', 'T2.C2'],
      ['matched', 'T2.E1', 'T2.E1'],
      ['matched', 'T2.E2', 'T2.E2'],
      ['dropped', 'T1.E2', null],
    ]);
    expect(items[8]).toEqual({
      status: 'dropped',
      earlierId: 'T1.E2',
      laterId: null,
      earlier: { score: 3, level: 3, sufficient: true },
      later: null,
      change: null,
      levelChange: null,
      comparable: false,
      interval: null,
      clear: false,
    });
    expect(items[3]).toMatchObject({ earlier: null, later: { score: 3, level: 3, sufficient: true }, change: null, comparable: false });
    expect(items[0]).toMatchObject({ change: 1, levelChange: 1, comparable: true });
  });
});

describe('compareRounds: a score or level missing in the earlier round, and rounds in any order', () => {
  it('gives no change when the earlier score or level is missing', () => {
    // x answered nothing on T2 in the earlier round, everything in the later one.
    const before = makeOrganisationScore(miniFramework, 'x', miniItems({ T1: [3, 3, 3, 3], T2: [null, null, null, null] }), {
      themes: { T1: { level: null } },
    });
    const after = makeOrganisationScore(miniFramework, 'x', miniItems({ T1: [4, 4, 4, 4], T2: [2, 2, 2, 2] }));
    const comparison = compareRounds(round('a', '2023-06-30', '2023/24', [before]), round('b', '2024-06-28', '2024/25', [after]));
    expect(comparison.kind).toBe('round-comparison');
    const [t1, t2] = comparison.organisations[0]?.themes ?? [];
    // T1: 3 -> 4, but the earlier level is missing: a change, no level change.
    expect(t1).toMatchObject({ change: 1, levelChange: null, comparable: true });
    // T2: no earlier score: neither change nor level change.
    expect(t2).toMatchObject({ earlier: { score: null, level: null, sufficient: false }, change: null, levelChange: null, comparable: false });
    expect(comparison.organisations[0]?.items[4]).toMatchObject({ earlierId: 'T2.C1', change: null, levelChange: null, comparable: false });
  });

  it('lists organisations in id order whatever the order of the scores', () => {
    const y2 = makeOrganisationScore(miniFramework, 'y', miniItems({ T1: [4, 4, 4, 4], T2: [3, 3, 3, 3] }));
    const unsorted = (label: string, date: string, financialYear: string, organisations: Parameters<typeof makeAssessmentScores>[1]): AssessmentRound => ({
      label,
      date,
      financialYear,
      scores: { ...makeAssessmentScores(miniFramework, organisations), organisations },
    });
    const comparison = compareRounds(unsorted('2023', '2023-06-30', '2023/24', [y1, x1]), unsorted('2024', '2024-06-28', '2024/25', [y2, x2]));
    expect(comparison.organisations.map((o) => o.organisationId)).toEqual(['x', 'y']);
  });

  it('says a label that is not text must be a non-empty text', () => {
    expect(() => compareRounds(earlier, { ...later, label: 2024 as never })).toThrow(
      new TypeError('compareRounds: later.label must be a non-empty text, e.g. "2023 self-assessment"'),
    );
  });
});

describe('compareRounds: the interval of a change (docs/analysis.md §8, worked by hand)', () => {
  // Two respondents in each round. T1: earlier 2 and 2 (score 2), later 3 and 4 (score 3.5): change +1.5. A resample
  // of the earlier round is always 2; of the later round 3 (both draws 3: 1/4), 3.5 (1/2) or 4 (1/4). So a replicate
  // is 1, 1.5 or 2 with chances 1/4, 1/2 and 1/4, and of 1,000 replicates far more than the 25 smallest are 1 and
  // far more than the 25 largest are 2: the interval runs from 1 to 2, above 0, so the improvement is clear.
  // T2: earlier 1, 2, 3, 3, 4, 5 (score 3), later 2, 2, 3, 4, 5, 5 (score 3.5): change +0.5; a replicate lies
  // between 2 − 5 = −3 and 5 − 1 = +4, and with a spread of about 0.8 the interval holds 0: not clear.
  const before = makeOrganisationScore(miniFramework, 'x', miniItems({ T1: [2, 2, 2, 2], T2: [3, 3, 3, 3] }), {
    themes: { T1: { respondentScores: [2, 2] }, T2: { respondentScores: [1, 2, 3, 3, 4, 5] } },
  });
  const after = makeOrganisationScore(miniFramework, 'x', miniItems({ T1: [3.5, 3.5, 3.5, 3.5], T2: [3.5, 3.5, 3.5, 3.5] }), {
    themes: { T1: { respondentScores: [3, 4] }, T2: { respondentScores: [2, 2, 3, 4, 5, 5] } },
  });
  const pair = (b = before, a = after) => [round('2023', '2023-06-30', '2023/24', [b]), round('2024', '2024-06-28', '2024/25', [a])] as const;

  it('is the 2.5th to 97.5th percentile of 1,000 seeded replicates: clear when it leaves out 0', () => {
    const [t1, t2] = compareRounds(...pair()).organisations[0]!.themes;
    expect(t1).toMatchObject({ change: 1.5, interval: { low: 1, high: 2 }, clear: true });
    expect(t2!.change).toBe(0.5);
    expect(t2!.interval!.low).toBeLessThan(0);
    expect(t2!.interval!.high).toBeGreaterThan(0);
    expect(t2!.interval!.low).toBeGreaterThanOrEqual(-3);
    expect(t2!.interval!.high).toBeLessThanOrEqual(4);
    expect(t2!.clear).toBe(false);
  });

  it('is the same on every run, and each organisation and theme draws from its own stream', () => {
    const once = compareRounds(...pair());
    expect(compareRounds(...pair())).toEqual(once);
    const seeds = [7, 8, 9, 10].map((seed) => compareRounds(...pair(), { seed }));
    expect(seeds[0]!.method.options.seed).toBe(7);
    const intervals = new Set([once, ...seeds].map((comparison) => JSON.stringify(comparison.organisations[0]!.themes[1]!.interval)));
    expect(intervals.size).toBeGreaterThan(1);
    // Another organisation beside x changes none of x's intervals.
    const y = makeOrganisationScore(miniFramework, 'a', miniItems({ T1: [3, 3, 3, 3], T2: [3, 3, 3, 3] }), { themes: { T2: { respondentScores: [1, 5] } } });
    const withY = compareRounds(round('2023', '2023-06-30', '2023/24', [y, before]), round('2024', '2024-06-28', '2024/25', [after, y]));
    expect(withY.organisations.find((o) => o.organisationId === 'x')).toEqual(once.organisations[0]);
  });

  it('sits around the change reported, and is null with fewer than 2 respondents or no comparable change', () => {
    // Later T1 scored 3.6 (say, with a "don't know" among the answers) while its respondents' mean is 3.5: the
    // replicates shift by 0.1.
    const shifted = makeOrganisationScore(miniFramework, 'x', miniItems({ T1: [3.6, 3.6, 3.6, 3.6], T2: [3.5, 3.5, 3.5, 3.5] }), {
      themes: { T1: { respondentScores: [3, 4] }, T2: { respondentScores: [5] } },
    });
    const [t1, t2] = compareRounds(...pair(before, shifted)).organisations[0]!.themes;
    expect(t1!.change).toBeCloseTo(1.6, 12);
    expect(t1!.interval!.low).toBeCloseTo(1.1, 12);
    expect(t1!.interval!.high).toBeCloseTo(2.1, 12);
    expect(t2).toMatchObject({ interval: null, clear: false });
    const items = compareRounds(...pair()).organisations[0]!.items;
    expect(items.every((item) => item.interval === null && !item.clear)).toBe(true);
  });

  it('checks the number of replicates and the seed', () => {
    expect(() => compareRounds(...pair(), { replicates: 10 })).toThrow(/^compareRounds: options.replicates must be a whole number at least 100/);
    expect(() => compareRounds(...pair(), { replicates: 1000.5 })).toThrow(RangeError);
    expect(() => compareRounds(...pair(), { seed: -1 })).toThrow(/^compareRounds: options.seed/);
    expect(compareRounds(...pair(), { replicates: 200 }).method.options.replicates).toBe(200);
  });
});
