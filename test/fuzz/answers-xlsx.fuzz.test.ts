import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  effectiveCancerAllianceFramework as reference,
  safeParseAnswersCsv,
  scoreAnswers,
  type AnswerIssue,
  type AnswersError,
  type AnswersImport,
  type SafeParseResult,
} from '../../src/index.js';
import { itemsOf } from '../../src/framework/index.js';
import { exportAnswersTemplateXlsx, safeParseAnswersXlsx, scoreAnswersXlsx } from '../../src/xlsx/index.js';
import { numberText } from '../../src/xlsx/workbook.js';
import { writeWorkbook, type CellInput } from '../../src/xlsx/writer.js';
import { ZipArchive } from '../../src/xlsx/zip.js';
import { checkResult } from './answers-invariants.js';
import { CELL_POOL } from './csv-inputs.js';
import { mutated } from './mutate.js';
import { FUZZ_TIMEOUT_MS, expectPrototypesClean, fuzz, withoutHanging } from './settings.js';
import { oneSheet, zipParts } from '../xlsx/helpers.js';

const items = itemsOf(reference).map((ref) => ref.item.id as string);

/** Every workbook must end in a frozen import whose accounting adds up, or in an AnswersError: nothing else escapes. */
function endsWell(bytes: Uint8Array): void {
  const result = withoutHanging('safeParseAnswersXlsx', () => safeParseAnswersXlsx(bytes, { framework: reference, file: 'fuzz.xlsx' }));
  checkResult(result, reference, 'fuzz.xlsx');
}

/** Small valid workbooks: as LibreOffice saves one, as this package writes the template, and one made part by part. */
const seeds: readonly Uint8Array[] = [
  // A copy: a Node Buffer's slice() is a view, which the byte edits below would write through.
  new Uint8Array(readFileSync(new URL('../xlsx/fixtures/features.libreoffice.xlsx', import.meta.url))),
  exportAnswersTemplateXlsx(reference, { rows: 3 }),
  oneSheet([
    ['Title row'],
    ['organisation_id', 'respondent_id', 'respondent_group', 'T1.C1', 'T1.C2', 'comment:T1.C1'],
    ['wessex', 'r1', 'core team', 3, 'Emerging', 'fine'],
    ['wessex', 'r2', null, { xml: '<c t="str"><f>1+1</f><v>2</v></c>' }, 'DK', null],
  ]),
];

/** A byte-level change: flip, set, insert or delete bytes at a random place. */
const byteEdits = fc.array(
  fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'set', 'insert', 'delete'), byte: fc.integer({ min: 0, max: 255 }), length: fc.integer({ min: 1, max: 16 }) }),
  { minLength: 1, maxLength: 8 },
);

function applyBytes(seed: Uint8Array, edits: readonly { at: number; kind: string; byte: number; length: number }[]): Uint8Array {
  let bytes = seed;
  for (const edit of edits) {
    const at = edit.at % (bytes.length + 1);
    if (edit.kind === 'flip' && at < bytes.length) {
      bytes = bytes.slice();
      bytes[at] = (bytes[at] ?? 0) ^ (1 << (edit.byte % 8));
    } else if (edit.kind === 'set') {
      bytes = bytes.slice();
      bytes.fill(edit.byte, at, at + edit.length);
    } else if (edit.kind === 'insert') {
      const next = new Uint8Array(bytes.length + edit.length).fill(edit.byte);
      next.set(bytes.subarray(0, at));
      next.set(bytes.subarray(at), at + edit.length);
      bytes = next;
    } else {
      bytes = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + edit.length)]);
    }
  }
  return bytes;
}

/** A seed's parts as text, to be mutated and zipped again (so that the XML, not only the archive, is exercised). */
function textParts(bytes: Uint8Array): Record<string, string> {
  const zip = new ZipArchive(bytes, { maxUncompressedBytes: 1e8 });
  return Object.fromEntries(zip.names().map((name) => [name, new TextDecoder().decode(zip.read(name))]));
}

/** Cells that a CSV and a workbook both carry unchanged (CSV reads "\r" as a line end, and drops a byte-order mark). */
const CELLS = CELL_POOL.filter((cell) => !/[\r\uFEFF]/.test(cell) && !cell.startsWith('sep=') && !cell.startsWith('"sep=') && cell.length <= 32_767);

/** A cell of a generated sheet: text, or a number (written as a number cell; the CSV holds its General text). */
const cellArbitrary: fc.Arbitrary<string | number> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CELLS) },
  { weight: 1, arbitrary: fc.constantFrom(1, 2, 3, 4, 5, 0, -0, 3.0000000000000004, 0.1 + 0.2, 1e21, 101, 7) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }).filter((text) => !/[\r\uFEFF]/.test(text)) },
);

