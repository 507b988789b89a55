import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/assessment/answer.js';
import { parseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { SYNTHETIC_COMMENT } from '../../src/assessment/synthetic.js';
import { itemsOf } from '../../src/framework/lookup.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';
import { organisationsAt } from '../../src/programme/organisations.js';
import { buildSample, SAMPLE_FILES, SAMPLE_FRAMEWORK_VERSION, SAMPLE_SEED } from '../../examples/sample/sample.js';

const committed = (name: string) => readFileSync(new URL(`../../examples/sample/${name}`, import.meta.url), 'utf8');
// The sample's rounds were answered on the reference framework of their years, 1.0.0.
const framework = referenceFrameworks[SAMPLE_FRAMEWORK_VERSION];
const sample = buildSample();
const items = itemsOf(framework).length;

function respondents(answers: readonly Answer[]): number {
  return new Set(answers.map((answer) => `${answer.organisationId}/${answer.respondentId}`)).size;
}

function meanValue(answers: readonly Answer[]): number {
  const values = answers.flatMap((answer) => (typeof answer.answer === 'number' ? [answer.answer] : []));
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

describe('the bundled synthetic sample', () => {
  it('is what the seeded generator makes: the committed files equal a fresh generation (run "npm run sample" if not)', { timeout: 60_000 }, () => {
    for (const [name, text] of Object.entries(sample.files)) expect(committed(name), name).toBe(text);
    expect(buildSample().files).toEqual(sample.files);
    // The workbook too, byte for byte (its archive's dates are fixed).
    for (const [name, bytes] of Object.entries(sample.workbooks)) {
      expect(new Uint8Array(readFileSync(new URL(`../../examples/sample/${name}`, import.meta.url))), name).toEqual(bytes);
    }
    expect(Object.keys(sample.workbooks)).toEqual([SAMPLE_FILES.forms, SAMPLE_FILES.formsQuestions]);
  });

  it('covers the 21 alliances of 2022/23 in both rounds', () => {
    const alliances = organisationsAt(new Date(2023, 2, 31))
      .alliances.map((alliance) => alliance.id as string)
      .sort();
    expect(alliances).toHaveLength(21);
    for (const answers of [sample.first, sample.second]) {
      expect([...new Set(answers.map((answer) => answer.organisationId as string))].sort()).toEqual(alliances);
    }
    expect(sample.outcomes.map((outcome) => outcome.organisationId).sort()).toEqual(alliances);
  });

  it('reads back without a single issue, and the counts add up', { timeout: 60_000 }, () => {
    const first = parseAnswersCsv(committed(SAMPLE_FILES.first), { framework, file: SAMPLE_FILES.first });
    const second = parseAnswersCsv(committed(SAMPLE_FILES.second), { framework, file: SAMPLE_FILES.second });
    expect(first.layout).toBe('long');
    expect(second.layout).toBe('wide');
    expect(first.issues).toEqual([]);
    expect(second.issues).toEqual([]);
    expect(first.answers).toEqual(sample.first);
    expect(second.answers).toEqual(sample.second);
    // Long: one row per answer. Wide: one row per respondent, one cell per item, blank where the answer is missing.
    expect(first.accounting.rowsRead).toBe(sample.first.length);
    expect(second.accounting.rowsRead).toBe(respondents(sample.second));
    expect(second.accounting.cellsRead).toBe(respondents(sample.second) * items);
    expect(second.accounting.answersAccepted + second.accounting.cellsBlank).toBe(second.accounting.cellsRead);
  });

  it('holds "don\'t know", "not applicable" and missing answers, and several respondents per alliance in groups', () => {
    for (const answers of [sample.first, sample.second]) {
      expect(answers.some((answer) => answer.answer === 'dont-know')).toBe(true);
      expect(answers.some((answer) => answer.answer === 'not-applicable')).toBe(true);
      expect(answers.length).toBeLessThan(respondents(answers) * items);
      expect(new Set(answers.map((answer) => answer.respondentGroup))).toEqual(new Set(['core-team', 'partner', 'clinical']));
      for (const id of new Set(answers.map((answer) => answer.organisationId))) {
        expect(respondents(answers.filter((answer) => answer.organisationId === id))).toBeGreaterThanOrEqual(9);
      }
    }
  });

  it('drifts mostly upward from the first round to the second', () => {
    expect(meanValue(sample.second)).toBeGreaterThan(meanValue(sample.first) + 0.15);
  });

  it('says it is synthetic wherever it shows', () => {
    const readme = committed(SAMPLE_FILES.readme);
    expect(readme.startsWith('# Synthetic sample data — NOT REAL')).toBe(true);
    expect(readme).toContain(String(SAMPLE_SEED));
    expect(readme).toContain('npm run sample');
    expect(SAMPLE_FILES.outcomes).toMatch(/synthetic/);
    for (const name of [SAMPLE_FILES.first, SAMPLE_FILES.second]) {
      const [header, firstRow] = committed(name).split('\n');
      expect(header).toMatch(/comment/);
      expect(firstRow).toContain(SYNTHETIC_COMMENT);
    }
    for (const answers of [sample.first, sample.second]) {
      expect(answers.filter((answer) => answer.comment === SYNTHETIC_COMMENT)).toHaveLength(respondents(answers));
    }
  });
});
