import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvSplitter, writeCsvRows, type CsvRowProblem } from '../../src/internal/csv.js';
import { csvishText, randomCsv } from '../fuzz/csv-inputs.js';
import { FUZZ_TIMEOUT_MS, fuzz } from '../fuzz/settings.js';

interface Row {
  readonly cells: string[];
  readonly line: number;
  readonly problem: CsvRowProblem | undefined;
}

/** Our rows of a text, read whole or in the given chunks. */
function ours(text: string, delimiter: string, cuts: readonly number[] = []): Row[] {
  const rows: Row[] = [];
  const splitter = new CsvSplitter(delimiter, 1, (cells, line, problem) => rows.push({ cells, line, problem }));
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    splitter.write(text.slice(from, cut));
    from = cut;
  }
  splitter.write(text.slice(from));
  splitter.end();
  return rows;
}

/**
 * papaparse 5's rows of the same text (the reader of 0.x, kept as the oracle): its step mode, its errors mapped as
 * the package mapped them, lines counted by the line breaks before each row; the empty row papaparse gives after a
 * final line break (a blank row, which ingestion skips) left out.
 */
function papa(text: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  let line = 1;
  let rowStart = 0;
  let scanned = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (results) => {
      const start = rowStart;
      rowStart = results.meta.cursor;
      for (;;) {
        const next = text.indexOf('\n', scanned);
        if (next === -1 || next >= start) break;
        line += 1;
        scanned = next + 1;
      }
      let problem: CsvRowProblem | undefined;
      for (const error of results.errors) {
        if (error.code === 'MissingQuotes') problem = 'unterminated-quote';
        else if (error.code === 'InvalidQuotes' && problem === undefined) problem = 'invalid-quote';
      }
      rows.push({ cells: results.data, line, problem });
    },
  });
  const last = rows.at(-1);
  if (last?.cells.length === 1 && last.cells[0] === '' && last.problem === undefined && text.endsWith('\n')) rows.pop();
  if (text === '' && rows.length === 0) return [];
  return rows;
}

const delimiters = fc.constantFrom(',', ';', '\t', '|', '::');
// Line ends made "\n" and a leading BOM dropped, as the reader does before splitting (papaparse drops one itself).
const normalised = (text: string) => text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');

describe('CsvSplitter', () => {
  it('splits every text into the rows papaparse gives, with the same lines and the same quoting problems', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fuzz(
      fc.property(fc.oneof(csvishText, randomCsv), delimiters, (raw, delimiter) => {
        // Leading BOMs dropped: papaparse drops one of what it is given (and counts positions without it); the reader
        // drops the file's own before splitting.
        const text = normalised(raw).replace(/^\uFEFF+/, '');
        expect(ours(text, delimiter)).toEqual(papa(text, delimiter));
      }),
      3000,
    );
  });

  it('gives the same rows however the text is cut into chunks', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fuzz(
      fc.property(fc.oneof(csvishText, randomCsv).map(normalised), delimiters, fc.array(fc.nat(), { maxLength: 12 }), (text, delimiter, cuts) => {
        expect(
          ours(
            text,
            delimiter,
            cuts.map((cut) => cut % (text.length + 1)),
          ),
        ).toEqual(ours(text, delimiter));
      }),
      3000,
    );
  });

  it('reads quoted cells with delimiters, quotes and line breaks, and counts lines from the first', () => {
    expect(ours('a,"b,c"\n"x ""y""\nz",w\n', ',')).toEqual([
      { cells: ['a', 'b,c'], line: 1, problem: undefined },
      { cells: ['x "y"\nz', 'w'], line: 2, problem: undefined },
    ]);
  });

  it('flags a closing quote followed by text, and a quote never closed', () => {
    // "b"c is no closing quote: the cell runs to the next one, which closes before the line break.
    expect(ours('a,"b"c,d"\ne,f\n', ',')).toEqual([
      { cells: ['a', 'b"c,d'], line: 1, problem: 'invalid-quote' },
      { cells: ['e', 'f'], line: 2, problem: undefined },
    ]);
    expect(ours('a,b\n"c,d\ne,f\n', ',')).toEqual([
      { cells: ['a', 'b'], line: 1, problem: undefined },
      { cells: ['c,d\ne,f\n'], line: 2, problem: 'unterminated-quote' },
    ]);
  });

  it('keeps a quote inside an unquoted cell as text, and blanks between a closing quote and the delimiter', () => {
    expect(ours('a"b,"c"  ,d\n', ',')).toEqual([{ cells: ['a"b', 'c', 'd'], line: 1, problem: undefined }]);
  });
});

describe('writeCsvRows', () => {
  it('writes what papaparse’s unparse writes (quotes: false, CRLF), with a final line break', () => {
    const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', ' a', 'a ', 'a,b', 'a"b', 'a\nb', 'a\rb', '\uFEFFa', 'T1.C1', 'organisation_id'));
    fuzz(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(writeCsvRows(rows)).toBe(`${Papa.unparse(rows, { newline: '\r\n', quotes: false })}\r\n`);
      }),
      1000,
    );
  });

  it('quotes only the cells that need it, and reads back as written', () => {
    const rows = [
      ['a', 'b,c', 'say "hi"'],
      ['line\nbreak', '', 'plain'],
    ];
    const text = writeCsvRows(rows);
    expect(text).toBe('a,"b,c","say ""hi"""\r\n"line\nbreak",,plain\r\n');
    expect(ours(normalised(text), ',').map((row) => row.cells)).toEqual(rows);
  });
});
