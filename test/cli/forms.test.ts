import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../src/assessment/decode.js';
import { EXIT } from '../../src/cli/io.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { run } from '../../src/cli/run.js';
import { memoryIo } from './memory-io.js';

// `--encoding` and `--columns` on report and validate, on files as Excel and Microsoft Forms leave them.

const sampleCsv = readFileSync(new URL('../../examples/sample/answers-2023-24.csv', import.meta.url), 'utf8');
const curlySample = sampleCsv.replace(/,DK(?=,|\n)/g, ',Don\u2019t know');

function windows1252(text: string): Uint8Array {
  const high = new Map<number, number>();
  for (let byte = 0x80; byte <= 0x9f; byte += 1) high.set(decodeWindows1252(Uint8Array.of(byte)).charCodeAt(0), byte);
  return Uint8Array.from(text, (char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : (high.get(char.charCodeAt(0)) ?? 0x3f)));
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    bytes[2 + index * 2] = text.charCodeAt(index) & 0xff;
    bytes[3 + index * 2] = text.charCodeAt(index) >> 8;
  }
  return bytes;
}

describe('--encoding on files from disk', { timeout: 60_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'caf-forms-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const cp1252 = join(folder, 'answers-windows.csv');
  writeFileSync(cp1252, windows1252(curlySample));
  const unicode = join(folder, 'answers-unicode.txt');
  writeFileSync(unicode, utf16le(curlySample.replace(/,/g, '\t')));

  function cli(argv: readonly string[]): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const code = run(argv, { ...nodeIo, stdout: (text) => (out += text), stderr: (text) => (err += text) });
    return { code, out, err };
  }

  it('validate reads a Windows-1252 CSV by itself, with a note saying what it found; named, without one', () => {
    const told = cli(['validate', cp1252]);
    expect(told.code).toBe(EXIT.ok);
    expect(told.out).toContain('Note:');
    expect(told.out).toMatch(/the file was read as Windows-1252 text: it is not UTF-8: the first byte that is not is 0x92 at byte offset \d+/);
    expect(told.out).toContain('Answer cells: 21,920 read, 21,222 accepted, 0 rejected, 698 blank.');
    const named = cli(['validate', cp1252, '--encoding', 'windows-1252']);
    expect(named.code).toBe(EXIT.ok);
    // Named, the encoding needs no note (the note on undated organisations is another matter).
    expect(named.out).not.toContain('read as Windows-1252');
    expect(named.out).toContain('Answer cells: 21,920 read, 21,222 accepted, 0 rejected, 698 blank.');
  });

  it('validate refuses a Windows-1252 file named UTF-8, at its first bad byte', () => {
    const result = cli(['validate', cp1252, '--encoding', 'UTF-8']);
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.out).toMatch(/cannot be read as survey answers[\s\S]*the bytes are not valid UTF-8: the first bad byte is at byte offset \d+/);
  });

  it('report reads Excel\'s "Unicode Text" (UTF-16LE, tab-separated), with the note as a warning', () => {
    const out = join(folder, 'reports');
    const result = cli(['report', unicode, '--out', out, '--round', '2023/24']);
    expect(result.code).toBe(EXIT.ok);
    expect(result.err).toContain(`Warnings in ${unicode}:`);
    expect(result.err).toContain('the file was read as UTF-16LE text: it starts with a UTF-16LE byte order mark');
    expect(result.out).toContain('Answers (answers-unicode.txt): 21,222 answers accepted, 0 rejected, 698 blank.');
  });

  it('refuses an encoding it does not know, with a suggestion', () => {
    const result = cli(['validate', cp1252, '--encoding', 'utf-16-le']);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain('--encoding "utf-16-le" is not an encoding the CLI reads: give one of auto, utf-8, windows-1252, utf-16le, utf-16be. Did you mean utf-16le?');
  });
});

describe('--columns: a mapping file for a survey built by hand', () => {
  // A survey on the current reference framework (1.1.0): its last column is the question of T1.C1.
  const csv = [
    '"Which Cancer Alliance do you work in?",Email,Role,Our partners agree on priorities,"The alliance agrees a shared vision for cancer care with its partners, covering its whole population."',
    'greater-manchester,a@nhs.net,partner,4,3',
    'greater-manchester,b@nhs.net,core team,DK,5',
  ].join('\n');
  const yaml = ['organisation: Which Cancer Alliance do you work in?', 'respondent: Email', 'group: Role', 'items:', '  Our partners agree on priorities: T1.C2', ''].join('\n');

  it('validate reads the columns the mapping names (YAML or JSON); the question text column needs no mapping', () => {
    for (const [name, text] of [
      ['columns.yaml', yaml],
      [
        'columns.json',
        JSON.stringify({ organisation: 'Which Cancer Alliance do you work in?', respondent: 'Email', group: 'Role', items: { 'Our partners agree on priorities': 'T1.C2' } }),
      ],
    ] as const) {
      const io = memoryIo({ 'survey.csv': csv, [name]: text });
      expect(run(['validate', 'survey.csv', '--columns', name], io)).toBe(EXIT.ok);
      expect(io.out()).toContain('Answer cells: 4 read, 4 accepted, 0 rejected, 0 blank.');
    }
  });

  it('without the mapping, the organisation column is missing', () => {
    const io = memoryIo({ 'survey.csv': csv });
    expect(run(['validate', 'survey.csv'], io)).toBe(EXIT.invalidData);
    expect(io.out()).toContain('the wide layout needs the columns "organisation_id", "respondent_id"');
  });

  it('refuses a mapping to an item id the framework lacks, with "did you mean", and one that is not YAML', () => {
    const io = memoryIo({ 'survey.csv': csv, 'columns.yaml': yaml.replace('T1.C2', 'T1C2') });
    expect(run(['validate', 'survey.csv', '--columns', 'columns.yaml'], io)).toBe(EXIT.invalidData);
    expect(io.err()).toContain(
      'columns.yaml is not a valid column mapping: columns.items["Our partners agree on priorities"] is "T1C2", not an item id of the framework; did you mean "T1.C2"?',
    );
    const broken = memoryIo({ 'survey.csv': csv, 'columns.yaml': 'items: [unclosed' });
    expect(run(['report', 'survey.csv', '--out', 'reports', '--columns', 'columns.yaml'], broken)).toBe(EXIT.invalidData);
    expect(broken.err()).toContain('columns.yaml is not a valid column mapping: it is not YAML');
    const missing = memoryIo({ 'survey.csv': csv });
    expect(run(['validate', 'survey.csv', '--columns', 'nowhere.yaml'], missing)).toBe(EXIT.unreadable);
  });
});
