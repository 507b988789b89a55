import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetSpec, GROUPS, wideCsv } from '../../bench/data.js';
import type { Answer, AnswerValue } from '../../src/assessment/answer.js';
import { parseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { scoreAnswers, type ScoringOptions } from '../../src/assessment/score.js';
import { scoringSql, type ScoringSql, type ScoringSqlDialect, type ScoringSqlOptions } from '../../src/assessment/score-sql.js';
import { scoreAnswersCsv } from '../../src/assessment/stream.js';
import { itemsOf } from '../../src/framework/lookup.js';
import { FrameworkSchema, type Framework, type FrameworkInput } from '../../src/framework/schema.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { answer, docsFramework, fourLevelFramework, makeFramework } from './score-fixtures.js';
import {
  allDifferences,
  DEFAULT_NAMES,
  differences,
  expectedRows,
  loadRows,
  openDb,
  rowOf,
  rowsOf,
  runAll,
  tableOf,
  type AnswerRow,
  type Closeness,
  type Db,
  type SqlResults,
  type TableNames,
} from './score-sql-db.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';

// The reference framework 1.0.0 (eight themes, 80 items), which this file's expectations are written for.
const reference100 = referenceFrameworks['1.0.0'];

// scoringSql (docs/sql.md): the SQL it writes, run in DuckDB, gives our scores. In the DuckDB dialect every number
// equals ours to the last bit; in the ANSI form (also run in DuckDB) every number is within 1e-9 of ours, and the
// theme agreement's low flag may differ only when its index is within 1e-12 of the threshold (standard SQL cannot
// order a sum). Both dialects run on every case.

const DIALECTS: readonly ScoringSqlDialect[] = ['duckdb', 'ansi'];

let db: Db;
beforeAll(async () => {
  db = await openDb();
}, 60_000);
afterAll(() => db.close());

/** How close each dialect must come to our scores. */
function closeness(dialect: ScoringSqlDialect, lowAgreementBelow = 0.5): Closeness {
  return dialect === 'duckdb' ? { exact: true } : { exact: false, near: { flag: 'agreement_low', column: 'agreement_index', threshold: lowAgreementBelow } };
}

/** Scoring options as scoringSql takes them, from ScoringOptions. */
function sqlOptions(options: ScoringOptions, dialect: ScoringSqlDialect): ScoringSqlOptions {
  const { maxGroupDifferences: _unused, ...scoring } = options;
  return { ...scoring, dialect };
}

/**
 * Loads rows, runs both dialects and compares each with our scores of `answers` (the answers the rows should be
 * read as); returns the DuckDB dialect's results.
 */
async function checkBoth(framework: Framework, rows: readonly AnswerRow[], answers: readonly Answer[], options: ScoringOptions = {}): Promise<SqlResults> {
  await loadRows(db, rows);
  const expected = expectedRows(scoreAnswers(answers, { framework, ...options }));
  let first: SqlResults | undefined;
  for (const dialect of DIALECTS) {
    const results = await runAll(db, scoringSql(framework, sqlOptions(options, dialect)));
    expect(allDifferences(expected, results, closeness(dialect, options.lowAgreementBelow)), dialect).toEqual([]);
    first ??= results;
  }
  return first!;
}

/** Loads answers as rows (canonical codes) and checks both dialects. */
function check(framework: Framework, answers: readonly Answer[], options: ScoringOptions = {}): Promise<SqlResults> {
  return checkBoth(framework, answers.map(rowOf), answers, options);
}

/** The row of a table whose columns have the given values. */
function find(table: SqlResults['itemScores'], where: Readonly<Record<string, string | null>>) {
  const found = rowsOf(table).filter((row) => Object.entries(where).every(([key, value]) => row[key] === value));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('scoringSql on the bundled sample', () => {
  const framework = reference100;
  const imported = parseAnswersCsv(readFileSync('examples/sample/answers-2023-24.csv', 'utf8'), { framework });

  it('gives our scores for every organisation and group, in both dialects', async () => {
    const results = await check(framework, imported.answers);
    expect(results.itemScores.length).toBeGreaterThan(1000);
    expect(results.accounting).toEqual({ rows_read: imported.answers.length, answers: imported.answers.length, blank: 0, rejected: 0 });
  }, 60_000);

  it('gives our scores with every scoring option changed', async () => {
    await check(framework, imported.answers, {
      itemStatistic: 'median',
      minCoverage: 0.9,
      minGroupSize: 5,
      minRespondents: 13,
      lowAgreementBelow: 0.7,
    });
  }, 60_000);
});

describe('scoringSql on edge cases', { timeout: 60_000 }, () => {
  it('rounds halves up to the nearest level, also on a scale with gaps and on a four-level scale', async () => {
    const gapped = makeFramework({ themes: 1, conditions: 4, enablers: 0, levels: [1, 3, 5] });
    const answers = [
      // T1.C1: 1, 3 → mean 2, exactly between 1 and 3 → 3
      answer('o', 'r1', 'T1.C1', 1),
      answer('o', 'r2', 'T1.C1', 3),
      // T1.C2: 3, 5, 5, 5 → mean 4.5 → 5; median 5
      answer('o', 'r1', 'T1.C2', 3),
      answer('o', 'r2', 'T1.C2', 5),
      answer('o', 'r3', 'T1.C2', 5),
      answer('o', 'r4', 'T1.C2', 5),
      // T1.C3: 1, 1, 3 → mean 5/3, level 1; agreement index near 0.5 (1 - √0.25, computed in floating point)
      answer('o', 'r1', 'T1.C3', 1),
      answer('o', 'r2', 'T1.C3', 1),
      answer('o', 'r3', 'T1.C3', 3),
      // T1.C4: 1, 5 → mean 3 exactly; index 0
      answer('o', 'r1', 'T1.C4', 1),
      answer('o', 'r2', 'T1.C4', 5),
    ];
    for (const itemStatistic of ['mean', 'median'] as const) {
      const results = await check(gapped, answers, { itemStatistic });
      expect(find(results.itemScores, { item_id: 'T1.C1' })).toMatchObject({ score: 2, level: 3, median: 2 });
    }
    // On 0..3: 1, 2 → 1.5 → 2; 0, 0, 3 → index 0 (docs/scoring.md Example 7c).
    const four = [answer('o', 'r1', 'T1.C1', 1), answer('o', 'r2', 'T1.C1', 2), answer('o', 'r1', 'T1.C2', 0), answer('o', 'r2', 'T1.C2', 0), answer('o', 'r3', 'T1.C2', 3)];
    const results = await check(fourLevelFramework, four);
    expect(find(results.itemScores, { item_id: 'T1.C1' })).toMatchObject({ score: 1.5, level: 2 });
    expect(find(results.itemScores, { item_id: 'T1.C2' })).toMatchObject({ agreement_index: 0, agreement_low: true });
  });

  it('reads a long scale (0 to 10) level by level', async () => {
    const framework = makeFramework({ themes: 2, conditions: 2, enablers: 1, levels: Array.from({ length: 11 }, (_, k) => k) });
    const answers: Answer[] = [];
    for (let r = 0; r < 13; r++) {
      for (const itemId of ['T1.C1', 'T1.C2', 'T1.E1', 'T2.C1', 'T2.E1']) {
        const k = (r * 5 + itemId.length * 3 + itemId.charCodeAt(3)) % 13;
        answers.push(answer('o', `r${r}`, itemId, k < 11 ? k : k === 11 ? 'dont-know' : 'not-applicable', r % 2 === 0 ? 'even' : 'odd'));
      }
    }
    await check(framework, answers, { itemStatistic: 'median' });
    await check(framework, answers);
  });

  it('takes the halves of medians and of the agreement threshold as we do', async () => {
    const framework = makeFramework({ themes: 1, conditions: 2, enablers: 1, levels: [1, 2, 3, 4, 5] });
    const answers = [
      // T1.C1: 2, 3, 4, 5 → median 3.5 → 4 (docs/scoring.md Example 11)
      ...[2, 3, 4, 5].map((value, r) => answer('o', `r${r}`, 'T1.C1', value)),
      // T1.C2: 1, 3 → index exactly 0.5, not low
      answer('o', 'r0', 'T1.C2', 1),
      answer('o', 'r1', 'T1.C2', 3),
      // T1.E1: 2, 2, 3, 3 → mean 2.5 → 3
      ...[2, 2, 3, 3].map((value, r) => answer('o', `r${r}`, 'T1.E1', value)),
    ];
    const results = await check(framework, answers, { itemStatistic: 'median' });
    expect(find(results.itemScores, { item_id: 'T1.C1' })).toMatchObject({ median: 3.5, score: 3.5, level: 4 });
    expect(find(results.itemScores, { item_id: 'T1.C2' })).toMatchObject({ agreement_index: 0.5, agreement_low: false });
    await check(framework, answers, { lowAgreementBelow: 1 });
    await check(framework, answers, { lowAgreementBelow: 0 });
  });

  it('weighs items by fractional weights, in survey order, for themes and for respondents own theme scores', async () => {
    const weights = [0.1, 0.3, 1.7, 0.7, 2.9, 0.2];
    const framework = makeFramework({
      themes: 2,
      conditions: 3,
      enablers: 3,
      levels: [1, 2, 3, 4, 5],
      weight: (theme, kind, item) => weights[(theme + item + (kind === 'C' ? 0 : 3)) % weights.length]!,
    });
    const itemIds = itemsOf(framework).map((ref) => ref.item.id);
    const answers: Answer[] = [];
    for (let r = 0; r < 9; r++) {
      itemIds.forEach((itemId, i) => {
        const k = (r * 7 + i * 3) % 11;
        if (k < 8) answers.push(answer('o', `r${r}`, itemId, 1 + (k % 5)));
        else if (k === 8) answers.push(answer('o', `r${r}`, itemId, 'dont-know'));
      });
    }
    await check(framework, answers);
    await check(
      docsFramework,
      answers.filter((entry) => itemsOf(docsFramework).some((ref) => ref.item.id === entry.itemId)),
    );
  });

  it('reports empty themes, all-don’t-know and all-not-applicable items, and themes on their own scales', async () => {
    const input: FrameworkInput = {
      id: 'two-scales',
      version: '1.0.0',
      title: 'Two scales and an empty theme',
      provenance: { author: 'tests', status: 'local', statement: 'Built for the SQL tests.' },
      scales: [
        { id: 'five', title: 'Five', levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Five ${value}`, descriptor: 'x' })) },
        { id: 'gaps', title: 'Gaps', levels: [10, -2, 0, 4].map((value) => ({ value, label: `Gap ${value}`, descriptor: 'x' })) },
      ],
      defaultScale: 'five',
      defaultTarget: 4,
      themes: [
        {
          id: 'A',
          title: 'A',
          whatGoodLooksLike: 'a',
          conditionsOfSuccess: [
            { id: 'A.C1', text: 'x' },
            { id: 'A.C2', text: 'x' },
          ],
          enablingFactors: [{ id: 'A.E1', text: 'x', weight: 2 }],
        },
        { id: 'Empty', title: 'Empty', whatGoodLooksLike: 'e', conditionsOfSuccess: [], enablingFactors: [] },
        {
          id: 'B',
          title: 'B',
          whatGoodLooksLike: 'b',
          scale: 'gaps',
          conditionsOfSuccess: [],
          enablingFactors: [
            { id: 'B.E1', text: 'x', weight: 0.25 },
            { id: 'B.E2', text: 'x' },
            { id: 'B.E3', text: 'x', weight: 3 },
          ],
        },
      ],
    };
    const framework = FrameworkSchema.parse(input);
    const answers = [
      answer('o', 'r1', 'A.C1', 'dont-know'),
      answer('o', 'r2', 'A.C1', 'dont-know'),
      answer('o', 'r1', 'A.C2', 'not-applicable'),
      answer('o', 'r1', 'A.E1', 'dont-know'),
      answer('o', 'r2', 'A.E1', 'not-applicable'),
      answer('o', 'r1', 'B.E1', 10),
      answer('o', 'r2', 'B.E1', -2),
      answer('o', 'r3', 'B.E1', 0),
      answer('o', 'r1', 'B.E2', 4),
      answer('o', 'r3', 'B.E2', 10),
      answer('o', 'r2', 'B.E3', -2),
    ];
    const results = await check(framework, answers);
    expect(rowsOf(results.itemScores).map((row) => row['unscored_reason'])).toEqual(['all-dont-know', 'all-not-applicable', 'no-scoring-answers', null, null, null]);
    expect(find(results.themeScores, { theme_id: 'Empty' })).toMatchObject({ score: null, items: 0, coverage: 0, sufficient: false, agreement_n: 0 });
    expect(find(results.themeScores, { theme_id: 'A' })).toMatchObject({ score: null, scored_items: 0, coverage: 0 });
    await check(framework, answers, { itemStatistic: 'median', minCoverage: 1 });
  });

  it('scores groups, suppresses small ones, and withholds organisations under the minimum of respondents', async () => {
    const answers: Answer[] = [];
    const groups = ['core', 'core', 'core', 'partner', 'partner', 'partner', 'regional', undefined];
    groups.forEach((group, r) => {
      answers.push(answer('big', `r${r}`, 'T2.C1', 1 + ((r * 3) % 5), group));
      answers.push(answer('big', `r${r}`, 'T2.E1', r % 3 === 0 ? 'dont-know' : 1 + (r % 5), group));
      answers.push(answer('big', `r${r}`, 'T1.C1', 5 - (r % 4), group));
    });
    answers.push(answer('small', 'r1', 'T1.C1', 4, 'core'), answer('small', 'r1', 'T1.C2', 'dont-know', 'core'));
    answers.push(answer('small', 'r2', 'T1.C1', 2, 'core'), answer('small', 'r3', 'T1.C1', 3, 'core'));
    const results = await check(docsFramework, answers, { minRespondents: 4 });
    expect(rowsOf(results.organisations)).toEqual([
      { organisation_id: 'big', respondents: 8, answers: 24, unscored_reason: null },
      { organisation_id: 'small', respondents: 3, answers: 4, unscored_reason: 'too-few-respondents' },
    ]);
    expect(rowsOf(results.groups)).toEqual([
      { organisation_id: 'big', respondent_group: 'core', respondents: 3, suppressed: false },
      { organisation_id: 'big', respondent_group: 'partner', respondents: 3, suppressed: false },
      { organisation_id: 'big', respondent_group: 'regional', respondents: 1, suppressed: true },
    ]);
    expect(find(results.itemScores, { organisation_id: 'small', item_id: 'T1.C1' })).toMatchObject({ n: 3, score: null, unscored_reason: 'too-few-respondents', agreement_n: 3 });
    await check(docsFramework, answers, { minGroupSize: 1 });
    await check(docsFramework, answers, { minGroupSize: 4, minRespondents: 1 });
  });
});

describe('scoringSql reads the answer column and reports every row it does not score', { timeout: 60_000 }, () => {
  const framework = makeFramework({ themes: 1, conditions: 3, enablers: 2, levels: [1, 2, 3, 4, 5] });

  it('reads the spellings docs/sql.md lists, and rejects or counts as blank everything else', async () => {
    const rows: AnswerRow[] = [
      ['o', 'r1', 'T1.C1', ' 3 ', 'core'],
      ['o', 'r1', 'T1.C2', 'DK', 'core'],
      ['o', 'r1', 'T1.C3', 'Level 2', 'core'],
      ['o', 'r1', 'T1.E1', '4 - Level 4', null],
      ['o', 'r2', 'T1.C1', '3.0', ''],
      ['o', 'r2', 'T1.C2', 'Don\u2019t know', null],
      ['o', 'r2', 'T1.C3', 'N/A', null],
      ['o', 'r2', 'T1.E1', '+4', null],
      ['o', 'r2', 'T1.E2', '3,0', null],
      ['o', 'r3', 'T1.C1', 'not-applicable', null],
      ['o', 'r3', 'T1.C2', 'dont-know', null],
      ['o', 'r3', 'T1.C3', '  ', null],
      ['o', 'r3', 'T1.E1', null, null],
      ['o', 'r3', 'T1.E2', 'Mostly', null],
      ['o', 'r4', 'T1.C1', '7', null],
      ['o', 'r4', 'T1.C2', '2.5', null],
      ['o', 'r4', 'T9.C9', '3', null],
      ['o', '', 'T1.C1', '3', null],
      [null, 'r5', 'T1.C1', '3', null],
      ['o', 'r6', 'T1.C1', '1', null],
      ['o', 'r6', 'T1.C1', '2', null],
      ['o', 'r6', 'T1.C2', '5', null],
      ['o', 'r7', 'T1.C1', '5', 'core'],
      ['o', 'r7', 'T1.C2', '5', 'partner'],
      ['o', 'r8', 'T1.C1', '2', 'partner'],
    ];
    const answers: Answer[] = [
      answer('o', 'r1', 'T1.C1', 3, 'core'),
      answer('o', 'r1', 'T1.C2', 'dont-know', 'core'),
      answer('o', 'r1', 'T1.C3', 2, 'core'),
      answer('o', 'r1', 'T1.E1', 4, 'core'),
      answer('o', 'r2', 'T1.C1', 3),
      answer('o', 'r2', 'T1.C2', 'dont-know'),
      answer('o', 'r2', 'T1.C3', 'not-applicable'),
      answer('o', 'r2', 'T1.E1', 4),
      answer('o', 'r2', 'T1.E2', 3),
      answer('o', 'r3', 'T1.C1', 'not-applicable'),
      answer('o', 'r3', 'T1.C2', 'dont-know'),
      answer('o', 'r6', 'T1.C2', 5),
      answer('o', 'r8', 'T1.C1', 2, 'partner'),
    ];
    const results = await checkBoth(framework, rows, answers, { minGroupSize: 1 });
    expect(results.accounting).toEqual({ rows_read: 25, answers: 13, blank: 2, rejected: 10 });
    const byText = (a: unknown[], b: unknown[]) => JSON.stringify(a).localeCompare(JSON.stringify(b));
    expect(
      rowsOf(results.rejected)
        .map((row) => [row['respondent_id'], row['item_id'], row['answer'], row['reason']])
        .sort(byText),
    ).toEqual(
      [
        ['r5', 'T1.C1', '3', 'empty-required-cell'],
        ['', 'T1.C1', '3', 'empty-required-cell'],
        ['r3', 'T1.E2', 'Mostly', 'unrecognised-answer'],
        ['r4', 'T1.C1', '7', 'unrecognised-answer'],
        ['r4', 'T1.C2', '2.5', 'unrecognised-answer'],
        ['r4', 'T9.C9', '3', 'unknown-item'],
        ['r6', 'T1.C1', '1', 'duplicate-answer'],
        ['r6', 'T1.C1', '2', 'duplicate-answer'],
        ['r7', 'T1.C1', '5', 'conflicting-group'],
        ['r7', 'T1.C2', '5', 'conflicting-group'],
      ].sort(byText),
    );
  });

  it('reads a table of any name with columns of any names, or without a group column', async () => {
    const answers = [answer('o', 'r1', 'T1.C1', 3, 'core'), answer('o', 'r2', 'T1.C1', 4, 'core'), answer('o', 'r2', 'T1.E2', 'not-applicable', 'core')];
    const names: TableNames = { table: 'Survey Answers', columns: ['Org', 'Who', 'Question', 'Response', 'Team'] };
    await loadRows(db, answers.map(rowOf), names);
    const expected = expectedRows(scoreAnswers(answers, { framework, minGroupSize: 2 }));
    const columns = { organisation: 'Org', respondent: 'Who', item: 'Question', value: 'Response', group: 'Team' };
    for (const dialect of DIALECTS) {
      const results = await runAll(db, scoringSql(framework, { dialect, table: names.table, columns, minGroupSize: 2 }));
      expect(allDifferences(expected, results, closeness(dialect))).toEqual([]);
    }
    const withoutGroups = answers.map((entry) => answer(entry.organisationId, entry.respondentId, entry.itemId, entry.answer));
    const results = await runAll(db, scoringSql(framework, { table: ['main', names.table], columns: { ...columns, group: null } }));
    expect(allDifferences(expectedRows(scoreAnswers(withoutGroups, { framework })), results, { exact: true })).toEqual([]);
  });
});

describe('scoringSql with hostile names', { timeout: 60_000 }, () => {
  /** A copy of a framework with each item and theme id changed. */
  function renamed(framework: Framework, rename: (id: string) => string): Framework {
    const copy = JSON.parse(JSON.stringify(framework)) as {
      themes: { id: string; conditionsOfSuccess: { id: string }[]; enablingFactors: { id: string }[] }[];
      scales: { levels: { label: string }[]; dontKnow: { label: string } }[];
    };
    for (const theme of copy.themes) {
      theme.id = rename(theme.id);
      for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) item.id = rename(item.id);
    }
    copy.scales[0]!.levels[0]!.label = "It's '; DROP TABLE canary; --";
    copy.scales[0]!.dontKnow.label = 'No idea */ SELECT 1; /*';
    return copy as unknown as Framework;
  }

  const hostile = renamed(docsFramework, (id) => `${id}'); DROP TABLE canary; -- "x" /* ; */`);
  const names: TableNames = {
    table: 'answers"; DROP TABLE canary; --',
    columns: ['org"id', "resp'id", 'item;id', 'answer -- value', 'group /* x */'],
  };

  it('embeds ids, labels and names as data, never as SQL', async () => {
    const itemIds = itemsOf(hostile).map((ref) => ref.item.id);
    expect(itemIds[0]).toContain("'");
    const answers = [
      answer("o'; --", 'r1', itemIds[0]!, 4, 'g"1'),
      answer("o'; --", 'r2', itemIds[0]!, 2, 'g"1'),
      answer("o'; --", 'r2', itemIds[1]!, 'dont-know', 'g"1'),
      answer("o'; --", 'r3', itemIds[4]!, 5),
    ];
    await db.connection.run('CREATE OR REPLACE TABLE canary (x INTEGER)');
    const rows: AnswerRow[] = answers.map(rowOf);
    // The hostile labels are spellings too: "It's …" is level 1, "No idea …" is don't know.
    rows.push(["o'; --", 'r4', itemIds[0]!, "it's '; drop table canary; --", null], ["o'; --", 'r4', itemIds[1]!, 'NO IDEA */ SELECT 1; /*', null]);
    const read = [...answers, answer("o'; --", 'r4', itemIds[0]!, 1), answer("o'; --", 'r4', itemIds[1]!, 'dont-know')];
    await loadRows(db, rows, names);
    const expected = expectedRows(scoreAnswers(read, { framework: hostile, minGroupSize: 2 }));
    const columns = { organisation: names.columns[0], respondent: names.columns[1], item: names.columns[2], value: names.columns[3], group: names.columns[4] };
    for (const dialect of DIALECTS) {
      const sql = scoringSql(hostile, { dialect, table: names.table, columns, minGroupSize: 2 });
      const results = await runAll(db, sql);
      expect(allDifferences(expected, results, closeness(dialect))).toEqual([]);
      expect(results.accounting).toEqual({ rows_read: 6, answers: 6, blank: 0, rejected: 0 });
    }
    expect(rowsOf(await tableOf(db, 'SELECT COUNT(*) AS n FROM canary'))).toEqual([{ n: 0 }]);
  });

  it('refuses ids with a backslash or a control character, and names with NUL', () => {
    expect(() => scoringSql(renamed(docsFramework, (id) => `${id}\\`))).toThrow(/^scoringSql: a theme id "T1\\\\" holds a control character or a backslash/);
    expect(() => scoringSql(renamed(docsFramework, (id) => (id.includes('.') ? `${id}\n` : id)))).toThrow(/^scoringSql: an item id/);
    expect(() => scoringSql(docsFramework, { table: 'a\u0000b' })).toThrow(RangeError);
    expect(() => scoringSql(docsFramework, { columns: { item: 'a\u0000b' } })).toThrow(/^scoringSql: options.columns.item must not hold a NUL/);
  });
});

describe('scoringSql options', () => {
  it('fills in the defaults and names the options it applies', () => {
    const sql = scoringSql(docsFramework);
    expect(sql.dialect).toBe('duckdb');
    expect(sql.options).toEqual({ itemStatistic: 'mean', minCoverage: 0.5, minGroupSize: 3, minRespondents: 1, lowAgreementBelow: 0.5 });
    expect(sql.itemScores).toContain('FROM "answers"');
    expect(sql.itemScores).toContain('"organisation_id"');
    expect(scoringSql(docsFramework, { dialect: 'ansi' }).themeScores).not.toMatch(/list_reduce|VARCHAR\)|\bDOUBLE\)/);
  });

  it('returns deeply frozen queries and changes neither the framework nor the options', () => {
    const options = Object.freeze({ dialect: 'ansi' as const, table: Object.freeze(['s', 't']), columns: Object.freeze({ group: null }), minCoverage: 0.25 });
    const before = JSON.stringify([docsFramework, options]);
    const sql = scoringSql(docsFramework, options);
    expect(isDeepFrozen(sql)).toBe(true);
    expect(JSON.stringify([docsFramework, options])).toBe(before);
    expect(sql.itemScores).toContain('FROM "s"."t"');
    expect(sql.options.minCoverage).toBe(0.25);
  });

  it('throws TypeError and RangeError with messages that start with scoringSql', () => {
    const bad: [unknown, unknown, RegExp][] = [
      [docsFramework, 'ansi', /^scoringSql: options must be an object or undefined, got "ansi"/],
      [docsFramework, { columns: 'x' }, /^scoringSql: options.columns must be an object/],
      [null, undefined, /^scoringSql: framework must be a framework/],
    ];
    for (const [framework, options, message] of bad) {
      expect(() => scoringSql(framework as Framework, options as ScoringSqlOptions)).toThrow(TypeError);
      expect(() => scoringSql(framework as Framework, options as ScoringSqlOptions)).toThrow(message);
    }
    const range: [unknown, RegExp][] = [
      [{ dialect: 'postgres' }, /^scoringSql: options.dialect must be "duckdb" or "ansi"/],
      [{ maxGroupDifferences: 3 }, /^scoringSql: unknown option "maxGroupDifferences"/],
      [{ organisationId: 'x' }, /^scoringSql: unknown option "organisationId"/],
      [{ columns: { answer: 'x' } }, /^scoringSql: unknown column "answer" in options.columns/],
      [{ table: '' }, /^scoringSql: options.table must be a non-empty string/],
      [{ table: [] }, /^scoringSql: options.table must be a name or a non-empty array/],
      [{ table: 'CAF_Items' }, /^scoringSql: options.table "CAF_Items" starts with "caf_", as the query's own steps are named/],
      [{ columns: { group: '' } }, /^scoringSql: options.columns.group must be a non-empty string/],
      [{ minCoverage: 2 }, /^scoringSql: options.minCoverage must be a number from 0 to 1/],
      [{ lowAgreementBelow: -1 }, /^scoringSql: options.lowAgreementBelow must be a number from 0 to 1/],
      [{ minRespondents: 0 }, /^scoringSql: options.minRespondents must be a whole number of at least 1/],
      [{ minGroupSize: 1.5 }, /^scoringSql: options.minGroupSize must be a whole number of at least 1/],
      [{ itemStatistic: 'mode' }, /^scoringSql: options.itemStatistic must be "mean" or "median"/],
    ];
    for (const [options, message] of range) {
      expect(() => scoringSql(docsFramework, options as ScoringSqlOptions)).toThrow(RangeError);
      expect(() => scoringSql(docsFramework, options as ScoringSqlOptions)).toThrow(message);
    }
    const twice = JSON.parse(JSON.stringify(docsFramework)) as { themes: { conditionsOfSuccess: { id: string }[] }[] };
    twice.themes[0]!.conditionsOfSuccess[1]!.id = 'T1.C1';
    expect(() => scoringSql(twice as unknown as Framework)).toThrow(/^scoringSql: the framework "docs-example" has the item id "T1.C1" twice/);
  });
});

describe('the worked example of docs/sql.md', { timeout: 60_000 }, () => {
  it('gives the rows the guide shows', async () => {
    // docs/scoring.md Example 5, with one don't know, one rejected row and one blank answer.
    const rows: AnswerRow[] = [
      ['greater-manchester', 'r1', 'T1.C1', '4', null],
      ['greater-manchester', 'r1', 'T1.C2', '2', null],
      ['greater-manchester', 'r1', 'T1.E1', '3', null],
      ['greater-manchester', 'r2', 'T1.C1', '4', null],
      ['greater-manchester', 'r2', 'T1.C2', '3', null],
      ['greater-manchester', 'r2', 'T1.E1', '3', null],
      ['greater-manchester', 'r2', 'T1.E2', 'NA', null],
      ['greater-manchester', 'r2', 'T2.C1', 'DK', null],
      ['greater-manchester', 'r2', 'T2.C2', '', null],
      ['greater-manchester', 'r2', 'T2.E9', '4', null],
    ];
    await loadRows(db, rows, DEFAULT_NAMES);
    const sql: ScoringSql = scoringSql(docsFramework);
    const items = rowsOf(await tableOf(db, sql.itemScores));
    expect(
      items
        .slice(0, 4)
        .map((row) => [row['item_id'], row['n'], row['score'], row['sd'], row['level'], row['dont_know'], row['not_applicable'], row['missing'], row['unscored_reason']]),
    ).toEqual([
      ['T1.C1', 2, 4, 0, 4, 0, 0, 0, null],
      ['T1.C2', 2, 2.5, 0.7071067811865476, 3, 0, 0, 0, null],
      ['T1.E1', 2, 3, 0, 3, 0, 0, 0, null],
      ['T1.E2', 0, null, null, null, 0, 1, 1, 'all-not-applicable'],
    ]);
    const themes = rowsOf(await tableOf(db, sql.themeScores));
    expect(themes[0]).toEqual({
      organisation_id: 'greater-manchester',
      respondent_group: null,
      theme_id: 'T1',
      score: 3.375,
      conditions_score: 3.5,
      enablers_score: 3,
      level: 3,
      scored_items: 3,
      items: 4,
      coverage: 0.75,
      sufficient: true,
      agreement_n: 2,
      agreement_sd: 0.1767766952966369,
      agreement_index: 0.9375,
      agreement_low: false,
    });
    expect(rowsOf(await tableOf(db, sql.rejected))).toEqual([
      { organisation_id: 'greater-manchester', respondent_id: 'r2', item_id: 'T2.E9', answer: '4', respondent_group: null, reason: 'unknown-item' },
    ]);
    expect(rowsOf(await tableOf(db, sql.accounting))).toEqual([{ rows_read: 10, answers: 8, blank: 1, rejected: 1 }]);
    const docs = readFileSync('docs/sql.md', 'utf8');
    for (const shown of [
      '| T1.C2   | 2 |   2.5 | 0.7071067811865476 |     3 |',
      '| T1       |  3.375 |              3.5 |              3 |     3 |            3 |     4 |     0.75 | true       |',
      '0.9375',
    ]) {
      expect(docs).toContain(shown);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Laws on random frameworks, answers and options.

type Cell = null | AnswerValue;

interface Case {
  readonly framework: Framework;
  readonly answers: readonly Answer[];
  readonly options: ScoringOptions;
}

const WEIGHTS = [0.1, 0.25, 0.3, 1, 1.7, 2, 3.3];

/** A framework whose themes each have their own number of conditions and enablers (none, for an empty theme). */
const frameworkArb: fc.Arbitrary<Framework> = fc
  .record({
    themes: fc.array(fc.record({ conditions: fc.integer({ min: 0, max: 3 }), enablers: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 3 }),
    levels: fc.uniqueArray(fc.integer({ min: -3, max: 7 }), { minLength: 2, maxLength: 5 }),
    weights: fc.array(fc.constantFrom(...WEIGHTS), { minLength: 5, maxLength: 5 }),
  })
  .map(({ themes, levels, weights }) =>
    FrameworkSchema.parse({
      id: 'random',
      version: '1.0.0',
      title: 'Random',
      provenance: { author: 'tests', status: 'local', statement: 'Random.' },
      scales: [{ id: 's', title: 'S', levels: levels.map((value) => ({ value, label: `L${value}`, descriptor: 'x' })) }],
      defaultTarget: levels[0]!,
      themes: themes.map((theme, t) => ({
        id: `T${t + 1}`,
        title: 'x',
        whatGoodLooksLike: 'x',
        conditionsOfSuccess: Array.from({ length: theme.conditions }, (_, i) => ({ id: `T${t + 1}.C${i + 1}`, text: 'x', weight: weights[(t + i) % 5]! })),
        enablingFactors: Array.from({ length: theme.enablers }, (_, i) => ({ id: `T${t + 1}.E${i + 1}`, text: 'x', weight: weights[(t + i + 3) % 5]! })),
      })),
    } satisfies FrameworkInput),
  );

const caseArb: fc.Arbitrary<Case> = frameworkArb.chain((framework) => {
  const itemIds = itemsOf(framework).map((ref) => ref.item.id);
  const levels = framework.scales[0]!.levels.map((level) => level.value);
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant<AnswerValue>('dont-know') },
    { weight: 1, arbitrary: fc.constant<AnswerValue>('not-applicable') },
    // Few distinct values, so that halves and ties are common.
    { weight: 6, arbitrary: fc.constantFrom(...levels.slice(0, 3)) },
  );
  const respondent = fc.record({
    group: fc.constantFrom(undefined, 'core', 'partner'),
    cells: fc.array(cell, { minLength: itemIds.length, maxLength: itemIds.length }),
  });
  return fc
    .record({
      organisations: fc.array(fc.array(respondent, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }),
      options: fc.record({
        itemStatistic: fc.constantFrom<'mean' | 'median'>('mean', 'median'),
        minCoverage: fc.constantFrom(0, 0.25, 0.5, 1),
        minGroupSize: fc.integer({ min: 1, max: 3 }),
        minRespondents: fc.integer({ min: 1, max: 3 }),
        lowAgreementBelow: fc.constantFrom(0, 0.5, 0.75, 1),
      }),
    })
    .map(({ organisations, options }) => {
      const answers: Answer[] = [];
      organisations.forEach((respondents, o) =>
        respondents.forEach((entry, r) =>
          entry.cells.forEach((value, i) => {
            if (value !== null) answers.push(answer(`org-${o}`, `r${r}`, itemIds[i]!, value, entry.group));
          }),
        ),
      );
      return { framework, answers, options };
    });
});

describe('scoringSql on random frameworks, answers and options', () => {
  it('gives our scores in both dialects', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ framework, answers, options }) => {
        await loadRows(db, answers.map(rowOf));
        const expected = expectedRows(scoreAnswers(answers, { framework, ...options }));
        for (const dialect of DIALECTS) {
          const results = await runAll(db, scoringSql(framework, sqlOptions(options, dialect)));
          expect(allDifferences(expected, results, closeness(dialect, options.lowAgreementBelow))).toEqual([]);
          expect(results.accounting).toEqual({ rows_read: answers.length, answers: answers.length, blank: 0, rejected: 0 });
        }
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------------------------
// The benchmark's large case: 2,000 organisations × 50 respondents × 80 items = 8,000,000 answers, in three groups;
// the ANSI form on a quarter of them. About 20 s on two busy cores.

describe('scoringSql at the large size', () => {
  it('gives our scores for 8 million answers', async () => {
    const framework = reference100;
    const spec = datasetSpec('large');
    expect(spec.organisations).toHaveLength(2000);
    // The wide CSV of bench/data.ts, with each respondent in one of three groups (as bench's withGroups deals them).
    const text = wideCsv(spec, framework)
      .split('\n')
      .map((line, k) => (line === '' ? line : k === 0 ? `${line},respondent_group` : `${line},${GROUPS[Number(line.split(',', 2)[1]!.slice(1)) % GROUPS.length]}`))
      .join('\n');
    const ours = scoreAnswersCsv(text, { framework, organisations: 'any' }).scores;
    const path = join(tmpdir(), `caf-score-sql-${process.pid}.csv`);
    writeFileSync(path, text, 'utf8');
    try {
      // The long layout, as a warehouse would hold it: DK and NA as the survey tool wrote them.
      await db.connection.run(`CREATE OR REPLACE TABLE answers AS
        UNPIVOT (SELECT * FROM read_csv('${path}', header = true, all_varchar = true))
        ON COLUMNS(* EXCLUDE (organisation_id, respondent_id, respondent_group)) INTO NAME item_id VALUE answer`);
    } finally {
      rmSync(path, { force: true });
    }
    const expected = expectedRows(ours);
    const unit = ['organisation_id', 'respondent_group'];
    const sql = scoringSql(framework);
    const items = await tableOf(db, sql.itemScores);
    expect(items.length).toBe(2000 * 4 * 80);
    expect(differences('itemScores', expected.itemScores, items, [...unit, 'item_id'], { exact: true })).toEqual([]);
    const themes = await tableOf(db, sql.themeScores);
    expect(differences('themeScores', expected.themeScores, themes, [...unit, 'theme_id'], { exact: true })).toEqual([]);
    // The ANSI form on a quarter of them (two million answers), through a view, as a warehouse would give it.
    await db.connection.run(`CREATE OR REPLACE VIEW quarter AS SELECT * FROM answers WHERE organisation_id <= 'org-0500'`);
    const ansi = await tableOf(db, scoringSql(framework, { dialect: 'ansi', table: 'quarter' }).themeScores);
    const quarter = expected.themeScores.filter((row) => String(row['organisation_id']) <= 'org-0500');
    expect(quarter).toHaveLength(500 * 4 * 8);
    expect(differences('themeScores', quarter, ansi, [...unit, 'theme_id'], closeness('ansi'))).toEqual([]);
  }, 600_000);
});
