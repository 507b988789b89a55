import type { Answer } from '../../src/assessment/answer.js';
import { answerGridOf, scoreAnswerGrid } from '../../src/assessment/grid.js';
import { scoreAssessment, scoreAnswers, type ScoreAnswersOptions } from '../../src/assessment/score.js';
import { scoreAnswersStream, scoreAnswerStream } from '../../src/assessment/stream.js';
import type { Framework } from '../../src/framework/schema.js';
import { answer, docsFramework, fourLevelFramework } from './score-fixtures.js';
import { scoreOne } from "./helpers.js";

// Every refusal of the scoring functions, as a user meets it: each case is run by score-messages.test.ts,
// which pins its error class and its whole message.

const ok = answer('a', 'r1', 'T1.C1', 3);
const duplicated: Framework = { ...docsFramework, themes: [docsFramework.themes[0]!, docsFramework.themes[0]!] };

export const cases: readonly (readonly [string, () => unknown])[] = [
  ['answers not an array', () => scoreAnswers('x' as unknown as Answer[], { framework: docsFramework })],
  ['an answer that is not an object', () => scoreAnswers([ok, 7] as unknown as Answer[], { framework: docsFramework })],
  ['no organisation id', () => scoreAnswers([answer('', 'r1', 'T1.C1', 3)], { framework: docsFramework })],
  ['no respondent id', () => scoreAnswers([answer('a', '', 'T1.C1', 3)], { framework: docsFramework })],
  ['no organisation id field', () => scoreAnswers([{ respondentId: 'r1', itemId: 'T1.C1', answer: 3 } as unknown as Answer], { framework: docsFramework })],
  ['a numeric organisation id', () => scoreAnswers([{ ...ok, organisationId: 5 } as unknown as Answer], { framework: docsFramework })],
  ['a numeric respondent id', () => scoreAnswers([{ ...ok, respondentId: 7 } as unknown as Answer], { framework: docsFramework })],
  ['an answer that is a function', () => scoreAnswers([ok, () => ok] as unknown as Answer[], { framework: docsFramework })],
  ['an unknown item', () => scoreAnswers([ok, answer('a', 'r1', 'T9.C9', 3)], { framework: docsFramework })],
  ['a value off a whole-number scale', () => scoreAnswers([answer('a', 'r1', 'T1.C1', 6)], { framework: docsFramework })],
  ['a fraction on a whole-number scale', () => scoreAnswers([answer('a', 'r1', 'T1.C1', 2.5)], { framework: docsFramework })],
  ['a value off a scale from 0', () => scoreAnswers([answer('a', 'r1', 'T1.C1', -1)], { framework: fourLevelFramework })],
  ['an answer that is no answer', () => scoreAnswers([answer('a', 'r1', 'T1.C1', 'maybe' as 'dont-know')], { framework: docsFramework })],
  ['a second answer to an item', () => scoreAnswers([ok, answer('a', 'r1', 'T1.C1', 'dont-know')], { framework: docsFramework })],
  ['two groups for one respondent', () => scoreAnswers([answer('a', 'r1', 'T1.C1', 3, 'core'), answer('a', 'r1', 'T1.C2', 3, 'partner')], { framework: docsFramework })],
  ['a group after none', () => scoreAnswers([ok, answer('a', 'r1', 'T1.C2', 3, 'core')], { framework: docsFramework })],
  ['several organisations for scoreAssessment', () => scoreOne([ok, answer('b', 'r1', 'T1.C1', 3)], { framework: docsFramework })],
  // Answers of other organisations are skipped unread, but still counted: the bad answer is the third.
  ['a bad answer after answers skipped', () => scoreOne([answer('b', 'r1', 'T1.C1', 3), answer('c', 'r1', 'T1.C1', 3), answer('a', 'r1', 'T1.C1', 9)], { framework: docsFramework, organisationId: 'a' })],
  ['no answers for scoreAssessment', () => scoreOne([], { framework: docsFramework })],
  ['organisationId for scoreAssessments', () => scoreAnswers([], { framework: docsFramework, organisationId: 'a' })],
  ['an item id twice in the framework', () => scoreAnswers([], { framework: duplicated })],
  ['options not an object', () => scoreAnswers([], { framework: docsFramework, ...3 as unknown as ScoreAnswersOptions })],
  ['options null', () => scoreAnswers([], { framework: docsFramework, ...null as unknown as ScoreAnswersOptions })],
  ['options an array', () => scoreAnswers([], { framework: docsFramework, ...[] as unknown as ScoreAnswersOptions })],
  ['an unknown option', () => scoreAnswers([], { framework: docsFramework, ...{ minCoverge: 0.2 } as ScoreAnswersOptions })],
  ['minCoverage out of range', () => scoreAnswers([], { framework: docsFramework, minCoverage: 1.5 })],
  ['lowAgreementBelow not a number', () => scoreAnswers([], { framework: docsFramework, lowAgreementBelow: '0.5' as unknown as number })],
  ['minGroupSize below 1', () => scoreAnswers([], { framework: docsFramework, minGroupSize: 0 })],
  ['minRespondents not whole', () => scoreAnswers([], { framework: docsFramework, minRespondents: 1.5 })],
  ['maxGroupDifferences below 0', () => scoreAnswers([], { framework: docsFramework, maxGroupDifferences: -1 })],
  ['itemStatistic unknown', () => scoreAnswers([], { framework: docsFramework, itemStatistic: 'mode' as 'mean' })],
  ['organisationId empty', () => scoreOne([], { framework: docsFramework, organisationId: '' })],
  ['organisationId not a string', () => scoreOne([], { framework: docsFramework, organisationId: 5 as unknown as string })],
  ['answerGridOf: answers not an array', () => answerGridOf(docsFramework, {} as unknown as Answer[])],
  ['answerGridOf: a group after none', () => answerGridOf(docsFramework, [ok, answer('a', 'r1', 'T1.C2', 3, 'core')])],
  ['scoreAnswerGrid: not a grid', () => scoreAnswerGrid(docsFramework, { kind: 'answer-grid' } as never)],
  ['scoreAnswerGrid: organisationId', () => scoreAnswerGrid(docsFramework, answerGridOf(docsFramework, []), { organisationId: 'a' })],
  ['scoreAnswerGrid: another coding', () => scoreAnswerGrid(fourLevelFramework, answerGridOf(docsFramework, []))],
  ['scoreAnswerStream: not iterable', () => scoreAnswers(5 as never, { framework: docsFramework })],
  ['scoreAnswerStream: a string', () => scoreAnswers('answers' as never, { framework: docsFramework })],
  ['scoreAnswerStream: an object, not iterable', () => scoreAnswers({} as never, { framework: docsFramework })],
  ['scoreAnswerStream: organisationId', () => scoreAnswers([], { framework: docsFramework, organisationId: 'a' })],
  ['scoreAnswerRows: no options', () => scoreAnswersStream([], undefined as never)],
  ['scoreAnswerRows: rows not iterable', () => scoreAnswersStream(5 as never, { framework: docsFramework })],
  ['scoreAnswerRows: a row not an array', () => scoreAnswersStream([['organisation_id', 'respondent_id', 'T1.C1'], 'a,r1,3'] as never, { framework: docsFramework })],
  ['scoreAnswerRows: a cell not a string', () => scoreAnswersStream([['organisation_id', 'respondent_id', 'T1.C1'], ['a', 'r1', 3]] as never, { framework: docsFramework })],
  ['scoreAnswerRows: organisationId', () => scoreAnswersStream([], { framework: docsFramework, organisationId: 'a' })],
  ['scoreAnswerRows: an unknown scoring option', () => scoreAnswersStream([], { framework: docsFramework, ...{ minCoverge: 1 } as ScoreAnswersOptions })],
  ['scoreAnswerRows: an unknown layout', () => scoreAnswersStream([], { framework: docsFramework, layout: 'diagonal' as never })],
  ['scoreAnswerRows: a string for rows', () => scoreAnswersStream('organisation_id,respondent_id' as never, { framework: docsFramework })],
];
