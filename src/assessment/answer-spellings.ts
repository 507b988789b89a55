// The caller's own answer spellings (the `spellings` option: `{ "Bit unsure": 'dont-know', "Sometimes": 3 }`) and the
// "did you mean" of an answer that is not one: the nearest of the spellings a scale accepts.
import { nearest } from '../internal/nearest.js';
import type { AnswerValue } from './answer.js';
import { foldAnswerText, type ScaleReader } from './answer-text.js';

/**
 * Answer spellings of the caller's own, each read as an answer: a level's value, `'dont-know'` or `'not-applicable'`.
 * Matched after trimming, in any case, with curly apostrophes as straight ones and runs of spaces as one; they come
 * before the built-in spellings. A value that is not a level of an item's scale is a `value-outside-scale` issue.
 *
 * @category Assessment
 */
export type AnswerSpellings = Readonly<Record<string, AnswerValue>>;

/** The `spellings` option as folded spelling → answer, or undefined; throws TypeError naming the function. */
export function checkSpellings(fn: string, spellings: unknown): ReadonlyMap<string, AnswerValue> | undefined {
  if (spellings === undefined) return undefined;
  const shape = `${fn}: options.spellings must be an object of spelling → answer (a level's value, 'dont-know' or 'not-applicable')`;
  if (spellings === null || typeof spellings !== 'object' || Array.isArray(spellings)) throw new TypeError(shape);
  const table = new Map<string, AnswerValue>();
  for (const [spelling, answer] of Object.entries(spellings as Record<string, unknown>)) {
    if (spelling.trim() === '') throw new TypeError(`${shape}; an empty spelling cannot be an answer`);
    if (answer !== 'dont-know' && answer !== 'not-applicable' && (typeof answer !== 'number' || !Number.isFinite(answer))) {
      throw new TypeError(`${shape}; "${spelling}" is given ${JSON.stringify(answer)}`);
    }
    table.set(foldAnswerText(spelling.trim()), answer);
  }
  return table;
}

const NUMERIC = /^[\d\s.,:;()+\u2013\u2014-]*$/;

/**
 * The accepted spelling most like a text that is not an answer (`"Dont no"` → `"Don't know"`), when one is near
 * enough to be a slip; else null. Numbers are never suggested: a wrong number is not a misspelling.
 */
export function suggestSpelling(reader: ScaleReader, text: string, extra: ReadonlyMap<string, AnswerValue> | undefined): string | null {
  const key = foldAnswerText(text.trim());
  if (key === '' || NUMERIC.test(key)) return null;
  const candidates = new Map<string, string>();
  const add = (spelling: string) => {
    const folded = foldAnswerText(spelling.trim());
    if (!NUMERIC.test(folded) && !candidates.has(folded)) candidates.set(folded, spelling);
  };
  for (const spelling of reader.accepted) add(spelling);
  if (extra !== undefined) for (const spelling of extra.keys()) add(spelling);
  for (const spelling of reader.table.keys()) add(spelling);
  return nearest(key, candidates) ?? null;
}
