/** Helpers shared by the domain tests. */
import { AppError } from '../../src/shared/errors';

/** Runs `fn` and returns the AppError it throws; fails the test when it throws nothing or something else. */
export function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('Expected an AppError, but nothing was thrown.');
}
