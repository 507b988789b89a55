// Every runtime export of every entry point of the built package, bundled alone for the browser (esbuild, minified,
// gzip): each within its budget in bundle-budgets.json, and none holding zod, yaml or papaparse unless it parses.
// It measures dist/, so it needs a current build (`npm run build`; `npm test` builds before it runs the tests).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ENTRIES,
  MARKERS,
  budgetFor,
  bundleEveryExport,
  bundleLibrary,
  distProblem,
  librariesIn,
  mayHoldParsers,
  readBudgets,
  runtimeNames,
  type ExportBundle,
  type Library,
} from './bundles.js';

/** What the table says of a bundle, and what was measured, side by side, for a readable failure. */
function row(bundle: ExportBundle): string {
  return `${bundle.entry} ${bundle.name}: ${bundle.gzip} B gzip (${bundle.minified} B minified), holding ${bundle.libraries.join(', ') || 'no parser'}`;
}

describe('bundle budgets: each export alone, as a browser bundle of the built package', { timeout: 300_000 }, () => {
  let bundles: readonly ExportBundle[] = [];
  const budgets = readBudgets();

  beforeAll(async () => {
    const problem = distProblem();
    if (problem !== undefined) throw new Error(problem);
    // About 200 bundles, in batches of many entry points per esbuild build: a few seconds on two idle cores.
    bundles = await bundleEveryExport();
  }, 300_000);

  it('finds each parser library by its marker in a bundle of the library alone (zod/mini too)', async () => {
    const alone: Record<Library, string> = {
      zod: "import { z } from 'zod'; export const s = z.string();",
      yaml: "export { parseDocument } from 'yaml';",
      papaparse: "import Papa from 'papaparse'; export const parse = Papa.parse;",
    };
    for (const library of Object.keys(MARKERS) as Library[]) {
      expect(librariesIn(await bundleLibrary(alone[library])), `${library} alone`).toEqual([library]);
    }
    // zod/mini too: a move to it would still be seen.
    expect(librariesIn(await bundleLibrary("import { z } from 'zod/mini'; export const s = z.string();"))).toEqual(['zod']);
  });

  it('has a line in the table for every runtime export, and no line for a name that is gone', async () => {
    const measured = new Set(bundles.map((bundle) => `${bundle.entry} ${bundle.name}`));
    for (const entry of ENTRIES) expect((await runtimeNames(entry)).length, `${entry} exports something`).toBeGreaterThan(0);
    const listed = new Set(Object.entries(budgets).flatMap(([entry, names]) => Object.keys(names).map((name) => `${entry} ${name}`)));
    expect(
      [...measured].filter((key) => !listed.has(key)),
      'exports with no budget (npx tsx .ci/bundle-budgets.ts)',
    ).toEqual([]);
    expect(
      [...listed].filter((key) => !measured.has(key)),
      'budgets of names no longer exported',
    ).toEqual([]);
  });

  it('keeps every export within its budget', () => {
    const over = bundles.filter((bundle) => bundle.gzip > (budgets[bundle.entry]?.[bundle.name]?.gzip ?? 0));
    expect(over.map((bundle) => `${row(bundle)}; budget ${budgets[bundle.entry]?.[bundle.name]?.gzip ?? 'none'}`)).toEqual([]);
  });

  it('bundles no zod, yaml or papaparse for a function that parses nothing, and exactly the parsers the table names for one that parses', () => {
    const wrong = bundles.filter((bundle) => {
      const allowed = budgets[bundle.entry]?.[bundle.name]?.parsers ?? [];
      return (allowed.length > 0 && !mayHoldParsers(bundle.name)) || [...bundle.libraries].sort().join() !== [...allowed].sort().join();
    });
    expect(wrong.map((bundle) => `${row(bundle)}; the table allows ${budgets[bundle.entry]?.[bundle.name]?.parsers?.join(', ') ?? 'none'}`)).toEqual([]);
  });

  it('holds the small functions small: the calendar, the look-ups and financialYearOf alone under 3 kB', () => {
    const small = [
      'financialYearOf',
      'financialQuarterOf',
      'startOfFinancialYear',
      'endOfFinancialYear',
      'startOfFinancialQuarter',
      'endOfFinancialQuarter',
      'assurancePeriodsOf',
      'isFinancialYear',
      'parseFinancialYear',
      'findItem',
      'findTheme',
      'itemsOf',
      'levelOf',
      'nearestLevelOf',
      'scaleOf',
      'scaleRangeOf',
    ];
    const found = bundles.filter((bundle) => small.includes(bundle.name));
    expect(new Set(found.map((bundle) => bundle.name)).size).toBe(small.length);
    expect(found.filter((bundle) => bundle.gzip >= 3000).map(row)).toEqual([]);
  });

  it('gives the large ones a reason, and sets no budget far above its export (the measured size plus 10%, give or take)', () => {
    const unexplained = bundles.filter((bundle) => bundle.gzip >= 5000 && !budgets[bundle.entry]?.[bundle.name]?.why);
    expect(unexplained.map(row), 'large exports without a reason').toEqual([]);
    // A budget far above what it holds lets growth go unseen: rewrite the table after a size falls.
    const slack = bundles.filter((bundle) => (budgets[bundle.entry]?.[bundle.name]?.gzip ?? 0) > budgetFor(bundle.gzip) * 1.15 + 50);
    expect(
      slack.map((bundle) => `${row(bundle)}; budget ${budgets[bundle.entry]?.[bundle.name]?.gzip}`),
      'budgets to lower (npx tsx .ci/bundle-budgets.ts)',
    ).toEqual([]);
  });
});
