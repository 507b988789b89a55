import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';

// The sample is answered on the reference framework 1.0.0.
const framework = referenceFrameworks['1.0.0'];
import { run } from '../../src/cli/run.js';
import { memoryIo } from './memory-io.js';

const committed = (name: string) => readFileSync(new URL(`../../examples/sample/${name}`, import.meta.url), 'utf8');
const CSV_FILES = ['answers-2022-23.csv', 'answers-2023-24.csv', 'outcomes-synthetic.csv'] as const;

describe('sample: the synthetic sample, written by the installed command', () => {
  it('writes the same CSV files as the repository sample, byte for byte, with a README that says they are not real', { timeout: 60_000 }, () => {
    const io = memoryIo();
    expect(run(['sample', '--out', 'sample'], io)).toBe(0);
    expect(io.written).toEqual([...CSV_FILES.map((name) => `sample/${name}`), 'sample/README.md']);
    for (const name of CSV_FILES) expect(io.files.get(`sample/${name}`), name).toBe(committed(name));
    const readme = io.files.get('sample/README.md') ?? '';
    expect(readme.startsWith('# Synthetic sample data — NOT REAL')).toBe(true);
    expect(readme).toContain('20230331');
    expect(readme).toContain('274 respondents');
    expect(io.out()).toMatch(/^SYNTHETIC DATA: .*\nWrote 4 files to sample:\n/);
    expect(io.out()).toContain('cancer-alliance-framework report sample/answers-2023-24.csv --previous sample/answers-2022-23.csv');
    expect(io.err()).toBe('');
    // What it writes reads back without an issue.
    expect(parseAnswersCsv(io.files.get('sample/answers-2023-24.csv') ?? '', { framework }).issues).toEqual([]);
  });

  it('shows its help, as `sample --help` and `help sample`, and the main help lists it', () => {
    for (const argv of [
      ['sample', '--help'],
      ['sample', '-h'],
      ['help', 'sample'],
    ]) {
      const io = memoryIo();
      expect(run(argv, io)).toBe(0);
      expect(io.out()).toMatch(/^Usage: cancer-alliance-framework sample --out <dir>\n/);
      expect(io.written).toEqual([]);
    }
    const io = memoryIo();
    expect(run(['--help'], io)).toBe(0);
    expect(io.out()).toContain('  sample --out <dir>  ');
  });

  it('refuses a missing --out, a file name, and an unknown option, with exit code 2 and nothing written', () => {
    const cases: [readonly string[], string][] = [
      [['sample'], 'cancer-alliance-framework: --out <dir> is missing: name the folder to write the sample to, e.g. --out sample.'],
      [['sample', '--out', ' '], 'cancer-alliance-framework: --out <dir> is missing: name the folder to write the sample to, e.g. --out sample.'],
      [['sample', 'here'], 'cancer-alliance-framework: sample takes no file, but was given here: name the folder with --out <dir>.'],
      [['sample', '--outt', 'x'], 'cancer-alliance-framework: unknown option --outt; sample takes --out <dir> and --help.'],
      [['sample', '--out'], 'cancer-alliance-framework: --out needs a value, e.g. --out sample.'],
    ];
    for (const [argv, message] of cases) {
      const io = memoryIo();
      expect(run(argv, io), argv.join(' ')).toBe(2);
      expect(io.err()).toBe(`${message}\nUsage: cancer-alliance-framework sample --out <dir>; run "cancer-alliance-framework sample --help" for more.\n`);
      expect(io.written).toEqual([]);
    }
  });

  it('fails with exit code 4 when the folder cannot be written, and says nothing was written', { timeout: 60_000 }, () => {
    const io = memoryIo({}, { unwritable: 'locked' });
    expect(run(['sample', '--out', 'locked'], io)).toBe(4);
    expect(io.err()).toContain('Nothing was written: locked is as it was before the run.');
    expect(io.written).toEqual([]);
  });
});
