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
