import fc from 'fast-check';

/** Header cells: every alias of every column, item ids written every way, comment columns, and strangers. */
// prettier-ignore
export const HEADER_POOL: readonly string[] = [
  'organisation_id', 'Organisation', 'ORG', 'organization-id', 'alliance', ' organisation_id ',
  'respondent_id', 'Respondent', 'respondent group', 'group', 'respondent_group',
  'item_id', 'Question', 'item', 'answer', 'Response', 'value', 'score', 'comment', 'Comments',
  'T1.C1', 't1.c1', 'T1.C2', 'T1.E1', 'T2.C1 Partners agree a shared vision', 'T1.C3:', 'T8.E5', 'T9.C9', 'T1',
  'comment:T1.C1', 'Comment: t1.c2', 'comment:T9.C9', 'comment:',
  'Timestamp', '', ' ', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString',
  '\uFEFForganisation_id', 'sep=;', '"', 'a"b', '=cmd|\' /C calc\'!A0', '\u0000', '\uD800', 'ı', 'İtem_id',
];

/** Data cells: ids, labels, the spellings of "don't know" and "not applicable", numbers and every kind of trouble. */
// prettier-ignore
export const CELL_POOL: readonly string[] = [
  // ids
  'greater-manchester', 'wessex', ' wessex ', 'WESSEX', 'north-east-london', 'r1', 'r2', 'R1', ' r1', 'core team', 'partner',
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__',
  // items
  'T1.C1', 't1.c1', 'T1.C2', 'T1.E1', 'T2.C3', 'T1.C1 Partners agree', 'T1.C1:', 'T9.C9', 'T1', 'learning.C1',
  // answers
  '1', '2', '3', '4', '5', '0', '3.0', '3,0', '+3', '-1', '6', '7', '1e0', '1,000', '3.', '.5', '-0', '0x3', 'NaN', 'Infinity',
  'Not started', 'Emerging', 'developing', '3 - Developing', 'Developing (3)', 'Thriving', 'Not sure',
  'DK', 'dk', "Don't know", 'Don\u2019t know', 'dont-know', 'do not know', 'N/A', 'n/a', 'NA', 'N.A.', 'not-applicable', 'Not applicable',
  // CSV structure
  '', ' ', '  ', '"', '""', '"quoted, cell"', 'a"b', '"unclosed', "'", ',', ';', '\t', '|', '\n', '\r\n', '\r', '"\n"',
  'sep=;', 'sep=,', '"sep=;"', '\uFEFF', '\uFEFFwessex',
  // formulas
  "=cmd|' /C calc'!A0", '=1+1', '+1', '-1+2', '@SUM(A1:A2)', '=HYPERLINK("http://example.com","x")', '\t=1', '\r=1',
  // encodings
  '\u0000', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\u2028', '\u00A0', '\u200B', '\u3000', '😀', 'é', 'ß', 'İ', 'ﬃ',
  // huge
  '9'.repeat(400), 'y'.repeat(201), 'x'.repeat(10_001), 'z'.repeat(60_000), `"${'q'.repeat(12_000)}"`,
];

/** Characters that matter to CSV, for strings built from them. */
// prettier-ignore
const CSV_CHARACTERS = fc.constantFrom(
  ',', ';', '\t', '"', '\n', '\r', ' ', 'T', '1', '.', 'C', 'E', '3', 'a', 'o', 'r', 'g', '_', 'i', 'd', '\uFEFF', '\u0000', '=',
);

/** Text made of the characters that matter to CSV. */
export const csvishText: fc.Arbitrary<string> = fc.string({ unit: CSV_CHARACTERS, maxLength: 300 });

/** How a cell is written: as it is, in quotes with inner quotes doubled, or in quotes left as they are. */
type Quoting = 'raw' | 'quoted' | 'naive';

function writeCell(text: string, quoting: Quoting): string {
  if (quoting === 'raw') return text;
  if (quoting === 'naive') return `"${text}"`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A CSV built from rows of cells (header first) with a delimiter, quoting, line ending and prefix of its own. */
export function writeCsv(
  rows: readonly (readonly string[])[],
  style: { readonly delimiter: string; readonly lineEnding: string; readonly prefix: string; readonly trailing: boolean; readonly quoting: readonly Quoting[] },
): string {
  let q = 0;
  const lines = rows.map((row) =>
    row
      .map((cell) => {
        const quoting = style.quoting[q % style.quoting.length] ?? 'raw';
        q += 1;
        return writeCell(cell, quoting);
      })
      .join(style.delimiter),
  );
  return style.prefix + lines.join(style.lineEnding) + (style.trailing ? style.lineEnding : '');
}

const style = fc.record({
  delimiter: fc.constantFrom(',', ',', ';', '\t', '|'),
  lineEnding: fc.constantFrom('\n', '\r\n', '\r'),
  prefix: fc.constantFrom('', '', '', '\uFEFF', 'sep=;\n', '\uFEFFsep=,\r\n', '"sep=;",,\n', '\n\n', ' \n'),
  trailing: fc.boolean(),
  quoting: fc.array(fc.constantFrom<Quoting>('raw', 'raw', 'quoted', 'naive'), { minLength: 1, maxLength: 4 }),
});

const LONG_HEADER = ['organisation_id', 'respondent_id', 'item_id', 'answer', 'respondent_group', 'comment'] as const;
const WIDE_HEADER = ['organisation_id', 'respondent_id', 'respondent_group', 'T1.C1', 'T1.C2', 'T1.E1', 'comment:T1.C1'] as const;

/** CSVs of random rows of random cells: a header from the header pool, rows from the cell pool and from any text. */
export const randomCsv: fc.Arbitrary<string> = fc
  .record({
    header: fc.oneof(
      fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...HEADER_POOL) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), {
        maxLength: 8,
      }),
      // Headers that name a layout, so that the rows are read.
      fc.tuple(fc.shuffledSubarray([...LONG_HEADER], { minLength: 4 }), fc.array(fc.constantFrom(...HEADER_POOL), { maxLength: 2 })).map(([named, extra]) => [...named, ...extra]),
      fc.tuple(fc.shuffledSubarray([...WIDE_HEADER], { minLength: 2 }), fc.array(fc.constantFrom(...HEADER_POOL), { maxLength: 5 })).map(([named, extra]) => [...named, ...extra]),
    ),
    rows: fc.array(
      fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...CELL_POOL) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), {
        maxLength: 10,
      }),
      { maxLength: 8 },
    ),
    style,
  })
  .map(({ header, rows, style: s }) => writeCsv([header, ...rows], s));

