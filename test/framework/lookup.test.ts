import { describe, expect, it } from 'vitest';
import { findItem, findTheme, itemsOf, levelOf, nearestLevelOf, parseFramework, referenceFrameworks, scaleOf, scaleRangeOf } from '../../src/framework/index.js';
import { sevenThemesYaml } from './helpers.js';

// The reference framework 1.0.0 (eight themes, 80 items), which these expectations are written for.
const reference = referenceFrameworks['1.0.0'];

describe('look-ups', () => {
  it('finds themes and items by id', () => {
    expect(findTheme(reference, 'T6')?.title).toBe('Data, evidence and insight');
    expect(findTheme(reference, 'T9')).toBeUndefined();
    const ref = findItem(reference, 'T2.E3');
    expect(ref?.kind).toBe('enabler');
    expect(ref?.theme.id).toBe('T2');
    expect(ref?.themeIndex).toBe(1);
    expect(findItem(reference, 'T2.X3')).toBeUndefined();
  });

  it('lists items in survey order: theme by theme, conditions then enablers', () => {
    const items = itemsOf(reference);
    expect(items).toHaveLength(80);
    expect(items.slice(0, 11).map((ref) => ref.item.id)).toEqual(['T1.C1', 'T1.C2', 'T1.C3', 'T1.C4', 'T1.C5', 'T1.E1', 'T1.E2', 'T1.E3', 'T1.E4', 'T1.E5', 'T2.C1']);
    expect(items.map((ref) => ref.order)).toEqual(items.map((_, i) => i));
  });

  it('gives the items of a theme by kind', () => {
    expect(itemsOf(reference, { themeId: 'T3', kind: 'condition' }).map((ref) => ref.item.id)).toEqual(['T3.C1', 'T3.C2', 'T3.C3', 'T3.C4', 'T3.C5']);
    expect(itemsOf(reference, { themeId: 'T3' })).toHaveLength(10);
    expect(() => itemsOf(reference, { themeId: 'T0' })).toThrow(/^itemsOf: the framework "effective-cancer-alliance" has no theme "T0"/);
  });

  it('gives levels by value and the nearest level of a score, halves rounding up', () => {
    const scale = scaleOf(reference);
    expect(levelOf(scale, 2)?.label).toBe('Emerging');
    expect(levelOf(scale, 2.5)).toBeUndefined();
    expect(nearestLevelOf(scale, 3.49).value).toBe(3);
    expect(nearestLevelOf(scale, 3.5).value).toBe(4);
    expect(nearestLevelOf(scale, 0.2).value).toBe(1);
    expect(nearestLevelOf(scale, 9).value).toBe(5);
    expect(() => nearestLevelOf(scale, Number.NaN)).toThrow(RangeError);
    expect(() => nearestLevelOf(scale, Number.NaN)).toThrow(/^nearestLevelOf: score must be a finite number/);
    expect(scaleRangeOf(scale)).toEqual({ min: 1, max: 5 });
  });

  it('works on a seven-theme framework with a four-level scale from 0', () => {
    const framework = parseFramework(sevenThemesYaml());
    expect(itemsOf(framework)).toHaveLength(15);
    expect(scaleOf(framework, 'voice').levels).toHaveLength(4);
    expect(nearestLevelOf(scaleOf(framework), 1.5).label).toBe('Established');
    expect(scaleRangeOf(scaleOf(framework))).toEqual({ min: 0, max: 3 });
    expect(() => scaleOf(framework, 'nope')).toThrow(RangeError);
  });
});

describe('programmer errors', () => {
  it('refuses what is not a framework or a scale with a TypeError that names the function and says what to pass', () => {
    expect(() => findItem(null as never, 'T1.C1')).toThrow(
      new TypeError('findItem: framework must be a framework from parseFramework (or effectiveCancerAllianceFramework), got null'),
    );
    expect(() => itemsOf('framework.yaml' as never)).toThrow(
      new TypeError('itemsOf: framework must be a framework from parseFramework (or effectiveCancerAllianceFramework), got the string "framework.yaml"'),
    );
    expect(() => scaleOf({} as never)).toThrow(
      new TypeError('scaleOf: framework must be a framework from parseFramework (or effectiveCancerAllianceFramework), got an object without themes and scales'),
    );
    expect(() => itemsOf(reference, null as never)).toThrow(new TypeError('itemsOf: options must be an object { themeId?, kind? } or undefined, got null'));
    expect(() => levelOf(undefined as never, 1)).toThrow(new TypeError('levelOf: scale must be a rating scale of a framework, e.g. scaleOf(framework), got undefined'));
    expect(() => scaleRangeOf(reference as never)).toThrow(
      new TypeError('scaleRangeOf: scale must be a rating scale of a framework, e.g. scaleOf(framework), got an object without levels'),
    );
    expect(() => findTheme([] as never, 'T1')).toThrow(/^findTheme: framework must be a framework .*, got an array$/);
    expect(() => nearestLevelOf('x' as never, 1)).toThrow(/^nearestLevelOf: scale must be/);
  });
});
