/**
 * A value as a programmer error's message shows it: a primitive as `String` writes it, anything else by its kind
 * (`null`, `an array`, `a function`, `an object`), never as `[object Object]` or a function's source.
 */
export function showValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'bigint':
    case 'boolean':
    case 'symbol':
    case 'undefined':
      return String(value);
    case 'function':
      return 'a function';
    default:
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
  }
}

/** A word after its indefinite article: `an other`, `a recovery-plan`, `an object`. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** What kind of value a message says it is: `undefined`, `null`, `an array`, `an object`, `a string`, `a number`, … */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return withArticle(typeof value);
}
