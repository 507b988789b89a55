import { createReadStream, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/assessment/answer.js';
import { AnswersError } from '../../src/assessment/errors.js';
import { parseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { parseAnswersJson } from '../../src/assessment/ingest-json.js';
import { parseAnswersStream } from '../../src/assessment/ingest-stream.js';
import { scoreAnswers, type ScoreAnswersOptions, type ScoringOptions } from '../../src/assessment/score.js';
import { scoreAnswersCsv, scoreAnswersStream } from '../../src/assessment/stream.js';
import { generateSyntheticAnswers } from '../../src/assessment/synthetic.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { fixture, referenceFramework, sevenThemeFramework, thawedCopy } from './fixtures/frameworks.js';
import { thrown, scoreOne } from './helpers.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';

// The reference framework 1.0.0 (eight themes, 80 items), which this file's expectations are written for.
const reference100 = referenceFrameworks['1.0.0'];

const framework = referenceFramework();

/** Answers of four organisations with respondent groups, don't-know, not-applicable and blanks, in survey order. */
const answers = generateSyntheticAnswers({
  framework,
  organisations: [{ id: 'wessex' }, { id: 'alliance-b' }, { id: 'alliance-a' }, { id: 'thames-valley' }],
  seed: 7,
  respondents: { min: 2, max: 14 },
});

/** The answers in batches of `size`. */
function batches<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let from = 0; from < values.length; from += size) out.push(values.slice(from, from + size));
  return out;
}

/** An async iterable of the values, each after a turn of the event loop's microtasks. */
async function* streamOf<T>(values: Iterable<T>): AsyncGenerator<T> {
  for (const value of values) {
    await Promise.resolve();
    yield value;
  }
}

/** A generator (an iterable that is not an array). */
function* generatorOf<T>(values: Iterable<T>): Generator<T> {
  yield* values;
}

