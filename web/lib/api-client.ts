import type { ZodType } from 'zod';
import type { Problem } from '../../contracts/problem.ts';
import { activeLocale } from '../i18n/preference.ts';

/**
 * The one way the web talks to the API. It sends the reader's language with every call, parses
 * responses with the contract schema when given one, and turns problem+json answers into an
 * ApiError with field errors. Errors that no form field can show are reported to the listener
 * (the app shows them as toasts). Zod is imported as a type only: the portal calls this client
 * without a schema and must not ship zod.
 */

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export type RequestOptions<T> = {
  query?: Query;
  body?: unknown;
  schema?: ZodType<T>;
  signal?: AbortSignal;
  /** false when the caller shows the error itself (e.g. wrong password next to the form). */
  report?: boolean;
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem | null;
  /** Field path ("email", "roles.0") → message, from the problem's `errors`. */
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(status: number, problem: Problem | null, fallbackMessage: string) {
    super(problem?.detail ?? problem?.title ?? fallbackMessage);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.code = problem?.code ?? (status === 0 ? 'CLIENT.NETWORK' : 'CLIENT.UNEXPECTED');
    this.fieldErrors = toFieldErrors(problem);
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.status === 'number' && typeof v.title === 'string';
}

/** Maps problem field errors by full path and by their top-level field, so "roles.0" shows on "roles". */
export function toFieldErrors(problem: Problem | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { path, message } of problem?.errors ?? []) {
    out[path] ??= message;
    const top = path.split('.')[0];
    if (top) out[top] ??= message;
  }
  return out;
}

type Listener = {
  /** An error the caller did not handle inline: network, server, refused, conflict. */
  onError?: (error: ApiError) => void;
  /** The session is gone (401) on a call that needed one. */
  onUnauthenticated?: (error: ApiError) => void;
};
let listener: Listener = {};

export function setApiListener(next: Listener): () => void {
  listener = next;
  return () => {
    if (listener === next) listener = {};
  };
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function headersFor(hasBody: boolean): Headers {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (hasBody) headers.set('Content-Type', 'application/json');
  const locale = activeLocale();
  if (locale) headers.set('Accept-Language', locale);
  return headers;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function report(error: ApiError, wanted: boolean): void {
  if (error.status === 401) listener.onUnauthenticated?.(error);
  // Validation errors with fields belong next to the fields, not in a toast.
  if (!wanted || error.hasFieldErrors) return;
  if (error.status !== 401) listener.onError?.(error);
}

export async function apiRequest<T>(
  method: string,
  path: string,
  options: RequestOptions<T> = {},
): Promise<T> {
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers: headersFor(hasBody),
      body: hasBody ? JSON.stringify(options.body) : undefined,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    const error = new ApiError(0, null, 'network error');
    report(error, options.report ?? true);
    throw error;
  }
  const payload = await readJson(response);
  if (!response.ok) {
    const error = new ApiError(response.status, isProblem(payload) ? payload : null, response.statusText);
    report(error, options.report ?? true);
    throw error;
  }
  if (!options.schema) return payload as T;
  const parsed = options.schema.safeParse(payload);
  if (!parsed.success) {
    // The server answered something the contract does not describe: a deploy mismatch, not user error.
    console.error(`Response of ${method} ${path} does not match its contract`, parsed.error.issues);
    const error = new ApiError(response.status, null, 'contract mismatch');
    report(error, options.report ?? true);
    throw error;
  }
  return parsed.data;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions<T>, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions<T>) =>
    apiRequest<T>('POST', path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions<T>) =>
    apiRequest<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions<T>) => apiRequest<T>('DELETE', path, options),
};
