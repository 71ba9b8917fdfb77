import { describe, expect, it } from 'vitest';
import { formatKbo, KboNumberSchema, normaliseKbo } from '../../../contracts/people.ts';

describe('KBO numbers', () => {
  it('accepts the written forms of a valid number and answers the ten digits', () => {
    for (const written of ['0412.345.614', '0412345614', 'BE 0412 345 614', 'be0412.345.614', '412345614']) {
      expect(normaliseKbo(written), written).toBe('0412345614');
    }
    expect(normaliseKbo('0200.000.043')).toBe('0200000043');
  });

  it('refuses a wrong check number, a wrong length, letters and a first digit other than 0 or 1', () => {
    for (const bad of [
      '0412.345.615',
      '0412.345.61',
      '04123456140',
      '0412.34S.614',
      '2412345614',
      '',
      'BE',
    ]) {
      expect(normaliseKbo(bad), bad).toBeNull();
    }
  });

  it('formats ten digits as on paper, and the schema gives a field error', () => {
    expect(formatKbo('0876543270')).toBe('0876.543.270');
    expect(KboNumberSchema.parse(' 0876.543.270 ')).toBe('0876543270');
    const result = KboNumberSchema.safeParse('0876.543.271');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/KBO/);
  });
});
