import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../assessment/fixtures/frameworks.js';
import { minimalYaml, sevenThemesYaml } from '../framework/helpers.js';
import { answersFrom } from '../../src/cli/inputs.js';
import { safeParseAnswersCsv } from '../../src/index.js';
import { check } from './answers-invariants.js';
import { CLI_FILES, checkRun, runCli } from './cli-inputs.js';
import { mutated } from './mutate.js';
import { FUZZ_TIMEOUT_MS, expectPrototypesClean, fuzz, withoutHanging } from './settings.js';

const COMMANDS = ['report', 'validate', 'help', '--help', '-h', '--version', 'reprot', 'Validate', '', '-', '--', '--out', 'help report'];
// prettier-ignore
const FLAGS = [
  '--out', '--framework', '--round', '--date', '--previous', '--previous-round', '--previous-date', '--outcomes', '--outcome-name',
  '--outcome-unit', '--synthetic', '--allow-rejected', '--progress', '--help', '-h', '--version',
  '--ot', '--out=', '--out=reports', '--date=2024-03-31', '--synthetic=yes', '--allow-rejected=false', '--', '-', '-x', '-ho', '---out', '--Out',
  '--framework=seven.yaml', '--previous=previous.csv', '--round=', '--no-synthetic', '--max-bytes', '--max-bytes=1kB', '--max-bytes=0',
  '--framework-version', '--framework-version=1.0.0', '--framework-version=1.1.0', '--framework-version=2',
];
const FILES = Object.keys(CLI_FILES);
// prettier-ignore
const VALUES = [
  ...FILES, 'missing.csv', 'missing.yaml', 'reports', 'out/dir', '../../etc', '/', '.', '', ' ', 'report', 'validate',
  '2023/24', '2022/23', '2024-03-31', '2023-03-31', '2024-02-30', '2024-02-29', '9999/00', '0000/01', '9998/99', '1000/01',
  '0001-01-01', '0999-12-31', '1000-01-01', '9999-12-31', '31/03/2024', '2024-3-31', ' 2024-03-31 ', '%', 'per 100,000',
  '<script>alert(1)</script>', '=1+1', '__proto__', 'constructor', 'prototype', '\u0000', '\uD800', 'é', '9'.repeat(300),
  '\u001b]0;pwned\u0007\u001b[2J', 'out\u202eexe', 'two\nlines', '\r', '\u0085', '50MB', '1kB', '2MiB', '600MB', '1.5',
];

/** An argument: mostly from the pools, sometimes any text. */
const argument = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 5, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 1, arbitrary: fc.constantFrom(...COMMANDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Any command line: a command (usually) and up to ten arguments. */
const anyArgv = fc
  .tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...COMMANDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }), fc.array(argument, { maxLength: 10 }))
  .map(([command, rest]) => [command, ...rest]);

/** Command lines that reach the reading of files: `report <file> --out <dir>` with options, or `validate <file>`. */
const reachingArgv = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...FILES, 'missing.csv'),
      fc.constantFrom('reports', 'out/dir', 'r'),
      fc.array(
        fc.oneof(
          fc.tuple(fc.constantFrom('--framework', '--previous', '--outcomes'), fc.constantFrom(...FILES)),
          fc.tuple(fc.constantFrom('--round', '--previous-round', '--date', '--previous-date', '--outcome-name', '--outcome-unit', '--max-bytes'), fc.constantFrom(...VALUES)),
          fc.tuple(fc.constantFrom('--synthetic', '--allow-rejected', '--progress')),
        ),
        { maxLength: 4 },
      ),
    )
    .map(([file, out, options]) => ['report', file, '--out', out, ...options.flat()]),
  fc
    .tuple(fc.constantFrom(...FILES, 'missing.csv'), fc.option(fc.constantFrom(...FILES), { nil: undefined }))
    .map(([file, framework]) => ['validate', file, ...(framework === undefined ? [] : ['--framework', framework])]),
);

