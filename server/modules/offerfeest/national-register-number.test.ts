import { describe, expect, it } from 'vitest';
import { normaliseHerdNumber, normaliseNationalRegisterNumber } from './national-register-number.ts';

/** Synthetic numbers built with the published rule, then one digit changed to see it refused. */
function withCheck(nine: string, bornFrom2000: boolean): string {
  const check = 97 - Number(BigInt(`${bornFrom2000 ? '2' : ''}${nine}`) % 97n);
  return `${nine}${String(check).padStart(2, '0')}`;
}

describe('national register number', () => {
  it('accepts a number born before 2000, with dots and a dash', () => {
    const number = withCheck('850730123', false);
    const formatted = `${number.slice(0, 2)}.${number.slice(2, 4)}.${number.slice(4, 6)}-${number.slice(6, 9)}.${number.slice(9)}`;
    expect(normaliseNationalRegisterNumber(formatted)).toBe(number);
  });

  it('accepts a number born in 2000 or later (the check is taken over 2 + nine digits)', () => {
    const number = withCheck('050212345', true);
    expect(normaliseNationalRegisterNumber(number)).toBe(number);
    // The same nine digits with the pre-2000 check digits are a different, also valid, person.
    expect(normaliseNationalRegisterNumber(withCheck('050212345', false))).not.toBeNull();
  });

  it('accepts a BIS number (month + 40)', () => {
    expect(normaliseNationalRegisterNumber(withCheck('904512077', false))).not.toBeNull();
  });

  it('refuses a changed digit, a wrong length and letters', () => {
    const number = withCheck('850730123', false);
    const changed = `${number.slice(0, 8)}${(Number(number[8]) + 1) % 10}${number.slice(9)}`;
    expect(normaliseNationalRegisterNumber(changed)).toBeNull();
    expect(normaliseNationalRegisterNumber(number.slice(1))).toBeNull();
    expect(normaliseNationalRegisterNumber(`${number.slice(0, 10)}X`)).toBeNull();
  });

  it('refuses a month that is no month', () => {
    expect(normaliseNationalRegisterNumber(withCheck('851530123', false))).toBeNull();
  });
});

describe('herd number', () => {
  it('takes BE and 8 digits, in any case and spacing', () => {
    expect(normaliseHerdNumber('be 1234 5678')).toBe('BE12345678');
    expect(normaliseHerdNumber('BE1234567')).toBeNull();
    expect(normaliseHerdNumber('NL12345678')).toBeNull();
  });
});

describe('synthetic numbers for demo and tests', () => {
  it('pass the check for births before and after 2000', async () => {
    const { syntheticNationalRegisterNumber } = await import('./demo/synthetic-nrn.ts');
    for (const [day, serial] of [
      ['1985-03-12', 17],
      ['2003-11-30', 244],
      ['1999-12-31', 997],
    ] as const) {
      const nrn = syntheticNationalRegisterNumber(day, serial);
      expect(nrn).toMatch(/^\d{11}$/u);
      expect(normaliseNationalRegisterNumber(nrn)).toBe(nrn);
      // One digit off fails the check.
      const wrong = `${nrn.slice(0, 8)}${(Number(nrn[8]) + 1) % 10}${nrn.slice(9)}`;
      expect(normaliseNationalRegisterNumber(wrong)).toBeNull();
    }
  });
});
