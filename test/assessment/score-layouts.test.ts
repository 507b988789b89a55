import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/assessment/score.js';
import { AnswerReader } from '../../src/assessment/score-read.js';
import { ItemAgreements, scoringIndexOf } from '../../src/assessment/score-statistics.js';
import { keptLayouts } from '../../src/internal/kept-layouts.js';
import { answer, docsFramework } from './score-fixtures.js';

// What the library keeps alive so that V8 keeps the layouts its hot code is compiled for (kept-layouts.ts): one small
// object of each kind, once, never one a call: a reader kept per call would hold every call's answers.

describe('kept layouts', () => {
  it('keeps one record of each kind by each maker from the start, then one reader and one agreement table, however many calls', () => {
    const records = keptLayouts().length;
    expect(records).toBe(6);
    expect(keptLayouts().every((object) => Object.isFrozen(object) && Object.getPrototypeOf(object) === Object.prototype)).toBe(true);
    const answers = ['r1', 'r2', 'r3'].flatMap((r, k) => [answer('a', r, 'T1.C1', k + 1), answer('b', r, 'T1.C2', 5 - k)]);
    for (let call = 0; call < 5; call++) scoreAnswers(answers, { framework: docsFramework });
    const kept = keptLayouts();
    expect(kept).toHaveLength(records + 2);
    const readers = kept.filter((object) => object instanceof AnswerReader);
    expect(readers).toHaveLength(1);
    expect(kept.filter((object) => object instanceof ItemAgreements)).toHaveLength(1);
    // The kept reader is a new one, empty: 16 rows of cells, no organisation, none of the calls' answers.
    const store = readers[0]!.store();
    expect(store.organisations.size).toBe(0);
    expect(store.cells).toHaveLength(16 * scoringIndexOf(docsFramework, 'test').itemCount);
  });
});
