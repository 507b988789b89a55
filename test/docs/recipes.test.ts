import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as caf from '../../src/index.js';

const recipes = readFileSync(new URL('../../docs/recipes.md', import.meta.url), 'utf8');
const blocks = [...recipes.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

// The blocks run in order in one scope, as they would in one REPL session.
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (
  ...args: unknown[]
) => Promise<Record<string, unknown>>;

describe('docs/recipes.md', () => {
  it('has recipes', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
  });

  it('runs every recipe in order, with the results the comments state', async () => {
    const source = blocks
      .join('\n')
      .replace("await import('cancer-alliance-framework')", 'injected')
      .replace("await import('node:fs')", 'fs');
    const names = ['framework', 'result', 'imported', 'scores', 'position', 'grid', 'byMedian', 'reports', 'scoresCsv'];
    const run = new AsyncFunction('injected', 'fs', `${source}\nreturn { ${names.join(', ')} };`);
    const out = await run(caf, { readFileSync });
    expect((out['result'] as { success: boolean }).success).toBe(false);
    const imported = out['imported'] as caf.AnswersImport;
    expect(imported.accounting.rowsRead).toBe(imported.accounting.rowsAccepted + imported.accounting.rowsRejected);
    expect(String(out['scoresCsv']).split('\r\n')[0]).toMatch(/^organisation_id,/);
    const framework = out['framework'] as caf.Framework;
    const grid = out['grid'] as caf.AnswerGrid;
    expect(out['byMedian']).toEqual(caf.scoreAnswers(framework, imported.answers, { itemStatistic: 'median' }));
    expect(caf.scoreAnswerGrid(framework, grid)).toEqual(out['scores']);
  });

  it('states results that are true', () => {
    expect(caf.organisationsAt(new Date(2023, 2, 31)).alliances).toHaveLength(21);
    expect(caf.organisationsAt(new Date(2024, 3, 1)).alliances).toHaveLength(20);
    expect(caf.requiredSignatoriesOf('delivery-plan', 'greater-manchester').map((party) => party.title)).toEqual([
      'Regional Director, North West',
      'National Cancer Director',
    ]);
    expect(caf.financialYearOf(new Date(2024, 2, 31))).toBe('2023/24');
    expect(caf.financialQuarterOf(new Date(2024, 2, 31))).toBe('Q4');
  });
});
