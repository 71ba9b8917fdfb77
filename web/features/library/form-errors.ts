import { ApiError } from '../../lib/api-client.ts';

/** What a form shows after a failed save: field messages under fields, the rest in its alert. */
export type FormFailure = { message: string; fields: Readonly<Record<string, string>> };

export function formFailure(error: unknown): FormFailure {
  if (error instanceof ApiError) return { message: error.message, fields: error.fieldErrors };
  return { message: error instanceof Error ? error.message : String(error), fields: {} };
}
