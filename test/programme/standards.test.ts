import { describe, expect, it } from 'vitest';
import { standardsAt } from '../../src/programme/index.js';
import { standardsData } from '../../src/programme/standards.generated.js';
import { isDeepFrozen } from '../helpers/frozen.js';

const on = (year: number, monthIndex: number, date: number) => new Date(year, monthIndex, date, 12);
const labels = (date: Date, measure: string) => standardsAt(date, { measure }).standards.map((s) => `${s.label} (${s.setBy})`);

describe('standardsAt', () => {
  it('gives the Faster Diagnosis Standard in force on every date from 2019 to 2029, the nearest target first', () => {
    expect(labels(on(2019, 5, 30), 'fds-28-day')).toEqual([]);
    expect(labels(on(2021, 9, 1), 'fds-28-day')).toEqual(['75% standard (NHS cancer waiting-time standards (the 28-day Faster Diagnosis Standard))']);
    expect(labels(on(2024, 2, 31), 'fds-28-day')).toEqual([
      '75% target by March 2024 (2023/24 priorities and operational planning guidance)',
      '75% standard (NHS cancer waiting-time standards (the 28-day Faster Diagnosis Standard))',
    ]);
    expect(labels(on(2025, 2, 31), 'fds-28-day')[0]).toBe('77% target by March 2025 (2024/25 priorities and operational planning guidance)');
    expect(labels(on(2026, 2, 31), 'fds-28-day').slice(0, 2)).toEqual([
      '80% target by March 2026 (2025/26 priorities and operational planning guidance)',
      '80% target by March 2029 (National Cancer Plan for England (4 February 2026))',
    ]);
    expect(labels(on(2026, 11, 4), 'fds-28-day')[0]).toBe('80% target by March 2029 (National Cancer Plan for England (4 February 2026))');
    expect(labels(on(2029, 2, 31), 'fds-28-day')[0]).toBe('80% target by March 2029 (National Cancer Plan for England (4 February 2026))');
    expect(labels(on(2029, 3, 1), 'fds-28-day')).toEqual(['75% standard (NHS cancer waiting-time standards (the 28-day Faster Diagnosis Standard))']);
  });

  it('switches the 62-day and 31-day standards, and retires the Two Week Wait, on 1 October 2023', () => {
    const before = standardsAt(on(2023, 8, 30));
    const after = standardsAt(on(2023, 9, 1));
    expect(before.standards.filter((s) => s.kind === 'standard').map((s) => s.id)).toEqual(['two-week-wait-93', '62-day-85-gp', '31-day-96-first', 'fds-75']);
    expect(after.standards.filter((s) => s.kind === 'standard').map((s) => s.id)).toEqual(['fds-75', '62-day-85', '31-day-96']);
    expect(standardsAt(on(2025, 2, 31), { measure: '62-day' }).standards.map((s) => s.threshold)).toEqual([70, 85]);
    expect(standardsAt(on(2026, 2, 31), { measure: '62-day' }).standards.map((s) => s.threshold)).toEqual([75, 85, 85]);
  });

  it('holds the ambitions: early diagnosis by 2028 and survival from the National Cancer Plan', () => {
    expect(standardsAt(on(2020, 0, 1), { measure: 'early-diagnosis' }).standards.map((s) => s.label)).toEqual(['75% ambition by 2028']);
    expect(standardsAt(on(2029, 0, 1), { measure: 'early-diagnosis' }).standards).toEqual([]);
    expect(standardsAt(on(2026, 1, 3), { measure: 'five-year-survival' }).standards).toEqual([]);
    expect(standardsAt(on(2026, 1, 4), { measure: 'five-year-survival' }).standards.map((s) => s.label)).toEqual(['75% ambition for people diagnosed from 2035']);
  });

  it('gives each standard its sources, certainty and words', () => {
    const [target] = standardsAt(on(2025, 2, 31), { measure: 'fds-28-day' }).standards;
    expect(target).toMatchObject({
      id: 'fds-77-by-march-2025',
      measure: 'fds-28-day',
      measureName: 'Faster Diagnosis Standard',
      kind: 'target',
      threshold: 77,
      validFrom: '2024-04-01',
      validTo: '2025-03-31',
      deadline: '2025-03-31',
      certainty: { value: 'verified', period: 'inferred' },
    });
    expect(target?.sources.map((source) => source.id)).toEqual(['tecowling-planning', 'nhse-alliances-page']);
    for (const standard of standardsData().standards) {
      for (const [fact, certainty] of Object.entries(standard.certainty)) {
        if (certainty !== 'verified') continue;
        const addressed = standard.sources[fact]?.some((id) => standardsData().sources.find((source) => source.id === id)?.url !== undefined);
        expect(addressed, `${standard.id} ${fact}`).toBe(true);
      }
    }
  });

  it('says when a date is beyond the data or before it begins', () => {
    expect(standardsAt(on(2026, 11, 4))).toMatchObject({ date: '2026-12-04', asAt: '2026-12-04', beyondAsAt: false, notice: null });
    const later = standardsAt(on(2027, 5, 1));
    expect(later.beyondAsAt).toBe(true);
    expect(later.notice).toBe('The standards data is as at 4 December 2026; 1 June 2027 is later, so standards or targets set since then are not in it.');
    expect(standardsAt(on(2018, 0, 1)).notice).toBe('The standards data begins on 1 April 2019; before then it holds only the standards already in force on that day.');
  });

  it('returns frozen results and refuses bad arguments with its name', () => {
    const date = on(2025, 2, 31);
    expect(isDeepFrozen(standardsAt(date))).toBe(true);
    expect(date.getTime()).toBe(on(2025, 2, 31).getTime());
    expect(() => standardsAt('2025-03-31' as unknown as Date)).toThrow(/^standardsAt:/);
    expect(() => standardsAt(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => standardsAt(date, { measure: 'fds' })).toThrow(/^standardsAt: options.measure must be one of fds-28-day, 62-day/);
    expect(() => standardsAt(date, { measure: 28 as never })).toThrow(/^standardsAt: options.measure must be a string, got number/);
    expect(() => standardsAt(date, 'x' as never)).toThrow(TypeError);
  });
});