/** A header of either layout, then rows of random cells. */
const sheetArbitrary = fc.record({
  header: fc.oneof(
    fc.constant<string[]>(['organisation_id', 'respondent_id', 'item_id', 'answer', 'respondent_group', 'comment']),
    fc
      .subarray(items.slice(0, 12), { minLength: 1, maxLength: 5 })
      .map((chosen): string[] => ['organisation_id', 'respondent_id', 'respondent_group', ...chosen, `comment:${chosen[0] ?? 'T1.C1'}`]),
  ),
  rows: fc.array(fc.array(cellArbitrary, { maxLength: 9 }), { maxLength: 12 }),
});

function quoteCsv(cell: string): string {
  return `"${cell.replace(/"/g, '""')}"`;
}

/** An issue without its place, which differs between a CSV (lines) and a workbook (cells); rows and columns do not. */
function placeless(issue: AnswerIssue): unknown {
  const { location, ...rest } = issue;
  return { ...rest, row: location.row, column: location.column, columnName: location.columnName };
}

function comparable(result: AnswersImport): unknown {
  return { answers: result.answers, accounting: result.accounting, layout: result.layout, issues: result.issues.map(placeless) };
}

describe('fuzz: parseAnswersXlsx', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('ends every byte-mutated workbook in an import or an AnswersError, never a crash or a hang', () => {
    fuzz(
      fc.property(fc.constantFrom(...seeds), byteEdits, (seed, edits) => {
        endsWell(applyBytes(seed, edits));
      }),
      1_500,
    );
    expectPrototypesClean();
  });

  it('ends every workbook whose XML is mutated (and zipped again) in an import or an AnswersError', () => {
    const workbooks = fc
      .constantFrom(...seeds.map(textParts))
      .chain((seed) => fc.constantFrom(...Object.keys(seed)).chain((name) => mutated(seed[name] ?? '').map((text) => zipParts({ ...seed, [name]: text }))));
    fuzz(
      fc.property(workbooks, (bytes) => {
        endsWell(bytes);
      }),
      800,
    );
    expectPrototypesClean();
  });

  it('reads any sheet of text and numbers exactly as parseAnswersCsv reads the same cells as CSV: answers, accounting and issues', () => {
    fuzz(
      fc.property(sheetArbitrary, ({ header, rows }) => {
        const sheet: CellInput[][] = [header, ...rows.map((row) => row.map((cell) => cell))];
        const bytes = writeWorkbook('fuzz', [{ name: 'Answers', rows: sheet }]);
        const table: readonly (readonly string[])[] = [header, ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? numberText(cell) : cell)))];
        const csv = table.map((row) => row.map(quoteCsv).join(',')).join('\n');
        const fromCsv = safeParseAnswersCsv(csv, { framework: reference });
        const fromXlsx = safeParseAnswersXlsx(bytes, { framework: reference });
        if (fromCsv.success && fromXlsx.success) {
          const [a, b] = [JSON.stringify(comparable(fromCsv.data)), JSON.stringify(comparable(fromXlsx.data))];
          if (a !== b) throw new Error(`the workbook reads otherwise than the CSV:\n${a}\n${b}`);
          return;
        }
        const codes = (result: SafeParseResult<AnswersImport, AnswersError>): string =>
          result.success ? 'read' : result.error.issues.map((issue: AnswerIssue) => issue.code).join();
        if (codes(fromCsv) !== codes(fromXlsx)) throw new Error(`the CSV gives ${codes(fromCsv)}, the workbook ${codes(fromXlsx)}`);
      }),
      400,
    );
  });

  it('scores what it reads: scoreAnswersXlsx gives the scores, issues and accounting of parseAnswersXlsx then scoreAnswers', () => {
    fuzz(
      fc.property(sheetArbitrary, ({ header, rows }) => {
        const bytes = writeWorkbook('fuzz', [{ name: 'Answers', rows: [header, ...rows] }]);
        const read = safeParseAnswersXlsx(bytes, { framework: reference });
        if (!read.success) return;
        const scored = scoreAnswersXlsx(bytes, { framework: reference });
        if (JSON.stringify(scored.scores) !== JSON.stringify(scoreAnswers(read.data.answers, { framework: reference }))) throw new Error('scores differ');
        if (JSON.stringify(scored.issues) !== JSON.stringify(read.data.issues)) throw new Error('issues differ');
        if (JSON.stringify(scored.accounting) !== JSON.stringify(read.data.accounting)) throw new Error('accounting differs');
      }),
      150,
    );
    expect(seeds).toHaveLength(3);
  });
});
