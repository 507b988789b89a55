/**
 * Where a value is not deeply frozen: the path (`$.themes.0.items`) of the first object or array reachable from it,
 * through own enumerable properties, that is not frozen; null when every one is. Each object is visited once, so
 * shared parts and cycles are fine. The library promises that everything it returns is deeply frozen: a test
 * writes `expect(unfrozenPathOf(result)).toBeNull()` to be shown where a promise is broken.
 */
export function unfrozenPathOf(value: unknown): string | null {
  const keys = unfrozenKeys(value, new Set());
  return keys === null ? null : ['$', ...keys].join('.');
}

/** True when a value and everything reachable from it (through own enumerable properties) is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  return unfrozenKeys(value, new Set()) === null;
}

/** The keys down to the first unfrozen object, or null. Built only on failure: the fuzz tests call it tens of thousands of times. */
function unfrozenKeys(value: unknown, seen: Set<object>): string[] | null {
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  if (!Object.isFrozen(value)) return [];
  for (const key of Object.keys(value)) {
    const inner = unfrozenKeys((value as Record<string, unknown>)[key], seen);
    if (inner !== null) {
      inner.unshift(key);
      return inner;
    }
  }
  return null;
}
