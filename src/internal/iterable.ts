/** True for an async iterable: anything with a `Symbol.asyncIterator` method. */
export function isAsyncIterable<T = unknown>(value: unknown): value is AsyncIterable<T> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown } | null | undefined)?.[Symbol.asyncIterator] === 'function';
}

/**
 * True for an iterable other than a string: a string iterates its characters, which is never what a caller who
 * passes rows or answers meant.
 */
export function isIterable<T = unknown>(value: unknown): value is Iterable<T> {
  return typeof value !== 'string' && typeof (value as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] === 'function';
}
