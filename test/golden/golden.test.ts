import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { sampleResults } from './sample-results.js';

const golden = fileURLToPath(new URL('./sample.golden.json', import.meta.url));

/** The first line where two texts differ, with the lines around it: a readable failure for a 16 MB file. */
function firstDifference(actual: string, expected: string): string | null {
  if (actual === expected) return null;
  const a = actual.split('\n');
  const e = expected.split('\n');
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i += 1;
  const around = (lines: string[]) => lines.slice(Math.max(0, i - 8), i + 3).join('\n');
  return `first difference at line ${i + 1}\n--- golden\n${around(e)}\n--- actual\n${around(a)}`;
}

test("the sample's results equal the golden file, number for number and in the same order", { timeout: 120_000 }, () => {
  const actual = `${JSON.stringify(sampleResults(), null, 1)}\n`;
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(golden)) writeFileSync(golden, actual);
  // Compared as text: the same numbers to the last digit, the same keys in the same order.
  expect(firstDifference(actual, readFileSync(golden, 'utf8'))).toBeNull();
});
