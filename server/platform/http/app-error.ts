import type { ErrorCode } from '../../../contracts/errors.ts';
import type { FieldError, ProblemFacts } from '../../../contracts/problem.ts';

/** The one error type services throw. The HTTP status comes from the catalogue in contracts, never from here. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[] | undefined;
  readonly detail: string | undefined;
  /** The values the detail names, as data, so clients need not parse the detail's words. */
  readonly facts: ProblemFacts | undefined;

  constructor(
    code: ErrorCode,
    detail?: string,
    options: { fieldErrors?: FieldError[]; facts?: ProblemFacts; cause?: unknown } = {},
  ) {
    super(detail ? `${code}: ${detail}` : code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
    this.fieldErrors = options.fieldErrors;
    this.facts = options.facts;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
