import type {
  TranslationQuote,
  TranslationQuoteAnalysis,
} from '../../../../contracts/interpreting-translations.ts';
import type { BandWeights, MatchBand } from '../../../../contracts/translation-memory.ts';
import { isAppError } from '../../../platform/http/app-error.ts';
import type { ParamService } from '../../../platform/params/index.ts';
import { price } from '../../translation-memory/index.ts';
import { billingParamDefaults, TARIFF_KEY, type Tariff, TariffSchema } from '../billing/billing-params.ts';
import { translationCharge } from '../billing/tariff.ts';

/**
 * The translation part of the shared effective-dated tariff (`interpreting.tariff`, owned by
 * billing): €0.16 a word with a €32 minimum from 2020; per line of 60 characters before.
 * When an admin has removed every value, the published history is the fallback, so a quote
 * never fails on a missing parameter. Read it outside a transaction (PGlite: see tariff-lookup.ts).
 */
export async function loadTariff(params: ParamService, day: string): Promise<Tariff> {
  try {
    return await params.get(TARIFF_KEY, day, TariffSchema);
  } catch (error) {
    if (!isAppError(error) || error.code !== 'PARAMS.NOT_SET') throw error;
  }
  const published = billingParamDefaults.find(
    (row) =>
      row.key === TARIFF_KEY && row.validFrom <= day && (row.validTo === undefined || day < row.validTo),
  );
  return TariffSchema.parse(published?.value);
}

/**
 * The memory's own pricing (`price`: Σ words × weight / 100, rounded once on the total) of the
 * analysis's bands, at the tariff's word price.
 */
function priceAnalysis(analysis: TranslationQuoteAnalysis, centsPerWord: number) {
  const words = Object.fromEntries(analysis.bands.map((b) => [b.band, b.words])) as Record<MatchBand, number>;
  const weights = Object.fromEntries(analysis.bands.map((b) => [b.band, b.weight])) as BandWeights;
  return price(words, weights, centsPerWord);
}

/**
 * The quote for a document. Under a per-word tariff with the memory's analysis: its weighted words
 * × the tariff's word price (not the memory's own `tm.word_price`), at least the tariff's minimum.
 * Without an analysis, the raw words; under a per-line tariff (2017–2019), started lines of the
 * text, and the analysis does not apply (`analysis: null`).
 */
export function quoteTranslation(
  input: { words: number; text: string; analysis?: TranslationQuoteAnalysis | null },
  tariff: Tariff,
  day: string,
): TranslationQuote {
  const rule = tariff.translation;
  const common = { words: input.words, minimumCents: rule.minimumCents, tariffDay: day };
  if (rule.pricing === 'per_word' && input.analysis) {
    const priced = priceAnalysis(input.analysis, rule.centsPerWord);
    return {
      ...common,
      unit: 'word',
      units: priced.weightedWords,
      centsPerUnit: rule.centsPerWord,
      amountCents: Math.max(rule.minimumCents, priced.priceCents),
      basis: 'weighted_words',
      analysis: input.analysis,
    };
  }
  const characters = input.text.replace(/\n/g, '').length;
  const charge = translationCharge(input.words, tariff, characters);
  return {
    ...common,
    unit: charge.unit,
    units: charge.units,
    centsPerUnit: rule.pricing === 'per_word' ? rule.centsPerWord : rule.centsPerLine,
    amountCents: charge.amountCents,
    basis: rule.pricing === 'per_word' ? 'words' : 'lines',
    analysis: null,
  };
}
