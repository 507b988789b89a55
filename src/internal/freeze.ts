/** A value whose every nested property, array element and map entry is read-only. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyMap<infer K, infer V>
    ? ReadonlyMap<K, DeepReadonly<V>>
    : T extends readonly (infer U)[]
      ? readonly DeepReadonly<U>[]
      : T extends object
        ? { readonly [P in keyof T]: DeepReadonly<T[P]> }
        : T;

/**
 * Freezes a value and everything reachable from it, in place, and returns it.
 * Only plain data is expected: objects, arrays and primitives.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    // By its iterator, which walks the indexes: Object.keys of an array would make a string of every index.
    for (const entry of value as readonly unknown[]) deepFreeze(entry);
  } else {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Freezes a value parsed by a zod schema, everything reachable from it included. zod's `.readonly()` freezes each
 * object shallowly while the defaults it fills in beneath (`[]`, `{ label, descriptor }`) stay mutable, so this
 * walks through frozen objects where {@link deepFreeze}, which trusts a frozen object to be frozen all the way
 * down, would stop.
 */
export function freezeParsed<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  for (const key of Object.keys(value)) freezeParsed((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
