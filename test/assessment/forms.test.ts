import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersCsv, safeParseAnswersCsv, scoreAnswersCsv, type AnswersImport } from '../../src/index.js';
import { decodeWindows1252 } from '../../src/assessment/decode.js';
import { editDistance, normaliseHeader } from '../../src/assessment/headers.js';
import { itemsOf } from '../../src/framework/lookup.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';
import { parseAnswersXlsx } from '../../src/xlsx/index.js';
import { SAMPLE_FRAMEWORK_VERSION } from '../../examples/sample/sample.js';

// Survey data as people have it: Forms-style headers (question texts, Microsoft Forms' metadata columns, a column
// mapping) and bytes in the encodings Excel saves (Windows-1252 CSV, UTF-16 "Unicode Text"), each read to exactly the
// answers of the bundled CSV sample.

// The sample's rounds were answered on the reference framework 1.0.0: its items, ids and question texts are those of
// 1.0.0, so every reading here is against that version.
const framework = referenceFrameworks[SAMPLE_FRAMEWORK_VERSION];

const sampleCsv = readFileSync(new URL('../../examples/sample/answers-2023-24.csv', import.meta.url), 'utf8');
const formsBytes = readFileSync(new URL('../../examples/sample/answers-2023-24.forms.xlsx', import.meta.url));
const legacyFormsBytes = readFileSync(new URL('../../examples/sample/answers-2023-24.xlsx', import.meta.url));
const csvImport = parseAnswersCsv(sampleCsv, { framework });
const texts = itemsOf(framework).map((ref) => ref.item.text);

function addsUp(result: AnswersImport): void {
  const a = result.accounting;
  expect(a.rowsRead).toBe(a.rowsAccepted + a.rowsRejected);
  expect(a.cellsRead).toBe(a.answersAccepted + a.cellsRejected + a.cellsBlank);
  expect(a.answersAccepted).toBe(result.answers.length);
}

/** Encodes text as Windows-1252 (the characters the tests use). */
function windows1252(text: string): Uint8Array {
  const high = new Map<number, number>();
  for (let byte = 0x80; byte <= 0x9f; byte += 1) high.set(decodeWindows1252(Uint8Array.of(byte)).charCodeAt(0), byte);
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const byte = high.get(code);
    if (byte === undefined) throw new Error(`not in Windows-1252: ${char}`);
    return byte;
  });
}

