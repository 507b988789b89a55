// A consumer of the built package, as ES modules: every entry point imported by the package's name, a few of its
// types used. Type-checked against dist/ by .ci/consumer.mjs (npm run check:consumer).
import { effectiveCancerAllianceFramework, findItem, scoreAnswers, type AssessmentScores, type Framework, type ItemId } from 'cancer-alliance-framework';
import { analyseGaps, type GapAnalysis } from 'cancer-alliance-framework/analysis';
import { scoreAnswersCsv } from 'cancer-alliance-framework/assessment';
import { parseFramework } from 'cancer-alliance-framework/framework';
import { financialYearOf, organisationsAt } from 'cancer-alliance-framework/programme';
import { buildReports, renderMarkdown } from 'cancer-alliance-framework/report';
import { AnswerSchema, FrameworkSchema } from 'cancer-alliance-framework/schemas';
import { exportAnswersTemplateXlsx, parseAnswersXlsx, type ParseAnswersXlsxOptions } from 'cancer-alliance-framework/xlsx';
import { buildSurveyJsDefinition, parseSurveyJsResults, type ParseSurveyJsResultsOptions, type SurveyJsDefinition } from 'cancer-alliance-framework/surveyjs';
import packageJson from 'cancer-alliance-framework/package.json' with { type: 'json' };

const framework: Framework = effectiveCancerAllianceFramework;
const scores: AssessmentScores = scoreAnswers([], { framework });
const first = scores.organisations[0];
export const gaps: GapAnalysis | undefined = first === undefined ? undefined : analyseGaps(first, { framework });
export const item = findItem(framework, 'T1.C1')?.item.id satisfies ItemId | undefined;
export const fromCsv = scoreAnswersCsv('organisation_id,respondent_id,item_id,answer\n', { framework }).scores.organisations.length;
export const parsed: Framework = parseFramework('id: x');
export const year: string = financialYearOf(new Date(2024, 0, 1));
export const alliances = organisationsAt(new Date(2024, 0, 1)).alliances.length;
export const markdown: string = renderMarkdown(buildReports(scores, { framework }).national);
export const answer = AnswerSchema.parse({});
export const themes = FrameworkSchema.parse({}).themes.length;
const xlsxOptions: ParseAnswersXlsxOptions = { framework, sheet: 'Responses' };
export const fromXlsx: number = parseAnswersXlsx(exportAnswersTemplateXlsx(framework), xlsxOptions).answers.length;
const surveyJsOptions: ParseSurveyJsResultsOptions = { framework, file: 'results.json' };
const definition: SurveyJsDefinition = buildSurveyJsDefinition(framework, { respondentGroups: ['clinical'] });
export const fromSurveyJs: number = parseSurveyJsResults([{ organisation: 'wessex', T1_C1: 3 }], surveyJsOptions).answers.length + definition.pages.length;
export const version: string = packageJson.version;
