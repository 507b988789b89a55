import { describe, expect, it } from 'vitest';
import { AnswersError, parseAnswersCsv, type AnswersImport } from '../../src/index.js';
import { referenceFrameworks } from '../../src/framework/index.js';

// The sample and these examples are answered on the reference framework 1.0.0 (eight themes, 80 items).
const framework = referenceFrameworks['1.0.0'];
import { buildSurveyJsDefinition, parseSurveyJsResults, safeParseSurveyJsResults, scoreSurveyJsResults } from '../../src/surveyjs/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';

function addsUp(result: AnswersImport): void {
  const a = result.accounting;
  expect(a.rowsRead).toBe(a.rowsAccepted + a.rowsRejected);
  expect(a.cellsRead).toBe(a.answersAccepted + a.cellsRejected + a.cellsBlank);
  expect(a.answersAccepted).toBe(result.answers.length);
}

function refusal(input: unknown): AnswersError {
  const result = safeParseSurveyJsResults(input, { framework, file: 'results.json' });
  if (result.success) throw new Error('expected an AnswersError');
  return result.error;
}

describe('buildSurveyJsDefinition', () => {
  const definition = buildSurveyJsDefinition(framework);

  it('has the respondent page, then a page per theme with a rating question per item, named by its id with _ for .', () => {
    expect(definition.pages.map((page) => page.name)).toEqual(['respondent', ...framework.themes.map((theme) => theme.id)]);
    expect(definition.pages[0]?.elements.map((question) => [question.type, question.name])).toEqual([
      ['text', 'organisation'],
      ['text', 'respondentGroup'],
    ]);
    const first = definition.pages[1]?.elements[0];
    expect(first?.type).toBe('rating');
    expect(first?.name).toBe('T1_C1');
    expect(first?.rateValues?.map((choice) => choice.value)).toEqual([1, 2, 3, 4, 5, 'dont-know', 'not-applicable']);
    expect(first?.description?.split('\n')).toHaveLength(1 + 7);
    expect(definition.pages.flatMap((page) => page.elements).filter((question) => question.type === 'rating')).toHaveLength(80);
    expect(isDeepFrozen(definition)).toBe(true);
  });

  it('offers the organisations as a drop-down and the groups as choices when given, and takes a title', () => {
    const organisations = [{ id: 'wessex', name: 'Wessex Cancer Alliance', extra: 1 }];
    const built = buildSurveyJsDefinition(framework, { organisations, respondentGroups: ['clinical', 'partner'], title: 'Round 2024/25' });
    expect(built.title).toBe('Round 2024/25');
    expect(built.pages[0]?.elements[0]).toMatchObject({ type: 'dropdown', choices: [{ value: 'wessex', text: 'Wessex Cancer Alliance' }] });
    expect(built.pages[0]?.elements[1]).toMatchObject({ type: 'radiogroup', choices: [{ value: 'clinical' }, { value: 'partner' }] });
    expect(organisations).toEqual([{ id: 'wessex', name: 'Wessex Cancer Alliance', extra: 1 }]);
  });

  it('refuses wrong options with a TypeError naming it', () => {
    expect(() => buildSurveyJsDefinition(framework, { organisations: ['wessex'] as never })).toThrow(/^buildSurveyJsDefinition: options\.organisations/);
    expect(() => buildSurveyJsDefinition(framework, { respondentGroups: [''] })).toThrow(/^buildSurveyJsDefinition: options\.respondentGroups/);
    expect(() => buildSurveyJsDefinition({} as never)).toThrow(TypeError);
  });
});

