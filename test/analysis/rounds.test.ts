import { describe, expect, it } from 'vitest';
import { AnalysisError, compareRounds } from '../../src/analysis/index.js';
import { financialYearOfIsoDate } from '../../src/analysis/rounds.js';
import type { AssessmentRound } from '../../src/analysis/types.js';
import { financialYearOf } from '../../src/programme/calendar.js';
import { isDeepFrozen, jsonRoundTrip, makeAssessmentScores, makeOrganisationScore, miniFramework, miniItems } from './fixtures.js';

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
    });
    // T2: 2.0 -> 2 on one item of four: insufficient, so the change is shown but not comparable.
    expect(t2).toMatchObject({ change: 0, comparable: false });
    const items = comparison.organisations[0]?.items ?? [];
    expect(items.map((item) => [item.laterId, item.change])).toEqual([
      ['T1.C1', 1], ['T1.C2', 1], ['T1.E1', 0], ['T1.E2', 0], ['T2.C1', 0], ['T2.C2', null], ['T2.E1', null], ['T2.E2', null],
    ]);
    expect(items[5]).toMatchObject({ status: 'matched', comparable: false, later: { score: null, level: null, sufficient: false } });
    expect(comparison.earlier).toEqual({ label: '2023', date: '2023-06-30', financialYear: '2023/24', framework: { id: 'mini-framework', version: '1.0.0' } });
    expect(comparison.method).toEqual({ id: 'analysis.compare-rounds', version: '1.0.0', options: { itemMapping: {}, themeMapping: {} } });
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
    expect(() => compareRounds(earlier, later, { itemMapping: { 'T9.C1': 'T1.C1' } })).toThrow(/^compareRounds: options.itemMapping maps "T9.C1", which the earlier round does not have/);
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
      /the financial year "2024-25" does not match the date; NHS financial years run April to March, so it should be "2024\/25"/,
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
