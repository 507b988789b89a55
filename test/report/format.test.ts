import { describe, expect, it } from 'vitest';
import { formatDate, roundName } from '../../src/report/format.js';
import { commonSuffix, withoutSuffix } from '../../src/report/short-names.js';

describe('formatDate', () => {
  it('writes an ISO date as the NHS does, and leaves anything else as given', () => {
    expect(formatDate('2024-03-31')).toBe('31 March 2024');
    expect(formatDate('2023-09-01')).toBe('1 September 2023');
    expect(formatDate('2023-13-01')).toBe('2023-13-01');
    expect(formatDate('31/03/2024')).toBe('31/03/2024');
  });
});

describe('roundName', () => {
  it('names the financial year once', () => {
    expect(roundName({ label: '2023/24', financialYear: '2023/24' })).toBe('2023/24');
    expect(roundName({ label: '2023/24 self-assessment', financialYear: '2023/24' })).toBe('2023/24 self-assessment');
    expect(roundName({ label: 'Autumn round', financialYear: '2023/24' })).toBe('Autumn round, financial year 2023/24');
  });
});

describe('commonSuffix and withoutSuffix', () => {
  it('finds the longest ending, from a word, that at least half of the names share', () => {
    const names = ['Wessex Cancer Alliance', 'Peninsula Cancer Alliance', 'RM Partners (West London Cancer Alliance)', 'Northern Cancer Alliance'];
    // 3 of 4 end with " Cancer Alliance"; " Alliance" is shorter; "RM Partners (West London Cancer Alliance)" keeps its name.
    expect(commonSuffix(names)).toBe(' Cancer Alliance');
    expect(names.map((name) => withoutSuffix(name, ' Cancer Alliance'))).toEqual(['Wessex', 'Peninsula', 'RM Partners (West London Cancer Alliance)', 'Northern']);
  });

  it('finds none in names that share no ending, or in a single name, and never leaves a name empty', () => {
    expect(commonSuffix(['a', 'b', 'c'])).toBeNull();
    expect(commonSuffix(['Wessex Cancer Alliance'])).toBeNull();
    expect(commonSuffix([])).toBeNull();
    expect(withoutSuffix(' Cancer Alliance', ' Cancer Alliance')).toBe(' Cancer Alliance');
    expect(withoutSuffix('Wessex', null)).toBe('Wessex');
  });
});