function endsWell(argv: readonly string[], files: Readonly<Record<string, string>> = CLI_FILES): number {
  const result = withoutHanging(`run ${JSON.stringify(argv).slice(0, 200)}`, () => runCli(argv, files));
  checkRun(argv, result, files);
  return result.code;
}

describe('the command line under fuzzing', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('ends every command line with a documented exit code, writing nothing unless it succeeds', () => {
    fuzz(
      fc.property(anyArgv, (argv) => void endsWell(argv)),
      5_000,
    );
    fuzz(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 6 }), (argv) => void endsWell(argv)),
      1_000,
    );
  });

  it('ends every command line that reads files with a documented exit code, and succeeds on valid inputs', () => {
    const codes = new Set<number>();
    fuzz(
      fc.property(reachingArgv, (argv) => {
        codes.add(endsWell(argv));
      }),
      800,
    );
    // The command lines reach every outcome: success, invalid data, usage errors, missing files.
    expect([...codes].sort()).toEqual([0, 1, 2, 3]);
    expectPrototypesClean();
  });

  it('validates and reports on mutated answers files', () => {
    const seeds = [CLI_FILES['answers.csv'] ?? '', CLI_FILES['wide.csv'] ?? '', fixture('answers-excel.csv')];
    for (const seed of seeds) {
      fuzz(
        fc.property(mutated(seed), fc.boolean(), (text, allowRejected) => {
          const files = { ...CLI_FILES, 'm.csv': text };
          endsWell(['validate', 'm.csv'], files);
          const argv = ['report', 'm.csv', '--out', 'r', ...(allowRejected ? ['--allow-rejected'] : [])];
          const result = withoutHanging('report', () => runCli(argv, files));
          checkRun(argv, result, files);
          // Never a partial result presented as complete: rejected answers stop the run, or are listed with --allow-rejected.
          // Read against the framework the CLI reads it against: the version of the reference whose items it answers.
          const read = safeParseAnswersCsv(text, { framework: answersFrom({ text }, 'm.csv', null, null).tried.framework, file: 'm.csv' });
          const rejected = read.success && read.data.accounting.rowsRejected + read.data.accounting.cellsRejected > 0;
          if (rejected && !allowRejected) check(result.code === 1, () => `a report on a file with rejected answers ended ${result.code}`);
          if (rejected && result.code === 0) check(result.io.err().includes('Rejected in m.csv (--allow-rejected)'), 'rejected answers not listed');
          if (!read.success) check(result.code === 1, () => `a report on a file that cannot be read ended ${result.code}`);
        }),
        100,
      );
    }
    fuzz(
      fc.property(mutated(CLI_FILES['answers.json'] ?? ''), (text) => {
        const files = { ...CLI_FILES, 'm.json': text };
        endsWell(['validate', 'm.json'], files);
        endsWell(['report', 'm.json', '--out', 'r', '--allow-rejected'], files);
      }),
      150,
    );
  });

  it('validates mutated framework files, and reads answers against them', () => {
    for (const seed of [minimalYaml, sevenThemesYaml()]) {
      fuzz(
        fc.property(mutated(seed), (text) => {
          const files = { ...CLI_FILES, 'm.yaml': text, 'm.txt': text };
          endsWell(['validate', 'm.yaml'], files);
          endsWell(['validate', 'm.txt'], files);
          endsWell(['validate', 'seven.csv', '--framework', 'm.yaml'], files);
          endsWell(['report', 'seven.csv', '--framework', 'm.yaml', '--out', 'r'], files);
        }),
        150,
      );
    }
  });

  it('reads mutated outcomes files', () => {
    fuzz(
      fc.property(mutated(CLI_FILES['outcomes.csv'] ?? ''), (text) => {
        endsWell(['report', 'answers.csv', '--outcomes', 'm.csv', '--out', 'r'], { ...CLI_FILES, 'm.csv': text });
      }),
      200,
    );
  });
});