/** Every answer moved to a pseudo-random place, deterministically. */
function shuffled<T>(values: readonly T[]): T[] {
  const out = values.slice();
  let state = 12345;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const optionSets: readonly (ScoringOptions | undefined)[] = [
  undefined,
  { itemStatistic: 'median', minGroupSize: 4, maxGroupDifferences: 3 },
  { minRespondents: 5, minCoverage: 0.9, lowAgreementBelow: 0.8 },
];

/** The values of batches, one by one: an iterable that is not an array, of the answers in their order. */
function* flattened<T>(groups: Iterable<readonly T[]>): Generator<T> {
  for (const group of groups) yield* group;
}

describe('scoreAnswers: answers from any iterable', () => {
  it('gives the same scores however the answers arrive', { timeout: 60_000 }, () => {
    for (const options of optionSets) {
      const expected = scoreAnswers(answers, { framework, ...options });
      expect(scoreAnswers(answers.slice(), { framework, ...options })).toEqual(expected);
      expect(scoreAnswers(generatorOf(answers), { framework, ...options })).toEqual(expected);
      expect(scoreAnswers(flattened(batches(answers, 97)), { framework, ...options })).toEqual(expected);
      expect(scoreAnswers(new Set(answers), { framework, ...options })).toEqual(expected);
      expect(scoreAnswers(answers.values(), { framework, ...options })).toEqual(expected);
    }
  });

  it('does not depend on the order of the answers', () => {
    expect(scoreAnswers(flattened(batches(shuffled(answers), 10)), { framework })).toEqual(scoreAnswers(answers, { framework }));
  });

  it('scores a framework of seven themes on four-level scales', () => {
    const seven = sevenThemeFramework();
    const sevenAnswers = generateSyntheticAnswers({ framework: seven, organisations: [{ id: 'a' }, { id: 'b' }], seed: 3 });
    const expected = scoreAnswers(sevenAnswers, { framework: seven });
    expect(expected.organisations[0]?.themes).toHaveLength(7);
    expect(scoreAnswers(flattened(batches(sevenAnswers, 13)), { framework: seven })).toEqual(expected);
  });

  it('scores an empty iterable as no organisations', () => {
    expect(scoreAnswers(generatorOf<Answer>([]), { framework })).toEqual(scoreAnswers([], { framework }));
    expect(scoreAnswers([], { framework }).organisations).toEqual([]);
  });

  it('returns deeply frozen, JSON-safe scores and leaves its input alone', () => {
    const input = thawedCopy(answers.slice(0, 300));
    const before = JSON.stringify(input);
    const scores = scoreAnswers(generatorOf(input), { framework });
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input[0])).toBe(false);
    expect(isDeepFrozen(scores)).toBe(true);
    expect(JSON.parse(JSON.stringify(scores))).toEqual(scores);
  });

  it('numbers the answers from the first in its messages, from an array or any iterable', () => {
    const bad = [...answers.slice(0, 10), { ...answers[10]!, itemId: 'T9.C9' } as Answer, ...answers.slice(11, 20)];
    const message = /^scoreAnswers: answers\[10\] \(organisation "wessex", respondent "r01", item "T9\.C9"\) names an item that is not in the framework/;
    expect(() => scoreAnswers(bad, { framework })).toThrow(message);
    expect(() => scoreAnswers(flattened(batches(bad, 4)), { framework })).toThrow(message);
    expect(() => scoreAnswers(generatorOf(bad), { framework })).toThrow(message);
  });

  it('checks every answer from an iterable as from an array', () => {
    const twice = [answers[0]!, answers[1]!, answers[0]!];
    expect(() => scoreAnswers(generatorOf(twice), { framework })).toThrow(/^scoreAnswers: answers\[2\] .* is a second answer by the same respondent/);
    const regrouped = [answers[0]!, { ...answers[1]!, respondentGroup: 'somewhere else' } as Answer];
    expect(() => scoreAnswers(generatorOf(regrouped), { framework })).toThrow(/^scoreAnswers: answers\[1\] .* puts the respondent in the group "somewhere else"/);
    const offScale = [{ ...answers[0]!, answer: 6 } as Answer];
    expect(() => scoreAnswers(generatorOf(offScale), { framework })).toThrow(/^scoreAnswers: answers\[0\] .* has the value 6, which is not a level of the scale/);
    expect(() => scoreAnswers(generatorOf([answers[0]!, null] as unknown as Answer[]), { framework })).toThrow(/^scoreAnswers: answers\[1\] must be an answer object, got null/);
  });

  it('throws TypeError or RangeError on wrong arguments', () => {
    expect(() => scoreAnswers('answers' as unknown as Answer[], { framework })).toThrow(TypeError);
    expect(() => scoreAnswers(42 as unknown as Answer[], { framework })).toThrow(/^scoreAnswers: answers must be an array or an iterable of answers/);
    // A stream of answer objects is not read: a stream of rows is scoreAnswersStream's.
    expect(() => scoreAnswers(streamOf(answers) as unknown as Answer[], { framework })).toThrow(TypeError);
    expect(() => scoreAnswers(streamOf(answers) as unknown as Answer[], { framework })).toThrow(/^scoreAnswers: answers must be an array or an iterable of answers/);
    expect(() => scoreAnswers(answers, { framework, organisationId: 'wessex' } as ScoreAnswersOptions)).toThrow(RangeError);
    expect(() => scoreAnswers(answers, { framework, organisationId: 'wessex' } as ScoreAnswersOptions)).toThrow(/^scoreAnswers: unknown option "organisationId"/);
    expect(() => scoreAnswers(answers, { framework, minCoverage: 2 })).toThrow(/^scoreAnswers: options.minCoverage must be a number from 0 to 1/);
    expect(() => scoreAnswers(answers, 3 as unknown as ScoreAnswersOptions)).toThrow(/^scoreAnswers: options are required/);
  });

  it('runs its documented example', () => {
    const { answers: read } = parseAnswersJson(
      [
        { organisationId: 'thames-valley', respondentId: 'r1', itemId: 'T1.C1', answer: 2 },
        { organisationId: 'greater-manchester', respondentId: 'r1', itemId: 'T1.C1', answer: 4 },
        { organisationId: 'greater-manchester', respondentId: 'r2', itemId: 'T1.C1', answer: 5 },
      ],
      { framework: reference100 },
    );
    const scores = scoreAnswers(read, { framework: reference100, itemStatistic: 'median' });
    // The median of 4 and 5 is 4.5; of 2 alone, 2. Organisations in id order.
    expect(scores.organisations.map((organisation) => [organisation.organisationId, organisation.items[0]?.score])).toEqual([
      ['greater-manchester', 4.5],
      ['thames-valley', 2],
    ]);
  });
});