describe('parseSurveyJsResults: the shapes results come in', () => {
  const one = { organisation: 'wessex', respondentGroup: 'clinical', T1_C1: 3, T1_C2: 'dont-know', 'T1_C2-Comment': 'not sure', T1_C3: 'not-applicable' };

  it('reads one result, an array of them and JSON Lines, as text or as a value, to the same answers', () => {
    const expected = parseAnswersCsv('organisation_id,respondent_id,respondent_group,T1.C1,T1.C2,T1.C3,comment:T1.C2\nwessex,1,clinical,3,DK,NA,not sure\n', { framework });
    for (const input of [one, [one], JSON.stringify(one), JSON.stringify([one]), `\uFEFF${JSON.stringify(one)}\n`]) {
      const result = parseSurveyJsResults(input, { framework });
      expect(result.answers).toEqual(expected.answers);
      expect(result.issues).toEqual([]);
      // Every item of the framework is a column, so an item not answered is a blank cell.
      expect(result.accounting).toEqual({ ...expected.accounting, cellsRead: 80, cellsBlank: 77 });
      expect(result.layout).toBe('wide');
    }
    const lines = parseSurveyJsResults(`${JSON.stringify(one)}\n${JSON.stringify({ ...one, T1_C1: 4 })}\n`, { framework });
    expect(lines.answers.map((answer) => [answer.respondentId, answer.itemId, answer.answer])).toEqual([
      ['1', 'T1.C1', 3],
      ['1', 'T1.C2', 'dont-know'],
      ['1', 'T1.C3', 'not-applicable'],
      ['2', 'T1.C1', 4],
      ['2', 'T1.C2', 'dont-know'],
      ['2', 'T1.C3', 'not-applicable'],
    ]);
  });

  it('takes the respondent id from the result, else from its wrapper (respondentId or id), else its position', () => {
    const results = [
      { id: 'w1', data: { organisation: 'wessex', T1_C1: 1 } },
      { respondentId: 'w2', id: 'db-7', surveyResult: { organisation: 'wessex', T1_C1: 2 } },
      { id: 'ignored', createdAt: '2024-03-15', data: { organisation: 'wessex', respondentId: 'own', T1_C1: 3 } },
      { organisation: 'wessex', T1_C1: 4 },
      { id: 42, data: { organisation: 'wessex', T1_C1: 5 } },
    ];
    const result = parseSurveyJsResults(results, { framework });
    expect(result.answers.map((answer) => answer.respondentId)).toEqual(['w1', 'w2', 'own', '4', '42']);
    expect(result.issues).toEqual([]);
  });

  it("reads SurveyJS's own dontknow and none, item ids as keys, and values that are numbers written as text", () => {
    const result = parseSurveyJsResults({ organisation: 'wessex', 'T1.C1': 'dontknow', T1_C2: 'none', T1_C3: '2', T1_C4: '3 \u2013 Developing' }, { framework });
    expect(result.answers.map((answer) => answer.answer)).toEqual(['dont-know', 'not-applicable', 2, 3]);
  });

  it('reports bad values, unknown keys and missing organisations with the path to them, and the counts add up', () => {
    const result = parseSurveyJsResults(
      [
        { id: 'a', data: { organisation: 'wessex', T1_C1: 9, T1_C2: true, T1_C3: [1, 2], extra: 'x', T1_C4: 3 } },
        { id: 'b', data: { T1_C1: 2 } },
      ],
      { framework, file: 'results.json' },
    );
    expect(result.issues.map((issue) => [issue.code, issue.location.path, issue.location.row])).toEqual([
      ['unknown-item', [0, 'data', 'extra'], undefined],
      ['value-outside-scale', [0, 'data', 'T1_C1'], 1],
      ['unrecognised-answer', [0, 'data', 'T1_C2'], 1],
      ['unrecognised-answer', [0, 'data', 'T1_C3'], 1],
      ['empty-required-cell', [1, 'data', 'organisation'], 2],
    ]);
    expect(result.issues.every((issue) => issue.location.file === 'results.json')).toBe(true);
    expect(result.answers.map((answer) => answer.itemId)).toEqual(['T1.C4']);
    addsUp(result);
    expect(result.accounting).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
  });

  it('gives the line of a JSON Lines result, checks organisations, and reports a respondent twice', () => {
    const text = '{"organisation":"wessex","respondentId":"r1","T1_C1":3}\n{"organisation":"nowhere","T1_C1":3}\n{"organisation":"wessex","respondentId":"r1","T1_C1":4}\n';
    const result = parseSurveyJsResults(text, { framework, organisations: ['wessex'] });
    expect(result.issues.map((issue) => [issue.code, issue.location.line, issue.location.path])).toEqual([
      ['unknown-organisation', 2, [1, 'organisation']],
      ['duplicate-respondent', 3, [2, 'respondentId']],
    ]);
    addsUp(result);
  });

  it('is deeply frozen and leaves its input alone', () => {
    const input = [{ organisation: 'wessex', T1_C1: 3 }];
    const result = parseSurveyJsResults(input, { framework });
    expect(isDeepFrozen(result)).toBe(true);
    expect(input).toEqual([{ organisation: 'wessex', T1_C1: 3 }]);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('scores in one pass exactly as the answers it reads', () => {
    const input = [
      { organisation: 'wessex', respondentGroup: 'clinical', T1_C1: 3, T1_C2: 4 },
      { organisation: 'wessex', T1_C1: 2, T1_C2: 'dont-know' },
    ];
    const scored = scoreSurveyJsResults(input, { framework });
    expect(scored.accounting).toEqual(parseSurveyJsResults(input, { framework }).accounting);
    expect(scored.scores.organisations.map((organisation) => organisation.organisationId)).toEqual(['wessex']);
    expect(() => scoreSurveyJsResults(input, { framework, nope: 1 } as never)).toThrow(/^scoreSurveyJsResults: /);
  });
});

describe('parseSurveyJsResults: refusals', () => {
  it('refuses text over maxBytes, JSON that is not results, and keys given twice, with their place', () => {
    const large = safeParseSurveyJsResults('[{"organisation":"wessex"}]', { framework, maxBytes: 10 });
    expect(large.success ? '' : large.error.issues[0]?.code).toBe('too-large');
    const duplicate = refusal('[\n {"organisation": "wessex",\n  "T1_C1": 3, "T1_C1": 4}]').issues[0];
    expect(duplicate).toMatchObject({
      code: 'invalid-surveyjs-results',
      problem: 'duplicate-key',
      detail: 'T1_C1',
      location: { file: 'results.json', line: 3, column: 15, path: [0] },
    });
    expect(duplicate?.message).toBe('the key "T1_C1" is given twice in the same object, so which value is meant cannot be told');
    const syntax = refusal('[{"organisation": "wessex"},\n{"T1_C1": }]').issues[0];
    expect(syntax).toMatchObject({ code: 'invalid-surveyjs-results', problem: 'syntax' });
    expect(refusal('"text"').issues[0]).toMatchObject({ problem: 'shape', detail: 'a string' });
    expect(refusal('[1]').issues[0]).toMatchObject({ problem: 'shape', detail: 'a number at 0', location: { path: [0] } });
    expect(refusal('  ').issues[0]).toMatchObject({ problem: 'syntax' });
  });

  it('names the line and column of a syntax error, a key given twice or nesting too deep on any line of JSON Lines', () => {
    const lines = ['{"organisation": "wessex", "T1_C1": 3}', '{"organisation": "wessex", "T1_C1": 4}'];
    expect(refusal([...lines, '{"organisation": "wessex", "T1_C1": }'].join('\n')).issues[0]).toMatchObject({
      problem: 'syntax',
      detail: 'expected a value, found "}"',
      location: { file: 'results.json', line: 3, column: 37 },
    });
    expect(refusal([...lines, '{"T1_C1": 3, "T1_C1": 4}'].join('\r\n')).issues[0]).toMatchObject({
      problem: 'duplicate-key',
      detail: 'T1_C1',
      location: { line: 3, column: 14 },
    });
    expect(refusal([...lines, `{"a": ${'['.repeat(120)}`].join('\n')).issues[0]).toMatchObject({
      problem: 'too-deep',
      detail: '100',
      location: { line: 3, column: 106 },
    });
  });

  it('reads results written one after another in any layout (pretty-printed, several on a line) as JSON Lines', () => {
    const one = { organisation: 'wessex', respondentId: 'r1', T1_C1: 3 };
    const two = { organisation: 'wessex', respondentId: 'r2', T1_C1: 4 };
    const read = parseSurveyJsResults(`${JSON.stringify(one, null, 2)}\n${JSON.stringify(two)} ${JSON.stringify({ ...two, respondentId: 'r3', T1_C1: 9 })}`, {
      framework,
    });
    expect(read.answers.map((answer) => [answer.respondentId, answer.answer])).toEqual([
      ['r1', 3],
      ['r2', 4],
    ]);
    expect(read.issues.map((issue) => [issue.code, issue.location.line, issue.location.path])).toEqual([['value-outside-scale', 6, [2, 'T1_C1']]]);
  });

  it('throws a TypeError for input that is neither text nor an object, and for missing options', () => {
    expect(() => parseSurveyJsResults(3, { framework })).toThrow(/^parseSurveyJsResults: the results must be JSON text/);
    expect(() => parseSurveyJsResults('[]', undefined as never)).toThrow(/^parseSurveyJsResults: options are required/);
    expect(() => safeParseSurveyJsResults(undefined, { framework })).toThrow(TypeError);
  });
});
