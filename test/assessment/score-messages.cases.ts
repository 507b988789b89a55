import type { Answer } from '../../src/assessment/answer.js';
import { answerGridOf, scoreAnswerGrid } from '../../src/assessment/grid.js';
import { scoreAnswers, type ScoreAnswersOptions } from '../../src/assessment/score.js';
import { scoreAnswersStream } from '../../src/assessment/stream.js';
import type { Framework } from '../../src/framework/schema.js';
import { answer, docsFramework, fourLevelFramework } from './score-fixtures.js';

// Every refusal of the scoring functions, as a user meets it: each case is run by score-messages.test.ts,
// which pins its error class and its whole message (a promise's rejection counts as a throw).

const ok = answer('a', 'r1', 'T1.C1', 3);
const duplicated: Framework = { ...docsFramework, themes: [docsFramework.themes[0]!, docsFramework.themes[0]!] };

export const cases: readonly (readonly [string, () => unknown])[] = [
  ['answers not iterable', () => scoreAnswers('x' as unknown as Answer[], { framework: docsFramework })],
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
  // From an iterable that is not an array, answers are numbered from the first all the same.
  ['a bad answer from an iterable', () => scoreAnswers(new Set([ok, answer('b', 'r1', 'T1.C1', 3), answer('a', 'r2', 'T1.C1', 9)]), { framework: docsFramework })],
  ['organisationId, which is not an option', () => scoreAnswers([], { framework: docsFramework, organisationId: 'a' } as ScoreAnswersOptions)],
  ['an item id twice in the framework', () => scoreAnswers([], { framework: duplicated })],
  ['no options', () => scoreAnswers([], undefined as unknown as ScoreAnswersOptions)],
  ['options not an object', () => scoreAnswers([], 3 as unknown as ScoreAnswersOptions)],
  ['options null', () => scoreAnswers([], null as unknown as ScoreAnswersOptions)],
  ['options an array', () => scoreAnswers([], [] as unknown as ScoreAnswersOptions)],
  ['no framework', () => scoreAnswers([], {} as ScoreAnswersOptions)],
  ['an unknown option', () => scoreAnswers([], { framework: docsFramework, minCoverge: 0.2 } as ScoreAnswersOptions)],
  ['minCoverage out of range', () => scoreAnswers([], { framework: docsFramework, minCoverage: 1.5 })],
  ['lowAgreementBelow not a number', () => scoreAnswers([], { framework: docsFramework, lowAgreementBelow: '0.5' as unknown as number })],
  ['minGroupSize below 1', () => scoreAnswers([], { framework: docsFramework, minGroupSize: 0 })],
  ['minRespondents not whole', () => scoreAnswers([], { framework: docsFramework, minRespondents: 1.5 })],
  ['maxGroupDifferences below 0', () => scoreAnswers([], { framework: docsFramework, maxGroupDifferences: -1 })],
  ['itemStatistic unknown', () => scoreAnswers([], { framework: docsFramework, itemStatistic: 'mode' as 'mean' })],
  ['answerGridOf: answers not an array', () => answerGridOf(docsFramework, {} as unknown as Answer[])],
  ['answerGridOf: a group after none', () => answerGridOf(docsFramework, [ok, answer('a', 'r1', 'T1.C2', 3, 'core')])],
  ['scoreAnswerGrid: not a grid', () => scoreAnswerGrid(docsFramework, { kind: 'answer-grid' } as never)],
  ['scoreAnswerGrid: organisationId, which is not an option', () => scoreAnswerGrid(docsFramework, answerGridOf(docsFramework, []), { organisationId: 'a' } as never)],
  ['scoreAnswerGrid: another coding', () => scoreAnswerGrid(fourLevelFramework, answerGridOf(docsFramework, []))],
  ['scoreAnswers: a number for answers', () => scoreAnswers(5 as never, { framework: docsFramework })],
  ['scoreAnswers: a string for answers', () => scoreAnswers('answers' as never, { framework: docsFramework })],
  ['scoreAnswers: an object, not iterable', () => scoreAnswers({} as never, { framework: docsFramework })],
  ['scoreAnswersStream: no options', () => scoreAnswersStream([], undefined as never)],
  ['scoreAnswersStream: a source not iterable', () => scoreAnswersStream(5 as never, { framework: docsFramework })],
  ['scoreAnswersStream: a row not an array', () => scoreAnswersStream([['organisation_id', 'respondent_id', 'T1.C1'], 5] as never, { framework: docsFramework })],
  ['scoreAnswersStream: rows and text mixed', () => scoreAnswersStream([['organisation_id', 'respondent_id', 'T1.C1'], 'a,r1,3'] as never, { framework: docsFramework })],
  ['scoreAnswersStream: bytes', () => scoreAnswersStream([new TextEncoder().encode('organisation_id,respondent_id')] as never, { framework: docsFramework })],
  [
    'scoreAnswersStream: a cell not a string',
    () =>
      scoreAnswersStream(
        [
          ['organisation_id', 'respondent_id', 'T1.C1'],
          ['a', 'r1', 3],
        ] as never,
        { framework: docsFramework },
      ),
  ],
  ['scoreAnswersStream: organisationId, which is not an option', () => scoreAnswersStream([], { framework: docsFramework, organisationId: 'a' } as never)],
  ['scoreAnswersStream: an unknown scoring option', () => scoreAnswersStream([], { framework: docsFramework, minCoverge: 1 } as never)],
  ['scoreAnswersStream: a scoring option out of range', () => scoreAnswersStream([], { framework: docsFramework, minCoverage: 2 })],
  ['scoreAnswersStream: an unknown layout', () => scoreAnswersStream([], { framework: docsFramework, layout: 'diagonal' as never })],
  ['scoreAnswersStream: a string for the source', () => scoreAnswersStream('organisation_id,respondent_id' as never, { framework: docsFramework })],
];
