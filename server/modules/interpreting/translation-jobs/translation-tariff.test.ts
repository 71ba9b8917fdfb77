import { describe, expect, it } from 'vitest';
import { billingParamDefaults, TariffSchema } from '../billing/billing-params.ts';
import { quoteTranslation } from './translation-tariff.ts';

const tariffOn = (day: string) => {
  const row = billingParamDefaults.find(
    (r) => r.validFrom <= day && (r.validTo === undefined || day < r.validTo),
  );
  return TariffSchema.parse(row?.value);
};

describe('translation quote', () => {
  const day = '2027-03-01';
  const tariff = tariffOn(day);
  const quote = (words: number, text = '') => quoteTranslation({ words, text }, tariff, day);

  it('charges €32 up to 200 words and €0.16 a word above (tariff from 2020)', () => {
    expect(quote(0).amountCents).toBe(3200);
    expect(quote(12).amountCents).toBe(3200);
    expect(quote(200).amountCents).toBe(3200);
    expect(quote(201).amountCents).toBe(3216);
    expect(quote(1250)).toEqual({
      words: 1250,
      unit: 'word',
      units: 1250,
      centsPerUnit: 16,
      minimumCents: 3200,
      amountCents: 20_000,
      tariffDay: day,
    });
  });

  it('prices started lines of 60 characters under the 2017 regime', () => {
    const text = 'a'.repeat(61 * 20);
    const old = quoteTranslation({ words: 20, text }, tariffOn('2018-05-01'), '2018-05-01');
    expect(old).toMatchObject({ unit: 'line', units: 21, centsPerUnit: 100, amountCents: 2100 });
  });
});
