import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveCancerAllianceFramework, safeParseAnswersJson } from '../../src/index.js';
import { itemsOf } from '../../src/framework/index.js';
import type { Framework, ParseAnswersJsonOptions } from '../../src/index.js';
import { fixture, sevenThemeFramework } from '../assessment/fixtures/frameworks.js';
import { checkResult } from './answers-invariants.js';
import { CELL_POOL } from './csv-inputs.js';
import { mutated } from './mutate.js';
import { FUZZ_TIMEOUT_MS, expectPrototypesClean, fuzz, withoutHanging } from './settings.js';

const reference = effectiveCancerAllianceFramework;
const seven = sevenThemeFramework();
const itemIds = itemsOf(reference).map((ref) => ref.item.id as string);

/** Every input must end in a frozen import whose accounting adds up, or in an AnswersError: nothing else escapes. */
function endsWell(json: unknown, framework: Framework = reference, options: Omit<ParseAnswersJsonOptions, 'framework'> = {}): void {
  const result = withoutHanging('safeParseAnswersJson', () => safeParseAnswersJson(json, { ...options, framework, file: 'fuzz.json' }));
  checkResult(result, framework, 'fuzz.json');
}

/** JSON text of anything JSON.stringify can write (it drops functions and undefined, and refuses BigInt). */
const anythingAsJson: fc.Arbitrary<string> = fc
  .anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true, withSparseArray: true, withDate: true, stringUnit: 'binary' })
  .map((value) => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify is typed string, but gives undefined for undefined and functions, which anything() makes
      return JSON.stringify(value) ?? 'null';
    } catch {
      return 'null';
    }
  });

/** The keys an attacker tries, and the keys of an answer. */
// prettier-ignore
const KEYS = [
  'organisationId', 'respondentId', 'respondentGroup', 'itemId', 'answer', 'comment',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'answers', 'isAdmin', 'polluted', '',
];
const FIELD_VALUES: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CELL_POOL) },
  { weight: 3, arbitrary: fc.constantFrom(...itemIds.slice(0, 4)) },
  { weight: 2, arbitrary: fc.constantFrom(1, 2, 3, 4, 5, 0, -0, 3.5, 7, -1, 1e308, null, true, false) },
  { weight: 1, arbitrary: fc.constantFrom({}, [], { polluted: true }, { toString: 'x' }, [1, 2], { __proto__: null }) },
);

/** Answer objects: mostly the right fields with nasty values, sometimes keys an attacker would add. */
const record: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      organisationId: fc.oneof(fc.constantFrom('greater-manchester', 'wessex', '__proto__', 'constructor'), FIELD_VALUES),
      respondentId: fc.oneof(fc.constantFrom('r1', 'r2', 'constructor', 'prototype'), FIELD_VALUES),
      respondentGroup: FIELD_VALUES,
      itemId: fc.oneof(fc.constantFrom(...itemIds.slice(0, 4)), FIELD_VALUES),
      answer: FIELD_VALUES,
      comment: FIELD_VALUES,
    },
    { requiredKeys: [] },
  )
  .chain((fields) =>
    fc.array(fc.tuple(fc.constantFrom(...KEYS), FIELD_VALUES), { maxLength: 2 }).map((extra) => {
      const out: Record<string, unknown> = { ...fields };
      // defineProperty, as JSON.parse does: `__proto__` becomes an own key, not the prototype.
      for (const [key, value] of extra) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      return out;
    }),
  );

/** JSON text of an answers array or an `{ answers }` object, written with `__proto__` keys as JSON.parse reads them. */
const answersText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.oneof({ weight: 8, arbitrary: record }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 15 }), fc.boolean())
  .map(([records, wrapped]) => JSON.stringify(wrapped ? { answers: records, survey: 'fuzz' } : records));

const validJson = JSON.stringify(
  [
    { organisationId: 'greater-manchester', respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C1', answer: 3 },
    { organisationId: 'greater-manchester', respondentId: 'r1', itemId: 'T1.C2', answer: 'Emerging', comment: 'Early days' },
    { organisationId: 'greater-manchester', respondentId: 'r2', itemId: 'T1.C1', answer: 'DK' },
    { organisationId: 'wessex', respondentId: 'r1', itemId: 'T1.E1', answer: null },
    { organisationId: 'wessex', respondentId: 'r1', itemId: 'T2.C1', answer: 'N/A' },
  ],
  null,
  1,
);

describe('parseAnswersJson under fuzzing', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('survives arbitrary text', () => {
    fuzz(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => endsWell(text)),
      2_000,
    );
    fuzz(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => endsWell(text)),
      2_000,
    );
  });

  it('survives arbitrary JSON values, as values and as text', () => {
    fuzz(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => endsWell(value)),
      3_000,
    );
    fuzz(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => endsWell(JSON.stringify(value))),
      3_000,
    );
    fuzz(
      fc.property(anythingAsJson, (text) => endsWell(text)),
      3_000,
    );
  });

  it('survives any JavaScript value, with null prototypes, boxed values, maps and dates', () => {
    const anything = fc.anything({
      maxDepth: 3,
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withBigInt: true,
      withObjectString: true,
    });
    fuzz(
      fc.property(anything, (value) => endsWell(value)),
      2_000,
    );
    fuzz(
      fc.property(fc.array(anything, { maxLength: 6 }), (value) => endsWell(value)),
      2_000,
    );
    fuzz(
      fc.property(fc.array(anything, { maxLength: 6 }), (value) => endsWell({ answers: value })),
      1_000,
    );
  });

  it('survives answer objects with nasty values and __proto__, constructor and prototype keys', () => {
    fuzz(
      fc.property(answersText, (text) => endsWell(text)),
      3_000,
    );
    fuzz(
      fc.property(answersText, (text) => endsWell(JSON.parse(text))),
      2_000,
    );
    fuzz(
      fc.property(fc.array(record, { maxLength: 10 }), (records) => endsWell(records)),
      2_000,
    );
    fuzz(
      fc.property(answersText, (text) => endsWell(text, seven)),
      1_000,
    );
    fuzz(
      fc.property(answersText, fc.constantFrom(['wessex'], ['__proto__', 'constructor'], []), fc.constantFrom(10, 1_000, undefined), (text, organisations, maxBytes) =>
        endsWell(text, reference, { organisations, maxBytes }),
      ),
      1_000,
    );
    expectPrototypesClean();
  });

  it('survives mutations of valid JSON answers', () => {
    fuzz(
      fc.property(mutated(validJson), (text) => endsWell(text)),
      5_000,
    );
    fuzz(
      fc.property(mutated(fixture('answers.json')), (text) => endsWell(text)),
      2_000,
    );
    expectPrototypesClean();
  });

  it('reads a record with an own __proto__ key as a record with a key that is not a field', () => {
    fuzz(
      fc.property(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue({ maxDepth: 2 }), (key, value) => {
        const text = `[{"organisationId":"wessex","respondentId":"r1","itemId":"T1.C1","answer":3,${JSON.stringify(key)}:${JSON.stringify(value)}}]`;
        const result = safeParseAnswersJson(text, { framework: reference });
        expect(result.success).toBe(true);
        if (!result.success) return;
        expect(result.data.answers).toEqual([]);
        expect(result.data.issues.map((issue) => [issue.code, issue.location.path])).toEqual([['invalid-field', [0, key]]]);
      }),
      300,
    );
    expectPrototypesClean();
  });
});