/** Encodes text as UTF-16, little- or big-endian, with or without a byte order mark. */
function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const body = bom ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(body.length * 2);
  for (let index = 0; index < body.length; index += 1) {
    const code = body.charCodeAt(index);
    bytes[index * 2 + (endian === 'le' ? 0 : 1)] = code & 0xff;
    bytes[index * 2 + (endian === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

/** The sample with every DK written as Excel users type it: "Don’t know", with a curly apostrophe. */
const curlySample = sampleCsv.replace(/,DK(?=,|\n)/g, ',Don\u2019t know');

describe('Microsoft Forms exports', () => {
  it('reads the sample as a form built from the instrument exports it (question texts, labels, ID as respondent) to the same answers', () => {
    const result = parseAnswersXlsx(formsBytes, { framework, file: 'answers-2023-24.forms.xlsx' });
    expect(result.layout).toBe('wide');
    expect(result.issues).toEqual([]);
    // Respondents are numbered by Forms' ID, row by row: map each back to the CSV's respondent of the same row.
    const csvRespondents = sampleCsv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[1]);
    const renamed = result.answers.map((answer) => ({ ...answer, respondentId: csvRespondents[Number(answer.respondentId) - 1] }));
    expect(renamed).toEqual(csvImport.answers);
    // 274 rows of 80 items; the five Forms columns other than ID set aside (ignored, not rejected).
    expect(result.accounting).toEqual({ ...csvImport.accounting, cellsIgnored: 274 * 5 });
    addsUp(result);
  });

  it('sets aside the six Forms columns of the older sample workbook (headed by item ids), with no issue', () => {
    const result = parseAnswersXlsx(legacyFormsBytes, { framework });
    expect(result.answers).toEqual(csvImport.answers);
    expect(result.issues).toEqual([]);
    expect(result.accounting).toEqual({ ...csvImport.accounting, cellsIgnored: 274 * 6 });
  });

  it('matches question texts normalised for spaces, curly quotes, dashes, case, leading numbering and a final full stop', () => {
    const [first = '', second = ''] = texts;
    const header = ['Organisation', 'ID', `1.  ${first.toUpperCase()}`, `Q2: ${second.replace(/ /g, '\u00a0').replace(/\.$/, '')}`].map((cell) => `"${cell}"`).join(',');
    const result = parseAnswersCsv(`${header}\ngreater-manchester,7,3,Don\u2019t know\n`, { framework });
    expect(result.answers).toEqual([
      { organisationId: 'greater-manchester', respondentId: '7', itemId: 'T1.C1', answer: 3 },
      { organisationId: 'greater-manchester', respondentId: '7', itemId: 'T1.C2', answer: 'dont-know' },
    ]);
    expect(normaliseHeader('  3) \u201cShared\u201d  vision \u2013 agreed. ')).toBe('"shared" vision - agreed');
  });

  it('counts the metadata columns as ignored in the long layout too, and keeps a respondent column over ID', () => {
    const csv = 'ID,Start time,organisation_id,respondent_id,item_id,answer,Email\n1,2024-03-04,greater-manchester,r1,T1.C1,3,a@nhs.net\n2,,greater-manchester,r1,T1.C2,,\n';
    const result = parseAnswersCsv(csv, { framework });
    expect(result.issues).toEqual([]);
    expect(result.answers).toEqual([{ organisationId: 'greater-manchester', respondentId: 'r1', itemId: 'T1.C1', answer: 3 }]);
    expect(result.accounting).toEqual({ rowsRead: 2, rowsAccepted: 2, rowsRejected: 0, cellsRead: 2, answersAccepted: 1, cellsRejected: 0, cellsBlank: 1, cellsIgnored: 6 });
  });
});

describe('set-aside columns change nothing but cellsIgnored', () => {
  const cell = fc.constantFrom('', ' ', '3', 'DK', 'Don\u2019t know', 'seven', '9', 'x,y', '4');
  const metadata = ['Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'Total points'];

  it('property: Forms columns put anywhere in a wide file leave the answers, issues and accounting as they were, and add one ignored cell per column per row', () => {
    const rows = fc.array(
      fc.tuple(
        fc.constantFrom('greater-manchester', 'wessex', ''),
        fc.constantFrom('r1', 'r2', 'r3'),
        fc.array(cell, { minLength: 3, maxLength: 3 }),
        fc.array(cell, { minLength: 6, maxLength: 6 }),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(rows, fc.subarray(metadata, { minLength: 1 }), fc.boolean(), (data, extra, first) => {
        const quote = (text: string) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
        const plain = ['organisation_id,respondent_id,T1.C1,T1.C2,T2.E1', ...data.map(([o, r, answers]) => [o, r, ...answers].map(quote).join(','))].join('\n');
        const withForms = [
          (first ? [...extra, 'organisation_id', 'respondent_id', 'T1.C1', 'T1.C2', 'T2.E1'] : ['organisation_id', 'respondent_id', 'T1.C1', ...extra, 'T1.C2', 'T2.E1']).join(','),
          ...data.map(([o, r, answers, meta]) => {
            const values = extra.map((_, index) => meta[index] ?? '');
            const cells = first ? [...values, o, r, ...answers] : [o, r, answers[0] ?? '', ...values, ...answers.slice(1)];
            return cells.map(quote).join(',');
          }),
        ].join('\n');
        const a = safeParseAnswersCsv(plain, { framework });
        const b = safeParseAnswersCsv(withForms, { framework });
        expect(b.success).toBe(a.success);
        if (!a.success || !b.success) return;
        expect(b.data.answers).toEqual(a.data.answers);
        expect(b.data.issues.map((issue) => [issue.code, issue.location.row])).toEqual(a.data.issues.map((issue) => [issue.code, issue.location.row]));
        expect(b.data.accounting).toEqual({ ...a.data.accounting, cellsIgnored: a.data.accounting.rowsRead * extra.length });
        addsUp(b.data);
      }),
      { numRuns: 150 },
    );
  });
});

describe('options.columns: surveys built by hand', () => {
  const csv = [
    'Which Cancer Alliance do you work in?,Your email,Your role,Our partners agree on priorities,Comment: Our partners agree on priorities,T1.C2',
    'greater-manchester,a@nhs.net,partner,4,Good start,2',
    'greater-manchester,b@nhs.net,,DK,,',
  ].join('\n');
  const columns = { organisation: 'Which Cancer Alliance do you work in?', respondent: 'your  EMAIL', group: 'Your role', items: { 'Our partners agree on priorities': 'T1.C1' } };

  it('reads the organisation, respondent, group and item columns the mapping names, by their headers', () => {
    const result = parseAnswersCsv(csv, { framework, columns });
    expect(result.issues).toEqual([]);
    expect(result.answers).toEqual([
      { organisationId: 'greater-manchester', respondentId: 'a@nhs.net', respondentGroup: 'partner', itemId: 'T1.C1', answer: 4, comment: 'Good start' },
      { organisationId: 'greater-manchester', respondentId: 'a@nhs.net', respondentGroup: 'partner', itemId: 'T1.C2', answer: 2 },
      { organisationId: 'greater-manchester', respondentId: 'b@nhs.net', itemId: 'T1.C1', answer: 'dont-know' },
    ]);
    expect(scoreAnswersCsv(csv, { framework, columns, minCoverage: 0 }).accounting).toEqual(result.accounting);
  });

  it('reads a column named like a Forms column as the item the mapping says it is', () => {
    const result = parseAnswersCsv('organisation_id,respondent_id,Name,Email\nwessex,r1,3,x@nhs.net\n', { framework, columns: { items: { name: 'T1.C1' } } });
    expect(result.answers).toEqual([{ organisationId: 'wessex', respondentId: 'r1', itemId: 'T1.C1', answer: 3 }]);
    expect(result.accounting.cellsIgnored).toBe(1);
  });

  it('without the mapping, the organisation column is missing', () => {
    expect(safeParseAnswersCsv(csv, { framework }).success).toBe(false);
  });

  it('refuses a mapping to an item id the framework lacks, with a suggestion, and a mapping of the wrong shape', () => {
    expect(() => parseAnswersCsv(csv, { framework, columns: { items: { Q1: 'T1C1' } } })).toThrow(
      /parseAnswersCsv: options\.columns\.items\["Q1"\] is "T1C1", not an item id of the framework; did you mean "T1\.C1"\?/,
    );
    expect(() => parseAnswersCsv(csv, { framework, columns: { organisaton: 'Org' } as never })).toThrow(TypeError);
    expect(() => parseAnswersCsv(csv, { framework, columns: { respondent: '' } })).toThrow(/options\.columns\.respondent must be a column's header/);
  });
});

describe('did you mean', () => {
  it('suggests the item id a header or a cell was probably meant to be', () => {
    const [, second = ''] = texts;
    const misspelt = second.replace('a', 'o').replace('e', 'i');
    const header = `organisation_id,respondent_id,T1.C3,T1C1,"${misspelt}",XYZ`;
    const wide = parseAnswersCsv(`${header}\ngreater-manchester,r1,2,3,4,5\n`, { framework });
    expect(wide.issues.map((issue) => [issue.code, (issue as { suggestion?: string }).suggestion])).toEqual([
      ['unknown-item', 'T1.C1'],
      ['unknown-item', 'T1.C2'],
      ['unknown-item', undefined],
    ]);
    expect(wide.issues[0]?.message).toContain('(did you mean "T1.C1"?)');
    const long = parseAnswersCsv('organisation_id,respondent_id,item_id,answer\ngreater-manchester,r1,t2.ee5,3\n', { framework });
    expect(long.issues[0]).toMatchObject({ code: 'unknown-item', itemId: 't2.ee5', suggestion: 'T2.E5' });
  });
});

describe('encodings: bytes as Excel saves them', () => {
  it('decodes Windows-1252 by the WHATWG table, 0x80–0x9F included (Node 20 TextDecoder does not)', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x92, 0x93, 0x94, 0x96, 0x9f, 0x81, 0xe9, 0x41))).toBe('\u20ac\u2019\u201c\u201d\u2013\u0178\u0081\u00e9A');
  });

  it('reads a Windows-1252 CSV with "Don’t know" in curly quotes to the same answers, and says what it found', () => {
    const bytes = windows1252(curlySample);
    const result = parseAnswersCsv(bytes, { framework, file: 'answers.csv' });
    expect(result.answers).toEqual(csvImport.answers);
    expect(result.accounting).toEqual(csvImport.accounting);
    expect(result.issues).toHaveLength(1);
    const first = curlySample.indexOf('\u2019');
    expect(result.issues[0]).toMatchObject({
      code: 'encoding-detected',
      encoding: 'windows-1252',
      reason: 'not-utf-8',
      offset: first,
      byte: 0x92,
      location: { file: 'answers.csv', line: curlySample.slice(0, first).split('\n').length },
    });
    expect(result.issues[0]?.message).toMatch(/^the file was read as Windows-1252 text: it is not UTF-8: the first byte that is not is 0x92 at byte offset \d+/);
    // Named, there is no note; an ArrayBuffer reads alike; and scoring reads the same bytes.
    const named = parseAnswersCsv(bytes.slice().buffer, { framework, encoding: 'windows-1252' });
    expect(named.issues).toEqual([]);
    expect(named.answers).toEqual(csvImport.answers);
    expect(scoreAnswersCsv(bytes, { framework }).scores).toEqual(scoreAnswersCsv(sampleCsv, { framework }).scores);
  });

  it('refuses bytes that are not the encoding named', () => {
    const result = safeParseAnswersCsv(windows1252(curlySample), { framework, encoding: 'utf-8' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]).toMatchObject({ code: 'invalid-encoding', encoding: 'utf-8', offset: curlySample.indexOf('\u2019') });
    expect(() => parseAnswersCsv(new Uint8Array(), { framework, encoding: 'latin1' as never })).toThrow(/parseAnswersCsv: options\.encoding must be/);
  });

  it('reads Unicode Text (UTF-16LE with a byte order mark, tab-separated) to the same answers', () => {
    const tsv = curlySample.replace(/,/g, '\t');
    const result = parseAnswersCsv(utf16(tsv, 'le', true), { framework });
    expect(result.answers).toEqual(csvImport.answers);
    expect(result.accounting).toEqual(csvImport.accounting);
    expect(result.issues.map((issue) => [issue.code, (issue as { reason?: string }).reason])).toEqual([['encoding-detected', 'byte-order-mark']]);
    expect(result.issues[0]?.message).toBe('the file was read as UTF-16LE text: it starts with a UTF-16LE byte order mark (as Excel\'s "Unicode Text" does)');
    // Big-endian without a byte order mark is told by its zero bytes; named, it is read without a note.
    const be = utf16(tsv, 'be', false);
    expect(parseAnswersCsv(be, { framework }).issues[0]).toMatchObject({ code: 'encoding-detected', encoding: 'utf-16be', reason: 'zero-bytes' });
    const named = parseAnswersCsv(be, { framework, encoding: 'utf-16be' });
    expect(named.issues).toEqual([]);
    expect(named.answers).toEqual(csvImport.answers);
  });

  it('reads UTF-8 bytes with no note, and checks the size of the bytes', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${curlySample}`);
    const result = parseAnswersCsv(bytes, { framework });
    expect(result.issues).toEqual([]);
    expect(result.answers).toEqual(csvImport.answers);
    const big = safeParseAnswersCsv(bytes, { framework, maxBytes: 100 });
    expect(big.success ? undefined : big.error.issues[0]?.code).toBe('too-large');
    expect(() => parseAnswersCsv(42 as never, { framework })).toThrow(/parseAnswersCsv: text must be a string/);
  });
});

describe('editDistance', () => {
  it('property: equals the full Levenshtein distance when within the limit, and is limit + 1 beyond it', () => {
    const full = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i += 1)
        for (let j = 1; j <= b.length; j += 1) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length]![b.length]!;
    };
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, limit) => {
        const exact = full(a, b);
        expect(editDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 500 },
    );
  });
});
