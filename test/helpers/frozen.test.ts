import { describe, expect, it } from 'vitest';
import { isDeepFrozen, unfrozenPathOf } from './frozen.js';

describe('the deep-freeze check every test uses', () => {
  it('finds the first unfrozen object or array, at any depth, with its path', () => {
    const inner = { list: [1, 2] };
    const value = Object.freeze({ a: Object.freeze({ b: inner }) });
    expect(isDeepFrozen(value)).toBe(false);
    expect(unfrozenPathOf(value)).toBe('$.a.b');
    Object.freeze(inner);
    expect(unfrozenPathOf(value)).toBe('$.a.b.list');
    Object.freeze(inner.list);
    expect(unfrozenPathOf(value)).toBeNull();
    expect(isDeepFrozen(value)).toBe(true);
  });

  it('takes primitives as frozen, and an unfrozen top as the path $', () => {
    for (const primitive of [null, undefined, 0, 'text', true]) expect(isDeepFrozen(primitive)).toBe(true);
    expect(unfrozenPathOf({})).toBe('$');
  });

  it('visits a shared or cyclic object once', () => {
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    Object.freeze(cycle);
    expect(isDeepFrozen(cycle)).toBe(true);
    const shared = Object.freeze([1]);
    expect(isDeepFrozen(Object.freeze({ x: shared, y: shared }))).toBe(true);
  });
});
