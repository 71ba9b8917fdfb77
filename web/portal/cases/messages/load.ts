import { isLocaleIn, PORTAL_LOCALES, type PortalLocale } from '../../../i18n/locales.ts';
import type { CasesMessages } from './nl.ts';

// One static import() per language: each is its own small chunk and a visitor downloads only hers.
const loaders: Record<PortalLocale, () => Promise<CasesMessages>> = {
  nl: () => import('./nl.ts').then((m) => m.nl),
  en: () => import('./en.ts').then((m) => m.en),
  fr: () => import('./fr.ts').then((m) => m.fr),
  tr: () => import('./tr.ts').then((m) => m.tr),
  bg: () => import('./bg.ts').then((m) => m.bg),
  ar: () => import('./ar.ts').then((m) => m.ar),
};

// The same promise for the same language: React's use() needs a stable one to resume.
const cache = new Map<PortalLocale, Promise<CasesMessages>>();

export function portalLocaleOf(locale: string | null | undefined): PortalLocale {
  return isLocaleIn(PORTAL_LOCALES, locale) ? locale : 'nl';
}

export function loadCasesMessages(locale: PortalLocale): Promise<CasesMessages> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = loaders[locale]();
    cache.set(locale, pending);
    // A failed download may be retried on the next render instead of being cached forever.
    pending.catch(() => cache.delete(locale));
  }
  return pending;
}
