import { useMemo } from 'react';
import { isLocaleIn, PORTAL_LOCALES } from '../../i18n/locales.ts';
import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { usePortalI18n } from '../use-portal.ts';
import { LIBRARY_PORTAL_MESSAGES, type LibraryPortalKey } from './messages.ts';

export type LibraryT = Translator<LibraryPortalKey>;

/** The library page's own texts, in the portal's current language (they switch with it). */
export function useLibraryT(): LibraryT {
  const { locale } = usePortalI18n();
  return useMemo(() => {
    const code = isLocaleIn(PORTAL_LOCALES, locale) ? locale : 'nl';
    return createTranslator<LibraryPortalKey>(code, LIBRARY_PORTAL_MESSAGES[code]);
  }, [locale]);
}