const ORGANISATIONS = ['greater-manchester', 'wessex', 'WESSEX', '__proto__', 'constructor', '=1+1', '<b>x</b>', 'y'.repeat(201)];
const RESPONDENTS = ['r1', 'r2', 'r3', ' r1 ', 'constructor', '__proto__', ''];
const GROUPS = ['', '', 'core team', 'partner', 'Core Team', '__proto__'];
const ANSWERS = ['1', '2', '3', '4', '5', '0', '3,0', 'DK', 'N/A', 'Emerging', 'Not sure', '', ' ', '7', 'maybe', 'x'.repeat(10_001)];
const COMMENTS = ['', '', 'fine', 'Early days, but started', "=cmd|' /C calc'!A0", 'a "quoted" word', 'line\nbreak', 'c'.repeat(10_001)];

/**
 * Well-formed long-layout CSVs (columns in any order, aliases, blank rows) whose cells are mostly valid: they reach
 * the rules of ingestion (duplicates, conflicting groups, values off the scale) rather than stopping at the header.
 */
export function longLayoutCsv(itemIds: readonly string[]): fc.Arbitrary<string> {
  const columns = ['organisation_id', 'respondent_id', 'item_id', 'answer', 'respondent_group', 'comment'] as const;
  return fc
    .record({
      order: fc
        .shuffledSubarray([...columns], { minLength: 4, maxLength: 6 })
        .filter((subset) => ['organisation_id', 'respondent_id', 'item_id', 'answer'].every((name) => subset.includes(name as (typeof columns)[number]))),
      rows: fc.array(
        fc.record({
          organisation_id: fc.constantFrom(...ORGANISATIONS),
          respondent_id: fc.constantFrom(...RESPONDENTS),
          item_id: fc.oneof(
            { weight: 5, arbitrary: fc.constantFrom(...itemIds.slice(0, 4)) },
            { weight: 2, arbitrary: fc.constantFrom(...itemIds) },
            { weight: 1, arbitrary: fc.constantFrom(...CELL_POOL) },
          ),
          answer: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ANSWERS) }, { weight: 1, arbitrary: fc.constantFrom(...CELL_POOL) }),
          respondent_group: fc.constantFrom(...GROUPS),
          comment: fc.constantFrom(...COMMENTS),
        }),
        { maxLength: 25 },
      ),
      style,
    })
    .map(({ order, rows, style: s }) => writeCsv([order, ...rows.map((row) => order.map((name) => row[name]))], { ...s, quoting: ['quoted'] }));
}

/** Well-formed wide-layout CSVs: a few item columns and comment columns, one row per respondent (sometimes twice). */
export function wideLayoutCsv(itemIds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      items: fc.uniqueArray(fc.constantFrom(...itemIds), { minLength: 1, maxLength: 8 }),
      extra: fc.array(fc.constantFrom(...HEADER_POOL), { maxLength: 2 }),
      comments: fc.nat({ max: 3 }),
      group: fc.boolean(),
      rows: fc.array(
        fc.record({
          organisation: fc.constantFrom(...ORGANISATIONS),
          respondent: fc.constantFrom(...RESPONDENTS),
          group: fc.constantFrom(...GROUPS),
          cells: fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ANSWERS) }, { weight: 1, arbitrary: fc.constantFrom(...COMMENTS) }), {
            minLength: 12,
            maxLength: 12,
          }),
        }),
        { maxLength: 10 },
      ),
      style,
    })
    .map(({ items, extra, comments, group, rows, style: s }) => {
      const commentColumns = items.slice(0, comments).map((id) => `comment:${id}`);
      const header = ['organisation_id', 'respondent_id', ...(group ? ['respondent_group'] : []), ...items, ...commentColumns, ...extra];
      const body = rows.map((row) => [row.organisation, row.respondent, ...(group ? [row.group] : []), ...row.cells.slice(0, header.length - 2 - (group ? 1 : 0))]);
      return writeCsv([header, ...body], { ...s, quoting: ['quoted', 'raw'] });
    });
}
