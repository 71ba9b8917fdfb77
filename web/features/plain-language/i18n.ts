import { useAppI18n } from '../../app/app-catalogs.ts';
import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { plainLanguageEn } from './messages-en.ts';
import { type PlainLanguageKey, plainLanguageNl } from './messages-nl.ts';

export type PlainLanguageT = Translator<PlainLanguageKey>;

// The module's catalogs ship with its pages, not with the app's first load; one translator per
// language, built once, so compiled messages are reused across renders.
const translators = {
  nl: createTranslator<PlainLanguageKey>('nl', plainLanguageNl),
  en: createTranslator<PlainLanguageKey>('en', plainLanguageEn),
};

/** The plain-language texts in the app's current language (Dutch, or English when chosen). */
export function usePlainLanguageI18n(): PlainLanguageT {
  const { locale } = useAppI18n();
  return locale === 'en' ? translators.en : translators.nl;
}
