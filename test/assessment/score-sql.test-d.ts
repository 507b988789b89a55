import { describe, expectTypeOf, it } from 'vitest';
import { scoringSql, type ScoringSql, type ScoringSqlDialect } from '../../src/assessment/index.js';
import type { Framework } from '../../src/framework/schema.js';

declare const framework: Framework;

describe('scoringSql types', () => {
  it('takes the framework and one optional options object', () => {
    expectTypeOf(scoringSql(framework)).toEqualTypeOf<ScoringSql>();
    expectTypeOf(scoringSql(framework, { dialect: 'ansi', table: ['s', 't'], columns: { group: null } })).toEqualTypeOf<ScoringSql>();
    // @ts-expect-error a dialect is 'duckdb' or 'ansi'
    scoringSql(framework, { dialect: 'postgres' });
    // @ts-expect-error group differences are not written in SQL
    scoringSql(framework, { maxGroupDifferences: 3 });
    // @ts-expect-error the answer column is `value`
    scoringSql(framework, { columns: { answer: 'a' } });
  });

  it('gives read-only queries', () => {
    const sql = scoringSql(framework);
    expectTypeOf(sql.dialect).toEqualTypeOf<ScoringSqlDialect>();
    expectTypeOf(sql.itemScores).toEqualTypeOf<string>();
    // @ts-expect-error results are read-only
    sql.itemScores = '';
    // @ts-expect-error options are read-only
    sql.options.minCoverage = 1;
  });
});
