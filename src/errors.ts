/**
 * A problem the user can fix: wrong input, missing image, unreachable daemon. Its message is one
 * line that says what was wrong and what to do, and it is shown without a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
}

export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
