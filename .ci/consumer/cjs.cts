// A consumer of the built package, as CommonJS: every entry point required by the package's name (TypeScript reads
// the `require` condition's .d.cts), a few of its types used. Type-checked by .ci/consumer.mjs.
import root = require('cancer-alliance-framework');
import analysis = require('cancer-alliance-framework/analysis');
import assessment = require('cancer-alliance-framework/assessment');
import framework = require('cancer-alliance-framework/framework');
import programme = require('cancer-alliance-framework/programme');
import report = require('cancer-alliance-framework/report');
import schemas = require('cancer-alliance-framework/schemas');
import xlsx = require('cancer-alliance-framework/xlsx');
import surveyjs = require('cancer-alliance-framework/surveyjs');

const reference: root.Framework = root.effectiveCancerAllianceFramework;
const scores: root.AssessmentScores = root.scoreAnswers([], { framework: reference });
export const gaps: analysis.GapAnalysis[] = scores.organisations.map((score) => analysis.analyseGaps(score, { framework: reference }));
export const fromCsv = assessment.scoreAnswersCsv('organisation_id,respondent_id,item_id,answer\n', { framework: reference }).scores.organisations.length;
export const item = framework.findItem(reference, 'T1.C1')?.item.text;
export const year: string = programme.financialYearOf(new Date(2024, 0, 1));
export const markdown: string = report.renderMarkdown(report.buildReports(scores, { framework: reference }).national);
export const answer = schemas.AnswerSchema.parse({});
export const fromXlsx: number = xlsx.parseAnswersXlsx(xlsx.exportAnswersTemplateXlsx(reference), { framework: reference }).answers.length;
export const fromSurveyJs: number = surveyjs.parseSurveyJsResults('[]', { framework: reference }).answers.length + surveyjs.buildSurveyJsDefinition(reference).pages.length;
