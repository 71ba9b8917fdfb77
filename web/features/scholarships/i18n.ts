import { useAppI18n } from '../../app/app-catalogs.ts';
import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { scholarshipsEn } from './messages-en.ts';
import { type ScholarshipsKey, scholarshipsNl } from './messages-nl.ts';

export type ScholarshipsT = Translator<ScholarshipsKey>;

// Shipped with the pages, not the app's first load; one translator per language, built once.
const translators = {
  nl: createTranslator<ScholarshipsKey>('nl', scholarshipsNl),
  en: createTranslator<ScholarshipsKey>('en', scholarshipsEn),
};

export function useScholarshipsI18n(): ScholarshipsT {
  const { locale } = useAppI18n();
  return locale === 'en' ? translators.en : translators.nl;
}
