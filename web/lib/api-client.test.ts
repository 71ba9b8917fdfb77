import { afterEach, describe, expect, it, vi } from 'vitest';
import { setActiveLocale } from '../i18n/preference.ts';
import { ApiError, api, buildUrl, setApiListener, toFieldErrors } from './api-client.ts';

const problem = {
  type: 'about:blank',
  title: 'The input is not valid',
  status: 400,
  code: 'COMMON.VALIDATION_FAILED',
  requestId: 'r-1',
  errors: [
    { path: 'email', message: 'not an e-mail address' },
    { path: 'roles.0', message: 'unknown role' },
  ],
};

function answer(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setApiListener({});
});

describe('api client', () => {
  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/x', { q: 'a b', role: undefined, offset: 0, empty: '' })).toBe(
      '/api/x?q=a+b&offset=0',
    );
  });

  it('maps problem field errors by full path and by top-level field', () => {
    expect(toFieldErrors(problem)).toEqual({
      email: 'not an e-mail address',
      'roles.0': 'unknown role',
      roles: 'unknown role',
    });
  });

  it('sends the page language and turns problem+json into an ApiError with field errors, not a toast', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) =>
      answer(400, problem, 'application/problem+json'),
    );
    vi.stubGlobal('fetch', fetch);
    const onError = vi.fn();
    setApiListener({ onError });
    setActiveLocale('ar');
    const error = await api.post('/api/admin/users', { email: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'COMMON.VALIDATION_FAILED',
      fieldErrors: { email: 'not an e-mail address' },
    });
    const init = fetch.mock.calls[0]?.[1] as RequestInit | undefined;
    expect(new Headers(init?.headers).get('Accept-Language')).toBe('ar');
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports errors without fields to the listener, and 401 as the end of the session', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(409, { ...problem, status: 409, code: 'COMMON.CONFLICT', errors: [] })),
    );
    const onError = vi.fn();
    const onUnauthenticated = vi.fn();
    setApiListener({ onError, onUnauthenticated });
    await api.get('/api/x').catch(() => undefined);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'COMMON.CONFLICT' }));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(401, { ...problem, status: 401, code: 'COMMON.UNAUTHENTICATED' })),
    );
    await api.get('/api/x').catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('calls a network failure status 0, and honours report: false', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const onError = vi.fn();
    setApiListener({ onError });
    const error = await api.get('/api/x', { report: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'CLIENT.NETWORK' });
    expect(onError).not.toHaveBeenCalled();
  });
});
