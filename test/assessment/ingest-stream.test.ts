import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AnswersImport } from '../../src/assessment/answers-import.js';
import { AnswersError } from '../../src/assessment/errors.js';
import { parseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { parseAnswersStream } from '../../src/assessment/ingest-stream.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { ORGANISATIONS, fixture, referenceFramework } from './fixtures/frameworks.js';

const framework = referenceFramework();

/** An import without the lines of its issues, which only CSV text has. */
function withoutLines(result: AnswersImport): unknown {
  return {
    ...result,
    issues: result.issues.map((issue) => {
      const { line: _line, ...location } = issue.location;
      return { ...issue, location };
    }),
  };
}

const rows: readonly (readonly string[])[] = [
  ['organisation_id', 'respondent_id', 'respondent_group', 'T1.C1', 'T1.C2'],
  ['greater-manchester', 'r1', 'core team', '3', 'DK'],
  ['greater-manchester', 'r2', '', 'Thriving', '9'],
];

describe('parseAnswersStream', () => {
  it('reads rows already split into cells, and always returns a promise', async () => {
    const pending = parseAnswersStream(rows, { framework, organisations: 'any' });
    expect(pending).toBeInstanceOf(Promise);
    const result = await pending;
    expect(result.layout).toBe('wide');
    expect(result.answers).toEqual([
      { organisationId: 'greater-manchester', respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C1', answer: 3 },
      { organisationId: 'greater-manchester', respondentId: 'r1', respondentGroup: 'core team', itemId: 'T1.C2', answer: 'dont-know' },
      { organisationId: 'greater-manchester', respondentId: 'r2', itemId: 'T1.C1', answer: 5 },
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.location])).toEqual([['value-outside-scale', { column: 5, columnName: 'T1.C2', row: 2 }]]);
    expect(isDeepFrozen(result)).toBe(true);
  });

  it('reads an async iterable of rows and returns a promise of the same', async () => {
    async function* stream() {
      for (const row of rows) {
        await Promise.resolve();
        yield row;
      }
    }
    await expect(parseAnswersStream(stream(), { framework, organisations: 'any' })).resolves.toEqual(await parseAnswersStream(rows, { framework, organisations: 'any' }));
  });

  it('takes batches of rows as well as rows, in any mix, and numbers the rows from the header', async () => {
    const expected = await parseAnswersStream(rows, { framework, organisations: 'any' });
    expect(await parseAnswersStream([rows], { framework, organisations: 'any' })).toEqual(expected);
    expect(await parseAnswersStream([rows[0]!, rows.slice(1)], { framework, organisations: 'any' })).toEqual(expected);
    async function* batches() {
      yield rows.slice(0, 2);
      yield rows[2]!;
    }
    expect(await parseAnswersStream(batches(), { framework, organisations: 'any' })).toEqual(expected);
    // The issue of the second data row keeps its row number, whatever batch it came in.
    expect(expected.issues[0]?.location.row).toBe(2);
  });

  it('rejects the promise with an AnswersError when the rows cannot be read', async () => {
    async function* empty(): AsyncGenerator<readonly string[]> {}
    await expect(parseAnswersStream(empty(), { framework, organisations: 'any' })).rejects.toBeInstanceOf(AnswersError);
  });

  it('behaves exactly as parseAnswersCsv on the same rows, but for lines', async () => {
    for (const name of ['answers-long.csv', 'answers-wide.csv']) {
      const text = fixture(name);
      const split = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), { delimiter: ',', newline: '\n' }).data;
      // The fixtures end with an unclosed quote or a short row, which Papa splits as parseAnswersCsv does.
      const fromRows = await parseAnswersStream(split, { framework, organisations: ORGANISATIONS });
      const fromText = parseAnswersCsv(text, { framework, organisations: ORGANISATIONS });
      if (name === 'answers-long.csv') {
        // Without the parser's errors, the rows cannot know that two of them were malformed by quotes.
        expect(fromRows.accounting.rowsRead).toBe(fromText.accounting.rowsRead);
      } else {
        expect(withoutLines(fromRows)).toEqual(withoutLines(fromText));
      }
    }
  });

  it('does not change the rows it is given', async () => {
    const copy = rows.map((row) => [...row]);
    await parseAnswersStream(copy, { framework, organisations: 'any' });
    expect(copy).toEqual(rows);
    expect(Object.isFrozen(copy[0])).toBe(false);
  });

  it('rejects with a TypeError naming the function for rows that are not string arrays', async () => {
    await expect(parseAnswersStream('a,b' as never, { framework, organisations: 'any' })).rejects.toThrow(TypeError);
    await expect(parseAnswersStream('a,b' as never, { framework, organisations: 'any' })).rejects.toThrow(
      /^parseAnswersStream: source is a string; for CSV text held whole use parseAnswersCsv/,
    );
    await expect(parseAnswersStream(5 as never, { framework, organisations: 'any' })).rejects.toThrow(/^parseAnswersStream: source must be an iterable or async iterable/);
    await expect(parseAnswersStream([['organisation_id', 'respondent_id', 'item_id', 'answer'], 'x'] as never, { framework, organisations: 'any' })).rejects.toThrow(
      /^parseAnswersStream: the stream mixes text chunks and rows of cells/,
    );
    await expect(
      parseAnswersStream(
        [
          ['organisation_id', 'respondent_id', 'item_id', 'answer'],
          [['x', 'r1'], 7],
        ] as never,
        { framework, organisations: 'any' },
      ),
    ).rejects.toThrow(/^parseAnswersStream: row 3 is not an array of cells/);
    await expect(parseAnswersStream([['organisation_id', 3]] as never, { framework, organisations: 'any' })).rejects.toThrow(/^parseAnswersStream: row 1 holds a number/);
    await expect(parseAnswersStream(rows, { framework: {} } as never)).rejects.toThrow(TypeError);
    await expect(parseAnswersStream(rows, { framework: {} } as never)).rejects.toThrow(/^parseAnswersStream: options.framework/);
  });

  it('strips a BOM from the first header cell', async () => {
    const result = await parseAnswersStream(
      [
        ['\uFEFForganisation_id', 'respondent_id', 'item_id', 'answer'],
        ['x', 'r1', 'T1.C1', '3'],
      ],
      { framework, organisations: 'any' },
    );
    expect(result.answers).toHaveLength(1);
  });
});
