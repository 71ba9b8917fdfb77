import { describe, expect, it } from 'vitest';
import type {
  TranslationQuoteAnalysis,
  TranslationQuoteBand,
} from '../../../../contracts/interpreting-translations.ts';
import type { MatchBand } from '../../../../contracts/translation-memory.ts';
import { DEFAULT_BAND_WEIGHTS, MATCH_BANDS } from '../../translation-memory/index.ts';
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
      basis: 'words',
      analysis: null,
    });
  });

  it('prices started lines of 60 characters under the 2017 regime', () => {
    const text = 'a'.repeat(61 * 20);
    const old = quoteTranslation({ words: 20, text }, tariffOn('2018-05-01'), '2018-05-01');
    expect(old).toMatchObject({ unit: 'line', units: 21, centsPerUnit: 100, amountCents: 2100 });
  });
});

describe('translation quote on the memory’s analysis', () => {
  const day = '2027-03-01';
  const band = (name: MatchBand, words: number, weight: number): TranslationQuoteBand => ({
    band: name,
    label: name,
    words,
    weight,
    weightedWords: Math.round(words * weight) / 100,
  });
  // The published grid: exact and repetitions 30 %, 85–94 70 %, no match 100 %.
  const WEIGHTS = DEFAULT_BAND_WEIGHTS;
  const analysis = (words: Partial<Record<MatchBand, number>>): TranslationQuoteAnalysis => {
    const bands = MATCH_BANDS.map((name) => band(name, words[name] ?? 0, WEIGHTS[name] ?? 0));
    const totalWords = bands.reduce((sum, b) => sum + b.words, 0);
    const weightedWords = Math.round(bands.reduce((sum, b) => sum + b.words * b.weight, 0)) / 100;
    return { source: 'nl', target: 'ar', segments: 9, bands, totalWords, weightedWords };
  };
  // 100 exact at 30 %, 41 at 70 %, 333 new at 100 %, 7 repeated at 30 %: 30 + 28.7 + 333 + 2.1.
  const MIXED = { exact: 100, fuzzy85: 41, noMatch: 333, repetition: 7 };

  it('prices the weighted words at the tariff’s word price, rounded once on the total', () => {
    const quote = quoteTranslation({ words: 481, text: '', analysis: analysis(MIXED) }, tariffOn(day), day);
    // 393.8 weighted words × 16 cents = 6300.8 → 6301 (raw: 481 × 16 = 7696).
    expect(quote).toMatchObject({
      words: 481,
      unit: 'word',
      units: 393.8,
      centsPerUnit: 16,
      amountCents: 6301,
      basis: 'weighted_words',
    });
    expect(quote.analysis?.bands.find((b) => b.band === 'fuzzy85')?.weightedWords).toBe(28.7);
  });

  it('keeps the minimum when the weighted words cost less', () => {
    // 10 × 30 % + 20 × 100 % = 23 weighted words: 368 cents, under the €32 minimum.
    const small = analysis({ exact: 10, noMatch: 20 });
    const quote = quoteTranslation({ words: 30, text: '', analysis: small }, tariffOn(day), day);
    expect(quote).toMatchObject({ units: 23, amountCents: 3200, basis: 'weighted_words' });
  });

  it('ignores the analysis under a per-line tariff', () => {
    const text = 'a'.repeat(61 * 20);
    const withIt = quoteTranslation(
      { words: 20, text, analysis: analysis(MIXED) },
      tariffOn('2018-05-01'),
      '2018-05-01',
    );
    expect(withIt).toMatchObject({
      unit: 'line',
      units: 21,
      amountCents: 2100,
      basis: 'lines',
      analysis: null,
    });
  });
});
