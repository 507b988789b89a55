import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectiveCancerAllianceFramework, parseAnswersCsv } from '../../src/index.js';
import { itemsOf, referenceFrameworks } from '../../src/framework/index.js';
import { EXIT } from '../../src/cli/io.js';
import { isSurveyJsText } from '../../src/cli/inputs.js';
import { run } from '../../src/cli/run.js';
import { parseSurveyJsResults } from '../../src/surveyjs/index.js';
import { parseAnswersXlsx } from '../../src/xlsx/index.js';
import { memoryIo } from './memory-io.js';

// The sample is answered on the reference framework 1.0.0; `instrument` writes the current one.
const framework = referenceFrameworks['1.0.0'];
const current = effectiveCancerAllianceFramework;

const sampleCsv = readFileSync(new URL('../../examples/sample/answers-2023-24.csv', import.meta.url), 'utf8');
const sampleXlsx = new Uint8Array(readFileSync(new URL('../../examples/sample/answers-2023-24.xlsx', import.meta.url)));
const csvAnswers = parseAnswersCsv(sampleCsv, { framework }).answers;

/** The sample round as SurveyJS results: one wrapped result per respondent. */
function sampleResults(): string {
  const byRespondent = new Map<string, { id: string; data: Record<string, unknown> }>();
  for (const answer of csvAnswers) {
    const key = `${answer.organisationId}/${answer.respondentId}`;
    let result = byRespondent.get(key);
    if (result === undefined) {
      result = { id: answer.respondentId, data: { organisation: answer.organisationId, respondentGroup: answer.respondentGroup } };
      byRespondent.set(key, result);
    }
    const name = answer.itemId.replace('.', '_');
    result.data[name] = answer.answer;
    if (answer.comment !== undefined) result.data[`${name}-Comment`] = answer.comment;
  }
  return JSON.stringify([...byRespondent.values()]);
}

