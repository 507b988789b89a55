import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersStream } from '../../src/assessment/ingest-stream.js';
import { kindOf, withArticle } from '../../src/internal/show.js';
import { referenceFramework } from '../assessment/fixtures/frameworks.js';

describe('messages name a kind of value with the right article', () => {
  it('kindOf: never "a undefined", "a object" or "a array", whatever the value', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true }), (value) => {
        const kind = kindOf(value);
        expect(kind).not.toMatch(/\ba [aeiou]/i);
        expect(kind).not.toMatch(/\ban [^aeiou]/i);
      }),
      { numRuns: 300 },
    );
    expect([undefined, null, [], {}, 'x', 1, true, 1n, Symbol('s'), () => 1].map(kindOf)).toEqual([
      'undefined',
      'null',
      'an array',
      'an object',
      'a string',
      'a number',
      'a boolean',
      'a bigint',
      'a symbol',
      'a function',
    ]);
  });

  it('withArticle: "an" before a vowel, "a" before anything else', () => {
    expect(['other', 'action', 'recovery-plan', 'Escalation', 'undefined'].map(withArticle)).toEqual(['an other', 'an action', 'a recovery-plan', 'an Escalation', 'an undefined']);
  });

  it('a stream row holding undefined or an object says so', async () => {
    const framework = referenceFramework();
    await expect(parseAnswersStream([['organisation_id', undefined]] as never, { framework })).rejects.toThrow(/^parseAnswersStream: row 1 holds undefined;/);
    await expect(parseAnswersStream([['organisation_id', {}]] as never, { framework })).rejects.toThrow(/^parseAnswersStream: row 1 holds an object;/);
  });
});
