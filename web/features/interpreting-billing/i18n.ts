import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { type BillingKey, billingNl } from './messages-nl.ts';

export type BillingT = Translator<BillingKey>;

/** The pages' own catalog, loaded with them; Dutch for every reader, as the interpreting pages. */
export const billingTranslator: BillingT = createTranslator<BillingKey>('nl', billingNl);

export function useBillingI18n(): BillingT {
  return billingTranslator;
}
