import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementOf, ItemAgreements } from '../../src/assessment/score-statistics.js';
import { effectiveCancerAllianceFramework as framework } from '../../src/framework/reference.js';
import { recordsFor } from '../../src/assessment/score-records.js';
import { generateSyntheticAnswers } from '../../src/assessment/synthetic.js';
import { scoreAnswers } from '../../src/assessment/score.js';
import type { ThemeId } from '../../src/framework/schema.js';

// score-records.ts makes a call's records by constructor when the call is small and by object literal when it is
// large (V8 pretenures literals that survive); both must give the same plain, frozen objects.

const small = recordsFor(1, 1);
const large = recordsFor(1_000_000, 80);

/** Everything a user can see of a record: its prototype, its own keys in order, its values, frozen or not. */
function seen(value: object): unknown {
  return {
    prototype: Object.getPrototypeOf(value) === Object.prototype,
    keys: Object.keys(value),
    frozen: Object.isFrozen(value),
    json: JSON.stringify(value),
  };
}

describe('the two ways of making score records', () => {
  it('are two different makers, chosen by the size of the call', () => {
    expect(small).not.toBe(large);
    expect(recordsFor(624, 80)).toBe(small);
    expect(recordsFor(625, 80)).toBe(large);
  });

  it('make plain, frozen records with the same keys in the same order and the same values', () => {
    const made = (maker: typeof small) => {
      const agreement = maker.agreement(12, 0.5, 0.75, false);
      return [
        agreement,
        maker.item('T1.C1' as never, 'T1' as ThemeId, 'condition', 12, 3.5, 3.5, 4, 0.5, 2, 5, 1, 0, 13, 0, 4, null, agreement),
        maker.theme('T1' as ThemeId, 3.25, 3.5, 3, 3, 9, 10, 0.9, true, agreement, Object.freeze([3, 3.5])),
      ];
    };
    const [bySmall, byLarge] = [made(small), made(large)];
    expect(bySmall.map(seen)).toEqual(byLarge.map(seen));
    expect(seen(bySmall[1]!)).toMatchObject({ prototype: true, frozen: true });
    expect(bySmall).toStrictEqual(byLarge);
  });

  it('give the same scores to an organisation scored in a large call (literals) as in a small one (constructors)', () => {
    // 640 organisations × 80 items = 51,200 item scores: over the threshold of 50,000.
    const organisations = Array.from({ length: 640 }, (_, k) => ({ id: `org-${String(k).padStart(4, '0')}` }));
    const answers = generateSyntheticAnswers({ framework, organisations, seed: 5, respondents: { min: 1, max: 3 } });
    const all = scoreAnswers(answers, { framework });
    expect(all.organisations).toHaveLength(640);
    for (const k of [0, 1, 317, 639]) {
      const id = organisations[k]!.id;
      const alone = scoreAnswers(
        answers.filter((answer) => answer.organisationId === id),
        { framework },
      ).organisations[0]!;
      const inLarge = all.organisations[k]!;
      expect(inLarge).toStrictEqual(alone);
      for (const [a, b] of [
        [inLarge.items[0]!, alone.items[0]!],
        [inLarge.items[0]!.agreement, alone.items[0]!.agreement],
        [inLarge.themes[0]!, alone.themes[0]!],
      ] as const) {
        expect(seen(a)).toEqual(seen(b));
      }
    }
  }, 60_000);
});

describe('the item agreements of a call, shared', () => {
  it('equal agreementOf for every key, whether made or taken from the table, also when keys collide', () => {
    const agreements = new ItemAgreements(0.5, small);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.oneof(fc.constantFrom(0, 0.25, 1, 2.5, 7.75), fc.double({ min: 0, max: 400, noNaN: true })),
        fc.constantFrom(1, 2, 4, 6),
        (n, squares, range) => {
          const shared = agreements.of(n, squares, range);
          expect(shared).toStrictEqual(agreementOf(n, squares, range, 0.5, small));
          expect(agreements.of(n, squares, range)).toStrictEqual(shared);
        },
      ),
      { numRuns: 20_000, seed: 20_261_205 },
    );
  }, 60_000);

  it('never answers from an empty slot, and never takes one n for another when keys collide', () => {
    // A fresh table: its empty slots must not match (1, 0, 0), a single answer on a scale of one level.
    expect(new ItemAgreements(0.5, small).of(1, 0, 0)).toStrictEqual(agreementOf(1, 0, 0, 0.5, small));
    // 20,000 keys that differ only in n fill the 4,096 slots many times over: every collision must make the agreement
    // again, not return the one of another n.
    const agreements = new ItemAgreements(0.5, large);
    for (let n = 0; n < 20_000; n++) {
      expect(agreements.of(n, 0, 4).n).toBe(n);
    }
  });

  it('gives item scores with the same n and sum of squares one agreement object, within a call only', () => {
    const organisations = Array.from({ length: 4 }, (_, k) => ({ id: `org-${k}` }));
    const answers = generateSyntheticAnswers({ framework, organisations, seed: 9, respondents: { min: 30, max: 30 } });
    const scores = scoreAnswers(answers, { framework });
    const items = scores.organisations.flatMap((organisation) => organisation.items);
    // 520 item scores, 30 respondents each, on 1..5: about a third of them share an agreement made for an earlier one.
    expect(new Set(items.map((item) => item.agreement)).size).toBeLessThan(items.length * 0.75);
    const again = scoreAnswers(answers, { framework });
    expect(again).toStrictEqual(scores);
    expect(again.organisations[0]!.items[0]!.agreement).not.toBe(scores.organisations[0]!.items[0]!.agreement);
  }, 60_000);
});
