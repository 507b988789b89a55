import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { scoreAnswers } from '../../src/assessment/score.js';
import { scoreAnswersCsv, scoreAnswersStream } from '../../src/assessment/stream.js';
import { itemsOf } from '../../src/framework/lookup.js';
import { FrameworkSchema, type Framework } from '../../src/framework/schema.js';
import { fixture, referenceFramework, sevenThemeFramework } from './fixtures/frameworks.js';

// scoreAnswersCsv and scoreAnswersStream read a wide row given as a line without quotes straight from its characters
// (src/assessment/wide-line.ts), and leave every other row to the general path. parseAnswersCsv always takes the
// general path, so the two must agree on every text: scores, issues (with their lines and columns), accounting.

/** The seven-theme framework with its second scale made 1, 2, 4, 8: levels that are not whole numbers in a row. */
function gappedFramework(): Framework {
  const text = fixture('seven-themes-four-levels.yaml')
    .replace('{ value: 3, label: Three stars', '{ value: 4, label: Three stars')
    .replace('{ value: 4, label: Four stars', '{ value: 8, label: Four stars');
  return FrameworkSchema.parse(parse(text));
}

const frameworks = [referenceFramework(), sevenThemeFramework(), gappedFramework()];

/** Cells an answer column may hold: fast-path spellings, spellings only the general path knows, and junk. */
const answerCell = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('0', '1', '2', '3', '4', '5', '8', 'DK', 'NA', '') },
  {
    weight: 4,
    arbitrary: fc.constantFrom('dk', 'na', 'Dk', 'N/A', ' 3', '3 ', ' ', '3.0', '3,0', '10', '-1', 'x', 'é', '1\u00a0', 'Emerging', 'Not sure', 'Partial', '"2"', '"a,b"'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const organisationCell = fc.constantFrom('a', 'b', 'A', ' b', 'c ', '', 'zz', 'x'.repeat(201));
const respondentCell = fc.constantFrom('r1', 'r2', 'r3', ' r1', '', 'r4', 'R1');
const groupCell = fc.constantFrom('', '', 'core', 'partner', ' core ');
const otherCell = fc.constantFrom('', '', '', 'note', ' ');

/** One column of a header: what it is, and its name. */
interface Column {
  readonly kind: 'organisation' | 'respondent' | 'group' | 'unnamed' | 'unknown' | 'comment' | 'item';
  readonly name: string;
}

/** A wide header over some items of the framework, in any order, with other columns among them. */
function header(framework: Framework): fc.Arbitrary<Column[]> {
  const ids = itemsOf(framework).map((ref) => ref.item.id as string);
  const items = fc.oneof({ weight: 2, arbitrary: fc.constant(ids) }, { weight: 2, arbitrary: fc.shuffledSubarray(ids, { minLength: 1 }) });
  const extras = fc.array(
    fc.oneof(
      fc.constant<Column>({ kind: 'unnamed', name: '' }),
      fc.constant<Column>({ kind: 'unknown', name: 'T9.Z9' }),
      fc.constantFrom(...ids).map((id): Column => ({ kind: 'comment', name: `comment: ${id}` })),
      fc.constant<Column>({ kind: 'comment', name: 'comment: T9.Z9' }),
    ),
    { maxLength: 3 },
  );
  return fc.tuple(items, fc.boolean(), extras, fc.nat()).map(([chosen, withGroup, more, seed]) => {
    const columns: Column[] = [
      { kind: 'organisation', name: 'organisation_id' },
      { kind: 'respondent', name: 'respondent_id' },
      ...(withGroup ? [{ kind: 'group' as const, name: 'respondent_group' }] : []),
      ...chosen.map((id): Column => ({ kind: 'item', name: id })),
    ];
    // The other columns go anywhere but first.
    more.forEach((column, k) => columns.splice(1 + ((seed + k * 7) % columns.length), 0, column));
    // A repeated comment column is a header error for both paths alike; keep the first.
    return columns.filter((column, k) => column.kind !== 'comment' || columns.findIndex((other) => other.name === column.name) === k);
  });
}

/** A row for the header: mostly one cell per column; sometimes a cell short, a cell over, or blank throughout. */
function row(columns: readonly Column[]): fc.Arbitrary<string[]> {
  const cells = fc.tuple(
    ...columns.map((column) => {
      switch (column.kind) {
        case 'organisation':
          return organisationCell;
        case 'respondent':
          return respondentCell;
        case 'group':
          return groupCell;
        case 'item':
          return answerCell;
        default:
          return otherCell;
      }
    }),
  );
  return fc.oneof(
    { weight: 20, arbitrary: cells },
    { weight: 1, arbitrary: cells.map((list) => list.slice(0, -1)) },
    { weight: 1, arbitrary: cells.map((list) => [...list, 'extra']) },
    { weight: 1, arbitrary: cells.map((list) => [...list, '']) },
    { weight: 1, arbitrary: fc.constant(columns.map(() => '')) },
  );
}

/** A whole wide CSV text for one of the frameworks. */
const wideText = fc.integer({ min: 0, max: frameworks.length - 1 }).chain((f) => {
  const framework = frameworks[f]!;
  return header(framework).chain((columns) =>
    fc.record({
      // The framework by its place in `frameworks`, so that a counterexample stays short.
      framework: fc.constant(f),
      columns: fc.constant(columns),
      rows: fc.array(row(columns), { maxLength: 25 }),
      delimiter: fc.constantFrom(',', ';', '\t'),
      lineEnd: fc.constantFrom('\n', '\r\n'),
      lastLineEnd: fc.boolean(),
      // Made-up ids: checked against a list, or taken as written (the programme's alliances are another test's).
      organisations: fc.constantFrom(['a', 'b', 'zz'], 'any' as const),
      cuts: fc.array(fc.nat(), { maxLength: 6 }),
    }),
  );
});

/** What parseAnswersCsv then scoreAnswers give: the general path throughout. */
function viaAnswers(text: string, options: Parameters<typeof parseAnswersCsv>[1]) {
  const read = parseAnswersCsv(text, options);
  return { scores: scoreAnswers(read.answers, { framework: options.framework }), issues: read.issues, accounting: read.accounting, layout: read.layout, notices: read.notices };
}

/** The text in pieces cut at the given places. */
function chunks(text: string, cuts: readonly number[]): string[] {
  const places = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const place of places) {
    out.push(text.slice(from, place));
    from = place;
  }
  out.push(text.slice(from));
  return out;
}

describe('the wide layout read from its lines (scoreAnswersCsv, scoreAnswersStream)', () => {
  it('gives exactly what parseAnswersCsv then scoreAnswers give, whole or in chunks', async () => {
    await fc.assert(
      fc.asyncProperty(wideText, async ({ framework: f, columns, rows, delimiter, lineEnd, lastLineEnd, organisations, cuts }) => {
        const framework = frameworks[f]!;
        const lines = [columns.map((column) => column.name), ...rows].map((cells) => cells.join(delimiter));
        const text = lines.join(lineEnd) + (lastLineEnd ? lineEnd : '');
        const options = { framework, organisations, layout: 'wide' as const, file: 'wide.csv' };
        let expected: ReturnType<typeof viaAnswers> | Error;
        try {
          expected = viaAnswers(text, options);
        } catch (error) {
          expected = error as Error;
        }
        if (expected instanceof Error) {
          expect(() => scoreAnswersCsv(text, options)).toThrow(expected);
          await expect(scoreAnswersStream(chunks(text, cuts), options)).rejects.toThrow(expected);
          return;
        }
        expect(scoreAnswersCsv(text, options)).toEqual(expected);
        expect(await scoreAnswersStream(chunks(text, cuts), options)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('reads plain exports (every item in survey order, one-character answers, DK and NA) as the general path does', () => {
    for (const framework of frameworks) {
      const ids = itemsOf(framework).map((ref) => ref.item.id as string);
      const spellings = ['1', '2', '3', 'DK', 'NA', '', '0', '4', '8'];
      const rows = [['organisation_id', 'respondent_id', ...ids].join(',')];
      for (let r = 0; r < 30; r++) {
        rows.push([`org-${r % 4}`, `r${r}`, ...ids.map((_, i) => spellings[(r * 7 + i * 3) % spellings.length]!)].join(','));
      }
      const text = `${rows.join('\n')}\n`;
      const expected = viaAnswers(text, { framework, organisations: 'any' });
      expect(expected.accounting.answersAccepted).toBeGreaterThan(0);
      expect(scoreAnswersCsv(text, { framework, organisations: 'any' })).toEqual(expected);
    }
  });

  it('reads a text longer than the byte window, with rows of other characters among plain ones, as the general path does', async () => {
    // The fast path copies the text to bytes up to 65,536 characters at a time, up to the next character that is
    // not ASCII, and reads a row from the bytes when its line is in such a window, else from its characters: 3,000
    // rows (some 530,000 characters) cross several windows, and every 500th row has a respondent id with an é, which
    // its line must be read around.
    const framework = referenceFramework();
    const ids = itemsOf(framework).map((ref) => ref.item.id as string);
    const spellings = ['1', '2', '3', '4', '5', 'DK', 'NA', '', 'dk', 'x'];
    const rows = [['organisation_id', 'respondent_id', ...ids].join(',')];
    for (let r = 0; r < 3000; r++) {
      const respondent = r % 500 === 499 ? `r${r}-é` : `r${r}`;
      rows.push([`org-${r % 7}`, respondent, ...ids.map((_, i) => spellings[(r * 7 + i * 3) % (r % 50 === 0 ? spellings.length : 7)]!)].join(','));
    }
    const text = `${rows.join('\n')}\n`;
    const options = { framework, organisations: 'any' as const };
    const expected = viaAnswers(text, options);
    expect(text.length).toBeGreaterThan(8 * 65_536);
    expect(expected.accounting.rowsRead).toBe(3000);
    expect(expected.issues.length).toBeGreaterThan(0);
    expect(scoreAnswersCsv(text, options)).toEqual(expected);
    expect(await scoreAnswersStream(chunks(text, [40_000, 65_536, 65_537, 200_000, 333_333]), options)).toEqual(expected);
  }, 60_000);
});
