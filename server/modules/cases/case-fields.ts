import type { ZodError } from 'zod';
import { CASE_FIELD_SCHEMAS, type CaseType } from '../../../contracts/case-types.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { Fields } from './case-types/index.ts';

function refuse(error: ZodError): never {
  throw new AppError('COMMON.VALIDATION_FAILED', 'The case fields are not valid', {
    fieldErrors: error.issues.map((issue) => ({
      path: ['fields', ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  });
}

/** The type's fields, checked strictly by its schema: an unknown field is refused (400), not dropped. */
export function parseFields(type: CaseType, fields: Fields): Fields {
  const result = CASE_FIELD_SCHEMAS[type].strict().safeParse(fields);
  if (!result.success) refuse(result.error);
  return result.data;
}

/**
 * The fields of a create request: the type's own keys given at the top level, then `fields`
 * (which wins). Other top-level keys are the request's own (title, people, …) or ignored.
 */
export function fieldsFromCreate(type: CaseType, input: Record<string, unknown>): Fields {
  const keys = Object.keys(CASE_FIELD_SCHEMAS[type].shape);
  const topLevel = Object.fromEntries(Object.entries(input).filter(([key]) => keys.includes(key)));
  const nested = input.fields && typeof input.fields === 'object' ? (input.fields as Fields) : {};
  return parseFields(type, { ...topLevel, ...nested });
}

/** A PATCH merges top-level keys; `null` removes a field. */
export function mergeFields(type: CaseType, current: Fields, patch: Fields): Fields {
  const merged: Fields = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return parseFields(type, merged);
}
