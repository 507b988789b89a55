import { describe, expect, it } from 'vitest';
import { cases } from './score-messages.cases.js';

// The whole message of every refusal of the scoring functions, as users read it: what is wrong, where (the
// function, the answer's index and ids) and what to do. A change of wording fails here first.
const expected: readonly (readonly [string, typeof TypeError | typeof RangeError, string])[] = [
  ["answers not an array", TypeError, "scoreAssessments: answers must be an array of answers, got \"x\""],
  ["an answer that is not an object", TypeError, "scoreAssessments: answers[1] must be an answer object, got 7"],
  ["no organisation id", RangeError, "scoreAssessments: answers[0] (organisation \"\", respondent \"r1\", item \"T1.C1\") has no organisation id; give every answer its organisation's id, a non-empty string"],
  ["no respondent id", RangeError, "scoreAssessments: answers[0] (organisation \"a\", respondent \"\", item \"T1.C1\") has no respondent id; give every answer its respondent's id, a non-empty string"],
  ["no organisation id field", RangeError, "scoreAssessments: answers[0] (organisation undefined, respondent \"r1\", item \"T1.C1\") has no organisation id; give every answer its organisation's id, a non-empty string"],
  ["a numeric organisation id", RangeError, "scoreAssessments: answers[0] (organisation 5, respondent \"r1\", item \"T1.C1\") has no organisation id; give every answer its organisation's id, a non-empty string"],
  ["a numeric respondent id", RangeError, "scoreAssessments: answers[0] (organisation \"a\", respondent 7, item \"T1.C1\") has no respondent id; give every answer its respondent's id, a non-empty string"],
  ["an answer that is a function", TypeError, "scoreAssessments: answers[1] must be an answer object, got a function"],
  ["an unknown item", RangeError, "scoreAssessments: answers[1] (organisation \"a\", respondent \"r1\", item \"T9.C9\") names an item that is not in the framework \"docs-example\" 2.1.0; drop or map such answers before scoring"],
  ["a value off a whole-number scale", RangeError, "scoreAssessments: answers[0] (organisation \"a\", respondent \"r1\", item \"T1.C1\") has the value 6, which is not a level of the scale \"test-scale\" (1, 2, 3, 4, 5); drop or map such answers before scoring"],
  ["a fraction on a whole-number scale", RangeError, "scoreAssessments: answers[0] (organisation \"a\", respondent \"r1\", item \"T1.C1\") has the value 2.5, which is not a level of the scale \"test-scale\" (1, 2, 3, 4, 5); drop or map such answers before scoring"],
  ["a value off a scale from 0", RangeError, "scoreAssessments: answers[0] (organisation \"a\", respondent \"r1\", item \"T1.C1\") has the value -1, which is not a level of the scale \"test-scale\" (0, 1, 2, 3); drop or map such answers before scoring"],
  ["an answer that is no answer", RangeError, "scoreAssessments: answers[0] (organisation \"a\", respondent \"r1\", item \"T1.C1\") has the answer \"maybe\"; an answer is a scale value, \"dont-know\" or \"not-applicable\""],
  ["a second answer to an item", RangeError, "scoreAssessments: answers[1] (organisation \"a\", respondent \"r1\", item \"T1.C1\") is a second answer by the same respondent to the same item; keep one answer per respondent and item before scoring"],
  ["two groups for one respondent", RangeError, "scoreAssessments: answers[1] (organisation \"a\", respondent \"r1\", item \"T1.C2\") puts the respondent in the group \"partner\", but an earlier answer put them in the group \"core\"; each respondent belongs to one group (or none) in all their answers"],
  ["a group after none", RangeError, "scoreAssessments: answers[1] (organisation \"a\", respondent \"r1\", item \"T1.C2\") puts the respondent in the group \"core\", but an earlier answer put them in no group; each respondent belongs to one group (or none) in all their answers"],
  ["several organisations for scoreAssessment", RangeError, "scoreAssessment: the answers hold several organisations (\"a\" and \"b\" at answers[1]); pass options.organisationId to choose one, or use scoreAssessments to score them all"],
  ["a bad answer after answers skipped", RangeError, "scoreAssessment: answers[2] (organisation \"a\", respondent \"r1\", item \"T1.C1\") has the value 9, which is not a level of the scale \"test-scale\" (1, 2, 3, 4, 5); drop or map such answers before scoring"],
  ["no answers for scoreAssessment", RangeError, "scoreAssessment: the answers are empty, so they name no organisation; pass options.organisationId to score one with no answers"],
  ["organisationId for scoreAssessments", RangeError, "scoreAssessments: options.organisationId only applies to scoreAssessment; scoreAssessments scores every organisation"],
  ["an item id twice in the framework", RangeError, "scoreAssessments: the framework \"docs-example\" has the item id \"T1.C1\" twice; item ids must be unique"],
  ["options not an object", TypeError, "scoreAssessments: options must be an object or undefined, got 3"],
  ["options null", TypeError, "scoreAssessments: options must be an object or undefined, got null"],
  ["options an array", TypeError, "scoreAssessments: options must be an object or undefined, got an array"],
  ["an unknown option", RangeError, "scoreAssessments: unknown option \"minCoverge\"; the options are itemStatistic, minCoverage, minGroupSize, minRespondents, lowAgreementBelow, maxGroupDifferences, organisationId"],
  ["minCoverage out of range", RangeError, "scoreAssessments: options.minCoverage must be a number from 0 to 1, got 1.5"],
  ["lowAgreementBelow not a number", RangeError, "scoreAssessments: options.lowAgreementBelow must be a number from 0 to 1, got \"0.5\""],
  ["minGroupSize below 1", RangeError, "scoreAssessments: options.minGroupSize must be a whole number of at least 1, got 0"],
  ["minRespondents not whole", RangeError, "scoreAssessments: options.minRespondents must be a whole number of at least 1, got 1.5"],
  ["maxGroupDifferences below 0", RangeError, "scoreAssessments: options.maxGroupDifferences must be a whole number of at least 0, got -1"],
  ["itemStatistic unknown", RangeError, "scoreAssessments: options.itemStatistic must be \"mean\" or \"median\", got \"mode\""],
  ["organisationId empty", RangeError, "scoreAssessment: options.organisationId must be a non-empty string, got \"\""],
  ["organisationId not a string", RangeError, "scoreAssessment: options.organisationId must be a non-empty string, got 5"],
  ["answerGridOf: answers not an array", TypeError, "answerGridOf: answers must be an array of answers, got an object"],
  ["answerGridOf: a group after none", RangeError, "answerGridOf: answers[1] (organisation \"a\", respondent \"r1\", item \"T1.C2\") puts the respondent in the group \"core\", but an earlier answer put them in no group; each respondent belongs to one group (or none) in all their answers"],
  ["scoreAnswerGrid: not a grid", TypeError, "scoreAnswerGrid: grid must be an answer grid made by answerGridOf (a copy or a look-alike holds no answers), got an object"],
  ["scoreAnswerGrid: organisationId", RangeError, "scoreAnswerGrid: options.organisationId only applies to scoreAssessment; scoreAnswerGrid scores every organisation"],
  ["scoreAnswerGrid: another coding", RangeError, "scoreAnswerGrid: the grid was read against the framework \"docs-example\" 2.1.0, whose items or scales differ from those of \"four-level\" 2.1.0; read the answers again with answerGridOf(framework, answers)"],
  ["scoreAnswerStream: not iterable", TypeError, "scoreAnswerStream: answers must be an iterable or async iterable of answers (or of arrays of answers), got 5"],
  ["scoreAnswerStream: a string", TypeError, "scoreAnswerStream: answers must be an iterable or async iterable of answers (or of arrays of answers), got \"answers\""],
  ["scoreAnswerStream: an object, not iterable", TypeError, "scoreAnswerStream: answers must be an iterable or async iterable of answers (or of arrays of answers), got an object"],
  ["scoreAnswerStream: organisationId", RangeError, "scoreAnswerStream: options.organisationId does not apply; scoreAnswerStream scores every organisation (use scoreAssessment for one)"],
  ["scoreAnswerRows: no options", TypeError, "scoreAnswerRows: options are required, with at least { framework }: the framework the survey was built from"],
  ["scoreAnswerRows: rows not iterable", TypeError, "scoreAnswerRows: rows must be an iterable or async iterable of string arrays (header first), or of batches of them"],
  ["scoreAnswerRows: a row not an array", TypeError, "scoreAnswerRows: row 2 is not an array of cells; give each row as an array of strings, header first"],
  ["scoreAnswerRows: a cell not a string", TypeError, "scoreAnswerRows: row 2 holds a number; every cell must be a string (the text of the cell)"],
  ["scoreAnswerRows: organisationId", RangeError, "scoreAnswerRows: options.scoring.organisationId does not apply; scoreAnswerRows scores every organisation"],
  ["scoreAnswerRows: an unknown scoring option", RangeError, "scoreAnswerRows: unknown option \"minCoverge\" in options.scoring; the options are itemStatistic, minCoverage, minGroupSize, minRespondents, lowAgreementBelow, maxGroupDifferences, organisationId"],
  ["scoreAnswerRows: an unknown layout", RangeError, "scoreAnswerRows: options.layout must be 'long', 'wide' or 'auto', got \"diagonal\""],
  ["scoreAnswerRows: a string for rows", TypeError, "scoreAnswerRows: rows must be an iterable or async iterable of string arrays (header first), or of batches of them"],
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
