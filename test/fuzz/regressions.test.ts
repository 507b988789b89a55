import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectiveCancerAllianceFramework as reference, parseAnswersJson, parseAnswersCsv, parseFramework, safeParseFramework } from '../../src/index.js';
import { sevenThemeFramework } from '../assessment/fixtures/frameworks.js';
import { minimalYaml, sevenThemesYaml } from '../framework/helpers.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { CLI_FILES, runCli } from './cli-inputs.js';

/** The bugs the fuzz suite found, each pinned by the smallest input that showed it. */
describe('bugs found by fuzzing', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a round labelled 9999/00 with --previous ended in exit code 70; such a label now names no financial year', () => {
    // 9999/00 would close on 31 March 10000, a date that cannot be written yyyy-mm-dd: the previous round's date
    // could not be read back and financialYearOf threw a RangeError. Then such a label dated the round today; now a
    // label that names neither a financial year nor a date is refused (issue 16.4: rounds are explicit).
    const result = runCli(['report', 'answers.csv', '--round', '9999/00', '--previous', 'previous.csv', '--out', 'r']);
    expect(result.code).toBe(2);
    expect(result.io.err()).toContain('--round "9999/00" names neither a financial year nor a date');
  });

  it('a round labelled 0000/01 was dated 31 March 1901; it now names no financial year either', () => {
    const result = runCli(['report', 'answers.csv', '--round', '0000/01', '--out', 'r']);
    expect(result.code).toBe(2);
    expect(result.io.err()).toContain('--round "0000/01" names neither a financial year nor a date');
    // No Cancer Alliance was in force in 1001: the organisations are not checked, so that the date alone is tested.
    expect(runCli(['report', 'answers.csv', '--round', '1000/01', '--out', 'r', '--organisations', 'any']).io.out()).toContain(
      'Round 1000/01 (1001-03-31, financial year 1000/01).',
    );
  });

  it('a date before the year 1000 gave a confusing analysis error; it is now a usage error', () => {
    for (const date of ['0001-01-01', '0999-12-31']) {
      const result = runCli(['report', 'answers.csv', '--date', date, '--previous', 'previous.csv', '--out', 'r']);
      expect(result.code).toBe(2);
      expect(result.io.err()).toContain(`--date "${date}" is not a date written yyyy-mm-dd with a year from 1000 to 9999, e.g. 2024-03-31.`);
    }
    expect(runCli(['report', 'answers.csv', '--date', '1000-04-01', '--out', 'r', '--organisations', 'any']).code).toBe(0);
  });

  it('an answer written "-0" was kept as negative zero, which JSON writes as 0', () => {
    const csv = parseAnswersCsv('organisation_id,respondent_id,item_id,answer\nclub,r1,purpose-c1,-0\nclub,r1,purpose-c2,-0.0\n', {
      framework: sevenThemeFramework(),
    });
    expect(csv.answers.map((answer) => Object.is(answer.answer, 0))).toEqual([true, true]);
    const json = parseAnswersJson([{ organisationId: 'wessex', respondentId: 'r1', itemId: 'T1.C1', answer: -0 }], { framework: reference });
    const issue = json.issues[0];
    expect(issue?.code).toBe('value-outside-scale');
    expect(issue !== undefined && 'value' in issue && Object.is(issue.value, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('a parsed framework was frozen only shallowly where zod filled in defaults', () => {
    for (const text of [minimalYaml, sevenThemesYaml()]) {
      const framework = parseFramework(text);
      expect(isDeepFrozen(framework)).toBe(true);
      expect(Object.isFrozen(framework.provenance.sources)).toBe(true);
      expect(Object.isFrozen(framework.scales[0]?.dontKnow)).toBe(true);
      expect(() => (framework.provenance.sources as unknown as unknown[]).push({ title: 'changed' })).toThrow(TypeError);
    }
  });

  it('a YAML map key that is a list made parseFramework print a process warning', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const result = safeParseFramework('? [a, b]\n: c\n');
    expect(result.success).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('a huge header cell or id in an outcomes file was printed whole in the message', () => {
    const huge = 'h'.repeat(1_000_000);
    const header = runCli(['report', 'answers.csv', '--outcomes', 'o.csv', '--out', 'r'], { ...CLI_FILES, 'o.csv': `${huge},value\nwessex,1\n` });
    expect(header.code).toBe(1);
    expect(header.io.err()).toContain(`but it has "${'h'.repeat(57)}…", "value"`);
    expect(header.io.err().length).toBeLessThan(2_000);
    const id = runCli(['report', 'answers.csv', '--outcomes', 'o.csv', '--out', 'r'], { ...CLI_FILES, 'o.csv': `organisation_id,value\n${huge},1\n${huge},2\n` });
    expect(id.code).toBe(1);
    expect(id.io.err()).toContain(`organisation "${'h'.repeat(57)}…" already has a value at row 1`);
    expect(id.io.err().length).toBeLessThan(2_000);
  });

  it('a huge header cell was printed whole in the message of a missing column and in every place of a row', () => {
    const huge = 'h'.repeat(1_000_000);
    const result = runCli(['validate', 'h.csv'], { 'h.csv': `organisation_id,respondent_id,item_id,answer,${huge}\nwessex,r1,T1.C1,3,x\n` });
    expect(result.code).toBe(1);
    expect(result.io.out()).toContain(`(column ${'h'.repeat(57)}…): column "${'h'.repeat(57)}…": the column "${'h'.repeat(57)}…" is not used and was ignored`);
    expect(result.io.out().length).toBeLessThan(2_000);
    const missing = runCli(['validate', 'm.csv'], { 'm.csv': `${huge},answer\n` });
    expect(missing.code).toBe(1);
    expect(missing.io.out()).toContain(`but the header has "${'h'.repeat(57)}…", "answer"`);
    expect(missing.io.out().length).toBeLessThan(2_000);
  });
});
