import type { TranslationQuote } from '../../../../contracts/interpreting-translations.ts';
import { isAppError } from '../../../platform/http/app-error.ts';
import type { ParamService } from '../../../platform/params/index.ts';
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

/** The quote for a document: its words (or, under a per-line tariff, its characters) priced. */
export function quoteTranslation(
  input: { words: number; text: string },
  tariff: Tariff,
  day: string,
): TranslationQuote {
  const characters = input.text.replace(/\n/g, '').length;
  const charge = translationCharge(input.words, tariff, characters);
  const rule = tariff.translation;
  return {
    words: input.words,
    unit: charge.unit,
    units: charge.units,
    centsPerUnit: rule.pricing === 'per_word' ? rule.centsPerWord : rule.centsPerLine,
    minimumCents: rule.minimumCents,
    amountCents: charge.amountCents,
    tariffDay: day,
  };
}
