import { describe, expect, it } from 'vitest';
import { CLI_FILES, runCli } from '../fuzz/cli-inputs.js';

describe('report: a similar-id issue is a warning, not a rejection', () => {
  it('writes the reports and prints the warning, without "Rejected"', () => {
    // The first row again, by respondent R1 where it said r1: another respondent, whose id differs only in case.
    const text = CLI_FILES['answers.csv']!;
    const csv = `${text}${text.split('\n')[1]!.replace(',r1,', ',R1,')}\n`;
    const files = { ...CLI_FILES, 'cased.csv': csv };
    const result = runCli(['report', 'cased.csv', '--out', 'r'], files);
    const output = `${result.io.out()}${result.io.err()}`;
    expect(result.code, output).toBe(0);
    expect(output).not.toContain('Rejected');
    expect(output).toMatch(/similar-id|differs only in case/);
  });
});
