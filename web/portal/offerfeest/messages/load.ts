import type { PortalLocale } from '../../../i18n/locales.ts';
import type { OfferfeestMessages } from './nl.ts';

// Each language is its own small chunk; a visitor downloads only hers.
const loaders: Record<PortalLocale, () => Promise<{ messages: OfferfeestMessages }>> = {
  nl: () => import('./nl.ts').then((m) => ({ messages: m.nl })),
  en: () => import('./en.ts').then((m) => ({ messages: m.en })),
  fr: () => import('./fr.ts').then((m) => ({ messages: m.fr })),
  tr: () => import('./tr.ts').then((m) => ({ messages: m.tr })),
  bg: () => import('./bg.ts').then((m) => ({ messages: m.bg })),
  ar: () => import('./ar.ts').then((m) => ({ messages: m.ar })),
};

// React's use() resumes only on the very same promise; a failed download is forgotten, to retry.
const pending = new Map<PortalLocale, Promise<OfferfeestMessages>>();

export function loadOfferfeestMessages(locale: PortalLocale): Promise<OfferfeestMessages> {
  const known = pending.get(locale);
  if (known) return known;
  const next = loaders[locale]().then(({ messages }) => messages);
  pending.set(locale, next);
  next.catch(() => pending.delete(locale));
  return next;
}
