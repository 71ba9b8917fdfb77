import { useAppI18n } from '../../app/app-catalogs.ts';
import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { offerfeestEn } from './messages-en.ts';
import { type OfferfeestKey, offerfeestNl } from './messages-nl.ts';

export type OfferfeestT = Translator<OfferfeestKey>['t'];

// Shipped with the pages, not the app's first load; one translator per language, built once.
const translators = {
  nl: createTranslator<OfferfeestKey>('nl', offerfeestNl),
  en: createTranslator<OfferfeestKey>('en', offerfeestEn),
};

export function useOfferfeestI18n(): { t: OfferfeestT; locale: 'nl' | 'en' } {
  const { locale } = useAppI18n();
  return locale === 'en' ? { t: translators.en.t, locale: 'en' } : { t: translators.nl.t, locale: 'nl' };
}
