import { describe, expect, it } from 'vitest';
import { cases } from './score-messages.cases.js';

// The whole message of every refusal of the scoring functions, as users read it: what is wrong, where (the
// function, the answer's index and ids) and what to do. A change of wording fails here first.
// prettier-ignore
const expected: readonly (readonly [string, typeof TypeError | typeof RangeError, string])[] = [
  ["answers not iterable", TypeError, "scoreAnswers: answers must be an array or an iterable of answers, got \"x\""],
  ["an answer that is not an object", TypeError, "scoreAnswers: answers[1] must be an answer object, got 7"],
  ["no organisation id", RangeError, "scoreAnswers: answers[0] (organisation \"\", respondent \"r1\", item \"T1.C1\") has no organisation id; give every answer its organisation's id, a non-empty string"],
  ["no respondent id", RangeError, "scoreAnswers: answers[0] (organisation \"a\", respondent \"\", item \"T1.C1\") has no respondent id; give every answer its respondent's id, a non-empty string"],
  ["no organisation id field", RangeError, "scoreAnswers: answers[0] (organisation undefined, respondent \"r1\", item \"T1.C1\") has no organisation id; give every answer its organisation's id, a non-empty string"],
  ["a numeric organisation id", RangeError, "scoreAnswers: answers[0] (organisation 5, respondent \"r1\", item \"T1.C1\") has no organisation id; give every answer its organisation's id, a non-empty string"],
  ["a numeric respondent id", RangeError, "scoreAnswers: answers[0] (organisation \"a\", respondent 7, item \"T1.C1\") has no respondent id; give every answer its respondent's id, a non-empty string"],
  ["an answer that is a function", TypeError, "scoreAnswers: answers[1] must be an answer object, got a function"],
  ["an unknown item", RangeError, "scoreAnswers: answers[1] (organisation \"a\", respondent \"r1\", item \"T9.C9\") names an item that is not in the framework \"docs-example\" 2.1.0; drop or map such answers before scoring"],
  ["a value off a whole-number scale", RangeError, "scoreAnswers: answers[0] (organisation \"a\", respondent \"r1\", item \"T1.C1\") has the value 6, which is not a level of the scale \"test-scale\" (1, 2, 3, 4, 5); drop or map such answers before scoring"],
  ["a fraction on a whole-number scale", RangeError, "scoreAnswers: answers[0] (organisation \"a\", respondent \"r1\", item \"T1.C1\") has the value 2.5, which is not a level of the scale \"test-scale\" (1, 2, 3, 4, 5); drop or map such answers before scoring"],
  ["a value off a scale from 0", RangeError, "scoreAnswers: answers[0] (organisation \"a\", respondent \"r1\", item \"T1.C1\") has the value -1, which is not a level of the scale \"test-scale\" (0, 1, 2, 3); drop or map such answers before scoring"],
  ["an answer that is no answer", RangeError, "scoreAnswers: answers[0] (organisation \"a\", respondent \"r1\", item \"T1.C1\") has the answer \"maybe\"; an answer is a scale value, \"dont-know\" or \"not-applicable\""],
  ["a second answer to an item", RangeError, "scoreAnswers: answers[1] (organisation \"a\", respondent \"r1\", item \"T1.C1\") is a second answer by the same respondent to the same item; keep one answer per respondent and item before scoring"],
  ["two groups for one respondent", RangeError, "scoreAnswers: answers[1] (organisation \"a\", respondent \"r1\", item \"T1.C2\") puts the respondent in the group \"partner\", but an earlier answer put them in the group \"core\"; each respondent belongs to one group (or none) in all their answers"],
  ["a group after none", RangeError, "scoreAnswers: answers[1] (organisation \"a\", respondent \"r1\", item \"T1.C2\") puts the respondent in the group \"core\", but an earlier answer put them in no group; each respondent belongs to one group (or none) in all their answers"],
  ["a bad answer from an iterable", RangeError, "scoreAnswers: answers[2] (organisation \"a\", respondent \"r2\", item \"T1.C1\") has the value 9, which is not a level of the scale \"test-scale\" (1, 2, 3, 4, 5); drop or map such answers before scoring"],
  ["organisationId, which is not an option", RangeError, "scoreAnswers: unknown option \"organisationId\"; the options are framework, itemStatistic, minCoverage, minGroupSize, minRespondents, lowAgreementBelow, maxGroupDifferences"],
  ["an item id twice in the framework", RangeError, "scoreAnswers: the framework \"docs-example\" has the item id \"T1.C1\" twice; item ids must be unique"],
  ["no options", TypeError, "scoreAnswers: options are required, with at least { framework }, got undefined"],
  ["options not an object", TypeError, "scoreAnswers: options are required, with at least { framework }, got 3"],
  ["options null", TypeError, "scoreAnswers: options are required, with at least { framework }, got null"],
  ["options an array", TypeError, "scoreAnswers: options are required, with at least { framework }, got an array"],
  ["no framework", TypeError, "scoreAnswers: options.framework is required: a Framework from parseFramework, or effectiveCancerAllianceFramework"],
  ["an unknown option", RangeError, "scoreAnswers: unknown option \"minCoverge\"; the options are framework, itemStatistic, minCoverage, minGroupSize, minRespondents, lowAgreementBelow, maxGroupDifferences"],
  ["minCoverage out of range", RangeError, "scoreAnswers: options.minCoverage must be a number from 0 to 1, got 1.5"],
  ["lowAgreementBelow not a number", RangeError, "scoreAnswers: options.lowAgreementBelow must be a number from 0 to 1, got \"0.5\""],
  ["minGroupSize below 1", RangeError, "scoreAnswers: options.minGroupSize must be a whole number of at least 1, got 0"],
  ["minRespondents not whole", RangeError, "scoreAnswers: options.minRespondents must be a whole number of at least 1, got 1.5"],
  ["maxGroupDifferences below 0", RangeError, "scoreAnswers: options.maxGroupDifferences must be a whole number of at least 0, got -1"],
  ["itemStatistic unknown", RangeError, "scoreAnswers: options.itemStatistic must be \"mean\" or \"median\", got \"mode\""],
  ["answerGridOf: answers not an array", TypeError, "answerGridOf: answers must be an array of answers, got an object"],
  ["answerGridOf: a group after none", RangeError, "answerGridOf: answers[1] (organisation \"a\", respondent \"r1\", item \"T1.C2\") puts the respondent in the group \"core\", but an earlier answer put them in no group; each respondent belongs to one group (or none) in all their answers"],
  ["scoreAnswerGrid: not a grid", TypeError, "scoreAnswerGrid: grid must be an answer grid made by answerGridOf (a copy or a look-alike holds no answers), got an object"],
  ["scoreAnswerGrid: organisationId, which is not an option", RangeError, "scoreAnswerGrid: unknown option \"organisationId\"; the options are itemStatistic, minCoverage, minGroupSize, minRespondents, lowAgreementBelow, maxGroupDifferences"],
  ["scoreAnswerGrid: another coding", RangeError, "scoreAnswerGrid: the grid was read against the framework \"docs-example\" 2.1.0, whose items or scales differ from those of \"four-level\" 2.1.0; read the answers again with answerGridOf(framework, answers)"],
  ["scoreAnswers: a number for answers", TypeError, "scoreAnswers: answers must be an array or an iterable of answers, got 5"],
  ["scoreAnswers: a string for answers", TypeError, "scoreAnswers: answers must be an array or an iterable of answers, got \"answers\""],
  ["scoreAnswers: an object, not iterable", TypeError, "scoreAnswers: answers must be an array or an iterable of answers, got an object"],
  ["scoreAnswersStream: no options", TypeError, "scoreAnswersStream: options are required, with at least { framework }: the framework the survey was built from"],
  ["scoreAnswersStream: a source not iterable", TypeError, "scoreAnswersStream: source must be an iterable or async iterable (a Node stream, a web ReadableStream, a generator) of CSV text chunks, or of rows of cells (arrays of strings, header first)"],
  ["scoreAnswersStream: a row not an array", TypeError, "scoreAnswersStream: the stream gave number; give chunks of text (e.g. createReadStream(path, 'utf8'), or a ReadableStream piped through a TextDecoderStream) or rows of cells"],
  ["scoreAnswersStream: rows and text mixed", TypeError, "scoreAnswersStream: the stream mixes text chunks and rows of cells; give one or the other"],
  ["scoreAnswersStream: bytes", TypeError, "scoreAnswersStream: the stream gave bytes; give chunks of text (e.g. createReadStream(path, 'utf8'), or a ReadableStream piped through a TextDecoderStream) or rows of cells"],
  ["scoreAnswersStream: a cell not a string", TypeError, "scoreAnswersStream: row 2 holds a number; every cell must be a string (the text of the cell)"],
  ["scoreAnswersStream: organisationId, which is not an option", RangeError, "scoreAnswersStream: unknown option \"organisationId\"; the options are framework, organisations, date, spellings, file, layout, maxBytes, delimiter, columns, encoding, maxIssues, itemStatistic, minCoverage, minGroupSize, minRespondents, lowAgreementBelow, maxGroupDifferences"],
  ["scoreAnswersStream: an unknown scoring option", RangeError, "scoreAnswersStream: unknown option \"minCoverge\"; the options are framework, organisations, date, spellings, file, layout, maxBytes, delimiter, columns, encoding, maxIssues, itemStatistic, minCoverage, minGroupSize, minRespondents, lowAgreementBelow, maxGroupDifferences"],
  ["scoreAnswersStream: a scoring option out of range", RangeError, "scoreAnswersStream: options.minCoverage must be a number from 0 to 1, got 2"],
  ["scoreAnswersStream: an unknown layout", RangeError, "scoreAnswersStream: options.layout must be 'long', 'wide' or 'auto', got \"diagonal\""],
  ["scoreAnswersStream: a string for the source", TypeError, "scoreAnswersStream: source is a string; for CSV text held whole use scoreAnswersCsv, and give scoreAnswersStream a stream of text chunks or of rows"],
];

describe('the messages of scoring, word for word', () => {
  it('has one expected message per case', () => {
    expect(expected.map(([name]) => name)).toEqual(cases.map(([name]) => name));
  });

  for (const [name, type, message] of expected) {
    it(name, async () => {
      const run = cases.find(([caseName]) => caseName === name)?.[1];
      if (run === undefined) throw new Error(`no case "${name}"`);
      let thrown: unknown;
      try {
        await run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(type);
      expect((thrown as Error).message).toBe(message);
    });
  }
});
