import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/report/build.js';
import { exportJson } from '../../src/report/json.js';
import { ALLIANCES, referenceFramework, sampleScores } from './fixtures.js';

/**
 * What exportJson wrote before it wrote the text in one walk: a copy with every object's keys sorted (each set with
 * defineProperty, so that `__proto__` stays an own key), then `JSON.stringify(copy, null, 2)` and a line break.
 */
function sortedCopyJson(value: unknown): string {
  const copy = (entry: unknown): unknown => {
    if (Array.isArray(entry)) return entry.map(copy);
    if (entry === null || typeof entry !== 'object') return entry;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(entry).sort()) {
      const inner = (entry as Record<string, unknown>)[key];
      if (inner !== undefined) Object.defineProperty(out, key, { value: copy(inner), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return `${JSON.stringify(copy(value), null, 2)}\n`;
}

/** Plain JSON data, with keys that are array indexes, `__proto__` and other awkward names mixed in. */
const key = fc.oneof(fc.string(), fc.constantFrom('0', '1', '10', '2', '9', '01', '-1', '4294967294', '4294967295', '__proto__', 'constructor', ''));
const plain = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string({ unit: 'binary' }),
    fc.array(tie('value')),
    fc.dictionary(key, tie('value'), { noNullPrototype: true }),
  ),
})).value;

describe('exportJson', { timeout: 60_000 }, () => {
  it('writes what JSON.stringify writes of a copy with sorted keys, for any plain data', () => {
    fc.assert(
      fc.property(fc.dictionary(key, plain, { noNullPrototype: true }), (value) => {
        expect(exportJson(value as never)).toBe(sortedCopyJson(value));
      }),
    );
  });

  it('writes what JSON.stringify writes of a copy with sorted keys, for a report set', () => {
    const framework = referenceFramework();
    const set = buildReports(sampleScores(framework, { organisations: ALLIANCES.slice(0, 5), respondents: 4, seed: 7 }), { framework });
    expect(exportJson(set)).toBe(sortedCopyJson(set));
    expect(exportJson(set.national)).toBe(sortedCopyJson(set.national));
  });

  it('names where a value that is not plain data sits', () => {
    expect(() => exportJson({ a: [1, { b: Number.NaN }] } as never)).toThrow('exportJson: the value at $.a[1].b is NaN; a report holds finite numbers only');
    expect(() => exportJson({ a: { c: [undefined] } } as never)).toThrow('exportJson: the value at $.a.c[0] is a undefined; a report holds plain data only');
  });
});
