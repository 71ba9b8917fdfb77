import { useAppI18n } from '../../app/app-catalogs.ts';
import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { libraryEn } from './messages-en.ts';
import { type LibraryKey, libraryNl } from './messages-nl.ts';

export type LibraryT = Translator<LibraryKey>;

// The module's catalogs ship with its pages, not with the app's first load; one translator per
// language, built once, so compiled messages are reused across renders.
const translators = {
  nl: createTranslator<LibraryKey>('nl', libraryNl),
  en: createTranslator<LibraryKey>('en', libraryEn),
};

/** The library texts in the app's current language (Dutch, or English when the reader chose it). */
export function useLibraryI18n(): LibraryT {
  const { locale } = useAppI18n();
  return locale === 'en' ? translators.en : translators.nl;
}
