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

/** Freezes an array's entry when it is an object or an array: primitives are skipped here, not by a call. */
function freezeEntry(entry: unknown): void {
  if (typeof entry === 'object' && entry !== null) deepFreeze(entry);
}

/**
 * Freezes a value and everything reachable from it, in place, and returns it.
 * Only plain data is expected: objects, arrays and primitives.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    // By forEach: Object.keys of an array would make a string of every index, and its iterator made an object per
    // entry where V8 did not optimise it away (5.5 MB per national report at 2,000 organisations).
    (value as readonly unknown[]).forEach(freezeEntry);
  } else {
    // for…in with an own-property check lists what Object.keys lists without making an array for every object.
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const entry = record[key];
      if (typeof entry === 'object' && entry !== null) deepFreeze(entry);
    }
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
