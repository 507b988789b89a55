/** The result of a `safeParseX` function: the data, or the error that `parseX` would throw. */
export type SafeParseResult<T, E extends Error> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: E };
