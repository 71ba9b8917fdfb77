import { describe, expect, it } from 'vitest';
import { CreateUserRequestSchema, LoginRequestSchema } from '../../../contracts/identity.ts';
import type { UiKey } from '../../i18n/catalogs/ui/nl.ts';
import type { MessageValues } from '../../i18n/translator.ts';
import { ApiError } from '../../lib/api-client.ts';
import { describeApiError, issuesToErrors } from './form.ts';

const t = (key: UiKey, values?: MessageValues) => (values ? `${key} ${JSON.stringify(values)}` : key);

function errorsOf(
  schema: typeof LoginRequestSchema | typeof CreateUserRequestSchema,
  values: Record<string, unknown>,
) {
  const parsed = schema.safeParse(values);
  if (parsed.success) return {};
  return issuesToErrors(parsed.error.issues, values, t);
}

describe('issuesToErrors', () => {
  it('says "required" for empty fields and names the e-mail problem otherwise', () => {
    expect(errorsOf(LoginRequestSchema, { email: '', password: '' })).toEqual({
      email: 'ui.validation.required',
      password: 'ui.validation.required',
    });
    expect(errorsOf(LoginRequestSchema, { email: 'nope', password: 'x' })).toEqual({
      email: 'ui.validation.email',
    });
  });

  it('gives the minimum for short passwords and empty role lists', () => {
    const errors = errorsOf(CreateUserRequestSchema, {
      email: 'a@b.be',
      name: 'A',
      roles: [],
      password: 'short',
    });
    expect(errors.password).toBe('ui.validation.tooShort {"minimum":12}');
    expect(errors.roles).toBe('ui.validation.chooseAtLeast {"minimum":1}');
  });
});

describe('describeApiError', () => {
  const maybe = (key: string) =>
    key === 'error.AUTH.INVALID_CREDENTIALS' ? 'Verkeerd wachtwoord' : undefined;
  const problem = (code: string) => ({
    type: 'about:blank',
    title: `title of ${code}`,
    status: 401,
    code,
    requestId: 'r',
  });

  it('prefers the catalog message for the code, then the server title, then a generic sentence', () => {
    expect(describeApiError(new ApiError(401, problem('AUTH.INVALID_CREDENTIALS'), ''), t, maybe)).toBe(
      'Verkeerd wachtwoord',
    );
    expect(describeApiError(new ApiError(409, problem('X.Y'), ''), t, maybe)).toBe('title of X.Y');
    expect(describeApiError(new ApiError(0, null, ''), t, maybe)).toBe('ui.error.network');
    expect(describeApiError(new Error('boom'), t, maybe)).toBe('ui.error.body');
  });
});
