import type { CasesMessageKey } from './messages/nl.ts';

/**
 * What the portal's forms check before sending, and how the server's field errors are shown. Pure
 * functions (no React, no zod: the portal does not ship it), so they are unit tested.
 */

export type FieldProblem = { key: CasesMessageKey; values?: Record<string, string | number> };
export type Problems = Record<string, FieldProblem>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function checkText(value: string, max: number, required: boolean, min = 1): FieldProblem | undefined {
  const text = value.trim();
  if (!text) return required ? { key: 'required' } : undefined;
  if (text.length < min) return { key: 'tooShort' };
  if (text.length > max) return { key: 'tooLong', values: { max } };
  return undefined;
}

// The contract's pattern (contracts/public-forms.ts), repeated because the portal does not ship zod.
const PHONE = /^\+?[0-9 ()./-]{6,30}$/u;

/** An optional phone number: digits, spaces and the usual separators. */
export function checkPhone(value: string): FieldProblem | undefined {
  const text = value.trim();
  if (!text) return undefined;
  return PHONE.test(text) ? undefined : { key: 'phoneInvalid' };
}

export function checkEmail(value: string): FieldProblem | undefined {
  const text = value.trim();
  if (!text) return { key: 'required' };
  return EMAIL.test(text) && text.length <= 254 ? undefined : { key: 'emailInvalid' };
}

/** An optional date in the past (a birth date, a registration): empty is fine. */
export function checkPastDate(value: string, today: string): FieldProblem | undefined {
  if (!value) return undefined;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) return { key: 'dateInvalid' };
  return value > today ? { key: 'dateFuture' } : undefined;
}

/** An optional whole number within bounds (income, household size). */
export function checkWholeNumber(value: string, min: number, max: number): FieldProblem | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? undefined : { key: 'scNumber' };
}

/** Keeps only the fields that have a problem. */
export function collect(checks: Record<string, FieldProblem | undefined>): Problems {
  const out: Problems = {};
  for (const [field, problem] of Object.entries(checks)) if (problem) out[field] = problem;
  return out;
}

/** Empty strings are left out of the body: the server's optional fields want absent, not ''. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(values) as [keyof T, T[keyof T]][]) {
    if (typeof value === 'string' && value.trim() === '') continue;
    if (value === undefined) continue;
    out[key] = typeof value === 'string' ? (value.trim() as T[keyof T]) : value;
  }
  return out;
}

const DATE_FIELD = /([Dd]ate|On)$/u;

/**
 * The server's field errors arrive as English sentences from its validation. For the fields this
 * form knows, the visitor reads our own message in her language instead (the nearest one to what
 * the server said); errors on fields the form does not show are left to the caller.
 */
export function fromServer(
  fieldErrors: Readonly<Record<string, string>>,
  fields: readonly string[],
): Problems {
  const out: Problems = {};
  for (const field of fields) {
    const message = fieldErrors[field];
    if (message === undefined) continue;
    out[field] = translateServerMessage(field, message);
  }
  return out;
}

export function translateServerMessage(field: string, message: string): FieldProblem {
  const m = message.toLowerCase();
  if (field === 'email' && /phone/u.test(m)) return { key: 'gaContactMissing' };
  if (/required|received undefined|empty/u.test(m)) return { key: 'required' };
  if (field === 'email') return { key: 'emailInvalid' };
  if (field === 'phone') return { key: 'phoneInvalid' };
  if (DATE_FIELD.test(field))
    return /future|after|later/u.test(m) ? { key: 'dateFuture' } : { key: 'dateInvalid' };
  const max = /(?:too big|too long|at most|<=|maximum)\D*(\d+)/u.exec(m);
  if (max?.[1]) return { key: 'tooLong', values: { max: Number(max[1]) } };
  if (/too small.*>=\s*1\b/u.test(m)) return { key: 'required' };
  if (/too small|too short|at least/u.test(m)) return { key: 'tooShort' };
  return { key: 'invalid' };
}

/** A code as typed or pasted: no spaces (mails may wrap it), capitals as printed. */
export function normaliseCode(input: string): string {
  return input.replace(/\s+/gu, '').toUpperCase();
}

// The contract's limits (SCHOLARSHIP_MAX_FILES, SCHOLARSHIP_FILE_TYPES, the default MAX_UPLOAD_MB);
// form-rules.test.ts keeps them equal. The server checks again, by content.
export const FILE_LIMITS = { maxFiles: 6, maxBytes: 20 * 1024 * 1024 } as const;
export const FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;

type FileLike = { name: string; size: number; type: string };

/** The documents of an application: at least one, PDFs or photos, not too many, not too large. */
export function checkFiles(
  files: readonly FileLike[],
  limits: { maxFiles: number; maxBytes: number } = FILE_LIMITS,
): FieldProblem | undefined {
  if (files.length === 0) return { key: 'scFilesRequired' };
  if (files.length > limits.maxFiles) return { key: 'scFileCount', values: { max: limits.maxFiles } };
  for (const file of files) {
    if (!(FILE_TYPES as readonly string[]).includes(file.type))
      return { key: 'scFileType', values: { name: file.name } };
    if (file.size > limits.maxBytes) {
      return { key: 'scFileTooBig', values: { name: file.name, size: megabytes(limits.maxBytes) } };
    }
  }
  return undefined;
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Euros as typed ("1450" or "1450,50") → cents for the server; '' or nonsense stays absent. */
export function euroToCents(value: string): number | undefined {
  const text = value.trim().replace(',', '.');
  if (!text) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 100) : undefined;
}

/** A whole number as typed, or absent. */
export function wholeNumber(value: string): number | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const n = Number(text);
  return Number.isInteger(n) ? n : undefined;
}