describe('the CLI reads SurveyJS results and workbooks', () => {
  it('tells SurveyJS results from answers JSON by shape', () => {
    expect(isSurveyJsText('{"answers": []}')).toBe(false);
    expect(isSurveyJsText('[{"organisationId": "wessex", "itemId": "T1.C1"}]')).toBe(false);
    expect(isSurveyJsText('[]')).toBe(false);
    expect(isSurveyJsText('[1, 2]')).toBe(false);
    expect(isSurveyJsText('{"organisation": "wessex", "T1_C1": 3}')).toBe(true);
    expect(isSurveyJsText('\uFEFF[ {"id": "r1", "data": {}}]')).toBe(true);
    expect(isSurveyJsText('{"organisation": "wessex"}\n{"organisation": "wessex"}\n')).toBe(true);
  });

  it('validates SurveyJS results and an Excel workbook, naming what they are', () => {
    const io = memoryIo({ 'results.json': sampleResults(), 'answers.xlsx': sampleXlsx });
    expect(run(['validate', 'results.json'], io)).toBe(EXIT.ok);
    expect(io.out()).toContain('results.json: survey answers, SurveyJS results, checked against the reference framework');
    expect(io.out()).toContain('No problems found.');
    const workbook = memoryIo({ 'answers.xlsx': sampleXlsx });
    run(['validate', 'answers.xlsx'], workbook);
    expect(workbook.out()).toContain('answers.xlsx: survey answers, a workbook, wide layout');
  });

  it('reports a bad SurveyJS value with its path, and refuses a key given twice', () => {
    const io = memoryIo({ 'results.json': '[{"organisation": "wessex", "T1_C1": 9}]', 'twice.json': '{"organisation": "wessex", "T1_C1": 3, "T1_C1": 4}' });
    expect(run(['validate', 'results.json'], io)).toBe(EXIT.invalidData);
    expect(io.out()).toMatch(/results\.json.*0\.T1_C1/);
    expect(run(['validate', 'twice.json'], io)).toBe(EXIT.invalidData);
    expect(io.out()).toContain('the key "T1_C1" is given twice in the same object');
  });

  it('writes the same reports from SurveyJS results as from the CSV, and the workbook with --xlsx', () => {
    const io = memoryIo({ 'answers.csv': sampleCsv, 'results.json': sampleResults() });
    expect(run(['report', 'answers.csv', '--out', 'from-csv', '--round', '2023/24', '--xlsx'], io)).toBe(EXIT.ok);
    expect(run(['report', 'results.json', '--out', 'from-surveyjs', '--round', '2023/24'], io)).toBe(EXIT.ok);
    expect(io.files.get('from-surveyjs/data/scores.csv')).toBe(io.files.get('from-csv/data/scores.csv'));
    expect(io.files.get('from-surveyjs/data/report.json')).toBe(io.files.get('from-csv/data/report.json'));
    const workbook = io.binaries.get('from-csv/data/report.xlsx');
    expect(workbook?.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect(io.binaries.has('from-surveyjs/data/report.xlsx')).toBe(false);
    expect(io.out()).toContain('report.json, report.xlsx');
  }, 120_000);
});

describe('docs/cli.md: the worked example of validate on SurveyJS results', () => {
  it('prints what the guide shows, hints apart', () => {
    const guide = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    const at = guide.indexOf('with these results in `results.json`:');
    const json = /```json\n([\s\S]*?)```/.exec(guide.slice(at))?.[1] ?? '';
    const printed = /prints \(hints shortened here\) and exits 1:\n\n```\n([\s\S]*?)```/.exec(guide.slice(at))?.[1] ?? '';
    const io = memoryIo({ 'results.json': json });
    expect(run(['validate', 'results.json'], io)).toBe(EXIT.invalidData);
    const lines = printed.split('\n').filter((line) => line !== '' && !line.includes('hint:'));
    expect(lines).toHaveLength(7);
    for (const line of lines) expect(io.out().split('\n')).toContain(line);
  });
});

describe('instrument', () => {
  it('writes the CSV template (wide by default, or long), the workbook and the SurveyJS definition', () => {
    const io = memoryIo();
    expect(run(['instrument', '--out', 'survey.csv'], io)).toBe(EXIT.ok);
    expect(io.files.get('survey.csv')?.split('\r\n')[0]).toMatch(/^organisation_id,respondent_id,respondent_group,T1\.C1,/);
    expect(run(['instrument', '--format', 'csv', '--layout', 'long', '--out', 'long.csv'], io)).toBe(EXIT.ok);
    expect(io.files.get('long.csv')?.split('\r\n')).toHaveLength(1 + itemsOf(current).length + 1);
    expect(run(['instrument', '--format', 'xlsx', '--out', 'survey.xlsx', '--date', '2024-04-01'], io)).toBe(EXIT.ok);
    const workbook = io.binaries.get('survey.xlsx');
    expect(workbook === undefined ? -1 : parseAnswersXlsx(workbook, { framework: current }).answers.length).toBe(0);
    expect(run(['instrument', '--format', 'surveyjs', '--out', 'survey.json', '--date', '2024-04-01'], io)).toBe(EXIT.ok);
    const definition = JSON.parse(io.files.get('survey.json') ?? '{}') as { pages: { elements: { name: string; choices?: unknown[] }[] }[] };
    expect(definition.pages).toHaveLength(current.themes.length + 1);
    expect(definition.pages[0]?.elements[0]?.choices).toHaveLength(20);
    expect(io.out()).toContain('to survey.json: a SurveyJS survey definition, with a drop-down list of 20 alliances');
    expect(parseSurveyJsResults({ organisation: 'wessex', T1_C1: 3 }, { framework }).answers).toHaveLength(1);
  });

  it('refuses a wrong format or layout, and a missing --out, as usage errors', () => {
    for (const argv of [
      ['instrument'],
      ['instrument', '--out', 'a', '--format', 'pdf'],
      ['instrument', '--out', 'a', '--format', 'xlsx', '--layout', 'long'],
      ['instrument', 'x.csv', '--out', 'a'],
    ]) {
      const io = memoryIo();
      expect(run(argv, io), argv.join(' ')).toBe(EXIT.usage);
      expect(io.err()).toMatch(/instrument --help/);
      expect(io.written).toEqual([]);
    }
  });

  it('says so when the file cannot be written', () => {
    const io = memoryIo({}, { unwritable: 'locked' });
    expect(run(['instrument', '--out', 'locked/survey.csv'], io)).toBe(EXIT.unwritable);
    expect(io.err()).toContain('Cannot write "locked/survey.csv"');
  });
});
