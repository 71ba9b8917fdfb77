import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client.ts';
import { explainFailure } from './problems.ts';

const problem = (status: number, code: string, errors?: { path: string; message: string }[]) =>
  new ApiError(
    status,
    { type: 'about:blank', title: code, status, code, requestId: 'r1', ...(errors ? { errors } : {}) },
    code,
  );

describe('a refused Offerfeest form, as the visitor sees it', () => {
  it('puts the server’s own codes under their field', () => {
    const fields = ['nationalRegisterNumber', 'iban', 'herdNumber'];
    expect(explainFailure(problem(422, 'OFFERFEEST.INVALID_NRN'), fields)).toEqual({
      problems: { nationalRegisterNumber: 'nrnInvalid' },
    });
    expect(explainFailure(problem(422, 'OFFERFEEST.INVALID_IBAN'), fields).problems).toEqual({
      iban: 'ibanInvalid',
    });
  });

  it('says duplicate, closed, too many or failed above the form', () => {
    expect(explainFailure(problem(409, 'OFFERFEEST.DUPLICATE'), []).message).toBe('duplicate');
    expect(explainFailure(problem(409, 'OFFERFEEST.CLOSED'), []).message).toBe('closed');
    expect(explainFailure(problem(429, 'RATE_LIMITED'), []).message).toBe('tooMany');
    expect(explainFailure(new Error('boom'), []).message).toBe('failed');
  });

  it('maps zod field errors to our message for that field, ignoring fields the form lacks', () => {
    const error = problem(400, 'VALIDATION', [
      { path: 'phone', message: 'a phone number' },
      { path: 'other', message: 'x' },
    ]);
    expect(explainFailure(error, ['phone', 'name'])).toEqual({ problems: { phone: 'phoneInvalid' } });
  });
});