/** The rows of a CSV fixture, header first, as a CSV parser gives them. */
function csvRows(name: string): string[][] {
  return Papa.parse<string[]>(fixture(name).replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
}

/** Wide rows of every synthetic answer: one row per respondent, one column per item. */
function wideRows(values: readonly Answer[]): string[][] {
  const items = [...new Set(values.map((answer) => answer.itemId as string))];
  const byRespondent = new Map<string, string[]>();
  for (const answer of values) {
    const key = `${answer.organisationId}\u0000${answer.respondentId}`;
    let row = byRespondent.get(key);
    if (!row) {
      row = [answer.organisationId, answer.respondentId, answer.respondentGroup ?? '', ...items.map(() => '')];
      byRespondent.set(key, row);
    }
    const value = answer.answer;
    row[3 + items.indexOf(answer.itemId)] = value === 'dont-know' ? 'DK' : value === 'not-applicable' ? 'NA' : String(value);
  }
  return [['organisation_id', 'respondent_id', 'respondent_group', ...items], ...byRespondent.values()];
}

describe('scoreAnswersStream', () => {
  it('scores wide rows as parseAnswersStream then scoreAnswers do, with the same issues and accounting', { timeout: 60_000 }, async () => {
    for (const rows of [csvRows('answers-wide.csv'), wideRows(answers)]) {
      const read = await parseAnswersStream(rows, { framework });
      for (const options of optionSets) {
        const expected = {
          scores: scoreAnswers(read.answers, { framework, ...options }),
          issues: read.issues,
          accounting: read.accounting,
          layout: read.layout,
          notices: read.notices,
        };
        await expect(scoreAnswersStream(rows, { framework, ...options })).resolves.toEqual(expected);
        await expect(scoreAnswersStream(streamOf(rows), { framework, ...options })).resolves.toEqual(expected);
      }
    }
  });

  it('always returns a promise, for an array of rows too', async () => {
    const pending = scoreAnswersStream(csvRows('answers-wide.csv'), { framework });
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).resolves.toMatchObject({ layout: 'wide' });
  });

  it('takes batches of rows as well as rows', async () => {
    const rows = wideRows(answers);
    const expected = await scoreAnswersStream(rows, { framework });
    await expect(scoreAnswersStream(batches(rows, 7), { framework })).resolves.toEqual(expected);
    await expect(scoreAnswersStream(streamOf(batches(rows, 5)), { framework })).resolves.toEqual(expected);
    // A batch may hold a single row, and batches and rows may be mixed.
    await expect(scoreAnswersStream(streamOf([[rows[0]!], ...rows.slice(1, 10), rows.slice(10)]), { framework })).resolves.toEqual(expected);
  });

  it('gives a respondent the group named on a later row of the long layout, as ingestion does', async () => {
    const rows = csvRows('answers-long.csv');
    const options = { framework, organisations: ['greater-manchester', 'north-east-london'], file: 'answers-long.csv' };
    const read = await parseAnswersStream(rows, options);
    // Respondent r1's group is given on their third row only; ingestion puts it on all their answers.
    expect(read.answers.filter((answer) => answer.respondentId === 'r1').every((answer) => answer.respondentGroup === 'core team')).toBe(true);
    const expected = {
      scores: scoreAnswers(read.answers, { framework, minGroupSize: 1 }),
      issues: read.issues,
      accounting: read.accounting,
      layout: 'long',
      notices: read.notices,
    };
    expect(expected.scores.organisations[0]?.groups.map((group) => group.group)).toContain('core team');
    await expect(scoreAnswersStream(rows, { ...options, minGroupSize: 1 })).resolves.toEqual(expected);
    await expect(scoreAnswersStream(streamOf(rows), { ...options, minGroupSize: 1 })).resolves.toEqual(expected);
  });

  it('reads long rows of many answers in batches, a group given late included', async () => {
    const many = generateSyntheticAnswers({
      framework,
      organisations: Array.from({ length: 8 }, (_, o) => ({ id: `organisation-${o}` })),
      seed: 11,
      respondents: { min: 10, max: 12 },
    });
    // Many more answers than are held at a time, so that some are scored before the rest are read.
    expect(many.length).toBeGreaterThan(4096);
    // The first respondent's group is given only on their last row, which comes last of all: their other answers
    // are scored before it is read.
    const first = many.filter((answer) => answer.organisationId === 'organisation-0' && answer.respondentId === 'r01').length;
    const rowOf = (answer: Answer, group: string) => [answer.organisationId, answer.respondentId, group, answer.itemId, String(answer.answer)];
    const long = [
      ['organisation_id', 'respondent_id', 'respondent_group', 'item_id', 'answer'],
      ...many.slice(0, first - 1).map((answer) => rowOf(answer, '')),
      ...many.slice(first).map((answer) => rowOf(answer, answer.respondentGroup ?? '')),
      rowOf(many[first - 1]!, many[first - 1]!.respondentGroup ?? ''),
    ];
    expect(many[first - 1]!.respondentGroup).toBeDefined();
    const result = await scoreAnswersStream(generatorOf(long), { framework, organisations: 'any' });
    expect(result.accounting.answersAccepted).toBe(many.length);
    expect(result.scores).toEqual(scoreAnswers(many, { framework }));
  });

  it('returns deeply frozen, JSON-safe results', async () => {
    const result = await scoreAnswersStream(csvRows('answers-wide.csv'), { framework });
    expect(isDeepFrozen(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('rejects with an AnswersError when the rows cannot be read as a whole', async () => {
    await expect(scoreAnswersStream([], { framework })).rejects.toThrow(AnswersError);
    await expect(scoreAnswersStream(streamOf([['name', 'colour']]), { framework })).rejects.toThrow(AnswersError);
  });

  it('rejects with a TypeError or RangeError on wrong arguments', async () => {
    const rows = csvRows('answers-wide.csv');
    await expect(scoreAnswersStream('a,b', { framework })).rejects.toThrow(/^scoreAnswersStream: source is a string; for CSV text held whole use scoreAnswersCsv/);
    await expect(scoreAnswersStream(5 as unknown as string[][], { framework })).rejects.toThrow(/^scoreAnswersStream: source must be an iterable/);
    await expect(scoreAnswersStream(rows, undefined as unknown as { framework: typeof framework })).rejects.toThrow(/^scoreAnswersStream: options are required/);
    await expect(scoreAnswersStream(rows, { framework, minCoverage: -1 })).rejects.toThrow(/^scoreAnswersStream: options.minCoverage must be/);
    await expect(scoreAnswersStream(rows, { framework, organisationId: 'x' } as never)).rejects.toThrow(RangeError);
    await expect(scoreAnswersStream(rows, { framework, organisationId: 'x' } as never)).rejects.toThrow(/^scoreAnswersStream: unknown option "organisationId"/);
    await expect(
      scoreAnswersStream(
        [
          ['organisation_id', 'respondent_id', 'T1.C1'],
          ['a', 'r', 3],
        ] as unknown as string[][],
        { framework },
      ),
    ).rejects.toThrow(/^scoreAnswersStream: row 2 holds a number/);
  });

  it('runs its documented example: a file read as a Node stream of text', async () => {
    const path = 'examples/sample/answers-2023-24.csv';
    const result = await scoreAnswersStream(createReadStream(path, 'utf8'), { framework: reference100, file: path });
    expect(result.scores.organisations).toHaveLength(21);
    expect(result.accounting.answersAccepted).toBe(21222);
    expect(result.scores).toEqual(scoreAnswersCsv(readFileSync(path, 'utf8'), { framework: reference100, file: path }).scores);
  });

  it('reads rows and batches of rows from a generator', async () => {
    async function* rows() {
      yield ['organisation_id', 'respondent_id', 'T1.C1', 'T1.C2'];
      yield [
        ['greater-manchester', 'r1', '3', 'DK'],
        ['greater-manchester', 'r2', '4', '2'],
      ];
    }
    const result = await scoreAnswersStream(rows(), { framework: reference100, minCoverage: 0 });
    // (3 + 4) / 2 = 3.5
    expect(result.scores.organisations[0]?.items[0]?.score).toBe(3.5);
    expect(result.accounting.answersAccepted).toBe(4);
  });

  it('scores each organisation as scoreAnswers does its answers alone', async () => {
    const rows = wideRows(answers);
    const one = (await scoreAnswersStream(rows, { framework })).scores.organisations.find((organisation) => organisation.organisationId === 'wessex');
    expect(one).toEqual(scoreOne(answers, { framework, organisationId: 'wessex' }));
  });
});

describe('scoreAnswersCsv', () => {
  /** What parseAnswersCsv then scoreAnswers give for the same text. */
  function viaAnswers(text: string, options: Parameters<typeof parseAnswersCsv>[1], scoring?: ScoringOptions) {
    const read = parseAnswersCsv(text, options);
    return {
      scores: scoreAnswers(read.answers, { framework: options.framework, ...scoring }),
      issues: read.issues,
      accounting: read.accounting,
      layout: read.layout,
      notices: read.notices,
    };
  }

  it('scores CSV text as parseAnswersCsv then scoreAnswers do, with the same issues, lines and accounting', () => {
    const cases = [
      { name: 'answers-wide.csv', options: { framework, file: 'answers-wide.csv' } },
      { name: 'answers-long.csv', options: { framework, organisations: ['greater-manchester', 'north-east-london'], file: 'answers-long.csv' } },
      // Excel's export: a BOM, `sep=;`, other column names, "3,0", "Don’t know", " N/A ", a quoted delimiter.
      { name: 'answers-excel.csv', options: { framework } },
    ];
    for (const { name, options } of cases) {
      const text = fixture(name);
      for (const scoring of optionSets) {
        const expected = viaAnswers(text, options, scoring);
        expect(scoreAnswersCsv(text, { ...options, ...scoring })).toEqual(expected);
      }
    }
    // The fixtures hold rejected cells, so the issues and their places are compared too.
    const wide = scoreAnswersCsv(fixture('answers-wide.csv'), { framework, file: 'answers-wide.csv' });
    expect(wide.issues.length).toBeGreaterThan(0);
    expect(wide.issues[0]?.location).toMatchObject({ file: 'answers-wide.csv' });
    expect(wide.issues.every((issue) => issue.location.line !== undefined)).toBe(true);
  });

  it('scores the synthetic answers of four organisations, groups included, exactly as scoreAnswers does', () => {
    const text = Papa.unparse(wideRows(answers));
    const options = { framework, organisations: 'any' as const, layout: 'wide' as const };
    expect(parseAnswersCsv(text, options).answers).toHaveLength(answers.length);
    for (const scoring of optionSets) {
      expect(scoreAnswersCsv(text, { ...options, ...scoring }).scores).toEqual(scoreAnswers(answers, { framework, ...scoring }));
    }
  });

  it('gives a respondent the group named on a later row of the long layout, as parseAnswersCsv does', () => {
    const text = fixture('answers-long.csv');
    const options = { framework, organisations: ['greater-manchester', 'north-east-london'] };
    const result = scoreAnswersCsv(text, { ...options, minGroupSize: 1 });
    expect(result.scores.organisations[0]?.groups.map((group) => group.group)).toContain('core team');
    expect(result).toEqual(viaAnswers(text, options, { minGroupSize: 1 }));
  });

  it('returns deeply frozen, JSON-safe results', () => {
    const result = scoreAnswersCsv(fixture('answers-wide.csv'), { framework });
    expect(isDeepFrozen(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('throws AnswersError when the text cannot be read as a whole, as parseAnswersCsv does', () => {
    for (const text of ['', 'name,colour\nx,y\n']) {
      const error = thrown(() => scoreAnswersCsv(text, { framework, file: 'f.csv' }));
      expect(error.issues).toEqual(thrown(() => parseAnswersCsv(text, { framework, file: 'f.csv' })).issues);
    }
    expect(() => scoreAnswersCsv(fixture('answers-wide.csv'), { framework, maxBytes: 10 })).toThrow(AnswersError);
  });

  it('throws TypeError or RangeError, naming itself, on wrong arguments', () => {
    const text = fixture('answers-wide.csv');
    expect(() => scoreAnswersCsv(42 as unknown as string, { framework })).toThrow(/^scoreAnswersCsv: text must be a string/);
    expect(() => scoreAnswersCsv(text, null as unknown as { framework: typeof framework })).toThrow(/^scoreAnswersCsv: options are required/);
    expect(() => scoreAnswersCsv(text, {} as unknown as { framework: typeof framework })).toThrow(/^scoreAnswersCsv: options.framework must be/);
    expect(() => scoreAnswersCsv(text, { framework, delimiter: '"' })).toThrow(/^scoreAnswersCsv: options.delimiter must be/);
    expect(() => scoreAnswersCsv(text, { framework, maxBytes: -1 })).toThrow(/^scoreAnswersCsv: options.maxBytes must be/);
    expect(() => scoreAnswersCsv(text, { framework, minCoverage: 2 })).toThrow(/^scoreAnswersCsv: options.minCoverage must be/);
    expect(() => scoreAnswersCsv(text, { framework, organisationId: 'x' } as never)).toThrow(RangeError);
    expect(() => scoreAnswersCsv(text, { framework, organisationId: 'x' } as never)).toThrow(
      /^scoreAnswersCsv: unknown option "organisationId"; the options are framework, organisations, date, spellings, file, layout, maxBytes, delimiter, columns, encoding, maxIssues, itemStatistic, minCoverage, minGroupSize, minRespondents, lowAgreementBelow, maxGroupDifferences$/,
    );
    // Scoring settings sit beside the reader's options: the 0.x nesting under `scoring` is refused, not ignored.
    expect(() => scoreAnswersCsv(text, { framework, scoring: { minCoverage: 0 } } as never)).toThrow(/^scoreAnswersCsv: unknown option "scoring"/);
  });

  it('runs its documented example', () => {
    const csv = 'organisation_id,respondent_id,T1.C1,T1.C2\ngreater-manchester,r1,3,DK\ngreater-manchester,r2,4,seven\n';
    const result = scoreAnswersCsv(csv, { framework: reference100, minCoverage: 0 });
    // (3 + 4) / 2 = 3.5; "seven" is not an answer, so r2's T1.C2 is rejected.
    expect(result.scores.organisations[0]?.items[0]?.score).toBe(3.5);
    expect(result.issues[0]?.code).toBe('unrecognised-answer');
    expect(result.accounting).toEqual({ rowsRead: 2, rowsAccepted: 2, rowsRejected: 0, cellsRead: 4, answersAccepted: 3, cellsRejected: 1, cellsBlank: 0, cellsIgnored: 0 });
  });
});

describe('docs/survey-data.md §13: a CSV file streamed through papaparse into scoreAnswersStream', () => {
  it('gives the scores, issues and accounting of reading the whole file', async () => {
    const { createReadStream, readFileSync } = await import('node:fs');
    const path = 'examples/sample/answers-2023-24.csv';
    const framework = reference100;
    const rows = createReadStream(path).pipe(Papa.parse(Papa.NODE_STREAM_INPUT, {}));
    const { scores, issues, accounting } = await scoreAnswersStream(rows, { framework });
    const whole = parseAnswersCsv(readFileSync(path, 'utf8'), { framework });
    expect(issues).toEqual(whole.issues);
    expect(accounting).toEqual(whole.accounting);
    expect(accounting.answersAccepted).toBe(21222);
    expect(scores).toEqual(scoreAnswers(whole.answers, { framework }));
  });
});

describe('docs/survey-data.md §13: a CSV file scored whole by scoreAnswersCsv', () => {
  it('gives the scores, issues and accounting of parseAnswersCsv then scoreAnswers', async () => {
    const { readFileSync } = await import('node:fs');
    const path = 'examples/sample/answers-2023-24.csv';
    const framework = reference100;
    const { scores, issues, accounting } = scoreAnswersCsv(readFileSync(path, 'utf8'), { framework, file: path });
    const whole = parseAnswersCsv(readFileSync(path, 'utf8'), { framework, file: path });
    expect(issues).toEqual(whole.issues);
    expect(accounting).toEqual(whole.accounting);
    expect(accounting.answersAccepted).toBe(21222);
    expect(scores).toEqual(scoreAnswers(whole.answers, { framework }));
  });
});
