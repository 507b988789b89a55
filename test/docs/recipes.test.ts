import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as caf from '../../src/index.js';
import * as analysis from '../../src/analysis/index.js';
import * as assessment from '../../src/assessment/index.js';
import * as frameworkEntry from '../../src/framework/index.js';
import * as programme from '../../src/programme/index.js';
import * as report from '../../src/report/index.js';
import * as schemas from '../../src/schemas/index.js';

const recipes = readFileSync(new URL('../../docs/recipes.md', import.meta.url), 'utf8');
const blocks = [...recipes.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

/** The package's entry points by import path, as the recipes import them. */
const entries: Readonly<Record<string, unknown>> = {
  'cancer-alliance-framework': caf,
  'cancer-alliance-framework/analysis': analysis,
  'cancer-alliance-framework/assessment': assessment,
  'cancer-alliance-framework/framework': frameworkEntry,
  'cancer-alliance-framework/programme': programme,
  'cancer-alliance-framework/report': report,
  'cancer-alliance-framework/schemas': schemas,
};

// The blocks run in order in one scope, as they would in one REPL session, against the source (test/docs/snippets.test.ts
// runs them from the packed package, as a script and in a real REPL).
const AsyncFunction = (Object.getPrototypeOf(async () => {}) as { readonly constructor: unknown }).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<Record<string, unknown>>;

describe('docs/recipes.md', () => {
  it('has recipes', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
  });

  it('imports only the package entry points and node:fs', () => {
    const imported = [...blocks.join('\n').matchAll(/await import\('([^']+)'\)/g)].map((match) => match[1]);
    expect(imported.length).toBeGreaterThan(0);
    for (const path of imported) expect(path === 'node:fs' || Object.hasOwn(entries, path!), path).toBe(true);
  });

  it('runs every recipe in order, with the results the comments state', { timeout: 60_000 }, async () => {
    const source = blocks
      .join('\n')
      .replace(/await import\('(cancer-alliance-framework(?:\/\w+)?)'\)/g, (_, path: string) => `entries[${JSON.stringify(path)}]`)
      .replace("await import('node:fs')", 'fs')
      // The recipes read the sample that `cancer-alliance-framework sample --out sample` writes: here, the repository's copy.
      .replaceAll("'sample/", "'examples/sample/");
    const names = ['framework', 'answeredOn', 'result', 'imported', 'scores', 'position', 'byMedian', 'reports', 'scoresCsv'];
    const run = new AsyncFunction('entries', 'fs', `${source}\nreturn { ${names.join(', ')} };`);
    const out = await run(entries, { readFileSync });
    expect((out['result'] as { success: boolean }).success).toBe(false);
    const imported = out['imported'] as caf.AnswersImport;
    expect(imported.accounting.rowsRead).toBe(imported.accounting.rowsAccepted + imported.accounting.rowsRejected);
    expect(String(out['scoresCsv']).split('\r\n')[0]).toMatch(/^organisation_id,/);
    expect(out['framework']).toBe(caf.effectiveCancerAllianceFramework);
    const framework = out['answeredOn'] as caf.Framework;
    expect(framework.version).toBe('1.0.0');
    expect(imported.issues).toEqual([]);
    expect(out['byMedian']).toEqual(caf.scoreAnswers(imported.answers, { framework, itemStatistic: 'median' }));
    expect(out['scores']).toEqual(caf.scoreAnswers(imported.answers, { framework }));
  });

  it('states results that are true', () => {
    expect(programme.organisationsAt(new Date(2023, 2, 31)).alliances).toHaveLength(21);
    expect(programme.organisationsAt(new Date(2024, 3, 1)).alliances).toHaveLength(20);
    expect(programme.requiredSignatoriesOf('delivery-plan', 'greater-manchester').map((party) => party.title)).toEqual([
      'Regional Director, North West',
      'National Cancer Director',
    ]);
    expect(programme.financialYearOf(new Date(2024, 2, 31))).toBe('2023/24');
    expect(programme.financialQuarterOf(new Date(2024, 2, 31))).toBe('Q4');
  });
});
