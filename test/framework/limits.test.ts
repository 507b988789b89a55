import { describe, expect, it } from 'vitest';
import { FrameworkError, ProgrammeError, safeParseFramework } from '../../src/index.js';
import { parseOrganisations, parseRuleSet, safeParseOrganisations } from '../../src/programme/index.js';
import { readRepoFile, referenceYaml } from './helpers.js';

// Faults 1 and 12 of issue 13 for the framework and programme readers: many issues made zod overflow the stack
// (a raw RangeError), and CR-only line ends gave some forty unrelated errors.

describe('many issues: a FrameworkError listing maxIssues, never a stack overflow', { timeout: 120_000 }, () => {
  it.each([130_000, 40_000])('an enables list of %i invalid ids (130,000: the 392 kB file of the issue)', (count) => {
    const ids = Array.from({ length: count }, (_, i) => `"!${i}"`).join(',');
    const text = referenceYaml('1.0.0').replace('enables: [T1.C1]', `enables: [${ids}]`);
    for (const maxIssues of [undefined, 7]) {
      const result = safeParseFramework(text, { maxBytes: 10_000_000, ...(maxIssues === undefined ? {} : { maxIssues }) });
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.error).toBeInstanceOf(FrameworkError);
      const listed = maxIssues ?? 1_000;
      expect(result.error.issues).toHaveLength(listed + 1);
      expect(result.error.issues[listed]).toMatchObject({ code: 'too-many-issues', more: count - listed, max: listed });
      expect(result.error.issues[0]?.location.path).toEqual(['themes', 0, 'enablingFactors', 0, 'enables', 0]);
    }
  });

  it('a long invalid list in the organisations file: a ProgrammeError, counted exactly', () => {
    const count = 100_000;
    const text = readRepoFile('framework-data/organisations.yaml').replace(/\nalliances:\n/, `\nalliances:\n${Array.from({ length: count }, (_, i) => `  - ${i}`).join('\n')}\n`);
    const result = safeParseOrganisations(text, { maxBytes: 10_000_000, maxIssues: 10 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(ProgrammeError);
    expect(result.error.issues).toHaveLength(11);
    expect(result.error.issues[10]).toMatchObject({ code: 'too-many-issues', max: 10 });
  });
});

describe('line ends: LF, CRLF and CR alone read the same', () => {
  it.each([
    ['the reference framework', referenceYaml('1.0.0'), (text: string) => safeParseFramework(text)],
    ['the organisations file', readRepoFile('framework-data/organisations.yaml'), (text: string) => parseOrganisations(text)],
    ['the programme file', readRepoFile('framework-data/programme-2019.yaml'), (text: string) => parseRuleSet(text)],
  ] as const)('%s', (_name, text, read) => {
    const lf = read(text);
    expect(read(text.replace(/\n/g, '\r\n'))).toEqual(lf);
    expect(read(text.replace(/\n/g, '\r'))).toEqual(lf);
  });

  it('a CR-only file with one problem gives that one issue, on its line', () => {
    const text = referenceYaml('1.0.0').replace('version: 1.0.0', 'version: one').replace(/\n/g, '\r');
    const result = safeParseFramework(text);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => [issue.code, issue.location.line])).toEqual([['schema', 3]]);
  });
});
