import type { Answer } from '../../src/assessment/answer.js';
import { scoreAnswers, type ScoreAnswersOptions } from '../../src/assessment/score.js';
import type { OrganisationScore } from '../../src/assessment/score-types.js';
import { AnswersError } from '../../src/assessment/errors.js';

/** The AnswersError that `fn` throws; fails when it throws something else or nothing. */
export function thrown(fn: () => unknown): AnswersError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AnswersError) return error;
    throw error;
  }
  throw new Error('expected an AnswersError');
}

/**
 * The scores of one organisation, as `scoreAnswers` gives them: the one organisation in the answers, or the one
 * named (whose answers alone are scored, so that other organisations' answers are never read).
 */
export function scoreOne(answers: readonly Answer[], options: ScoreAnswersOptions & { readonly organisationId?: string | undefined }): OrganisationScore {
  const { organisationId, ...scoring } = options;
  const own = organisationId === undefined ? answers : answers.filter((answer) => answer.organisationId === organisationId);
  const organisations = scoreAnswers(own, scoring).organisations;
  const found = organisationId === undefined ? organisations : organisations.filter((score) => score.organisationId === organisationId);
  if (found.length !== 1) throw new Error(`scoreOne: expected one organisation, found ${found.length}`);
  return found[0]!;
}
