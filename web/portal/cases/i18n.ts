import { use, useMemo } from 'react';
import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { usePortalI18n } from '../use-portal.ts';
import { loadCasesMessages, portalLocaleOf } from './messages/load.ts';
import type { CasesMessageKey } from './messages/nl.ts';

export type CasesT = Translator<CasesMessageKey>;

/**
 * The forms' own texts in the portal's current language. They load in their own chunk (suspending
 * the page briefly) and switch with the language switcher.
 */
export function useCasesT(): CasesT {
  const { locale } = usePortalI18n();
  const code = portalLocaleOf(locale);
  const messages = use(loadCasesMessages(code));
  return useMemo(() => createTranslator<CasesMessageKey>(code, messages), [code, messages]);
}
