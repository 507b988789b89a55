import { readFileSync } from 'node:fs';
import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { parseAnswersCsv, scoreAnswers, scoreAnswersCsv, type Answer } from '../../src/index.js';
import { referenceFrameworks } from '../../src/framework/index.js';

// The sample and these examples are answered on the reference framework 1.0.0 (eight themes, 80 items).
const framework = referenceFrameworks['1.0.0'];
import { organisationsAt } from '../../src/programme/index.js';
import { buildSurveyJsDefinition, parseSurveyJsResults, scoreSurveyJsResults } from '../../src/surveyjs/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';

const sampleCsv = readFileSync(new URL('../../examples/sample/answers-2023-24.csv', import.meta.url), 'utf8');
const csvImport = parseAnswersCsv(sampleCsv, { framework });
const alliances = organisationsAt(new Date(2024, 3, 1)).alliances;
const groups = [...new Set(csvImport.answers.map((answer) => answer.respondentGroup ?? ''))].filter((group) => group !== '');

/** The sample's respondents, in order: their organisation, group, and answers (with comments) by item id. */
function respondentsOf(answers: readonly Answer[]): { organisationId: string; respondentId: string; group: string | undefined; answers: Answer[] }[] {
  const byKey = new Map<string, { organisationId: string; respondentId: string; group: string | undefined; answers: Answer[] }>();
  for (const answer of answers) {
    const key = `${answer.organisationId}\u0000${answer.respondentId}`;
    let respondent = byKey.get(key);
    if (respondent === undefined) {
      respondent = { organisationId: answer.organisationId, respondentId: answer.respondentId, group: answer.respondentGroup, answers: [] };
      byKey.set(key, respondent);
    }
    respondent.answers.push(answer);
  }
  return [...byKey.values()];
}

const questionName = (itemId: string) => itemId.replace('.', '_');

describe('SurveyJS round trip with survey-core', () => {
  it('survey-core loads the definition: a page per theme and the respondent page, a question per item, no JSON errors', () => {
    const definition = buildSurveyJsDefinition(framework, { organisations: alliances, respondentGroups: groups });
    expect(isDeepFrozen(definition)).toBe(true);
    const survey = new Model(structuredClone(definition));
    // survey-core leaves jsonErrors null when the definition has none (its typings say an array).
    expect(survey.jsonErrors as unknown).toBeNull();
    expect(survey.pages.length).toBe(framework.themes.length + 1);
    expect(survey.getAllQuestions().length).toBe(80 + 2);
    const question = survey.getQuestionByName('T1_C1');
    expect(question.getType()).toBe('rating');
  });

  it('a survey filled in with survey-core for a few organisations scores exactly as the same answers read from the CSV', () => {
    const definition = buildSurveyJsDefinition(framework, { organisations: alliances, respondentGroups: groups });
    const organisations = [...new Set(csvImport.answers.map((answer) => answer.organisationId))].slice(0, 3);
    const chosen = csvImport.answers.filter((answer) => organisations.includes(answer.organisationId));
    const results = respondentsOf(chosen).map((respondent) => {
      const survey = new Model(structuredClone(definition));
      survey.setValue('organisation', respondent.organisationId);
      if (respondent.group !== undefined) survey.setValue('respondentGroup', respondent.group);
      for (const answer of respondent.answers) {
        survey.setValue(questionName(answer.itemId), answer.answer);
        if (answer.comment !== undefined) survey.setComment(questionName(answer.itemId), answer.comment);
      }
      expect(survey.validate(false)).toBe(true);
      survey.doComplete();
      expect(survey.state).toBe('completed');
      return { id: respondent.respondentId, createdAt: '2024-03-15T09:30:00Z', data: survey.data as unknown };
    });
    const text = JSON.stringify(results);
    const read = parseSurveyJsResults(text, { framework, organisations: alliances.map((alliance) => alliance.id), file: 'results.json' });
    expect(read.issues).toEqual([]);
    expect(read.answers).toEqual(chosen);
    const scoredFromCsv = scoreAnswers(chosen, { framework });
    expect(scoreAnswers(read.answers, { framework })).toEqual(scoredFromCsv);
    expect(scoreSurveyJsResults(text, { framework }).scores).toEqual(scoredFromCsv);
  }, 60_000);

  it('the whole sample round, converted to SurveyJS results, reads to exactly the answers, issues and accounting of the CSV', () => {
    const results = respondentsOf(csvImport.answers).map((respondent) => {
      const data: Record<string, unknown> = { organisation: respondent.organisationId };
      if (respondent.group !== undefined) data['respondentGroup'] = respondent.group;
      for (const answer of respondent.answers) {
        data[questionName(answer.itemId)] = answer.answer;
        if (answer.comment !== undefined) data[`${questionName(answer.itemId)}-Comment`] = answer.comment;
      }
      return { id: respondent.respondentId, data };
    });
    const read = parseSurveyJsResults(JSON.stringify(results, null, 2), { framework, file: 'results.json' });
    expect(read.answers).toEqual(csvImport.answers);
    expect(read.issues).toEqual(csvImport.issues);
    expect(read.accounting).toEqual(csvImport.accounting);
    expect(read.layout).toBe('wide');
    const lines = results.map((result) => JSON.stringify(result)).join('\n');
    expect(scoreSurveyJsResults(lines, { framework }).scores).toEqual(scoreAnswersCsv(sampleCsv, { framework }).scores);
  }, 60_000);
});
