import { use, useMemo } from 'react';
import type { PortalLocale } from '../../i18n/locales.ts';
import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { portalLocaleOf } from '../cases/messages/load.ts';
import { usePortalI18n } from '../use-portal.ts';
import { loadOfferfeestMessages } from './messages/load.ts';
import type { OfferfeestMessageKey } from './messages/nl.ts';

export type OfferfeestT = Translator<OfferfeestMessageKey>['t'];

/** The Offerfeest pages' texts in the portal's language (suspends briefly while they load). */
export function useOfferfeestT(): { t: OfferfeestT; locale: PortalLocale } {
  const { locale } = usePortalI18n();
  const code = portalLocaleOf(locale);
  const messages = use(loadOfferfeestMessages(code));
  const translator = useMemo(() => createTranslator<OfferfeestMessageKey>(code, messages), [code, messages]);
  return { t: translator.t, locale: code };
}
