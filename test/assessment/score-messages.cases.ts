import type { Answer } from '../../src/assessment/answer.js';
import { answerGridOf, scoreAnswerGrid } from '../../src/assessment/grid.js';
import { scoreAssessment, scoreAssessments, type ScoreOptions } from '../../src/assessment/score.js';
import { scoreAnswerRows, scoreAnswerStream } from '../../src/assessment/stream.js';
import type { Framework } from '../../src/framework/schema.js';
import { answer, docsFramework, fourLevelFramework } from './score-fixtures.js';

// Every refusal of the scoring functions, as a user meets it: each case is run by score-messages.test.ts,
// which pins its error class and its whole message.

const ok = answer('a', 'r1', 'T1.C1', 3);
const duplicated: Framework = { ...docsFramework, themes: [docsFramework.themes[0]!, docsFramework.themes[0]!] };

export const cases: readonly (readonly [string, () => unknown])[] = [
  ['answers not an array', () => scoreAssessments(docsFramework, 'x' as unknown as Answer[])],
  ['an answer that is not an object', () => scoreAssessments(docsFramework, [ok, 7] as unknown as Answer[])],
  ['no organisation id', () => scoreAssessments(docsFramework, [answer('', 'r1', 'T1.C1', 3)])],
  ['no respondent id', () => scoreAssessments(docsFramework, [answer('a', '', 'T1.C1', 3)])],
  ['no organisation id field', () => scoreAssessments(docsFramework, [{ respondentId: 'r1', itemId: 'T1.C1', answer: 3 } as unknown as Answer])],
  ['a numeric organisation id', () => scoreAssessments(docsFramework, [{ ...ok, organisationId: 5 } as unknown as Answer])],
  ['a numeric respondent id', () => scoreAssessments(docsFramework, [{ ...ok, respondentId: 7 } as unknown as Answer])],
  ['an answer that is a function', () => scoreAssessments(docsFramework, [ok, () => ok] as unknown as Answer[])],
  ['an unknown item', () => scoreAssessments(docsFramework, [ok, answer('a', 'r1', 'T9.C9', 3)])],
  ['a value off a whole-number scale', () => scoreAssessments(docsFramework, [answer('a', 'r1', 'T1.C1', 6)])],
  ['a fraction on a whole-number scale', () => scoreAssessments(docsFramework, [answer('a', 'r1', 'T1.C1', 2.5)])],
  ['a value off a scale from 0', () => scoreAssessments(fourLevelFramework, [answer('a', 'r1', 'T1.C1', -1)])],
  ['an answer that is no answer', () => scoreAssessments(docsFramework, [answer('a', 'r1', 'T1.C1', 'maybe' as 'dont-know')])],
  ['a second answer to an item', () => scoreAssessments(docsFramework, [ok, answer('a', 'r1', 'T1.C1', 'dont-know')])],
  ['two groups for one respondent', () => scoreAssessments(docsFramework, [answer('a', 'r1', 'T1.C1', 3, 'core'), answer('a', 'r1', 'T1.C2', 3, 'partner')])],
  ['a group after none', () => scoreAssessments(docsFramework, [ok, answer('a', 'r1', 'T1.C2', 3, 'core')])],
  ['several organisations for scoreAssessment', () => scoreAssessment(docsFramework, [ok, answer('b', 'r1', 'T1.C1', 3)])],
  // Answers of other organisations are skipped unread, but still counted: the bad answer is the third.
  ['a bad answer after answers skipped', () => scoreAssessment(docsFramework, [answer('b', 'r1', 'T1.C1', 3), answer('c', 'r1', 'T1.C1', 3), answer('a', 'r1', 'T1.C1', 9)], { organisationId: 'a' })],
  ['no answers for scoreAssessment', () => scoreAssessment(docsFramework, [])],
  ['organisationId for scoreAssessments', () => scoreAssessments(docsFramework, [], { organisationId: 'a' })],
  ['an item id twice in the framework', () => scoreAssessments(duplicated, [])],
  ['options not an object', () => scoreAssessments(docsFramework, [], 3 as unknown as ScoreOptions)],
  ['options null', () => scoreAssessments(docsFramework, [], null as unknown as ScoreOptions)],
  ['options an array', () => scoreAssessments(docsFramework, [], [] as unknown as ScoreOptions)],
  ['an unknown option', () => scoreAssessments(docsFramework, [], { minCoverge: 0.2 } as ScoreOptions)],
  ['minCoverage out of range', () => scoreAssessments(docsFramework, [], { minCoverage: 1.5 })],
  ['lowAgreementBelow not a number', () => scoreAssessments(docsFramework, [], { lowAgreementBelow: '0.5' as unknown as number })],
  ['minGroupSize below 1', () => scoreAssessments(docsFramework, [], { minGroupSize: 0 })],
  ['minRespondents not whole', () => scoreAssessments(docsFramework, [], { minRespondents: 1.5 })],
  ['maxGroupDifferences below 0', () => scoreAssessments(docsFramework, [], { maxGroupDifferences: -1 })],
  ['itemStatistic unknown', () => scoreAssessments(docsFramework, [], { itemStatistic: 'mode' as 'mean' })],
  ['organisationId empty', () => scoreAssessment(docsFramework, [], { organisationId: '' })],
  ['organisationId not a string', () => scoreAssessment(docsFramework, [], { organisationId: 5 as unknown as string })],
  ['answerGridOf: answers not an array', () => answerGridOf(docsFramework, {} as unknown as Answer[])],
  ['answerGridOf: a group after none', () => answerGridOf(docsFramework, [ok, answer('a', 'r1', 'T1.C2', 3, 'core')])],
  ['scoreAnswerGrid: not a grid', () => scoreAnswerGrid(docsFramework, { kind: 'answer-grid' } as never)],
  ['scoreAnswerGrid: organisationId', () => scoreAnswerGrid(docsFramework, answerGridOf(docsFramework, []), { organisationId: 'a' })],
  ['scoreAnswerGrid: another coding', () => scoreAnswerGrid(fourLevelFramework, answerGridOf(docsFramework, []))],
  ['scoreAnswerStream: not iterable', () => scoreAnswerStream(docsFramework, 5 as never)],
  ['scoreAnswerStream: a string', () => scoreAnswerStream(docsFramework, 'answers' as never)],
  ['scoreAnswerStream: an object, not iterable', () => scoreAnswerStream(docsFramework, {} as never)],
  ['scoreAnswerStream: organisationId', () => scoreAnswerStream(docsFramework, [], { organisationId: 'a' })],
  ['scoreAnswerRows: no options', () => scoreAnswerRows([], undefined as never)],
  ['scoreAnswerRows: rows not iterable', () => scoreAnswerRows(5 as never, { framework: docsFramework })],
  ['scoreAnswerRows: a row not an array', () => scoreAnswerRows([['organisation_id', 'respondent_id', 'T1.C1'], 'a,r1,3'] as never, { framework: docsFramework })],
  ['scoreAnswerRows: a cell not a string', () => scoreAnswerRows([['organisation_id', 'respondent_id', 'T1.C1'], ['a', 'r1', 3]] as never, { framework: docsFramework })],
  ['scoreAnswerRows: organisationId', () => scoreAnswerRows([], { framework: docsFramework, scoring: { organisationId: 'a' } })],
  ['scoreAnswerRows: an unknown scoring option', () => scoreAnswerRows([], { framework: docsFramework, scoring: { minCoverge: 1 } as ScoreOptions })],
  ['scoreAnswerRows: an unknown layout', () => scoreAnswerRows([], { framework: docsFramework, layout: 'diagonal' as never })],
  ['scoreAnswerRows: a string for rows', () => scoreAnswerRows('organisation_id,respondent_id' as never, { framework: docsFramework })],
];
