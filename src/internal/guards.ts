/** True when `value` is one of `list`: a check of a value given at run time against a union's members. */
export function isOneOf<T>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

/**
 * `Array.isArray` as a guard that keeps the element type: on a `readonly T[]` the built-in one narrows to `any[]`.
 * For checking at run time a value the types say is a list.
 */
export function isList<T>(value: readonly T[] | undefined | null): value is readonly T[] {
  return Array.isArray(value);
}

/** True for an object (an array or a function is not null, but only `typeof 'object'` counts): a check at run time. */
export function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

/** True for an object whose `kind` is `kind`: a check at run time that a value is the result it claims to be. */
export function hasKind(value: unknown, kind: string): boolean {
  return isObject(value) && (value as { readonly kind?: unknown }).kind === kind;
}
