import type { plainLanguageErrors } from '../../../contracts/plain-language.ts';
import { AppError } from '../../platform/http/app-error.ts';

type PlainLanguageCode = keyof typeof plainLanguageErrors;

/** The module's own error codes (merged into ERROR_CATALOG), with the cause kept for the log. */
export function plainLanguageError(code: PlainLanguageCode, detail?: string, cause?: unknown): AppError {
  return new AppError(code, detail, { cause });
}
