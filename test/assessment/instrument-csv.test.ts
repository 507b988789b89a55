import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsvRows } from '../../src/assessment/instrument.js';

describe('writeCsvRows, the templates’ CSV writer without papaparse', () => {
  it('writes what papaparse’s unparse wrote (quotes: false, CRLF), with a final line break', () => {
    const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', ' a', 'a ', 'a,b', 'a"b', 'a\nb', 'a\rb', '\uFEFFa', 'T1.C1', 'organisation_id'));
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(writeCsvRows(rows)).toBe(`${Papa.unparse(rows, { newline: '\r\n', quotes: false })}\r\n`);
      }),
      { numRuns: 1000 },
    );
  });
});
